package calc

import "testing"

// Rules real plans have (docs/cost-rules.md, "Rules real plans have"),
// hand-worked, each at and beside its boundary.

func sharesOf(o *Option) []Cents {
	out := make([]Cents, len(o.Ledger))
	for i := range o.Ledger {
		out[i] = o.Ledger[i].OutOfPocket
	}
	return out
}

func TestCopayAndCoinsurance(t *testing.T) {
	// Allowed $100, deductible $30 left, copay $20 then 10 %: 30 + 20 + 10 % ×
	// 50 = 55 (plan 45). Without the field the copay replaces the
	// coinsurance: 30 + 20 = 50.
	s := rulesBase(1)
	s.Plan.InNetwork = CostSharing{Deductible: d(30), DeductibleApplies: true, Copay: d(20), Coinsurance: Percent(10),
		CopayAndCoinsurance: true, OOPMax: Cap(d(5000))}
	r := Estimate(s)
	l := r.Option(InNetworkClinic).Ledger[0]
	if l.OutOfPocket != d(55) || !l.Note.Rules.Has(RuleDeductible|RuleCopay|RuleCoinsurance) {
		t.Errorf("copay and coinsurance: %v (%+v), want $55", l.OutOfPocket, l.Note)
	}
	checkIdentities(t, &r)
	// The maximum with $40 left cuts 15: the coinsurance's 5, then 10 of the
	// copay; the deductible part stays: 30 + 10 = 40, the deductible met.
	s.Plan.InNetwork.OOPSpent = d(4960)
	l = estimate(s).Option(InNetworkClinic).Ledger[0]
	if l.OutOfPocket != d(40) || l.DeductibleRemaining != Cap[Cents](0) || l.Note.Rules.Has(RuleCoinsurance) || !l.Note.Rules.Has(RuleCopay|RuleOOPMaxReached) {
		t.Errorf("cut by the maximum: %v, deductible left %v, note %+v", l.OutOfPocket, l.DeductibleRemaining, l.Note)
	}
	// $10 left: cuts 45: coinsurance 5, copay 20 and 20 of the deductible
	// part, which charges 10: 10, deductible $20 left.
	s.Plan.InNetwork.OOPSpent = d(4990)
	l = estimate(s).Option(InNetworkClinic).Ledger[0]
	if l.OutOfPocket != d(10) || l.DeductibleRemaining != Cap(d(20)) || l.Note.Rules.Has(RuleCopay) {
		t.Errorf("cut into the deductible: %v, deductible left %v, note %+v", l.OutOfPocket, l.DeductibleRemaining, l.Note)
	}
	s.Plan.InNetwork.OOPSpent, s.Plan.InNetwork.CopayAndCoinsurance = 0, false
	if got := estimate(s).Option(InNetworkClinic).OutOfPocket; got != d(50) {
		t.Errorf("copay replacing coinsurance: %v, want $50", got)
	}
}

func TestCopayOutsideTheMaximum(t *testing.T) {
	// Copay $30 (deductible met), maximum $1,000 with $990 spent, 2 visits.
	// Counting: visit 1 cut to 10, visit 2 0. Outside: 30 and 30, the maximum
	// still has $10 left after both.
	s := rulesBase(2)
	s.Plan.InNetwork = CostSharing{DeductibleApplies: true, Copay: d(30), OOPMax: Cap(d(1000)), OOPSpent: d(990)}
	if got := sharesOf(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{d(10), 0}) {
		t.Errorf("copays counting: %v", got)
	}
	s.Plan.InNetwork.CopayOutsideOOP = true
	r := Estimate(s)
	o := r.Option(InNetworkClinic)
	if got := sharesOf(o); !sameCents(got, []Cents{d(30), d(30)}) || o.Ledger[1].OOPRemaining != Cap(d(10)) || o.OOPMaxMetAtVisit != none {
		t.Errorf("copays outside: %v, maximum left %v, met at %v", got, o.Ledger[1].OOPRemaining, o.OOPMaxMetAtVisit)
	}
	checkIdentities(t, &r)
	// With $10 of deductible left and $5 of maximum: the deductible part is cut
	// to 5, the copay 30 is added: 35 (plan 65).
	s.Plan.InNetwork.Deductible, s.Plan.InNetwork.OOPSpent = d(10), d(995)
	if got := sharesOf(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{d(35), d(30)}) {
		t.Errorf("deductible, then copay outside: %v, want 35, 30", got)
	}
}

