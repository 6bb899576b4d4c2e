package calc

import "testing"

// Hand-worked tests for engine rules an audit found no test would notice
// breaking (docs/cost-rules.md: extra_visits out of network, indemnity visits that
// pay nothing, the percent service fee's base, the indemnity cap on the
// concierge travel fee, annual maxima at and beside the cent, and the
// extra-visits rider's copay and count after visits already used). Every
// expected figure is worked by hand in the comment beside it.

// rulesBase is a PPO with out-of-network benefits and no visit limit, no
// policy, no account, `visits` visits in every option:
//   - in network: charge = allowed = self-pay $100; no deductible, 20 %,
//     OOP max $5,000 (never reached here);
//   - out of network: cash $150, allowed $100, no deductible, 40 %, no OOP max;
//   - concierge: $200 + $20 travel, with a superbill.
func rulesBase(visits int) Scenario {
	return Scenario{
		Plan: Plan{Type: PPO, Coverage: Self,
			InNetwork: CostSharing{DeductibleApplies: true, Coinsurance: Percent(20), OOPMax: Cap(d(5000))},
			OutOfNetwork: OutOfNetworkBenefits{Covered: true, Allowed: d(100),
				CostSharing: CostSharing{DeductibleApplies: true, Coinsurance: Percent(40)}}},
		Care: Care{Service: PhysicalTherapy, Visits: visits,
			InNetwork:    ClinicCare{Charge: d(100), Allowed: d(100), SelfPay: d(100), Minutes: 30},
			OutOfNetwork: CashCare{CashRate: d(150), Minutes: 60, Visits: visits, ReimbursementDays: 30},
			Concierge:    ConciergeCare{Fee: d(200), TravelFee: d(20), Minutes: 60, Visits: visits, Superbill: true}},
		Supplemental: Supplemental{Kind: NoSupplemental},
		Account:      Account{Kind: NoAccount},
	}
}

// suppByVisit is what the supplemental policy paid on each ledger line.
func suppByVisit(o *Option) []Cents {
	out := make([]Cents, len(o.Ledger))
	for i := range o.Ledger {
		out[i] = o.Ledger[i].SupplementalPaid
	}
	return out
}

