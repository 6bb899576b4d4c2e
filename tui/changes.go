package tui

import (
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// The cards say which inputs differ from the saved scenario, so a counselor
// trying "what if" sees what the figures now assume. Each input belongs to
// the options it changes.

const (
	forInNetwork = 1 << iota
	forOutOfNetwork
	forConcierge
	forClaims = forOutOfNetwork | forConcierge // out-of-network benefits
	forAll    = forInNetwork | forOutOfNetwork | forConcierge
)

type input struct {
	label   string
	options int
	value   func(s *calc.Scenario) string
}

func money(c calc.Cents) string { return c.String() }

func percent(bp calc.BasisPoints) string { return bp.String() + " %" }

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func maxText(l calc.Limit[calc.Cents]) string {
	if !l.Set {
		return "none"
	}
	return l.Value.String()
}

func words(s string) string { return strings.ReplaceAll(s, "_", " ") }

// inputs are the scenario's inputs in the order of the walk-through.
var inputs = []input{
	{"plan type", forAll, func(s *calc.Scenario) string { return plans.PlanTypeName(s.Plan.Type) }},
	{"coverage", forAll, func(s *calc.Scenario) string { return string(s.Plan.Coverage) }},
	{"deductible", forInNetwork, func(s *calc.Scenario) string { return money(s.Plan.InNetwork.Deductible) }},
	{"deductible met", forInNetwork, func(s *calc.Scenario) string { return money(s.Plan.InNetwork.DeductibleMet) }},
	{"deductible applies", forInNetwork, func(s *calc.Scenario) string { return yesNo(s.Plan.InNetwork.DeductibleApplies) }},
	{"copay", forInNetwork, func(s *calc.Scenario) string { return money(s.Plan.InNetwork.Copay) }},
	{"coinsurance", forInNetwork, func(s *calc.Scenario) string { return percent(s.Plan.InNetwork.Coinsurance) }},
	{"out-of-pocket max", forInNetwork, func(s *calc.Scenario) string { return maxText(s.Plan.InNetwork.OOPMax) }},
	{"out-of-pocket spent", forInNetwork, func(s *calc.Scenario) string { return money(s.Plan.InNetwork.OOPSpent) }},
	{"out-of-network benefits", forClaims, func(s *calc.Scenario) string { return yesNo(s.Plan.OutOfNetwork.Covered) }},
	{"OON deductible", forClaims, func(s *calc.Scenario) string { return money(s.Plan.OutOfNetwork.Deductible) }},
	{"OON deductible met", forClaims, func(s *calc.Scenario) string { return money(s.Plan.OutOfNetwork.DeductibleMet) }},
	{"OON coinsurance", forClaims, func(s *calc.Scenario) string { return percent(s.Plan.OutOfNetwork.Coinsurance) }},
	{"OON copay", forClaims, func(s *calc.Scenario) string { return money(s.Plan.OutOfNetwork.Copay) }},
	{"OON max", forClaims, func(s *calc.Scenario) string { return maxText(s.Plan.OutOfNetwork.OOPMax) }},
	{"OON spent", forClaims, func(s *calc.Scenario) string { return money(s.Plan.OutOfNetwork.OOPSpent) }},
	{"OON allowed", forClaims, func(s *calc.Scenario) string { return money(s.Plan.OutOfNetwork.Allowed) }},
	{"shared deductible", forAll, func(s *calc.Scenario) string { return yesNo(s.Plan.OutOfNetwork.SharesDeductible) }},
	{"visit limit", forAll, func(s *calc.Scenario) string {
		if !s.Plan.VisitLimit.Set {
			return "none"
		}
		return itoa(s.Plan.VisitLimit.Value)
	}},
	{"visits used", forAll, func(s *calc.Scenario) string { return itoa(s.Plan.VisitsUsed) }},
	{"service", forAll, func(s *calc.Scenario) string { return words(string(s.Care.Service)) }},
	{"letter", forAll, func(s *calc.Scenario) string { return yesNo(s.Care.MedicalNecessityLetter) }},
	{"visits", forInNetwork, func(s *calc.Scenario) string { return itoa(s.Care.Visits) }},
	{"charge", forInNetwork, func(s *calc.Scenario) string { return money(s.Care.InNetwork.Charge) }},
	{"allowed", forInNetwork, func(s *calc.Scenario) string { return money(s.Care.InNetwork.Allowed) }},
	{"self-pay", forInNetwork, func(s *calc.Scenario) string { return money(s.Care.InNetwork.SelfPay) }},
	{"minutes", forInNetwork, func(s *calc.Scenario) string { return itoa(s.Care.InNetwork.Minutes) }},
	{"visits", forOutOfNetwork, func(s *calc.Scenario) string { return itoa(s.Care.OutOfNetwork.Visits) }},
	{"cash rate", forOutOfNetwork, func(s *calc.Scenario) string { return money(s.Care.OutOfNetwork.CashRate) }},
	{"minutes", forOutOfNetwork, func(s *calc.Scenario) string { return itoa(s.Care.OutOfNetwork.Minutes) }},
	{"claim fee", forOutOfNetwork, func(s *calc.Scenario) string { return money(s.Care.OutOfNetwork.ServiceFeePerClaim) }},
	{"claim fee %", forOutOfNetwork, func(s *calc.Scenario) string { return percent(s.Care.OutOfNetwork.ServiceFeePercent) }},
	{"days to money back", forClaims, func(s *calc.Scenario) string { return itoa(s.Care.OutOfNetwork.ReimbursementDays) }},
	{"visits", forConcierge, func(s *calc.Scenario) string { return itoa(s.Care.Concierge.Visits) }},
	{"session fee", forConcierge, func(s *calc.Scenario) string { return money(s.Care.Concierge.Fee) }},
	{"travel fee", forConcierge, func(s *calc.Scenario) string { return money(s.Care.Concierge.TravelFee) }},
	{"minutes", forConcierge, func(s *calc.Scenario) string { return itoa(s.Care.Concierge.Minutes) }},
	{"superbill", forConcierge, func(s *calc.Scenario) string { return yesNo(s.Care.Concierge.Superbill) }},
	{"policy", forAll, func(s *calc.Scenario) string { return policyText(&s.Supplemental) }},
	{"HSA/FSA", forAll, func(s *calc.Scenario) string { return accountText(&s.Account) }},
}

func policyText(p *calc.Supplemental) string {
	if p.Kind == calc.NoSupplemental || p.Kind == "" {
		return "off"
	}
	return words(string(p.Kind)) + " " + p.PremiumMonthly.String() + "/month"
}

func accountText(a *calc.Account) string {
	if a.Kind == calc.NoAccount || a.Kind == "" {
		return "off"
	}
	return strings.ToUpper(string(a.Kind)) + " " + a.Balance.String()
}

// changes lists, for option i, the inputs of now that differ from saved:
// "visits 18 (was 17)".
func changes(now, saved *calc.Scenario, i int) []string {
	var out []string
	for _, in := range inputs {
		if in.options&(1<<i) == 0 {
			continue
		}
		a, b := in.value(now), in.value(saved)
		if a != b {
			out = append(out, in.label+" "+a+" (was "+b+")")
			continue
		}
		// a policy or account of the same kind and premium but other terms
		if in.label == "policy" && now.Supplemental != saved.Supplemental {
			out = append(out, "policy terms changed")
		}
		if in.label == "HSA/FSA" && now.Account != saved.Account {
			out = append(out, "HSA/FSA terms changed")
		}
	}
	return out
}
