package linemode

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/userpath"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// noneWords clear an answer whose empty value means something ("no
// maximum"): Enter alone keeps the answer shown.
var noneWords = []string{"none", "no maximum", "no limit", "empty", "-"}

// Walk asks the walk-through's questions, as Run. With o.DraftPath set, the
// answers are kept there as a draft after every answer (as the full-screen
// walk-through does) and the draft is removed when the walk-through ends
// with a scenario saved somewhere; without it no draft is kept.
func (s *Session) Walk(o interview.Options) (_ calc.Scenario, err error) {
	p := s.p
	w := interview.Start(o)
	p.w, p.o, p.drafts = w, w.Options(), 0
	defer func() {
		if err != nil {
			p.keepOnEnd(err)
		}
	}()
	p.println("carecost walk-through. Each question shows its answer in brackets: press Enter to keep it, or type another.")
	p.println("Amounts may be typed as 1500, 1,500 or $1,500.50.")
	if o.DraftPath != "" {
		p.println("Your answers are kept after every answer; if you stop, the next start offers to resume them.")
	}
	for {
		if p.err != nil {
			return calc.Scenario{}, p.err
		}
		if w.Step() == interview.StepReview {
			c, done, err := p.review()
			if err != nil {
				return calc.Scenario{}, err
			}
			if done {
				p.finishDraft(c)
				return c.Scenario, nil
			}
			continue
		}
		if err := p.askStep(); err != nil {
			return calc.Scenario{}, err
		}
		n, _ := w.Progress()
		for q, fe, ok := w.Done(); !ok; q, fe, ok = w.Done() { // the step's answers together
			p.println("Not valid: " + q.Title + ": " + problemWords(q, fe, p.w.A))
			if err := p.askQuestion(q); err != nil {
				return calc.Scenario{}, err
			}
		}
		line, err := p.ask(fmt.Sprintf("Step %d is done. Press Enter to continue, or type a step number to change it: ", n))
		if err != nil {
			return calc.Scenario{}, err
		}
		if st, ok := p.stepNumber(line); ok {
			w.Open(st)
		}
		p.saveDraft()
	}
}

// finishDraft ends the draft with the walk-through (Completion.KeepDraft):
// changes saved nowhere stay as the draft, at the review, so the next start
// offers them; otherwise nothing is left to resume.
func (p *prompter) finishDraft(c interview.Completion) {
	if p.o.DraftPath == "" {
		return
	}
	if !c.KeepDraft {
		if err := interview.RemoveDraft(p.o.DraftPath); err != nil {
			p.println("Note: " + err.Error())
		}
		return
	}
	p.saveDraft()
	p.println("Your answers are not saved in a file, so they are kept as an unfinished draft: the next start offers to resume them (then s on the review saves them).")
}

// saveDraft keeps the answers as a draft at the current step, when drafts
// are kept. A draft that cannot be written is said, and the walk-through
// goes on.
func (p *prompter) saveDraft() bool {
	if p.o.DraftPath == "" {
		return false
	}
	d := p.w.Draft(time.Now())
	p.drafts++
	if err := interview.SaveDraft(p.o.DraftPath, d); err != nil {
		p.println("Note: your answers could not be kept as a draft: " + err.Error())
		return false
	}
	return true
}

// keepOnEnd keeps the answers as the draft when the walk-through ends
// without a scenario (the input ended, a signal, a write that failed), by
// the full-screen walk-through's rule: with nothing answered or kept yet,
// an earlier draft stays as it was.
func (p *prompter) keepOnEnd(err error) {
	if p.drafts == 0 && !p.w.Touched() {
		return
	}
	kept := p.saveDraft()
	var stopped *StoppedError
	if kept && errors.As(err, &stopped) {
		p.println()
		p.println("Your answers are kept as an unfinished draft: " + p.o.DraftPath + "; the next start offers to resume them.")
	}
}

