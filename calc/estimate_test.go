package calc

import "testing"

// figures is what a hand-worked case states about one option. Every field
// is compared, so a case states all of them.
type figures struct {
	billed, writeOff, planPaid, suppPaid, fees Cents
	upfront, reimbursed, oop                   Cents
	premiums, tax, net, withoutSupp            Cents
	dedMet, oopMet, firstUncovered             OptionalVisit
	uncovered                                  int
}

func figuresOf(o *Option) figures {
	return figures{
		billed: o.Billed, writeOff: o.WriteOff, planPaid: o.PlanPaid, suppPaid: o.SupplementalPaid, fees: o.Fees,
		upfront: o.PatientPaidUpfront, reimbursed: o.Reimbursed, oop: o.OutOfPocket,
		premiums: o.Premiums, tax: o.TaxSavings, net: o.NetCost, withoutSupp: o.WithoutSupplementalNetCost,
		dedMet: o.DeductibleMetAtVisit, oopMet: o.OOPMaxMetAtVisit, firstUncovered: o.FirstUncoveredVisit,
		uncovered: o.UncoveredVisits,
	}
}

func checkOption(t *testing.T, r *Result, id OptionID, want figures) {
	t.Helper()
	if got := figuresOf(r.Option(id)); got != want {
		t.Errorf("%s:\n got %+v\nwant %+v", id, got, want)
	}
	checkIdentities(t, r)
}

var none OptionalVisit

func at(v int) OptionalVisit { return Cap(v) }

// d is whole dollars, dc dollars and cents: d(15) = $15.00, dc(15, 5) = $15.05.
func d(v int64) Cents     { return Dollars(v) }
func dc(v, c int64) Cents { return Dollars(v) + Cents(c) }

// exampleA is the worked example A.
func exampleA() Scenario {
	return Scenario{
		Plan: Plan{
			Type: PPO, Coverage: Self,
			InNetwork: CostSharing{Deductible: d(1500), DeductibleApplies: true, Coinsurance: Percent(20), OOPMax: Cap(d(6000))},
			OutOfNetwork: OutOfNetworkBenefits{Covered: true, Allowed: d(110),
				CostSharing: CostSharing{Deductible: d(3000), DeductibleApplies: true, Coinsurance: Percent(40), OOPMax: Cap(d(12000))}},
			VisitLimit: Cap(20),
		},
		Care: Care{
			Service: PhysicalTherapy, Visits: 40,
			InNetwork:    ClinicCare{Charge: d(150), Allowed: d(100), SelfPay: d(120), Minutes: 30},
			OutOfNetwork: CashCare{CashRate: d(175), Minutes: 60, Visits: 40, ReimbursementDays: 30},
			Concierge:    ConciergeCare{Fee: d(225), TravelFee: d(25), Minutes: 60, Visits: 30},
		},
		Supplemental: Supplemental{Kind: ExtraVisits, PremiumMonthly: d(18), Visits: 20, Coinsurance: Percent(20), CoversOutOfNetwork: true},
		Account:      Account{Kind: HSA, Balance: d(1500), TaxRate: Percent(30)},
	}
}

