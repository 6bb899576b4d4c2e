package walkthrough

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
)

type reviewMode int

const (
	reviewBrowsing   reviewMode = iota
	reviewNaming                // typing the file name
	reviewConfirming            // the file exists: replace it?
	reviewWriting               // waiting for the write
)

// reviewEntry is one line the cursor can rest on.
type reviewEntry struct {
	compare, save bool
	// everything: leave the short route for every question, from the first
	// step
	everything bool
	step       Step
	number     int // the step's number as shown
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
	writing   string // the file being written
	status    string
	statusErr bool
	savedPath string
	// savedScenario is what was written to savedPath, savedSum its
	// plans.ContentSum.
	savedScenario calc.Scenario
	savedSum      string
}

// savedMsg reports a scenario file written from the review.
type savedMsg struct {
	path      string
	overwrite bool
	err       error
	scenario  calc.Scenario // what was written
	sum       string        // plans.ContentSum of the bytes written
}

// openReview works out the scenario and lays the review out.
func (s *state) openReview() {
	r := &s.review
	r.scenario, r.warnings, r.problems = s.a.Scenario()
	if len(r.problems) == 0 {
		// figures kept when asked "unusually high: keep it?" stay in view
		r.warnings = append(plans.UnusualWarnings(r.scenario), r.warnings...)
	}
	if r.savedPath != "" && r.scenario != r.savedScenario && !r.statusErr {
		r.status = "" // "Saved to …" is no longer true of these answers
	}
	r.mode = reviewBrowsing
	r.entries = r.entries[:0]
	r.entries = append(r.entries, reviewEntry{compare: true}, reviewEntry{save: true})
	if s.quick {
		r.entries = append(r.entries, reviewEntry{everything: true})
	}
	n := 0
	for _, st := range Steps { // every step, the short route's or not
		if st != StepReview && s.a.StepApplies(st) {
			n++
			r.entries = append(r.entries, reviewEntry{step: st, number: n})
		}
	}
	r.cursor = 0 // back from a step, Enter shows the comparison
	s.renderReview()
}

// renderReview lays out every answer grouped by step, the problems and the
// warnings.
func (s *state) renderReview() {
	r := &s.review
	w := s.contentWidth()
	var lines []string
	r.entryLine = r.entryLine[:0]
	mark := func(i int, text string) string {
		if i == r.cursor {
			return s.st.Title.Render("> " + text)
		}
		return "  " + text
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
			for _, l := range wrapLines("A quick estimate: the answers marked (assumed) are typical figures you did not give.", w-4) {
				lines = append(lines, "    "+s.st.Muted.Render(l))
			}
			lines = append(lines, "")
		case e.save:
			label := "Save as a scenario file"
			switch {
			case r.savedPath == "":
			case r.scenario == r.savedScenario:
				label += " (saved to " + termsafe.Text(r.savedPath) + ")"
			default:
				label += " (changed since saved to " + termsafe.Text(r.savedPath) + ")"
			}
			lines = append(lines, mark(i, label))
			lines = append(lines, "")
		default:
			lines = append(lines, mark(i, strconv.Itoa(e.number)+" "+e.step.Title()))
			var bad []string
			for _, p := range s.a.ReviewPages(e.step) {
				for _, q := range p.Questions {
					for _, pr := range r.problems {
						if pr.Path == q.Key {
							bad = append(bad, "✗ "+q.Title+": "+problemText(q, &pr))
						}
					}
				}
				for _, l := range wrapLines(s.a.Summary(e.step, p, " · "), w-4) {
					lines = append(lines, "    "+s.st.Muted.Render(l))
				}
			}
			for _, b := range bad {
				for _, l := range wrapLines(b, w-4) {
					lines = append(lines, "    "+s.st.Error.Render(l))
				}
			}
		}
	}
	// problems no step asks about (should not happen, but never hide one)
	for _, p := range r.problems {
		if p.Path == "" || !isAnswerKey(p.Path) {
			for _, l := range wrapLines("✗ "+p.Error(), w) {
				lines = append(lines, s.st.Error.Render(l))
			}
		}
	}
	if len(r.warnings) > 0 {
		lines = append(lines, "", s.st.Warn.Render("To know before you compare:"))
		for _, wn := range r.warnings {
			for i, l := range wrapLines(plans.WarningText(wn), w-2) {
				prefix := "! "
				if i > 0 {
					prefix = "  "
				}
				lines = append(lines, s.st.Warn.Render(prefix+l))
			}
		}
	}
	r.lines = lines
	// what is being asked, and the last outcome, stay in view below the list
	lines = nil
	switch r.mode {
	case reviewNaming, reviewWriting:
		lines = append(lines, "Save as: "+r.name.View())
	case reviewConfirming:
		for _, l := range wrapLines(termsafe.Text(r.writing)+" already exists. Replace it? (y: replace it, n: keep it)", w) {
			lines = append(lines, s.st.Warn.Render(l))
		}
	}
	if r.status != "" {
		st := s.st.Good
		if r.statusErr {
			st = s.st.Error
		}
		for _, l := range wrapLines(r.status, w) {
			lines = append(lines, st.Render(l))
		}
	}
	r.tail = lines
	s.scrollReview()
}

