// Package model is carecost's terminal interface: the start screen, the
// walk-through (package walkthrough), the comparison dashboard and its ledger.
// It turns keys into calls of calc, plans and report and shows what they
// return; it does no cost arithmetic of its own.
package tui

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
)

// state is the screen the root shows.
type state int

const (
	stateStart state = iota
	stateLoading
	stateWizard
	stateDashboard
	stateLedger
	stateHelp
	stateError
)

// Model is the root of the program: a small state machine over the screens,
// which it sizes and whose footer of keys it draws.
type Model struct {
	opts   Options
	styles theme.Styles
	keys   KeyMap
	help   help.Model

	state state
	// back is where the help screen returns.
	back          state
	width, height int
	loading       string

	start  startScreen
	dash   dashboard
	ledger ledgerScreen
	errs   errorScreen
	helps  helpScreen
	wiz    wizardState
	// hasScenario: the dashboard holds a scenario, so leaving the
	// walk-through returns to it.
	hasScenario bool
	// quitAnyway: the dashboard's changes could not be kept as a draft and
	// the user was told; q quits without them now.
	quitAnyway bool
	// quitNote is printed once the program has left the screen (Run).
	quitNote string

	footer string
}

// New builds the program's model. Nothing is read until Init's commands
// run.
func New(o Options) Model {
	st := theme.DefaultStyles()
	km := DefaultKeyMap()
	hm := help.New()
	hm.Styles = st.Help
	m := Model{
		opts:   o,
		styles: st,
		keys:   km,
		help:   hm,
		start:  newStart(st, km),
		dash:   newDashboard(st, km),
		ledger: newLedger(st, km),
		errs:   errorScreen{styles: st},
		helps:  helpScreen{styles: st},
	}
	if o.File != "" {
		m.state = stateLoading
		m.loading = "Opening " + o.File + "…"
	}
	if o.DraftNote != "" {
		m.start.showError(o.DraftNote)
	}
	return m
}

// Init reads the file named on the command line, or looks for a draft to
// offer on the start screen.
func (m Model) Init() tea.Cmd {
	if m.opts.File != "" {
		return loadFile(m.opts.File, m.opts.Edit)
	}
	return m.findDraft()
}

// Update routes a message to the screen it belongs to.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.footer = m.renderFooter()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
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
		// ctrl+c leaves from anywhere: Run returns tea.ErrInterrupted,
		// which main turns into exit status 130.
		// In the walk-through ctrl+c is its own: it saves the step being
		// answered to the draft first.
		if key.Matches(msg, m.keys.Interrupt) && m.state != stateWizard {
			return m.leave(true)
		}
	case leftMsg:
		return m.left(msg)
	case scenarioLoadedMsg:
		return m.loaded(msg)
	case startDemoMsg:
		// the demo is a demo: its comparison at once; e walks its answers
		m.dash.open(plans.DemoScenario(), nil, source{Label: "the built-in demo", Base: "carecost-demo"}, nil)
		m.hasScenario = true
		m.state = stateDashboard
		return m, nil
	case startNewMsg:
		// the short route: the questions most patients can answer, the
		// rest typical and marked assumed; the review offers every question
		return m.openWizard(wizardRequest{scenario: plans.Preset(calc.PPO), label: "answers not saved yet", quick: true})
	case startResumeMsg:
		return m.openWizard(wizardRequest{resume: true, label: "answers not saved yet"})
	case openPathMsg:
		return m, loadFile(msg.path, false)
	case openExampleMsg:
		return m, loadExample(msg.file)
	case savedMsg, saveExistsMsg, saveConflictMsg, exportedMsg, exportExistsMsg, savedCheckMsg:
		m.dash, cmd = m.dash.Update(msg)
		if saved, ok := msg.(savedMsg); ok && saved.err == nil && m.dash.draftKept {
			m.dash.draftKept = false // saved in a file now: nothing left to resume
			return m, tea.Batch(cmd, m.removeDraft())
		}
		return m, cmd
	}
	if handled, next, cmd := m.wizardMessage(msg); handled {
		return next, cmd
	}

	k, isKey := msg.(tea.KeyMsg)
	switch m.state {
	case stateLoading:
		if isKey && key.Matches(k, m.keys.Quit) {
			return m.leave(false)
		}
	case stateStart:
		if isKey && !m.start.capturing() {
			switch {
			case key.Matches(k, m.keys.Quit):
				return m.leave(false)
			case key.Matches(k, m.keys.Help):
				return m.showHelp(m.keys.startFull(), nil), nil
			}
		}
		m.start, cmd = m.start.Update(msg)
	case stateDashboard:
		if isKey && !m.dash.capturing() {
			switch {
			case key.Matches(k, m.keys.Quit):
				return m.leave(false)
			case key.Matches(k, m.keys.Ledger):
				m.ledger.open(&m.dash.result, m.dash.selected)
				m.state = stateLedger
				return m, nil
			case key.Matches(k, m.keys.Help):
				return m.showHelp(m.keys.dashboardFull(), dashboardGlossary), nil
			case key.Matches(k, m.keys.Edit):
				return m.editSelected()
			}
		}
		m.dash, cmd = m.dash.Update(msg)
	case stateLedger:
		if isKey {
			switch {
			case key.Matches(k, m.keys.Quit):
				return m.leave(false)
			case key.Matches(k, m.keys.Back, m.keys.Ledger):
				// back on the card of the option last shown
				m.dash.selected = m.ledger.selected
				m.dash.render()
				m.state = stateDashboard
				return m, nil
			case key.Matches(k, m.keys.Help):
				return m.showHelp(m.keys.ledgerFull(), ledgerGlossary), nil
			}
		}
		m.ledger, cmd = m.ledger.Update(msg)
	case stateHelp:
		if isKey {
			switch {
			case key.Matches(k, m.keys.Quit):
				return m.leave(false)
			case key.Matches(k, m.keys.Back, m.keys.Help):
				m.state = m.back
				return m, nil
			}
			m.helps.body.handleKey(k, m.keys)
		}
	case stateError:
		if isKey {
			switch {
			case key.Matches(k, m.keys.Quit):
				return m.leave(false)
			case key.Matches(k, m.keys.Reload) && m.errs.path != "":
				m.state = stateLoading
				m.loading = "Reading " + m.errs.path + " again…"
				return m, loadFile(m.errs.path, m.errs.edit)
			case key.Matches(k, m.keys.Back):
				m.state = stateStart
				return m, m.findDraft()
			}
			m.errs.body.handleKey(k, m.keys)
		}
	case stateWizard:
		return m.updateWizard(msg)
	}
	return m, cmd
}

