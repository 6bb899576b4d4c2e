package walkthrough

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
)

type reviewMode int

const (
	reviewBrowsing   reviewMode = iota
	reviewNaming                // typing the file name
	reviewConfirming            // the file exists, changed on disk, or has comments: replace it?
	reviewWriting               // waiting for the write
)

// reviewEntry is one line the cursor can rest on.
type reviewEntry struct {
	compare, save bool
	// everything: leave the short route for every question, from step 1
	everything bool
	step       interview.Step
	number     int    // the step's number as shown
	help       string // what enter does on it
}

type reviewState struct {
	cursor  int
	entries []reviewEntry
	lines   []string
	tail    []string // below the list, always in view
	// entryLine is the first line of each entry in lines.
	entryLine []int
	offset    int

	scenario calc.Scenario
	problems plans.Errors
	warnings []calc.Warning

	mode      reviewMode
	name      textinput.Model
	suggested string // the name offered, as it is (name shows it escaped)
	writing   string // the file being written
	replace   string // why the file is asked about: it exists, changed on disk, or has comments
	comments  bool   // and it has comments of the user's, which saving drops
	status    string
	statusErr bool
}

// savedMsg reports a scenario file written from the review.
type savedMsg struct {
	req interview.SaveRequest
	sum string
	err error
	// comments: the file not replaced has comments of the user's
	// (plans.FileHasUserComments), which replacing it would drop
	comments bool
}

// openReview works out the scenario and lays the review out.
func (s *state) openReview() {
	r := &s.review
	r.scenario, r.warnings, r.problems = s.w.A.Reviewed()
	if path, same := s.w.SavedTo(r.scenario); path != "" && !same && !r.statusErr {
		r.status = "" // "Saved to …" is no longer true of these answers
	}
	r.mode = reviewBrowsing
	r.entries = append(r.entries[:0], reviewEntry{compare: true, help: "show the comparison"}, reviewEntry{save: true, help: "save"})
	if s.w.Quick() {
		r.entries = append(r.entries, reviewEntry{everything: true, help: "answer every question"})
	}
	for i, st := range s.w.ReviewSteps() {
		r.entries = append(r.entries, reviewEntry{step: st, number: i + 1, help: "change this step"})
	}
	r.cursor = 0 // back from a step, Enter shows the comparison
	s.renderReview()
}