func TestWorkedExampleA(t *testing.T) {
	r := Estimate(exampleA())
	// In network. Visits 1–15 pay $100 each to the deductible ($1,500, met at 15);
	// 16–20 pay 20 % of $100 = $20 (plan $80 each, $400); 21–40 are past the
	// limit, the rider covers them: patient 20 % of $100 = $20, rider $80
	// (20 × $80 = $1,600). Billed 40 × $150 = $6,000 (the rider's visits are
	// billed at the charge), write-off 40 × $50 = $2,000.
	// Out of pocket 1,500 + 100 + 400 = $2,000; premiums 12 × $18 = $216;
	// HSA pays min(2,000, 1,500) = $1,500, 30 % = $450; net 2,000 + 216 − 450 = $1,766.
	// Without the rider, 21–40 cost self-pay $120: 1,600 + 2,400 = $4,000 − 450 = $3,550.
	checkOption(t, &r, InNetworkClinic, figures{
		billed: d(6000), writeOff: d(2000), planPaid: d(400), suppPaid: d(1600),
		upfront: d(2000), oop: d(2000), premiums: d(216), tax: d(450), net: d(1766), withoutSupp: d(3550),
		dedMet: at(15), oopMet: none, firstUncovered: at(21),
	})
	// Out of network. 40 × $175 = $7,000 paid. Visits 1–20 put 20 × $110 = $2,200
	// towards the $3,000 deductible: nothing back. 21–40: the rider pays $110 −
	// 20 % × $110 = $88 each, 20 × 88 = $1,760 back. Out of pocket $5,240;
	// HSA $1,500 → $450; net 5,240 + 216 − 450 = $5,006. Without: 7,000 − 450 = $6,550.
	checkOption(t, &r, OutOfNetworkCash, figures{
		billed: d(7000), suppPaid: d(1760), upfront: d(7000), reimbursed: d(1760), oop: d(5240),
		premiums: d(216), tax: d(450), net: d(5006), withoutSupp: d(6550),
		dedMet: none, oopMet: none, firstUncovered: at(21),
	})
	// Concierge. 30 × ($225 + $25) = $7,500, no superbill, so no claim: every
	// visit uncovered. Net 7,500 − 450 + 216 = $7,266; without 7,500 − 450 = $7,050.
	checkOption(t, &r, ConciergeTherapy, figures{
		billed: d(7500), upfront: d(7500), oop: d(7500), premiums: d(216), tax: d(450),
		net: d(7266), withoutSupp: d(7050), firstUncovered: at(1), uncovered: 30,
	})
	if r.Cheapest != InNetworkClinic {
		t.Errorf("cheapest = %s, want in_network", r.Cheapest)
	}
	in := r.Option(InNetworkClinic)
	// $1,766 / 40 = $44.15; $1,766 × 60 / (40 × 30) = $88.30.
	if in.PerVisit != dc(44, 15) || in.PerHour != dc(88, 30) {
		t.Errorf("in network per visit %v, per hour %v; want $44.15, $88.30", in.PerVisit, in.PerHour)
	}
	// $7,266 / 30 = $242.20 a visit and, at 60 minutes, an hour.
	c := r.Option(ConciergeTherapy)
	if c.PerVisit != dc(242, 20) || c.PerHour != dc(242, 20) {
		t.Errorf("concierge per visit %v, per hour %v; want $242.20 both", c.PerVisit, c.PerHour)
	}
	if got := in.Ledger[14]; !got.Note.Rules.Has(RuleDeductible) || got.DeductibleRemaining != Cap[Cents](0) {
		t.Errorf("visit 15 should meet the deductible: %+v", got)
	}
	if got := in.Ledger[20]; !got.Note.Rules.Has(RulePastVisitLimit|RuleExtraVisits) || !got.Covered {
		t.Errorf("visit 21 should be past the limit and covered by the rider: %+v", got)
	}
}

func TestWorkedExampleBCrossAccumulation(t *testing.T) {
	s := exampleA()
	s.Supplemental = Supplemental{Kind: NoSupplemental}
	s.Account = Account{Kind: NoAccount}
	s.Plan.VisitLimit = Limit[int]{}
	s.Plan.InNetwork.Deductible, s.Plan.InNetwork.DeductibleMet = d(1000), d(600)
	oon := &s.Plan.OutOfNetwork
	oon.Deductible, oon.DeductibleMet, oon.SharesDeductible, oon.Allowed = d(2000), d(100), true, d(120)
	oon.OOPMax = Limit[Cents]{}
	s.Care.Visits, s.Care.OutOfNetwork.Visits, s.Care.OutOfNetwork.CashRate = 15, 15, d(150)
	r := Estimate(s)
	// Out-of-network deductible left: 2,000 − 100 − 600 = $1,300. Visits 1–10 apply
	// 10 × $120 = $1,200; visit 11 applies $100 and 40 % of $20 = $8: share $108,
	// back $12; visits 12–15: 40 % of $120 = $48, back $72 each. Back 12 + 4 × 72 = $300.
	// Paid 15 × $150 = $2,250; out of pocket 2,250 − 300 = $1,950.
	checkOption(t, &r, OutOfNetworkCash, figures{
		billed: d(2250), planPaid: d(300), upfront: d(2250), reimbursed: d(300), oop: d(1950),
		net: d(1950), withoutSupp: d(1950), dedMet: at(11), oopMet: none, firstUncovered: none,
	})
	if got := r.Option(OutOfNetworkCash).Ledger[10]; got.PlanPaid != d(12) || got.DeductibleRemaining != Cap[Cents](0) {
		t.Errorf("visit 11: plan paid %v, deductible left %+v; want $12 and 0", got.PlanPaid, got.DeductibleRemaining)
	}
	// In network the other direction: 1,000 − 600 − 100 = $300 left, met at visit 3
	// ($100 a visit). Then 20 % of $100 = $20 for 12 visits: 300 + 240 = $540.
	in := r.Option(InNetworkClinic)
	if in.DeductibleMetAtVisit != at(3) || in.OutOfPocket != d(540) {
		t.Errorf("in network: deductible met at %+v, out of pocket %v; want 3, $540", in.DeductibleMetAtVisit, in.OutOfPocket)
	}
}

