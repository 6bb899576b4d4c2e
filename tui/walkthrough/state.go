package walkthrough

import (
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
)

// maxContentWidth keeps lines readable on a wide terminal.
const maxContentWidth = 100

// boundField is one question of the current form and the huh field bound to
// its answer.
type boundField struct {
	q     interview.Question
	field huh.Field
	// rebind reloads the field from its answer, after the answer changed
	// behind the field's back (a preset refill, a bracket filling the rate).
	rebind func()
}

// state is the walk-through's state. It lives on the heap: huh binds its
// fields to the answers, and the form is a pointer anyway.
type state struct {
	o    Options
	w    *interview.Walk
	st   theme.Styles
	keys KeyMap

	draftPath string
	draftErr  string
	// draftNote: going on replaces an unfinished draft found on disk
	// (shown until this walk-through first saves its own).
	draftNote string
	drafts    *draftWriter // shared with the commands that save the draft
	draftOps  int          // numbers the draft's saves and removal in order

	width, height int

	form    *huh.Form
	fields  []boundField
	helps   []*helpCell // the help of the step's questions that depends on the answers
	initCmd tea.Cmd
	// rebinds are the answers changed behind their fields while the form
	// handled a message (the accessor records them).
	rebinds []string
	// binding: a select is being bound to its answer. huh's Select.Accessor
	// writes the option under its cursor back at once, the first option
	// when the answer is none of them (an empty next_year.type would become
	// "ppo" and hide the dependency that starts it as this year's type), so
	// the answer is left as it is while binding: only a key writes it.
	binding bool
	// lastFocus is the index in fields of the focused answer, and
	// focusValue its answer when it was focused.
	lastFocus  int
	focusValue string
	formHeight int // the height last given to the form (0: none yet)
	// moving: a key moved the focus and the form has not yet done it (huh
	// moves in a command); keys typed meanwhile are held, then replayed on
	// the question they were typed for, so typing ahead never lands in the
	// question left, and a key typed ahead of a new step's form never
	// reaches it (the keys held are dropped when the step changes: Enter
	// twice on a step's last question does not skip the next step's first).
	moving      bool
	movingSince time.Time
	held        []tea.KeyMsg

	fieldErr string // the focused answer's problem, as words
	extra    string // more about the focused choice (a plan type's description)

	// typed lists the answers the user typed into with keys in this
	// walk-through. replacing: the focused answer is not one of them (a
	// preset's, a file's, a refill's), so the first character typed
	// replaces it, as a selection would; an editing key (←, backspace…)
	// keeps it to edit (docs/decisions.md, "Typing over a value").
	typed     map[string]bool
	replacing bool
	// unusual is the question asked about the focused answer, far above
	// what a real plan or clinic has ("" none); Enter again keeps it.
	unusual, unusualAbout string

	review reviewState
	view   string
}

// draftSavedMsg reports a draft save.
type draftSavedMsg struct{ err error }

// draftFoundMsg: a walk-through started afresh found an unfinished draft
// on disk, which its first save will replace.
type draftFoundMsg struct{ saved time.Time }

func newState(o Options) *state {
	s := &state{o: o, st: o.Styles, keys: DefaultKeyMap(), width: 80, height: 24, drafts: &draftWriter{}, typed: map[string]bool{}}
	if _, none := s.st.Error.GetForeground().(lipgloss.NoColor); none {
		s.st = theme.DefaultStyles() // a zero Styles: the parent passed none
	}
	s.draftPath = o.DraftPath
	if s.draftPath == "" {
		p, err := interview.DefaultDraftPath()
		if err != nil {
			s.draftErr = err.Error() + ": the draft will not be kept"
		}
		s.draftPath = p
	}
	s.w = interview.Start(o.Options)
	s.initCmd = s.enter()
	if path := s.draftPath; o.Draft == nil && !o.OwnDraft && path != "" {
		// an unfinished draft, looked for in a command: no file is read in Update
		s.initCmd = tea.Batch(s.initCmd, func() tea.Msg {
			if d, err := interview.LoadDraft(path); err == nil && d != nil {
				return draftFoundMsg{saved: d.Saved}
			}
			return nil
		})
	}
	return s
}

func (s *state) contentWidth() int { return min(s.width, maxContentWidth) }

