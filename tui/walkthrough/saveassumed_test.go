package walkthrough

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// Saved from the review, the typical figures the user kept with Enter stay
// assumed when the file is opened again: the visit lengths and the days
// until money comes back, which a file may leave out, are left out, so
// reading it back gives the same figures and marks them assumed again.
// The figures do not move by a cent.
func TestReviewSaveKeepsAssumedFiguresAssumed(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.concierge.minutes")
	d.typeKeys("50") // given: the concierge session is 50 minutes, written
	d.enterToReview()
	file := filepath.Join(t.TempDir(), "mine.yaml")
	data := d.saveAs(file)
	s, _, err := plans.Parse(file, data)
	if err != nil {
		t.Fatalf("the saved file does not open: %v\n%s", err, data)
	}
	want := mustScenario(t, d.m.Answers())
	if s != want {
		t.Errorf("the saved file reads back as another scenario:\n%s", data)
	}
	// the PPO preset's clinic visit is 30 minutes and its out-of-network
	// visit 60 (the file's defaults 30 and 60), money back after 30 days
	// (default 30): assumed, left out, assumed again; the concierge's 50
	// minutes were typed, so written and the user's
	got := plans.DefaultsAssumed(file, data)
	wantAssumed := []string{"care.in_network.minutes", "care.out_of_network.minutes", "care.out_of_network.reimbursement_days"}
	if !slices.Equal(got, wantAssumed) {
		t.Errorf("opened again, assumed %v, want %v\n%s", got, wantAssumed, data)
	}
	if s.Care.Concierge.Minutes != 50 || s.Care.InNetwork.Minutes != 30 || s.Care.OutOfNetwork.Minutes != 60 || s.Care.OutOfNetwork.ReimbursementDays != 30 {
		t.Errorf("figures changed: %+v", s.Care)
	}
	// opened again into the walk-through, the review still says so
	again := newDriver(t, interview.Options{Scenario: s, Path: file, Assumed: got, Step: interview.StepReview})
	for range 30 {
		again.press("down")
	}
	again.wantView(t, "30 (assumed)")
}