func sameCents(a, b []Cents) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// (a) An extra-visits rider pays out of network (the out-of-network option
// and the concierge with a superbill) only when the plan has out-of-network
// benefits AND the rider covers_out_of_network; in network it pays either way.
func TestExtraVisitsOutOfNetworkNeedsCoversOutOfNetwork(t *testing.T) {
	// Visit limit 2, none used, 4 visits; rider: 2 visits at 20 %, $10 a month
	// (premiums 12 × 10 = $120 in every option).
	//
	// In network (the same in every row): visits 1–2 pay 20 % of $100 = $20
	// (plan $80); visits 3–4 are past the limit, the rider covers them:
	// patient 20 % of $100 = $20, rider $80. Billed 4 × 100 = 400, plan 160,
	// rider 160, out of pocket 80 (paid at the visit; nothing comes back).
	// Net 80 + 120 = $200. Without the rider visits 3–4 are self-pay $100:
	// 40 + 200 = $240.
	inNetwork := figures{
		billed: d(400), planPaid: d(160), suppPaid: d(160), upfront: d(80), oop: d(80),
		premiums: d(120), net: d(200), withoutSupp: d(240),
		dedMet: at(0), oopMet: none, firstUncovered: at(3),
	}
	tests := []struct {
		name             string
		benefits, covers bool
		oon, concierge   figures
	}{
		{
			name: "covers out of network", benefits: true, covers: true,
			// Out of network: recognised min(150, 100) = 100. Visits 1–2: share 40 %
			// = 40, plan 60, patient 150 − 60 = 90. Visits 3–4: rider 100 − 20 % ×
			// 100 = 80, patient 150 − 80 = 70. Billed 600, plan 120, rider 160,
			// back 280, out of pocket 180 + 140 = 320; net 320 + 120 = 440.
			// Without: 2 × 90 + 2 × 150 = 480.
			oon: figures{
				billed: d(600), planPaid: d(120), suppPaid: d(160), upfront: d(600), reimbursed: d(280), oop: d(320),
				premiums: d(120), net: d(440), withoutSupp: d(480),
				dedMet: at(0), oopMet: none, firstUncovered: at(3),
			},
			// Concierge: 4 × (200 + 20) = 880 billed; recognised min(200, 100) = 100.
			// Visits 1–2: plan 60, patient 220 − 60 = 160. Visits 3–4: rider 80,
			// patient 140. Back 120 + 160 = 280, out of pocket 600; net 720.
			// Without: 2 × 160 + 2 × 220 = 760.
			concierge: figures{
				billed: d(880), planPaid: d(120), suppPaid: d(160), upfront: d(880), reimbursed: d(280), oop: d(600),
				premiums: d(120), net: d(720), withoutSupp: d(760),
				dedMet: at(0), oopMet: none, firstUncovered: at(3),
			},
		},
		{
			name: "does not cover out of network", benefits: true, covers: false,
			// Out of network: visits 1–2 as above (90 each); visits 3–4 past the
			// limit and the rider stays out: 150 each, uncovered. Out of pocket
			// 180 + 300 = 480, back 120; net 480 + 120 = 600; without 480.
			oon: figures{
				billed: d(600), planPaid: d(120), upfront: d(600), reimbursed: d(120), oop: d(480),
				premiums: d(120), net: d(600), withoutSupp: d(480),
				dedMet: at(0), oopMet: none, firstUncovered: at(3), uncovered: 2,
			},
			// Concierge: 2 × 160 + 2 × 220 = 760; net 880; without 760.
			concierge: figures{
				billed: d(880), planPaid: d(120), upfront: d(880), reimbursed: d(120), oop: d(760),
				premiums: d(120), net: d(880), withoutSupp: d(760),
				dedMet: at(0), oopMet: none, firstUncovered: at(3), uncovered: 2,
			},
		},
		{
			name: "covers out of network but the plan has no out-of-network benefits", benefits: false, covers: true,
			// No claims out of network: 4 × 150 = 600 and 4 × 220 = 880 paid, nothing
			// back, every visit uncovered, no markers. Nets add the $120 premium.
			oon: figures{
				billed: d(600), upfront: d(600), oop: d(600), premiums: d(120), net: d(720), withoutSupp: d(600),
				firstUncovered: at(1), uncovered: 4,
			},
			concierge: figures{
				billed: d(880), upfront: d(880), oop: d(880), premiums: d(120), net: d(1000), withoutSupp: d(880),
				firstUncovered: at(1), uncovered: 4,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(4)
			s.Plan.VisitLimit = Cap(2)
			s.Plan.OutOfNetwork.Covered = tt.benefits
			s.Supplemental = Supplemental{Kind: ExtraVisits, PremiumMonthly: d(10), Visits: 2,
				Coinsurance: Percent(20), CoversOutOfNetwork: tt.covers}
			r := Estimate(s)
			checkOption(t, &r, InNetworkClinic, inNetwork)
			checkOption(t, &r, OutOfNetworkCash, tt.oon)
			checkOption(t, &r, ConciergeTherapy, tt.concierge)
		})
	}
}

