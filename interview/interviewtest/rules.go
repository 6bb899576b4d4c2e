// Package interviewtest holds what the tests of both walk-throughs share:
// the questions each renderer must ask the same way. Only tests import it.
package interviewtest

import (
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// Answer is one answer given: text typed, or the value of a choice.
type Answer struct{ Key, Text string }

// Group is one group of questions the walk-through asks since a file alone
// could hold them (issue 12, §5 and the rest): answered from Base, with
// Enter at every other question, the question ShowsAt shows Shows, the
// review lists Review and the scenario is Base changed by Want.
type Group struct {
	Name    string
	Base    calc.Scenario
	Answers []Answer
	ShowsAt string // a question whose screen shows Shows (its title, its help)
	Shows   []string
	Review  []string // on the review, each within one line
	Want    func(s *calc.Scenario)
}

// CheckDraft loads the draft at path and checks it keeps every answer of
// g as given, returning it to resume from.
func (g Group) CheckDraft(t testing.TB, path string) *interview.Draft {
	t.Helper()
	dr, err := interview.LoadDraft(path)
	if err != nil || dr == nil {
		t.Fatalf("draft %+v, %v", dr, err)
	}
	for _, a := range g.Answers {
		if dr.Answers[a.Key] != a.Text {
			t.Errorf("the draft has %s %q, want %q as given", a.Key, dr.Answers[a.Key], a.Text)
		}
	}
	return dr
}

// Groups are the new question groups, each hand-written: the amounts in
// Want are the answers' dollars in cents.
func Groups() []Group {
	ppo := plans.Preset(calc.PPO)
	dated := ppo
	dated.Care.StartDate = calc.MakeDate(2026, 12, 14)
	medicare := plans.Preset(calc.Medicare)
	return []Group{
		{Name: "copay in network", Base: ppo,
			Answers: []Answer{{"plan.in_network.copay", "30"}, {"plan.in_network.copay_and_coinsurance", "true"},
				{"plan.in_network.copay_outside_oop_max", "true"}},
			ShowsAt: "plan.in_network.copay_and_coinsurance",
			Shows:   []string{"The copay", "Does the coinsurance apply after the copay?", "summary of benefits (SBC)"},
			Review:  []string{"The copay: copay and coinsurance yes", "Copays and the maximum: copays past the maximum yes"},
			Want: func(s *calc.Scenario) {
				c := &s.Plan.InNetwork
				c.Copay, c.CopayAndCoinsurance, c.CopayOutsideOOP = 3000, true, true
			}},
		{Name: "copay out of network", Base: ppo,
			Answers: []Answer{{"plan.out_of_network.copay", "25"}, {"plan.out_of_network.copay_and_coinsurance", "true"},
				{"plan.out_of_network.copay_outside_oop_max", "true"}},
			ShowsAt: "plan.out_of_network.copay_outside_oop_max",
			Shows:   []string{"Out-of-network copays and the maximum", "Do copays go on past the maximum?", "does not include"},
			Review: []string{"The out-of-network copay: copay and coinsurance yes",
				"Out-of-network copays and the maximum: copays past the maximum yes"},
			Want: func(s *calc.Scenario) {
				c := &s.Plan.OutOfNetwork.CostSharing
				c.Copay, c.CopayAndCoinsurance, c.CopayOutsideOOP = 2500, true, true
			}},
		{Name: "other care", Base: ppo,
			Answers: []Answer{{"plan.in_network.other_spending", "$2,000"}, {"plan.out_of_network.other_spending", "500"}},
			ShowsAt: "plan.in_network.other_spending",
			Shows:   []string{"Other in-network care this plan year", "did not count in what is already met"},
			Review:  []string{"Other care: $2,000.00", "Other care: $500.00"},
			Want: func(s *calc.Scenario) {
				s.Plan.InNetwork.OtherSpending, s.Plan.OutOfNetwork.OtherSpending = 200000, 50000
			}},
		{Name: "therapy maximum", Base: ppo,
			Answers: []Answer{{"plan.therapy_annual_max", "2000"}, {"plan.therapy_paid", "450"}},
			ShowsAt: "plan.therapy_paid",
			Shows:   []string{"What the plan has already paid for therapy this plan year", "explanation of benefits (EOB)"},
			Review:  []string{"The therapy maximum: paid by the plan $450.00"},
			Want: func(s *calc.Scenario) {
				s.Plan.TherapyMax, s.Plan.TherapyPaid = calc.Cap[calc.Cents](200000), 45000
			}},
		{Name: "next year out of network", Base: dated,
			Answers: []Answer{{interview.KeyNextYear, "yes"}, {"next_year.type", "ppo"},
				{"next_year.out_of_network.deductible", "4000"}, {"next_year.out_of_network.coinsurance", "50"}},
			ShowsAt: "next_year.out_of_network.deductible",
			Shows:   []string{"Next year out of network", "Next year's out-of-network deductible", "stays as this year's"},
			Review:  []string{"Next year out of network: deductible $4,000.00"},
			Want: func(s *calc.Scenario) {
				// left empty, next year's figures are this year's
				s.NextYear = calc.NextYear{Set: true, Plan: s.Plan}
				s.NextYear.Plan.OutOfNetwork.Deductible, s.NextYear.Plan.OutOfNetwork.Coinsurance = 400000, 5000
			}},
		{Name: "limiting charge", Base: medicare,
			// the first ready policy, Medigap Plan G, pays excess charges
			Answers: []Answer{{interview.KeySupplementalChoice, "preset:0"}, {"supplemental.limiting_charge", "105"}},
			ShowsAt: "supplemental.limiting_charge",
			Shows:   []string{"The most the therapist may bill, in percent of Medicare's amount", "Medicare Summary Notice"},
			Review:  []string{"The most you may be billed: limiting charge 105 %"},
			Want: func(s *calc.Scenario) {
				partB, _ := plans.Figure(plans.PartBDeductible, 0)
				s.Supplemental = plans.MedigapPlanG(partB.Amount())
				s.Supplemental.LimitingCharge = 10500
			}},
	}
}