// stepNumber reads "3" or "step 3" as a step the review lists.
func (p *prompter) stepNumber(line string) (interview.Step, bool) {
	line = strings.TrimSpace(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(line)), "step"))
	n, err := strconv.Atoi(line)
	steps := p.w.ReviewSteps()
	if err != nil || n < 1 || n > len(steps) {
		return 0, false
	}
	return steps[n-1], true
}

// askStep asks the current step's pages, each heading said once.
func (p *prompter) askStep() error {
	w := p.w
	n, total := w.Progress()
	p.println()
	p.printf("Step %d of %d: %s\n", n, total, w.Step().Title())
	heading := w.Step().Title()
	for _, page := range w.Pages() {
		if !page.Shown(w.A) {
			continue // decided by the answers so far, as the full-screen pages are
		}
		if page.Title != "" && page.Title != heading {
			heading = page.Title
			p.println()
			p.println(page.Title)
		}
		if note := page.Note(w.A); note != "" {
			p.println(note)
		}
		for _, q := range page.Questions {
			if err := p.askQuestion(q); err != nil {
				return err
			}
			if w.Changed() { // the draft follows every answer
				p.saveDraft()
			}
		}
	}
	return p.err
}

// askQuestion asks until the answer is valid; Enter keeps the answer shown.
func (p *prompter) askQuestion(q interview.Question) error {
	a := p.w.A
	p.println()
	p.println(q.Title)
	if help := q.Help(a); help != "" {
		p.println(strings.TrimSuffix(help, ".") + ".")
	}
	if q.IsChoice() {
		return p.askChoice(q)
	}
	empty := q.EmptyMeaning(a)
	for {
		current := a.Text(q.Key)
		shown, hint := cmp.Or(current, "empty"), ""
		switch {
		case empty == "":
		case current == "":
			shown += ": " + empty
		default:
			hint = " (type none for " + empty + ")"
		}
		line, err := p.ask(cmp.Or(unitWords[q.Kind], "Answer") + hint + " [" + shown + "]: ")
		if err != nil {
			return err
		}
		text := strings.TrimSpace(line)
		switch {
		case text == "":
			text = current
		case empty != "" && slices.Contains(noneWords, strings.ToLower(text)):
			text = ""
		}
		if fe := a.Check(q.Key, text); fe != nil {
			p.println("Not valid: " + problemWords(q, fe, a))
			continue
		}
		if question := a.Unusual(q.Key, text); question != "" {
			if yes, err := p.yes(question + " Type yes to keep it, or press Enter to answer again: "); err != nil {
				return err
			} else if !yes {
				continue
			}
			a.KeepUnusual(q.Key, text)
		}
		if text != current {
			a.Set(q.Key, text)
		}
		return nil
	}
}

// unitWords says what to type, by the field's kind; any other kind is
// an "Answer".
var unitWords = map[plans.FieldKind]string{
	plans.KindMoney:    "Amount in dollars",
	plans.KindPercent:  "Percent",
	plans.KindCount:    "Number",
	plans.KindYear:     "Year",
	plans.KindDate:     "Date, YYYY-MM-DD",
	plans.KindMonthDay: "Month and day, MM-DD",
}

// problemWords is a problem in words, with what is allowed.
func problemWords(q interview.Question, fe *plans.FieldError, a *interview.Answers) string {
	s := interview.Problem(fe)
	if e := q.EmptyMeaning(a); e != "" {
		s += ", or none for " + e
	}
	return s + "."
}

