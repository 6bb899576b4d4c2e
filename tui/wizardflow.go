package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/walkthrough"
)

// The walk-through (package walkthrough) is embedded here: opened from the start
// screen, from --edit FILE, or with e on the dashboard at the step that holds
// the selected card's inputs.

// wizardState is the embedded walk-through and what it was opened for.
type wizardState struct {
	model walkthrough.Model
	req   wizardRequest
	// returnTo is where leaving the walk-through (AbortedMsg) goes.
	returnTo state
	// draft is the unfinished walk-through found at start, offered on the
	// start screen.
	draft *interview.Draft
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
	resume   bool // resume the draft found at start
	// fromDashboard: e on the dashboard or --edit FILE; the dashboard holds
	// the scenario as it was, and shows the answers as changes to it.
	fromDashboard bool
}

// draftFoundMsg answers findDraft.
type draftFoundMsg struct {
	draft *interview.Draft
	err   error
}

// findDraft looks for an unfinished walk-through to offer.
func (m Model) findDraft() tea.Cmd {
	configured := m.opts.DraftPath
	return func() tea.Msg {
		path, err := draftPath(configured)
		if err != nil {
			return draftFoundMsg{} // nowhere to keep drafts: none to offer
		}
		d, err := interview.LoadDraft(path)
		return draftFoundMsg{draft: d, err: err}
	}
}

func (m Model) openWizard(req wizardRequest) (Model, tea.Cmd) {
	o := walkthrough.Options{Options: interview.Options{
		Scenario:  req.scenario,
		Assumed:   req.assumed,
		Quick:     req.quick,
		Path:      req.path,
		FileSum:   req.fileSum,
		Step:      req.step,
		DraftPath: m.opts.DraftPath,
	}, Styles: m.styles, DraftNote: m.opts.DraftNote}
	if req.resume {
		if m.wiz.draft == nil {
			return m, nil
		}
		o.Scenario = plans.Preset(calc.PPO) // fills any answer the draft lacks
		o.Draft = m.wiz.draft
		o.Path = m.wiz.draft.Path
		o.FileSum = m.wiz.draft.Sum
		req.path = m.wiz.draft.Path
	}
	m.wiz.req = req
	m.wiz.returnTo = stateStart
	if req.fromDashboard {
		m.wiz.returnTo = stateDashboard
	}
	m.wiz.model = walkthrough.New(o)
	if m.width > 0 {
		m.wiz.model.SetSize(m.width, max(1, m.height-1))
	}
	m.state = stateWizard
	return m, m.wiz.model.Init()
}

// editSelected opens the walk-through on the dashboard's scenario, at the
// step of the selected card's inputs.
func (m Model) editSelected() (Model, tea.Cmd) {
	assumed := m.dash.assumed
	if assumed == nil {
		assumed = []string{} // every figure on the dashboard is the user's
	}
	return m.openWizard(wizardRequest{
		scenario:      m.dash.scenario,
		assumed:       assumed,
		path:          m.dash.source.Path,
		fileSum:       m.dash.source.Sum,
		step:          interview.StepFor(m.dash.selectedID()),
		fromDashboard: true,
	})
}

// wizardMessage handles what the walk-through reports, whatever the state.
func (m Model) wizardMessage(msg tea.Msg) (bool, Model, tea.Cmd) {
	switch msg := msg.(type) {
	case draftFoundMsg:
		m.wiz.draft = msg.draft
		switch {
		case msg.err != nil:
			m.start.showError("An unfinished walk-through was found but could not be read: " + msg.err.Error())
		case msg.draft != nil:
			m.start.offerResume("the step “" + msg.draft.Step.Title() + "”")
		}
		return true, m, nil
	case walkthrough.CompletedMsg:
		req := m.wiz.req
		m.wiz.draft = nil
		if req.fromDashboard {
			m.dash.edited(msg.Scenario, msg.Path, msg.Assumed)
		} else {
			src := source{Label: req.label, Base: req.base}
			if src.Base == "" {
				src.Base = slug(msg.Scenario.Name)
			}
			if msg.Path != "" {
				src = source{Path: msg.Path, Label: msg.Path, Base: baseName(msg.Path)}
			}
			m.dash.open(msg.Scenario, nil, src, msg.Assumed)
		}
		if msg.DraftKept {
			m.dash.draftKept = true
			m.dash.setStatus("Your answers are kept as an unfinished draft until you save them with w.", false)
		}
		m.hasScenario = true
		m.state = stateDashboard
		var cmd tea.Cmd
		if msg.Path != "" {
			cmd = checkSaved(msg.Path, msg.Scenario, msg.FileSum)
		}
		return true, m, cmd
	case walkthrough.AbortedMsg:
		m.state = m.wiz.returnTo
		if m.state == stateStart {
			// the walk-through left its draft: offer it
			return true, m, m.findDraft()
		}
		return true, m, nil
	}
	return false, m, nil
}

func (m Model) updateWizard(msg tea.Msg) (Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.keys.Help) && !m.wiz.model.TypesQuestionMark() {
		return m.showHelp(m.wiz.model.FullHelp(), nil), nil
	}
	var cmd tea.Cmd
	m.wiz.model, cmd = m.wiz.model.Update(msg)
	return m, cmd
}

func (m *Model) resizeWizard(w, h int) {
	if m.state == stateWizard {
		m.wiz.model.SetSize(w, h)
	}
}

func (m *Model) wizardShortHelp() []key.Binding { return m.wiz.model.ShortHelp() }

func (m Model) wizardView() string { return m.wiz.model.View() }

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
			comments: err == nil && hasUserComments(data, onDisk), same: same, onDisk: onDisk, read: err == nil, expect: expect}
	}
}

// removeDraft deletes the walk-through's draft once its answers are saved
// in a scenario file. A failure only means the draft is offered once more.
func (m Model) removeDraft() tea.Cmd {
	configured := m.opts.DraftPath
	return func() tea.Msg {
		if path, err := draftPath(configured); err == nil {
			_ = interview.RemoveDraft(path)
		}
		return nil
	}
}