// (b) An indemnity visit on which the policy pays nothing does not count
// toward max_visits: the visits that owe $0 come first here, so counting them
// would use up max_visits before the visits that owe money.
func TestIndemnityZeroVisitsDoNotCountTowardMaxVisits(t *testing.T) {
	// In network: OOP max $3,000 already spent (so a covered visit owes $0),
	// 20 %, no deductible; charge $150, allowed $100, self-pay $120. Visit
	// limit 20 with 18 used: visits 1–2 covered, 3–5 past the limit.
	// Out of network: allowed $100 = cash $100, no deductible, 0 %: a covered
	// visit owes $0 (plan pays 100); visits 3–5 owe the $100 cash rate.
	// Indemnity $50 a visit, $10 a month (premiums $120).
	//
	// In network: visits 1–2: billed 150, write-off 50, plan 100, owed 0 → the
	// policy pays 0 and the visit does not count. Visits 3–5: self-pay 120,
	// owed 120 → $50 each while max_visits allows. Billed 2 × 150 + 3 × 120 =
	// 660, write-off 100, plan 200, paid at the visits 3 × 120 = 360, the
	// policy's S comes back: out of pocket 360 − S, net 360 − S + 120,
	// without 360.
	// Out of network: billed 5 × 100 = 500, plan 200, S back from the policy
	// too: back 200 + S, out of pocket 300 − S, net 420 − S, without 300.
	tests := []struct {
		name      string
		maxVisits Limit[int]
		s         Cents   // total paid by the policy
		byVisit   []Cents // in network, per visit
	}{
		{"max visits 0", Cap(0), 0, []Cents{0, 0, 0, 0, 0}},
		{"max visits 1", Cap(1), d(50), []Cents{0, 0, d(50), 0, 0}},                 // visit 3 only
		{"max visits 2", Cap(2), d(100), []Cents{0, 0, d(50), d(50), 0}},            // visits 3–4
		{"max visits 3", Cap(3), d(150), []Cents{0, 0, d(50), d(50), d(50)}},        // visits 3–5
		{"max visits 4", Cap(4), d(150), []Cents{0, 0, d(50), d(50), d(50)}},        // only 3 owe money
		{"no max visits", Limit[int]{}, d(150), []Cents{0, 0, d(50), d(50), d(50)}}, // likewise
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(5)
			s.Plan.InNetwork.OOPMax, s.Plan.InNetwork.OOPSpent = Cap(d(3000)), d(3000)
			s.Plan.VisitLimit, s.Plan.VisitsUsed = Cap(20), 18
			s.Care.InNetwork = ClinicCare{Charge: d(150), Allowed: d(100), SelfPay: d(120), Minutes: 30}
			s.Plan.OutOfNetwork.Coinsurance = 0
			s.Care.OutOfNetwork.CashRate = d(100)
			s.Supplemental = Supplemental{Kind: Indemnity, PremiumMonthly: d(10), PerVisit: d(50), MaxVisits: tt.maxVisits}
			r := Estimate(s)
			checkOption(t, &r, InNetworkClinic, figures{
				billed: d(660), writeOff: d(100), planPaid: d(200), suppPaid: tt.s,
				upfront: d(360), reimbursed: tt.s, oop: d(360) - tt.s,
				premiums: d(120), net: d(480) - tt.s, withoutSupp: d(360),
				dedMet: at(0), oopMet: at(0), firstUncovered: at(3), uncovered: 3,
			})
			checkOption(t, &r, OutOfNetworkCash, figures{
				billed: d(500), planPaid: d(200), suppPaid: tt.s,
				upfront: d(500), reimbursed: d(200) + tt.s, oop: d(300) - tt.s,
				premiums: d(120), net: d(420) - tt.s, withoutSupp: d(300),
				dedMet: at(0), oopMet: none, firstUncovered: at(3), uncovered: 3,
			})
			if got := suppByVisit(r.Option(InNetworkClinic)); !sameCents(got, tt.byVisit) {
				t.Errorf("in network, policy by visit %v, want %v", got, tt.byVisit)
			}
		})
	}
}