// enter shows the walk's step: its form, or the review.
func (s *state) enter() tea.Cmd {
	s.fieldErr, s.extra, s.unusual, s.unusualAbout = "", "", "", ""
	s.held, s.moving = nil, false
	if s.w.Step() == interview.StepReview {
		s.form, s.fields = nil, nil
		s.openReview()
		s.render()
		return nil
	}
	s.buildForm()
	cmd := s.form.Init()
	s.refreshFocus()
	s.render()
	return cmd
}

// answerAccessor binds a huh field to an answer: huh reads the answer and
// writes back what is typed or picked, which the answers record (a typed
// answer counts at once, a choice when it is left) along with the answers
// that followed it.
type answerAccessor struct {
	s   *state
	key string
}

// Get is the answer as the field shows it: a character a terminal would act
// on or show out of order (a bidirectional override from a draft, U+202E)
// as its escape (internal/termsafe), as every message shows it; the field
// then holds what it shows. Answers without one come back unchanged.
func (x answerAccessor) Get() string { return termsafe.Text(x.s.w.A.Text(x.key)) }

func (x answerAccessor) Set(v string) {
	if x.s.binding {
		return
	}
	x.s.rebinds = append(x.s.rebinds, x.s.w.A.Type(x.key, v)...)
	x.s.refreshHelp()
}

// helpCell is the explanation of a question whose help depends on the
// answers. huh works a DescriptionFunc out in a command, on another
// goroutine, so the function must not read the answers: the walk-through
// works the text out here, on Update's goroutine, whenever an answer
// changes, and the function only loads it. version is the function's
// binding: huh asks again when it changes.
type helpCell struct {
	q       interview.Question
	version int
	text    atomic.Pointer[string]
}

// refreshHelp works out again the help that depends on the answers; it
// reports whether any changed.
func (s *state) refreshHelp() bool {
	changed := false
	for _, c := range s.helps {
		h := c.q.Help(s.w.A)
		if old := c.text.Load(); old != nil && *old == h {
			continue
		}
		c.text.Store(&h)
		c.version++
		changed = true
	}
	return changed
}

// helpChangedMsg makes the form look at its fields' help again after an
// answer changed outside its Update (a choice settled, a refill).
type helpChangedMsg struct{}

// buildForm makes the step's form: one group a page (hidden while its
// predicate does not hold), each field bound to its answer.
func (s *state) buildForm() {
	a := s.w.A
	s.fields = s.fields[:0]
	s.helps = s.helps[:0]
	var groups []*huh.Group
	for _, p := range s.w.Pages() {
		fields := make([]huh.Field, 0, len(p.Questions))
		for _, q := range p.Questions {
			f, rebind := s.makeField(q)
			fields = append(fields, f)
			s.fields = append(s.fields, boundField{q: q, field: f, rebind: rebind})
		}
		g := huh.NewGroup(fields...).Title(p.Title).Description(p.Note(a)).
			WithHideFunc(func() bool { return !p.Shown(a) })
		groups = append(groups, g)
	}
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled()) // ctrl+c is the walk-through's
	s.form = huh.NewForm(groups...).
		WithTheme(formTheme()).
		WithKeyMap(km).
		WithShowHelp(false).
		WithShowErrors(false).
		WithWidth(s.contentWidth())
	s.lastFocus, s.focusValue, s.formHeight = 0, "", 0
	if len(s.fields) > 0 {
		s.focusValue = a.Text(s.fields[0].q.Key)
	}
	s.focusEntered()
}

func (s *state) makeField(q interview.Question) (huh.Field, func()) {
	a := s.w.A
	acc := answerAccessor{s, q.Key}
	if q.IsChoice() {
		choices := q.Choices(a)
		opts := make([]huh.Option[string], len(choices))
		for i, c := range choices {
			opts[i] = huh.NewOption(c.Label, c.Value)
		}
		sel := huh.NewSelect[string]().Key(q.Key).Title(q.Title).Options(opts...)
		describe(s, sel, q)
		bind := func() {
			s.binding = true
			sel.Accessor(acc)
			s.binding = false
		}
		bind()
		return sel, bind
	}
	in := huh.NewInput().Key(q.Key).Title(q.Title).
		Validate(func(text string) error {
			if fe := a.Check(q.Key, text); fe != nil {
				return fe
			}
			return nil
		})
	describe(s, in, q)
	in.Prompt(promptFor(q.Kind))
	if e := q.EmptyMeaning(a); e != "" {
		in.Placeholder("empty: " + e)
	}
	in.Accessor(acc)
	return in, func() {
		// through an empty value, so the text input puts its cursor at the
		// end of the new one (it keeps the old position otherwise: after
		// the first digit of a refilled "2500")
		in.Accessor(&huh.EmbeddedAccessor[string]{})
		in.Accessor(acc)
	}
}