func TestSharedOutOfPocketMaximum(t *testing.T) {
	// In-network maximum $1,000, $900 spent in network, $50 out of network;
	// shared: $50 left for either option. In network 20 %: 20, 20, 10.
	// Out of network 40 % of $100: 40, 10, 0. Not shared: in network has $100
	// left (20, 20, 20); out of network no maximum (40, 40, 40).
	s := rulesBase(3)
	s.Plan.InNetwork.OOPMax, s.Plan.InNetwork.OOPSpent = Cap(d(1000)), d(900)
	s.Plan.OutOfNetwork.OOPSpent = d(50)
	oonPart := func(o *Option) []Cents { // what the plan leaves of the recognised $100
		out := make([]Cents, len(o.Ledger))
		for i := range o.Ledger {
			out[i] = d(100) - o.Ledger[i].PlanPaid
		}
		return out
	}
	r := Estimate(s)
	if a, b := sharesOf(r.Option(InNetworkClinic)), oonPart(r.Option(OutOfNetworkCash)); !sameCents(a, []Cents{d(20), d(20), d(20)}) ||
		!sameCents(b, []Cents{d(40), d(40), d(40)}) {
		t.Errorf("separate maxima: %v, %v", a, b)
	}
	s.Plan.SharedOOPMax = true
	r = Estimate(s)
	if a, b := sharesOf(r.Option(InNetworkClinic)), oonPart(r.Option(OutOfNetworkCash)); !sameCents(a, []Cents{d(20), d(20), d(10)}) ||
		!sameCents(b, []Cents{d(40), d(10), 0}) {
		t.Errorf("shared maximum: %v, %v", a, b)
	}
	if got := r.Option(OutOfNetworkCash).OOPMaxMetAtVisit; got != at(2) {
		t.Errorf("out of network meets the shared maximum at %v, want 2", got)
	}
	checkIdentities(t, &r)
}

func TestOtherSpending(t *testing.T) {
	// Deductible $1,500, maximum $6,000, 20 %, nothing met; visits $100.
	tests := []struct {
		name      string
		other     Cents
		first     Cents // visit 1's share
		oopLeft   Cents // after visit 1
		dedLeft   Cents
		dedMetAt  OptionalVisit
		oopMetAt  OptionalVisit
		sharesDed bool
		oonLeft   Cents // out-of-network deductible left before visit 1 (with sharing)
	}{
		// $2,000: the deductible is met and $4,000 of the maximum left: visit 1
		// pays 20, leaving 3,980.
		{name: "above the deductible", other: d(2000), first: d(20), oopLeft: d(3980), dedMetAt: at(0), oopMetAt: none},
		// $1,499.99: a cent of deductible left: visit 1 pays 0.01 + 20 % × 99.99
		// (19.998 → 20.00) = 20.01; maximum 6,000 − 1,499.99 − 20.01 = 4,480.
		{name: "a cent under the deductible", other: dc(1499, 99), first: dc(20, 1), oopLeft: d(4480), dedMetAt: at(1), oopMetAt: none},
		// $7,000: the maximum is spent (6,000), nothing more to pay.
		{name: "above the maximum", other: d(7000), first: 0, oopLeft: 0, dedMetAt: at(0), oopMetAt: at(0)},
		// $1,000 with the deductibles sharing: in network $500 left (visit 1
		// pays 100); the out-of-network deductible $3,000 − 1,000 = 2,000 left.
		{name: "crossing to out of network", other: d(1000), first: d(100), oopLeft: d(4900), dedLeft: d(400),
			dedMetAt: none, oopMetAt: none, sharesDed: true, oonLeft: d(2000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(1)
			s.Plan.InNetwork = CostSharing{Deductible: d(1500), DeductibleApplies: true, Coinsurance: Percent(20),
				OOPMax: Cap(d(6000)), OtherSpending: tt.other}
			s.Plan.OutOfNetwork.Deductible = d(3000)
			s.Plan.OutOfNetwork.SharesDeductible = tt.sharesDed
			r := Estimate(s)
			o := r.Option(InNetworkClinic)
			l := o.Ledger[0]
			if l.OutOfPocket != tt.first || l.OOPRemaining != Cap(tt.oopLeft) || l.DeductibleRemaining != Cap(tt.dedLeft) ||
				o.DeductibleMetAtVisit != tt.dedMetAt || o.OOPMaxMetAtVisit != tt.oopMetAt {
				t.Errorf("visit 1 %v (want %v), maximum left %v (want %v), deductible left %v (want %v), markers %v %v",
					l.OutOfPocket, tt.first, l.OOPRemaining, tt.oopLeft, l.DeductibleRemaining, tt.dedLeft, o.DeductibleMetAtVisit, o.OOPMaxMetAtVisit)
			}
			if tt.sharesDed {
				// Out of network visit 1: recognised 100, all to the deductible.
				if got := r.Option(OutOfNetworkCash).Ledger[0].DeductibleRemaining; got != Cap(tt.oonLeft-d(100)) {
					t.Errorf("out-of-network deductible after visit 1: %v, want %v", got, tt.oonLeft-d(100))
				}
			}
			checkIdentities(t, &r)
		})
	}
}

