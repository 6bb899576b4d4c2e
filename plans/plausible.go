package plans

import (
	"fmt"
	"strings"

	"github.com/carecost/carecost/calc"
)

// WarnUnusuallyHigh: a figure far above what a real plan or clinic has (a
// visit priced at $150,175 because 175 was typed after a suggested 150).
// Field is the figure's path; Amount is its value and Limit the bound it
// passed, both in the field's units (cents for money, basis points for a
// rate, the number itself for a count). Such a figure is estimated as given
// (the file stays valid); the warning asks the user to check it, and the
// walk-throughs ask once "unusually high: keep it?" (docs/decisions.md).
const WarnUnusuallyHigh calc.WarningCode = "unusually_high"

// plausibleRule is one bound of plausibility: a figure above it is
// questioned, never refused.
type plausibleRule struct {
	path string
	// limit is the bound in the field's units for the plan year and the
	// coverage tier, with what it is in words ("therapy visits rarely cost
	// more than $1,000.00").
	limit func(year int, tier calc.Coverage) (int64, string)
	// get reads the figure from a scenario; ok is false where it means
	// nothing (an out-of-network figure without out-of-network benefits,
	// another kind's policy field, no plan at all).
	get func(s *calc.Scenario) (v int64, ok bool)
}

// The bounds (docs/decisions.md, "Plausibility bounds").
const (
	visitPriceBound   = calc.Cents(100_000) // $1,000 a visit
	visitsBound       = 200                 // visits in a year
	minutesBound      = 180                 // a three-hour session
	daysBound         = 180                 // money back after half a year
	planPremiumBound  = calc.Cents(500_000) // $5,000 a month
	policyPremiumBnd  = calc.Cents(100_000) // $1,000 a month
	taxRateBound      = calc.BasisPoints(6000)
	accountBalanceBnd = calc.Cents(10_000_000) // $100,000
)

func fixed(v int64, why string) func(int, calc.Coverage) (int64, string) {
	return func(int, calc.Coverage) (int64, string) { return v, why }
}

// acaLimit bounds a deductible: none of a real plan is above the year's ACA
// in-network out-of-pocket limit for its coverage tier.
func acaLimit(year int, tier calc.Coverage) (int64, string) {
	v := mustFigure(ForCoverage(ACAOOPMaxSelf, ACAOOPMaxFamily, tier), year)
	n := ForCoverage(ACAOOPMaxSelf, ACAOOPMaxFamily, tier)
	return int64(v.Amount()), fmt.Sprintf("it is above the %d ACA out-of-pocket limit of %s for %s (%s), which deductibles stay under",
		v.Year, v.Amount(), tierWords(n), v.Source)
}

var (
	visitPrice = fixed(int64(visitPriceBound), "therapy visits rarely cost more than "+visitPriceBound.String())
	visitCount = fixed(visitsBound, fmt.Sprintf("a course of therapy rarely has more than %d visits in a year", visitsBound))
	minutes    = fixed(minutesBound, fmt.Sprintf("therapy sessions rarely last more than %d minutes", minutesBound))
)

func hasPlan(s *calc.Scenario) bool { return s.Plan.Type != calc.NoPlan }
func oonCovered(s *calc.Scenario) bool {
	return hasPlan(s) && s.Plan.OutOfNetwork.Covered
}
func policyIs(s *calc.Scenario, kinds ...calc.SupplementalKind) bool {
	for _, k := range kinds {
		if s.Supplemental.Kind == k {
			return true
		}
	}
	return false
}
func hasAccount(s *calc.Scenario) bool {
	return s.Account.Kind == calc.HSA || s.Account.Kind == calc.FSA
}

func money(c calc.Cents, ok bool) (int64, bool) { return int64(c), ok }

