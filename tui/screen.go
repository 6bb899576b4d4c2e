package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/report"
)

// screen is what the root asks of every screen it shows: start, loading,
// dashboard, ledger, money by month, help, error and the walk-through. As soft-serve's
// common.Component, it is a Bubble Tea model that the root sizes
// (SetSize, the window less the footer line) and whose keys the footer and
// the help screen show (help.KeyMap). A screen changes only through its
// own Update; it asks for another screen with a message (showLedgerMsg,
// editMsg, …), which the root acts on, and the root hands a screen what it
// is to show the same way (openScenarioMsg, showHelpMsg, …), never by
// setting its fields.
//
// Screens are pointers, updated in place: a copy of the root shares them.
type screen interface {
	Init() tea.Cmd
	Update(tea.Msg) tea.Cmd
	// View returns what Update last drew; it does no work.
	View() string
	SetSize(width, height int)
	// ShortHelp is the footer; FullHelp the help screen (nil: ? shows
	// nothing here).
	help.KeyMap
	// Takes reports whether k is the screen's even though the root has a
	// use for it (q quits, ? shows the help): text is being typed, or the
	// screen gives the key a meaning of its own. ctrl+c is always the
	// root's.
	Takes(k tea.KeyMsg) bool
	// Glossary is what the screen's figures mean, under its keys on the
	// help screen.
	Glossary() [][2]string

	// What the user typed and no file holds, kept when the program ends
	// (leave.go, signal.go).

	// Leave is the command that ends the program with end (tea.Quit or
	// tea.Interrupt) once the screen has kept its answers as the draft,
	// for a screen that keeps them itself (the walk-through, in order
	// with its own saves); nil leaves the keeping to the root.
	Leave(end tea.Cmd) tea.Cmd
	// KeepDraft keeps those answers at once, the program having ended (a
	// signal): path "" when there was nothing to keep.
	KeepDraft() (path string, err error)
	// Unsaved is what the screen shows that is in no file, as a draft for
	// the root to keep (the dashboard's what-ifs); false when there is
	// none.
	Unsaved() (interview.Draft, bool)
}

// plainScreen answers the parts of the contract a screen has no use for:
// no command at start, none of the root's keys taken, no glossary, nothing
// to keep on leaving.
type plainScreen struct{}

func (plainScreen) Init() tea.Cmd                    { return nil }
func (plainScreen) Takes(tea.KeyMsg) bool            { return false }
func (plainScreen) Glossary() [][2]string            { return nil }
func (plainScreen) Leave(tea.Cmd) tea.Cmd            { return nil }
func (plainScreen) KeepDraft() (string, error)       { return "", nil }
func (plainScreen) Unsaved() (interview.Draft, bool) { return interview.Draft{}, false }

// send is a command that answers msg: how a screen asks the root for
// something.
func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// What the screens ask of the root. A request to show a screen goes on to
// that screen's Update once the root shows it.
type (
	// showLedgerMsg: l on the dashboard. The options are copies, ledgers
	// included: the dashboard's result reuses its storage on the next
	// estimate.
	showLedgerMsg struct {
		options  [3]calc.Option
		selected int
	}
	// showDashboardMsg: esc or l on the ledger (esc or m on the money by
	// month), back on the card of the option last shown.
	showDashboardMsg struct{ selected int }
	// showCashFlowMsg: m on the dashboard, the money by month of the
	// scenario shown (report's, made afresh by each estimate) and the most
	// cash out at once in words.
	showCashFlowMsg struct {
		months   []report.Month
		peak     string
		selected int
	}
	// editMsg: e on the dashboard, the walk-through on its scenario.
	editMsg struct{ req wizardRequest }
	// closeHelpMsg: esc on the help screen (? is the root's own).
	closeHelpMsg struct{}
	// reloadMsg: r on the error screen, to read the file again.
	reloadMsg struct {
		path string
		edit bool
	}
	// showStartMsg: esc on the error screen.
	showStartMsg struct{}
	// forgetDraftMsg: the answers kept as the draft are saved in a file
	// now; the draft can go.
	forgetDraftMsg struct{}
)

// The start screen's requests to the root.
type (
	startDemoMsg struct{}
	startNewMsg  struct{}
	// startResumeMsg: a draft to resume, kept at draftPath ("" the
	// draft of new answers) with a note to show under the walk-through
	// ("" none).
	startResumeMsg struct {
		draft                *interview.Draft
		draftPath, draftNote string
	}
	openPathMsg    struct{ path string }
	openExampleMsg struct{ file string }
)

// What the root hands a screen.
type (
	// openScenarioMsg shows a scenario on the dashboard as read or saved
	// (it becomes the saved one); assumed are its figures the user did not
	// give (field paths).
	openScenarioMsg struct {
		scenario calc.Scenario
		warnings []calc.Warning
		source   source
		assumed  []string
	}
	// editedMsg shows on the dashboard the answers the walk-through
	// completed on its scenario (walkthrough.CompletedMsg).
	editedMsg struct {
		scenario calc.Scenario
		path     string
		assumed  []string
	}
	// draftKeptMsg: the dashboard's answers are the walk-through's draft
	// until w saves them.
	draftKeptMsg struct{}
	// statusMsg is a line for the dashboard's status.
	statusMsg struct {
		text string
		bad  bool
	}
	// showHelpMsg is the help of the screen ? was pressed on.
	showHelpMsg struct {
		groups   [][]key.Binding
		glossary [][2]string
	}
	// showErrorMsg: a scenario could not be opened.
	showErrorMsg struct {
		title    string
		problems []string
		path     string // the file to read again; "" for an example
		edit     bool   // it was opened for the walk-through
		missing  bool   // the file was not there, or not a scenario file at all
	}
	// openFailedMsg: a file named on the start screen did not open.
	openFailedMsg struct{ text string }
)

// addressed is a message for one screen whichever is shown: the answer of
// a command it started (a save that ends after the user moved on to the
// ledger still reaches the dashboard).
type addressed interface{ recipient() state }

func (savedMsg) recipient() state        { return stateDashboard }
func (saveExistsMsg) recipient() state   { return stateDashboard }
func (saveConflictMsg) recipient() state { return stateDashboard }
func (exportedMsg) recipient() state     { return stateDashboard }
func (exportExistsMsg) recipient() state { return stateDashboard }
func (savedCheckMsg) recipient() state   { return stateDashboard }
func (draftFoundMsg) recipient() state   { return stateStart }
