// Package prompt is carecost's accessible walk-through: the same steps and
// questions as the full-screen one (tui/walkthrough), asked one line at a time
// on plain input and output, for a screen reader or a terminal that cannot
// draw screens (TERM=dumb, --accessible). It never starts the full-screen
// program: it prints each explanation, asks each question with its answer in
// brackets (Enter keeps it), asks again with what is allowed when an answer
// is not valid, and offers to change any step before returning the
// scenario.
package linemode

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/walkthrough"
)

// ErrInputEnded: the input ended before the walk-through finished (no
// scenario is made from a partial set of answers).
var ErrInputEnded = errors.New("the input ended before the walk-through finished")

// StoppedError: a stop signal (SIGHUP, SIGTERM, SIGINT: Session.StopOn)
// ended the conversation. A walk-through kept its answers as the draft
// first.
type StoppedError struct{ Signal os.Signal }

func (e *StoppedError) Error() string { return "stopped by a signal: " + e.Signal.String() }

// noneWords clear an answer whose empty value means something ("no
// maximum"): Enter alone keeps the answer shown.
var noneWords = []string{"none", "no maximum", "no limit", "empty", "-"}

type prompter struct {
	in  *bufio.Reader
	out io.Writer
	err error // the first write error
	a   *walkthrough.Answers
	o   walkthrough.Options
	// width is where println breaks long lines (lineWidth).
	width int
	// saved is the file the answers were last saved to from the review,
	// savedScenario what was written there.
	saved         string
	savedScenario calc.Scenario
	// quick: the short route (walkthrough.Options.Quick) until the review
	// offers every question; reviewing: the review was reached, so a step
	// is asked whole and comes back to it.
	quick, reviewing bool
	// stop, when set, ends a wait for a line (StopOn); lines are then read
	// by reader, one at a time, so that the wait can end.
	stop  <-chan os.Signal
	lines chan lineRead
	// keptAnswers and keptTouched are the answers as the draft last kept
	// them (or as the walk-through began), drafts the number kept so far.
	keptAnswers map[string]string
	keptTouched []string
	drafts      int
}

// lineRead is one line read, or the error that ended the input.
type lineRead struct {
	line string
	err  error
}

// Session is one line-by-line conversation: every question, menu and
// walk-through of it reads from the same buffered input, so no typed-ahead
// line is lost between them.
type Session struct {
	p *prompter
}

// NewSession starts a conversation on in and out.
func NewSession(in io.Reader, out io.Writer) *Session {
	return &Session{p: &prompter{in: bufio.NewReader(in), out: out, width: lineWidth}}
}

// Run asks the walk-through's questions on in and out, starting from
// o.Scenario (or o.Draft), at o.Step, and returns the scenario the answers
// make (through plans.Resolve, as the full-screen walk-through does).
func Run(in io.Reader, out io.Writer, o walkthrough.Options) (calc.Scenario, error) {
	return NewSession(in, out).Walk(o)
}

// Choose asks for one of choices by its number (or the start of its label)
// and returns its index; Enter alone picks the first.
func (s *Session) Choose(question string, choices []string) (int, error) {
	p := s.p
	p.println()
	p.println(question)
	for i, c := range choices {
		p.printf("  %d. %s\n", i+1, c)
	}
	short, _, _ := strings.Cut(choices[0], ":") // the label before its explanation
	for {
		line, err := p.ask("Choice [1, " + short + "]: ")
		if err != nil {
			return 0, err
		}
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" {
			return 0, nil
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(choices) {
			return n - 1, nil
		}
		for i, c := range choices {
			if strings.HasPrefix(strings.ToLower(c), line) {
				return i, nil
			}
		}
		p.println("Not valid: type a number from 1 to " + strconv.Itoa(len(choices)) + ".")
	}
}

// StopOn ends the conversation when a signal comes on stop: the question
// waiting for its line returns a *StoppedError at once, and a walk-through
// keeps its answers as the draft before it returns it. The answers stay
// with the one goroutine that asks, so nothing else touches them: a
// goroutine of the session's only reads lines.
func (s *Session) StopOn(stop <-chan os.Signal) { s.p.stop = stop }

