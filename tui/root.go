// Package tui is carecost's terminal interface: the start screen, the
// walk-through (package walkthrough), the comparison dashboard and its
// ledger. It turns keys into calls of calc, plans and report and shows what
// they return; it does no cost arithmetic of its own.
package tui

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
	"github.com/carecost/carecost/tui/walkthrough"
)

// state is the screen the root shows.
type state int

const (
	stateStart state = iota
	stateLoading
	stateWizard
	stateDashboard
	stateLedger
	stateCashFlow
	stateHelp
	stateError
	stateCompare
	stateCount
)

// Model is the root of the program: a small state machine over the
// screens (screen), which it sizes, whose footer of keys it draws, and
// whose requests it acts on. Its own keys are q, ? and ctrl+c.
type Model struct {
	opts   Options
	styles theme.Styles
	keys   KeyMap
	help   help.Model

	screens [stateCount]screen // the walk-through's is nil until it opens
	state   state
	back    state // where the help screen returns
	// wizard is what the walk-through was opened for.
	wizard        wizardRequest
	width, height int

	// quitAnyway: the dashboard's changes could not be kept as a draft and
	// the user was told; q quits without them now.
	quitAnyway bool
	// quitNote is printed once the program has left the screen (Run).
	quitNote string

	footer string
	view   string // what View returns, drawn by Update
}

// New builds the program's model. Nothing is read until Init's commands
// run.
func New(o Options) Model {
	st := theme.DefaultStyles()
	km := DefaultKeyMap()
	hm := help.New()
	hm.Styles = st.Help
	m := Model{opts: o, styles: st, keys: km, help: hm}
	m.screens = [stateCount]screen{
		stateStart:     newStart(st, km, o.DraftPath, o.DraftNote),
		stateLoading:   newLoading(km, ""),
		stateDashboard: newDashboard(st, km),
		stateLedger:    newLedger(st, km),
		stateCashFlow:  newCashFlow(st, km),
		stateHelp:      newHelp(st, km),
		stateError:     newError(st, km),
		stateCompare:   newCompare(st, km, o.DraftPath),
	}
	if o.File != "" {
		m = m.loading("Opening " + o.File + "…")
	}
	return m
}

// Init reads the file named on the command line, or starts the start
// screen (which looks for a draft to offer).
func (m Model) Init() tea.Cmd {
	if m.opts.File != "" {
		return openFile(m.opts.File, m.opts.Edit, m.opts.DraftPath)
	}
	return m.screens[stateStart].Init()
}

// active is the screen shown.
func (m Model) active() screen { return m.screens[m.state] }

// owner is the screen whose answers leaving keeps: the one shown, or the
// one the help screen was opened from.
func (m Model) owner() screen {
	if m.state == stateHelp {
		return m.screens[m.back]
	}
	return m.active()
}

// to hands msg to screen s, shown or not.
func (m Model) to(s state, msg tea.Msg) tea.Cmd { return m.screens[s].Update(msg) }

