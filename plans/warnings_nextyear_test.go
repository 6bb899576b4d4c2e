package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// acrossReset is docs/cost-rules.md's example of "The next plan year's plan
// and the federal limits": an HDHP, self-only, deductible $1,700 and
// maximum $8,500 (2026's minimum and maximum: qualified), beside the HDHP
// preset's $1,500 HSA; n visits of every option from Monday 14 December
// 2026, no year written, so plan year 1's figures are 2026's and plan year
// 2's 2027's. Twice a week, visit 7 falls on 4 January 2027; the concierge,
// once a week, reaches January at its 4th visit.
func acrossReset(n int) calc.Scenario {
	s := hdhp(0, calc.Self, 170000, 850000)
	s.Care.StartDate = calc.MakeDate(2026, 12, 14)
	s.Care.Visits, s.Care.OutOfNetwork.Visits, s.Care.Concierge.Visits = n, n, n
	return s
}

// nextYearPlan gives s a next_year plan of type t, tier and in-network
// deductible and maximum.
func nextYearPlan(s calc.Scenario, t calc.PlanType, tier calc.Coverage, deductible, oopMax calc.Cents) calc.Scenario {
	s.NextYear = calc.NextYear{Set: true, Plan: calc.Plan{Type: t, Coverage: tier,
		InNetwork: calc.CostSharing{Deductible: deductible, DeductibleApplies: true, Coinsurance: 2000, OOPMax: calc.Cap(oopMax)}}}
	return s
}

// The next_year plan meets the limits of plan year 2's year (2027, plan
// year 1's 2026 + 1), at and one cent beside each boundary.
func TestNextYearPlanAgainstFederalLimits(t *testing.T) {
	hd, ppo := calc.HDHP, calc.PPO
	ded := func(plan calc.PlanType, amount, limit calc.Cents, year, py int) calc.Warning {
		return calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: plan, Amount: amount, Limit: limit, Year: year, PlanYear: py}
	}
	hdhpMax := func(amount, limit calc.Cents) calc.Warning {
		return calc.Warning{Code: WarnOOPMaxAboveHDHP, Plan: hd, Amount: amount, Limit: limit, Year: 2027, PlanYear: 2}
	}
	aca := func(amount, limit calc.Cents) calc.Warning {
		return calc.Warning{Code: WarnOOPMaxAboveACA, Plan: ppo, Amount: amount, Limit: limit, Year: 2027, PlanYear: 2}
	}
	// an HSA beside a plan year 2 plan that is not qualified: the $1,500
	// balance, stamped with 2027's minimum deductible figure
	hsa := func(plan calc.PlanType, py int, year int) calc.Warning {
		return calc.Warning{Code: WarnHSANotQualified, Plan: plan, Amount: 150000, Year: year, PlanYear: py}
	}
	for _, c := range []struct {
		name              string
		s                 calc.Scenario
		ded, hdhpMax, aca calc.Warning // plan year 2's (none: no warning)
		hsaNotQualified   []calc.Warning
	}{
		// 2027 self-only: minimum deductible $1,750, maximum $8,700
		{name: "HDHP deductible $1,750: qualifies", s: nextYearPlan(acrossReset(8), hd, calc.Self, 175000, 870000)},
		{name: "HDHP deductible $1,749.99", s: nextYearPlan(acrossReset(8), hd, calc.Self, 174999, 870000),
			ded: ded(hd, 174999, 175000, 2027, 2), hsaNotQualified: []calc.Warning{hsa(hd, 2, 2027)}},
		{name: "HDHP maximum $8,700.01", s: nextYearPlan(acrossReset(8), hd, calc.Self, 175000, 870001),
			hdhpMax: hdhpMax(870001, 870000), hsaNotQualified: []calc.Warning{hsa(hd, 2, 2027)}},
		// 2027 family: $3,500 and $17,400, next year's own tier
		{name: "family HDHP at the limits", s: nextYearPlan(acrossReset(8), hd, calc.Family, 350000, 1740000)},
		{name: "family HDHP $3,499.99 and $17,400.01", s: nextYearPlan(acrossReset(8), hd, calc.Family, 349999, 1740001),
			ded: ded(hd, 349999, 350000, 2027, 2), hdhpMax: hdhpMax(1740001, 1740000),
			hsaNotQualified: []calc.Warning{{Code: WarnHSANotQualified, Plan: hd, Amount: 150000, Year: 2027, PlanYear: 2}}},
		// 2027 ACA: $12,000 self-only, $24,000 family; a PPO is never
		// HSA-qualified
		{name: "PPO maximum $12,000", s: nextYearPlan(acrossReset(8), ppo, calc.Self, 50000, 1200000),
			hsaNotQualified: []calc.Warning{hsa(ppo, 2, 2027)}},
		{name: "PPO maximum $12,000.01", s: nextYearPlan(acrossReset(8), ppo, calc.Self, 50000, 1200001),
			aca: aca(1200001, 1200000), hsaNotQualified: []calc.Warning{hsa(ppo, 2, 2027)}},
		{name: "family PPO $24,000.01", s: nextYearPlan(acrossReset(8), ppo, calc.Family, 50000, 2400001),
			aca: aca(2400001, 2400000), hsaNotQualified: []calc.Warning{hsa(ppo, 2, 2027)}},
		// no visit in plan year 2 (2 visits: the clinic's on 14 and 17
		// December, the concierge's on 14 and 21): nothing of plan year 2
		{name: "no visit in plan year 2", s: nextYearPlan(acrossReset(2), hd, calc.Self, 174999, 870001)},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := FigureWarnings(c.s, nil)
			expectOne(t, ws, WarnHDHPDeductibleBelowMinimum, c.ded)
			expectOne(t, ws, WarnOOPMaxAboveHDHP, c.hdhpMax)
			expectOne(t, ws, WarnOOPMaxAboveACA, c.aca)
			got := find(ws, WarnHSANotQualified)
			if len(got) != len(c.hsaNotQualified) || len(got) == 1 && got[0] != c.hsaNotQualified[0] {
				t.Errorf("HSA not qualified:\n got %+v\nwant %+v", got, c.hsaNotQualified)
			}
		})
	}
}