// Ask asks one free-text question and returns the line typed.
func (s *Session) Ask(question string) (string, error) { return s.p.ask(question) }

// Say prints a line.
func (s *Session) Say(line string) { s.p.println(line) }

// Err is the first write error of the conversation.
func (s *Session) Err() error { return s.p.err }

// Walk asks the walk-through's questions, as Run. With o.DraftPath set, the
// answers are saved there as a draft after every step (as the full-screen
// walk-through does) and the draft is removed when the walk-through ends
// with a scenario; without it no draft is kept.
func (s *Session) Walk(o walkthrough.Options) (_ calc.Scenario, err error) {
	a := walkthrough.NewAnswersFor(o)
	step := o.Step
	if o.Draft != nil {
		step = o.Draft.Step
	}
	if step < walkthrough.StepPlan || step > walkthrough.StepReview {
		step = walkthrough.StepPlan
	}
	p := s.p
	p.a, p.o = a, o
	p.quick = o.Quick || (o.Draft != nil && o.Draft.Quick)
	p.keptAnswers, p.keptTouched, p.drafts = a.Snapshot(), a.TouchedKeys(), 0
	defer func() {
		if err != nil {
			p.keepOnEnd(step, err)
		}
	}()
	p.println("carecost walk-through. Each question shows its answer in brackets: press Enter to keep it, or type another.")
	p.println("Amounts may be typed as 1500, 1,500 or $1,500.50.")
	if o.DraftPath != "" {
		p.println("Your answers are kept after every step; if you stop, the next start offers to resume them.")
	}
	// opened at a later step to change it: back to the review after it; a
	// draft resumed goes on from its step, as the full-screen one does
	p.reviewing = o.Draft == nil && step != walkthrough.StepPlan
	for {
		if p.err != nil {
			return calc.Scenario{}, p.err
		}
		for step < walkthrough.StepReview && !a.Asked(step, p.routeQuick()) {
			step++
		}
		if step == walkthrough.StepReview {
			p.reviewing = true
			s, next, err := p.review()
			if err != nil {
				return calc.Scenario{}, err
			}
			if next == walkthrough.StepReview {
				p.finishDraft(s)
				return s, nil
			}
			step = next
			continue
		}
		if err := p.askStep(step); err != nil {
			return calc.Scenario{}, err
		}
		next := step + 1
		if p.reviewing {
			next = walkthrough.StepReview
		}
		line, err := p.ask(fmt.Sprintf("Step %d is done. Press Enter to continue, or type a step number to change it: ", p.number(step)))
		if err != nil {
			return calc.Scenario{}, err
		}
		if n, ok := p.stepNumber(line); ok {
			next = n
		}
		step = next
		p.saveDraft(step)
	}
}

// finishDraft ends the draft with the walk-through (Answers.KeepsDraft):
// changes saved nowhere stay as the draft, at the review, so the next start
// offers them; otherwise nothing is left to resume.
func (p *prompter) finishDraft(s calc.Scenario) {
	if p.o.DraftPath == "" {
		return
	}
	kept := p.o.Scenario
	if p.saved != "" {
		kept = p.savedScenario
	}
	if !p.a.KeepsDraft(s, kept) {
		if err := walkthrough.RemoveDraft(p.o.DraftPath); err != nil {
			p.println("Note: " + err.Error())
		}
		return
	}
	p.saveDraft(walkthrough.StepReview)
	p.println("Your answers are not saved in a file, so they are kept as an unfinished draft: the next start offers to resume them (then s on the review saves them).")
}

// saveDraft keeps the answers as a draft at step, when drafts are kept. A
// draft that cannot be written is said, and the walk-through goes on.
func (p *prompter) saveDraft(step walkthrough.Step) bool {
	if p.o.DraftPath == "" {
		return false
	}
	d := walkthrough.Draft{Step: step, Path: p.o.Path, Sum: p.o.FileSum, Answers: p.a.Snapshot(), Touched: p.a.TouchedKeys(), Quick: p.quick, Saved: time.Now()}
	p.keptAnswers, p.keptTouched = d.Answers, d.Touched
	p.drafts++
	if err := walkthrough.SaveDraft(p.o.DraftPath, d); err != nil {
		p.println("Note: your answers could not be kept as a draft: " + err.Error())
		return false
	}
	return true
}

