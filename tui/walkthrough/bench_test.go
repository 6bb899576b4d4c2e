package walkthrough

import (
	"testing"

	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// View returns the screen drawn in Update, so it costs nothing at all.
func BenchmarkWizardView(b *testing.B) {
	d := newDriver(b, interview.Options{Scenario: plans.DemoScenario()})
	d.enterUntil("plan.in_network.deductible")
	b.ReportAllocs()
	for b.Loop() {
		_ = d.m.View()
	}
}

// The cost moved into Update: one typed character (validation by the rules
// between answers, through plans.Resolve, and the redraw).
func BenchmarkWizardTypeKey(b *testing.B) {
	d := newDriver(b, interview.Options{Scenario: plans.DemoScenario()})
	d.enterUntil("plan.in_network.deductible")
	keys := []string{"1", "backspace"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.press(keys[i%2])
		i++
	}
}

// The review's layout, on every key there.
func BenchmarkWizardReviewKey(b *testing.B) {
	d := newDriver(b, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	keys := []string{"down", "up"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.press(keys[i%2])
		i++
	}
}