// A limit both years' plans break warns once for each plan year, naming
// it; with a next_year plan in play plan year 1's warnings name plan year
// 1, without one they are as they were.
func TestNextYearLimitBothYears(t *testing.T) {
	hd := calc.HDHP
	// plan year 1 $1,699.99 against 2026's $1,700; plan year 2 $1,749.99
	// against 2027's $1,750
	s := nextYearPlan(acrossReset(8), hd, calc.Self, 174999, 870000)
	s.Plan.InNetwork.Deductible = 169999
	ws := FigureWarnings(s, nil)
	want := []calc.Warning{
		{Code: WarnHDHPDeductibleBelowMinimum, Plan: hd, Amount: 169999, Limit: 170000, Year: 2026, PlanYear: 1},
		{Code: WarnHDHPDeductibleBelowMinimum, Plan: hd, Amount: 174999, Limit: 175000, Year: 2027, PlanYear: 2},
	}
	if got := find(ws, WarnHDHPDeductibleBelowMinimum); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("both years:\n got %+v\nwant %+v", got, want)
	}
	wantHSA := []calc.Warning{
		{Code: WarnHSANotQualified, Plan: hd, Amount: 150000, Year: 2026, PlanYear: 1},
		{Code: WarnHSANotQualified, Plan: hd, Amount: 150000, Year: 2027, PlanYear: 2},
	}
	if got := find(ws, WarnHSANotQualified); len(got) != 2 || got[0] != wantHSA[0] || got[1] != wantHSA[1] {
		t.Errorf("HSA both years:\n got %+v\nwant %+v", got, wantHSA)
	}

	// plan year 2's plan qualifies: plan year 1's warning alone, named
	s.NextYear.Plan.InNetwork.Deductible = 175000
	expectOne(t, FigureWarnings(s, nil), WarnHDHPDeductibleBelowMinimum, want[0])

	// without next_year: as before, unnamed; and the plan that renews
	// unchanged is not held to 2027's $1,750 (its $1,700 qualifies for 2026)
	s.NextYear = calc.NextYear{}
	expectOne(t, FigureWarnings(s, nil), WarnHDHPDeductibleBelowMinimum,
		calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: hd, Amount: 169999, Limit: 170000, Year: 2026})
	s.Plan.InNetwork.Deductible = 170000
	expectOne(t, FigureWarnings(s, nil), WarnHDHPDeductibleBelowMinimum, calc.Warning{})

	// next_year set but no visit in plan year 2: one plan year, unnamed
	s = nextYearPlan(acrossReset(2), hd, calc.Self, 174999, 870000)
	s.Plan.InNetwork.Deductible = 169999
	expectOne(t, FigureWarnings(s, nil), WarnHDHPDeductibleBelowMinimum,
		calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: hd, Amount: 169999, Limit: 170000, Year: 2026})

	// a year written decides plan year 1's figures, and plan year 2's are
	// the next year's: 2025 then 2026 ($1,650, then $1,700)
	s = nextYearPlan(acrossReset(8), hd, calc.Self, 169999, 850000)
	s.Year = 2025
	s.Plan.InNetwork.Deductible = 165000
	expectOne(t, FigureWarnings(s, nil), WarnHDHPDeductibleBelowMinimum,
		calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: hd, Amount: 169999, Limit: 170000, Year: 2026, PlanYear: 2})

	// a patient who turns 65: Original Medicare next year, and the HSA
	// beside it can take no new contributions then
	s = acrossReset(8)
	s.NextYear = calc.NextYear{Set: true, Plan: calc.Plan{Type: calc.Medicare, Coverage: calc.Self}}
	expectOne(t, FigureWarnings(s, nil), WarnHSANotQualified,
		calc.Warning{Code: WarnHSANotQualified, Plan: calc.Medicare, Amount: 150000, Year: 2027, PlanYear: 2})
}