func (p *prompter) askChoice(q interview.Question) error {
	a := p.w.A
	choices := q.Choices(a)
	current := a.Text(q.Key)
	def := -1
	for i, c := range choices {
		p.printf("  %d. %s\n", i+1, c.Label)
		if c.Value == current {
			def = i
		}
	}
	describes := interview.Describe(q.Key, choices[0].Value) != ""
	if describes {
		p.println("Type a number followed by ? to hear what that choice means (for example 2?).")
	}
	for {
		shown := "no answer"
		if def >= 0 {
			shown = strconv.Itoa(def+1) + ", " + choices[def].Label
		}
		line, err := p.ask("Choice [" + shown + "]: ")
		if err != nil {
			return err
		}
		text := strings.TrimSpace(line)
		if describes && strings.HasSuffix(text, "?") {
			if i, ok := choiceIndex(q.Kind, choices, strings.TrimSuffix(text, "?")); ok {
				p.println(choices[i].Label + ": " + interview.Describe(q.Key, choices[i].Value))
			} else {
				p.println("Type a number from 1 to " + strconv.Itoa(len(choices)) + " followed by ?.")
			}
			continue
		}
		i := def
		if text != "" {
			var ok bool
			if i, ok = choiceIndex(q.Kind, choices, text); !ok {
				p.println("Not one of the choices: type a number from 1 to " + strconv.Itoa(len(choices)) + ", or Enter to keep the answer in brackets.")
				continue
			}
		}
		if i < 0 {
			p.println("Type a number from 1 to " + strconv.Itoa(len(choices)) + ".")
			continue
		}
		a.Type(q.Key, choices[i].Value)
		a.Settle(q.Key, current)
		return nil
	}
}

// choiceIndex reads a choice typed as its number, its value ("hmo"), yes
// or no, or the start of its label.
func choiceIndex(kind plans.FieldKind, choices []interview.Choice, text string) (int, bool) {
	if n, err := strconv.Atoi(strings.TrimSpace(text)); err == nil {
		if n >= 1 && n <= len(choices) {
			return n - 1, true
		}
		return 0, false
	}
	value := plans.NormalizeTyped(plans.KindEnum, text)
	if kind == plans.KindBool {
		value = plans.NormalizeTyped(plans.KindBool, text)
	}
	if i := slices.IndexFunc(choices, func(c interview.Choice) bool { return c.Value == value }); i >= 0 {
		return i, true
	}
	lower := strings.ToLower(strings.TrimSpace(text))
	found := -1
	for i, c := range choices {
		if lower != "" && strings.HasPrefix(strings.ToLower(c.Label), lower) {
			if found >= 0 {
				return 0, false // ambiguous
			}
			found = i
		}
	}
	return found, found >= 0
}

// review prints every answer by step and asks to change a step, save or
// finish. done is true when the user finished (c is then how).
func (p *prompter) review() (c interview.Completion, done bool, err error) {
	w := p.w
	for {
		p.println()
		n, total := w.Progress()
		p.printf("Step %d of %d: %s\n", n, total, interview.StepReview.Title())
		sc, warnings, problems := w.A.Reviewed()
		for i, st := range w.ReviewSteps() {
			p.println()
			p.printf("%d. %s\n", i+1, st.Title())
			for _, page := range w.A.ReviewPages(st) {
				p.println("  " + w.A.Summary(st, page, "; ") + ".")
				for _, q := range page.Questions {
					for _, pr := range problems {
						if pr.Path == q.Key {
							p.println("  Not valid: " + q.Title + ": " + problemWords(q, &pr, w.A))
						}
					}
				}
			}
		}
		for _, wn := range warnings {
			p.println()
			p.println("Warning: " + plans.WarningText(wn))
		}
		question := "Press Enter to show the comparison, type a step number to change it, or s to save these answers as a scenario file: "
		if w.Quick() {
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
			return c, false, err
		}
		word := strings.ToLower(strings.TrimSpace(line))
		switch st, ok := p.stepNumber(line); {
		case ok:
			w.Open(st)
			return c, false, nil
		case w.Quick() && (word == "a" || word == "all"):
			w.Everything() // every question, from the first step
			return c, false, nil
		case (word == "s" || word == "save") && len(problems) == 0:
			if err := p.save(sc); err != nil {
				return c, false, err
			}
			continue
		case word == "" && len(problems) == 0:
			c, _ = w.Complete()
			return c, true, nil
		}
		p.println("Type a step number from 1 to " + strconv.Itoa(len(w.ReviewSteps())) + ".")
	}
}

