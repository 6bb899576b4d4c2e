package interview

import (
	"slices"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// The typical concierge sessions follow the visits needed while nobody has
// given them: the typical figures are 18 sessions for a 24-visit course
// (reference-figures.md, "Typical numbers"), fewer and longer, so a patient
// who needs 10 visits is not compared with 18 concierge sessions.
func TestTypicalConciergeSessionsFollowTheVisits(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	for _, c := range []struct{ visits, want string }{
		{"10", "8"},  // 10 × 18/24 = 7.5, half up: 8
		{"20", "15"}, // 20 × 18/24 = 15
		{"24", "18"}, // the typical figures themselves
		{"3", "2"},   // 3 × 18/24 = 2.25: 2
		{"1", "1"},   // 0.75, half up: 1
	} {
		a.Set("care.visits", c.visits)
		if got := a.Text("care.concierge.visits"); got != c.want {
			t.Errorf("visits %s: concierge sessions %q, want %q", c.visits, got, c.want)
		}
	}
	// still assumed: worked out from a typical ratio, not given
	if !slices.Contains(a.Assumed(), "care.concierge.visits") {
		t.Errorf("the sessions are not assumed: %v", a.Assumed())
	}
	// a new plan type keeps them following the visits typed (10: 8), not
	// the preset's 18
	a.Set("care.visits", "10")
	a.Set("plan.type", "hmo")
	if got := a.Text("care.concierge.visits"); got != "8" {
		t.Errorf("after a new plan type: concierge sessions %q, want 8", got)
	}
	// sessions the user gave are theirs
	a.Set("care.concierge.visits", "12")
	a.Set("care.visits", "30")
	if got := a.Text("care.concierge.visits"); got != "12" {
		t.Errorf("typed sessions became %q, want the 12 typed", got)
	}
	// a file's figures are the user's: nothing follows
	f := NewAnswersFor(Options{Scenario: plans.Preset(calc.PPO), Path: "f.yaml"})
	f.Set("care.visits", "10")
	if got := f.Text("care.concierge.visits"); got != "18" {
		t.Errorf("a file's sessions became %q, want its 18", got)
	}
}