// loaded opens a scenario that was read: on the dashboard, in the
// walk-through (--edit), or on the error screen when it could not be read.
func (m Model) loaded(msg scenarioLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		var pe *plans.Errors
		if m.state == stateStart && !errors.As(msg.err, &pe) {
			m.start.showError("Could not open it: " + errorText(msg.err))
			return m, nil
		}
		title := msg.source.Label + " cannot be estimated:"
		problems := strings.Split(errorText(msg.err), "\n")
		if !errors.As(msg.err, &pe) {
			title = "Could not open " + msg.source.Label + ":"
		}
		// a file that is not there, or not a scenario file at all (a
		// directory, a device, too large): nothing in it to fix
		var re *plans.ReadError
		notAFile := errors.Is(msg.err, fs.ErrNotExist) || errors.As(msg.err, &re)
		m.errs.show(title, problems, msg.source.Path, msg.edit, notAFile)
		m.state = stateError
		return m, nil
	}
	m.dash.open(msg.scenario, msg.warnings, msg.source, msg.assumed)
	m.hasScenario = true
	if msg.edit {
		assumed := msg.assumed
		if assumed == nil {
			assumed = []string{} // a file's figures are the user's
		}
		return m.openWizard(wizardRequest{scenario: msg.scenario, assumed: assumed, path: msg.source.Path, fileSum: msg.source.Sum, label: msg.source.Label, fromDashboard: true})
	}
	m.state = stateDashboard
	return m, nil
}

func (m Model) showHelp(groups [][]key.Binding, glossary [][2]string) Model {
	m.back = m.state
	m.helps.show(groups, glossary)
	m.state = stateHelp
	return m
}

// resize is the one place sizes are handed down: each screen gets the
// window less the footer line.
func (m *Model) resize() {
	h := max(1, m.height-1)
	m.start.SetSize(m.width, h)
	m.dash.SetSize(m.width, h)
	m.ledger.SetSize(m.width, h)
	m.errs.SetSize(m.width, h)
	m.helps.SetSize(m.width, h)
	m.resizeWizard(m.width, h)
	m.help.Width = m.width
}

func (m *Model) renderFooter() string {
	if m.width == 0 {
		return ""
	}
	var keys []key.Binding
	switch m.state {
	case stateStart:
		keys = m.start.ShortHelp()
	case stateLoading:
		keys = []key.Binding{m.keys.Quit}
	case stateDashboard:
		if m.dash.capturing() {
			keys = m.keys.promptShort()
			if m.dash.prompt.kind == promptName {
				keys = []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")), key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))}
			}
		} else {
			keys = m.keys.dashboardShort()
		}
	case stateLedger:
		keys = m.keys.ledgerShort()
	case stateHelp:
		keys = m.keys.helpShort()
	case stateError:
		keys = m.keys.errorShort()
		if m.errs.path == "" {
			keys = keys[1:]
		}
	case stateWizard:
		keys = m.wizardShortHelp()
	}
	return m.help.ShortHelpView(keys)
}

// View draws the current screen above the footer, filling the window.
func (m Model) View() string {
	if m.width == 0 || m.height == 0 {
		return "carecost is starting…"
	}
	var body string
	switch m.state {
	case stateStart:
		body = m.start.View()
	case stateLoading:
		body = m.loading
	case stateWizard:
		body = m.wizardView()
	case stateDashboard:
		body = m.dash.View()
	case stateLedger:
		body = m.ledger.View()
	case stateHelp:
		body = m.helps.View()
	case stateError:
		body = m.errs.View()
	}
	h := max(1, m.height-1)
	if n := strings.Count(body, "\n") + 1; n < h {
		body += strings.Repeat("\n", h-n)
	} else if n > h {
		body = strings.Join(strings.SplitN(body, "\n", h+1)[:h], "\n")
	}
	return body + "\n" + m.footer
}
