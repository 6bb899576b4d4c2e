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

// validScenario draws a scenario within the ranges scenario-format.md allows.
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
