package walkthrough

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// A new question is one row of the field table and one line of the script
// (issue 11): care.start_date, the first field of issue 12, is asked on the
// full-screen walk-through with the row's wording, kept in the draft as
// typed, resumed from it, shown on the review and saved to a file that
// reads back to the scenario with that date and nothing else changed.
func TestNewFieldStartDate(t *testing.T) {
	preset := plans.Preset(calc.PPO)
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	d := newDriver(t, interview.Options{Scenario: preset, DraftPath: draft})
	d.enterUntil("care.start_date")
	f, _ := plans.Field("care.start_date")
	d.wantView(t, f.Title, "leave it empty for no dates")
	d.typeText("2026/12/14") // as people type a date
	d.press("ctrl+c")

	dr, err := interview.LoadDraft(draft)
	if err != nil || dr == nil || dr.Step != interview.StepCare || dr.Answers["care.start_date"] != "2026/12/14" {
		t.Fatalf("draft %+v, %v: want the care step and the date as typed", dr, err)
	}

	r := newDriver(t, interview.Options{Scenario: preset, Draft: dr, DraftPath: draft})
	if r.focusedKey() == "" || r.step() != interview.StepCare {
		t.Fatalf("resumed at %v %q", r.step(), r.focusedKey())
	}
	r.enterToReview()
	r.m.SetSize(80, 60) // the whole review on the screen
	r.wantView(t, "When therapy starts: first visit 2026-12-14")
	r.m.SetSize(80, 22)

	file := filepath.Join(t.TempDir(), "dated.yaml")
	data := r.saveAs(file)
	if !strings.Contains(string(data), "\n  start_date: 2026-12-14\n") {
		t.Errorf("the file does not hold the date as written:\n%s", data)
	}
	got, _, err := plans.Parse(file, data)
	if err != nil {
		t.Fatal(err)
	}
	want := preset
	want.Care.StartDate = calc.MakeDate(2026, 12, 14)
	if got != want {
		t.Errorf("the file reads back as\n%+v\nwant\n%+v", got, want)
	}
}
