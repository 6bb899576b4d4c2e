package calc

import "testing"

// Evaluation and re-evaluation visits (docs/cost-rules.md, "Evaluation and
// re-evaluation visits"), hand-worked.

func kindsOf(o *Option) []VisitKind {
	out := make([]VisitKind, len(o.Ledger))
	for i := range o.Ledger {
		out[i] = o.Ledger[i].Kind
	}
	return out
}

func TestEvaluationWorkedExample(t *testing.T) {
	// In network, charge $150, allowed $100; evaluation $300/$200;
	// re-evaluation every 4 visits, $200/$150; deductible $250, 20 %, 6 visits.
	// Visit 1: 200 to the deductible (plan 0, write-off 100). Visit 2: 50 +
	// 20 % × 50 = 60 (plan 40). Visits 3–4: 20 (plan 80). Visit 5
	// (re-evaluation): 30 (plan 120, write-off 50). Visit 6: 20 (plan 80).
	// Out of pocket 350, plan 400, write-off 350, billed 1,100.
	s := rulesBase(6)
	s.Plan.InNetwork.Deductible = d(250)
	s.Care.InNetwork = ClinicCare{Charge: d(150), Allowed: d(100), SelfPay: d(150), Minutes: 30,
		Evaluations: Evaluations{
			First:   VisitPrice{Set: true, Price: d(300), Allowed: d(200), SelfPay: d(300)},
			Re:      VisitPrice{Set: true, Price: d(200), Allowed: d(150), SelfPay: d(200)},
			ReEvery: 4,
		}}
	r := Estimate(s)
	checkOption(t, &r, InNetworkClinic, figures{
		billed: d(1100), writeOff: d(350), planPaid: d(400), upfront: d(350), oop: d(350), net: d(350), withoutSupp: d(350),
		dedMet: at(2), oopMet: none, firstUncovered: none,
	})
	want := []VisitKind{Evaluation, Treatment, Treatment, Treatment, ReEvaluation, Treatment}
	if got := kindsOf(r.Option(InNetworkClinic)); !sameKinds(got, want) {
		t.Errorf("kinds %v, want %v", got, want)
	}
	if !r.Option(InNetworkClinic).Ledger[0].Note.Rules.Has(RuleDeductible) {
		t.Error("visit 1 should go to the deductible")
	}
	// Every visit priced alike: 100 + 100 + 60 + 20 + 20 + 20 = 320.
	s.Care.InNetwork.Evaluations = Evaluations{}
	if got := estimate(s).Option(InNetworkClinic).OutOfPocket; got != d(320) {
		t.Errorf("without evaluation prices: %v, want $320", got)
	}
}

func sameKinds(a, b []VisitKind) bool {
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

// Which visits are re-evaluations: 1 + k, 1 + 2k, … and only those.
func TestReEvaluationVisits(t *testing.T) {
	E, T, R := Evaluation, Treatment, ReEvaluation
	tests := []struct {
		name  string
		ev    Evaluations
		kinds []VisitKind
	}{
		{"every 4: visits 5 and 9", Evaluations{First: VisitPrice{Set: true, Price: d(1)}, Re: VisitPrice{Set: true, Price: d(2)}, ReEvery: 4},
			[]VisitKind{E, T, T, T, R, T, T, T, R, T}},
		{"every 1: every visit after the first", Evaluations{Re: VisitPrice{Set: true, Price: d(2)}, ReEvery: 1},
			[]VisitKind{T, R, R, R}},
		{"a re-evaluation price without a period is never used", Evaluations{Re: VisitPrice{Set: true, Price: d(2)}},
			[]VisitKind{T, T, T}},
		{"a period without a price prices nothing apart", Evaluations{ReEvery: 2}, []VisitKind{T, T, T, T}},
		{"a negative period is none", Evaluations{Re: VisitPrice{Set: true, Price: d(2)}, ReEvery: -3}, []VisitKind{T, T}},
	}
	for _, tt := range tests {
		s := rulesBase(len(tt.kinds))
		s.Care.OutOfNetwork.Evaluations = tt.ev
		r := Estimate(s)
		if got := kindsOf(r.Option(OutOfNetworkCash)); !sameKinds(got, tt.kinds) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.kinds)
		}
		checkIdentities(t, &r)
	}
}