// Update acts on the root's keys and the screens' requests, and hands
// everything else to the screen shown.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := m.update(msg)
	if m.width > 0 {
		m.footer = m.help.ShortHelpView(m.active().ShortHelp())
	}
	m.view = m.frame()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case signalMsg:
		// whatever the screen: Run keeps the draft once the program has
		// ended (finish), so nothing here waits on a file
		return m, tea.Quit
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.active().Takes(msg) {
			return m.eachKey(msg)
		}
		if next, cmd, ok := m.rootKey(msg); ok {
			return next, cmd
		}
	case savedMsg:
		cmd := m.to(stateDashboard, msg)
		if msg.err == nil {
			cmd = tea.Batch(cmd, remember(m.opts.DraftPath, msg.req.path))
		}
		return m, cmd
	case addressed:
		return m, m.to(msg.recipient(), msg)
	case leftMsg:
		return m.left(msg)
	case forgetDraftMsg:
		return m, m.removeDraft()

	case startDemoMsg:
		// the demo is a demo: its comparison at once; e walks its answers
		m.state = stateDashboard
		return m, m.to(stateDashboard, openScenarioMsg{scenario: plans.DemoScenario(),
			source: source{Label: "the built-in demo", Base: "carecost-demo"}})
	case startNewMsg:
		// the short route: the questions most patients can answer, the
		// rest typical and marked assumed; the review offers every question
		return m.openWizard(wizardRequest{scenario: plans.Preset(calc.PPO), label: "answers not saved yet", quick: true})
	case startResumeMsg:
		return m.openWizard(wizardRequest{draft: msg.draft, draftPath: msg.draftPath, draftNote: msg.draftNote, label: "answers not saved yet"})
	case openPathMsg:
		return m, openFile(msg.path, false, m.opts.DraftPath)
	case openLoadedMsg:
		return m.show(msg.loaded)
	case openExampleMsg:
		return m, loadExample(msg.file)
	case scenarioLoadedMsg:
		return m.loaded(msg)

	case editMsg:
		return m.openWizard(msg.req)
	case walkthrough.CompletedMsg:
		return m.completed(msg)
	case walkthrough.LeftMsg:
		// the walk-through kept its answers on leaving the program: said
		// once the screen is gone, as for the dashboard's what-ifs
		if msg.Err != nil {
			m.quitNote = "Your answers are not saved, and could not be kept as a draft: " + termsafe.Text(msg.Err.Error())
		} else {
			m.quitNote = keptNote("answers", msg.Path, m.wizard.draftFile)
		}
		return m, nil
	case walkthrough.AbortedMsg:
		m.state = m.wizard.returnTo()
		if m.state == stateStart {
			// the walk-through left its draft: the start screen offers it
			return m, m.screens[stateStart].Init()
		}
		return m, nil

	case showLedgerMsg:
		m.state = stateLedger
		return m, m.to(stateLedger, msg)
	case showCashFlowMsg:
		m.state = stateCashFlow
		return m, m.to(stateCashFlow, msg)
	case showDashboardMsg:
		m.state = stateDashboard
		return m, m.to(stateDashboard, msg)
	case showCompareMsg:
		m.state = stateCompare
		return m, m.to(stateCompare, msg)
	case closeHelpMsg:
		m.state = m.back
		return m, nil
	case reloadMsg:
		m = m.loading("Reading " + msg.path + " again…")
		return m, openFile(msg.path, msg.edit, m.opts.DraftPath)
	case showStartMsg:
		m.state = stateStart
		return m, m.screens[stateStart].Init()
	}
	return m, m.active().Update(msg)
}

// rootKey acts on the root's own keys: ctrl+c leaves from anywhere (Run
// returns tea.ErrInterrupted, which main turns into exit status 130); q
// quits and ? shows the help of the screen shown, unless the screen takes
// them. It reports whether k was one.
func (m Model) rootKey(k tea.KeyMsg) (Model, tea.Cmd, bool) {
	if key.Matches(k, m.keys.Interrupt) {
		m, cmd := m.leave(true)
		return m, cmd, true
	}
	if m.active().Takes(k) {
		return m, nil, false
	}
	switch {
	case key.Matches(k, m.keys.Quit):
		m, cmd := m.leave(false)
		return m, cmd, true
	case key.Matches(k, m.keys.Help):
		if m.state == stateHelp {
			m.state = m.back
			return m, nil, true
		}
		s := m.active()
		groups := s.FullHelp()
		if len(groups) == 0 {
			return m, nil, true // a screen without help (loading, error)
		}
		m.back, m.state = m.state, stateHelp
		return m, m.to(stateHelp, showHelpMsg{groups: groups, glossary: s.Glossary()}), true
	}
	return m, nil, false
}

// loading shows text while a file is read.
func (m Model) loading(text string) Model {
	m.screens[stateLoading] = newLoading(m.keys, text)
	m.size(m.screens[stateLoading])
	m.state = stateLoading
	return m
}

