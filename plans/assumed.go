package plans

import (
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
)

// nouns name the scenario's figures inside a sentence, article included:
// "the clinic's charge". The plausibility warnings and the assumed
// figures use them.
var nouns = map[string]string{
	"plan.premium_monthly":                      "the plan's monthly premium",
	"plan.in_network.deductible":                "the in-network deductible",
	"plan.in_network.deductible_met":            "the in-network deductible already met",
	"plan.in_network.copay":                     "the in-network copay",
	"plan.in_network.coinsurance":               "the in-network coinsurance",
	"plan.in_network.oop_max":                   "the in-network out-of-pocket maximum",
	"plan.in_network.oop_spent":                 "what is already paid toward the in-network maximum",
	"plan.out_of_network.deductible":            "the out-of-network deductible",
	"plan.out_of_network.deductible_met":        "the out-of-network deductible already met",
	"plan.out_of_network.copay":                 "the out-of-network copay",
	"plan.out_of_network.coinsurance":           "the out-of-network coinsurance",
	"plan.out_of_network.oop_max":               "the out-of-network out-of-pocket maximum",
	"plan.out_of_network.oop_spent":             "what is already paid toward the out-of-network maximum",
	"plan.out_of_network.allowed":               "the out-of-network allowed amount",
	"plan.visit_limit":                          "the visit limit",
	"plan.visits_used":                          "the visits already used",
	"care.visits":                               "the visits needed",
	"care.in_network.charge":                    "the clinic's charge",
	"care.in_network.allowed":                   "the in-network allowed amount",
	"care.in_network.self_pay":                  "the clinic's self-pay rate",
	"care.in_network.minutes":                   "the minutes of a clinic visit",
	"care.out_of_network.cash_rate":             "the out-of-network cash rate",
	"care.out_of_network.minutes":               "the minutes of an out-of-network visit",
	"care.out_of_network.visits":                "the out-of-network visits",
	"care.out_of_network.service_fee_percent":   "the superbill service's percentage fee",
	"care.out_of_network.service_fee_per_claim": "the superbill service fee per claim",
	"care.out_of_network.reimbursement_days":    "the days until money comes back",
	"care.concierge.fee":                        "the concierge session fee",
	"care.concierge.travel_fee":                 "the concierge travel fee",
	"care.concierge.minutes":                    "the minutes of a concierge session",
	"care.concierge.visits":                     "the concierge sessions",
	"supplemental.premium_monthly":              "the policy's monthly premium",
	"supplemental.visits":                       "the extra visits the policy covers",
	"supplemental.copay":                        "the policy's copay",
	"supplemental.coinsurance":                  "the policy's coinsurance",
	"supplemental.per_visit":                    "the policy's amount per visit",
	"supplemental.max_visits":                   "the visits the policy pays for",
	"supplemental.annual_max":                   "the policy's yearly maximum",
	"supplemental.deductible":                   "the secondary policy's deductible",
	"account.balance":                           "the account balance",
	"account.tax_rate":                          "the tax rate",
}

// FieldNoun names a scenario field inside a sentence ("the clinic's
// charge"); its path for a field without one.
func FieldNoun(path string) string {
	if n, ok := nouns[path]; ok {
		return n
	}
	return path
}

// Assumption is a figure the estimate uses that the user did not give: a
// preset's typical figure, a suggestion, or a file's default.
type Assumption struct {
	Path  string // the field: "care.in_network.allowed"
	Noun  string // "the in-network allowed amount"
	Value string // as shown: "$100.00", "18", "29.65 %"
	Why   string // where it comes from: "a typical PPO figure"
}

// Sentence is the assumption in words: "The in-network allowed amount,
// $100.00: a typical PPO figure".
func (a Assumption) Sentence() string {
	return capitalizeFirst(a.Noun) + ", " + a.Value + ": " + a.Why
}

// Assumptions describes the assumed figures of s, given by their paths
// (the walk-through's untouched answers, a file's defaults), care first
// (assumedOrder). Paths that are not figures of s are left out.
func Assumptions(s calc.Scenario, paths []string) []Assumption {
	if len(paths) == 0 {
		return nil
	}
	want := map[string]bool{}
	for _, p := range paths {
		want[p] = true
	}
	var out []Assumption
	for _, f := range assumedOrder {
		if !want[f.Path] {
			continue
		}
		v, ok := figureOf(&s, f.Path)
		if !ok {
			continue
		}
		out = append(out, Assumption{Path: f.Path, Noun: FieldNoun(f.Path), Value: formatIn(f.Kind, v), Why: assumedWhy(&s, f.Path)})
	}
	return out
}

// assumedOrder lists the fields as the assumed figures are told: the care
// first (the prices a patient can ask about), then the plan, the account
// and a policy, each in the order of Fields.
var assumedOrder = func() []FieldSpec {
	var out []FieldSpec
	for _, prefix := range []string{"care.", "plan.", "account.", "supplemental."} {
		for _, f := range Fields {
			if strings.HasPrefix(f.Path, prefix) {
				out = append(out, f)
			}
		}
	}
	return out
}()