// scrollReview keeps the cursor's entry, and a question being asked, in
// view.
func (s *state) scrollReview() {
	r := &s.review
	room := s.reviewRoom()
	top := r.entryLine[r.cursor]
	var bottom int
	if r.cursor+1 < len(r.entryLine) {
		bottom = r.entryLine[r.cursor+1]
	} else {
		bottom = len(r.lines)
	}
	if r.cursor == 0 {
		top = 0
	}
	if top < r.offset {
		r.offset = top
	}
	if bottom > r.offset+room {
		r.offset = bottom - room
	}
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
	switch msg := msg.(type) {
	case savedMsg:
		cmd = s.saved(msg)
	case tea.KeyMsg:
		switch r.mode {
		case reviewBrowsing:
			cmd = s.reviewKey(msg)
		case reviewNaming:
			switch {
			case key.Matches(msg, s.keys.Cancel):
				r.mode = reviewBrowsing
				r.status = ""
			case key.Matches(msg, s.keys.Open):
				cmd = s.write(r.name.Value(), false)
			default:
				r.name, cmd = r.name.Update(msg)
			}
		case reviewConfirming:
			switch {
			case key.Matches(msg, s.keys.Yes):
				cmd = s.write(r.writing, true)
			case key.Matches(msg, s.keys.No):
				r.mode = reviewNaming
				r.status = "Type another name, or esc to cancel."
				r.statusErr = false
				cmd = r.name.Focus()
			}
		}
	default:
		if r.mode == reviewNaming {
			r.name, cmd = r.name.Update(msg)
		}
	}
	if s.step == StepReview {
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
	case key.Matches(msg, s.keys.Jump):
		n, _ := strconv.Atoi(msg.String())
		for _, e := range r.entries {
			if !e.compare && !e.save && e.number == n {
				return s.openEntry(e)
			}
		}
	case key.Matches(msg, s.keys.Save):
		return s.openEntry(reviewEntry{save: true})
	case key.Matches(msg, s.keys.Compare):
		return s.openEntry(reviewEntry{compare: true})
	case key.Matches(msg, s.keys.Everything) && s.quick:
		return s.openEntry(reviewEntry{everything: true})
	case key.Matches(msg, s.keys.Leave):
		return tea.Sequence(s.saveDraftCmd(StepReview), func() tea.Msg { return AbortedMsg{} })
	case key.Matches(msg, s.keys.Back):
		last := StepSupplemental
		for last > StepPlan && !s.a.Asked(last, s.quick) {
			last--
		}
		return tea.Batch(s.saveDraftCmd(last), s.enter(last))
	}
	return nil
}