// An FSA's next_balance meets plan year 2's salary-reduction limit: 2027's
// is not carried, so 2026's $3,400 is used and the warning says so; with or
// without next_year (the election is the account's).
func TestNextYearFSAElectionAgainstLimit(t *testing.T) {
	fsa := func(next calc.Cents, n int) calc.Scenario {
		s := Preset(calc.PPO)
		s.Care.StartDate = calc.MakeDate(2026, 12, 14)
		s.Care.Visits, s.Care.OutOfNetwork.Visits, s.Care.Concierge.Visits = n, n, n
		s.Account = calc.Account{Kind: calc.FSA, Balance: 100000, NextBalance: next, TaxRate: 2000}
		return s
	}
	want := calc.Warning{Code: WarnFSAAboveLimit, Amount: 340001, Limit: 340000, Year: 2026, AskedYear: 2027, PlanYear: 2}
	expectOne(t, FigureWarnings(fsa(340000, 8), nil), WarnFSAAboveLimit, calc.Warning{})
	expectOne(t, FigureWarnings(fsa(340001, 8), nil), WarnFSAAboveLimit, want)
	withPlan := fsa(340001, 8)
	withPlan.NextYear = calc.NextYear{Set: true, Plan: withPlan.Plan}
	expectOne(t, FigureWarnings(withPlan, nil), WarnFSAAboveLimit, want)
	// no visit in plan year 2: the next election pays nothing
	expectOne(t, FigureWarnings(fsa(340001, 2), nil), WarnFSAAboveLimit, calc.Warning{})
	// plan year 1's election above 2026's limit, next year's too: once
	// each, plan year 1's named as next_year is in play
	withPlan.Account.Balance = 340001
	got := find(FigureWarnings(withPlan, nil), WarnFSAAboveLimit)
	py1 := calc.Warning{Code: WarnFSAAboveLimit, Amount: 340001, Limit: 340000, Year: 2026, PlanYear: 1}
	if len(got) != 2 || got[0] != py1 || got[1] != want {
		t.Errorf("both years:\n got %+v\nwant %+v, %+v", got, py1, want)
	}
	// without next_year plan year 1's is as it was, unnamed
	noPlan := fsa(340001, 8)
	noPlan.Account.Balance = 340001
	got = find(FigureWarnings(noPlan, nil), WarnFSAAboveLimit)
	py1.PlanYear = 0
	if len(got) != 2 || got[0] != py1 || got[1] != want {
		t.Errorf("both years without next_year:\n got %+v\nwant %+v, %+v", got, py1, want)
	}
}

func TestNextYearWarningText(t *testing.T) {
	for _, c := range []struct {
		w     calc.Warning
		parts []string
	}{
		{calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: calc.HDHP, Amount: 174999, Limit: 175000, Year: 2027, PlanYear: 2},
			[]string{"The 2027 IRS minimum deductible for an HSA-qualified plan with self-only coverage is $1,750.00 (IRS Rev. Proc. 2026-24)",
				"this plan's $1,749.99 deductible in plan year 2 means it is not HSA-qualified"}},
		{calc.Warning{Code: WarnOOPMaxAboveHDHP, Plan: calc.HDHP, Amount: 870001, Limit: 870000, Year: 2027, PlanYear: 2},
			[]string{"This plan's in-network out-of-pocket maximum of $8,700.01 in plan year 2 is above the 2027 IRS maximum of $8,700.00"}},
		{calc.Warning{Code: WarnOOPMaxAboveACA, Plan: calc.PPO, Amount: 2400001, Limit: 2400000, Year: 2027, PlanYear: 2},
			[]string{"maximum of $24,000.01 in plan year 2 is above the 2027 ACA limit of $24,000.00 for family coverage"}},
		{calc.Warning{Code: WarnHSANotQualified, Plan: calc.Medicare, Amount: 150000, Year: 2027, PlanYear: 2},
			[]string{"An HSA beside this plan in plan year 2: no one enrolled in Medicare", "no new contributions can be made that plan year"}},
		{calc.Warning{Code: WarnFSAAboveLimit, Amount: 340001, Limit: 340000, Year: 2026, AskedYear: 2027, PlanYear: 2},
			[]string{"The FSA election of $3,400.01 for plan year 2 is above the 2026 health FSA salary-reduction limit of $3,400.00",
				"(2027 figure not yet published; using 2026.)"}},
	} {
		text := WarningText(c.w)
		for _, p := range c.parts {
			if !strings.Contains(text, p) {
				t.Errorf("%s: text lacks %q:\n%s", c.w.Code, p, text)
			}
		}
	}
	// unnamed, as before
	text := WarningText(calc.Warning{Code: WarnHSANotQualified, Plan: calc.PPO, Amount: 150000, Year: 2026})
	if !strings.Contains(text, "An HSA beside this plan: a PPO") || !strings.Contains(text, "no new contributions can be made this year") {
		t.Errorf("plan year unnamed: %s", text)
	}
}