func TestCrossAccumulationOnlyWithOutOfNetworkBenefits(t *testing.T) {
	s := exampleA()
	s.Supplemental = Supplemental{Kind: NoSupplemental}
	s.Plan.InNetwork.DeductibleMet = d(600)
	s.Plan.OutOfNetwork.DeductibleMet = d(100)
	s.Plan.OutOfNetwork.SharesDeductible = true
	s.Plan.OutOfNetwork.Covered = false
	// No out-of-network benefits: the flag has no effect, so in network 1,500 − 600
	// = $900 is left: nine $100 visits, met at visit 9.
	if got := estimate(s).Option(InNetworkClinic).DeductibleMetAtVisit; got != at(9) {
		t.Errorf("deductible met at %+v, want 9", got)
	}
	s.Plan.OutOfNetwork.Covered = true
	// With benefits: 1,500 − 600 − 100 = $800: met at visit 8.
	if got := estimate(s).Option(InNetworkClinic).DeductibleMetAtVisit; got != at(8) {
		t.Errorf("deductible met at %+v, want 8", got)
	}
}

// simpleInNetwork is one network, no limit, no policy: the base of the limit tests.
func simpleInNetwork(ded Cents, coins BasisPoints, oopMax Limit[Cents], visits int) Scenario {
	return Scenario{
		Plan: Plan{Type: PPO, InNetwork: CostSharing{Deductible: ded, DeductibleApplies: true, Coinsurance: coins, OOPMax: oopMax}},
		Care: Care{Service: PhysicalTherapy, Visits: visits,
			InNetwork:    ClinicCare{Charge: d(100), Allowed: d(100), SelfPay: d(100), Minutes: 30},
			OutOfNetwork: CashCare{CashRate: d(100), Minutes: 60, Visits: visits},
			Concierge:    ConciergeCare{Fee: d(100), Minutes: 60, Visits: visits}},
		Supplemental: Supplemental{Kind: NoSupplemental},
	}
}

func TestDeductibleLimit(t *testing.T) {
	tests := []struct {
		name   string
		ded    Cents
		metAt  OptionalVisit
		oop    Cents
		visit2 Cents // visit 2's share, where the deductible is crossed
	}{
		// $100 visits, 20 %, 3 visits. Deductible $200: visits 1–2 pay $100 each,
		// met at 2; visit 3 pays $20: 220.
		{"at the deductible", d(200), at(2), d(220), d(100)},
		// $200.01: visit 3 pays 1¢ of deductible and 20 % of $99.99 = $20.00 (19.998): met at 3.
		{"one cent above", dc(200, 1), at(3), dc(220, 1), d(100)},
		// $199.99: visit 2 pays $99.99 and 20 % of 1¢ = 0.2¢ → 0: 199.99 + 20 = 219.99.
		{"one cent below", dc(199, 99), at(2), dc(219, 99), dc(99, 99)},
		// No deductible: met before visit 1 (marker 0); 3 × $20.
		{"none", 0, at(0), d(60), d(20)},
	}
	for _, tt := range tests {
		r := Estimate(simpleInNetwork(tt.ded, Percent(20), Cap(d(5000)), 3))
		in := r.Option(InNetworkClinic)
		if in.DeductibleMetAtVisit != tt.metAt || in.OutOfPocket != tt.oop || in.Ledger[1].OutOfPocket != tt.visit2 {
			t.Errorf("%s: met at %+v, out of pocket %v, visit 2 %v; want %+v, %v, %v",
				tt.name, in.DeductibleMetAtVisit, in.OutOfPocket, in.Ledger[1].OutOfPocket, tt.metAt, tt.oop, tt.visit2)
		}
		checkIdentities(t, &r)
	}
}

func TestDeductibleThatDoesNotApply(t *testing.T) {
	s := simpleInNetwork(d(500), 0, Cap(d(5000)), 4)
	s.Plan.InNetwork.DeductibleApplies = false
	s.Plan.InNetwork.Copay = d(30)
	r := Estimate(s)
	in := r.Option(InNetworkClinic)
	// Copay $30 from the first visit; the deductible never moves: marker null.
	if in.OutOfPocket != d(120) || in.DeductibleMetAtVisit != none || in.Ledger[3].DeductibleRemaining != Cap(d(500)) {
		t.Errorf("out of pocket %v, met at %+v, left %+v; want $120, null, $500", in.OutOfPocket, in.DeductibleMetAtVisit, in.Ledger[3].DeductibleRemaining)
	}
	// A deductible already met before visit 1 reads 0, applies or not.
	s.Plan.InNetwork.DeductibleMet = d(500)
	if got := estimate(s).Option(InNetworkClinic).DeductibleMetAtVisit; got != at(0) {
		t.Errorf("met deductible marker %+v, want 0", got)
	}
}

