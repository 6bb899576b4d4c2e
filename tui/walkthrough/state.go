package walkthrough

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
)

// maxContentWidth keeps lines readable on a wide terminal.
const maxContentWidth = 100

// boundField is one question of the current form and the huh field bound to
// its answer.
type boundField struct {
	q     Question
	field huh.Field
	page  int
	// rebind reloads the field from its answer, after the answer changed
	// behind the field's back (a preset refill, a bracket filling the rate).
	rebind func()
}

// draftSavedMsg reports a draft save.
type draftSavedMsg struct{ err error }

// draftFoundMsg: a walk-through started afresh found an unfinished draft
// on disk, which its first save will replace.
type draftFoundMsg struct{ saved time.Time }

// findDraftCmd looks for an unfinished draft at path (in a command: no file
// is read in Update).
func findDraftCmd(path string) tea.Cmd {
	return func() tea.Msg {
		d, err := LoadDraft(path)
		if err != nil || d == nil {
			return nil
		}
		return draftFoundMsg{saved: d.Saved}
	}
}

// state is the walk-through's state. It lives on the heap: huh binds its
// fields to the answers, and the form is a pointer anyway.
type state struct {
	o         Options
	a         *Answers
	st        theme.Styles
	keys      KeyMap
	draftPath string
	draftErr  string
	// draftNote: going on replaces an unfinished draft found on disk
	// (shown until this walk-through first saves its own).
	draftNote string
	drafts    *draftWriter // shared with the commands that save the draft
	draftOps  int          // numbers the draft's saves and removal in order
	kept      keptAnswers  // the answers as the draft last kept them

	width, height int

	step     Step
	toReview bool // completing or leaving a step returns to the review
	// quick: the short route (Options.Quick), until the review offers
	// every question; a step opened from the review asks all of its own.
	quick   bool
	form    *huh.Form
	fields  []boundField
	initCmd tea.Cmd
	// lastFocus is the index in fields of the focused answer, and
	// focusValue its answer when it was focused.
	lastFocus  int
	focusValue string
	formHeight int // the height last given to the form (0: none yet)
	// formFresh: no key has reached the form yet, so a move message can
	// only be a late one from the form it replaced.
	formFresh bool

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

func newState(o Options) *state {
	s := &state{o: o, st: o.Styles, keys: DefaultKeyMap(), width: 80, height: 24, drafts: &draftWriter{}, typed: map[string]bool{}}
	if _, none := s.st.Error.GetForeground().(lipgloss.NoColor); none {
		s.st = theme.DefaultStyles() // a zero Styles: the parent passed none
	}
	s.draftPath = o.DraftPath
	if s.draftPath == "" {
		p, err := DefaultDraftPath()
		if err != nil {
			s.draftErr = err.Error() + ": the draft will not be kept"
		}
		s.draftPath = p
	}
	s.a = NewAnswersFor(o) // a file's answers are the user's: a new plan type keeps them
	s.quick = o.Quick
	step := o.Step
	if o.Draft != nil {
		step = o.Draft.Step
		s.quick = o.Draft.Quick
		if s.o.Path == "" {
			s.o.Path = o.Draft.Path
		}
	} else if step != StepPlan {
		s.toReview = true // opened to change one step: back to the review after it
	}
	if step < StepPlan || step > StepReview {
		step = StepPlan
	}
	s.kept = s.a.kept()
	s.initCmd = s.enter(step)
	if o.Draft == nil && s.draftPath != "" {
		s.initCmd = tea.Batch(s.initCmd, findDraftCmd(s.draftPath))
	}
	return s
}

// init is the first step's form's start (its focus is already set: the
// command only starts the cursor's blink and huh's own refresh).
func (s *state) init() tea.Cmd { return s.initCmd }

func (s *state) setSize(w, h int) {
	s.width, s.height = max(w, 20), max(h, 8)
	s.formHeight = 0 // measure the form again at the new size
	if s.form != nil {
		s.form.WithWidth(s.contentWidth())
	}
	if s.step == StepReview {
		s.renderReview()
	}
	s.render()
}

func (s *state) contentWidth() int { return min(s.width, maxContentWidth) }

// applicable lists the steps asked with the answers so far, on the route
// taken (the short route's, or every step that applies).
func (s *state) applicable() []Step {
	var out []Step
	for _, st := range Steps {
		if s.a.Asked(st, s.quick) {
			out = append(out, st)
		}
	}
	return out
}

// routeQuick reports whether the step being entered asks the short
// route's questions: on the short route, going forward (a step opened from
// the review asks all of its questions).
func (s *state) routeQuick() bool { return s.quick && !s.toReview }

// asked reports whether step is asked going forward on the route.
func (s *state) asked(step Step) bool { return s.a.Asked(step, s.routeQuick()) }

// enter opens a step (the next one that applies, going forward).
func (s *state) enter(step Step) tea.Cmd {
	for step < StepReview && !s.asked(step) {
		step++
	}
	s.step = step
	s.fieldErr, s.extra = "", ""
	if step == StepReview {
		s.form, s.fields = nil, nil
		s.toReview = true
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

// buildForm makes the step's form: one group a page, each field bound to
// its answer.
func (s *state) buildForm() {
	pages := s.a.StepPages(s.step, s.routeQuick())
	s.fields = s.fields[:0]
	groups := make([]*huh.Group, 0, len(pages))
	for pi, p := range pages {
		fields := make([]huh.Field, 0, len(p.Questions))
		for _, q := range p.Questions {
			f, rebind := s.makeField(q)
			fields = append(fields, f)
			s.fields = append(s.fields, boundField{q: q, field: f, page: pi, rebind: rebind})
		}
		g := huh.NewGroup(fields...).Title(p.Title).Description(p.Note)
		if p.show != nil {
			page, a := p, s.a
			g.WithHideFunc(func() bool { return !page.Shown(a) })
		}
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
	s.lastFocus, s.focusValue, s.formHeight, s.formFresh = 0, "", 0, true
	if len(s.fields) > 0 {
		s.focusValue = s.a.Text(s.fields[0].q.Key)
	}
	s.focusEntered()
}

// focusEntered starts a newly focused answer: one the user has not typed
// here is replaced by the first character typed.
func (s *state) focusEntered() {
	bf, i := s.focused()
	s.replacing = i >= 0 && bf.q.Choices == nil && !s.typed[bf.q.Key] && s.a.Text(bf.q.Key) != ""
}

// typeOver makes the first character typed replace an answer not typed
// here, before the form sees the key; an editing key keeps it to edit.
func (s *state) typeOver(k tea.KeyMsg) {
	bf, i := s.focused()
	if i < 0 || bf.q.Choices != nil {
		return
	}
	switch {
	case isTextKey(k):
		if s.replacing {
			*s.a.ptr(bf.q.Key) = ""
			bf.rebind()
		}
	case isEditKey(k):
	default:
		return
	}
	s.replacing = false
	s.typed[bf.q.Key] = true
}

// askUnusual asks once about an answer far above what a real plan or
// clinic has, when Enter or Tab would keep it: the key is held back and the
// question shown; the same key again on the same answer keeps it. It
// reports whether the key was held back.
func (s *state) askUnusual(k tea.KeyMsg) bool {
	if k.Type != tea.KeyEnter && k.Type != tea.KeyTab {
		return false
	}
	bf, i := s.focused()
	if i < 0 || bf.q.Choices != nil {
		return false
	}
	text := s.a.Text(bf.q.Key)
	if s.a.Check(bf.q.Key, text) != nil {
		return false // the problem is said first
	}
	q := s.a.Unusual(bf.q.Key, text)
	if q == "" {
		return false
	}
	about := bf.q.Key + "\x00" + text
	if s.unusualAbout == about {
		s.a.KeepUnusual(bf.q.Key, text)
		s.unusual, s.unusualAbout = "", ""
		return false
	}
	s.unusual, s.unusualAbout = q+" Press Enter again to keep it, or type another answer.", about
	return true
}

// isTextKey reports a key that types text into an answer.
func isTextKey(k tea.KeyMsg) bool {
	return (k.Type == tea.KeyRunes || k.Type == tea.KeySpace) && !k.Alt
}

// isEditKey reports a key that edits an answer's text in place (the text
// input's own keys).
func isEditKey(k tea.KeyMsg) bool {
	switch k.Type {
	case tea.KeyLeft, tea.KeyRight, tea.KeyHome, tea.KeyEnd, tea.KeyBackspace, tea.KeyDelete,
		tea.KeyCtrlA, tea.KeyCtrlE, tea.KeyCtrlB, tea.KeyCtrlF, tea.KeyCtrlU, tea.KeyCtrlK,
		tea.KeyCtrlW, tea.KeyCtrlD:
		return true
	}
	return false
}

func (s *state) makeField(q Question) (huh.Field, func()) {
	p := s.a.ptr(q.Key)
	if q.Choices != nil {
		opts := make([]huh.Option[string], len(q.Choices))
		for i, c := range q.Choices {
			opts[i] = huh.NewOption(c.Label, c.Value)
		}
		sel := huh.NewSelect[string]().Key(q.Key).Title(q.Title).Description(q.Help).Options(opts...)
		sel.Value(p)
		return sel, func() { sel.Value(p) }
	}
	a, k := s.a, q.Key
	in := huh.NewInput().Key(q.Key).Title(q.Title).Description(q.Help).
		Validate(func(text string) error {
			if fe := a.Check(k, text); fe != nil {
				return fe
			}
			return nil
		})
	in.Prompt(promptFor(q.Kind))
	if q.Empty != "" {
		in.Placeholder("empty: " + q.Empty)
	}
	in.Value(p)
	return in, func() {
		// through an empty value, so the text input puts its cursor at
		// the end of the new one (it keeps the old position otherwise:
		// after the first digit of a refilled "2500")
		var blank string
		in.Value(&blank)
		in.Value(p)
	}
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
	if s.form == nil {
		return boundField{}, -1
	}
	f := s.form.GetFocusedField()
	for i, bf := range s.fields {
		if bf.field == f {
			return bf, i
		}
	}
	return boundField{}, -1
}

// onFirstField: shift+tab here leaves the step (huh does nothing there).
func (s *state) onFirstField() bool {
	_, i := s.focused()
	return i == 0
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
	}
	if s.step == StepReview {
		cmd := s.updateReview(msg)
		s.render()
		return cmd
	}
	if k, ok := msg.(tea.KeyMsg); ok && !s.filtering() {
		if key.Matches(k, s.keys.Back) || (key.Matches(k, s.keys.PrevField) && s.onFirstField()) {
			return s.back()
		}
	}

	switch msg := msg.(type) {
	case tea.KeyMsg:
		s.formFresh = false
		if s.askUnusual(msg) {
			s.render()
			return nil
		}
		s.typeOver(msg)
	default:
		if s.formFresh && isFormMove(msg) {
			// a move the previous step's form asked for (Enter pressed
			// twice quickly on its last question) must not move this one
			return nil
		}
	}
	before := make([]string, len(s.fields))
	for i, bf := range s.fields {
		before[i] = s.a.Text(bf.q.Key)
	}
	_, cmd := s.form.Update(msg)
	var refill []string
	for i, bf := range s.fields {
		// a typed answer counts at once; a choice only when it is left
		// (settle), so looking through the plan types changes nothing
		if bf.q.Choices == nil && s.a.Text(bf.q.Key) != before[i] {
			refill = append(refill, s.a.Changed(bf.q.Key)...)
		}
	}
	_, i := s.focused()
	left := i != s.lastFocus // an answer was committed (Enter, tab, a choice made)
	if left || s.form.State != huh.StateNormal {
		refill = append(refill, s.settle()...)
	}
	if len(refill) > 0 {
		s.rebind(refill)
	}
	if left && s.form.State == huh.StateNormal {
		cmd = tea.Batch(cmd, s.saveAnswerCmd())
	}
	switch s.form.State {
	case huh.StateCompleted:
		return tea.Batch(cmd, s.finishStep())
	case huh.StateAborted:
		return tea.Batch(cmd, s.back())
	}
	s.refreshFocus()
	s.render()
	return cmd
}

// isFormMove reports huh's own messages that move between questions and
// pages (unexported types, so recognised by name).
func isFormMove(msg tea.Msg) bool {
	switch fmt.Sprintf("%T", msg) {
	case "huh.nextFieldMsg", "huh.prevFieldMsg", "huh.nextGroupMsg", "huh.prevGroupMsg":
		return true
	}
	return false
}

// settle applies the choice the focus is leaving (a plan type refills the
// answers not touched, a bracket fills the tax rate, a preset fills the
// policy) and remembers the newly focused answer. It returns the keys whose
// answers changed.
func (s *state) settle() []string {
	var changed []string
	if s.lastFocus >= 0 && s.lastFocus < len(s.fields) {
		bf := s.fields[s.lastFocus]
		switch {
		case bf.q.Choices != nil && s.a.Text(bf.q.Key) != s.focusValue:
			changed = s.a.Changed(bf.q.Key)
		case bf.q.Choices != nil:
			changed = s.a.Confirm(bf.q.Key)
		}
	}
	s.lastFocus = -1
	s.focusValue = ""
	if bf, i := s.focused(); i >= 0 {
		s.lastFocus, s.focusValue = i, s.a.Text(bf.q.Key)
	}
	s.focusEntered()
	return changed
}

// rebind reloads the fields whose answers changed behind them. Such an
// answer is no longer what the user typed: typing replaces it again.
func (s *state) rebind(keys []string) {
	for _, k := range keys {
		delete(s.typed, k)
	}
	for _, bf := range s.fields {
		for _, k := range keys {
			if bf.q.Key == k {
				bf.rebind()
				break
			}
		}
	}
	s.focusEntered()
}

// refreshFocus works out the focused answer's problem (kept as typed, said
// in words) and what more to say about the focused choice.
func (s *state) refreshFocus() {
	s.fieldErr, s.extra = "", ""
	bf, i := s.focused()
	if i < 0 || s.unusualAbout != bf.q.Key+"\x00"+s.a.Text(bf.q.Key) {
		s.unusual, s.unusualAbout = "", "" // the answer it was about is gone
	}
	if i < 0 {
		return
	}
	if err := bf.field.Error(); err != nil {
		s.fieldErr = problemText(bf.q, err)
	} else if bf.q.Choices == nil {
		// the rules of the field, and those between answers (a deductible
		// met above a deductible just lowered), before Enter is pressed
		if fe := s.a.Check(bf.q.Key, s.a.Text(bf.q.Key)); fe != nil {
			s.fieldErr = problemText(bf.q, fe)
		}
	}
	switch bf.q.Key {
	case "plan.type":
		s.extra = plans.PlanDescription(calc.PlanType(s.a.Text("plan.type")))
	case KeySupplementalChoice:
		s.extra = SupplementalDescription(s.a.Text(KeySupplementalChoice))
	default:
		if s.replacing {
			s.extra = typeOverHint
		}
	}
}

// typeOverHint says what typing does to an answer the user has not typed.
const typeOverHint = "Typing replaces this answer · ← or backspace edits it · Enter keeps it"

// problemText is a problem in words: what is wrong, and what is allowed.
func problemText(q Question, err error) string {
	fe, ok := err.(*plans.FieldError)
	if !ok {
		return err.Error()
	}
	p := Problem(fe)
	if q.Empty != "" {
		p += " (or leave it empty: " + q.Empty + ")"
	}
	return p
}

// Problem says what is wrong with a typed answer and what is allowed, as
// both walk-throughs (full-screen and line by line) say it: "The answer abc
// is not a number. Allowed: …". The text as typed is never capitalised.
// What an empty answer means is left to each walk-through's own words.
func Problem(fe *plans.FieldError) string {
	p := fe.Problem
	if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
		p = "The answer " + p // "is required", or the text as typed
	}
	if fe.Allowed != "" {
		p += ". Allowed: " + plans.AllowedWhenTyped(fe.Allowed)
	}
	return p
}

// finishStep runs when the step's form is done: the answers of the step are
// checked once more together (plans.Resolve), the draft is saved, and the
// next step opens.
func (s *state) finishStep() tea.Cmd {
	if q, problem, ok := s.stepProblem(); ok {
		s.buildForm()
		cmd := s.form.Init()
		s.focusKey(q.Key)
		s.focusEntered()
		s.refreshFocus()
		s.fieldErr = problem
		s.render()
		return cmd
	}
	next := StepReview
	if !s.toReview {
		next = s.step + 1
		for next < StepReview && !s.asked(next) {
			next++
		}
	}
	save := s.saveDraftCmd(next)
	return tea.Batch(save, s.enter(next))
}

// stepProblem finds the first answer of the step (in the order asked) that
// keeps the answers from making a scenario.
func (s *state) stepProblem() (Question, string, bool) {
	_, _, errs := s.a.Scenario()
	if len(errs) == 0 {
		return Question{}, "", false
	}
	for _, p := range s.a.StepPages(s.step, s.routeQuick()) {
		if !p.Shown(s.a) {
			continue
		}
		for _, q := range p.Questions {
			for i := range errs {
				if errs[i].Path == q.Key {
					return q, problemText(q, &errs[i]), true
				}
			}
		}
	}
	return Question{}, "", false
}

// focusKey moves a new form's focus to the question of key (huh cannot jump
// to a field, so it steps there).
func (s *state) focusKey(k string) {
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
	if s.toReview && s.step != StepReview {
		return tea.Batch(s.saveDraftCmd(StepReview), s.enter(StepReview))
	}
	prev := s.step - 1
	for prev >= StepPlan && !s.asked(prev) {
		prev--
	}
	if prev < StepPlan {
		leave := func() tea.Msg { return AbortedMsg{} }
		if len(s.a.TouchedKeys()) > 0 {
			return tea.Sequence(s.saveDraftCmd(s.step), leave)
		}
		return leave
	}
	return tea.Batch(s.saveDraftCmd(prev), s.enterBack(prev))
}

// enterBack opens a step going backwards (skipping steps that do not apply
// backwards too).
func (s *state) enterBack(step Step) tea.Cmd {
	return s.enter(step)
}

// leaveProgram ends the program from the walk-through (end is tea.Quit or
// tea.Interrupt), keeping the answers as the draft first. With nothing
// answered yet an earlier draft stays as it was.
func (s *state) leaveProgram(end tea.Cmd) tea.Cmd {
	if s.draftOps == 0 && len(s.a.TouchedKeys()) == 0 {
		return end
	}
	return tea.Sequence(s.saveDraftCmd(s.step), end)
}

// saveDraftCmd saves the answers as they stand, at step, in a command (a
// copy of the answers: the command must not share them with Update).
func (s *state) saveDraftCmd(step Step) tea.Cmd {
	if s.draftPath == "" {
		return nil
	}
	d := s.a.draft(step, s.o.Path, s.o.FileSum, time.Now())
	d.Quick = s.quick
	s.kept = keptAnswers{answers: d.Answers, touched: d.Touched}
	path, w := s.draftPath, s.drafts
	s.draftOps++
	n := s.draftOps
	return func() tea.Msg { return draftSavedMsg{err: w.save(n, path, d)} }
}

// progress is "step 3 of 8", counting only the steps that apply.
func (s *state) progress() string {
	steps := s.applicable()
	n := 0
	for i, st := range steps {
		if st == s.step {
			n = i + 1
		}
	}
	return "step " + strconv.Itoa(n) + " of " + strconv.Itoa(len(steps))
}

// render draws the screen into s.view, so View does no work.
func (s *state) render() {
	w := s.contentWidth()
	var b strings.Builder
	title := s.st.Title.Render(s.step.Title())
	prog := s.st.Muted.Render(s.progress())
	gap := w - lipgloss.Width(title) - lipgloss.Width(prog)
	if gap < 2 {
		b.WriteString(title + "\n" + prog)
	} else {
		b.WriteString(title + strings.Repeat(" ", gap) + prog)
	}
	b.WriteString("\n")
	used := lipgloss.Height(b.String())

	var tail []string
	if s.fieldErr != "" {
		for _, l := range wrapLines("✗ "+s.fieldErr, w) {
			tail = append(tail, s.st.Error.Render(l))
		}
	}
	if s.unusual != "" {
		for _, l := range wrapLines("! "+s.unusual, w) {
			tail = append(tail, s.st.Warn.Render(l))
		}
	}
	for _, note := range []string{s.draftErr, s.draftNote, s.o.DraftNote} {
		if note != "" {
			for _, l := range wrapLines(note, w) {
				tail = append(tail, s.st.Warn.Render(l))
			}
		}
	}
	if s.step == StepReview {
		b.WriteString("\n")
		body := s.review.lines
		room := max(1, s.reviewRoom()-len(tail))
		off := clamp(s.review.offset, 0, max(0, len(body)-room))
		end := min(len(body), off+room)
		b.WriteString(strings.Join(body[off:end], "\n"))
		if len(s.review.tail) > 0 {
			b.WriteString("\n\n" + strings.Join(s.review.tail, "\n"))
		}
	} else {
		b.WriteString("\n")
		used++
		// the form gets the room left; what it does not use goes to the
		// explanation below it, which gives way first
		room := max(formMinHeight/2, s.height-used-len(tail))
		if room != s.formHeight {
			s.form.WithHeight(room) // it measures every field: only on a change
			s.formHeight = room
		}
		form := trimBlankLines(s.form.View())
		b.WriteString(form)
		left := room - lipgloss.Height(form) - 1
		if s.extra != "" && left > 0 {
			extra := wrapLines(s.extra, w)
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

// wrapLines wraps text to width, one string a line.
func wrapLines(text string, width int) []string {
	return strings.Split(ansi.Wordwrap(text, max(10, width), " "), "\n")
}

// clampLines cuts a view to the window: no line wider, no more lines.
func clampLines(v string, width, height int) string {
	lines := strings.Split(v, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

func (s *state) shortHelp() []key.Binding {
	if s.step == StepReview {
		return s.reviewHelp()
	}
	bf, i := s.focused()
	var out []key.Binding
	if i >= 0 && bf.q.Choices != nil {
		out = append(out, s.keys.Choose)
	}
	out = append(out, s.keys.Next)
	if !s.typesQuestionMark() {
		out = append(out, s.keys.Help) // before the keys a narrow footer cuts first
	}
	return append(out, s.keys.PrevField, s.keys.Back)
}

func (s *state) typesQuestionMark() bool {
	if s.step == StepReview {
		return s.review.mode == reviewNaming
	}
	bf, i := s.focused()
	return i >= 0 && bf.q.Choices == nil && bf.q.Kind == plans.KindText
}

// fullHelp is every key that works where the user is (the questions' keys,
// or the review's), in two columns that fit an 80-column terminal.
func (s *state) fullHelp() [][]key.Binding {
	if s.step == StepReview {
		first := []key.Binding{s.keys.Up, s.keys.Down, s.keys.Open, s.jumpKey()}
		if s.quick {
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