// loaded opens a scenario that was read: on the dashboard, in the
// walk-through (--edit), or on the error screen when it could not be read.
// A file with an unfinished draft of its own is offered on the start
// screen first: resume the draft, or open the file as it is (show).
func (m Model) loaded(msg scenarioLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		var pe *plans.Errors
		if m.state == stateStart && !errors.As(msg.err, &pe) {
			return m, m.to(stateStart, openFailedMsg{text: "Could not open it: " + errorText(msg.err)})
		}
		title := msg.source.Label + " cannot be estimated:"
		if !errors.As(msg.err, &pe) {
			title = "Could not open " + msg.source.Label + ":"
		}
		// a file that is not there, or not a scenario file at all (a
		// directory, a device, too large): nothing in it to fix
		var re *plans.ReadError
		notAFile := errors.Is(msg.err, fs.ErrNotExist) || errors.As(msg.err, &re)
		m.state = stateError
		return m, m.to(stateError, showErrorMsg{title: title, problems: strings.Split(errorText(msg.err), "\n"),
			path: msg.source.Path, edit: msg.edit, missing: notAFile})
	}
	if msg.draft != nil {
		m.state = stateStart
		// the start screen's Init too: after carecost FILE it has not run
		return m, tea.Batch(m.to(stateStart, offerDraftMsg{loaded: msg}), m.screens[stateStart].Init())
	}
	return m.show(msg)
}

// show opens a scenario read without error: on the dashboard, or in the
// walk-through (--edit). A note on its draft (another run keeps it, or it
// could not be read) is said there.
func (m Model) show(msg scenarioLoadedMsg) (Model, tea.Cmd) {
	cmd := m.to(stateDashboard, openScenarioMsg{scenario: msg.scenario, warnings: msg.warnings, source: msg.source, assumed: msg.assumed})
	if msg.draftNote != "" && !msg.edit {
		cmd = tea.Batch(cmd, m.to(stateDashboard, statusMsg{text: msg.draftNote, bad: true}))
	}
	if msg.edit {
		assumed := msg.assumed
		if assumed == nil {
			assumed = []string{} // a file's figures are the user's
		}
		m, wcmd := m.openWizard(wizardRequest{scenario: msg.scenario, assumed: assumed, path: msg.source.Path, fileSum: msg.source.Sum, label: msg.source.Label, fromDashboard: true,
			draftPath: msg.draftPath, draftNote: msg.draftNote})
		return m, tea.Batch(cmd, wcmd)
	}
	m.state = stateDashboard
	return m, cmd
}

// resize is the one place sizes are handed down: each screen gets the
// window less the footer line.
func (m *Model) resize() {
	for _, s := range m.screens {
		if s != nil {
			m.size(s)
		}
	}
	m.help.Width = m.width
}

// size gives s the window less the footer line, once there is a window.
func (m *Model) size(s screen) {
	if m.width > 0 {
		s.SetSize(m.width, max(1, m.height-1))
	}
}

// View returns what Update drew: the screen shown above the footer,
// filling the window.
func (m Model) View() string {
	if m.view == "" {
		return m.frame() // before the first message: no screen drawn yet
	}
	return m.view
}

// frame fits the screen shown to the window less the footer line, and
// puts the footer under it.
func (m Model) frame() string {
	if m.width == 0 || m.height == 0 {
		return "carecost is starting…"
	}
	body := m.active().View()
	h := max(1, m.height-1)
	if n := strings.Count(body, "\n") + 1; n < h {
		body += strings.Repeat("\n", h-n)
	} else if n > h {
		body = strings.Join(strings.SplitN(body, "\n", h+1)[:h], "\n")
	}
	return body + "\n" + m.footer
}

// eachKey acts on keys typed faster than the terminal is read, which Bubble
// Tea v1 hands over as one message ("++", "jjj"): one key at a time, as if
// typed slowly, so two quick + are two visits more. The rest is handed on
// whole after each key, so a key that opens a text field (w, the path)
// leaves what follows to be typed into it.
func (m Model) eachKey(k tea.KeyMsg) (Model, tea.Cmd) {
	first := k
	first.Runes = k.Runes[:1]
	m, cmd := m.update(first)
	rest := k
	rest.Runes = k.Runes[1:]
	m, more := m.update(rest)
	return m, tea.Batch(cmd, more)
}