// (c) The percent superbill-service fee is charged on what the PRIMARY plan
// reimburses, never on what a supplemental policy pays.
func TestPercentServiceFeeOnPrimaryReimbursementOnly(t *testing.T) {
	// Out of network: cash $100 = allowed $100 (no balance billing), no
	// deductible, 40 %: a covered visit's share is $40, the plan pays $60.
	// Service fee 10 % of what the plan reimburses: 10 % × 60 = $6 on a
	// covered visit, 10 % × 0 = 0 past the limit. Policy premium $5 a month
	// (premiums $60).
	tests := []struct {
		name       string
		visits     int
		limit      Limit[int]
		perClaim   Cents
		policy     Supplemental
		want       figures
		feeByVisit []Cents
	}{
		{
			// Secondary, no deductible, 0 %, covers out of network: it pays the
			// whole $40 share. 2 visits, fee $6 each (not 10 % of 60 + 40 = $10).
			// Per visit out of pocket 100 + 6 − 60 − 40 = 6. Billed 200, plan 120,
			// secondary 80, fees 12, upfront 212, back 200, out of pocket 12, net
			// 12 + 60 = 72. Without: 2 × (100 + 6 − 60) = 92.
			name: "secondary", visits: 2,
			policy: Supplemental{Kind: Secondary, PremiumMonthly: d(5), CoversOutOfNetwork: true},
			want: figures{
				billed: d(200), planPaid: d(120), suppPaid: d(80), fees: d(12), upfront: d(212), reimbursed: d(200),
				oop: d(12), premiums: d(60), net: d(72), withoutSupp: d(92),
				dedMet: at(0), oopMet: none, firstUncovered: none,
			},
			feeByVisit: []Cents{d(6), d(6)},
		},
		{
			// Extra visits: limit 1, 3 visits, rider 2 visits at 20 %, covers out
			// of network; per-claim fee $2. Visit 1: plan 60, fee 2 + 6 = 8, out of
			// pocket 100 + 8 − 60 = 48. Visits 2–3: rider 100 − 20 = 80, plan 0,
			// fee 2 + 10 % × 0 = 2 (not 2 + 8), out of pocket 100 + 2 − 80 = 22.
			// Billed 300, plan 60, rider 160, fees 12, upfront 312, back 220, out
			// of pocket 92, net 92 + 60 = 152. Without: 48 + 2 × 102 = 252.
			name: "extra visits", visits: 3, limit: Cap(1), perClaim: d(2),
			policy: Supplemental{Kind: ExtraVisits, PremiumMonthly: d(5), Visits: 2, Coinsurance: Percent(20), CoversOutOfNetwork: true},
			want: figures{
				billed: d(300), planPaid: d(60), suppPaid: d(160), fees: d(12), upfront: d(312), reimbursed: d(220),
				oop: d(92), premiums: d(60), net: d(152), withoutSupp: d(252),
				dedMet: at(0), oopMet: none, firstUncovered: at(2),
			},
			feeByVisit: []Cents{d(8), d(2), d(2)},
		},
		{
			// Indemnity $30 a visit (owed after the plan 100 − 60 = 40, so $30).
			// 2 visits, fee $6 each. Out of pocket 100 + 6 − 60 − 30 = 16 a visit.
			// Billed 200, plan 120, policy 60, fees 12, upfront 212, back 180, out
			// of pocket 32, net 32 + 60 = 92. Without: 2 × 46 = 92.
			name: "indemnity", visits: 2,
			policy: Supplemental{Kind: Indemnity, PremiumMonthly: d(5), PerVisit: d(30)},
			want: figures{
				billed: d(200), planPaid: d(120), suppPaid: d(60), fees: d(12), upfront: d(212), reimbursed: d(180),
				oop: d(32), premiums: d(60), net: d(92), withoutSupp: d(92),
				dedMet: at(0), oopMet: none, firstUncovered: none,
			},
			feeByVisit: []Cents{d(6), d(6)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(tt.visits)
			s.Plan.VisitLimit = tt.limit
			s.Care.OutOfNetwork.CashRate = d(100)
			s.Care.OutOfNetwork.ServiceFeePercent = Percent(10)
			s.Care.OutOfNetwork.ServiceFeePerClaim = tt.perClaim
			s.Supplemental = tt.policy
			r := Estimate(s)
			checkOption(t, &r, OutOfNetworkCash, tt.want)
			o := r.Option(OutOfNetworkCash)
			fees := make([]Cents, len(o.Ledger))
			for i := range o.Ledger {
				fees[i] = o.Ledger[i].Fees
			}
			if !sameCents(fees, tt.feeByVisit) {
				t.Errorf("fees by visit %v, want %v", fees, tt.feeByVisit)
			}
		})
	}
}