func TestOutOfPocketMaxLimit(t *testing.T) {
	tests := []struct {
		name   string
		max    Limit[Cents]
		spent  Cents
		metAt  OptionalVisit
		oop    Cents
		visit3 Cents
	}{
		// No deductible, 20 % of $100 = $20 a visit, 4 visits.
		// Max $60: visits 1–3 reach it, met at 3; visit 4 pays nothing.
		{"at the max", Cap(d(60)), 0, at(3), d(60), d(20)},
		// $60.01: visit 4 pays the last cent, met at 4.
		{"one cent above", Cap(dc(60, 1)), 0, at(4), dc(60, 1), d(20)},
		// $59.99: visit 3 is cut to $19.99, met at 3.
		{"one cent below", Cap(dc(59, 99)), 0, at(3), dc(59, 99), dc(19, 99)},
		// Already spent the whole max: marker 0, nothing to pay.
		{"already met", Cap(d(500)), d(500), at(0), 0, 0},
		// A cap of zero is a cap.
		{"zero cap", Cap[Cents](0), 0, at(0), 0, 0},
		// No maximum: marker null, 4 × $20.
		{"no maximum", Limit[Cents]{}, 0, none, d(80), d(20)},
	}
	for _, tt := range tests {
		s := simpleInNetwork(0, Percent(20), tt.max, 4)
		s.Plan.InNetwork.OOPSpent = tt.spent
		r := Estimate(s)
		in := r.Option(InNetworkClinic)
		if in.OOPMaxMetAtVisit != tt.metAt || in.OutOfPocket != tt.oop || in.Ledger[2].OutOfPocket != tt.visit3 {
			t.Errorf("%s: met at %+v, out of pocket %v, visit 3 %v; want %+v, %v, %v",
				tt.name, in.OOPMaxMetAtVisit, in.OutOfPocket, in.Ledger[2].OutOfPocket, tt.metAt, tt.oop, tt.visit3)
		}
		checkIdentities(t, &r)
	}
}

func TestOutOfPocketCapCutsCoinsuranceFirst(t *testing.T) {
	// Deductible $1,000, 20 %, OOP max $50, one $100 visit: ded part $100 and
	// after 0 → share 100, capped to 50: the cut (50) comes off `after` (0)
	// first, then the deductible part: only $50 of deductible is charged, so
	// $950 of deductible is left while the max is met at visit 1.
	r := Estimate(simpleInNetwork(d(1000), Percent(20), Cap(d(50)), 1))
	l := r.Option(InNetworkClinic).Ledger[0]
	if l.OutOfPocket != d(50) || l.DeductibleRemaining != Cap(d(950)) || l.OOPRemaining != Cap[Cents](0) {
		t.Errorf("visit 1: %+v; want $50 paid, $950 deductible left, 0 OOP left", l)
	}
	if !l.Note.Rules.Has(RuleDeductible | RuleOOPMaxReached) {
		t.Errorf("note %+v should name the deductible and the maximum", l.Note)
	}
	// Deductible $30, 50 %, max $40, one $100 visit: ded 30 + after 35 = 65,
	// capped to 40: the $25 cut comes off the coinsurance: ded 30, after 10.
	r = Estimate(simpleInNetwork(d(30), Percent(50), Cap(d(40)), 1))
	if l := r.Option(InNetworkClinic).Ledger[0]; l.OutOfPocket != d(40) || l.DeductibleRemaining != Cap[Cents](0) {
		t.Errorf("visit 1: %+v; want $40 paid and the deductible met", l)
	}
}

func TestVisitLimit(t *testing.T) {
	tests := []struct {
		name             string
		limit, used      int
		uncovered, first int // first 0: null
	}{
		// 10 visits. Limit 10, none used: all covered.
		{"limit equals visits", 10, 0, 0, 0},
		// Limit 9: visit 10 is the first one past it.
		{"one visit past", 9, 0, 1, 10},
		// Limit 10 with 1 used: visit k covered while 1 + k ≤ 10, so 10 is past.
		{"visits used count", 10, 1, 1, 10},
		// Limit 10 with 10 used: nothing is covered.
		{"all used", 10, 10, 10, 1},
		// Used above the limit (a warning, not an error): nothing is covered.
		{"used above limit", 10, 12, 10, 1},
	}
	for _, tt := range tests {
		s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 10)
		s.Care.InNetwork.SelfPay = d(90)
		s.Plan.VisitLimit, s.Plan.VisitsUsed = Cap(tt.limit), tt.used
		r := Estimate(s)
		in := r.Option(InNetworkClinic)
		wantFirst := none
		if tt.first > 0 {
			wantFirst = at(tt.first)
		}
		// Covered visits cost 20 % of $100 = $20, uncovered ones self-pay $90.
		wantOOP := Cents(10-tt.uncovered)*d(20) + Cents(tt.uncovered)*d(90)
		if in.UncoveredVisits != tt.uncovered || in.FirstUncoveredVisit != wantFirst || in.OutOfPocket != wantOOP {
			t.Errorf("%s: uncovered %d from %+v, out of pocket %v; want %d from %+v, %v",
				tt.name, in.UncoveredVisits, in.FirstUncoveredVisit, in.OutOfPocket, tt.uncovered, wantFirst, wantOOP)
		}
		checkIdentities(t, &r)
	}
	s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 3)
	s.Plan.VisitLimit, s.Plan.VisitsUsed = Cap(10), 12
	if w := estimate(s).Warnings; len(w) != 1 || w[0].Code != WarnVisitsUsedAboveLimit {
		t.Errorf("warnings %+v, want visits used above limit", w)
	}
	s.Plan.VisitsUsed = 10 // at the limit: no warning
	if w := estimate(s).Warnings; len(w) != 0 {
		t.Errorf("warnings %+v, want none", w)
	}
}

