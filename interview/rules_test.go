package interview

import (
	"slices"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// fileOnly are the scenario fields the walk-through does not ask, each
// with the reason; every other field is asked on some page. A field added
// to plans.Fields fails TestEveryFieldAskedOrFileOnly until it is given a
// script line or a reason here.
var fileOnly = map[string]string{
	"version":                                        "always 1",
	"care.visits_range.likely":                       "the visits needed are the likeliest count",
	"care.in_network.evaluation.self_pay":            "the evaluation's charge, as a visit's self-pay rate is asked only once",
	"care.in_network.re_evaluation.self_pay":         "the re-evaluation's charge, likewise",
	"next_year.premium_monthly":                      "the premium is not compared",
	"next_year.coverage":                             "the same person's coverage",
	"next_year.visit_limit":                          "this year's unless the file says",
	"next_year.shared_oop_max":                       "this year's unless the file says",
	"next_year.therapy_annual_max":                   "this year's unless the file says",
	"next_year.in_network.deductible_applies":        "this year's unless the file says",
	"next_year.in_network.copay_and_coinsurance":     "this year's unless the file says",
	"next_year.in_network.copay_outside_oop_max":     "this year's unless the file says",
	"next_year.out_of_network.covered":               "this year's unless the file says",
	"next_year.out_of_network.deductible_applies":    "this year's unless the file says",
	"next_year.out_of_network.allowed":               "this year's unless the file says",
	"next_year.out_of_network.shares_deductible":     "this year's unless the file says",
	"next_year.out_of_network.evaluation_allowed":    "this year's unless the file says",
	"next_year.out_of_network.re_evaluation_allowed": "this year's unless the file says",
	"next_year.out_of_network.copay_and_coinsurance": "this year's unless the file says",
	"next_year.out_of_network.copay_outside_oop_max": "this year's unless the file says",
	// where next year stands starts again from 0: nothing is met yet
	"next_year.in_network.deductible_met":     "0 when the plan year starts",
	"next_year.in_network.oop_spent":          "0 when the plan year starts",
	"next_year.in_network.other_spending":     "0 when the plan year starts",
	"next_year.out_of_network.deductible_met": "0 when the plan year starts",
	"next_year.out_of_network.oop_spent":      "0 when the plan year starts",
	"next_year.out_of_network.other_spending": "0 when the plan year starts",
	"next_year.visits_used":                   "0 when the plan year starts",
	"next_year.therapy_paid":                  "0 when the plan year starts",
}

// Every field is asked on some page of the full route, or listed above as
// one a file alone holds; none is both.
func TestEveryFieldAskedOrFileOnly(t *testing.T) {
	asked := map[string]bool{}
	for _, sc := range script {
		for _, p := range sc.Pages {
			for _, q := range p.Questions {
				asked[q.Key], asked[q.Fills] = true, true
			}
		}
	}
	for _, f := range plans.Fields {
		_, only := fileOnly[f.Path]
		switch {
		case asked[f.Path] && only:
			t.Errorf("%s is asked, yet listed as file-only", f.Path)
		case !asked[f.Path] && !only:
			t.Errorf("%s is neither asked nor listed as file-only", f.Path)
		}
	}
}

// issue12Questions are the rules and figures a file could hold before the
// walk-through asked them.
var issue12Questions = []string{
	"plan.in_network.copay_and_coinsurance", "plan.in_network.copay_outside_oop_max", "plan.in_network.other_spending",
	"plan.out_of_network.copay_and_coinsurance", "plan.out_of_network.copay_outside_oop_max", "plan.out_of_network.other_spending",
	"plan.therapy_paid", "next_year.out_of_network.deductible", "next_year.out_of_network.copay",
	"next_year.out_of_network.coinsurance", "next_year.out_of_network.oop_max", "supplemental.limiting_charge",
}

// The short route asks none of them, whatever the answers (issue 10: at
// most 10 questions on it).
func TestShortRouteAsksNoneOfTheNewRules(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		a := NewAnswers(plans.Preset(pt))
		a.Set("plan.in_network.copay", "30")
		a.Set("plan.out_of_network.copay", "30")
		a.Set("plan.therapy_annual_max", "2000")
		for _, st := range Steps {
			for _, p := range a.Pages(st, true) {
				for _, q := range p.Questions {
					if slices.Contains(issue12Questions, q.Key) {
						t.Errorf("%s: the short route asks %s", pt, q.Key)
					}
				}
			}
		}
	}
}

