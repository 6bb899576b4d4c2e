package calc

import (
	"reflect"
	"testing"

	"pgregory.net/rapid"
)

func money(t *rapid.T, label string, maxDollars int64) Cents {
	return Cents(rapid.Int64Range(0, maxDollars*100).Draw(t, label))
}

func optionalMoney(t *rapid.T, label string, minimum Cents, maxDollars int64) Limit[Cents] {
	if rapid.Bool().Draw(t, label+" set") {
		return Cap(minimum + money(t, label, maxDollars))
	}
	return Limit[Cents]{}
}

func costSharing(t *rapid.T, label string) CostSharing {
	cs := CostSharing{
		Deductible:        money(t, label+" deductible", 5000),
		DeductibleApplies: rapid.Bool().Draw(t, label+" deductible applies"),
		Coinsurance:       BasisPoints(rapid.Int64Range(0, 10000).Draw(t, label+" coinsurance")),
	}
	if rapid.Bool().Draw(t, label+" copay plan") {
		cs.Copay = money(t, label+" copay", 80)
	}
	cs.DeductibleMet = Cents(rapid.Int64Range(0, int64(cs.Deductible)).Draw(t, label+" deductible met"))
	cs.OOPMax = optionalMoney(t, label+" oop max", cs.Deductible, 15000)
	if cs.OOPMax.Set {
		cs.OOPSpent = Cents(rapid.Int64Range(0, int64(cs.OOPMax.Value)).Draw(t, label+" oop spent"))
	}
	return cs
}

// validScenario draws a scenario within the ranges docs/scenario-format.md allows.
func validScenario(t *rapid.T) Scenario {
	visits := rapid.IntRange(1, 60).Draw(t, "visits")
	s := Scenario{
		Plan: Plan{
			Type:       rapid.SampledFrom(PlanTypes).Draw(t, "plan type"),
			InNetwork:  costSharing(t, "in"),
			VisitsUsed: rapid.IntRange(0, 40).Draw(t, "visits used"),
		},
		Care: Care{
			Service:                rapid.SampledFrom(Services).Draw(t, "service"),
			MedicalNecessityLetter: rapid.Bool().Draw(t, "letter"),
			Visits:                 visits,
			InNetwork: ClinicCare{Charge: money(t, "charge", 400), Allowed: money(t, "allowed", 400),
				SelfPay: money(t, "self pay", 400), Minutes: rapid.IntRange(1, 480).Draw(t, "in minutes")},
			OutOfNetwork: CashCare{CashRate: money(t, "cash", 400), Minutes: rapid.IntRange(1, 480).Draw(t, "oon minutes"),
				Visits:             rapid.IntRange(1, 60).Draw(t, "oon visits"),
				ServiceFeePercent:  BasisPoints(rapid.Int64Range(0, 10000).Draw(t, "fee percent")),
				ServiceFeePerClaim: money(t, "fee per claim", 10), ReimbursementDays: 30},
			Concierge: ConciergeCare{Fee: money(t, "fee", 400), TravelFee: money(t, "travel", 60),
				Minutes: rapid.IntRange(1, 480).Draw(t, "concierge minutes"), Visits: rapid.IntRange(1, 60).Draw(t, "concierge visits"),
				Superbill: rapid.Bool().Draw(t, "superbill")},
		},
		Account: Account{Kind: rapid.SampledFrom(AccountKinds).Draw(t, "account"), Balance: money(t, "balance", 8000),
			TaxRate: BasisPoints(rapid.Int64Range(0, 10000).Draw(t, "tax rate"))},
	}
	if rapid.Bool().Draw(t, "visit limit set") {
		s.Plan.VisitLimit = Cap(rapid.IntRange(0, 60).Draw(t, "visit limit"))
	}
	s.Plan.OutOfNetwork = OutOfNetworkBenefits{Covered: rapid.Bool().Draw(t, "oon covered"), CostSharing: costSharing(t, "oon"),
		Allowed: money(t, "oon allowed", 400), SharesDeductible: rapid.Bool().Draw(t, "shares deductible")}
	sup := Supplemental{Kind: rapid.SampledFrom(SupplementalKinds).Draw(t, "supplemental"), PremiumMonthly: money(t, "premium", 100),
		CoversOutOfNetwork: rapid.Bool().Draw(t, "covers oon")}
	switch sup.Kind {
	case ExtraVisits:
		sup.Visits = rapid.IntRange(0, 40).Draw(t, "extra visits")
		sup.Copay = money(t, "rider copay", 1) * Cents(rapid.IntRange(0, 60).Draw(t, "rider copay x"))
		sup.Coinsurance = BasisPoints(rapid.Int64Range(0, 10000).Draw(t, "rider coinsurance"))
	case Indemnity:
		sup.PerVisit = money(t, "per visit", 200)
		if rapid.Bool().Draw(t, "max visits set") {
			sup.MaxVisits = Cap(rapid.IntRange(0, 40).Draw(t, "max visits"))
		}
		sup.AnnualMax = optionalMoney(t, "annual max", 0, 5000)
	case Secondary:
		sup.Deductible = money(t, "secondary deductible", 1000)
		sup.Coinsurance = BasisPoints(rapid.Int64Range(0, 10000).Draw(t, "secondary coinsurance"))
		sup.AnnualMax = optionalMoney(t, "annual max", 0, 5000)
	}
	s.Supplemental = sup
	return s
}