// (d) The indemnity policy never pays more than the patient still owes for
// the visit after the primary plan, and for the concierge that includes the
// travel fee (billed = fee + travel fee), not the session fee alone.
func TestIndemnityCapIncludesConciergeTravelFee(t *testing.T) {
	// Concierge $200 + $40 travel, 2 visits, out-of-network allowed $200, no
	// deductible, 20 %, no premium.
	tests := []struct {
		name      string
		superbill bool
		perVisit  Cents
		want      figures
	}{
		{
			// Superbill: recognised min(200, 200) = 200, share 20 % = 40, plan 160.
			// Owed 240 − 160 = 80 (the session fee alone would leave 40), so the
			// policy pays its full $60. Billed 480, plan 320, policy 120, back 440,
			// out of pocket 40; without 2 × 80 = 160.
			name: "superbill, per visit under what is owed", superbill: true, perVisit: d(60),
			want: figures{
				billed: d(480), planPaid: d(320), suppPaid: d(120), upfront: d(480), reimbursed: d(440),
				oop: d(40), net: d(40), withoutSupp: d(160), dedMet: at(0), oopMet: none, firstUncovered: none,
			},
		},
		{
			// Superbill, $100 a visit: capped at the $80 owed (not $40). Policy 160,
			// back 320 + 160 = 480, out of pocket 0.
			name: "superbill, per visit above what is owed", superbill: true, perVisit: d(100),
			want: figures{
				billed: d(480), planPaid: d(320), suppPaid: d(160), upfront: d(480), reimbursed: d(480),
				oop: 0, net: 0, withoutSupp: d(160), dedMet: at(0), oopMet: none, firstUncovered: none,
			},
		},
		{
			// No superbill: owed the whole 240 (not 200). $220 a visit is paid in
			// full: policy 440, out of pocket 2 × 20 = 40, without 480.
			name: "no superbill, per visit between fee and fee plus travel", perVisit: d(220),
			want: figures{
				billed: d(480), suppPaid: d(440), upfront: d(480), reimbursed: d(440),
				oop: d(40), net: d(40), withoutSupp: d(480), firstUncovered: at(1), uncovered: 2,
			},
		},
		{
			// $239.99 a visit, one cent under the 240 owed: pays 479.98, leaves 0.02.
			name: "no superbill, one cent under what is owed", perVisit: dc(239, 99),
			want: figures{
				billed: d(480), suppPaid: dc(479, 98), upfront: d(480), reimbursed: dc(479, 98),
				oop: 2, net: 2, withoutSupp: d(480), firstUncovered: at(1), uncovered: 2,
			},
		},
		{
			// $240.00 exactly: pays 480, leaves 0.
			name: "no superbill, exactly what is owed", perVisit: d(240),
			want: figures{
				billed: d(480), suppPaid: d(480), upfront: d(480), reimbursed: d(480),
				withoutSupp: d(480), firstUncovered: at(1), uncovered: 2,
			},
		},
		{
			// $240.01: capped at 240 a visit, still 480 in all, never below 0.
			name: "no superbill, one cent over what is owed", perVisit: dc(240, 1),
			want: figures{
				billed: d(480), suppPaid: d(480), upfront: d(480), reimbursed: d(480),
				withoutSupp: d(480), firstUncovered: at(1), uncovered: 2,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(2)
			s.Plan.OutOfNetwork.Allowed = d(200)
			s.Plan.OutOfNetwork.Coinsurance = Percent(20)
			s.Care.Concierge = ConciergeCare{Fee: d(200), TravelFee: d(40), Minutes: 60, Visits: 2, Superbill: tt.superbill}
			s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: tt.perVisit}
			r := Estimate(s)
			checkOption(t, &r, ConciergeTherapy, tt.want)
		})
	}
}

// (e) The annual maximum of an indemnity and of a secondary policy, reached
// exactly at a visit, one cent before and one cent after: the visit where it
// runs out gets the remainder, later visits nothing.
func TestIndemnityAnnualMaxAtAndBeside(t *testing.T) {
	// Plan type none: every option pays $100 a visit in cash (self-pay, cash
	// rate and concierge fee $100, no travel fee), 3 visits. Indemnity $50 a
	// visit, no premium. Each option: billed 300, policy S, back S, out of
	// pocket 300 − S, without 300.
	tests := []struct {
		name      string
		annualMax Cents
		byVisit   []Cents
		s         Cents
	}{
		// $100: 50 + 50 reach it exactly at visit 2; visit 3 gets nothing.
		{"reached exactly at visit 2", d(100), []Cents{d(50), d(50), 0}, d(100)},
		// $99.99: visit 2 gets the remaining 49.99; visit 3 nothing.
		{"one cent less", dc(99, 99), []Cents{d(50), dc(49, 99), 0}, dc(99, 99)},
		// $100.01: visits 1–2 pay 50 each, visit 3 the last cent.
		{"one cent more", dc(100, 1), []Cents{d(50), d(50), 1}, dc(100, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(3)
			s.Plan.Type = NoPlan
			s.Care.OutOfNetwork.CashRate = d(100)
			s.Care.Concierge = ConciergeCare{Fee: d(100), Minutes: 60, Visits: 3}
			s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: d(50), AnnualMax: Cap(tt.annualMax)}
			r := Estimate(s)
			for _, id := range OptionIDs {
				checkOption(t, &r, id, figures{
					billed: d(300), suppPaid: tt.s, upfront: d(300), reimbursed: tt.s, oop: d(300) - tt.s,
					net: d(300) - tt.s, withoutSupp: d(300), firstUncovered: at(1), uncovered: 3,
				})
				if got := suppByVisit(r.Option(id)); !sameCents(got, tt.byVisit) {
					t.Errorf("%s: policy by visit %v, want %v", id, got, tt.byVisit)
				}
			}
		})
	}
}

