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

// Keys typed faster than the terminal is read reach Bubble Tea v1 as one
// message ("jjjj"); on a choice, where nothing is typed, they act one at
// a time, as the dashboard's do (tui/root.go): four quick j move four
// options down, from PPO to the high-deductible plan (PPO, HMO, EPO, POS
// plan, HDHP), where huh alone ignored them all.
func TestQuickKeysOnAChoice(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	if got := d.focusedKey(); got != "plan.type" {
		t.Fatalf("focused %q, want plan.type", got)
	}
	d.press("jjjj")
	d.wantView(t, "> High-deductible plan (HDHP)")
	d.press("kk")
	d.wantView(t, "> EPO")
}

// On the review, quick keys move the selection one entry a key too.
func TestQuickKeysOnTheReview(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepReview})
	d.press("jj")
	one := d.view()
	d2 := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepReview})
	d2.press("j", "j")
	if two := d2.view(); one != two {
		t.Errorf("jj as one key shows\n%s\nj then j shows\n%s", one, two)
	}
}

// A key that opens a text field leaves what follows it to be typed there:
// "s" then "x" in one message on the review opens the file name and types
// x at its end (the name offered, then x).
func TestQuickKeysIntoTheFileName(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepReview})
	d.press("s")
	before := d.view()
	d2 := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepReview})
	d2.press("sx")
	d.press("x")
	if d.view() != d2.view() || d.view() == before {
		t.Errorf("s then x shows\n%s\nsx as one key shows\n%s", d.view(), d2.view())
	}
}