// renderReview lays out every answer grouped by step, the problems and the
// warnings.
func (s *state) renderReview() {
	r := &s.review
	a := s.w.A
	w := s.contentWidth()
	var lines []string
	r.entryLine = r.entryLine[:0]
	mark := func(i int, entry string) string {
		if i == r.cursor {
			return s.st.Title.Render("> " + entry)
		}
		return "  " + entry
	}
	muted := func(note string) {
		lines = append(lines, theme.Lines(s.st.Muted, "    ", text.Wrap(note, w-4))...)
	}
	for i, e := range r.entries {
		r.entryLine = append(r.entryLine, len(lines))
		switch {
		case e.compare:
			label := "Show the comparison"
			if len(r.problems) > 0 {
				label += " (fix the answers marked ✗ first)"
			}
			lines = append(lines, mark(i, label))
		case e.everything:
			lines = append(lines, mark(i, "Answer every question (the full walk-through)"))
			muted("A quick estimate: the answers marked (assumed) are typical figures you did not give.")
			lines = append(lines, "")
		case e.save:
			label := "Save as a scenario file"
			switch path, same := s.w.SavedTo(r.scenario); {
			case path == "":
			case same:
				label += " (saved to " + termsafe.Text(path) + ")"
			default:
				label += " (changed since saved to " + termsafe.Text(path) + ")"
			}
			lines = append(lines, mark(i, label), "")
		default:
			lines = append(lines, mark(i, strconv.Itoa(e.number)+" "+e.step.Title()))
			var bad []string
			for _, p := range a.ReviewPages(e.step) {
				for _, q := range p.Questions {
					for _, pr := range r.problems {
						if pr.Path == q.Key {
							bad = append(bad, "✗ "+q.Title+": "+s.problemText(q, &pr))
						}
					}
				}
				muted(a.Summary(e.step, p, " · "))
			}
			for _, b := range bad {
				lines = append(lines, theme.Lines(s.st.Error, "    ", text.Wrap(b, w-4))...)
			}
		}
	}
	// problems no step asks about (should not happen, but never hide one)
	for _, p := range r.problems {
		if p.Path == "" || !interview.IsAnswerKey(p.Path) {
			lines = append(lines, theme.Lines(s.st.Error, "", text.Wrap("✗ "+p.Error(), w))...)
		}
	}
	if len(r.warnings) > 0 {
		lines = append(lines, "", s.st.Warn.Render("To know before you compare:"))
		for _, wn := range r.warnings {
			lines = append(lines, theme.Lines(s.st.Warn, "", text.WrapIndent("! ", plans.WarningText(wn), w))...)
		}
	}
	r.lines = lines
	// what is being asked, and the last outcome, stay in view below the list
	lines = nil
	switch r.mode {
	case reviewNaming, reviewWriting:
		lines = append(lines, "Save as: "+r.name.View())
	case reviewConfirming:
		why := r.replace + "."
		if r.comments {
			why += " It has comments, which saving does not keep."
		}
		lines = append(lines, theme.Lines(s.st.Warn, "", text.Wrap(termsafe.Text(r.writing)+" "+why+" Replace it? (y: replace it, n: keep it)", w))...)
	}
	if r.status != "" {
		st := s.st.Good
		if r.statusErr {
			st = s.st.Error
		}
		lines = append(lines, theme.Lines(st, "", text.Wrap(r.status, w))...)
	}
	r.tail = lines
	s.scrollReview()
}

// scrollReview keeps the cursor's entry, and a question being asked, in
// view.
func (s *state) scrollReview() {
	r := &s.review
	room := s.reviewRoom()
	top, bottom := r.entryLine[r.cursor], len(r.lines)
	if r.cursor+1 < len(r.entryLine) {
		bottom = r.entryLine[r.cursor+1]
	}
	// its top in view, then its bottom (the first entry's top is line 0)
	r.offset = max(min(r.offset, top), bottom-room)
	r.offset = clamp(r.offset, 0, max(0, len(r.lines)-1))
}

// reviewRoom is the number of lines the list of answers gets.
func (s *state) reviewRoom() int {
	r := &s.review
	used := 2 + len(r.tail) // the title, a blank line
	if len(r.tail) > 0 {
		used++ // a blank line above the tail
	}
	return max(1, s.height-used)
}

func (s *state) updateReview(msg tea.Msg) tea.Cmd {
	r := &s.review
	var cmd tea.Cmd
	saved, isSaved := msg.(savedMsg)
	k, isKey := msg.(tea.KeyMsg)
	naming, confirming := isKey && r.mode == reviewNaming, isKey && r.mode == reviewConfirming
	switch {
	case isSaved:
		cmd = s.saved(saved)
	case isKey && r.mode == reviewBrowsing:
		cmd = s.reviewKey(k)
	case naming && key.Matches(k, s.keys.Cancel):
		r.mode, r.status = reviewBrowsing, ""
	case naming && key.Matches(k, s.keys.Open):
		name := r.name.Value()
		if name == termsafe.Text(r.suggested) {
			name = r.suggested
		}
		cmd = s.write(name, false, false)
	case confirming && key.Matches(k, s.keys.Yes):
		// yes to "exists": replace it, unless it changed on disk since the
		// answers read it; yes to that: replace it
		cmd = s.write(r.writing, true, r.replace == changedOnDisk)
	case confirming && key.Matches(k, s.keys.No):
		r.mode = reviewNaming
		r.status, r.statusErr = "Type another name, or esc to cancel.", false
		cmd = r.name.Focus()
	case r.mode == reviewNaming: // what is typed, and the cursor's blink
		r.name, cmd = r.name.Update(msg)
	}
	if s.w.Step() == interview.StepReview {
		s.renderReview()
	}
	return cmd
}