func TestTherapyDollarMaximum(t *testing.T) {
	// Charge = allowed = self-pay $100, no deductible, 20 %: share 20, plan 80.
	tests := []struct {
		name      string
		max, paid Cents
		planBy    []Cents
		oopBy     []Cents
		uncovered int
	}{
		// $150: 80; then 70 (the rest), patient 20 + 10; visit 3 not covered,
		// self-pay 100.
		{"$150", d(150), 0, []Cents{d(80), d(70), 0}, []Cents{d(20), d(30), d(100)}, 1},
		// $160 exactly two visits' worth: 80, 80, then visit 3 not covered.
		{"$160", d(160), 0, []Cents{d(80), d(80), 0}, []Cents{d(20), d(20), d(100)}, 1},
		// $159.99: visit 2 gets 79.99 (patient 20.01), visit 3 not covered.
		{"$159.99", dc(159, 99), 0, []Cents{d(80), dc(79, 99), 0}, []Cents{d(20), dc(20, 1), d(100)}, 1},
		// $160.01: visit 3 is covered, the plan pays the last cent, the patient
		// 20 + 79.99 = 99.99.
		{"$160.01", dc(160, 1), 0, []Cents{d(80), d(80), 1}, []Cents{d(20), d(20), dc(99, 99)}, 0},
		// $170 with $10 paid so far this plan year: as $160.
		{"$170 with $10 paid", d(170), d(10), []Cents{d(80), d(80), 0}, []Cents{d(20), d(20), d(100)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(3)
			s.Plan.TherapyMax, s.Plan.TherapyPaid = Cap(tt.max), tt.paid
			r := Estimate(s)
			o := r.Option(InNetworkClinic)
			plan := make([]Cents, 3)
			for i := range o.Ledger {
				plan[i] = o.Ledger[i].PlanPaid
			}
			if !sameCents(plan, tt.planBy) || !sameCents(sharesOf(o), tt.oopBy) || o.UncoveredVisits != tt.uncovered {
				t.Errorf("plan by visit %v (want %v), patient %v (want %v), uncovered %d", plan, tt.planBy, sharesOf(o), tt.oopBy, o.UncoveredVisits)
			}
			// Only the 20 % counts toward the maximum: $5,000 − 2 × 20 = $4,960 left
			// after visit 2.
			if got := o.Ledger[1].OOPRemaining; got != Cap(d(4960)) {
				t.Errorf("maximum left after visit 2: %v, want $4,960", got)
			}
			checkIdentities(t, &r)
		})
	}
	// Both networks together: out of network 40 % of the recognised 100, plan
	// 60 a visit; $100 maximum: 60, 40 (patient 150 − 40), visit 3 nothing back.
	s := rulesBase(3)
	s.Plan.TherapyMax = Cap(d(100))
	if got := estimate(s).Option(OutOfNetworkCash).PlanPaid; got != d(100) {
		t.Errorf("out of network the plan pays %v, want $100", got)
	}
	// An extra-visits rider does not cover a visit the dollar maximum ends.
	s = rulesBase(2)
	s.Plan.TherapyMax = Cap(d(80))
	s.Supplemental = Supplemental{Kind: ExtraVisits, Visits: 5, Coinsurance: Percent(20)}
	if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{0, 0}) {
		t.Errorf("rider paid %v past the dollar maximum", got)
	}
}
