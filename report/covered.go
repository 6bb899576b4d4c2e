package report

import "github.com/carecost/carecost/calc"

// PlanPaysNothingWords says what happens, in a patient's words, when the
// plan covers an option's visits but pays nothing on any of them: "Covered,
// but all 24 went to the deductible: the plan pays $0.00". "Covered 24 of
// 24 (0 not)" is true in insurance terms and reads as the plan paying
// (docs/decisions.md, "Covered, but the plan pays $0"). "" when the plan
// pays something, covers no visit, or the option files no claims.
//
// short is the same on one line of a card ("Plan pays $0: deductible"),
// for a card too narrow for the words: a card a line taller pushes the
// chart under it below the fold of an 80×24 terminal. With visits past
// the visit limit short is "": the card keeps its "covered, not" count.
func PlanPaysNothingWords(o *calc.Option) (words, short string) {
	if !o.FilesClaims || o.PlanPaid != 0 {
		return "", ""
	}
	// the visits the plan itself covers (an extra-visits policy's are the
	// policy's) and whether each one's whole allowed amount went to the
	// deductible: no copay, no coinsurance
	n, toDeductible := 0, true
	for i := range o.Ledger {
		r := o.Ledger[i].Note.Rules
		if !o.Ledger[i].Covered || r.Has(calc.RuleExtraVisits) {
			continue
		}
		n++
		if !r.Has(calc.RuleDeductible) || r&(calc.RuleCopay|calc.RuleCoinsurance) != 0 {
			toDeductible = false
		}
	}
	switch {
	case n == 0:
		return "", ""
	case toDeductible && n == o.Visits:
		return "Covered, but all " + itoa(n) + " went to the deductible: the plan pays " + o.PlanPaid.String(), "Plan pays $0: deductible"
	case toDeductible:
		return itoa(n) + " of " + itoa(o.Visits) + " covered, but all " + itoa(n) + " went to the deductible: the plan pays " + o.PlanPaid.String(), ""
	case n == o.Visits:
		return "Covered " + itoa(n) + " of " + itoa(o.Visits) + ", but the plan pays " + o.PlanPaid.String(), "Covered, plan pays $0"
	}
	return "Covered " + itoa(n) + " of " + itoa(o.Visits) + ", but the plan pays " + o.PlanPaid.String(), ""
}
