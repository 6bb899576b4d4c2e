package walkthrough

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/interview/interviewtest"
	"github.com/carecost/carecost/plans"
)

// oneLine is text with the focused group's bar left out and every run of
// spaces and line breaks made one space, so words the screen wraps are
// found whole.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "┃", " ")), " ")
}

// isChoice reports a question answered by picking.
func isChoice(key string) bool {
	f, ok := plans.Field(key)
	return !ok || f.Kind == plans.KindBool || f.Kind == plans.KindEnum
}

// give answers the focused question: types text, or moves to the choice
// whose value it is.
func (d *driver) give(key, text string) {
	d.t.Helper()
	if !isChoice(key) {
		d.typeText(text)
		return
	}
	for _, dir := range []string{"down", "up"} {
		for range 12 {
			if d.answer(key) == text {
				return
			}
			d.press(dir)
		}
	}
	d.t.Fatalf("%s has no choice %q\n%s", key, text, d.view())
}

// The questions a file alone could hold before are asked on the
// full-screen walk-through with their rows' wording and help, kept in the
// draft as typed, resumed from it, listed on the review and saved to a
// file that reads back to the scenario they make (interviewtest.Groups).
func TestNewRuleQuestions(t *testing.T) {
	for _, g := range interviewtest.Groups() {
		t.Run(g.Name, func(t *testing.T) {
			draft := filepath.Join(t.TempDir(), "draft.yaml")
			d := newDriver(t, interview.Options{Scenario: g.Base, DraftPath: draft})
			for _, a := range g.Answers {
				d.enterUntil(a.Key)
				if a.Key == g.ShowsAt {
					for _, want := range g.Shows {
						if !strings.Contains(oneLine(d.view()), want) {
							t.Errorf("the screen lacks %q:\n%s", want, d.view())
						}
					}
				}
				d.give(a.Key, a.Text)
			}
			d.press("ctrl+c")

			dr := g.CheckDraft(t, draft)
			r := newDriver(t, interview.Options{Scenario: g.Base, Draft: dr, DraftPath: draft})
			r.enterToReview()
			review := r.wholeView()
			for _, want := range g.Review {
				if !strings.Contains(review, want) {
					t.Errorf("the review lacks %q:\n%s", want, review)
				}
			}

			file := filepath.Join(t.TempDir(), "rules.yaml")
			data := r.saveAs(file)
			got, _, err := plans.Parse(file, data)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			want := g.Base
			g.Want(&want)
			if got != want {
				t.Errorf("the file reads back as\n%+v\nwant\n%+v\n%s", got, want, data)
			}
		})
	}
}