func TestSecondaryAnnualMaxAtAndBeside(t *testing.T) {
	// In network: $100 visits, no deductible, 20 %: share $20, plan $80.
	// Secondary: no deductible, 0 %: pays the whole $20 share until its annual
	// maximum runs out. 3 visits, no premium. Billed 300, plan 240, secondary
	// S, out of pocket 60 − S (paid at the visit: the secondary pays the
	// clinic), without 60.
	tests := []struct {
		name      string
		annualMax Cents
		byVisit   []Cents
		s         Cents
	}{
		{"reached exactly at visit 2", d(40), []Cents{d(20), d(20), 0}, d(40)},
		{"one cent less", dc(39, 99), []Cents{d(20), dc(19, 99), 0}, dc(39, 99)}, // visit 2: 39.99 − 20
		{"one cent more", dc(40, 1), []Cents{d(20), d(20), 1}, dc(40, 1)},        // visit 3: 0.01
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(3)
			s.Supplemental = Supplemental{Kind: Secondary, AnnualMax: Cap(tt.annualMax)}
			r := Estimate(s)
			checkOption(t, &r, InNetworkClinic, figures{
				billed: d(300), planPaid: d(240), suppPaid: tt.s, upfront: d(60) - tt.s, oop: d(60) - tt.s,
				net: d(60) - tt.s, withoutSupp: d(60), dedMet: at(0), oopMet: none, firstUncovered: none,
			})
			if got := suppByVisit(r.Option(InNetworkClinic)); !sameCents(got, tt.byVisit) {
				t.Errorf("policy by visit %v, want %v", got, tt.byVisit)
			}
		})
	}
}

