package calc

import "testing"

// noPlanThenPPO is docs/cost-rules.md's "No plan on one side of the reset"
// example: no plan in plan year 1, a PPO from 1 January 2027; 8 visits of
// each option twice a week from Monday 21 December 2026 (Dec 21, 24, 28, 31,
// Jan 4, 7, 11, 14): the reset at visit 5.
func noPlanThenPPO() Scenario {
	s := rulesBase(8)
	s.Plan = Plan{Type: NoPlan}
	s.Care.StartDate = date(2026, 12, 21)
	s.Care.InNetwork = ClinicCare{Charge: d(150), Allowed: d(100), SelfPay: d(150), Minutes: 30}
	s.Care.OutOfNetwork.CashRate = d(175)
	s.Care.Concierge.TravelFee = 0
	s.Care.Concierge.VisitsPerWeek = 2
	next := Plan{Type: PPO, Coverage: Self,
		InNetwork: CostSharing{Deductible: d(150), DeductibleApplies: true, Coinsurance: Percent(20), OOPMax: Cap(d(3000))},
		OutOfNetwork: OutOfNetworkBenefits{Covered: true, Allowed: d(120),
			CostSharing: CostSharing{Deductible: d(300), DeductibleApplies: true, Coinsurance: Percent(40), OOPMax: Cap(d(6000))}}}
	s.NextYear = NextYear{Set: true, Plan: next}
	return s
}

func TestNoPlanThenAPlanFilesClaims(t *testing.T) {
	r := Estimate(noPlanThenPPO())
	// In network: visits 1–4 self-pay $150 = $600; visit 5 $100 to the
	// deductible; visit 6 $50 + 20 % × $50 = $60 (plan $40, met); visits 7–8
	// $20 (plan $80). Out of pocket 600 + 100 + 60 + 20 + 20 = $800; plan
	// 0 + 40 + 80 + 80 = $200; write-off 4 × (150 − 100) = $200; billed
	// 4 × 150 + 4 × 150 = $1,200. Visits 1–4 not covered.
	checkOption(t, &r, InNetworkClinic, figures{
		billed: d(1200), writeOff: d(200), planPaid: d(200), upfront: d(800), oop: d(800), net: d(800), withoutSupp: d(800),
		dedMet: at(6), oopMet: none, firstUncovered: at(1), uncovered: 4,
	})
	// Out of network: $175 a visit upfront, 8 × 175 = $1,400. From visit 5
	// the plan recognises $120: visits 5–6 to the $300 deductible ($60
	// left), visit 7 $60 + 40 % × $60 = $84 (plan $36), visit 8 40 % × $120
	// = $48 (plan $72). Plan $108; out of pocket 1,400 − 108 = $1,292.
	checkOption(t, &r, OutOfNetworkCash, figures{
		billed: d(1400), planPaid: d(108), upfront: d(1400), reimbursed: d(108), oop: d(1292), net: d(1292), withoutSupp: d(1292),
		dedMet: at(7), oopMet: none, firstUncovered: at(1), uncovered: 4,
	})
	// Concierge: $200 a session, 8 × 200 = $1,600; the same $108 back.
	checkOption(t, &r, ConciergeTherapy, figures{
		billed: d(1600), planPaid: d(108), upfront: d(1600), reimbursed: d(108), oop: d(1492), net: d(1492), withoutSupp: d(1492),
		dedMet: at(7), oopMet: none, firstUncovered: at(1), uncovered: 4,
	})
	for i := range r.Options {
		o := &r.Options[i]
		if !o.FilesClaims || o.ResetAtVisit != at(5) || len(o.PlanYears) != 2 ||
			o.PlanYears[0].FilesClaims || !o.PlanYears[1].FilesClaims {
			t.Errorf("%s: files claims %v, reset %v, plan years %+v; want true, visit 5, plan year 2 alone filing",
				o.ID, o.FilesClaims, o.ResetAtVisit, o.PlanYears)
		}
	}
	checkIdentities(t, &r)
}

// The reverse: a PPO in plan year 1, no plan from the reset. The option
// files claims (in plan year 1); plan year 2's visits are not covered.
func TestAPlanThenNoPlanFilesClaims(t *testing.T) {
	s := noPlanThenPPO()
	s.Plan, s.NextYear = s.NextYear.Plan, NextYear{Set: true, Plan: Plan{Type: NoPlan}}
	r := Estimate(s)
	// In network, plan year 1: visit 1 $100 to the deductible, visit 2 $50
	// + 20 % × $50 = $60 (met), visits 3–4 $20: $200, plan 0 + 40 + 80 + 80
	// = $200, write-off 4 × $50 = $200; visits 5–8 self-pay $150: $600.
	// Billed 4 × 150 + 4 × 150 = $1,200, out of pocket $800; first visit not
	// covered 5.
	checkOption(t, &r, InNetworkClinic, figures{
		billed: d(1200), writeOff: d(200), planPaid: d(200), upfront: d(800), oop: d(800), net: d(800), withoutSupp: d(800),
		dedMet: at(2), oopMet: none, firstUncovered: at(5), uncovered: 4,
	})
	for i := range r.Options {
		o := &r.Options[i]
		if !o.FilesClaims || len(o.PlanYears) != 2 || !o.PlanYears[0].FilesClaims || o.PlanYears[1].FilesClaims {
			t.Errorf("%s: files claims %v, plan years %+v; want true, plan year 1 alone filing", o.ID, o.FilesClaims, o.PlanYears)
		}
	}
	checkIdentities(t, &r)
}