func (s *state) reviewKey(msg tea.KeyMsg) tea.Cmd {
	r := &s.review
	switch {
	case key.Matches(msg, s.keys.Up):
		r.cursor = max(0, r.cursor-1)
	case key.Matches(msg, s.keys.Down):
		r.cursor = min(len(r.entries)-1, r.cursor+1)
	case key.Matches(msg, s.keys.Open):
		return s.openEntry(r.entries[r.cursor])
	case key.Matches(msg, s.jumpKey()): // the digits of the steps shown
		n, _ := strconv.Atoi(msg.String())
		for _, e := range r.entries {
			if e.number == n { // 0 on the lines that are not a step
				return s.openEntry(e)
			}
		}
	case key.Matches(msg, s.keys.Save):
		return s.openEntry(reviewEntry{save: true})
	case key.Matches(msg, s.keys.Compare):
		return s.openEntry(reviewEntry{compare: true})
	case key.Matches(msg, s.keys.Everything) && s.w.Quick():
		return s.openEntry(reviewEntry{everything: true})
	case key.Matches(msg, s.keys.Leave):
		return tea.Sequence(s.saveDraftCmd(interview.StepReview), func() tea.Msg { return AbortedMsg{} })
	case key.Matches(msg, s.keys.Back):
		s.w.Open(s.w.Last())
		return tea.Batch(s.saveDraftCmd(s.w.Step()), s.enter())
	}
	return nil
}

func (s *state) openEntry(e reviewEntry) tea.Cmd {
	r := &s.review
	switch {
	case e.compare:
		c, ok := s.w.Complete()
		if !ok {
			r.status, r.statusErr = "Some answers are not valid yet: change the steps marked ✗.", true
			return nil
		}
		// changes saved nowhere stay as the draft (Completion.KeepDraft)
		// until the program saves them and calls RemoveDraft
		draft, w := s.draftPath, s.drafts
		keep := draft != "" && c.KeepDraft
		d := s.w.DraftAt(interview.StepReview, time.Now()) // resumed, it belongs to the file again
		s.draftOps++
		n := s.draftOps
		return func() tea.Msg {
			switch {
			case keep:
				keep = w.save(n, draft, d) == nil
			case draft != "":
				// a failure to remove it only means it is offered once more
				_ = w.remove(n, draft)
			}
			return CompletedMsg{Completion: c, DraftKept: keep}
		}
	case e.save:
		if len(r.problems) > 0 {
			r.status, r.statusErr = "A scenario file is written only from valid answers: change the steps marked ✗ first.", true
			return nil
		}
		r.name = textinput.New()
		r.name.Prompt = "> "
		r.name.CharLimit = 4096
		r.name.Width = max(20, s.contentWidth()-12)
		// the answers' own file's name may hold anything (a bidirectional
		// override): shown escaped, as every message shows it, and Enter on
		// what it shows still means that file (updateReview)
		r.suggested = s.w.SaveName(r.scenario)
		r.name.SetValue(termsafe.Text(r.suggested))
		r.mode = reviewNaming
		r.status, r.statusErr = "Enter saves; esc cancels. An existing file is never replaced without asking.", false
		if s.w.ExpectFor(plans.WithScenarioExt(r.suggested)) != "" {
			// its own file is replaced without asking (interview.Walk.Request)
			r.status = "Enter saves over this file; esc cancels. Another existing file is never replaced without asking."
		}
		return r.name.Focus()
	case e.everything:
		s.w.Everything()
		return tea.Batch(s.saveDraftCmd(s.w.Step()), s.enter())
	default:
		s.w.Open(e.step)
		return tea.Batch(s.saveDraftCmd(e.step), s.enter())
	}
}

