package calc

import (
	"reflect"
	"testing"
)

// A range of visits (docs/cost-rules.md, "A range of visits"): docs/cost-rules.md's
// example, the ends of the range, the percentile boundary, the scaling.

// rangeExample: care.visits 4. In network: deductible $250, visits $100,
// nothing after the deductible. Out of network: no benefits, $60, 4 visits
// (ratio 1). Concierge: $90, no travel, no superbill, 2 visits (ratio ½).
func rangeExample(r VisitRange) Scenario {
	s := rulesBase(4)
	s.Plan.InNetwork = CostSharing{Deductible: d(250), DeductibleApplies: true, OOPMax: Cap(d(5000))}
	s.Plan.OutOfNetwork.Covered = false
	s.Care.OutOfNetwork.CashRate = d(60)
	s.Care.Concierge = ConciergeCare{Fee: d(90), Minutes: 60, Visits: 2}
	s.Care.Range = r
	return s
}

func TestRangeWorkedExample(t *testing.T) {
	got, ok := EstimateRange(rangeExample(VisitRange{2, 3, 5}))
	// w(2) = 1 × 3 = 3, w(3) = 2 × 3 = 6, w(4) = 2 × 2 = 4, w(5) = 1 × 2 = 2; W
	// = 15. Net costs: in network 200, 250, 250, 250; out of network 120, 180,
	// 240, 300; concierge (counts 1, 2, 2, 3) 90, 180, 180, 270.
	want := RangeResult{
		Range: VisitRange{2, 3, 5}, TotalWeight: 15,
		Options: [3]RangeOption{
			{ID: InNetworkClinic, Fewest: RangePoint{2, d(200)}, Likely: RangePoint{3, d(250)}, Most: RangePoint{5, d(250)},
				P10: d(200), P50: d(250), P90: d(250), CheapestWeight: 2},
			{ID: OutOfNetworkCash, Fewest: RangePoint{2, d(120)}, Likely: RangePoint{3, d(180)}, Most: RangePoint{5, d(300)},
				P10: d(120), P50: d(180), P90: d(300), CheapestWeight: 6},
			{ID: ConciergeTherapy, Fewest: RangePoint{1, d(90)}, Likely: RangePoint{2, d(180)}, Most: RangePoint{3, d(270)},
				P10: d(90), P50: d(180), P90: d(270), CheapestWeight: 7},
		},
		// 2: concierge; 3: out of network (a tie at 180 goes to the earlier);
		// 4: concierge; 5: in network.
		Changes: []CheapestChange{{3, ConciergeTherapy, OutOfNetworkCash}, {4, OutOfNetworkCash, ConciergeTherapy},
			{5, ConciergeTherapy, InNetworkClinic}},
		// Every count with its weight and each option's own visits and net
		// cost, as listed above.
		Counts: []RangeCount{
			{Visits: 2, Weight: 3, Options: [3]RangePoint{{2, d(200)}, {2, d(120)}, {1, d(90)}}},
			{Visits: 3, Weight: 6, Options: [3]RangePoint{{3, d(250)}, {3, d(180)}, {2, d(180)}}},
			{Visits: 4, Weight: 4, Options: [3]RangePoint{{4, d(250)}, {4, d(240)}, {2, d(180)}}},
			{Visits: 5, Weight: 2, Options: [3]RangePoint{{5, d(250)}, {5, d(300)}, {3, d(270)}}},
		},
	}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("ok %v\n got %+v\nwant %+v", ok, got, want)
	}
	// 2/15 = 13.333 % → 13.33; 6/15 = 40 %; 7/15 = 46.667 % → 46.67.
	for i, want := range []BasisPoints{1333, 4000, 4667} {
		if p := got.CheapestPercent(i); p != want {
			t.Errorf("%s: %v %%, want %v", got.Options[i].ID, p, want)
		}
	}
}

func TestRangeEnds(t *testing.T) {
	// One count: fewest = likely = most = 3, weight 1: every percentile is the
	// net cost at 3; out of network is cheapest (180 ties the concierge).
	got, ok := EstimateRange(rangeExample(VisitRange{3, 3, 3}))
	if !ok || got.TotalWeight != 1 || got.Options[1].CheapestWeight != 1 || got.Options[1].P10 != d(180) || got.Options[1].P90 != d(180) ||
		len(got.Changes) != 0 {
		t.Errorf("a single count: %+v", got)
	}
	// fewest = likely = 2, most 4: w(n) = (4 − n + 1) × 1: 3, 2, 1, W = 6.
	got, _ = EstimateRange(rangeExample(VisitRange{2, 2, 4}))
	if got.TotalWeight != 6 || got.Options[2].CheapestWeight != 3+1 || got.Options[1].CheapestWeight != 2 {
		t.Errorf("likely at the fewest: %+v", got)
	}
	// fewest 2, likely = most = 4: w(n) = (n − 1) × 1: 1, 2, 3, W = 6.
	got, _ = EstimateRange(rangeExample(VisitRange{2, 4, 4}))
	if got.TotalWeight != 6 || got.Options[2].CheapestWeight != 1+3 || got.Options[1].CheapestWeight != 2 {
		t.Errorf("likely at the most: %+v", got)
	}
	// Not a range: nothing.
	for _, bad := range []VisitRange{{}, {0, 1, 2}, {3, 2, 4}, {2, 5, 4}, {1, 1, 366}, {-1, 2, 3}} {
		if got, ok := EstimateRange(rangeExample(bad)); ok || !reflect.DeepEqual(got, RangeResult{}) {
			t.Errorf("%+v: ok %v, %+v", bad, ok, got)
		}
	}
	// The most: 365 visits.
	if _, ok := EstimateRange(rangeExample(VisitRange{1, 1, 365})); !ok {
		t.Error("1–365 is a range")
	}
}

func TestRangePercentileAtTheBoundary(t *testing.T) {
	// fewest = likely = 1, most 4: w = 4, 3, 2, 1; W = 10; cumulative 40 %,
	// 70 %, 90 %, 100 %. Out of network 60 n: p10 60, p50 120, p90 reaches 90 %
	// exactly at n = 3: 180 (not 240).
	got, _ := EstimateRange(rangeExample(VisitRange{1, 1, 4}))
	o := got.Options[1]
	if o.P10 != d(60) || o.P50 != d(120) || o.P90 != d(180) {
		t.Errorf("percentiles %v, %v, %v; want 60, 120, 180", o.P10, o.P50, o.P90)
	}
}

func TestRangeScaledCountsNeverBelowOne(t *testing.T) {
	// care.visits 10, concierge 1 visit: n = 2 scales to round(0.2) = 0 → 1;
	// n = 15 to round(1.5) = 2.
	s := rangeExample(VisitRange{2, 2, 15})
	s.Care.Visits, s.Care.Concierge.Visits = 10, 1
	got, _ := EstimateRange(s)
	if c := got.Options[2]; c.Fewest.Visits != 1 || c.Most.Visits != 2 {
		t.Errorf("concierge counts %d and %d, want 1 and 2", c.Fewest.Visits, c.Most.Visits)
	}
}

// BenchmarkEstimateRange: a 10–60 range (51 counts, three options each) of
// the scenario with every feature on.
func BenchmarkEstimateRange(b *testing.B) {
	s := benchScenario()
	s.Care.Range = VisitRange{10, 24, 60}
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := EstimateRange(s); !ok {
			b.Fatal("no range")
		}
	}
}
