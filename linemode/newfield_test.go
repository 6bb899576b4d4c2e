package linemode

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// entersBefore is how many Enters keep every answer of s up to the
// question key on the full route (counted from the script, as routeEnters).
func entersBefore(t *testing.T, s calc.Scenario, key string) int {
	t.Helper()
	a := interview.NewAnswers(s)
	n := 0
	for _, st := range interview.Steps {
		if st == interview.StepReview || !a.StepApplies(st) {
			continue
		}
		for _, p := range a.Pages(st, false) {
			if !p.Shown(a) {
				continue
			}
			for _, q := range p.Questions {
				if q.Key == key {
					return n
				}
				n++
			}
		}
		n++
	}
	t.Fatalf("%s is not on the route", key)
	return 0
}

// The line-by-line mode asks the same new question (issue 11's "one row and
// one line"): care.start_date under its page's heading with the row's
// wording, the form to type named; the answer reaches the scenario; a
// walk-through stopped after it keeps it in the draft, and resuming that
// draft finishes with it; saved from the review, the file holds it.
func TestNewFieldStartDateLineByLine(t *testing.T) {
	preset := plans.Preset(calc.PPO)
	before := enters(entersBefore(t, preset, "care.start_date"))
	got, out, err := run(t, preset, before+"2026/12/14\n"+enters(200))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"\nWhen therapy starts\n", "\nDate of the first visit\n", "leave it empty for no dates",
		"Date, YYYY-MM-DD [empty: no dates]: ", "When therapy starts: first visit 2026-12-14"} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, out)
		}
	}
	want := preset
	want.Care.StartDate = calc.MakeDate(2026, 12, 14)
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}

	// stopped right after the answer: the draft keeps it; resumed, it stays
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.yaml")
	var first strings.Builder
	_, err = Run(strings.NewReader(before+"2026-12-14\n"), &first, interview.Options{Scenario: preset, DraftPath: draft})
	if err == nil {
		t.Fatal("the input ended early, yet a scenario was made")
	}
	dr, err := interview.LoadDraft(draft)
	if err != nil || dr == nil || dr.Answers["care.start_date"] != "2026-12-14" {
		t.Fatalf("draft %+v, %v", dr, err)
	}
	var second strings.Builder
	got, err = Run(strings.NewReader(enters(200)), &second, interview.Options{Scenario: preset, Draft: dr, DraftPath: draft})
	if err != nil || got != want {
		t.Errorf("resumed: %+v, %v\n%s", got, err, second.String())
	}

	// saved from the review
	if data := saveFromReview(t, dir, "dated.yaml", want); !strings.Contains(string(data), "\n  start_date: 2026-12-14\n") {
		t.Errorf("saved:\n%s", data)
	}
}