func TestPropertyIdentities(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		r := Estimate(validScenario(rt))
		checkIdentities(rt, &r)
	})
}

func TestPropertyOneMoreVisitNeverCostsLess(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := validScenario(rt)
		more := s
		more.Care.Visits++
		more.Care.OutOfNetwork.Visits++
		more.Care.Concierge.Visits++
		a, b := Estimate(s), Estimate(more)
		for i := range a.Options {
			x, y := &a.Options[i], &b.Options[i]
			if y.OutOfPocket < x.OutOfPocket || y.NetCost < x.NetCost || y.WithoutSupplementalNetCost < x.WithoutSupplementalNetCost {
				rt.Fatalf("%s: one more visit lowered the cost: out of pocket %v → %v, net %v → %v",
					x.ID, x.OutOfPocket, y.OutOfPocket, x.NetCost, y.NetCost)
			}
		}
	})
}

func TestPropertyWithoutSupplementalMatchesRemovingIt(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := validScenario(rt)
		bare := s
		bare.Supplemental = Supplemental{Kind: NoSupplemental}
		a, b := Estimate(s), Estimate(bare)
		for i := range a.Options {
			if a.Options[i].WithoutSupplementalNetCost != b.Options[i].NetCost {
				rt.Fatalf("%s: without_supplemental %v, estimate without the policy %v", a.Options[i].ID,
					a.Options[i].WithoutSupplementalNetCost, b.Options[i].NetCost)
			}
		}
	})
}

func TestPropertyEstimateIntoReuseEqualsFresh(t *testing.T) {
	var reused Result
	rapid.Check(t, func(rt *rapid.T) {
		s := validScenario(rt)
		EstimateInto(&reused, s) // after whatever the previous case left in it
		fresh := Estimate(s)
		if !reflect.DeepEqual(reused.Options, fresh.Options) || !sameWarnings(reused.Warnings, fresh.Warnings) ||
			reused.Cheapest != fresh.Cheapest || reused.PlanPremiums != fresh.PlanPremiums {
			rt.Fatalf("a reused result differs from a fresh one")
		}
	})
}

// sameWarnings compares two lists of warnings, an empty list equal to nil.
func sameWarnings(a, b []Warning) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// A scenario without the fields of issue 12 estimates exactly as the engine
// did before it (calc/legacy_test.go keeps that engine, frozen).
func TestPropertyUndatedEqualsLegacy(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := validScenario(rt)
		a, b := Estimate(s), legacyEstimate(s)
		if !reflect.DeepEqual(a.Options, b.Options) || !sameWarnings(a.Warnings, b.Warnings) ||
			a.Cheapest != b.Cheapest || a.PlanPremiums != b.PlanPremiums || a.Name != b.Name {
			for i := range a.Options {
				if !reflect.DeepEqual(a.Options[i], b.Options[i]) {
					rt.Fatalf("%s differs from the engine before issue 12:\n got %+v\nwant %+v", a.Options[i].ID, figuresOf(&a.Options[i]), figuresOf(&b.Options[i]))
				}
			}
			rt.Fatalf("the result differs from the engine before issue 12")
		}
	})
}

