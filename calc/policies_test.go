package calc

import "testing"

// Supplemental policies as real ones pay (docs/cost-rules.md): Medigap excess
// charges, fixed indemnity, a second commercial plan. Hand-worked.

// medigapNonParticipating: Original Medicare, a non-participating therapist
// as the "out-of-network" option: recognised $85, cash rate $97.75 (115 %),
// Part B deductible $200, 20 %; Medigap G (deductible $200, 0 %, covers out
// of network), paying excess charges; 4 visits.
func medigapNonParticipating() Scenario {
	s := rulesBase(4)
	s.Plan = Plan{Type: Medicare, Coverage: Self,
		InNetwork: CostSharing{Deductible: d(200), DeductibleApplies: true, Coinsurance: Percent(20)},
		OutOfNetwork: OutOfNetworkBenefits{Covered: true, Allowed: d(85), SharesDeductible: true,
			CostSharing: CostSharing{Deductible: d(200), DeductibleApplies: true, Coinsurance: Percent(20)}}}
	s.Care.OutOfNetwork.CashRate = dc(97, 75)
	s.Supplemental = Supplemental{Kind: Secondary, Deductible: d(200), CoversOutOfNetwork: true, PaysExcessCharges: true}
	return s
}

func TestMedigapExcessCharges(t *testing.T) {
	// Visits 1–2: $85 to the Part B deductible, Medigap's deductible takes the
	// same, pays the excess $12.75: patient $85. Visit 3: share 30 + 20 % × 55
	// = 41, Medicare 44; Medigap 30 to its deductible, pays 11 + 12.75 = 23.75;
	// patient 30. Visit 4: share 17, Medicare 68, Medigap 17 + 12.75 = 29.75,
	// patient 0. Out of pocket 200 = the Part B deductible. Billed 4 × 97.75 =
	// 391, Medicare 112, Medigap 79, back 191. Without Medigap: 391 − 112 = 279.
	r := Estimate(medigapNonParticipating())
	checkOption(t, &r, OutOfNetworkCash, figures{
		billed: d(391), planPaid: d(112), suppPaid: d(79), upfront: d(391), reimbursed: d(191), oop: d(200),
		net: d(200), withoutSupp: d(279), dedMet: at(3), oopMet: none, firstUncovered: none,
	})
	if got := suppByVisit(r.Option(OutOfNetworkCash)); !sameCents(got, []Cents{dc(12, 75), dc(12, 75), dc(23, 75), dc(29, 75)}) {
		t.Errorf("Medigap by visit %v", got)
	}
	if !r.Option(OutOfNetworkCash).Ledger[0].Note.Rules.Has(RuleExcessCharges | RuleSecondaryPaid) {
		t.Error("visit 1's note should name the excess charges")
	}

	tests := []struct {
		name   string
		change func(*Scenario)
		oop    Cents
	}{
		// Without pays_excess_charges: 200 + 4 × 12.75 = 251.
		{"no excess charges", func(s *Scenario) { s.Supplemental.PaysExcessCharges = false }, d(251)},
		// Plan F (no deductible): pays every share and every excess: 0.
		{"Plan F", func(s *Scenario) { s.Supplemental.Deductible = 0 }, 0},
		// A cash rate one cent over the limiting charge: the cent stays with the
		// patient: 200 + 4 × 0.01.
		{"a cent over the limiting charge", func(s *Scenario) { s.Care.OutOfNetwork.CashRate = dc(97, 76) }, dc(200, 4)},
		// A cent under it: the excess is 12.74, all paid: 200.
		{"a cent under the limiting charge", func(s *Scenario) { s.Care.OutOfNetwork.CashRate = dc(97, 74) }, d(200)},
		// Limiting charge 110 %: pct(85, 110 %) = 93.50, 8.50 paid of 12.75:
		// 200 + 4 × 4.25 = 217.
		{"limiting charge 110 %", func(s *Scenario) { s.Supplemental.LimitingCharge = Percent(110) }, d(217)},
		// Not covering out of network: Medigap pays nothing there: 279.
		{"not out of network", func(s *Scenario) { s.Supplemental.CoversOutOfNetwork = false }, d(279)},
		// Annual maximum $20: visit 1's 12.75, then 7.25 of visit 2: 279 − 20 = 259.
		{"annual maximum $20", func(s *Scenario) { s.Supplemental.AnnualMax = Cap(d(20)) }, d(259)},
	}
	for _, tt := range tests {
		s := medigapNonParticipating()
		tt.change(&s)
		r := Estimate(s)
		if got := r.Option(OutOfNetworkCash).OutOfPocket; got != tt.oop {
			t.Errorf("%s: out of pocket %v, want %v", tt.name, got, tt.oop)
		}
		checkIdentities(t, &r)
	}
}

