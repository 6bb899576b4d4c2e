package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
	"github.com/charmbracelet/x/exp/golden"
)

// datedPlans compares examples/december-reset.yaml (a PPO whose plan year
// resets on 1 January, with a next_year plan, $0 premium, an FSA) with the
// same care under the same PPO at $50 a month and without a next_year
// section, so its plan renews as it is.
func datedPlans(t *testing.T) *PlanComparison {
	t.Helper()
	a := loadExample(t, "december-reset.yaml")
	b := a
	b.File, b.Scenario.Name = "examples/same-ppo.yaml", "Same PPO renewed"
	b.Scenario.Plan.PremiumMonthly = 5000
	b.Scenario.NextYear.Set = false
	m, err := ComparePlans([]PlanInput{a, b}, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// A compare of a dated episode that crosses the plan-year reset says the
// dates, where the reset falls, each plan's renewed figures and the FSA's
// next election, and never calls the two plan years "a year".
//
// Worked from examples/december-reset.yaml and docs/cost-rules.md ("Visit
// dates", "The reset"):
//   - Dates: twice a week from Monday 7 December 2026, visit n on day
//     7·⌊(n−1)/2⌋ + (0 or 3). Visit 9: 4 weeks = 28 days → Monday 4
//     January 2027, the first on or after the 1 January reset (visit 8:
//     3 weeks + 3 = 24 days → 31 December). Visit 24: 11 weeks + 3 = 80
//     days: 24 days to 31 December, 31 of January, 25 → Thursday 25
//     February 2027. The concierge's 12 weekly sessions: session 5 at 4
//     weeks, 4 January 2027; session 12 at 77 days → 22 February 2027.
//   - Costs (in network, $100 a visit): visits 1–8 in 2026, deductible
//     met, 20 % = $20 each: $160. Example plan, 2027 under next_year
//     ($1,750 deductible): 16 × $100 = $1,600, all to the deductible;
//     $1,760 out of pocket, all from the FSA (2026: $1,000 pays $160;
//     2027: the $1,500 election + $680 carried over pays $1,600), tax
//     29.65 % × 1760 = 521.84; 1760 − 521.84 = $1,238.16, premium $0.
//     Same PPO renewed ($1,500 deductible again): visits 9–23, 15 × $100
//     = $1,500 to the deductible, visit 24 $20: $1,680 from the FSA, tax
//     29.65 % × 1680 = 498.12; 1680 − 498.12 = 1181.88, + one year's
//     premium $50 × 12 = $600 (docs/cost-rules.md: premiums stay one
//     year's): $1,781.88. 1781.88 − 1238.16 = $543.72.
func TestComparePlansDated(t *testing.T) {
	m := datedPlans(t)
	if a, b := m.Whole(Cell{0, calc.InNetworkClinic}), m.Whole(Cell{1, calc.InNetworkClinic}); a != 123816 || b != 178188 {
		t.Fatalf("whole costs in network %s and %s, want $1,238.16 and $1,781.88", a, b)
	}
	table, md, _ := planOutputs(t, m)
	both := []string{
		"Lowest whole cost of the therapy: Shoulder rehab starting in December with an in-network clinic, $1,238.16, " +
			"one year's premiums included: $543.72 less than the best of the other plan, Same PPO renewed with an in-network clinic ($1,781.88).",
		"Visits start on Monday 7 December 2026.",
		"The last visit: on 25 February 2027 at the in-network clinic, on 25 February 2027 with the out-of-network provider " +
			"and on 22 February 2027 with the concierge therapist.",
		// the example's plan: a next_year section
		"The plan year resets on 1 January 2027: from the first visit on or after it, the deductible and the out-of-pocket maximum " +
			"start again, under the renewed plan's own figures.",
		"The first visit of the new plan year: visit 9 at the in-network clinic (4 January 2027), visit 9 with the out-of-network " +
			"provider (4 January 2027) and visit 5 with the concierge therapist (4 January 2027).",
		// next_year: in network $1,750 and $6,500, the rest as the plan's
		// (20 %; out of network $3,000, 40 %, $12,000, $110 recognised)
		"The renewed plan, from 1 January 2027: The in-network deductible is $1,750.00 ($0.00 already met); then you pay 20 %; " +
			"your costs stop at $6,500.00 ($0.00 already spent).",
		// the FSA: next_balance $1,500, carryover up to the 2026 limit $680
		"From 1 January 2027 the FSA pays from the next plan year's election, $1,500.00, and up to $680.00 of what is left unspent carries over into it.",
		// the other plan: no next_year section
		"start again, under the same plan.",
	}
	for _, want := range both {
		if !strings.Contains(flat(md), want) {
			t.Errorf("the handout lacks %q", want)
		}
		if !strings.Contains(flat(table), want) {
			t.Errorf("the table lacks %q", want)
		}
	}
	for _, want := range []string{
		"# Plan against plan: the whole cost of the therapy under 2 plans\n",
		"## The whole cost of the therapy\n",
		"plus one year's premiums of the plan (its monthly premium × 12)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	if !strings.HasPrefix(table, "carecost: plan against plan, the whole cost of the therapy\n") {
		t.Errorf("the table's title:\n%s", table)
	}
	for name, out := range map[string]string{"handout": md, "table": table} {
		if strings.Contains(out, "yearly cost") || strings.Contains(out, "a year of therapy") || strings.Contains(out, "a year, premiums") {
			t.Errorf("the %s calls the two plan years a year:\n%s", name, out)
		}
	}
	for _, l := range strings.Split(table, "\n") {
		if len([]rune(l)) > 78 || strings.HasSuffix(l, " ") {
			t.Errorf("line too wide or with trailing space: %q", l)
		}
	}
	t.Run("table", func(t *testing.T) { golden.RequireEqual(t, []byte(table)) })
	t.Run("markdown", func(t *testing.T) { golden.RequireEqual(t, []byte(md)) })
}

// The JSON of the same comparison says the dates and the renewed figures
// as figures (docs/json-output.md), worked as TestComparePlansDated's:
// first visit 7 December 2026; the reset 1 January 2027, at visit 9 in and
// out of network and session 5 of the concierge; last visits 25 February
// 2027 (twice a week) and 22 February 2027 (weekly); the example's
// next_year: PPO, $1,750 and $6,500 in network, out of network as the
// plan's, $3,000 and $12,000; the FSA's next election $1,500. The same PPO
// renewed has no next_year section, so no next_year object.
func TestComparePlansDatedJSON(t *testing.T) {
	var out bytes.Buffer
	if err := PlanJSON(&out, datedPlans(t)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Plans []struct {
			FirstVisit string `json:"first_visit"`
			ResetsOn   string `json:"resets_on"`
			NextYear   *struct {
				PlanType               string   `json:"plan_type"`
				Deductible             float64  `json:"deductible"`
				OOPMax                 *float64 `json:"oop_max"`
				OutOfNetworkDeductible *float64 `json:"out_of_network_deductible"`
				OutOfNetworkOOPMax     *float64 `json:"out_of_network_oop_max"`
				VisitLimit             *int     `json:"visit_limit"`
			} `json:"next_year"`
			FSANextElection *float64 `json:"fsa_next_election"`
			Options         []struct {
				LastVisit    string `json:"last_visit"`
				ResetAtVisit *int   `json:"reset_at_visit"`
			} `json:"options"`
		} `json:"plans"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Plans) != 2 {
		t.Fatalf("%d plans", len(got.Plans))
	}
	for i, p := range got.Plans {
		if p.FirstVisit != "2026-12-07" || p.ResetsOn != "2027-01-01" || p.FSANextElection == nil || *p.FSANextElection != 1500 {
			t.Errorf("plan %d: first visit %q, resets on %q, FSA next election %v", i, p.FirstVisit, p.ResetsOn, p.FSANextElection)
		}
		for k, want := range []struct {
			last  string
			reset int
		}{{"2027-02-25", 9}, {"2027-02-25", 9}, {"2027-02-22", 5}} {
			o := p.Options[k]
			if o.LastVisit != want.last || o.ResetAtVisit == nil || *o.ResetAtVisit != want.reset {
				t.Errorf("plan %d option %d: last visit %q, reset at %v; want %s, %d", i, k, o.LastVisit, o.ResetAtVisit, want.last, want.reset)
			}
		}
	}
	ny := got.Plans[0].NextYear
	if ny == nil || ny.PlanType != "ppo" || ny.Deductible != 1750 || ny.OOPMax == nil || *ny.OOPMax != 6500 ||
		ny.OutOfNetworkDeductible == nil || *ny.OutOfNetworkDeductible != 3000 ||
		ny.OutOfNetworkOOPMax == nil || *ny.OutOfNetworkOOPMax != 12000 || ny.VisitLimit != nil {
		t.Errorf("the example's next_year: %+v", ny)
	}
	if got.Plans[1].NextYear != nil {
		t.Errorf("a plan without a next_year section has one: %+v", got.Plans[1].NextYear)
	}
}

// Dated but within one plan year: the dates are said, the plan year that
// holds every visit too, and the matrix stays the whole yearly cost.
// Worked as TestComparePlansDated's, from Monday 2 March 2026: visit 24 at
// 80 days, 29 to 31 March, 30 of April, 21 → Thursday 21 May 2026; the
// concierge's session 12 at 77 days → Monday 18 May 2026. The plan year
// began on 1 January 2026 and the next starts on 1 January 2027.
func TestComparePlansDatedOneYear(t *testing.T) {
	a, b := loadExample(t, "december-reset.yaml"), loadExample(t, "december-reset.yaml")
	a.Scenario.Care.StartDate = calc.MakeDate(2026, 3, 2)
	b.Scenario.Care.StartDate = calc.MakeDate(2026, 3, 2)
	b.File, b.Scenario.Name, b.Scenario.Plan.PremiumMonthly = "b.yaml", "Dearer", 5000
	m, err := ComparePlans([]PlanInput{a, b}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	table, md, _ := planOutputs(t, m)
	for name, out := range map[string]string{"handout": md, "table": table} {
		for _, want := range []string{
			"Visits start on Monday 2 March 2026. ",
			"The last visit: on 21 May 2026 at the in-network clinic, on 21 May 2026 with the out-of-network provider and on 18 May 2026 with the concierge therapist.",
			"Every visit falls in the plan year that began on 1 January 2026; the next one starts on 1 January 2027, after the last visit, " +
				"so the deductible and the out-of-pocket maximum do not start again during these visits.",
			"Lowest whole yearly cost: ",
		} {
			if !strings.Contains(flat(out)+" ", want) {
				t.Errorf("the %s lacks %q", name, want)
			}
		}
		for _, not := range []string{"whole cost of the therapy", "renewed plan", "new plan year", "next plan year's election"} {
			if strings.Contains(flat(out), not) {
				t.Errorf("the %s says %q of visits within one plan year", name, not)
			}
		}
	}
	if !strings.HasPrefix(md, "# Plan against plan: a year of therapy under 2 plans\n") {
		t.Errorf("the handout's title:\n%s", md[:80])
	}
}

// Plan type none across 1 January (docs/decisions.md, "No plan across the
// reset"): the plan year still turns, an FSA's election belongs to it, so
// compare's JSON carries the reset and the next election as estimate's
// JSON does, for a plan without a health plan too.
//
// Worked by hand: visits twice a week from Sunday 20 December 2026 (visit
// n on day 7·⌊(n−1)/2⌋ + (0 or 3)): visit 4 on day 7 + 3 = 10, 30
// December; visit 5 on day 14, Sunday 3 January 2027, the first on or
// after the 1 January reset. The concierge weekly: session 2 on day 7, 27
// December; session 3 on day 14, 3 January. The FSA's next election: $300.
func TestComparePlansNoPlanAcrossTheReset(t *testing.T) {
	parse := func(name, y string) PlanInput {
		s, ws, err := plans.Parse(name, []byte(y))
		if err != nil {
			t.Fatal(err)
		}
		return PlanInput{File: name, Scenario: s, Warnings: ws}
	}
	const care = `care:
  visits: 6
  start_date: 2026-12-20
  in_network: {charge: 100, allowed: 90}
  out_of_network: {cash_rate: 120}
  concierge: {fee: 150}
account: {kind: fsa, balance: 500, next_balance: 300}
`
	none := parse("none.yaml", "version: 1\nname: No plan\nplan: {type: none}\n"+care)
	ppo := parse("ppo.yaml", "version: 1\nname: A PPO\nplan: {type: ppo, in_network: {oop_max: 5000}}\n"+care)
	m, err := ComparePlans([]PlanInput{none, ppo}, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := PlanJSON(&out, m); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Plans []struct {
			ResetsOn        string   `json:"resets_on"`
			FSANextElection *float64 `json:"fsa_next_election"`
			Options         []struct {
				ResetAtVisit *int `json:"reset_at_visit"`
			} `json:"options"`
		} `json:"plans"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i, p := range got.Plans {
		if p.ResetsOn != "2027-01-01" || p.FSANextElection == nil || *p.FSANextElection != 300 {
			t.Errorf("plan %d: resets on %q, FSA next election %v; want 2027-01-01 and 300", i, p.ResetsOn, p.FSANextElection)
		}
		for k, want := range []int{5, 5, 3} {
			if r := p.Options[k].ResetAtVisit; r == nil || *r != want {
				t.Errorf("plan %d option %d: reset at %v, want %d", i, k, r, want)
			}
		}
	}
}