// describe gives a field its explanation: when it depends on the answers,
// a helpCell worked out again whenever they change (huh's DescriptionFunc,
// bound to the cell's version).
func describe[F interface {
	Description(string) F
	DescriptionFunc(func() string, any) F
}](s *state, f F, q interview.Question) {
	if !q.HelpVaries() {
		f.Description(q.Help(s.w.A))
		return
	}
	c := &helpCell{q: q}
	h := q.Help(s.w.A)
	c.text.Store(&h)
	s.helps = append(s.helps, c)
	f.DescriptionFunc(func() string { return *c.text.Load() }, &c.version)
}

func promptFor(k plans.FieldKind) string {
	switch k {
	case plans.KindMoney:
		return "$ "
	case plans.KindPercent:
		return "% "
	}
	return "> "
}

func (s *state) focused() (boundField, int) {
	if s.form != nil {
		f := s.form.GetFocusedField()
		if i := slices.IndexFunc(s.fields, func(bf boundField) bool { return bf.field == f }); i >= 0 {
			return s.fields[i], i
		}
	}
	return boundField{}, -1
}

// focusEntered starts a newly focused answer: one the user has not typed
// here is replaced by the first character typed.
func (s *state) focusEntered() {
	bf, i := s.focused()
	s.replacing = i >= 0 && !bf.q.IsChoice() && !s.typed[bf.q.Key] && s.w.A.Text(bf.q.Key) != ""
}

func (s *state) filtering() bool {
	bf, i := s.focused()
	if i < 0 {
		return false
	}
	f, ok := bf.field.(interface{ GetFiltering() bool })
	return ok && f.GetFiltering()
}

func (s *state) update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok && s.takesText() {
		// only where it is typed as text: elsewhere (the review's list, a
		// choice) an escape would be its six keys, \ u 2 0 2 e, one at a
		// time, and "2" opens step 2; the character alone is no key there
		msg = EscapeRunes(k)
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return nil // the parent sizes the walk-through (SetSize)
	case draftSavedMsg:
		s.draftErr = ""
		if msg.err != nil {
			s.draftErr = "The draft could not be saved: " + msg.err.Error()
		} else {
			s.draftNote = "" // replaced now
		}
		s.render()
		return nil
	case draftFoundMsg:
		if s.draftOps == 0 { // nothing of this walk-through saved yet
			s.draftNote = "Going on replaces your unfinished draft"
			if !msg.saved.IsZero() {
				s.draftNote += " of " + msg.saved.Local().Format("2 Jan 15:04")
			}
			s.draftNote += "; to keep it, press esc before changing anything and resume it from the start screen."
		}
		s.render()
		return nil
	case tea.KeyMsg:
		if key.Matches(msg, s.keys.Interrupt) {
			return s.leaveProgram(tea.Interrupt)
		}
		// keys typed faster than the terminal is read, which Bubble Tea v1
		// hands over as one message ("jjj"), go one at a time where nothing
		// is typed (a choice, the review), as the root does for the other
		// screens (tui/root.go): huh's choices and the review match one key
		// only, and dropped them all. The rest is handed on whole after each
		// key, so a key that opens a text field (s, the file name) leaves
		// what follows to be typed into it.
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !s.takesText() {
			first, rest := msg, msg
			first.Runes, rest.Runes = msg.Runes[:1], msg.Runes[1:]
			return tea.Batch(s.update(first), s.update(rest))
		}
	}
	if s.w.Step() == interview.StepReview {
		cmd := s.updateReview(msg)
		s.render()
		return cmd
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		if s.moving && time.Since(s.movingSince) < moveWait {
			s.held = append(s.held, k)
			return nil
		}
		s.moving = false
		// shift+tab on the first question leaves the step (huh does nothing there)
		if _, i := s.focused(); !s.filtering() && (key.Matches(k, s.keys.Back) || (key.Matches(k, s.keys.PrevField) && i == 0)) {
			return s.back()
		}
		if s.askUnusual(k) {
			s.render()
			return nil
		}
		s.typeOver(k)
	}
	return s.updateForm(msg)
}

// takesText reports whether keys typed now are text: an answer typed, a
// choice's filter, the review's file name.
func (s *state) takesText() bool {
	if s.w.Step() == interview.StepReview {
		return s.review.mode == reviewNaming
	}
	bf, i := s.focused()
	return i < 0 || !bf.q.IsChoice() || s.filtering()
}