func TestFixedIndemnity(t *testing.T) {
	// In network, charge = allowed = $100, no deductible, copay $30 (paid at
	// the visit, 3 × 30 = 90 upfront); indemnity $40 a visit; 3 visits.
	tests := []struct {
		name      string
		basis     IndemnityBasis
		maxVisits Limit[int]
		annualMax Limit[Cents]
		byVisit   []Cents
		oop       Cents
	}{
		// Expense-incurred, max 2 visits: min(40, 30) = 30, 30, then none: 30.
		{"expense-incurred, 2 visits", ExpenseIncurred, Cap(2), Limit[Cents]{}, []Cents{d(30), d(30), 0}, d(30)},
		{"default basis is expense-incurred", "", Cap(2), Limit[Cents]{}, []Cents{d(30), d(30), 0}, d(30)},
		// Fixed, max 2 visits: 40, 40, 0: out of pocket −10 − 10 + 30 = 10.
		{"fixed, 2 visits", FixedIndemnity, Cap(2), Limit[Cents]{}, []Cents{d(40), d(40), 0}, d(10)},
		// Fixed, max 3 visits: 40 each: 3 × −10 = −30, a gain.
		{"fixed, 3 visits", FixedIndemnity, Cap(3), Limit[Cents]{}, []Cents{d(40), d(40), d(40)}, -d(30)},
		// Annual max $70: expense-incurred 30, 30, 10 (the rest): 20. Fixed 40,
		// 30, 0: −10 + 0 + 30 = 20.
		{"expense-incurred, $70 a year", ExpenseIncurred, Limit[int]{}, Cap(d(70)), []Cents{d(30), d(30), d(10)}, d(20)},
		{"fixed, $70 a year", FixedIndemnity, Limit[int]{}, Cap(d(70)), []Cents{d(40), d(30), 0}, d(20)},
		// Annual max $80 at and beside: 40, 40, 0 / $79.99: 40, 39.99, 0 /
		// $80.01: 40, 40, 0.01.
		{"fixed, $80 a year", FixedIndemnity, Limit[int]{}, Cap(d(80)), []Cents{d(40), d(40), 0}, d(10)},
		{"fixed, $79.99 a year", FixedIndemnity, Limit[int]{}, Cap(dc(79, 99)), []Cents{d(40), dc(39, 99), 0}, dc(10, 1)},
		{"fixed, $80.01 a year", FixedIndemnity, Limit[int]{}, Cap(dc(80, 1)), []Cents{d(40), d(40), 1}, dc(9, 99)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(3)
			s.Plan.InNetwork.Copay = d(30)
			s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: d(40), MaxVisits: tt.maxVisits, AnnualMax: tt.annualMax, IndemnityBasis: tt.basis}
			r := Estimate(s)
			o := r.Option(InNetworkClinic)
			paid := d(90) - tt.oop
			if got := suppByVisit(o); !sameCents(got, tt.byVisit) || o.OutOfPocket != tt.oop || o.PatientPaidUpfront != d(90) || o.Reimbursed != paid {
				t.Errorf("policy by visit %v (want %v), out of pocket %v (want %v), upfront %v, back %v (want %v)",
					got, tt.byVisit, o.OutOfPocket, tt.oop, o.PatientPaidUpfront, o.Reimbursed, paid)
			}
			checkIdentities(t, &r)
		})
	}
	// A visit that owes nothing: the maximum is spent in network. Expense-
	// incurred pays 0 and the visit does not count; fixed pays 40 and it does.
	s := rulesBase(2)
	s.Plan.InNetwork.OOPSpent = d(5000)
	s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: d(40), MaxVisits: Cap(1), IndemnityBasis: FixedIndemnity}
	if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{d(40), 0}) {
		t.Errorf("fixed on visits owing nothing: %v, want 40 then 0", got)
	}
}