// asked reports whether key is asked on the full route with the answers:
// Applies decides it from the predicates that decide whether its step,
// its page and its question are shown.
func asked(a *Answers, key string) bool { return a.Applies(key) }

// A copay's rules are asked only with a copay, in each network: "copay,
// then coinsurance" under it, "copays past the maximum" after the maximum
// (only with one). Without a copay a "yes" is dropped, so a file never
// switches on a rule that does nothing; the copay again brings it back.
func TestCopayRulesAskedWithACopay(t *testing.T) {
	for _, net := range []string{"in_network", "out_of_network"} {
		t.Run(net, func(t *testing.T) {
			both, outside := "plan."+net+".copay_and_coinsurance", "plan."+net+".copay_outside_oop_max"
			a := NewAnswers(plans.Preset(calc.PPO)) // no copay in either network
			if asked(a, both) || asked(a, outside) {
				t.Fatal("asked without a copay")
			}
			a.Set("plan."+net+".copay", "$0.01") // one cent is a copay
			if !asked(a, both) || !asked(a, outside) {
				t.Fatalf("with a copay: %v %v", asked(a, both), asked(a, outside))
			}
			a.Set(both, "true")
			a.Set(outside, "yes")
			s := mustScenario(t, a)
			cs := s.Plan.InNetwork
			if net == "out_of_network" {
				cs = s.Plan.OutOfNetwork.CostSharing
			}
			if cs.Copay != 1 || !cs.CopayAndCoinsurance || !cs.CopayOutsideOOP {
				t.Errorf("scenario %+v", cs)
			}

			a.Set("plan."+net+".copay", "0")
			if asked(a, both) || asked(a, outside) {
				t.Error("still asked at a $0 copay")
			}
			s = mustScenario(t, a)
			if s.Plan.InNetwork.CopayAndCoinsurance || s.Plan.InNetwork.CopayOutsideOOP ||
				s.Plan.OutOfNetwork.CopayAndCoinsurance || s.Plan.OutOfNetwork.CopayOutsideOOP {
				t.Errorf("a $0 copay keeps its rules: %+v", s.Plan)
			}
			if a.Text(both) != "true" {
				t.Errorf("the answer was lost: %q", a.Text(both))
			}
			a.Set("plan."+net+".copay", "25")
			if s := mustScenario(t, a); !s.Plan.InNetwork.CopayAndCoinsurance && !s.Plan.OutOfNetwork.CopayAndCoinsurance {
				t.Error("the copay again does not bring the rule back")
			}
		})
	}
	// copays past the maximum mean nothing without a maximum: Original
	// Medicare has none; a shared maximum is the in-network one
	m := NewAnswers(plans.Preset(calc.Medicare))
	m.Set("plan.in_network.copay", "20")
	m.Set("plan.out_of_network.copay", "20")
	if !asked(m, "plan.in_network.copay_and_coinsurance") || asked(m, "plan.in_network.copay_outside_oop_max") ||
		asked(m, "plan.out_of_network.copay_outside_oop_max") {
		t.Error("Medicare, no maximum: asked copays past it")
	}
	p := NewAnswers(plans.Preset(calc.PPO))
	p.Set("plan.out_of_network.copay", "20")
	p.Set("plan.out_of_network.oop_max", "")
	if asked(p, "plan.out_of_network.copay_outside_oop_max") {
		t.Error("no out-of-network maximum: asked copays past it")
	}
	p.Set("plan.shared_oop_max", "true")
	if !asked(p, "plan.out_of_network.copay_outside_oop_max") {
		t.Error("one maximum for both networks: copays past it not asked")
	}
}

