package walkthrough

import (
	"reflect"
	"slices"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// Enter through the full walk-through keeps every typical figure as it
// was: not typed, so still assumed (an untyped $100 rate must not look like
// a typed one), and the comparison is told so; a typed one is not.
func TestEnterThroughKeepsTypicalFiguresAssumed(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.concierge.visits")
	d.typeKeys("20")
	d.enterToReview()
	d.wantView(t, "deductible $1,500.00 (assumed)")
	d.press("c")
	c, ok := d.completed()
	if !ok {
		t.Fatalf("no comparison\n%s", d.view())
	}
	// every typical figure of the PPO preset but the sessions typed
	want := slices.DeleteFunc(interview.NewAnswers(plans.Preset(calc.PPO)).Assumed(), func(p string) bool { return p == "care.concierge.visits" })
	if !reflect.DeepEqual(c.Assumed, want) || len(want) < 15 {
		t.Errorf("assumed %v\nwant %v", c.Assumed, want)
	}
}

// The review marks an answer not given as assumed.
func TestReviewMarksAssumed(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Assumed: []string{"care.concierge.visits"}, Step: interview.StepReview})
	for range 12 {
		d.press("down")
	}
	d.wantView(t, "sessions 18 (assumed)")
}