var plausibleRules = []plausibleRule{
	{"plan.premium_monthly",
		fixed(int64(planPremiumBound), "health plans rarely cost more than "+planPremiumBound.String()+" a month"),
		func(s *calc.Scenario) (int64, bool) { return money(s.Plan.PremiumMonthly, hasPlan(s)) }},
	{"plan.in_network.deductible", acaLimit,
		func(s *calc.Scenario) (int64, bool) { return money(s.Plan.InNetwork.Deductible, hasPlan(s)) }},
	{"plan.in_network.copay", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Plan.InNetwork.Copay, hasPlan(s)) }},
	{"plan.out_of_network.deductible", acaLimit,
		func(s *calc.Scenario) (int64, bool) { return money(s.Plan.OutOfNetwork.Deductible, oonCovered(s)) }},
	{"plan.out_of_network.copay", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Plan.OutOfNetwork.Copay, oonCovered(s)) }},
	{"plan.out_of_network.allowed", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Plan.OutOfNetwork.Allowed, oonCovered(s)) }},
	{"plan.visits_used", visitCount,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Plan.VisitsUsed), hasPlan(s) }},
	{"care.visits", visitCount,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Care.Visits), true }},
	{"care.in_network.charge", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Care.InNetwork.Charge, true) }},
	{"care.in_network.allowed", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Care.InNetwork.Allowed, hasPlan(s)) }},
	{"care.in_network.self_pay", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Care.InNetwork.SelfPay, true) }},
	{"care.in_network.minutes", minutes,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Care.InNetwork.Minutes), true }},
	{"care.out_of_network.cash_rate", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Care.OutOfNetwork.CashRate, true) }},
	{"care.out_of_network.minutes", minutes,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Care.OutOfNetwork.Minutes), true }},
	{"care.out_of_network.visits", visitCount,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Care.OutOfNetwork.Visits), true }},
	{"care.out_of_network.service_fee_per_claim", visitPrice,
		func(s *calc.Scenario) (int64, bool) {
			return money(s.Care.OutOfNetwork.ServiceFeePerClaim, oonCovered(s))
		}},
	{"care.out_of_network.reimbursement_days",
		fixed(daysBound, fmt.Sprintf("plans rarely take more than %d days to pay a claim", daysBound)),
		func(s *calc.Scenario) (int64, bool) {
			return int64(s.Care.OutOfNetwork.ReimbursementDays), oonCovered(s)
		}},
	{"care.concierge.fee", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Care.Concierge.Fee, true) }},
	{"care.concierge.travel_fee", visitPrice,
		func(s *calc.Scenario) (int64, bool) { return money(s.Care.Concierge.TravelFee, true) }},
	{"care.concierge.minutes", minutes,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Care.Concierge.Minutes), true }},
	{"care.concierge.visits", visitCount,
		func(s *calc.Scenario) (int64, bool) { return int64(s.Care.Concierge.Visits), true }},
	{"supplemental.premium_monthly",
		fixed(int64(policyPremiumBnd), "supplemental policies rarely cost more than "+policyPremiumBnd.String()+" a month"),
		func(s *calc.Scenario) (int64, bool) {
			return money(s.Supplemental.PremiumMonthly, policyIs(s, calc.ExtraVisits, calc.Indemnity, calc.Secondary))
		}},
	{"supplemental.visits", visitCount,
		func(s *calc.Scenario) (int64, bool) {
			return int64(s.Supplemental.Visits), policyIs(s, calc.ExtraVisits)
		}},
	{"supplemental.copay", visitPrice,
		func(s *calc.Scenario) (int64, bool) {
			return money(s.Supplemental.Copay, policyIs(s, calc.ExtraVisits))
		}},
	{"supplemental.per_visit", visitPrice,
		func(s *calc.Scenario) (int64, bool) {
			return money(s.Supplemental.PerVisit, policyIs(s, calc.Indemnity))
		}},
	{"supplemental.deductible", acaLimit,
		func(s *calc.Scenario) (int64, bool) {
			return money(s.Supplemental.Deductible, policyIs(s, calc.Secondary))
		}},
	{"account.balance",
		fixed(int64(accountBalanceBnd), "an HSA or FSA rarely holds more than "+accountBalanceBnd.String()),
		func(s *calc.Scenario) (int64, bool) { return money(s.Account.Balance, hasAccount(s)) }},
	{"account.tax_rate",
		fixed(int64(taxRateBound), "no combined income and payroll tax rate is above "+taxRateBound.String()+" %"),
		func(s *calc.Scenario) (int64, bool) { return int64(s.Account.TaxRate), hasAccount(s) }},
}