// Other care before therapy is asked where it fills a deductible or a
// maximum, in each network, and reaches the scenario.
func TestOtherCareAskedWhereItFillsSomething(t *testing.T) {
	in, oon := "plan.in_network.other_spending", "plan.out_of_network.other_spending"
	for _, c := range []struct {
		pt      calc.PlanType
		in, oon bool
	}{
		{calc.PPO, true, true},
		{calc.HMO, true, false},          // no out-of-network benefits
		{calc.Medicare, true, true},      // the Part B deductible, no maximum
		{calc.WorkersComp, false, false}, // pays everything
		{calc.AutoPIP, false, false},     // no deductible and no maximum, either network
	} {
		a := NewAnswers(plans.Preset(c.pt))
		if asked(a, in) != c.in || asked(a, oon) != c.oon {
			t.Errorf("%s: asked in network %v, out of network %v; want %v, %v", c.pt, asked(a, in), asked(a, oon), c.in, c.oon)
		}
	}
	a := NewAnswers(plans.Preset(calc.AutoPIP))
	a.Set("plan.in_network.deductible", "1") // one dollar to fill
	if !asked(a, in) {
		t.Error("a $1 deductible: other care not asked")
	}
	a = NewAnswers(plans.Preset(calc.PPO))
	a.Set(in, "$2,000")
	a.Set(oon, "500.50")
	if s := mustScenario(t, a); s.Plan.InNetwork.OtherSpending != 200000 || s.Plan.OutOfNetwork.OtherSpending != 50050 {
		t.Errorf("other spending %v, %v", s.Plan.InNetwork.OtherSpending, s.Plan.OutOfNetwork.OtherSpending)
	}
}

// What the plan has paid toward a dollar maximum on therapy is asked once
// there is one; the maximum taken away takes it too, with no problem left.
func TestTherapyPaidAskedWithTheMaximum(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	if asked(a, "plan.therapy_paid") {
		t.Fatal("asked without a maximum")
	}
	a.Set("plan.therapy_annual_max", "2000")
	if !asked(a, "plan.therapy_paid") {
		t.Fatal("not asked with a maximum")
	}
	// the file's rule between them holds here too: not above the maximum
	if fe := a.Check("plan.therapy_paid", "2000.01"); fe == nil {
		t.Error("paid above the maximum accepted")
	}
	a.Set("plan.therapy_paid", "450")
	if s := mustScenario(t, a); s.Plan.TherapyMax != calc.Cap[calc.Cents](200000) || s.Plan.TherapyPaid != 45000 {
		t.Errorf("%v %v", s.Plan.TherapyMax, s.Plan.TherapyPaid)
	}
	a.Set("plan.therapy_annual_max", "")
	if asked(a, "plan.therapy_paid") {
		t.Error("asked after the maximum was taken away")
	}
	if s := mustScenario(t, a); s.Plan.TherapyMax.Set || s.Plan.TherapyPaid != 0 {
		t.Errorf("%v %v", s.Plan.TherapyMax, s.Plan.TherapyPaid)
	}
}

// Next year's out-of-network figures are asked, as its in-network ones,
// once the plan changes when it renews, and only while next year's plan
// pays out of network (this year's benefits unless next year says).
func TestNextYearOutOfNetworkAsked(t *testing.T) {
	key := "next_year.out_of_network.deductible"
	a := NewAnswers(plans.Preset(calc.PPO))
	a.Set("care.start_date", "2026-12-14")
	if asked(a, key) {
		t.Fatal("asked before the plan was said to change")
	}
	a.Set(KeyNextYear, yes)
	a.Set("next_year.type", "ppo")
	if !asked(a, key) {
		t.Fatal("not asked")
	}
	a.Set(key, "4000")
	a.Set("next_year.out_of_network.coinsurance", "50")
	s := mustScenario(t, a)
	got := s.NextYear.Plan.OutOfNetwork
	// next year's copay and maximum left empty: this year's ($0, $12,000)
	if got.Deductible != 400000 || got.Coinsurance != 5000 || got.Copay != 0 || got.OOPMax != calc.Cap[calc.Cents](1200000) ||
		s.Plan.OutOfNetwork.Deductible != 300000 {
		t.Errorf("next year %+v, this year %+v", got, s.Plan.OutOfNetwork)
	}
	// a file's next year that pays nothing out of network
	a.Set("next_year.out_of_network.covered", "false")
	if asked(a, key) {
		t.Error("asked for a next year that pays nothing out of network")
	}
	a.Set("next_year.out_of_network.covered", "")
	a.Set("next_year.type", "none")
	if asked(a, key) {
		t.Error("asked for a next year without a plan")
	}

	h := NewAnswers(plans.Preset(calc.HMO)) // no out-of-network benefits this year
	h.Set("care.start_date", "2026-12-14")
	h.Set(KeyNextYear, yes)
	h.Set("next_year.type", "hmo")
	if asked(h, key) {
		t.Error("an HMO without out-of-network benefits: asked")
	}
}

