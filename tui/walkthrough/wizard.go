// Package walkthrough is the full-screen walk-through: the interview
// package's script rendered as huh forms, one form a step, one group a
// page. A patient answers plain questions one short screen at a time, a
// counselor presses Enter through the answers they do not need to change,
// and the answers become a calc.Scenario through interview.Walk.
//
// The parent (the root model) sizes it with SetSize, forwards every message
// while it is shown, and watches for CompletedMsg and AbortedMsg.
package walkthrough

import (
	"errors"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
)

// Options start a walk-through: the interview's, and how it looks.
type Options struct {
	interview.Options
	// Styles are the shared styles of tui/theme.
	Styles theme.Styles
	// DraftNote, when not "", is shown under every step: another carecost
	// holds the usual draft, and DraftPath is this run's own
	// (interview.DraftClaim.Note).
	DraftNote string
	// OwnDraft: the draft at DraftPath holds the answers walked through
	// (kept when they were shown on the dashboard and not saved since), so
	// the first save replaces nothing of another estimate's and no note
	// says it would.
	OwnDraft bool
}

// CompletedMsg: the user chose "show the comparison" on the review.
type CompletedMsg struct {
	interview.Completion
	// DraftKept: the draft stays (at the review) until the program saves
	// the answers and removes it with interview.RemoveDraft
	// (Completion.KeepDraft, when the draft could be written).
	DraftKept bool
}

// AbortedMsg: the user left the walk-through (esc on the first step, q on
// the review). The draft stays on disk.
type AbortedMsg struct{}

// LeftMsg: leaving the program (Leave: ctrl+c, or q and ctrl+c on the
// walk-through's help) kept the answers as the draft at Path, or could
// not (Err). It comes before the program's end, so the program can say,
// once the screen is gone, where the answers are.
type LeftMsg struct {
	Path string
	Err  error
}

// Model is the walk-through. It is a value, but its state lives on the heap
// (huh binds to the answers, and the form is a pointer anyway), so copies
// share it.
type Model struct {
	s *state
}

// New starts a walk-through.
func New(o Options) Model { return Model{s: newState(o)} }

// Init starts the first step's form (its focus is already set: the command
// only starts the cursor's blink and huh's own refresh).
func (m Model) Init() tea.Cmd { return m.s.initCmd }

// Update handles a message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) { return m, m.s.update(msg) }

// View renders the current screen (drawn in Update: View does no work).
func (m Model) View() string { return m.s.view }

// SetSize gives the walk-through its width and height; the parent has
// already taken its own chrome (the help footer) off.
func (m *Model) SetSize(w, h int) {
	s := m.s
	s.width, s.height = max(w, 20), max(h, 8)
	s.formHeight = 0 // measure the form again at the new size
	if s.form != nil {
		s.form.WithWidth(s.contentWidth())
	}
	if s.w.Step() == interview.StepReview {
		s.renderReview()
	}
	s.render()
}

// ShortHelp is the keys that work on this screen.
func (m Model) ShortHelp() []key.Binding {
	s := m.s
	if s.w.Step() == interview.StepReview {
		return s.reviewHelp()
	}
	bf, i := s.focused()
	var out []key.Binding
	if i >= 0 && bf.q.IsChoice() {
		out = append(out, s.keys.Choose)
	}
	out = append(out, s.keys.Next)
	if !m.TypesQuestionMark() {
		out = append(out, s.keys.Help) // before the keys a narrow footer cuts first
	}
	return append(out, s.keys.PrevField, s.keys.Back)
}

// FullHelp is every key of the walk-through that works where the user is
// (the questions' keys, or the review's), in two columns that fit an
// 80-column terminal.
func (m Model) FullHelp() [][]key.Binding {
	s := m.s
	if s.w.Step() == interview.StepReview {
		first := []key.Binding{s.keys.Up, s.keys.Down, s.keys.Open, s.jumpKey()}
		if s.w.Quick() {
			first = append(first, s.keys.Everything)
		}
		return [][]key.Binding{
			first,
			{s.keys.Compare, s.keys.Save, s.keys.Back, s.keys.Leave, s.keys.Interrupt},
		}
	}
	return [][]key.Binding{
		{s.keys.Next, s.keys.NextField, s.keys.PrevField, s.keys.Back},
		{s.keys.Choose, s.keys.Filter, s.keys.Interrupt},
	}
}

// Answers are the answers as they stand (for a test, or a parent that
// reads them; they change only through the walk-through).
func (m Model) Answers() *interview.Answers { return m.s.w.A }

// Problem is what is wrong with the focused answer, as the screen says it
// ("" when nothing is).
func (m Model) Problem() string { return m.s.fieldErr }

// Step is the step shown.
func (m Model) Step() interview.Step { return m.s.w.Step() }

// Focused is the key of the answer the cursor is on ("" on the review).
func (m Model) Focused() string {
	bf, _ := m.s.focused() // none focused: a zero boundField, whose key is ""
	return bf.q.Key
}

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
	if s.draftOps == 0 && !s.w.Touched() {
		return "", nil
	}
	if s.draftPath == "" {
		return "", errors.New(s.draftErr)
	}
	msg, _ := s.saveDraftCmd(s.w.Step())().(draftSavedMsg)
	return s.draftPath, msg.err
}

// TypesQuestionMark reports whether ? is text where the user is: a free-text
// answer (the estimate's name) or the review's file name. Anywhere else
// (a choice, an amount, a percentage, a count, the review's list) ? cannot
// be an answer, so the program shows every key instead.
func (m Model) TypesQuestionMark() bool {
	s := m.s
	if s.w.Step() == interview.StepReview {
		return s.review.mode == reviewNaming
	}
	bf, i := s.focused()
	return i >= 0 && !bf.q.IsChoice() && bf.q.Kind == plans.KindText
}
