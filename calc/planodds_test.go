package calc

import (
	"reflect"
	"testing"
)

// The chance each plan is the cheapest over a range of visits
// (docs/cost-rules.md, "Plan against plan over a range of visits").

// oddsCare: 4 visits, the range 2, 3, 5 (weights 3, 6, 4, 2; W = 15);
// allowed = charge = $100 in network; out of network no benefits and the
// concierge no superbill, both $500 a visit, so never the cheapest.
func oddsCare(s Scenario) Scenario {
	s.Care.InNetwork = ClinicCare{Charge: d(100), Allowed: d(100), SelfPay: d(100), Minutes: 30}
	s.Plan.OutOfNetwork.Covered = false
	s.Care.OutOfNetwork = CashCare{CashRate: d(500), Minutes: 60, Visits: 4, ReimbursementDays: 30}
	s.Care.Concierge = ConciergeCare{Fee: d(500), Minutes: 60, Visits: 4}
	s.Care.Range = VisitRange{2, 3, 5}
	return s
}

// copayPlan is plan A: a $20 copay from the first visit, $10 a month: in
// network 20 n + 120 = 160, 180, 200, 220 at 2, 3, 4, 5 visits.
func copayPlan() Scenario {
	s := oddsCare(rulesBase(4))
	s.Plan.PremiumMonthly = d(10)
	s.Plan.InNetwork = CostSharing{Copay: d(20), DeductibleApplies: true, OOPMax: Cap(d(5000))}
	return s
}

// depositPlan is plan B: an HDHP, no premium, a $250 deductible and
// nothing after it, an HSA holding only the employer's deposit: out of
// pocket min(100 n, 250) = 200, 250, 250, 250, less the deposit.
func depositPlan(deposit Cents) Scenario {
	s := oddsCare(rulesBase(4))
	s.Plan.Type = HDHP
	s.Plan.InNetwork = CostSharing{Deductible: d(250), DeductibleApplies: true, OOPMax: Cap(d(5000))}
	s.Account = Account{Kind: HSA, EmployerContribution: deposit, TaxRate: Percent(20)}
	return s
}

func rangesOf(t *testing.T, ss ...Scenario) []*RangeResult {
	t.Helper()
	var out []*RangeResult
	for _, s := range ss {
		r, ok := EstimateRange(s)
		if !ok {
			t.Fatal("no range")
		}
		out = append(out, &r)
	}
	return out
}

func TestPlanOddsWorkedExample(t *testing.T) {
	rs := rangesOf(t, copayPlan(), depositPlan(d(40)))
	// Each count's costs, plan A then plan B (whole: + 120, − 40): A 160,
	// 180, 200, 220; B 200 − 40 = 160, 210, 210, 210.
	for i, want := range [][2]Cents{{d(160), d(160)}, {d(180), d(210)}, {d(200), d(210)}, {d(220), d(210)}} {
		for p := range 2 {
			c := rs[p].Counts[i]
			if got := c.Options[0].NetCost + rs[p].PlanCost; got != want[p] {
				t.Errorf("plan %d at %d visits in network: %v, want %v", p, c.Visits, got, want[p])
			}
		}
	}
	got, ok := ComparePlanRanges(rs)
	// 2: a tie (weight 3); 3 and 4: A (6 + 4); 5: B (2).
	want := PlanOdds{TotalWeight: 15, Cheapest: []int64{10, 2}, Tie: 3}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("ok %v, %+v; want %+v", ok, got, want)
	}
	// 10/15 = 66.666… % → 66.67; 2/15 = 13.333… → 13.33; 3/15 = 20.
	if a, b, tie := got.Percent(got.Cheapest[0]), got.Percent(got.Cheapest[1]), got.Percent(got.Tie); a != 6667 || b != 1333 || tie != 2000 {
		t.Errorf("percentages %v, %v, %v; want 66.67, 13.33, 20", a, b, tie)
	}
}

// One cent either side of the tie at 2 visits decides it.
func TestPlanOddsTieBoundary(t *testing.T) {
	for _, tt := range []struct {
		deposit Cents
		want    PlanOdds
	}{
		// $39.99: B 160.01 at 2 visits, A's 160 the cheapest: 3 + 6 + 4.
		{dc(39, 99), PlanOdds{TotalWeight: 15, Cheapest: []int64{13, 2}}},
		{d(40), PlanOdds{TotalWeight: 15, Cheapest: []int64{10, 2}, Tie: 3}},
		// $40.01: B 159.99: 3 + 2.
		{dc(40, 1), PlanOdds{TotalWeight: 15, Cheapest: []int64{10, 5}}},
	} {
		got, ok := ComparePlanRanges(rangesOf(t, copayPlan(), depositPlan(tt.deposit)))
		if !ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("deposit %v: %+v, want %+v", tt.deposit, got, tt.want)
		}
	}
}

// A plan's cost at a count is its cheapest option's; a tie of two of three
// plans is a tie whatever the third; a lone plan of a tie's cost does not
// win it; the order of the plans changes nothing but the order.
func TestPlanOddsThreePlans(t *testing.T) {
	// Plan C: no coverage, $150 a month ($1,800): in network $100 a visit,
	// 200 + 1800 at best: always the dearest. Then A, B (deposit $40), C;
	// then C, B, A.
	c := oddsCare(rulesBase(4))
	c.Plan = Plan{Type: NoPlan, PremiumMonthly: d(150)}
	got, ok := ComparePlanRanges(rangesOf(t, copayPlan(), depositPlan(d(40)), c))
	if want := (PlanOdds{TotalWeight: 15, Cheapest: []int64{10, 2, 0}, Tie: 3}); !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("A, B, C: %+v, want %+v", got, want)
	}
	got, _ = ComparePlanRanges(rangesOf(t, c, depositPlan(d(40)), copayPlan()))
	if want := (PlanOdds{TotalWeight: 15, Cheapest: []int64{0, 2, 10}, Tie: 3}); !reflect.DeepEqual(got, want) {
		t.Errorf("C, B, A: %+v, want %+v", got, want)
	}
	// A plan's best option decides: with the concierge at $40 a visit plan
	// C costs 40 n + 1800, still the dearest, but its best is the concierge.
	c.Care.Concierge.Fee = d(40)
	rs := rangesOf(t, c)
	if got := rs[0].Counts[0].Options[2].NetCost; got != d(80) {
		t.Errorf("C's concierge at 2 visits: %v, want 80", got)
	}
}

// Plans that do not share the range (compare refuses them first) have no
// odds; nor has one plan alone a rival, but its odds are whole.
func TestPlanOddsNeedTheSameRange(t *testing.T) {
	b := depositPlan(d(40))
	b.Care.Range = VisitRange{2, 3, 6}
	if _, ok := ComparePlanRanges(rangesOf(t, copayPlan(), b)); ok {
		t.Error("different ranges compared")
	}
	if _, ok := ComparePlanRanges(nil); ok {
		t.Error("no plans compared")
	}
	if got, ok := ComparePlanRanges(rangesOf(t, copayPlan())); !ok || !reflect.DeepEqual(got, PlanOdds{TotalWeight: 15, Cheapest: []int64{15}}) {
		t.Errorf("one plan: %+v", got)
	}
}