// The limiting charge is asked only beside Original Medicare, with a
// policy that pays the excess charges a non-participating therapist may
// bill; empty it is Medicare's 115 %.
func TestLimitingChargeAskedWithExcessCharges(t *testing.T) {
	key := "supplemental.limiting_charge"
	a := NewAnswers(plans.Preset(calc.Medicare))
	a.Set(KeySupplementalChoice, "preset:0") // Medigap Plan G: pays them
	if a.Text("supplemental.pays_excess_charges") != "true" || !asked(a, key) {
		t.Fatalf("Medigap G: excess charges %q, limiting charge asked %v", a.Text("supplemental.pays_excess_charges"), asked(a, key))
	}
	if q := question(t, a, StepSupplemental, key); q.EmptyMeaning(a) == "" {
		t.Error("no meaning for an empty limiting charge")
	}
	if fe := a.Check(key, "99.99"); fe == nil {
		t.Error("a limiting charge below 100 % accepted")
	}
	a.Set(key, "105%")
	if s := mustScenario(t, a); s.Supplemental.LimitingCharge != 10500 || !s.Supplemental.PaysExcessCharges {
		t.Errorf("%+v", s.Supplemental)
	}
	a.Set("supplemental.pays_excess_charges", "false")
	if asked(a, key) {
		t.Error("asked for a policy that does not pay excess charges")
	}
	if s := mustScenario(t, a); s.Supplemental.LimitingCharge != 0 {
		t.Errorf("the limiting charge stayed without excess charges: %+v", s.Supplemental)
	}
	p := NewAnswers(plans.Preset(calc.PPO))
	p.Set(KeySupplementalChoice, string(calc.Secondary))
	p.Set("supplemental.pays_excess_charges", "true")
	if asked(p, key) {
		t.Error("asked beside a PPO")
	}
}

// An empty plan year means the newest year carried, and once the first
// visit's date is given the year its plan year begins, as plans.PlanYear
// reads the scenario: the question's help, its empty answer and the review
// say which.
func TestEmptyYearFollowsTheFirstVisit(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	q := question(t, a, StepPlan, "year")
	if got := a.Display(q); got != "the newest year, 2027" {
		t.Errorf("undated: %q", got)
	}
	a.Set("care.start_date", "2026-12-14")
	if got := a.Display(q); got != "the first visit's plan year, 2026" || !strings.HasSuffix(q.Help(a), "begins, 2026") {
		t.Errorf("dated: %q; help %q", got, q.Help(a))
	}
	// a plan year from December 15: December 14 is in the one of 2025
	a.Set("plan.year_starts", "12-15")
	if got := q.EmptyMeaning(a); got != "the first visit's plan year, 2025" {
		t.Errorf("a December 15 plan year: %q", got)
	}
	if s := mustScenario(t, a); s.Year != 0 || plans.PlanYear(s) != 2025 {
		t.Errorf("year %d, figures of %d", s.Year, plans.PlanYear(s))
	}
	a.Set("plan.year_starts", "12-14") // the day itself begins the plan year
	if got := q.EmptyMeaning(a); got != "the first visit's plan year, 2026" {
		t.Errorf("a December 14 plan year: %q", got)
	}
	a.Set("year", "2026") // typed: what it says
	if got := a.Display(q); got != "2026" {
		t.Errorf("typed: %q", got)
	}
}
