// Package wizard is the guided walk-through: a patient answers plain
// questions one short screen at a time, a counselor presses Enter through the
// answers they do not need to change, and the answers become a calc.Scenario
// through plans.Resolve, the one place scenarios are validated.
//
// The parent (the root model) sizes it with SetSize, forwards every message
// while it is shown, and watches for CompletedMsg and AbortedMsg.
package walkthrough

import (
	"errors"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/tui/theme"
)

// Options start a walk-through.
type Options struct {
	// Scenario is the starting answers: a preset, a loaded file, or
	// plans.DemoScenario().
	Scenario calc.Scenario
	// Path is the scenario file the answers came from ("" for new); saving
	// from the review defaults to it.
	Path string
	// FileSum is the SHA-256 (hex) of Path's contents when the answers were
	// read from it ("" unknown). Drafts and CompletedMsg carry it, so that a
	// later save of these answers can tell whether the file changed since.
	FileSum string
	// Step is the step to open at: StepPlan for a new walk-through, a later
	// step to change one answer (completing it returns to the review).
	Step Step
	// Draft, when not nil, is resumed instead: the answers as typed, the
	// fields touched and the step reached.
	Draft *Draft
	// Styles are the shared styles of tui/theme.
	Styles theme.Styles
	// DraftPath is where drafts are saved; "" is DefaultDraftPath().
	DraftPath string
	// DraftNote, when not "", is shown under every step: another carecost
	// holds the usual draft, and DraftPath is this run's own
	// (DraftClaim.Note).
	DraftNote string
	// Assumed, when not nil, lists the answers (field paths) that are
	// figures the user has not given (the dashboard's assumed figures, for
	// e): every other answer is the user's. nil: a file's answers (Path
	// set) are all the user's, a preset's none.
	Assumed []string
	// Quick asks the short route: the questions most patients can answer
	// (plans' type, deductible, share, maximum, visit limit, visits, prices,
	// HSA/FSA); every other answer stays typical, and assumed.
	Quick bool
}

// CompletedMsg: the user chose "show the comparison" on the review. Path is
// the scenario file the answers belong to: the file saved to from the
// review, or else Options.Path ("" when there is none).
type CompletedMsg struct {
	Scenario calc.Scenario
	Path     string
	// FileSum is the SHA-256 (hex) of Path's contents as the answers knew
	// it: as read (Options.FileSum) or as the review wrote it; "" unknown.
	FileSum string
	// DraftKept: the answers were typed by the user and saved to no file,
	// so the draft stays (at the review) until the program saves them and
	// removes it with RemoveDraft.
	DraftKept bool
	// Assumed lists the figures the user did not give (Answers.Assumed).
	Assumed []string
}

// AbortedMsg: the user left the walk-through (esc on the first step, q on
// the review). The draft stays on disk.
type AbortedMsg struct{}

// Model is the walk-through. It is a value, but the answers and the current
// form live on the heap (huh binds to them), so copies share them.
type Model struct {
	s *state
}

// New starts a walk-through.
func New(o Options) Model { return Model{s: newState(o)} }

// Init starts the first step's form.
func (m Model) Init() tea.Cmd { return m.s.init() }

// Update handles a message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	cmd := m.s.update(msg)
	return m, cmd
}

// View renders the current screen (cached in Update: View does no work).
func (m Model) View() string { return m.s.view }

// SetSize gives the walk-through its width and height; the parent has
// already taken its own chrome (the help footer) off.
func (m *Model) SetSize(w, h int) { m.s.setSize(w, h) }

// ShortHelp is the keys that work on this screen.
func (m Model) ShortHelp() []key.Binding { return m.s.shortHelp() }

// FullHelp is every key of the walk-through.
func (m Model) FullHelp() [][]key.Binding { return m.s.fullHelp() }

// Leave ends the program as ctrl+c in the walk-through does, for a key
// that reaches the program while the walk-through is not on screen (q or
// ctrl+c on its help): the answers are kept as the draft first. end is
// tea.Quit or tea.Interrupt.
func (m Model) Leave(end tea.Cmd) tea.Cmd { return m.s.leaveProgram(end) }

// KeepDraft saves the answers as the draft at once, the field being typed
// included, for a program that ended without a key to leave it (a signal,
// the terminal gone): no command runs any more. It is ordered after every
// save the walk-through's commands started, so none of them can replace
// it. It follows Leave's rule: with nothing answered or saved yet, an
// earlier draft stays as it was and path is "".
func (m Model) KeepDraft() (path string, err error) {
	s := m.s
	if s.draftOps == 0 && len(s.a.TouchedKeys()) == 0 {
		return "", nil
	}
	if s.draftPath == "" {
		return "", errors.New(s.draftErr)
	}
	msg, _ := s.saveDraftCmd(s.step)().(draftSavedMsg)
	return s.draftPath, msg.err
}

// TypesQuestionMark reports whether ? is text where the user is: a free-text
// answer (the estimate's name) or the review's file name. Anywhere else
// (a choice, an amount, a percentage, a count, the review's list) ? cannot
// be an answer, so the program shows every key instead.
func (m Model) TypesQuestionMark() bool { return m.s.typesQuestionMark() }