// (f) An extra-visits rider with a copay (which replaces its coinsurance),
// after visits already used have eaten into the plan's limit: at the rider's
// `visits` count and one visit beyond.
func TestExtraVisitsCopayAfterVisitsUsed(t *testing.T) {
	// Visit limit 10. In network: charge $150, allowed $100, self-pay $120, no
	// deductible, 20 % (share $20, plan $80, write-off $50). Out of network:
	// cash $130, allowed $100, no deductible, 40 % (plan $60, patient $70).
	// Rider: 3 visits, copay $25 (its 50 % coinsurance is ignored), covers out
	// of network, $15 a month (premiums $180).
	// A rider visit in network: billed 150, write-off 50, patient
	// min(25, 100) = 25, rider 75. Out of network: rider 100 − 25 = 75,
	// patient 130 − 75 = 55. Past both: self-pay 120 / cash 130.
	tests := []struct {
		name          string
		used, visits  int
		first         int
		uncovered     int
		in, oon       figures
		inByVisitSupp []Cents
	}{
		{
			// 8 used: visits 1–2 by the plan, 3–5 by the rider: at its count.
			// In: billed 5 × 150 = 750, write-off 250, plan 160, rider 225, out of
			// pocket 40 + 75 = 115; net 115 + 180 = 295. Without: 40 + 3 × 120 = 400.
			// Out: billed 650, plan 120, rider 225, back 345, out of pocket 140 +
			// 165 = 305; net 485. Without: 140 + 3 × 130 = 530.
			name: "8 used, at the rider's count", used: 8, visits: 5, first: 3,
			in: figures{billed: d(750), writeOff: d(250), planPaid: d(160), suppPaid: d(225), upfront: d(115), oop: d(115),
				premiums: d(180), net: d(295), withoutSupp: d(400)},
			oon: figures{billed: d(650), planPaid: d(120), suppPaid: d(225), upfront: d(650), reimbursed: d(345), oop: d(305),
				premiums: d(180), net: d(485), withoutSupp: d(530)},
			inByVisitSupp: []Cents{0, 0, d(75), d(75), d(75)},
		},
		{
			// One visit beyond: visit 6 is self-pay 120 / cash 130, uncovered.
			// In: billed 870, out of pocket 235, net 415, without 40 + 4 × 120 = 520.
			// Out: billed 780, out of pocket 435, net 615, without 140 + 4 × 130 = 660.
			name: "8 used, one beyond the rider's count", used: 8, visits: 6, first: 3, uncovered: 1,
			in: figures{billed: d(870), writeOff: d(250), planPaid: d(160), suppPaid: d(225), upfront: d(235), oop: d(235),
				premiums: d(180), net: d(415), withoutSupp: d(520)},
			oon: figures{billed: d(780), planPaid: d(120), suppPaid: d(225), upfront: d(780), reimbursed: d(345), oop: d(435),
				premiums: d(180), net: d(615), withoutSupp: d(660)},
			inByVisitSupp: []Cents{0, 0, d(75), d(75), d(75), 0},
		},
		{
			// 9 used: visit 1 by the plan, 2–4 by the rider.
			// In: billed 600, write-off 200, plan 80, rider 225, out of pocket 20 +
			// 75 = 95, net 275; without 20 + 360 = 380.
			// Out: billed 520, plan 60, rider 225, back 285, out of pocket 70 + 165
			// = 235, net 415; without 70 + 390 = 460.
			name: "9 used, at the rider's count", used: 9, visits: 4, first: 2,
			in: figures{billed: d(600), writeOff: d(200), planPaid: d(80), suppPaid: d(225), upfront: d(95), oop: d(95),
				premiums: d(180), net: d(275), withoutSupp: d(380)},
			oon: figures{billed: d(520), planPaid: d(60), suppPaid: d(225), upfront: d(520), reimbursed: d(285), oop: d(235),
				premiums: d(180), net: d(415), withoutSupp: d(460)},
			inByVisitSupp: []Cents{0, d(75), d(75), d(75)},
		},
		{
			// 9 used, one beyond: visit 5 self-pay / cash.
			// In: billed 720, out of pocket 215, net 395; without 20 + 480 = 500.
			// Out: billed 650, out of pocket 365, net 545; without 70 + 520 = 590.
			name: "9 used, one beyond the rider's count", used: 9, visits: 5, first: 2, uncovered: 1,
			in: figures{billed: d(720), writeOff: d(200), planPaid: d(80), suppPaid: d(225), upfront: d(215), oop: d(215),
				premiums: d(180), net: d(395), withoutSupp: d(500)},
			oon: figures{billed: d(650), planPaid: d(60), suppPaid: d(225), upfront: d(650), reimbursed: d(285), oop: d(365),
				premiums: d(180), net: d(545), withoutSupp: d(590)},
			inByVisitSupp: []Cents{0, d(75), d(75), d(75), 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rulesBase(tt.visits)
			s.Plan.VisitLimit, s.Plan.VisitsUsed = Cap(10), tt.used
			s.Care.InNetwork = ClinicCare{Charge: d(150), Allowed: d(100), SelfPay: d(120), Minutes: 30}
			s.Care.OutOfNetwork.CashRate = d(130)
			s.Supplemental = Supplemental{Kind: ExtraVisits, PremiumMonthly: d(15), Visits: 3,
				Copay: d(25), Coinsurance: Percent(50), CoversOutOfNetwork: true}
			r := Estimate(s)
			for _, f := range []*figures{&tt.in, &tt.oon} {
				f.dedMet, f.oopMet, f.firstUncovered, f.uncovered = at(0), none, at(tt.first), tt.uncovered
			}
			checkOption(t, &r, InNetworkClinic, tt.in)
			checkOption(t, &r, OutOfNetworkCash, tt.oon)
			if got := suppByVisit(r.Option(InNetworkClinic)); !sameCents(got, tt.inByVisitSupp) {
				t.Errorf("in network, rider by visit %v, want %v", got, tt.inByVisitSupp)
			}
		})
	}
}
