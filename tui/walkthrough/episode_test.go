package walkthrough

import (
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// episodeScenarios have every question of issue 12 answered: dates and
// visits a week, a range, evaluations and re-evaluations of every option,
// next year's plan (out of network too), an FSA's next year with a
// carryover, a second plan that coordinates by non-duplication, a copay
// with coinsurance outside the maximum and other care in each network, a
// therapy maximum partly paid; and Original Medicare with Medigap Plan G,
// which pays excess charges up to a limiting charge of 110 %.
func episodeScenarios() map[string]calc.Scenario {
	s := plans.Preset(calc.PPO)
	c := &s.Care
	c.StartDate = calc.MakeDate(2026, 12, 14)
	c.InNetwork.VisitsPerWeek, c.OutOfNetwork.VisitsPerWeek, c.Concierge.VisitsPerWeek = 3, 1, 2
	c.Range = calc.VisitRange{Fewest: 12, Likely: 24, Most: 36}
	c.InNetwork.Evaluations = calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000},
		ReEvery: 10, Re: calc.VisitPrice{Set: true, Price: 20000, Allowed: 15000, SelfPay: 20000}}
	c.OutOfNetwork.Evaluations = calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 25000}, ReEvery: 8,
		Re: calc.VisitPrice{Set: true, Price: 20000}}
	c.Concierge.Evaluations = calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000}}
	s.Plan.OutOfNetwork.EvaluationAllowed = calc.Cap[calc.Cents](15000)
	s.Plan.YearStart = calc.MonthDay{Month: 2, Day: 1} // the reset on February 1, visit 21 or so
	s.Plan.TherapyMax = calc.Cap[calc.Cents](500000)
	s.Plan.TherapyPaid = 100000
	s.Plan.SharedOOPMax = true
	s.Plan.InNetwork.Copay, s.Plan.InNetwork.CopayAndCoinsurance, s.Plan.InNetwork.CopayOutsideOOP = 3000, true, true
	s.Plan.InNetwork.OtherSpending = 40000
	s.Plan.OutOfNetwork.Copay, s.Plan.OutOfNetwork.CopayAndCoinsurance, s.Plan.OutOfNetwork.CopayOutsideOOP = 2000, true, true
	s.Plan.OutOfNetwork.OtherSpending = 10000
	s.NextYear = calc.NextYear{Set: true, Plan: s.Plan}
	s.NextYear.Plan.YearStart = calc.MonthDay{} // the plan year keeps its start: next_year has none
	s.NextYear.Plan.InNetwork.Deductible = 200000
	s.NextYear.Plan.InNetwork.OOPMax = calc.Cap[calc.Cents](650000)
	s.NextYear.Plan.OutOfNetwork.Deductible = 350000
	// where next year stands starts from 0
	s.NextYear.Plan.InNetwork.OtherSpending, s.NextYear.Plan.OutOfNetwork.OtherSpending, s.NextYear.Plan.TherapyPaid = 0, 0, 0
	s.Account = calc.Account{Kind: calc.FSA, Balance: 150000, TaxRate: 2965, NextBalance: 100000,
		FSARule: calc.FSACarryover, Carryover: 50000}
	s.Supplemental = calc.Supplemental{Kind: calc.Secondary, Coinsurance: 2000, Coordination: calc.NonDuplication,
		Allowed: calc.Cap[calc.Cents](9000)}

	m := plans.Preset(calc.Medicare)
	m.Care.StartDate = calc.MakeDate(2026, 12, 1)
	partB, _ := plans.Figure(plans.PartBDeductible, 0)
	m.Supplemental = plans.MedigapPlanG(partB.Amount())
	m.Supplemental.LimitingCharge = 11000
	return map[string]calc.Scenario{"ppo": s, "medicare": m}
}

// Every new page of the full-screen walk-through fits 80×24, and Enter
// through every question keeps a scenario that has them all.
func TestEpisodeQuestionsFitAndKeep(t *testing.T) {
	for name, want := range episodeScenarios() {
		t.Run(name, func(t *testing.T) {
			if _, _, err := plans.Parse("x.yaml", mustMarshal(t, want)); err != nil {
				t.Fatalf("the scenario is not one a file holds: %v", err)
			}
			d := newDriver(t, interview.Options{Scenario: want})
			seen := map[string]bool{}
			for range 200 {
				checkFits(t, d, 80, 22)
				seen[d.focusedKey()] = true
				if d.step() == interview.StepReview {
					break
				}
				d.press("enter")
			}
			for _, k := range []string{"care.start_date", "care.concierge.visits_per_week", interview.KeyNextYear, "next_year.in_network.oop_max",
				interview.KeyRange, "care.visits_range.most", interview.KeyEvaluation, "care.in_network.re_evaluation.allowed",
				"care.concierge.evaluation.fee", "account.carryover", "supplemental.allowed",
				"plan.in_network.copay_and_coinsurance", "plan.in_network.copay_outside_oop_max", "plan.in_network.other_spending",
				"plan.out_of_network.copay_and_coinsurance", "plan.out_of_network.copay_outside_oop_max", "plan.out_of_network.other_spending",
				"plan.therapy_paid", "next_year.out_of_network.oop_max"} {
				if name == "ppo" && !seen[k] {
					t.Errorf("%s was not asked", k)
				}
			}
			if name == "medicare" && (!seen["supplemental.pays_excess_charges"] || !seen["supplemental.limiting_charge"]) {
				t.Error("excess charges and the limiting charge were not asked")
			}
			d.press("enter")
			c, ok := d.completed()
			if !ok {
				t.Fatalf("no comparison\n%s", d.view())
			}
			if c.Scenario != want {
				t.Errorf("Enter through changed the scenario:\n got %+v\nwant %+v", c.Scenario, want)
			}
		})
	}
}

func mustMarshal(t *testing.T, s calc.Scenario) []byte {
	t.Helper()
	data, err := plans.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// "Does your plan change when it renews?" answered yes starts next year's
// plan as this year's type (interview's dependency): a high-deductible
// plan's next year is a high-deductible plan until the user picks another.
// The select of next year's type must not write its first option, PPO,
// into the empty answer when the form is built, which once made every
// plan renew as a PPO on Enter.
func TestNextYearStartsAsThisYearsType(t *testing.T) {
	s := plans.Preset(calc.HDHP)
	s.Care.StartDate = calc.MakeDate(2026, 12, 14)
	d := newDriver(t, interview.Options{Scenario: s, Step: interview.StepCare})
	d.enterUntil(interview.KeyNextYear)
	d.press("down") // No → Yes: I will give next year's figures
	d.press("enter")
	if got := d.focusedKey(); got != "next_year.type" {
		t.Fatalf("focused %q after yes, want next_year.type\n%s", got, d.view())
	}
	if got := d.answer("next_year.type"); got != string(calc.HDHP) {
		t.Errorf("next year's type starts as %q, want %q (this year's)", got, calc.HDHP)
	}
	d.wantView(t, "> High-deductible plan (HDHP)")
	d.press("enter") // kept as it is
	if got := d.answer("next_year.type"); got != string(calc.HDHP) {
		t.Errorf("Enter kept next year's type as %q, want %q", got, calc.HDHP)
	}
}