func TestExtraVisitsLimit(t *testing.T) {
	// Limit 2, 6 visits, rider of 3 visits at 20 %: visits 1–2 by the plan
	// ($20 each), 3–5 by the rider (patient 20 % of $100 = $20, rider $80),
	// visit 6 past both: self-pay $90.
	s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 6)
	s.Care.InNetwork.SelfPay = d(90)
	s.Plan.VisitLimit = Cap(2)
	s.Supplemental = Supplemental{Kind: ExtraVisits, Visits: 3, Coinsurance: Percent(20)}
	r := Estimate(s)
	in := r.Option(InNetworkClinic)
	if in.SupplementalPaid != d(240) || in.OutOfPocket != d(5*20+90) || in.UncoveredVisits != 1 || in.FirstUncoveredVisit != at(3) {
		t.Errorf("rider paid %v, out of pocket %v, uncovered %d from %+v; want $240, $190, 1 from 3",
			in.SupplementalPaid, in.OutOfPocket, in.UncoveredVisits, in.FirstUncoveredVisit)
	}
	if in.Ledger[4].Covered != true || in.Ledger[5].Covered != false {
		t.Errorf("visit 5 covered %v, visit 6 covered %v; want true, false", in.Ledger[4].Covered, in.Ledger[5].Covered)
	}
	// A rider copay replaces coinsurance: $15 of $100, rider pays $85.
	s.Supplemental.Copay = d(15)
	if got := estimate(s).Option(InNetworkClinic).SupplementalPaid; got != d(3*85) {
		t.Errorf("rider with copay paid %v, want $255", got)
	}
	// Out of network only when the rider covers it; by default it does not.
	s.Supplemental.Copay = 0
	if got := estimate(s).Option(OutOfNetworkCash).SupplementalPaid; got != 0 {
		t.Errorf("rider paid %v out of network without covers_out_of_network", got)
	}
	// Without a visit limit the rider never pays.
	s.Plan.VisitLimit = Limit[int]{}
	if got := estimate(s).Option(InNetworkClinic).SupplementalPaid; got != 0 {
		t.Errorf("rider paid %v without a visit limit", got)
	}
}

func TestIndemnityLimits(t *testing.T) {
	// Plan type none: every option pays cash. $100 a visit, indemnity $50 a
	// visit, 5 visits.
	base := simpleInNetwork(0, 0, Limit[Cents]{}, 5)
	base.Plan.Type = NoPlan
	tests := []struct {
		name      string
		maxVisits Limit[int]
		annualMax Limit[Cents]
		want      Cents
	}{
		{"no maxima", Limit[int]{}, Limit[Cents]{}, d(250)},    // 5 × 50
		{"max visits 3", Cap(3), Limit[Cents]{}, d(150)},       // 3 × 50
		{"max visits 0 means none", Cap(0), Limit[Cents]{}, 0}, // no visits
		{"annual max at 2 visits", Limit[int]{}, Cap(d(100)), d(100)},
		{"annual max inside a visit", Limit[int]{}, Cap(d(120)), d(120)}, // 50 + 50 + 20
		{"annual max one cent", Limit[int]{}, Cap[Cents](1), 1},
	}
	for _, tt := range tests {
		s := base
		s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: d(50), MaxVisits: tt.maxVisits, AnnualMax: tt.annualMax}
		r := Estimate(s)
		for _, o := range r.Options {
			if o.SupplementalPaid != tt.want || o.Reimbursed != tt.want {
				t.Errorf("%s, %s: paid %v, back %v; want %v", tt.name, o.ID, o.SupplementalPaid, o.Reimbursed, tt.want)
			}
		}
		checkIdentities(t, &r)
	}
	// Never more than the patient still owes: a $30 copay visit gets $30, and
	// a visit it pays nothing on does not count towards max_visits.
	s := simpleInNetwork(0, 0, Cap(d(5000)), 3)
	s.Plan.InNetwork.Copay = d(30)
	s.Plan.InNetwork.OOPMax = Cap(d(60)) // visit 3 costs nothing: max reached
	s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: d(50), MaxVisits: Cap(3)}
	r := Estimate(s)
	if got := r.Option(InNetworkClinic).SupplementalPaid; got != d(60) {
		t.Errorf("indemnity paid %v in network, want $60 (30 + 30 + 0)", got)
	}
	// Max visits 2 with the first visit free: visit 1 pays nothing and does
	// not count, visits 2 and 3 are paid.
	s.Plan.InNetwork = CostSharing{Deductible: 0, DeductibleApplies: true, Copay: d(30), OOPMax: Cap(d(5000)), OOPSpent: d(4970)}
	s.Supplemental.MaxVisits = Cap(2)
	s.Care.Visits = 3
	s.Plan.InNetwork.OOPSpent = 0
	s.Plan.InNetwork.Copay = 0
	s.Plan.InNetwork.Coinsurance = Percent(100)
	s.Care.InNetwork.Allowed = 0 // every visit: plan recognises $0, patient owes 0
	r = Estimate(s)
	if got := r.Option(InNetworkClinic).SupplementalPaid; got != 0 {
		t.Errorf("indemnity paid %v on visits owing nothing", got)
	}
}