// secondPlan: in network, charge $150, allowed $100 (write-off $50),
// deductible met, 20 %: share $20, plan $80, owed $20 a visit; 3 visits.
// Second plan: deductible $50, 10 %, its allowed $120 (under the charge).
func secondPlan(method Coordination) Scenario {
	s := rulesBase(3)
	s.Care.InNetwork = ClinicCare{Charge: d(150), Allowed: d(100), SelfPay: d(150), Minutes: 30}
	s.Supplemental = Supplemental{Kind: Secondary, Deductible: d(50), Coinsurance: Percent(10), Allowed: Cap(d(120)), Coordination: method}
	return s
}

func TestCoordinationOfBenefits(t *testing.T) {
	// Supplement: its deductible takes 20, 20, 10; visit 3 pays 10 − 1 = 9.
	// Traditional: visit 1: d = 50, benefit 70 − 7 = 63 → min(20, 63) = 20;
	// visits 2–3: benefit 120 − 12 = 108 → 20. Non-duplication: visit 1: 63 −
	// 80 < 0 → 0; visits 2–3: 108 − 80 = 28 → min(20, 28) = 20.
	tests := []struct {
		method  Coordination
		byVisit []Cents
	}{
		{"", []Cents{0, 0, d(9)}},
		{Supplement, []Cents{0, 0, d(9)}},
		{Traditional, []Cents{d(20), d(20), d(20)}},
		{NonDuplication, []Cents{0, d(20), d(20)}},
	}
	for _, tt := range tests {
		r := Estimate(secondPlan(tt.method))
		if got := suppByVisit(r.Option(InNetworkClinic)); !sameCents(got, tt.byVisit) {
			t.Errorf("%q: %v, want %v", tt.method, got, tt.byVisit)
		}
		checkIdentities(t, &r)
	}
}

func TestCoordinationCostRulesExample(t *testing.T) {
	// Share $40, plan $60 (40 %); second plan no deductible, 20 %, its allowed
	// absent ($100): benefit 80. Supplement 40 − 8 = 32; traditional min(40,
	// 80) = 40; non-duplication 80 − 60 = 20.
	for method, want := range map[Coordination]Cents{Supplement: d(32), Traditional: d(40), NonDuplication: d(20)} {
		s := rulesBase(1)
		s.Plan.InNetwork.Coinsurance = Percent(40)
		s.Supplemental = Supplemental{Kind: Secondary, Coinsurance: Percent(20), Coordination: method}
		if got := estimate(s).Option(InNetworkClinic).SupplementalPaid; got != want {
			t.Errorf("%s: pays %v, want %v", method, got, want)
		}
	}
}

func TestCoordinationDeductibleAtAndBeside(t *testing.T) {
	// Traditional, visit 1, its allowed $120, 10 %: deductible $120 leaves
	// nothing (pays 0); $119 leaves $1, benefit 1 − 0.10 = 0.90 → pays 0.90;
	// $121: visit 1 nothing, visit 2 d = 1, benefit 119 − 11.90 = 107.10 → 20.
	for _, tt := range []struct {
		ded     Cents
		byVisit []Cents
	}{
		{d(120), []Cents{0, d(20), d(20)}},
		{d(119), []Cents{90, d(20), d(20)}},
		{d(121), []Cents{0, d(20), d(20)}},
	} {
		s := secondPlan(Traditional)
		s.Supplemental.Deductible = tt.ded
		if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, tt.byVisit) {
			t.Errorf("traditional, deductible %v: %v, want %v", tt.ded, got, tt.byVisit)
		}
	}
	// Non-duplication, 0 %, its allowed $120: visit 1's benefit 120 − d against
	// the plan's $80: deductible $40 → 0; $39 → 1; $41 → 0 (then 20, 20).
	for _, tt := range []struct {
		ded     Cents
		byVisit []Cents
	}{
		{d(40), []Cents{0, d(20), d(20)}},
		{d(39), []Cents{d(1), d(20), d(20)}},
		{d(41), []Cents{0, d(20), d(20)}},
	} {
		s := secondPlan(NonDuplication)
		s.Supplemental.Deductible, s.Supplemental.Coinsurance = tt.ded, 0
		if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, tt.byVisit) {
			t.Errorf("non-duplication, deductible %v: %v, want %v", tt.ded, got, tt.byVisit)
		}
	}
}

