package walkthrough

import (
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// "Does your plan change when it renews?" answered yes starts next year's
// plan as this year's type (interview's dependency): a high-deductible
// plan's next year is a high-deductible plan until the user picks another.
// The select of next year's type must not write its first option, PPO,
// into the empty answer when the form is built, which once made every
// plan renew as a PPO on Enter.
func TestNextYearStartsAsThisYearsType(t *testing.T) {
	s := plans.Preset(calc.HDHP)
	s.Care.StartDate = calc.MakeDate(2026, 12, 14)
	d := newDriver(t, interview.Options{Scenario: s, Step: interview.StepCare})
	d.enterUntil(interview.KeyNextYear)
	d.press("down") // No → Yes: I will give next year's figures
	d.press("enter")
	if got := d.focusedKey(); got != "next_year.type" {
		t.Fatalf("focused %q after yes, want next_year.type\n%s", got, d.view())
	}
	if got := d.answer("next_year.type"); got != string(calc.HDHP) {
		t.Errorf("next year's type starts as %q, want %q (this year's)", got, calc.HDHP)
	}
	d.wantView(t, "> High-deductible plan (HDHP)")
	d.press("enter") // kept as it is
	if got := d.answer("next_year.type"); got != string(calc.HDHP) {
		t.Errorf("Enter kept next year's type as %q, want %q", got, calc.HDHP)
	}
}
