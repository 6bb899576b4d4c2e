package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
)

// noPlanThenPPO is docs/cost-rules.md's "No plan on one side of the reset"
// example: plan type none, next_year a PPO (in network deductible $150,
// 20 %, maximum $3,000; out of network deductible $300, 40 %, maximum
// $6,000, $120 recognised); clinic $150 (allowed $100), out of network $175
// cash, concierge $200 with superbill; 8 visits of each twice a week from
// Monday 21 December 2026: Dec 21, 24, 28, 31 with no plan, Jan 4, 7, 11, 14
// 2027 under the PPO.
func noPlanThenPPO() calc.Scenario {
	return calc.Scenario{
		Name: "No plan in December",
		Plan: calc.Plan{Type: calc.NoPlan},
		NextYear: calc.NextYear{Set: true, Plan: calc.Plan{Type: calc.PPO,
			InNetwork: calc.CostSharing{Deductible: 15000, DeductibleApplies: true, Coinsurance: 2000, OOPMax: calc.Cap[calc.Cents](300000)},
			OutOfNetwork: calc.OutOfNetworkBenefits{Covered: true, Allowed: 12000,
				CostSharing: calc.CostSharing{Deductible: 30000, DeductibleApplies: true, Coinsurance: 4000, OOPMax: calc.Cap[calc.Cents](600000)}}}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 8, StartDate: calc.MakeDate(2026, 12, 21),
			InNetwork:    calc.ClinicCare{Charge: 15000, Allowed: 10000, SelfPay: 15000, Minutes: 30, VisitsPerWeek: 2},
			OutOfNetwork: calc.CashCare{CashRate: 17500, Minutes: 60, Visits: 8, ReimbursementDays: 30, VisitsPerWeek: 2},
			Concierge:    calc.ConciergeCare{Fee: 20000, Minutes: 60, Visits: 8, Superbill: true, VisitsPerWeek: 2}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
}

// planThenNoPlan is the reverse: the PPO in plan year 1, no plan from
// 1 January 2027.
func planThenNoPlan() calc.Scenario {
	s := noPlanThenPPO()
	s.Plan, s.NextYear = s.NextYear.Plan, calc.NextYear{Set: true, Plan: calc.Plan{Type: calc.NoPlan}}
	s.Name = "A PPO in December"
	return s
}

// The options file claims in plan year 2 only: the table says the reset
// and each plan year's own truth, never "no option files a claim".
func TestTableNoPlanThenAPlan(t *testing.T) {
	out := tableOf(t, noPlanThenPPO())
	const dates = "Dates and the plan-year reset"
	for _, c := range []struct {
		label string
		want  string
	}{
		// Plan year 2 opens at visit 5 (4 January) for every option.
		{"New plan year from", "visit 5|visit 5|visit 5"},
		// Plan year 1 (no plan): 4 × $150, 4 × $175, 4 × $200.
		{"Out of pocket 2026", "$600.00|$700.00|$800.00"},
		// Plan year 2: in network $100 + $60 + $20 + $20 = $200; out of
		// network 4 × $175 − plan ($0 + $0 + $36 + $72) = $592; concierge
		// 4 × $200 − $108 = $692.
		{"Out of pocket 2027", "$200.00|$592.00|$692.00"},
		{"Deductible met 2026", "no claims|no claims|no claims"},
		// $150 met at visit 6 in network ($100 + $50); $300 at visit 7 out
		// of network ($120 + $120 + $60).
		{"Deductible met 2027", "visit 6|visit 7|visit 7"},
	} {
		if got := strings.Join(cellsOf(out, dates, c.label), "|"); got != c.want {
			t.Errorf("%s: %q, want %q in\n%s", c.label, got, c.want, out)
		}
	}
	if got := strings.Join(cellsOf(out, "", "Deductible met"), "|"); got != "visit 6|visit 7|visit 7" {
		t.Errorf("Deductible met: %q in\n%s", got, out)
	}
	if strings.Contains(flat(out), "no option files a claim") {
		t.Errorf("the options file claims in 2027:\n%s", out)
	}
	if !strings.Contains(flat(out), "With no health plan until 1 January 2027, no claim is filed before then;") {
		t.Errorf("the reset not said:\n%s", out)
	}
}

// The reverse: claims in plan year 1 only.
func TestTableAPlanThenNoPlan(t *testing.T) {
	out := tableOf(t, planThenNoPlan())
	const dates = "Dates and the plan-year reset"
	for _, c := range []struct {
		label string
		want  string
	}{
		{"New plan year from", "visit 5|visit 5|visit 5"},
		// Plan year 1: in network $100 + $60 + $20 + $20 = $200; out of
		// network $120 + $120 to the deductible, then $60 + 40 % × $60 = $84
		// (plan $36), $48 (plan $72): 4 × $175 − $108 = $592; concierge
		// 4 × $200 − $108 = $692. Plan year 2 (no plan): 4 × $150, $175, $200.
		{"Out of pocket 2026", "$200.00|$592.00|$692.00"},
		{"Out of pocket 2027", "$600.00|$700.00|$800.00"},
		// $150 met at visit 2 ($100 + $50), $300 at visit 3.
		{"Deductible met 2026", "visit 2|visit 3|visit 3"},
		{"Deductible met 2027", "no claims|no claims|no claims"},
	} {
		if got := strings.Join(cellsOf(out, dates, c.label), "|"); got != c.want {
			t.Errorf("%s: %q, want %q in\n%s", c.label, got, c.want, out)
		}
	}
	if !strings.Contains(flat(out), "The plan ends on 1 January 2027 (no health plan in the next plan year): from the first visit on or after it, nothing is covered") {
		t.Errorf("the plan's end not said:\n%s", out)
	}
}

// The handout says what plan year 1's plan is and that claims start (or
// stop) at the reset; it never describes plan type none's "$0.00
// recognised" as the plan that pays from 2027.
func TestMarkdownNoPlanOnOneSide(t *testing.T) {
	md := flat(markdownOf(t, noPlanThenPPO()))
	for _, want := range []string{
		"With no health plan until 1 January 2027, no claim is filed before then;",
		"The renewed plan, from 1 January 2027:",
		"Until 1 January 2027 you pay the clinic's self-pay rate, $150.00 a visit.",
		// in network from 2027 at the allowed $100
		"From 1 January 2027 the renewed plan covers the visits at the clinic's negotiated rate, $100.00",
		"You pay $175.00 a visit at the visit; with no health plan until 1 January 2027, nothing comes back for the visits before then.",
		"No claim is filed before 1 January 2027.",
		// out of network and concierge: $36 + $72 = $108 back (visits 7
		// and 8, 11 and 14 January, + 30 days: 10 and 13 February)
		"$108.00 comes back in all, about 30 days after each visit: the first on 10 February 2027, the last on 13 February 2027.",
		"What will my deductible and out-of-pocket maximum be in the plan year from 1 January 2027",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q:\n%s", want, md)
		}
	}
	for _, not := range []string{"The plan recognises $0.00", "no option files a claim", "without a health plan nothing comes back"} {
		if strings.Contains(md, not) {
			t.Errorf("the handout says %q:\n%s", not, md)
		}
	}

	md = flat(markdownOf(t, planThenNoPlan()))
	for _, want := range []string{
		"The plan ends on 1 January 2027 (no health plan in the next plan year)",
		"That is until 1 January 2027: from then there is no health plan, and every visit is paid in cash.",
		"From 1 January 2027 there is no health plan: the visits from then are paid in cash and nothing comes back for them.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the reverse handout lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "What will my deductible") {
		t.Errorf("asks about the deductible of no plan:\n%s", md)
	}
}

// The JSON's markers for the case: the options' deductibles are met in
// plan year 2 (in network at visit 6: $100 + $50 of $150; out of network
// and concierge at visit 7: $120 + $120 + $60 of $300); they were null.
func TestJSONNoPlanThenAPlanMarkers(t *testing.T) {
	var out bytes.Buffer
	if err := JSON(&out, Compare(noPlanThenPPO(), nil, time.Time{})); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Options []struct {
			DeductibleMetAtVisit *int `json:"deductible_met_at_visit"`
			ResetAtVisit         *int `json:"reset_at_visit"`
		} `json:"options"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want := []int{6, 7, 7}
	if len(doc.Options) != 3 {
		t.Fatalf("options %d:\n%s", len(doc.Options), out.String())
	}
	for i, o := range doc.Options {
		if o.DeductibleMetAtVisit == nil || *o.DeductibleMetAtVisit != want[i] || o.ResetAtVisit == nil || *o.ResetAtVisit != 5 {
			t.Errorf("option %d: deductible met %v, reset %v; want %d and 5", i, o.DeductibleMetAtVisit, o.ResetAtVisit, want[i])
		}
	}
}

// Plan against plan: the plan with no plan until the reset says it, as the
// reverse does (its dated sentences were left out for plan type none).
func TestComparePlansNoPlanUntilTheReset(t *testing.T) {
	m, err := ComparePlans([]PlanInput{
		{File: "none-then-ppo.yaml", Scenario: noPlanThenPPO()},
		{File: "ppo-then-none.yaml", Scenario: planThenNoPlan()},
	}, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := PlanTable(&out, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	got := flat(out.String())
	for _, want := range []string{
		"- No plan in December: With no health plan until 1 January 2027, no claim is filed before then;",
		// the reset at visit 5 (4 January) of every option
		"The first visit of the new plan year: visit 5 at the in-network clinic (4 January 2027)",
		"- A PPO in December: The plan ends on 1 January 2027 (no health plan in the next plan year)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("compare lacks %q:\n%s", want, out.String())
		}
	}
}