func TestCoordinationAnnualMaxAtAndBeside(t *testing.T) {
	// Traditional, no deductible: 20 a visit until the annual maximum.
	for _, method := range []Coordination{Traditional, NonDuplication} {
		for _, tt := range []struct {
			max     Cents
			byVisit []Cents
		}{
			{d(40), []Cents{d(20), d(20), 0}},
			{dc(39, 99), []Cents{d(20), dc(19, 99), 0}},
			{dc(40, 1), []Cents{d(20), d(20), 1}},
		} {
			s := secondPlan(method)
			s.Supplemental.Deductible = 0
			s.Supplemental.AnnualMax = Cap(tt.max)
			// Non-duplication, no deductible: 108 − 80 = 28 → 20 a visit, the same.
			if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, tt.byVisit) {
				t.Errorf("%s, annual max %v: %v, want %v", method, tt.max, got, tt.byVisit)
			}
		}
	}
}

func TestCoordinationOutOfNetworkOwesBalanceBilling(t *testing.T) {
	// Out of network: cash $150, recognised $100, 40 %: share 40, plan 60, owed
	// 150 − 60 = 90 (balance billing included). Second plan: its allowed $150,
	// no deductible, 0 %, covers out of network: benefit 150. Traditional:
	// min(90, 150) = 90, patient 0. Non-duplication: 150 − 60 = 90. Supplement:
	// the share, 40: patient 50.
	for method, want := range map[Coordination]Cents{Traditional: d(90), NonDuplication: d(90), Supplement: d(40)} {
		s := rulesBase(1)
		s.Supplemental = Supplemental{Kind: Secondary, Allowed: Cap(d(150)), Coordination: method, CoversOutOfNetwork: true}
		r := Estimate(s)
		if got := r.Option(OutOfNetworkCash).SupplementalPaid; got != want {
			t.Errorf("%s: pays %v, want %v", method, got, want)
		}
		checkIdentities(t, &r)
	}
}

// Excess charges are balance billing: in network there is none (the clinic
// writes off its charge above the allowed amount), and a secondary never
// pays more than the patient owes, traditional coordination included.
func TestExcessChargesOnlyAboveWhatIsOwed(t *testing.T) {
	// In network, charge $110, allowed $100, deductible met, 20 %: share 20.
	// A secondary paying excess charges, no deductible, 50 %, pays half the
	// share, 10, never the $10 the clinic writes off: 4 × 10 = 40.
	s := medigapNonParticipating()
	s.Plan.InNetwork.Deductible = 0
	s.Care.InNetwork = ClinicCare{Charge: d(110), Allowed: d(100), SelfPay: d(110), Minutes: 45}
	s.Supplemental.Deductible, s.Supplemental.Coinsurance = 0, Percent(50)
	r := Estimate(s)
	if got := r.Option(InNetworkClinic).SupplementalPaid; got != d(40) {
		t.Errorf("in network the secondary paid %v, want 4 × $10 = $40", got)
	}
	// Traditional, paying excess charges, out of network: the visit's owed
	// (97.75 − Medicare's share-free payment) is paid once, not twice: visit 4
	// (deductibles met): Medicare 68, owed 29.75; the plan's benefit 85 − 0 =
	// 85 ≥ 29.75 pays it all and the excess adds nothing.
	s = medigapNonParticipating()
	s.Supplemental.Coordination = Traditional
	r = Estimate(s)
	o := r.Option(OutOfNetworkCash)
	if l := o.Ledger[3]; l.SupplementalPaid != dc(29, 75) || l.OutOfPocket != 0 {
		t.Errorf("visit 4: secondary %v, out of pocket %v; want $29.75 and 0", l.SupplementalPaid, l.OutOfPocket)
	}
	checkIdentities(t, &r)
}

func TestSecondaryAllowedCappedAtThePrice(t *testing.T) {
	// Out of network, cash $150, recognised $100, 40 %: plan 60, owed 90.
	// Traditional second plan: its allowed $200, but never above the $150
	// price; deductible $200, 50 %. Visit 1: a = 150, all to its deductible
	// (50 left): pays 0. Visit 2: 50 more to the deductible, 100 − 50 % = 50:
	// pays 50. (Uncapped, visit 1 would meet the deductible and visit 2 pay
	// min(90, 100).)
	s := rulesBase(2)
	s.Supplemental = Supplemental{Kind: Secondary, Allowed: Cap(d(200)), Deductible: d(200), Coinsurance: Percent(50),
		Coordination: Traditional, CoversOutOfNetwork: true}
	if got := suppByVisit(estimate(s).Option(OutOfNetworkCash)); !sameCents(got, []Cents{0, d(50)}) {
		t.Errorf("second plan by visit %v, want 0, 50", got)
	}
}