// saveAnswer keeps the draft in step with every answer, not every step:
// a crash or kill -9 loses at most the answer being typed. An answer that
// changes nothing (Enter on a kept one) writes nothing.
func (p *prompter) saveAnswer(step walkthrough.Step) {
	if !maps.Equal(p.keptAnswers, p.a.Snapshot()) || !slices.Equal(p.keptTouched, p.a.TouchedKeys()) {
		p.saveDraft(step)
	}
}

// keepOnEnd keeps the answers as the draft when the walk-through ends
// without a scenario (the input ended, a signal, a write that failed), by
// the full-screen walk-through's rule: with nothing answered or kept yet,
// an earlier draft stays as it was.
func (p *prompter) keepOnEnd(step walkthrough.Step, err error) {
	if p.drafts == 0 && len(p.a.TouchedKeys()) == 0 {
		return
	}
	kept := p.saveDraft(step)
	var stopped *StoppedError
	if kept && errors.As(err, &stopped) {
		p.println()
		p.println("Your answers are kept as an unfinished draft: " + p.o.DraftPath + "; the next start offers to resume them.")
	}
}

// lineWidth is where the line-by-line mode breaks long lines, between
// words: a terminal would otherwise cut a word in two at its edge.
const lineWidth = 79

// println and printf are where everything the line-by-line mode says
// goes out; what a terminal would act on in it (a file's name, an answer
// read back from a draft) is shown escaped (internal/termsafe).
func (p *prompter) println(a ...any) {
	if p.err == nil {
		_, p.err = io.WriteString(p.out, ansi.Wordwrap(termsafe.Lines(fmt.Sprintln(a...)), p.width, ""))
	}
}

func (p *prompter) printf(format string, a ...any) {
	if p.err == nil {
		_, p.err = io.WriteString(p.out, termsafe.Lines(fmt.Sprintf(format, a...)))
	}
}

// ask prints a question and reads one line (without its end).
func (p *prompter) ask(question string) (string, error) {
	p.printf("%s", question)
	if p.err != nil {
		return "", p.err
	}
	line, err := p.readLine()
	if err != nil && (line == "" || !errors.Is(err, io.EOF)) {
		if errors.Is(err, io.EOF) {
			p.println()
			return "", ErrInputEnded
		}
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// readLine reads one line; with StopOn, a signal ends the wait.
func (p *prompter) readLine() (string, error) {
	if p.stop == nil {
		return p.in.ReadString('\n')
	}
	if p.lines == nil {
		p.lines = make(chan lineRead)
		go readLines(p.in, p.lines)
	}
	select {
	case r, ok := <-p.lines:
		if !ok {
			return "", io.EOF
		}
		return r.line, r.err
	case sig := <-p.stop:
		return "", &StoppedError{Signal: sig}
	}
}

// readLines sends in's lines one at a time, then the error that ended
// them, and closes lines.
func readLines(in *bufio.Reader, lines chan<- lineRead) {
	defer close(lines)
	for {
		line, err := in.ReadString('\n')
		lines <- lineRead{line, err}
		if err != nil {
			return
		}
	}
}

// applicable lists the steps asked with the answers so far, on the route
// taken (the review lists every step).
func (p *prompter) applicable() []walkthrough.Step {
	var out []walkthrough.Step
	for _, s := range walkthrough.Steps {
		if p.a.Asked(s, p.routeQuick()) {
			out = append(out, s)
		}
	}
	return out
}

// routeQuick: the step asked now is the short route's (going forward on
// it, before the review).
func (p *prompter) routeQuick() bool { return p.quick && !p.reviewing }

// number is a step's number as shown (counting the steps that apply).
func (p *prompter) number(s walkthrough.Step) int {
	for i, x := range p.applicable() {
		if x == s {
			return i + 1
		}
	}
	return 0
}

// stepNumber reads "3" or "step 3" as a step shown (not the review).
func (p *prompter) stepNumber(line string) (walkthrough.Step, bool) {
	line = strings.TrimSpace(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(line)), "step"))
	n, err := strconv.Atoi(line)
	steps := p.applicable()
	if err != nil || n < 1 || n > len(steps) || steps[n-1] == walkthrough.StepReview {
		return 0, false
	}
	return steps[n-1], true
}

