package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/walkthrough"
)

// The walk-through (package walkthrough) is one of the root's screens:
// opened from the start screen, from --edit FILE, or with e on the
// dashboard at the step that holds the selected card's inputs.

// walkScreen is the walk-through as a screen: walkthrough.Model does the
// work, and already has the contract's Init, Update, View, SetSize and
// help; this adds what the root asks besides.
type walkScreen struct {
	model walkthrough.Model
	help  key.Binding
}

func (w *walkScreen) Init() tea.Cmd { return w.model.Init() }

func (w *walkScreen) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	w.model, cmd = w.model.Update(msg)
	return cmd
}

func (w *walkScreen) View() string                     { return w.model.View() }
func (w *walkScreen) SetSize(width, height int)        { w.model.SetSize(width, height) }
func (w *walkScreen) ShortHelp() []key.Binding         { return w.model.ShortHelp() }
func (w *walkScreen) FullHelp() [][]key.Binding        { return w.model.FullHelp() }
func (w *walkScreen) Glossary() [][2]string            { return nil }
func (w *walkScreen) Leave(end tea.Cmd) tea.Cmd        { return w.model.Leave(end) }
func (w *walkScreen) KeepDraft() (string, error)       { return w.model.KeepDraft() }
func (w *walkScreen) Unsaved() (interview.Draft, bool) { return interview.Draft{}, false }

// Takes every key but ?, which shows the help where ? cannot be typed (q
// is the walk-through's: it leaves the review, and is typed in a name).
func (w *walkScreen) Takes(k tea.KeyMsg) bool {
	return !key.Matches(k, w.help) || w.model.TypesQuestionMark()
}

// wizardRequest is what the walk-through is opened on.
type wizardRequest struct {
	scenario calc.Scenario
	assumed  []string // its figures the user did not give; nil: see walkthrough.Options.Assumed
	quick    bool     // the short route (a new estimate)
	path     string   // the file the scenario came from
	fileSum  string   // its contents' SHA-256 (hex) when read; "" unknown
	label    string   // how the dashboard's title names the source
	base     string   // the base of suggested file names
	step     interview.Step
	draft    *interview.Draft // resume this draft (found by the start screen)
	// draftPath is where the walk-through keeps its draft ("" to be found:
	// the draft of new answers, or of the file at path), draftNote a note
	// about it to show ("" none, escaped); draftFile is the scenario file
	// whose draft it is ("" new answers), set by openWizard.
	draftPath, draftNote, draftFile string
	// fromDashboard: e on the dashboard or --edit FILE; the dashboard holds
	// the scenario as it was, and shows the answers as changes to it.
	fromDashboard bool
	// ownDraft: the draft the walk-through keeps holds these very answers
	// (the dashboard's draftKept), so finding it on disk is no news.
	ownDraft bool
}

// returnTo is where leaving the walk-through (AbortedMsg) goes.
func (r wizardRequest) returnTo() state {
	if r.fromDashboard {
		return stateDashboard
	}
	return stateStart
}

func (m Model) openWizard(req wizardRequest) (Model, tea.Cmd) {
	req = m.draftOf(req)
	o := walkthrough.Options{Options: interview.Options{
		Scenario:  req.scenario,
		Assumed:   req.assumed,
		Quick:     req.quick,
		Path:      req.path,
		FileSum:   req.fileSum,
		Step:      req.step,
		DraftPath: req.draftPath,
	}, Styles: m.styles, DraftNote: req.draftNote, OwnDraft: req.ownDraft}
	if d := req.draft; d != nil {
		o.Scenario = plans.Preset(calc.PPO) // fills any answer the draft lacks
		o.Draft = d
		o.Path, o.FileSum = d.Path, d.Sum
		req.path = d.Path
	}
	m.wizard = req
	w := &walkScreen{model: walkthrough.New(o), help: m.keys.Help}
	m.screens[stateWizard] = w
	m.size(w)
	m.state = stateWizard
	return m, w.Init()
}

// completed shows the answers the walk-through completed on the
// dashboard: as changes to the dashboard's scenario when it was opened
// from there, else as a scenario of their own.
func (m Model) completed(msg walkthrough.CompletedMsg) (Model, tea.Cmd) {
	req := m.wizard
	var cmds []tea.Cmd
	if req.fromDashboard {
		cmds = append(cmds, m.to(stateDashboard, editedMsg{scenario: msg.Scenario, path: msg.Path, assumed: msg.Assumed}))
	} else {
		src := source{Label: req.label, Base: req.base}
		if src.Base == "" {
			src.Base = slug(msg.Scenario.Name)
		}
		if msg.Path != "" {
			src = source{Path: msg.Path, Label: msg.Path, Base: baseName(msg.Path)}
		}
		cmds = append(cmds, m.to(stateDashboard, openScenarioMsg{scenario: msg.Scenario, source: src, assumed: msg.Assumed}))
	}
	if msg.DraftKept {
		cmds = append(cmds, m.to(stateDashboard, draftKeptMsg{}))
	}
	m.state = stateDashboard
	if msg.Path != "" {
		cmds = append(cmds, checkSaved(msg.Path, msg.Scenario, msg.FileSum), remember(m.opts.DraftPath, msg.Path))
	}
	return m, tea.Batch(cmds...)
}

// savedCheckMsg answers checkSaved.
type savedCheckMsg struct {
	path     string
	scenario calc.Scenario // as the walk-through returned it
	sum      string        // plans.ContentSum of the file as read
	comments bool
	// same: the file on disk reads as the scenario the walk-through
	// returned, so the walk-through saved it there.
	same bool
	// onDisk is the scenario the file holds (read: it could be read and
	// parsed): when it is not the answers, it is what they are unsaved
	// changes to.
	onDisk calc.Scenario
	read   bool
	// expect is the SHA-256 (hex) of the file as the answers knew it
	// (CompletedMsg.FileSum; "" unknown).
	expect string
}

// checkSaved reads the file the walk-through named, to learn whether it
// saved the answers there (then they are the saved scenario, and the file's
// contents are what a later save compares with).
func checkSaved(path string, s calc.Scenario, expect string) tea.Cmd {
	return func() tea.Msg {
		data, err := plans.ReadScenarioFile(path, nil)
		if err != nil {
			return savedCheckMsg{path: path, expect: expect}
		}
		onDisk, _, err := plans.Parse(path, data)
		same := err == nil && onDisk == s
		return savedCheckMsg{path: path, scenario: s, sum: plans.ContentSum(data),
			comments: err == nil && plans.HasUserComments(data, onDisk), same: same, onDisk: onDisk, read: err == nil, expect: expect}
	}
}

// removeDraft deletes the walk-through's draft once its answers are saved
// in a scenario file. A failure only means the draft is offered once more.
func (m Model) removeDraft() tea.Cmd {
	configured := m.opts.DraftPath
	if m.wizard.draftPath != "" {
		configured = m.wizard.draftPath // the draft the walk-through kept
	}
	return func() tea.Msg {
		if path, err := draftPath(configured); err == nil {
			_ = interview.RemoveDraft(path)
		}
		return nil
	}
}