// moveWait bounds how long keys are held for a move that does not come.
const moveWait = 250 * time.Millisecond

// updateForm hands a message to the form, then does what it implies: the
// answers changed behind their fields are reloaded, a choice left is
// applied, the draft follows an answer committed, and a finished form
// ends the step.
func (s *state) updateForm(msg tea.Msg) tea.Cmd {
	s.rebinds = s.rebinds[:0]
	_, cmd := s.form.Update(msg)
	bf, i := s.focused()
	left := i != s.lastFocus // an answer was committed (Enter, tab, a choice made)
	if left || s.form.State != huh.StateNormal {
		s.settle()
	}
	if len(s.rebinds) > 0 {
		s.rebind(s.rebinds)
	}
	if s.refreshHelp() {
		cmd = tea.Batch(cmd, func() tea.Msg { return helpChangedMsg{} })
	}
	switch {
	case !left && isMove(msg) && i >= 0 && bf.field.Error() == nil:
		s.moving, s.movingSince = true, time.Now() // huh moves in a command: hold what is typed meanwhile
	case left || s.form.State != huh.StateNormal:
		s.moving = false
	}
	if left && s.form.State == huh.StateNormal && s.w.Changed() {
		cmd = tea.Batch(cmd, s.saveDraftCmd(s.w.Step()))
	}
	switch s.form.State {
	case huh.StateCompleted:
		return tea.Batch(cmd, s.finishStep())
	case huh.StateAborted:
		return tea.Batch(cmd, s.back())
	}
	s.refreshFocus()
	s.render()
	if !s.moving && len(s.held) > 0 {
		held := s.held
		s.held = nil
		cmds := []tea.Cmd{cmd}
		for _, k := range held {
			cmds = append(cmds, s.update(k))
		}
		return tea.Batch(cmds...)
	}
	return cmd
}

// isMove reports a key that moves the form to another question.
func isMove(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyMsg)
	return ok && (k.Type == tea.KeyEnter || k.Type == tea.KeyTab || k.Type == tea.KeyShiftTab)
}

// settle applies the choice the focus is leaving (a plan type refills the
// answers not touched, a bracket fills the tax rate, a preset fills the
// policy) and remembers the newly focused answer.
func (s *state) settle() {
	if s.lastFocus >= 0 && s.lastFocus < len(s.fields) {
		if bf := s.fields[s.lastFocus]; bf.q.IsChoice() {
			s.rebinds = append(s.rebinds, s.w.A.Settle(bf.q.Key, s.focusValue)...)
		}
	}
	s.lastFocus, s.focusValue = -1, ""
	if bf, i := s.focused(); i >= 0 {
		s.lastFocus, s.focusValue = i, s.w.A.Text(bf.q.Key)
	}
	s.focusEntered()
}

// rebind reloads the fields whose answers changed behind them. Such an
// answer is no longer what the user typed: typing replaces it again.
func (s *state) rebind(keys []string) {
	for _, k := range keys {
		delete(s.typed, k)
	}
	for _, bf := range s.fields {
		if slices.Contains(keys, bf.q.Key) {
			bf.rebind()
		}
	}
	s.focusEntered()
}

// typeOver makes the first character typed replace an answer not typed
// here, before the form sees the key; an editing key keeps it to edit.
func (s *state) typeOver(k tea.KeyMsg) {
	bf, i := s.focused()
	if i < 0 || bf.q.IsChoice() {
		return
	}
	switch {
	case (k.Type == tea.KeyRunes || k.Type == tea.KeySpace) && !k.Alt: // text typed
		if s.replacing {
			s.w.A.Type(bf.q.Key, "")
			bf.rebind()
		}
	case slices.Contains(editKeys, k.Type):
	default:
		return
	}
	s.replacing = false
	s.typed[bf.q.Key] = true
}

// editKeys edit an answer's text in place (the text input's own keys).
var editKeys = []tea.KeyType{tea.KeyLeft, tea.KeyRight, tea.KeyHome, tea.KeyEnd, tea.KeyBackspace, tea.KeyDelete,
	tea.KeyCtrlA, tea.KeyCtrlE, tea.KeyCtrlB, tea.KeyCtrlF, tea.KeyCtrlU, tea.KeyCtrlK, tea.KeyCtrlW, tea.KeyCtrlD}

