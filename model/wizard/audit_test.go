package wizard

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// question finds key's question among a step's pages.
func question(t *testing.T, a *Answers, s Step, key string) Question {
	t.Helper()
	for _, p := range a.Pages(s) {
		for _, q := range p.Questions {
			if q.Key == key {
				return q
			}
		}
	}
	t.Fatalf("%s is not asked in %v", key, s)
	return Question{}
}

// Only Original Medicare, workers' compensation, PIP and no plan may leave
// the in-network maximum out (scenario-format.md): for every other type the
// question neither offers an empty answer nor says it may be left empty.
func TestOOPMaxEmptyOnlyWhereAllowed(t *testing.T) {
	mayBeEmpty := map[calc.PlanType]bool{ // from the spec, not from plans
		calc.Medicare: true, calc.WorkersComp: true, calc.AutoPIP: true, calc.NoPlan: true,
	}
	for _, pt := range calc.PlanTypes {
		q := question(t, NewAnswers(plans.Preset(pt)), StepInNetwork, "plan.in_network.oop_max")
		offers := q.Empty != ""
		says := strings.Contains(q.Help, "leave it empty")
		if offers != mayBeEmpty[pt] || says != mayBeEmpty[pt] {
			t.Errorf("%s: Empty %q, help %q; may it be empty: %v", pt, q.Empty, q.Help, mayBeEmpty[pt])
		}
	}
}

// A PPO's maximum emptied: the placeholder never offered it, and the error
// says the rule in words, not code names, and does not offer it either.
func TestPPOMaximumMayNotBeEmpty(t *testing.T) {
	d := newDriver(t, Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("plan.in_network.oop_max")
	d.typeText("")
	d.wantNoView(t, "empty: no maximum", "leave it empty")
	d.press("enter")
	if k := d.focusedKey(); k != "plan.in_network.oop_max" {
		t.Fatalf("a PPO without a maximum was accepted: focus on %q", k)
	}
	want := "A PPO must have an out-of-pocket maximum (only Original Medicare, workers' compensation, PIP and no plan may have none)"
	if !strings.Contains(d.m.s.fieldErr, want) {
		t.Errorf("error %q, want it to say %q", d.m.s.fieldErr, want)
	}
	for _, bad := range []string{"ppo", "workers_comp", "auto_pip", "leave it empty", "no maximum"} {
		if strings.Contains(d.m.s.fieldErr, bad) {
			t.Errorf("error %q says %q", d.m.s.fieldErr, bad)
		}
	}
	// an HDHP the same, with its own name and article
	d = newDriver(t, Options{Scenario: plans.Preset(calc.HDHP)})
	d.enterUntil("plan.in_network.oop_max")
	d.typeText("")
	d.press("enter")
	if !strings.Contains(d.m.s.fieldErr, "A high-deductible plan (HDHP) must have an out-of-pocket maximum") {
		t.Errorf("HDHP error %q", d.m.s.fieldErr)
	}
}
