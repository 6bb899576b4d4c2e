package plans

import (
	"fmt"

	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text" // named: this package has a func text
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

var plausibleRules = []plausibleRule{
	{"plan.premium_monthly", fixed(int64(planPremiumBound), "health plans rarely cost more than "+planPremiumBound.String()+" a month")},
	{"plan.in_network.deductible", acaLimit},
	{"plan.in_network.copay", visitPrice},
	{"plan.out_of_network.deductible", acaLimit},
	{"plan.out_of_network.copay", visitPrice},
	{"plan.out_of_network.allowed", visitPrice},
	{"plan.visits_used", visitCount},
	{"care.visits", visitCount},
	{"care.in_network.charge", visitPrice},
	{"care.in_network.allowed", visitPrice},
	{"care.in_network.self_pay", visitPrice},
	{"care.in_network.minutes", minutes},
	{"care.out_of_network.cash_rate", visitPrice},
	{"care.out_of_network.minutes", minutes},
	{"care.out_of_network.visits", visitCount},
	{"care.out_of_network.service_fee_per_claim", visitPrice},
	{"care.out_of_network.reimbursement_days", fixed(daysBound, fmt.Sprintf("plans rarely take more than %d days to pay a claim", daysBound))},
	{"care.concierge.fee", visitPrice},
	{"care.concierge.travel_fee", visitPrice},
	{"care.concierge.minutes", minutes},
	{"care.concierge.visits", visitCount},
	{"supplemental.premium_monthly", fixed(int64(policyPremiumBnd), "supplemental policies rarely cost more than "+policyPremiumBnd.String()+" a month")},
	{"supplemental.visits", visitCount},
	{"supplemental.copay", visitPrice},
	{"supplemental.per_visit", visitPrice},
	{"supplemental.deductible", acaLimit},
	{"account.balance", fixed(int64(accountBalanceBnd), "an HSA or FSA rarely holds more than "+accountBalanceBnd.String())},
	{"account.tax_rate", fixed(int64(taxRateBound), "no combined income and payroll tax rate is above "+taxRateBound.String()+" %")},
}

var plausibleByPath = func() map[string]int {
	m := make(map[string]int, len(plausibleRules))
	for i, r := range plausibleRules {
		m[r.path] = i
	}
	return m
}()

// UnusualWarnings lists every figure of s above its plausibility bound for
// the scenario's plan year and coverage tier, in the order of the fields;
// a figure that only repeats the one it defaults to is that one's warning.
func UnusualWarnings(s calc.Scenario) []calc.Warning {
	var ws []calc.Warning
	year := PlanYear(s)
	for _, r := range plausibleRules {
		f, _ := Field(r.path)
		if !Relevant(f, &s) {
			continue
		}
		if sameAsItsSource(f, &s) {
			continue // its source's warning says the figure once
		}
		v := f.Get(&s).N
		if limit, _ := r.limit(year, s.Plan.Coverage); v > limit {
			ws = append(ws, calc.Warning{Code: WarnUnusuallyHigh, Field: r.path, Amount: calc.Cents(v), Limit: calc.Cents(limit), Year: year})
		}
	}
	return ws
}

// sameAsItsSource: a figure that defaults to another (the self-pay rate to
// the charge) and holds that figure's value is not a figure of its own: a
// file written by carecost leaves it out (FileText), and the user who typed
// the charge never gave it. Warning about it too said one typed $150,175 twice.
func sameAsItsSource(f FieldSpec, s *calc.Scenario) bool {
	if f.from == "" {
		return false
	}
	src, ok := Field(f.from)
	return ok && src.acc.get != nil && src.acc.get(s) == f.acc.get(s)
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
		txt.Capitalize(FieldNoun(r.path)), formatIn(spec.Kind, int64(w.Amount)), why)
}

// coverageOfLimit is the coverage tier whose bound a warning carries (only
// the deductibles' bound depends on it).
func coverageOfLimit(w calc.Warning) calc.Coverage {
	if v, ok := Figure(ACAOOPMaxFamily, w.Year); ok && v.Amount() == w.Limit {
		return calc.Family
	}
	return calc.Self
}