// write saves the scenario to path in a command, the one save path
// (interview.Save), by the walk-throughs' one rule (interview.Walk.Request):
// the answers' own file without asking while it is as they read it and has
// no comments of the user's; another existing file only when overwrite
// (the user said yes); one changed on disk only when force (yes to that).
func (s *state) write(path string, overwrite, force bool) tea.Cmd {
	r := &s.review
	if path = strings.TrimSpace(path); path == "" {
		r.status, r.statusErr = "Type a file name.", true
		return nil
	}
	req := s.w.Request(plans.WithScenarioExt(path), r.scenario, overwrite, force)
	r.mode, r.writing = reviewWriting, req.Path
	r.status, r.statusErr = "Saving…", false
	return func() tea.Msg {
		sum, err := interview.Save(req)
		msg := savedMsg{req: req, sum: sum, err: err}
		if interview.IsExists(err) || errors.Is(err, interview.ErrChangedOnDisk) {
			msg.comments = plans.FileHasUserComments(req.Path)
		}
		return msg
	}
}

// changedOnDisk is why a file is asked about when it changed since read.
const changedOnDisk = "changed on disk since it was read"

func (s *state) saved(msg savedMsg) tea.Cmd {
	r := &s.review
	switch {
	case msg.err == nil:
		s.w.Saved(msg.req.Path, msg.sum, msg.req.Scenario)
		r.mode = reviewBrowsing
		r.status, r.statusErr = "Saved to "+termsafe.Text(msg.req.Path)+".", false
	case interview.IsExists(msg.err) && !msg.req.Overwrite:
		r.mode, r.writing, r.replace, r.status = reviewConfirming, msg.req.Path, "already exists", ""
		r.comments = msg.comments
	case errors.Is(msg.err, interview.ErrChangedOnDisk):
		r.mode, r.writing, r.replace, r.status = reviewConfirming, msg.req.Path, changedOnDisk, ""
		r.comments = msg.comments
	case errors.Is(msg.err, interview.ErrHasComments):
		// its own file, unchanged: the comments are the only reason to ask
		r.mode, r.writing, r.replace, r.status = reviewConfirming, msg.req.Path, interview.ErrHasComments.Error(), ""
		r.comments = false
	default:
		r.mode = reviewNaming
		r.status, r.statusErr = termsafe.Text(msg.err.Error()), true
		return r.name.Focus()
	}
	return nil
}

func (s *state) reviewHelp() []key.Binding {
	switch s.review.mode {
	case reviewNaming:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")), s.keys.Cancel}
	case reviewConfirming:
		return []key.Binding{s.keys.Yes, s.keys.No}
	}
	open := s.keys.Open
	if r := s.review; r.cursor < len(r.entries) {
		open = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", r.entries[r.cursor].help))
	}
	keys := []key.Binding{open, s.jumpKey(), s.keys.Help}
	if s.w.Quick() {
		keys = append(keys, s.keys.Everything)
	}
	return append(keys, s.keys.Save, s.keys.Back, s.keys.Leave)
}

// jumpKey is Jump for the steps shown ("1–4" without a plan): a digit key
// each, up to 9 (jumpKeys).
func (s *state) jumpKey() key.Binding {
	n := 0
	for _, e := range s.review.entries {
		n = max(n, e.number)
	}
	if n < 1 {
		return s.keys.Jump
	}
	return jumpKeys(n)
}

// jumpKeys binds the digits 1 to n, for n steps: one key each, so at most
// 1–9; a step past the ninth has no digit of its own (a "1" then a "0"
// would open step 1 at once) and is reached with ↑/↓ and enter.
func jumpKeys(n int) key.Binding {
	n = min(n, 9)
	keys := make([]string, 0, n)
	for i := 1; i <= n; i++ {
		keys = append(keys, strconv.Itoa(i))
	}
	help := "1"
	if n > 1 {
		help += "–" + strconv.Itoa(n)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, "change a step"))
}