// withEpisodeFeatures switches on, at random, every rule of issue 12 in a
// valid scenario, within the ranges the rules allow.
func withEpisodeFeatures(t *rapid.T, s Scenario) Scenario {
	if rapid.Bool().Draw(t, "dated") {
		s.Care.StartDate = MakeDate(rapid.IntRange(2025, 2028).Draw(t, "year"), rapid.IntRange(1, 12).Draw(t, "month"),
			rapid.IntRange(1, 28).Draw(t, "day"))
		s.Care.InNetwork.VisitsPerWeek = rapid.IntRange(0, 5).Draw(t, "in per week")
		s.Care.OutOfNetwork.VisitsPerWeek = rapid.IntRange(0, 5).Draw(t, "oon per week")
		s.Care.Concierge.VisitsPerWeek = rapid.IntRange(0, 5).Draw(t, "concierge per week")
		s.Care.OutOfNetwork.ReimbursementDays = rapid.IntRange(0, 365).Draw(t, "reimbursement days")
		if rapid.Bool().Draw(t, "year start") {
			s.Plan.YearStart = MonthDay{rapid.IntRange(1, 12).Draw(t, "ys month"), rapid.IntRange(1, 29).Draw(t, "ys day")}
		}
		if rapid.Bool().Draw(t, "next year") {
			next := validScenario(t).Plan
			next.VisitsUsed = 0
			s.NextYear = NextYear{Set: true, Plan: withPlanRules(t, next)}
		}
	}
	s.Plan = withPlanRules(t, s.Plan)
	for _, ev := range []*Evaluations{&s.Care.InNetwork.Evaluations, &s.Care.OutOfNetwork.Evaluations, &s.Care.Concierge.Evaluations} {
		if rapid.Bool().Draw(t, "evaluation") {
			ev.First = VisitPrice{Set: true, Price: money(t, "eval price", 600), Allowed: money(t, "eval allowed", 600), SelfPay: money(t, "eval self-pay", 600)}
		}
		if rapid.Bool().Draw(t, "re-evaluation") {
			ev.Re = VisitPrice{Set: true, Price: money(t, "re price", 400), Allowed: money(t, "re allowed", 400), SelfPay: money(t, "re self-pay", 400)}
			ev.ReEvery = rapid.IntRange(0, 12).Draw(t, "re every")
		}
	}
	s.Plan.OutOfNetwork.EvaluationAllowed = optionalMoney(t, "oon eval allowed", 0, 600)
	s.Plan.OutOfNetwork.ReEvaluationAllowed = optionalMoney(t, "oon re allowed", 0, 400)
	switch s.Supplemental.Kind {
	case Indemnity:
		s.Supplemental.IndemnityBasis = rapid.SampledFrom([]IndemnityBasis{"", ExpenseIncurred, FixedIndemnity}).Draw(t, "basis")
	case Secondary:
		s.Supplemental.Coordination = rapid.SampledFrom([]Coordination{"", Supplement, Traditional, NonDuplication}).Draw(t, "coordination")
		s.Supplemental.Allowed = optionalMoney(t, "secondary allowed", 0, 400)
		s.Supplemental.PaysExcessCharges = rapid.Bool().Draw(t, "excess charges")
		s.Supplemental.LimitingCharge = BasisPoints(rapid.Int64Range(0, 20000).Draw(t, "limiting charge"))
	}
	if s.Account.Kind == HSA {
		s.Account.EmployerContribution = money(t, "employer contribution", 9000)
	}
	if s.Account.Kind == FSA {
		s.Account.NextBalance = money(t, "next balance", 3000)
		s.Account.FSARule = rapid.SampledFrom([]FSARule{"", NoFSARule, FSACarryover, FSAGrace}).Draw(t, "fsa rule")
		s.Account.Carryover = money(t, "carryover", 700)
	}
	return s
}

func withPlanRules(t *rapid.T, p Plan) Plan {
	for _, cs := range []*CostSharing{&p.InNetwork, &p.OutOfNetwork.CostSharing} {
		cs.CopayAndCoinsurance = rapid.Bool().Draw(t, "copay and coinsurance")
		cs.CopayOutsideOOP = rapid.Bool().Draw(t, "copay outside")
		cs.OtherSpending = money(t, "other spending", 8000)
	}
	p.SharedOOPMax = rapid.Bool().Draw(t, "shared max")
	if rapid.Bool().Draw(t, "therapy max") {
		p.TherapyMax = Cap(money(t, "therapy max", 4000))
		p.TherapyPaid = money(t, "therapy paid", 4000)
	}
	return p
}

// The identities of docs/scenario-format.md, and what holds of dates, plan years,
// months and the peak (checkDated), with every new rule switched on.
func TestPropertyIdentitiesWithEpisodeFeatures(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		r := Estimate(withEpisodeFeatures(rt, validScenario(rt)))
		checkIdentities(rt, &r)
	})
}