var plausibleByPath = func() map[string]int {
	m := make(map[string]int, len(plausibleRules))
	for i, r := range plausibleRules {
		m[r.path] = i
	}
	return m
}()

// UnusualWarnings lists every figure of s above its plausibility bound for
// the scenario's plan year and coverage tier, in the order of the fields.
func UnusualWarnings(s calc.Scenario) []calc.Warning {
	var ws []calc.Warning
	year := PlanYear(s)
	for _, r := range plausibleRules {
		v, ok := r.get(&s)
		if !ok {
			continue
		}
		if limit, _ := r.limit(year, s.Plan.Coverage); v > limit {
			ws = append(ws, calc.Warning{Code: WarnUnusuallyHigh, Field: r.path, Amount: calc.Cents(v), Limit: calc.Cents(limit), Year: year})
		}
	}
	return ws
}

// UnusualAnswer reports whether an answer typed for the field at path is
// far above what a real plan or clinic has, for the plan year (0: the
// newest carried) and the coverage tier, and if so the question the
// walk-throughs ask once: "$150,175.00 is unusually high for the clinic's
// charge: therapy visits rarely cost more than $1,000.00. Keep it?". Text
// that is not a valid answer is never unusual (validation speaks first).
func UnusualAnswer(path, text string, year int, tier calc.Coverage) (question string, unusual bool) {
	i, ok := plausibleByPath[path]
	spec, known := Field(path)
	if !ok || !known || ValidateField(path, text) != nil {
		return "", false
	}
	t := NormalizeTyped(spec.Kind, text)
	if t == "" {
		return "", false
	}
	v, _, problem := checkValue(spec, Value{Text: t})
	if problem != "" {
		return "", false
	}
	if year == 0 {
		year = NewestYear
	}
	r := plausibleRules[i]
	limit, why := r.limit(year, tier)
	if v <= limit {
		return "", false
	}
	return fmt.Sprintf("%s is unusually high for %s: %s. Keep it?", formatIn(spec.Kind, v), FieldNoun(r.path), why), true
}

// formatIn shows a value held in a field kind's units: $1,500.00, 29.65 %,
// 250.
func formatIn(k FieldKind, v int64) string {
	switch k {
	case KindMoney:
		return calc.Cents(v).String()
	case KindPercent:
		return calc.BasisPoints(v).String() + " %"
	}
	return itoa(v)
}

// unusualText is the sentence of a WarnUnusuallyHigh warning.
func unusualText(w calc.Warning) string {
	i, ok := plausibleByPath[w.Field]
	spec, _ := Field(w.Field)
	if !ok {
		return string(w.Code)
	}
	r := plausibleRules[i]
	_, why := r.limit(w.Year, coverageOfLimit(w))
	return fmt.Sprintf("%s of %s is unusually high: %s. Check it: the estimate uses it as given.",
		capitalizeFirst(FieldNoun(r.path)), formatIn(spec.Kind, int64(w.Amount)), why)
}

// coverageOfLimit is the coverage tier whose bound a warning carries (only
// the deductibles' bound depends on it).
func coverageOfLimit(w calc.Warning) calc.Coverage {
	if v, ok := Figure(ACAOOPMaxFamily, w.Year); ok && v.Amount() == w.Limit {
		return calc.Family
	}
	return calc.Self
}

func capitalizeFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