func TestSecondaryMedigapPlanG(t *testing.T) {
	// Original Medicare: Part B deductible $283, 20 %, no maximum. Allowed $100,
	// charge $110 (write-off $10). Medigap Plan G: secondary, deductible $283, 0 %.
	s := Scenario{
		Plan: Plan{Type: Medicare, InNetwork: CostSharing{Deductible: d(283), DeductibleApplies: true, Coinsurance: Percent(20)}},
		Care: Care{Service: PhysicalTherapy, Visits: 10,
			InNetwork:    ClinicCare{Charge: d(110), Allowed: d(100), SelfPay: d(110), Minutes: 45},
			OutOfNetwork: CashCare{CashRate: d(150), Minutes: 60, Visits: 10},
			Concierge:    ConciergeCare{Fee: d(200), Minutes: 60, Visits: 10}},
		Supplemental: Supplemental{Kind: Secondary, PremiumMonthly: d(150), Deductible: d(283)},
	}
	r := Estimate(s)
	// Visits 1–2: share $100 each, all deductible; Medigap's deductible takes it.
	// Visit 3: $83 deductible + 20 % of $17 = $3.40 → $86.40; Medigap: $83 to its
	// deductible, pays $3.40. Visits 4–10: $20 each, Medigap pays all (7 × 20 = 140).
	// Medicare paid: 0 + 0 + 13.60 + 7 × 80 = $573.60. Patient: $283.
	// Billed 10 × 110 = 1,100 = 100 + 573.60 + 143.40 + 283 ✓. Premiums 12 × 150 = $1,800.
	// Without Medigap: 283 + 3.40 + 140 = $426.40.
	checkOption(t, &r, InNetworkClinic, figures{
		billed: d(1100), writeOff: d(100), planPaid: dc(573, 60), suppPaid: dc(143, 40),
		upfront: d(283), oop: d(283), premiums: d(1800), net: d(2083), withoutSupp: dc(426, 40),
		dedMet: at(3), oopMet: none, firstUncovered: none,
	})
	if w := r.Option(ConciergeTherapy).Warnings; len(w) != 1 || w[0].Code != WarnMedicareNoOptOut {
		t.Errorf("concierge warnings %+v, want Medicare's no-opt-out rule", w)
	}
	// Annual maximum $100: visit 3 pays 3.40, visits 4–7 pay 80, visit 8 the
	// remaining 16.60, then nothing: 100 in all.
	s.Supplemental.AnnualMax = Cap(d(100))
	if got := estimate(s).Option(InNetworkClinic).SupplementalPaid; got != d(100) {
		t.Errorf("secondary with a $100 annual max paid %v", got)
	}
	// Secondary coinsurance 50 %: visit 3 pays 3.40 − 1.70 = 1.70; visits 4–10 pay $10.
	s.Supplemental.AnnualMax = Limit[Cents]{}
	s.Supplemental.Coinsurance = Percent(50)
	if got := estimate(s).Option(InNetworkClinic).SupplementalPaid; got != dc(71, 70) {
		t.Errorf("secondary at 50 %% paid %v, want $71.70", got)
	}
}

func TestOutOfNetworkFeesAndBalanceBilling(t *testing.T) {
	// PPO out of network: no deductible, 30 %, allowed $100, cash $160, limit 2,
	// 3 visits, per-claim fee $2 and 5 % of what the plan reimburses.
	s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 3)
	s.Plan.OutOfNetwork = OutOfNetworkBenefits{Covered: true, Allowed: d(100),
		CostSharing: CostSharing{DeductibleApplies: true, Coinsurance: Percent(30)}}
	s.Plan.VisitLimit = Cap(2)
	s.Care.OutOfNetwork = CashCare{CashRate: d(160), Minutes: 60, Visits: 3, ServiceFeePerClaim: d(2), ServiceFeePercent: Percent(5), ReimbursementDays: 45}
	s.Account = Account{Kind: FSA, Balance: d(10000), TaxRate: Percent(22)}
	r := Estimate(s)
	// Visits 1–2: plan pays 100 − 30 = $70; fee 2 + 5 % × 70 = $5.50. Visit 3,
	// past the limit: plan nothing, fee $2 (a claim is still filed).
	// Paid upfront 3 × 160 + 5.50 + 5.50 + 2 = $493; back $140; out of pocket $353.
	// Qualified 353 − 13 fees = $340; 22 % = $74.80. Net 353 − 74.80 = $278.20.
	checkOption(t, &r, OutOfNetworkCash, figures{
		billed: d(480), planPaid: d(140), fees: d(13), upfront: d(493), reimbursed: d(140),
		oop: d(353), tax: dc(74, 80), net: dc(278, 20), withoutSupp: dc(278, 20),
		dedMet: at(0), oopMet: none, firstUncovered: at(3), uncovered: 1,
	})
	l := r.Option(OutOfNetworkCash).Ledger[0]
	if !l.Note.Rules.Has(RuleBalanceBilled|RuleCoinsurance|RuleServiceFee) || l.Note.BalanceBilled != d(60) {
		t.Errorf("visit 1 note %+v: want balance billed $60, coinsurance, fee", l.Note)
	}
	// Without out-of-network benefits no claim is filed: no fees, nothing back.
	s.Plan.OutOfNetwork.Covered = false
	o := estimate(s).Option(OutOfNetworkCash)
	if o.Fees != 0 || o.Reimbursed != 0 || o.FirstUncoveredVisit != at(1) || o.DeductibleMetAtVisit != none {
		t.Errorf("no benefits: fees %v, back %v, first uncovered %+v, deductible marker %+v", o.Fees, o.Reimbursed, o.FirstUncoveredVisit, o.DeductibleMetAtVisit)
	}
}