// figureOf reads a figure of s by its path (the fields that can be
// assumed: amounts, rates and counts); ok is false for any other path and
// for a maximum that is not set.
func figureOf(s *calc.Scenario, path string) (int64, bool) {
	if i, ok := plausibleByPath[path]; ok {
		return plausibleRules[i].get(s)
	}
	p, c := &s.Plan, &s.Care
	switch {
	case strings.HasPrefix(path, "plan.out_of_network.") && !oonCovered(s),
		strings.HasPrefix(path, "plan.") && !hasPlan(s):
		return 0, false
	case strings.HasPrefix(path, "supplemental."):
		spec, _ := Field(path)
		if s.Supplemental.Kind == calc.NoSupplemental || !spec.BelongsTo(string(s.Supplemental.Kind)) {
			return 0, false
		}
	}
	switch path {
	case "plan.in_network.deductible_met":
		return int64(p.InNetwork.DeductibleMet), true
	case "plan.in_network.coinsurance":
		return int64(p.InNetwork.Coinsurance), true
	case "plan.in_network.oop_max":
		return int64(p.InNetwork.OOPMax.Value), p.InNetwork.OOPMax.Set
	case "plan.in_network.oop_spent":
		return int64(p.InNetwork.OOPSpent), true
	case "plan.out_of_network.deductible_met":
		return int64(p.OutOfNetwork.DeductibleMet), true
	case "plan.out_of_network.coinsurance":
		return int64(p.OutOfNetwork.Coinsurance), true
	case "plan.out_of_network.oop_max":
		return int64(p.OutOfNetwork.OOPMax.Value), p.OutOfNetwork.OOPMax.Set
	case "plan.out_of_network.oop_spent":
		return int64(p.OutOfNetwork.OOPSpent), true
	case "plan.visit_limit":
		return int64(p.VisitLimit.Value), p.VisitLimit.Set
	case "care.out_of_network.service_fee_percent":
		return int64(c.OutOfNetwork.ServiceFeePercent), true
	case "supplemental.coinsurance":
		return int64(s.Supplemental.Coinsurance), true
	case "supplemental.max_visits":
		return int64(s.Supplemental.MaxVisits.Value), s.Supplemental.MaxVisits.Set
	case "supplemental.annual_max":
		return int64(s.Supplemental.AnnualMax.Value), s.Supplemental.AnnualMax.Set
	}
	return 0, false
}

// assumedWhy says where an assumed figure comes from.
func assumedWhy(s *calc.Scenario, path string) string {
	plan := PlanTypeName(s.Plan.Type)
	switch {
	case path == "care.in_network.allowed" && s.Plan.Type == calc.Medicare:
		return "Medicare's amount for a typical 45-minute visit"
	case path == "plan.out_of_network.allowed" && s.Plan.Type == calc.Medicare:
		return "Medicare's amount for a non-participating therapist"
	case path == "care.in_network.allowed":
		return "a typical " + plan + " rate"
	case strings.HasPrefix(path, "plan."):
		return "a typical " + plan + " figure"
	case path == "care.visits":
		return "a typical course of therapy (2 visits a week for 12 weeks)"
	case path == "care.concierge.visits" && s.Care.Concierge.Visits < s.Care.Visits:
		return "fewer than the " + strconv.Itoa(s.Care.Visits) + " visits of the course, since each session is longer"
	case path == "care.out_of_network.visits" && s.Care.OutOfNetwork.Visits < s.Care.Visits:
		return "fewer than the " + strconv.Itoa(s.Care.Visits) + " visits of the course, since each visit is longer"
	case strings.HasSuffix(path, ".minutes"):
		return "a typical session length"
	case path == "care.out_of_network.reimbursement_days":
		return "a typical wait for a claim to be paid"
	case strings.HasPrefix(path, "care."):
		return "a typical price"
	case path == "account.tax_rate":
		return "22 % income tax plus 7.65 % payroll tax, a common bracket"
	case path == "account.balance":
		return "a typical balance"
	case strings.HasPrefix(path, "supplemental."):
		return "the ready policy's figure"
	}
	return "a typical figure"
}

// SuggestedAllowedPercent is the share of Medicare's reference amount
// suggested as an out-of-network allowed amount when the user does not know
// it: plans commonly allow 110–140 % of Medicare (reference-figures.md).
const SuggestedAllowedPercent calc.BasisPoints = 12500

// typicalDefaults are the fields whose default, when a file leaves them
// out, is a typical figure rather than "none" or a rule ("same as the
// charge"): a visit's length and the wait for money back.
var typicalDefaults = []string{
	"care.in_network.minutes", "care.out_of_network.minutes", "care.concierge.minutes",
	"care.out_of_network.reimbursement_days",
}

// DefaultsAssumed lists the typical defaults a scenario file leaves out
// (a 30-minute clinic visit, money back after 30 days …): figures the
// estimate assumes, which the handout and the dashboard mark as such. A
// file that does not decode assumes nothing.
func DefaultsAssumed(filename string, data []byte) []string {
	v, errs, _ := decodeScenario(filename, data)
	if len(errs) > 0 {
		return nil
	}
	var out []string
	for _, p := range typicalDefaults {
		if _, written := v[p]; !written {
			out = append(out, p)
		}
	}
	return out
}