func (p *prompter) askStep(step walkthrough.Step) error {
	p.println()
	p.printf("Step %d of %d: %s\n", p.number(step), len(p.applicable()), step.Title())
	heading := step.Title()
	for _, page := range p.a.StepPages(step, p.routeQuick()) {
		if !page.Shown(p.a) {
			continue // decided by the answers so far, as the full-screen pages are
		}
		if page.Title != "" && page.Title != heading {
			heading = page.Title
			p.println()
			p.println(page.Title)
		}
		if page.Note != "" {
			p.println(page.Note)
		}
		for _, q := range page.Questions {
			if err := p.askQuestion(q); err != nil {
				return err
			}
			p.saveAnswer(step)
		}
	}
	return p.err
}

// askQuestion asks until the answer is valid; Enter keeps the answer shown.
func (p *prompter) askQuestion(q walkthrough.Question) error {
	p.println()
	p.println(q.Title)
	if q.Help != "" {
		p.println(strings.TrimSuffix(q.Help, ".") + ".")
	}
	if q.Choices != nil {
		return p.askChoice(q)
	}
	for {
		current := p.a.Text(q.Key)
		shown := current
		if shown == "" {
			shown = "empty"
			if q.Empty != "" {
				shown += ": " + q.Empty
			}
		}
		hint := ""
		if q.Empty != "" && current != "" {
			hint = " (type none for " + q.Empty + ")"
		}
		line, err := p.ask(unitWords(q.Kind) + hint + " [" + shown + "]: ")
		if err != nil {
			return err
		}
		text := strings.TrimSpace(line)
		switch {
		case text == "":
			text = current
		case q.Empty != "" && isNone(text):
			text = ""
		}
		if fe := p.a.Check(q.Key, text); fe != nil {
			p.println("Not valid: " + problemWords(q, fe))
			continue
		}
		if question := p.a.Unusual(q.Key, text); question != "" {
			yes, err := p.ask(question + " Type yes to keep it, or press Enter to answer again: ")
			if err != nil {
				return err
			}
			if w := strings.ToLower(strings.TrimSpace(yes)); w != "yes" && w != "y" {
				continue
			}
			p.a.KeepUnusual(q.Key, text)
		}
		if text != current {
			p.a.Set(q.Key, text)
		}
		return nil
	}
}

func isNone(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, w := range noneWords {
		if t == w {
			return true
		}
	}
	return false
}

// unitWords says what to type.
func unitWords(k plans.FieldKind) string {
	switch k {
	case plans.KindMoney:
		return "Amount in dollars"
	case plans.KindPercent:
		return "Percent"
	case plans.KindCount:
		return "Number"
	case plans.KindYear:
		return "Year"
	}
	return "Answer"
}

// problemWords is a problem in words, with what is allowed.
func problemWords(q walkthrough.Question, fe *plans.FieldError) string {
	s := walkthrough.Problem(fe)
	if q.Empty != "" {
		s += ", or none for " + q.Empty
	}
	return s + "."
}