func (s *state) openEntry(e reviewEntry) tea.Cmd {
	r := &s.review
	switch {
	case e.compare:
		if len(r.problems) > 0 {
			r.status, r.statusErr = "Some answers are not valid yet: change the steps marked ✗.", true
			return nil
		}
		sc, path, sum, draft, w := r.scenario, r.savedPath, r.savedSum, s.draftPath, s.drafts
		if path == "" {
			path, sum = s.o.Path, s.o.FileSum
		}
		// changes saved nowhere stay as the draft (Answers.KeepsDraft)
		// until the program saves them and calls RemoveDraft
		kept := s.o.Scenario
		if r.savedPath != "" {
			kept = r.savedScenario
		}
		keep := draft != "" && s.a.KeepsDraft(sc, kept)
		d := s.a.draft(StepReview, path, sum, time.Now()) // resumed, it belongs to the file again
		s.draftOps++
		n := s.draftOps
		assumed := s.a.Assumed()
		return func() tea.Msg {
			switch {
			case keep:
				keep = w.save(n, draft, d) == nil
			case draft != "":
				// a failure to remove it only means it is offered once more
				_ = w.remove(n, draft)
			}
			return CompletedMsg{Scenario: sc, Path: path, FileSum: sum, DraftKept: keep, Assumed: assumed}
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
		r.name.SetValue(s.defaultFileName())
		r.mode = reviewNaming
		r.status, r.statusErr = "Enter saves; esc cancels. An existing file is never replaced without asking.", false
		return r.name.Focus()
	case e.everything:
		s.quick, s.toReview = false, false
		return tea.Batch(s.saveDraftCmd(StepPlan), s.enter(StepPlan))
	default:
		return tea.Batch(s.saveDraftCmd(e.step), s.enter(e.step))
	}
}

// defaultFileName is the file the answers came from, or one named after the
// estimate in the current directory.
func (s *state) defaultFileName() string {
	if s.review.savedPath != "" {
		return s.review.savedPath
	}
	if s.o.Path != "" {
		return s.o.Path
	}
	return plans.ScenarioFileName(s.review.scenario, "")
}

// write saves the scenario to path in a command: atomic, mode 0600, and
// never over an existing file unless overwrite (after the user said so).
func (s *state) write(path string, overwrite bool) tea.Cmd {
	r := &s.review
	path = strings.TrimSpace(path)
	if path == "" {
		r.status, r.statusErr = "Type a file name.", true
		return nil
	}
	path = plans.WithScenarioExt(path)
	data, err := plans.MarshalFile(path, r.scenario) // JSON for a .json name
	if err != nil {
		r.status, r.statusErr = termsafe.Text(err.Error()), true
		return nil
	}
	r.mode, r.writing = reviewWriting, path
	r.status, r.statusErr = "Saving…", false
	sc := r.scenario
	return func() tea.Msg {
		return savedMsg{path: path, overwrite: overwrite, err: plans.WriteFile(path, data, overwrite), scenario: sc, sum: plans.ContentSum(data)}
	}
}

func (s *state) saved(msg savedMsg) tea.Cmd {
	r := &s.review
	switch {
	case msg.err == nil:
		r.mode, r.savedPath, r.savedScenario, r.savedSum = reviewBrowsing, msg.path, msg.scenario, msg.sum
		r.status, r.statusErr = "Saved to "+termsafe.Text(msg.path)+".", false
	case errors.Is(msg.err, fs.ErrExist) && !msg.overwrite:
		r.mode, r.writing = reviewConfirming, msg.path
		r.status = ""
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
		switch e := r.entries[r.cursor]; {
		case e.compare:
			open = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show the comparison"))
		case e.everything:
			open = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "answer every question"))
		case e.save:
			open = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save"))
		default:
			open = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change this step"))
		}
	}
	keys := []key.Binding{open, s.jumpKey(), s.keys.Help}
	if s.quick {
		keys = append(keys, s.keys.Everything)
	}
	return append(keys, s.keys.Save, s.keys.Back, s.keys.Leave)
}

// jumpKey is Jump limited to the steps shown ("1–4" without a plan).
func (s *state) jumpKey() key.Binding {
	n := 0
	for _, e := range s.review.entries {
		n = max(n, e.number)
	}
	if n <= 1 {
		return s.keys.Jump
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = strconv.Itoa(i + 1)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp("1–"+strconv.Itoa(n), "change a step"))
}
