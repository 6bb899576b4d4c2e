package interview

import (
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// The employer's HSA contribution is asked on the full route only, and only
// when the account is an HSA; an answer given for an HSA does not follow
// the account to an FSA.
func TestEmployerContributionAskedForAnHSAOnTheFullRoute(t *testing.T) {
	asked := func(a *Answers, quick bool) bool {
		for _, p := range a.Pages(StepAccount, quick) {
			for _, q := range p.Questions {
				if q.Key == "account.employer_contribution" && p.When.Holds(a) {
					return true
				}
			}
		}
		return false
	}
	a := NewAnswers(plans.Preset(calc.HDHP)) // an HSA
	if !asked(a, false) || asked(a, true) {
		t.Errorf("an HSA: asked on the full route %v (want true), on the quick %v (want false)", asked(a, false), asked(a, true))
	}
	a.Set("account.employer_contribution", "750")
	if got := mustScenario(t, a).Account.EmployerContribution; got != calc.Dollars(750) {
		t.Errorf("contribution %v, want $750.00", got)
	}
	for _, kind := range []string{"fsa", "none"} {
		a.Set("account.kind", kind)
		if asked(a, false) {
			t.Errorf("%s: asked", kind)
		}
		if got := mustScenario(t, a).Account.EmployerContribution; got != 0 {
			t.Errorf("%s: the HSA's contribution followed: %v", kind, got)
		}
	}
}