func TestEvaluationOutOfNetworkAndConcierge(t *testing.T) {
	// Out of network, 40 %, no deductible, allowed $100. Evaluation cash $250.
	// With evaluation_allowed $180: recognised 180, share 72, plan 108,
	// balance billed 70; out of pocket 250 − 108 = 142. Without it: recognised
	// min(250, 100) = 100, plan 60, out of pocket 190.
	// Concierge, evaluation fee $300 + $20 travel, superbill: recognised
	// min(300, 180) = 180, plan 108, out of pocket 320 − 108 = 212; without:
	// 320 − 60 = 260.
	for _, tt := range []struct {
		name              string
		evalAllowed       Limit[Cents]
		oonOOP, concierge Cents
	}{
		{"evaluation allowed $180", Cap(d(180)), d(142), d(212)},
		{"the plan's allowed", Limit[Cents]{}, d(190), d(260)},
	} {
		s := rulesBase(1)
		s.Plan.OutOfNetwork.EvaluationAllowed = tt.evalAllowed
		s.Care.OutOfNetwork.Evaluations.First = VisitPrice{Set: true, Price: d(250)}
		s.Care.Concierge.Evaluations.First = VisitPrice{Set: true, Price: d(300)}
		r := Estimate(s)
		oon, c := r.Option(OutOfNetworkCash), r.Option(ConciergeTherapy)
		if oon.OutOfPocket != tt.oonOOP || c.OutOfPocket != tt.concierge || oon.Billed != d(250) || c.Billed != d(320) {
			t.Errorf("%s: out of network %v (billed %v), concierge %v (billed %v); want %v, %v",
				tt.name, oon.OutOfPocket, oon.Billed, c.OutOfPocket, c.Billed, tt.oonOOP, tt.concierge)
		}
		checkIdentities(t, &r)
	}
}

func TestEvaluationPastTheLimitAndCopays(t *testing.T) {
	// Limit 0: the evaluation is not covered and billed at its self-pay $250.
	s := rulesBase(2)
	s.Plan.VisitLimit = Cap(0)
	s.Care.InNetwork.Evaluations.First = VisitPrice{Set: true, Price: d(300), Allowed: d(200), SelfPay: d(250)}
	if got := estimate(s).Option(InNetworkClinic).Ledger[0].Billed; got != d(250) {
		t.Errorf("uncovered evaluation billed %v, want $250", got)
	}
	// A $30 copay plan: the copay is per visit, evaluation or not: 2 × 30.
	s = rulesBase(2)
	s.Plan.InNetwork.Copay = d(30)
	s.Care.InNetwork.Evaluations.First = VisitPrice{Set: true, Price: d(300), Allowed: d(200), SelfPay: d(300)}
	o := estimate(s).Option(InNetworkClinic)
	// Plan pays 200 − 30 + 100 − 30 = 240; write-off 100.
	if o.OutOfPocket != d(60) || o.PlanPaid != d(240) || o.WriteOff != d(100) {
		t.Errorf("copay plan: out of pocket %v, plan %v, write-off %v", o.OutOfPocket, o.PlanPaid, o.WriteOff)
	}
}

func TestReEvaluationAllowedOutOfNetwork(t *testing.T) {
	// Out of network, 40 %, allowed $100; re-evaluation every 2 visits at
	// cash $200, the plan's re_evaluation_allowed $150: visit 3 recognised
	// 150, plan 90, out of pocket 200 − 90 = 110. Visits 1–2 cash $150: plan
	// 60, 90 each. Without re_evaluation_allowed visit 3: min(200, 100), plan
	// 60, 140.
	s := rulesBase(3)
	s.Care.OutOfNetwork.Evaluations = Evaluations{Re: VisitPrice{Set: true, Price: d(200)}, ReEvery: 2}
	s.Plan.OutOfNetwork.ReEvaluationAllowed = Cap(d(150))
	if got := sharesOf(estimate(s).Option(OutOfNetworkCash)); !sameCents(got, []Cents{d(90), d(90), d(110)}) {
		t.Errorf("out of pocket by visit %v, want 90, 90, 110", got)
	}
	s.Plan.OutOfNetwork.ReEvaluationAllowed = Limit[Cents]{}
	if got := sharesOf(estimate(s).Option(OutOfNetworkCash)); !sameCents(got, []Cents{d(90), d(90), d(140)}) {
		t.Errorf("without re_evaluation_allowed %v, want 90, 90, 140", got)
	}
}
