package linemode

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/interview/interviewtest"
	"github.com/carecost/carecost/plans"
)

// typedFor is what a user types on the full route from s to give answers
// (a choice by its number) and press Enter at every other question, up to
// the review: worked out from the script as the answers change, the way
// the line-by-line mode asks it. It ends after the last answer's line.
func typedFor(t *testing.T, s calc.Scenario, answers []interviewtest.Answer) string {
	t.Helper()
	a := interview.NewAnswers(s)
	todo := map[string]string{}
	for _, x := range answers {
		todo[x.Key] = x.Text
	}
	var b strings.Builder
	for _, st := range interview.Steps {
		if st == interview.StepReview || !a.StepApplies(st) {
			continue
		}
		for _, p := range a.Pages(st, false) { // a question's When is decided as its step opens
			if !p.Shown(a) {
				continue
			}
			for _, q := range p.Questions {
				text, ok := todo[q.Key]
				if !ok {
					b.WriteString("\n")
					continue
				}
				delete(todo, q.Key)
				if !q.IsChoice() {
					b.WriteString(text + "\n")
					a.Set(q.Key, text)
				} else {
					was := a.Text(q.Key)
					for i, c := range q.Choices(a) {
						if c.Value == text {
							b.WriteString(strconv.Itoa(i+1) + "\n")
						}
					}
					a.Type(q.Key, text)
					a.Settle(q.Key, was)
				}
				if len(todo) == 0 {
					return b.String()
				}
			}
		}
		b.WriteString("\n") // the step is done
	}
	t.Fatalf("never asked: %v", todo)
	return ""
}

// saveFromReview saves s from the review to name in dir, the working
// directory, and returns what was written.
func saveFromReview(t *testing.T, dir, name string, s calc.Scenario) []byte {
	t.Helper()
	t.Chdir(dir)
	var out strings.Builder
	if _, err := Run(strings.NewReader("s\n"+name+"\n\n"), &out, interview.Options{Scenario: s, Step: interview.StepReview}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The line-by-line mode asks the same new questions (interviewtest.Groups)
// from the same script: each under its page's heading with its row's
// wording and help, listed on the review, and the answers make the
// scenario; stopped after the last answer, the draft keeps them as typed
// and resuming finishes with them; saved from the review, the file reads
// back to that scenario.
func TestNewRuleQuestionsLineByLine(t *testing.T) {
	for _, g := range interviewtest.Groups() {
		t.Run(g.Name, func(t *testing.T) {
			want := g.Base
			g.Want(&want)
			typed := typedFor(t, g.Base, g.Answers)
			got, out, err := run(t, g.Base, typed+enters(200))
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if got != want {
				t.Errorf("got %+v\nwant %+v", got, want)
			}
			for _, s := range append(append([]string{}, g.Shows...), g.Review...) {
				if !strings.Contains(out, s) {
					t.Errorf("the transcript lacks %q", s)
				}
			}
			f, _ := plans.Field(g.ShowsAt)
			if !strings.Contains(out, "\n"+f.Title+"\n") {
				t.Errorf("the question %q is not on a line of its own", f.Title)
			}

			dir := t.TempDir()
			draft := filepath.Join(dir, "draft.yaml")
			var first strings.Builder
			if _, err := Run(strings.NewReader(typed), &first, interview.Options{Scenario: g.Base, DraftPath: draft}); err == nil {
				t.Fatal("the input ended early, yet a scenario was made")
			}
			dr := g.CheckDraft(t, draft)
			var second strings.Builder
			resumed, err := Run(strings.NewReader(enters(200)), &second, interview.Options{Scenario: g.Base, Draft: dr, DraftPath: draft})
			if err != nil || resumed != want {
				t.Errorf("resumed: %+v, %v\n%s", resumed, err, second.String())
			}

			data := saveFromReview(t, dir, "rules.yaml", want)
			if saved, _, err := plans.Parse("rules.yaml", data); err != nil || saved != want {
				t.Errorf("saved %+v, %v\n%s", saved, err, data)
			}
		})
	}
}