// Dates change no money while the episode stays inside one plan year: from
// 5 January, at most 60 visits at 2 a week or more end before December
// (the concierge at 1 a week would not: it gets 2 too).
func TestPropertyDatesWithoutResetChangeNoMoney(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := withEpisodeFeatures(rt, validScenario(rt))
		s.Care.StartDate, s.NextYear, s.Plan.YearStart = Date{}, NextYear{}, MonthDay{}
		dated := s
		dated.Care.StartDate = MakeDate(2026, 1, 5)
		dated.Care.InNetwork.VisitsPerWeek, dated.Care.OutOfNetwork.VisitsPerWeek, dated.Care.Concierge.VisitsPerWeek = 2, 2, 2
		a, b := Estimate(s), Estimate(dated)
		for i := range a.Options {
			x, y := &a.Options[i], &b.Options[i]
			if x.Totals != y.Totals || x.NetCost != y.NetCost || x.WithoutSupplementalNetCost != y.WithoutSupplementalNetCost ||
				x.DeductibleMetAtVisit != y.DeductibleMetAtVisit || x.OOPMaxMetAtVisit != y.OOPMaxMetAtVisit || len(y.PlanYears) != 1 {
				rt.Fatalf("%s: dates inside one plan year changed the money: %+v → %+v", x.ID, figuresOf(x), figuresOf(y))
			}
		}
	})
}

func TestPropertyEstimateIntoReuseWithEpisodeFeatures(t *testing.T) {
	var reused Result
	rapid.Check(t, func(rt *rapid.T) {
		s := withEpisodeFeatures(rt, validScenario(rt))
		EstimateInto(&reused, s)
		if fresh := Estimate(s); !reflect.DeepEqual(reused.Options, fresh.Options) {
			rt.Fatalf("a reused result differs from a fresh one")
		}
	})
}

// The range agrees with estimating each count, its weights add up, its
// percentiles are ordered and the cheapest weights share the whole.
func TestPropertyRange(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := withEpisodeFeatures(rt, validScenario(rt))
		a := rapid.IntRange(1, 40).Draw(rt, "fewest")
		b := rapid.IntRange(a, 45).Draw(rt, "likely")
		c := rapid.IntRange(b, 50).Draw(rt, "most")
		s.Care.Range = VisitRange{a, b, c}
		got, ok := EstimateRange(s)
		if !ok {
			rt.Fatalf("no range for %v", s.Care.Range)
		}
		var w, cheapest int64
		for n := a; n <= c; n++ {
			if n <= b {
				w += int64((n - a + 1) * (c - b + 1))
			} else {
				w += int64((c - n + 1) * (b - a + 1))
			}
		}
		for _, o := range got.Options {
			cheapest += o.CheapestWeight
			if o.P10 > o.P50 || o.P50 > o.P90 {
				rt.Fatalf("%s: percentiles %v %v %v out of order", o.ID, o.P10, o.P50, o.P90)
			}
		}
		if got.TotalWeight != w || cheapest != w {
			rt.Fatalf("weights %d, cheapest %d; want %d", got.TotalWeight, cheapest, w)
		}
		// The likely count, estimated on its own, gives the same net costs.
		one := s
		one.Care.Visits = b
		one.Care.OutOfNetwork.Visits = got.Options[1].Likely.Visits
		one.Care.Concierge.Visits = got.Options[2].Likely.Visits
		r := Estimate(one)
		for i := range r.Options {
			if r.Options[i].NetCost != got.Options[i].Likely.NetCost {
				rt.Fatalf("%s at %d visits: range %v, estimate %v", r.Options[i].ID, b, got.Options[i].Likely.NetCost, r.Options[i].NetCost)
			}
		}
	})
}

// An employer's HSA deposit is money the account can pay, like the
// balance, but saves no tax: moved into the balance it pays the same and
// saves at least as much tax (docs/cost-rules.md, "An employer's HSA
// contribution"), and it is counted once, whole, in the plan's cost.
func TestPropertyEmployerContributionPaysButSavesNoTax(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := withEpisodeFeatures(rt, validScenario(rt))
		s.Account.Kind = HSA
		s.Account.EmployerContribution = money(rt, "deposit", 9000)
		typed := s
		typed.Account.Balance += s.Account.EmployerContribution
		typed.Account.EmployerContribution = 0
		a, b := Estimate(s), Estimate(typed)
		for i := range a.Options {
			x, y := &a.Options[i], &b.Options[i]
			if x.Totals != y.Totals || x.PaidFromAccount != y.PaidFromAccount || x.TaxSavings > y.TaxSavings ||
				x.FromEmployer != min(x.PaidFromAccount, s.Account.EmployerContribution) {
				rt.Fatalf("%s: with the deposit paid %v (%v of it the employer's), tax %v; typed as balance paid %v, tax %v",
					x.ID, x.PaidFromAccount, x.FromEmployer, x.TaxSavings, y.PaidFromAccount, y.TaxSavings)
			}
		}
		if a.PlanCost() != b.PlanCost()-s.Account.EmployerContribution {
			rt.Fatalf("plan cost %v, want %v − %v", a.PlanCost(), b.PlanCost(), s.Account.EmployerContribution)
		}
	})
}