func (p *prompter) askChoice(q walkthrough.Question) error {
	current := p.a.Text(q.Key)
	def := -1
	for i, c := range q.Choices {
		p.printf("  %d. %s\n", i+1, c.Label)
		if c.Value == current {
			def = i
		}
	}
	describes := describer(q.Key) != nil
	if describes {
		p.println("Type a number followed by ? to hear what that choice means (for example 2?).")
	}
	for {
		shown := "no answer"
		if def >= 0 {
			shown = strconv.Itoa(def+1) + ", " + q.Choices[def].Label
		}
		line, err := p.ask("Choice [" + shown + "]: ")
		if err != nil {
			return err
		}
		text := strings.TrimSpace(line)
		if describes && strings.HasSuffix(text, "?") {
			if i, ok := choiceIndex(q, strings.TrimSuffix(text, "?")); ok {
				p.println(q.Choices[i].Label + ": " + describer(q.Key)(q.Choices[i].Value))
			} else {
				p.println("Type a number from 1 to " + strconv.Itoa(len(q.Choices)) + " followed by ?.")
			}
			continue
		}
		i := def
		if text != "" {
			var ok bool
			if i, ok = choiceIndex(q, text); !ok {
				p.println("Not one of the choices: type a number from 1 to " + strconv.Itoa(len(q.Choices)) + ", or Enter to keep the answer in brackets.")
				continue
			}
		}
		if i < 0 {
			p.println("Type a number from 1 to " + strconv.Itoa(len(q.Choices)) + ".")
			continue
		}
		if v := q.Choices[i].Value; v != current {
			p.a.Set(q.Key, v)
		} else {
			p.a.Confirm(q.Key)
		}
		return nil
	}
}

// describer tells more about a choice, for the questions whose choices have
// a description.
func describer(key string) func(value string) string {
	switch key {
	case "plan.type":
		return func(v string) string { return plans.PlanDescription(calc.PlanType(v)) }
	case walkthrough.KeySupplementalChoice:
		return walkthrough.SupplementalDescription
	}
	return nil
}

// choiceIndex reads a choice typed as its number, its value ("hmo"), yes
// or no, or the start of its label.
func choiceIndex(q walkthrough.Question, text string) (int, bool) {
	if n, err := strconv.Atoi(strings.TrimSpace(text)); err == nil {
		if n >= 1 && n <= len(q.Choices) {
			return n - 1, true
		}
		return 0, false
	}
	value := plans.NormalizeTyped(plans.KindEnum, text)
	if q.Kind == plans.KindBool {
		value = plans.NormalizeTyped(plans.KindBool, text)
	}
	for i, c := range q.Choices {
		if c.Value == value {
			return i, true
		}
	}
	lower := strings.ToLower(strings.TrimSpace(text))
	found := -1
	for i, c := range q.Choices {
		if lower != "" && strings.HasPrefix(strings.ToLower(c.Label), lower) {
			if found >= 0 {
				return 0, false // ambiguous
			}
			found = i
		}
	}
	return found, found >= 0
}

// review prints every answer by step and asks to change a step or finish.
// next is StepReview when the user finished (s is then the scenario).
func (p *prompter) review() (s calc.Scenario, next walkthrough.Step, err error) {
	for {
		p.println()
		steps := p.applicable() // every step: the review lists them all
		n := len(steps)
		if p.quick { // the review ends the short route's steps
			n = 0
			for _, st := range walkthrough.Steps {
				if p.a.Asked(st, true) {
					n++
				}
			}
		}
		p.printf("Step %d of %d: %s\n", n, n, walkthrough.StepReview.Title())
		sc, warnings, problems := p.a.Scenario()
		for i, st := range steps {
			if st == walkthrough.StepReview {
				continue
			}
			p.println()
			p.printf("%d. %s\n", i+1, st.Title())
			for _, page := range p.a.ReviewPages(st) {
				p.println("  " + p.a.Summary(st, page, "; ") + ".")
				for _, q := range page.Questions {
					for _, pr := range problems {
						if pr.Path == q.Key {
							p.println("  Not valid: " + q.Title + ": " + problemWords(q, &pr))
						}
					}
				}
			}
		}
		for _, w := range warnings {
			p.println()
			p.println("Warning: " + plans.WarningText(w))
		}
		question := "Press Enter to show the comparison, type a step number to change it, or s to save these answers as a scenario file: "
		if p.quick {
			p.println()
			p.println("A quick estimate: the answers marked (assumed) are typical figures you did not give. Type a to answer every question.")
		}
		if len(problems) > 0 {
			p.println()
			p.println("Some answers are not valid yet, so there is no comparison to show.")
			question = "Type the number of a step to change it: "
		}
		line, err := p.ask(question)
		if err != nil {
			return calc.Scenario{}, 0, err
		}
		if st, ok := p.stepNumber(line); ok {
			return calc.Scenario{}, st, nil
		}
		if w := strings.ToLower(strings.TrimSpace(line)); p.quick && (w == "a" || w == "all") {
			p.quick, p.reviewing = false, false // every question, from the first step
			return calc.Scenario{}, walkthrough.StepPlan, nil
		}
		if w := strings.ToLower(strings.TrimSpace(line)); (w == "s" || w == "save") && len(problems) == 0 {
			if err := p.save(sc); err != nil {
				return calc.Scenario{}, 0, err
			}
			continue
		}
		if strings.TrimSpace(line) == "" && len(problems) == 0 {
			return sc, walkthrough.StepReview, nil
		}
		p.println("Type a step number from 1 to " + strconv.Itoa(len(steps)-1) + ".")
	}
}