// save writes the scenario to a file the user names (the file the answers
// belong to, or one named after the estimate, by default) through the one
// save path (interview.Save), by the walk-throughs' one rule
// (interview.Walk.Request): its own file without asking while it is as it
// was read and has no comments of the user's, any other only on yes.
func (p *prompter) save(s calc.Scenario) error {
	var sum string
	name, err := p.saveAs("Save to which file?", p.w.SaveName(s), ".yaml", commentsNote, func(name string, replace, force bool) (err error) {
		sum, err = interview.Save(p.w.Request(name, s, replace, force))
		return err
	})
	if err == nil {
		p.w.Saved(name, sum, s)
		p.remember(name)
		p.println("Saved to " + name + " (readable by you alone).")
	}
	return err
}

// SaveHandout writes markdown, the comparison's Markdown handout, to a
// file the user names (def offered): atomically, mode 0600 (plans.WriteFile).
func (s *Session) SaveHandout(markdown []byte, def string) error {
	name, err := s.p.saveAs("Save the handout to which file?", def, ".md", nil, func(name string, replace, _ bool) error {
		return plans.WriteFile(name, markdown, replace)
	})
	if err == nil {
		s.p.println("Saved the handout to " + name + " (readable by you alone).")
	}
	return err
}

// commentsNote warns, before a scenario replaces the file name, that the
// file's comments go with it (plans.FileHasUserComments), as the
// dashboard's w does: a hand-written file's "# met by the surgery" is
// never dropped without a word.
func commentsNote(name string) string {
	if plans.FileHasUserComments(name) {
		return " It has comments, which saving does not keep."
	}
	return ""
}

// saveAs asks for a file's name (def for Enter alone, ext added to a name
// typed without an extension) until write has written it: over an existing
// file (replace), or over one changed on disk since it was read (force),
// only when the user types yes, else another name is asked for; write may
// replace the answers' own file without asking (interview.Walk.Request).
// note, when not nil, adds what replacing the file would lose to the
// question.
func (p *prompter) saveAs(question, def, ext string, note func(name string) string, write func(name string, replace, force bool) error) (string, error) {
askName:
	for {
		name, err := p.ask(question + " [" + def + "]: ")
		if err != nil {
			return "", err
		}
		if name = userpath.Expand(strings.TrimSpace(name)); name == "" {
			name = def
		} else if info, err := os.Stat(name); err == nil && info.IsDir() {
			// a folder (~ alone, .) is no file's name: not a sibling name.yaml
			p.println("Not saved: " + name + " is a folder; type a file's name.")
			continue
		} else if filepath.Ext(name) == "" {
			name += ext
		}
		var replace, force bool
		for {
			why, lose := "", note
			switch err := write(name, replace, force); {
			case err == nil:
				return name, nil
			case interview.IsExists(err) && !replace:
				why, replace = " already exists.", true
			case errors.Is(err, interview.ErrChangedOnDisk) && !force:
				why, force = " changed on disk since it was read.", true
			case errors.Is(err, interview.ErrHasComments) && !replace:
				// its own file, unchanged: only the comments are asked about
				why, replace, lose = " has comments, which saving does not keep.", true, nil
			default:
				p.println("Not saved: " + err.Error())
				continue askName
			}
			if lose != nil {
				why += lose(name)
			}
			if yes, err := p.yes(name + why + " Replace it? Type yes to replace it, or Enter to choose another name: "); err != nil {
				return "", err
			} else if !yes {
				continue askName
			}
		}
	}
}

// yes asks a question that yes or y answers; anything else is no.
func (p *prompter) yes(question string) (bool, error) {
	line, err := p.ask(question)
	w := strings.ToLower(strings.TrimSpace(line))
	return w == "yes" || w == "y", err
}
