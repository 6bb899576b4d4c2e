package walkthrough

import (
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// typeKeys types text key by key, as a user does (no clearing first).
func (d *driver) typeKeys(text string) {
	d.t.Helper()
	for _, r := range text {
		d.press(string(r))
	}
}

// The first character typed into an answer the user has not typed here
// replaces it, as a selection would (issue: "$ 150" and 175 gave 150175).
func TestTypingReplacesASuggestedValue(t *testing.T) {
	cases := []struct {
		name, key string
		keys      []string // pressed before typing
		typed     string
		want      string
	}{
		// the PPO preset's charge is 150: typing 175 gives 175, not 150175
		{"replace", "care.in_network.charge", nil, "175", "175"},
		// the preset's deductible met is 0: 400 gives 400, not 0400
		{"replace zero", "plan.in_network.deductible_met", nil, "400", "400"},
		// backspace edits: 150 → 15, then 5 → 155
		{"backspace edits", "care.in_network.charge", []string{"backspace"}, "5", "155"},
		// ← edits: the cursor goes before the 0 of 150, 9 → 1590
		{"left edits", "care.in_network.charge", []string{"left"}, "9", "1590"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
			d.enterUntil(c.key)
			d.wantView(t, typeOverHint)
			d.press(c.keys...)
			d.typeKeys(c.typed)
			if got := d.answer(c.key); got != c.want {
				t.Fatalf("%s after %v and %q: %q, want %q", c.key, c.keys, c.typed, got, c.want)
			}
			d.wantNoView(t, typeOverHint)
		})
	}
}

// The estimate gets the amount typed over the suggestion: $175.00, the
// clinic's charge, not $150,175.00.
func TestTypedOverValueReachesTheScenario(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.in_network.charge")
	d.typeKeys("175")
	d.press("enter")
	if got := mustScenario(t, d.m.Answers()).Care.InNetwork.Charge; got != 17500 {
		t.Errorf("charge = %d cents, want 17500 ($175.00)", got)
	}
}

// An answer typed in this walk-through is the user's text: coming back to
// it, typing goes on where the cursor is.
func TestTypedAnswerIsEditedNotReplaced(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.in_network.charge")
	d.typeKeys("175")
	d.press("enter") // on to the allowed amount
	if k := d.focusedKey(); k != "care.in_network.allowed" {
		t.Fatalf("focus on %q", k)
	}
	d.press("shift+tab") // back to the charge
	if k := d.focusedKey(); k != "care.in_network.charge" {
		t.Fatalf("focus on %q after shift+tab", k)
	}
	d.typeKeys("0")
	if got := d.answer("care.in_network.charge"); got != "1750" {
		t.Errorf("charge %q, want 1750 (typed text is edited, not replaced)", got)
	}
}

// A refilled answer puts the cursor at its end (issue: on an HMO, "Yes, it
// pays part" refilled the out-of-network deductible with 2500 and left the
// cursor after the 2: four backspaces and 800 gave 800,500).
func TestRefilledAnswerCursorAtTheEnd(t *testing.T) {
	for _, c := range []struct {
		name  string
		keys  []string
		typed string
		want  string
	}{
		{"backspaces then type", []string{"backspace", "backspace", "backspace", "backspace"}, "800", "800"},
		{"type over", nil, "800", "800"},
		{"one backspace", []string{"backspace"}, "", "250"}, // 2500 less its last digit
	} {
		t.Run(c.name, func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.HMO)})
			d.enterUntil("plan.out_of_network.covered")
			d.press("up", "enter") // "Yes, it pays part" (the HMO's answer is No)
			if k := d.focusedKey(); k != "plan.out_of_network.deductible" {
				t.Fatalf("focus on %q\n%s", k, d.view())
			}
			if got := d.answer("plan.out_of_network.deductible"); got != "2500" {
				t.Fatalf("refilled deductible %q, want the typical 2500", got)
			}
			d.press(c.keys...)
			d.typeKeys(c.typed)
			if got := d.answer("plan.out_of_network.deductible"); got != c.want {
				t.Errorf("deductible %q, want %q", got, c.want)
			}
		})
	}
}

// An amount far above what a real clinic has is questioned once: Enter is
// held back with the question, Enter again keeps it, and the review still
// warns about it.
func TestUnusualAnswerAskedOnce(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.in_network.charge")
	d.typeKeys("150175") // typed over the suggested 150
	d.press("enter")
	if k := d.focusedKey(); k != "care.in_network.charge" {
		t.Fatalf("Enter went on to %q without asking", k)
	}
	d.wantView(t, "$150,175.00 is unusually high for the clinic's charge", "Keep it?")
	d.press("enter") // keep it
	if k := d.focusedKey(); k != "care.in_network.allowed" {
		t.Fatalf("Enter again did not keep it: focus on %q\n%s", k, d.view())
	}
	d.wantNoView(t, "unusually high")
	d.press("shift+tab", "enter") // back to it and on again: not asked twice
	if k := d.focusedKey(); k != "care.in_network.allowed" {
		t.Fatalf("asked twice: focus on %q\n%s", k, d.view())
	}
	d.enterToReview()
	for range 12 { // to the last step, whose lines end with the warnings
		d.press("down")
	}
	d.wantView(t, "The clinic's charge of $150,175.00 is unusually high")
}

// Typing another answer after the question drops it; a plausible answer
// is never questioned.
func TestUnusualAnswerRetyped(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.in_network.charge")
	d.typeKeys("1750")
	d.press("enter")
	d.wantView(t, "$1,750.00 is unusually high")
	d.press("backspace") // 175
	d.wantNoView(t, "unusually high")
	d.press("enter")
	if k := d.focusedKey(); k != "care.in_network.allowed" {
		t.Fatalf("a plausible $175 was held back: focus on %q\n%s", k, d.view())
	}
	if got := mustScenario(t, d.m.Answers()).Care.InNetwork.Charge; got != 17500 {
		t.Errorf("charge %d cents, want 17500", got)
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
