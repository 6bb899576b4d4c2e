package report

import "github.com/carecost/carecost/calc"

// DeductibleSkippedWords is said where a deductible "met: never" would
// be, when therapy skips that deductible: it is never met because it is
// never charged, which "never" reads as the opposite of.
const DeductibleSkippedWords = "does not apply"

// SkipsDeductible reports whether, under plan p, the option's claims skip
// the deductible of its network (in network for the clinic, out of network
// for the other two): deductible_applies false, as on most HMOs' copays.
// Such a deductible never moves (docs/cost-rules.md, the markers).
func SkipsDeductible(p *calc.Plan, id calc.OptionID) bool {
	if id == calc.InNetworkClinic {
		return !p.InNetwork.DeductibleApplies
	}
	return !p.OutOfNetwork.DeductibleApplies
}

// DeductibleSkipped reports whether the option's deductible stays unmet
// because therapy skips it in every plan year the option's visits fall in
// (this plan's, and the renewed plan's after a reset): its
// deductible_met_at_visit is null, the JSON says so unchanged, and the
// words say "does not apply" rather than "never". A deductible already met
// before visit 1 is "already", whether or not it applies.
func DeductibleSkipped(s *calc.Scenario, o *calc.Option) bool {
	if !o.FilesClaims || o.DeductibleMetAtVisit.Set || !SkipsDeductible(&s.Plan, o.ID) {
		return false
	}
	if len(o.PlanYears) > 1 && s.NextYear.Set {
		return SkipsDeductible(&s.NextYear.Plan, o.ID)
	}
	return true
}

// PlanOfYear is the plan that rules the option's plan year y: the
// scenario's for its first, the renewed plan's after the reset.
func PlanOfYear(s *calc.Scenario, o *calc.Option, y *calc.PlanYear) *calc.Plan {
	if len(o.PlanYears) > 0 && y.Year != o.PlanYears[0].Year && s.NextYear.Set {
		return &s.NextYear.Plan
	}
	return &s.Plan
}