// askUnusual asks once about an answer far above what a real plan or
// clinic has, when Enter or Tab would keep it: the key is held back and the
// question shown; the same key again on the same answer keeps it. It
// reports whether the key was held back.
func (s *state) askUnusual(k tea.KeyMsg) bool {
	if k.Type != tea.KeyEnter && k.Type != tea.KeyTab {
		return false
	}
	bf, i := s.focused()
	if i < 0 || bf.q.IsChoice() {
		return false
	}
	a := s.w.A
	text := a.Text(bf.q.Key)
	if a.Check(bf.q.Key, text) != nil {
		return false // the problem is said first
	}
	q := a.Unusual(bf.q.Key, text)
	if q == "" {
		return false
	}
	about := bf.q.Key + "\x00" + text
	if s.unusualAbout == about {
		a.KeepUnusual(bf.q.Key, text)
		s.unusual, s.unusualAbout = "", ""
		return false
	}
	s.unusual, s.unusualAbout = q+" Press Enter again to keep it, or type another answer.", about
	return true
}

// refreshFocus works out the focused answer's problem (kept as typed, said
// in words) and what more to say about it.
func (s *state) refreshFocus() {
	s.fieldErr, s.extra = "", ""
	bf, i := s.focused()
	if i < 0 || s.unusualAbout != bf.q.Key+"\x00"+s.w.A.Text(bf.q.Key) {
		s.unusual, s.unusualAbout = "", "" // the answer it was about is gone
	}
	if i < 0 {
		return
	}
	a := s.w.A
	if err := bf.field.Error(); err != nil {
		s.fieldErr = s.problemText(bf.q, err)
	} else if !bf.q.IsChoice() {
		// the rules of the field, and those between answers (a deductible
		// met above a deductible just lowered), before Enter is pressed
		if fe := a.Check(bf.q.Key, a.Text(bf.q.Key)); fe != nil {
			s.fieldErr = s.problemText(bf.q, fe)
		}
	}
	s.extra = interview.Describe(bf.q.Key, a.Text(bf.q.Key))
	if s.extra == "" && s.replacing {
		s.extra = typeOverHint
	}
}

// typeOverHint says what typing does to an answer the user has not typed.
const typeOverHint = "Typing replaces this answer · ← or backspace edits it · Enter keeps it"

// problemText is a problem in words: what is wrong, what is allowed, and
// what leaving it empty means.
func (s *state) problemText(q interview.Question, err error) string {
	fe, ok := err.(*plans.FieldError)
	if !ok {
		return err.Error()
	}
	p := interview.Problem(fe)
	if e := q.EmptyMeaning(s.w.A); e != "" {
		p += " (or leave it empty: " + e + ")"
	}
	return p
}

// finishStep runs when the step's form is done: the answers of the step are
// checked once more together, the draft is saved, and the next step opens.
func (s *state) finishStep() tea.Cmd {
	q, fe, ok := s.w.Done()
	if !ok {
		s.buildForm()
		cmd := s.form.Init()
		s.focusKey(q.Key)
		s.refreshFocus()
		s.fieldErr = s.problemText(q, fe)
		s.render()
		return cmd
	}
	return tea.Batch(s.saveDraftCmd(s.w.Step()), s.enter())
}

// focusKey moves a new form's focus to the question of key (huh cannot jump
// to a field, so it steps there).
func (s *state) focusKey(k string) {
	defer s.settle()
	for range 200 {
		bf, i := s.focused()
		if i < 0 || bf.q.Key == k || s.form.State != huh.StateNormal {
			return
		}
		s.form.NextField()
		if _, j := s.focused(); j == i {
			s.form.NextGroup()
		}
		if _, j := s.focused(); j == i {
			return
		}
	}
}

// back goes to the previous step that applies (or back to the review); on
// the first step it leaves the walk-through.
func (s *state) back() tea.Cmd {
	if s.form != nil {
		s.settle() // a choice looked at and left with esc still counts
	}
	from := s.w.Step()
	if s.w.Back() {
		leave := func() tea.Msg { return AbortedMsg{} }
		if s.w.Touched() {
			return tea.Sequence(s.saveDraftCmd(from), leave)
		}
		return leave
	}
	return tea.Batch(s.saveDraftCmd(s.w.Step()), s.enter())
}

