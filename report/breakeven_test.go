package report

import (
	"reflect"
	"testing"

	"github.com/carecost/carecost/calc"
)

// ledger builds an option whose visits cost the patient the given amounts.
func ledger(id calc.OptionID, perVisit ...calc.Cents) calc.Option {
	o := calc.Option{ID: id, Visits: len(perVisit)}
	for k, c := range perVisit {
		o.Ledger = append(o.Ledger, calc.Line{Visit: k + 1, Totals: calc.Totals{OutOfPocket: c}})
		o.OutOfPocket += c
	}
	return o
}

func TestCumulative(t *testing.T) {
	o := ledger(calc.OutOfNetworkCash, 10000, 2000, 0, 2029)
	// 100.00; 100.00 + 20.00 = 120.00; + 0 = 120.00; + 20.29 = 140.29
	want := []calc.Cents{10000, 12000, 12000, 14029}
	got := Cumulative(nil, &o)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Cumulative = %v, want %v", got, want)
	}
	if got[len(got)-1] != o.OutOfPocket {
		t.Errorf("last running total %v != OutOfPocket %v", got[len(got)-1], o.OutOfPocket)
	}
	if got := Cumulative(nil, &calc.Option{}); len(got) != 0 {
		t.Errorf("an empty ledger gives %v", got)
	}
}

func TestCrossings(t *testing.T) {
	in, oon, con := calc.InNetworkClinic, calc.OutOfNetworkCash, calc.ConciergeTherapy
	tests := []struct {
		name    string
		options [3]calc.Option
		want    []Crossing
	}{
		{
			// running totals: in 100, 200, 220, 240; oon 150, 180, 210, 240
			// visit 1 in lower, 2 oon lower (200 > 180): crossing at 2;
			// visit 3 oon lower (220 > 210); visit 4 tie: no crossing.
			// concierge 500 a visit is above both throughout.
			name: "one crossing, then a tie",
			options: [3]calc.Option{
				ledger(in, 10000, 10000, 2000, 2000),
				ledger(oon, 15000, 3000, 3000, 3000),
				ledger(con, 50000, 50000, 50000, 50000),
			},
			want: []Crossing{{Visit: 2, Cheaper: oon, Dearer: in}},
		},
		{
			// in 100, 200, 300; oon 150, 200 (tie), 250: oon was dearer at
			// visit 1, equal at 2, cheaper at 3: the crossing is at 3.
			// concierge 50, 100, 150, 200, 250: cheaper than both throughout.
			name: "a tie between the two sides",
			options: [3]calc.Option{
				ledger(in, 10000, 10000, 10000),
				ledger(oon, 15000, 5000, 5000),
				ledger(con, 5000, 5000, 5000, 5000, 5000),
			},
			want: []Crossing{{Visit: 3, Cheaper: oon, Dearer: in}},
		},
		{
			// in 0, 0, 300, 300; con 100, 200, 300, 400: in lower at 1, 2
			// (con higher), tie at 3, in lower at 4: no crossing. oon $1,000 a
			// visit stays highest.
			name: "no crossing: equal at one visit only",
			options: [3]calc.Option{
				ledger(in, 0, 0, 30000, 0),
				ledger(oon, 100000, 100000, 100000, 100000),
				ledger(con, 10000, 10000, 10000, 10000),
			},
			want: nil,
		},
		{
			// in 100, 200, 300 then ends; con 250, 260, 270, 280, 290:
			// con dearer at 1, cheaper at 3 (300 > 270): crossing at 3. The
			// lines are not compared past in-network's last visit.
			// oon 0 throughout its 2 visits.
			name: "the shorter line ends the comparison",
			options: [3]calc.Option{
				ledger(in, 10000, 10000, 10000),
				ledger(oon, 0, 0),
				ledger(con, 25000, 1000, 1000, 1000, 1000),
			},
			want: []Crossing{{Visit: 3, Cheaper: con, Dearer: in}},
		},
		{
			// in 100, 200, 300, 400; oon 50, 250, 260, 500:
			// oon lower at 1, in lower at 2 (crossing), oon lower at 3
			// (crossing), in lower at 4 (crossing). con 1000 a visit above.
			name: "lines crossing back and forth",
			options: [3]calc.Option{
				ledger(in, 10000, 10000, 10000, 10000),
				ledger(oon, 5000, 20000, 1000, 24000),
				ledger(con, 100000, 100000, 100000, 100000),
			},
			want: []Crossing{
				{Visit: 2, Cheaper: in, Dearer: oon},
				{Visit: 3, Cheaper: oon, Dearer: in},
				{Visit: 4, Cheaper: in, Dearer: oon},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := calc.Result{Options: tt.options}
			if got := Crossings(&r); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Crossings = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestCrossingsFromTheEngine runs a scenario worked by hand through the
// engine: a PPO with a $500 deductible not yet met, 20 % coinsurance,
// allowed $100 = charge; no out-of-network benefits; a concierge at $60 a
// session, no travel fee, no superbill; an out-of-network cash rate of $150.
//
//	in network: visits 1–5 go to the deductible ($100 each: 100, 200, 300,
//	  400, 500), then 20 % of $100 = $20 (520, 540, 560, 580, 600, 620, 640)
//	concierge:  $60 a visit: 60, 120, …, 540 at 9, 600 at 10, 660 at 11
//	out of network: $150 a visit, above both at every visit
//
// Concierge is lower from visit 1; equal at 10 ($600); in network lower at
// 11 ($620 < $660): one crossing, at visit 11.
func TestCrossingsFromTheEngine(t *testing.T) {
	s := calc.Scenario{
		Plan: calc.Plan{Type: calc.PPO, Coverage: calc.Self,
			InNetwork: calc.CostSharing{Deductible: 50000, DeductibleApplies: true, Coinsurance: 2000}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 12,
			InNetwork:    calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30},
			OutOfNetwork: calc.CashCare{CashRate: 15000, Minutes: 60, Visits: 12},
			Concierge:    calc.ConciergeCare{Fee: 6000, Minutes: 60, Visits: 12}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
	r := calc.Estimate(s)
	want := []Crossing{{Visit: 11, Cheaper: calc.InNetworkClinic, Dearer: calc.ConciergeTherapy}}
	if got := Crossings(&r); !reflect.DeepEqual(got, want) {
		t.Fatalf("Crossings = %+v, want %+v", got, want)
	}
	if got, want := want[0].String(), "The in-network clinic becomes cheaper than the concierge therapist at visit 11."; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	// 12 visits: in network 500 + 7 × 20 = $640; concierge 12 × 60 = $720;
	// out of network 12 × 150 = $1,800. Cheapest in network.
	if got := MoreThanCheapest(&r, calc.ConciergeTherapy); got != 8000 {
		t.Errorf("MoreThanCheapest(concierge) = %v, want $80.00", got)
	}
	if got := MoreThanCheapest(&r, calc.OutOfNetworkCash); got != 116000 {
		t.Errorf("MoreThanCheapest(out of network) = %v, want $1,160.00", got)
	}
	if got := MoreThanCheapest(&r, calc.InNetworkClinic); got != 0 {
		t.Errorf("MoreThanCheapest(cheapest) = %v, want 0", got)
	}
}

func TestCoveredVisits(t *testing.T) {
	// 24 visits, 4 not covered: 20 covered.
	o := calc.Option{Visits: 24, UncoveredVisits: 4}
	if got := CoveredVisits(&o); got != 20 {
		t.Errorf("CoveredVisits = %d, want 20", got)
	}
}
