package calc

import "testing"

// BenchmarkEstimate: 52 visits with every feature switched on — cross-
// accumulating deductibles, visit limit and visits used, balance billing,
// service fees, a concierge superbill, a secondary policy covering out of
// network, an HSA — all three options and the without-supplemental pass.
//
// It reuses the result as the dashboard does (EstimateInto); the first-touch
// cost of fresh ledger memory is BenchmarkEstimateFresh's: 156 ledger lines,
// 24 KB, whose allocation churn (GC, the scavenger's madvise) costs more
// than the arithmetic when a benchmark allocates it in a loop.
func BenchmarkEstimate(b *testing.B) {
	s := benchScenario()
	var r Result
	b.ReportAllocs()
	for b.Loop() {
		EstimateInto(&r, s)
	}
}

// BenchmarkEstimateFresh allocates a new result every time.
func BenchmarkEstimateFresh(b *testing.B) {
	s := benchScenario()
	b.ReportAllocs()
	for b.Loop() {
		_ = Estimate(s)
	}
}

func benchScenario() Scenario {
	s := exampleA()
	s.Care.Visits, s.Care.OutOfNetwork.Visits, s.Care.Concierge.Visits = 52, 52, 52
	s.Plan.VisitsUsed = 4
	s.Plan.InNetwork.DeductibleMet = d(200)
	s.Plan.OutOfNetwork.Deductible, s.Plan.OutOfNetwork.DeductibleMet = d(1000), d(300) // met within the 16 covered visits
	s.Plan.OutOfNetwork.SharesDeductible = true
	s.Care.OutOfNetwork.ServiceFeePercent, s.Care.OutOfNetwork.ServiceFeePerClaim = Percent(5), d(2)
	s.Care.Concierge.Superbill = true
	s.Supplemental = Supplemental{Kind: Secondary, PremiumMonthly: d(30), Deductible: d(250), Coinsurance: Percent(10),
		AnnualMax: Cap(d(3000)), CoversOutOfNetwork: true}
	s.Care.Service = Massage // with a letter: the HSA pays, so the tax path computes
	s.Care.MedicalNecessityLetter = true
	return s
}

// The benchmark's scenario does switch every feature on: each option pays
// something from the HSA, the policy pays, fees and balance billing occur.
func TestBenchScenarioUsesEveryFeature(t *testing.T) {
	r := Estimate(benchScenario())
	for _, o := range r.Options {
		if o.TaxSavings == 0 || o.SupplementalPaid == 0 {
			t.Errorf("%s: tax savings %v, policy paid %v", o.ID, o.TaxSavings, o.SupplementalPaid)
		}
	}
	if out := r.Option(OutOfNetworkCash); out.Fees == 0 || out.PlanPaid == 0 {
		t.Errorf("out of network: fees %v, plan paid %v", out.Fees, out.PlanPaid)
	}
}

// BenchmarkEstimateDated: the same scenario from 14 December with a
// next-year plan, an FSA with a grace period and evaluation prices: the
// reset, plan years, money-back dates, months and the peak cash. Reusing the
// result, it allocates nothing once warm.
func BenchmarkEstimateDated(b *testing.B) {
	s := benchScenarioDated()
	var r Result
	b.ReportAllocs()
	for b.Loop() {
		EstimateInto(&r, s)
	}
}

func benchScenarioDated() Scenario {
	s := benchScenario()
	s.Care.StartDate = MakeDate(2026, 12, 14)
	next := s.Plan
	next.InNetwork.DeductibleMet, next.OutOfNetwork.DeductibleMet, next.VisitsUsed = 0, 0, 0
	next.InNetwork.Deductible = d(2000)
	s.NextYear = NextYear{Set: true, Plan: next}
	s.Account = Account{Kind: FSA, Balance: d(1500), NextBalance: d(1000), TaxRate: Percent(30), FSARule: FSAGrace}
	s.Care.InNetwork.Evaluations = Evaluations{First: VisitPrice{Set: true, Price: d(300), Allowed: d(200), SelfPay: d(300)},
		Re: VisitPrice{Set: true, Price: d(200), Allowed: d(150), SelfPay: d(200)}, ReEvery: 10}
	return s
}

func TestBenchScenarioDatedCrossesTheReset(t *testing.T) {
	r := Estimate(benchScenarioDated())
	for _, o := range r.Options {
		if !o.ResetAtVisit.Set || len(o.Months) < 2 || o.PeakCashOutstanding == 0 {
			t.Errorf("%s: reset %v, %d months, peak %v", o.ID, o.ResetAtVisit, len(o.Months), o.PeakCashOutstanding)
		}
	}
	checkIdentities(t, &r)
}