// leaveProgram ends the program from the walk-through (end is tea.Quit or
// tea.Interrupt), keeping the answers as the draft first. With nothing
// answered yet an earlier draft stays as it was.
func (s *state) leaveProgram(end tea.Cmd) tea.Cmd {
	if s.draftPath == "" || (s.draftOps == 0 && !s.w.Touched()) {
		return end // no draft file (draftErr says why, on the screen), or nothing to keep
	}
	save, path := s.saveDraftCmd(s.w.Step()), s.draftPath
	return tea.Sequence(func() tea.Msg {
		saved, _ := save().(draftSavedMsg)
		return LeftMsg{Path: path, Err: saved.err}
	}, end)
}

// saveDraftCmd saves the answers as they stand, at step, in a command (a
// copy of the answers: the command must not share them with Update).
func (s *state) saveDraftCmd(step interview.Step) tea.Cmd {
	if s.draftPath == "" {
		return nil
	}
	d := s.w.DraftAt(step, time.Now())
	path, w := s.draftPath, s.drafts
	s.draftOps++
	n := s.draftOps
	return func() tea.Msg { return draftSavedMsg{err: w.save(n, path, d)} }
}

// render draws the screen into s.view, so View does no work.
func (s *state) render() {
	w := s.contentWidth()
	var b strings.Builder
	title := s.st.Title.Render(s.w.Step().Title())
	n, total := s.w.Progress() // counting only the steps of the route
	prog := s.st.Muted.Render("step " + strconv.Itoa(n) + " of " + strconv.Itoa(total))
	if gap := w - lipgloss.Width(title) - lipgloss.Width(prog); gap < 2 {
		b.WriteString(title + "\n" + prog)
	} else {
		b.WriteString(title + strings.Repeat(" ", gap) + prog)
	}
	b.WriteString("\n\n")
	used := lipgloss.Height(b.String()) - 1

	var tail []string
	add := func(style lipgloss.Style, mark, note string) {
		if note != "" {
			// notes name files, which may hold anything: shown escaped
			tail = append(tail, theme.Lines(style, "", text.Wrap(termsafe.Lines(mark+note), w))...)
		}
	}
	add(s.st.Error, "✗ ", s.fieldErr)
	add(s.st.Warn, "! ", s.unusual)
	for _, note := range []string{s.draftErr, s.draftNote, s.o.DraftNote} {
		add(s.st.Warn, "", note)
	}
	if s.w.Step() == interview.StepReview {
		body := s.review.lines
		room := max(1, s.reviewRoom()-len(tail))
		off := clamp(s.review.offset, 0, max(0, len(body)-room))
		b.WriteString(strings.Join(body[off:min(len(body), off+room)], "\n"))
		if len(s.review.tail) > 0 {
			b.WriteString("\n\n" + strings.Join(s.review.tail, "\n"))
		}
	} else {
		// the form gets the room left; what it does not use goes to the
		// explanation below it, which gives way first
		room := max(formMinHeight/2, s.height-used-len(tail))
		if room != s.formHeight {
			s.form.WithHeight(room) // it measures every field: only on a change
			s.formHeight = room
		}
		form := trimBlankLines(s.form.View())
		b.WriteString(form)
		if left := room - lipgloss.Height(form) - 1; s.extra != "" && left > 0 {
			extra := text.Wrap(s.extra, w)
			if len(extra) > left {
				extra = extra[:left]
				extra[left-1] = ansi.Truncate(extra[left-1], w-1, "") + "…"
			}
			b.WriteString("\n\n" + s.st.Muted.Render(strings.Join(extra, "\n")))
		}
	}
	if len(tail) > 0 {
		b.WriteString("\n" + strings.Join(tail, "\n"))
	}
	s.view = clampLines(b.String(), s.width, s.height)
}

const formMinHeight = 12

// trimBlankLines drops the blank lines a form pads itself with at the end.
func trimBlankLines(v string) string {
	lines := strings.Split(v, "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// clampLines cuts a view to the window: no line wider, no more lines.
func clampLines(v string, width, height int) string {
	lines := strings.Split(v, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "")
	}
	return strings.Join(lines, "\n")
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// EscapeRunes is k with each typed or pasted character a terminal would act
// on or show out of order (a bidirectional override, U+202E) replaced by its
// escape (internal/termsafe), as Get shows an answer: the text input drops
// C0 and C1 controls itself but shows bidirectional controls raw. The
// program's own text inputs (tui: the start screen's path, the name to save
// as, the plan to compare) use it too.
func EscapeRunes(k tea.KeyMsg) tea.KeyMsg {
	if k.Type != tea.KeyRunes || !slices.ContainsFunc(k.Runes, termsafe.Escapes) {
		return k
	}
	k.Runes = []rune(termsafe.Text(string(k.Runes)))
	return k
}