// save writes the scenario to a file the user names (the file the answers
// came from, or one named after the estimate, by default).
func (p *prompter) save(s calc.Scenario) error {
	def := p.saved
	if def == "" {
		def = plans.ScenarioFileName(s, p.o.Path)
	}
	name, err := p.writeAsking("Save to which file?", def, plans.WithScenarioExt,
		func(name string) ([]byte, error) { return plans.MarshalFile(name, s) }, // JSON for a .json name
		"The scenario", "Saved to ")
	if err != nil || name == "" {
		return err
	}
	p.saved, p.savedScenario = name, s
	return nil
}

// writeAsking asks which file to write (def offered; withExt completes a
// name typed without an extension), makes its contents with data and writes
// them there: atomically, mode 0600, and over an existing file only when
// the user types yes (Enter asks another name). It says what it did
// ("Saved to NAME", saved being "Saved to ") and returns the file written,
// or "" when data could not be made (what names it then).
func (p *prompter) writeAsking(question, def string, withExt func(string) string, data func(name string) ([]byte, error), what, saved string) (string, error) {
	for {
		name, err := p.ask(question + " [" + def + "]: ")
		if err != nil {
			return "", err
		}
		if name = withExt(strings.TrimSpace(name)); name == "" {
			name = def
		}
		content, err := data(name)
		if err != nil {
			p.println(what + " could not be written: " + err.Error())
			return "", nil
		}
		err = plans.WriteFile(name, content, false)
		if errors.Is(err, fs.ErrExist) {
			yes, askErr := p.ask(name + " already exists. Replace it? Type yes to replace it, or Enter to choose another name: ")
			if askErr != nil {
				return "", askErr
			}
			if w := strings.ToLower(strings.TrimSpace(yes)); w != "yes" && w != "y" {
				continue
			}
			// the outer err, so that success is seen below (a shadowed err
			// once reported the replaced file as not saved)
			err = plans.WriteFile(name, content, true)
		}
		if err != nil {
			p.println("Not saved: " + err.Error())
			continue
		}
		p.println(saved + name + " (readable by you alone).")
		return name, nil
	}
}

// SaveHandout writes markdown, the comparison's Markdown handout, to a
// file the user names (def offered; a name typed without an extension gets
// .md): atomically, mode 0600, and over an existing file only when the
// user types yes.
func (s *Session) SaveHandout(markdown []byte, def string) error {
	_, err := s.p.writeAsking("Save the handout to which file?", def, withMarkdownExt,
		func(string) ([]byte, error) { return markdown, nil }, "The handout", "Saved the handout to ")
	return err
}

// Saved is the file the last walk-through's answers were saved to from its
// review, or "" when they were not.
func (s *Session) Saved() string { return s.p.saved }

// Assumed lists the figures of the last walk-through the user did not give
// (field paths, walkthrough.Answers.Assumed), for the handout; nil before one.
func (s *Session) Assumed() []string {
	if s.p.a == nil {
		return nil
	}
	return s.p.a.Assumed()
}

// withMarkdownExt adds .md to a name typed without an extension.
func withMarkdownExt(name string) string {
	if name != "" && filepath.Ext(name) == "" {
		return name + ".md"
	}
	return name
}