func TestConciergeSuperbill(t *testing.T) {
	// Concierge $200 + $30 travel, superbill, OON allowed $120, no deductible,
	// 40 %, 2 visits, service fees set (they belong to option 2 only).
	s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 2)
	s.Plan.OutOfNetwork = OutOfNetworkBenefits{Covered: true, Allowed: d(120),
		CostSharing: CostSharing{DeductibleApplies: true, Coinsurance: Percent(40)}}
	s.Care.OutOfNetwork.ServiceFeePerClaim = d(2)
	s.Care.Concierge = ConciergeCare{Fee: d(200), TravelFee: d(30), Minutes: 60, Visits: 2, Superbill: true}
	s.Account = Account{Kind: HSA, Balance: d(5000), TaxRate: Percent(10)}
	r := Estimate(s)
	// Recognised min(200, 120) = 120; plan pays 60 % = $72 a visit. Paid 2 × 230 =
	// $460, back $144, out of pocket $316 (travel and balance billing included, and
	// qualified). Tax 10 % × 316 = $31.60. Net $284.40.
	checkOption(t, &r, ConciergeTherapy, figures{
		billed: d(460), planPaid: d(144), upfront: d(460), reimbursed: d(144), oop: d(316),
		tax: dc(31, 60), net: dc(284, 40), withoutSupp: dc(284, 40), dedMet: at(0), oopMet: none, firstUncovered: none,
	})
}

func TestPlanTypeNone(t *testing.T) {
	// No coverage: every plan field is ignored, however it is set.
	s := exampleA()
	s.Plan.Type = NoPlan
	s.Supplemental = Supplemental{Kind: NoSupplemental}
	s.Account = Account{Kind: NoAccount}
	s.Care.Concierge.Superbill = true
	r := Estimate(s)
	// In network at self-pay: 40 × $120 = $4,800 with no write-off.
	checkOption(t, &r, InNetworkClinic, figures{billed: d(4800), upfront: d(4800), oop: d(4800), net: d(4800),
		withoutSupp: d(4800), firstUncovered: at(1), uncovered: 40})
	checkOption(t, &r, OutOfNetworkCash, figures{billed: d(7000), upfront: d(7000), oop: d(7000), net: d(7000),
		withoutSupp: d(7000), firstUncovered: at(1), uncovered: 40})
	checkOption(t, &r, ConciergeTherapy, figures{billed: d(7500), upfront: d(7500), oop: d(7500), net: d(7500),
		withoutSupp: d(7500), firstUncovered: at(1), uncovered: 30})
	if l := r.Options[0].Ledger[0]; l.DeductibleRemaining.Set || l.OOPRemaining.Set || l.Covered {
		t.Errorf("a visit of a plan that files no claims shows accumulators: %+v", l)
	}
}

func TestAccountLimits(t *testing.T) {
	// Plan none, in network $100 × 3 = $300 out of pocket. HSA at 25 %.
	tests := []struct {
		name    string
		balance Cents
		service Service
		letter  bool
		paid    Cents
		saved   Cents
	}{
		{"balance equals spend", d(300), PhysicalTherapy, false, d(300), d(75)},
		{"one cent less", dc(299, 99), PhysicalTherapy, false, dc(299, 99), d(75)}, // 74.9975 → 75.00
		{"one cent more", dc(300, 1), PhysicalTherapy, false, d(300), d(75)},
		{"no balance", 0, PhysicalTherapy, false, 0, 0},
		{"massage without letter", d(300), Massage, false, 0, 0},
		{"massage with letter", d(300), Massage, true, d(300), d(75)},
	}
	for _, tt := range tests {
		s := simpleInNetwork(0, 0, Limit[Cents]{}, 3)
		s.Plan.Type = NoPlan
		s.Care.Service, s.Care.MedicalNecessityLetter = tt.service, tt.letter
		s.Account = Account{Kind: HSA, Balance: tt.balance, TaxRate: Percent(25)}
		in := estimate(s).Option(InNetworkClinic)
		if in.PaidFromAccount != tt.paid || in.TaxSavings != tt.saved || in.NetCost != d(300)-tt.saved {
			t.Errorf("%s: paid %v, saved %v, net %v; want %v, %v", tt.name, in.PaidFromAccount, in.TaxSavings, in.NetCost, tt.paid, tt.saved)
		}
	}
	// FSA paying $50 at 29.65 % saves $14.83 (worked example C).
	s := simpleInNetwork(0, 0, Limit[Cents]{}, 1)
	s.Plan.Type = NoPlan
	s.Account = Account{Kind: FSA, Balance: d(50), TaxRate: 2965}
	if got := estimate(s).Option(InNetworkClinic).TaxSavings; got != dc(14, 83) {
		t.Errorf("FSA $50 at 29.65%%: saved %v, want $14.83", got)
	}
}

func TestCheapestTieGoesToEarlierOption(t *testing.T) {
	// Plan none, all three at $100 a visit with equal visits: a three-way tie.
	r := Estimate(func() Scenario { s := simpleInNetwork(0, 0, Limit[Cents]{}, 2); s.Plan.Type = NoPlan; return s }())
	if r.Cheapest != InNetworkClinic {
		t.Errorf("cheapest on a tie = %s, want in_network", r.Cheapest)
	}
	s := simpleInNetwork(0, 0, Limit[Cents]{}, 2)
	s.Plan.Type = NoPlan
	s.Care.InNetwork.SelfPay = dc(100, 1) // one cent more: out of network wins the tie with concierge
	if r := Estimate(s); r.Cheapest != OutOfNetworkCash {
		t.Errorf("cheapest = %s, want out_of_network", r.Cheapest)
	}
}

func TestAllowedAboveCharge(t *testing.T) {
	s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 1)
	s.Care.InNetwork.Allowed = dc(100, 1) // one cent above the $100 charge
	r := Estimate(s)
	// Cost sharing applies to min(allowed, charge) = $100: $20; no write-off.
	if in := r.Option(InNetworkClinic); in.OutOfPocket != d(20) || in.WriteOff != 0 {
		t.Errorf("out of pocket %v, write-off %v; want $20, 0", in.OutOfPocket, in.WriteOff)
	}
	if len(r.Warnings) != 1 || r.Warnings[0].Code != WarnAllowedAboveCharge {
		t.Errorf("warnings %+v", r.Warnings)
	}
	s.Care.InNetwork.Allowed = d(100)
	if w := estimate(s).Warnings; len(w) != 0 {
		t.Errorf("allowed equal to charge warned: %+v", w)
	}
}

// Out-of-network benefits are unusual on an HMO or EPO: warned there, and
// only when covered; a PPO or POS with them is ordinary.
func TestOutOfNetworkOnHMOWarning(t *testing.T) {
	for _, c := range []struct {
		plan    PlanType
		covered bool
		warned  bool
	}{
		{HMO, true, true},
		{EPO, true, true},
		{HMO, false, false},
		{EPO, false, false},
		{PPO, true, false},
		{POS, true, false},
	} {
		s := simpleInNetwork(0, Percent(20), Cap(d(5000)), 1)
		s.Plan.Type = c.plan
		s.Plan.OutOfNetwork.Covered = c.covered
		s.Plan.OutOfNetwork.Allowed = d(100)
		warned := false
		for _, w := range Estimate(s).Warnings {
			if w.Code == WarnOutOfNetworkOnHMO {
				warned = w.Plan == c.plan
			}
		}
		if warned != c.warned {
			t.Errorf("%s covered=%v: warned %v, want %v", c.plan, c.covered, warned, c.warned)
		}
	}
}

func TestEstimateSurvivesNonsense(t *testing.T) {
	// Not a valid scenario, but the engine must not panic or divide by zero.
	for _, s := range []Scenario{{}, {Care: Care{Visits: -3}}, {Care: Care{Visits: 2, InNetwork: ClinicCare{Minutes: 0}}}} {
		_ = Estimate(s)
	}
}

// The limiting charge a policy is worked with: the file's figure, or
// Medicare's 115 % when it gives none (docs/cost-rules.md, "Medigap excess
// charges"), one rule for the engine and the handout's words.
func TestLimitingChargeRate(t *testing.T) {
	for _, c := range []struct{ given, want BasisPoints }{
		{0, 11500},     // not given: 115 %
		{1, 1},         // one basis point is a figure given
		{12000, 12000}, // 120 % as given
	} {
		pol := Supplemental{LimitingCharge: c.given}
		if got := pol.LimitingChargeRate(); got != c.want {
			t.Errorf("limiting_charge %d: %d, want %d", c.given, got, c.want)
		}
	}
}
