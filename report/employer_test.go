package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// Issue 13: the employer's HSA contribution in estimate's outputs and in
// compare's whole yearly cost, and the chance each plan is the cheapest.

// depositHDHP is docs/cost-rules.md's worked example as a scenario: an
// HDHP at $100 a month; one in-network visit of $2,000 (charge = allowed),
// all to the deductible; an HSA of $1,500 of the patient's own and $1,000
// of the employer's at 25 %. The other options cost more: out of network
// $2,500 in cash (no benefits), the concierge $2,600.
func depositHDHP(deposit calc.Cents) calc.Scenario {
	return calc.Scenario{
		Name: "HDHP with a deposit",
		Plan: calc.Plan{Type: calc.HDHP, PremiumMonthly: 10000, Coverage: calc.Self,
			InNetwork: calc.CostSharing{Deductible: 500000, DeductibleApplies: true, OOPMax: calc.Cap[calc.Cents](800000)}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 1,
			InNetwork:    calc.ClinicCare{Charge: 200000, Allowed: 200000, SelfPay: 200000, Minutes: 30},
			OutOfNetwork: calc.CashCare{CashRate: 250000, Minutes: 60, Visits: 1, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 260000, Minutes: 60, Visits: 1}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.HSA, Balance: 150000, EmployerContribution: deposit, TaxRate: 2500},
	}
}

func TestEstimateReportsTheEmployerContributionApart(t *testing.T) {
	table, md, js, csvOut := estimateOutputs(t, Compare(depositHDHP(100000), nil, time.Time{}))
	note := "Your employer puts $1,000.00 into the HSA for the year: it pays for care before your own money, so it saves you no tax, " +
		"and it is the same under every option and not counted above (carecost compare takes it off the plan's yearly cost)."
	if !strings.Contains(flat(table), note) || !strings.Contains(md, note) {
		t.Errorf("the note is missing:\n%s\n%s", table, md)
	}
	// In network: the account pays $2,000, $1,000 of it the deposit's; 25 %
	// of the other $1,000 is $250. Out of network $2,500: the account pays
	// its whole $2,500, tax 25 % × $1,500 = $375.
	for _, want := range []string{
		"Your HSA pays $2,000.00 of it, $1,000.00 of that from your employer's contribution (no tax saved on it), saving 25 % tax on the rest: $250.00.",
		"Your HSA pays $2,500.00 of it, $1,000.00 of that from your employer's contribution (no tax saved on it), saving 25 % tax on the rest: $375.00.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	v := decodeNumbers(t, []byte(js))
	if num(v["employer_contribution"]) != "1000" || num(v["options"].([]any)[0].(map[string]any)["net_cost"]) != "1750" {
		t.Errorf("JSON: employer_contribution %v, net_cost %v", v["employer_contribution"], v["options"].([]any)[0].(map[string]any)["net_cost"])
	}
	lines := strings.Split(strings.TrimSpace(csvOut), "\r\n")
	if !strings.HasSuffix(lines[0], ",employer_contribution") || !strings.HasSuffix(lines[1], ",1000.00") {
		t.Errorf("CSV:\n%s", csvOut)
	}

	// Care below the deposit: all of it from the employer.
	s := depositHDHP(100000)
	s.Care.InNetwork = calc.ClinicCare{Charge: 60000, Allowed: 60000, SelfPay: 60000, Minutes: 30}
	_, md, _, _ = estimateOutputs(t, Compare(s, nil, time.Time{}))
	if want := "Your HSA pays $600.00 of it, all from your employer's contribution, which saves you no tax."; !strings.Contains(md, want) {
		t.Errorf("the handout lacks %q", want)
	}

	// Without one: no note, no JSON key, and 0.00 in the CSV's column.
	table, _, js, csvOut = estimateOutputs(t, Compare(depositHDHP(0), nil, time.Time{}))
	if strings.Contains(table+js, "employer") || !strings.HasSuffix(strings.Split(csvOut, "\r\n")[1], ",0.00") {
		t.Errorf("without a deposit:\n%s\n%s\n%s", table, js, csvOut)
	}
}

// compare takes the deposit off the whole yearly cost, whole, and says so.
func TestCompareTakesTheEmployerContributionOff(t *testing.T) {
	// With the deposit: 1,750 + 1,200 − 1,000 = 1,950 in network; out of
	// network 2,500 − 375 + 200 = 2,325; concierge $2,600: the account pays
	// 2,500, tax 375: 2,225 + 200 = 2,425. Typed into the balance instead
	// ($2,500, no deposit): 2,000 − 500 + 1,200 = 2,700; 2,500 − 625 +
	// 1,200 = 3,075; 2,600 − 625 + 1,200 = 3,175.
	with, typed := depositHDHP(100000), depositHDHP(0)
	with.Name, typed.Name = "With the deposit", "Typed as balance"
	typed.Account.Balance = 250000
	m := comparePlans(t, with, typed)
	want := [2][3]calc.Cents{{195000, 232500, 242500}, {270000, 307500, 317500}}
	for i := range want {
		for k, id := range calc.OptionIDs {
			if got := m.Whole(Cell{i, id}); got != want[i][k] {
				t.Errorf("%s %s: %v, want %v", m.Plans[i].Label, id, got, want[i][k])
			}
		}
	}
	table, md, js := planOutputs(t, m)
	for _, want := range []string{
		"The employer's HSA contribution, taken off the whole yearly cost: With the deposit $1,000.00.",
		"An employer's HSA contribution is taken off in full.",
	} {
		if !strings.Contains(flat(table), want) {
			t.Errorf("the table lacks %q:\n%s", want, table)
		}
	}
	for _, want := range []string{
		"An employer's contribution to the HSA is then taken off in full:",
		"| Plan | Its own premiums for the year | The employer's HSA contribution |",
		"| With the deposit | $1,200.00 | $1,000.00 |",
		"| Typed as balance | $1,200.00 | $0.00 |",
		"An HSA with $1,500.00 of your own for this care and $1,000.00 from your employer, which pays first;",
		// no year: 2027's limit for self-only coverage, $4,500 − $1,000
		"The employer's $1,000.00 counts toward the 2027 IRS limit of $4,500.00 for self-only coverage (IRS Rev. Proc. 2026-24) together with your own contributions: you can put in at most $3,500.00 yourself ($1,000.00 more from 55).",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	v := decodeNumbers(t, []byte(js))
	p0 := v["plans"].([]any)[0].(map[string]any)
	if num(p0["employer_contribution"]) != "1000" || num(p0["options"].([]any)[0].(map[string]any)["whole_yearly_cost"]) != "1950" {
		t.Errorf("JSON: %v", p0)
	}
	if _, ok := v["plans"].([]any)[1].(map[string]any)["employer_contribution"]; ok {
		t.Error("a plan without a deposit has the key")
	}
}

// The chance each plan is the cheapest: docs/cost-rules.md's worked example
// (range 2, 3, 5: weights 3, 6, 4, 2, W = 15). Plan A: a $20 copay, $10 a
// month: 160, 180, 200, 220. Plan B: an HDHP, a $250 deductible, nothing
// after it, an HSA of the employer's $40 only: 160, 210, 210, 210. A tie
// at 2 (3/15 = 20 %), A at 3 and 4 (10/15 = 66.67 %), B at 5 (2/15 =
// 13.33 %).
func TestCompareChanceEachPlanIsCheapest(t *testing.T) {
	care := func(s calc.Scenario) calc.Scenario {
		s.Care = calc.Care{Service: calc.PhysicalTherapy, Visits: 4, Range: calc.VisitRange{Fewest: 2, Likely: 3, Most: 5},
			InNetwork:    calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30},
			OutOfNetwork: calc.CashCare{CashRate: 50000, Minutes: 60, Visits: 4, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 50000, Minutes: 60, Visits: 4}}
		s.Supplemental = calc.Supplemental{Kind: calc.NoSupplemental}
		return s
	}
	a := care(calc.Scenario{Name: "Plan A", Plan: calc.Plan{Type: calc.PPO, PremiumMonthly: 1000, Coverage: calc.Self,
		InNetwork: calc.CostSharing{Copay: 2000, DeductibleApplies: true, OOPMax: calc.Cap[calc.Cents](500000)}},
		Account: calc.Account{Kind: calc.NoAccount}})
	b := care(calc.Scenario{Name: "Plan B", Plan: calc.Plan{Type: calc.HDHP, Coverage: calc.Self,
		InNetwork: calc.CostSharing{Deductible: 25000, DeductibleApplies: true, OOPMax: calc.Cap[calc.Cents](500000)}},
		Account: calc.Account{Kind: calc.HSA, EmployerContribution: 4000, TaxRate: 2000}})
	m := comparePlans(t, a, b)
	if m.Odds == nil || m.Odds.TotalWeight != 15 || m.Odds.Cheapest[0] != 10 || m.Odds.Cheapest[1] != 2 || m.Odds.Tie != 3 {
		t.Fatalf("odds %+v", m.Odds)
	}
	table, md, js := planOutputs(t, m)
	if want := "Weighing every count from 2 to 5 visits, the chance each plan is the cheapest (at each count, its cheapest care model): Plan A 66.67 %; Plan B 13.33 %; a tie for the cheapest 20 %."; !strings.Contains(flat(table), want) {
		t.Errorf("the table lacks %q:\n%s", want, table)
	}
	for _, want := range []string{
		"### The chance each plan is the cheapest\n\nWeighing every count from 2 to 5 visits, the likely 3 most, and taking at each count a plan's cheapest care model:\n\n" +
			"| Plan | Chance it is the cheapest |\n|---|---:|\n| Plan A | 66.67 % |\n| Plan B | 13.33 % |\n| A tie for the cheapest | 20 % |\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q:\n%s", want, md)
		}
	}
	v := decodeNumbers(t, []byte(js))
	odds := v["cheapest_plan_odds"].(map[string]any)
	pa, pb := v["plans"].([]any)[0].(map[string]any), v["plans"].([]any)[1].(map[string]any)
	if num(odds["total_weight"]) != "15" || num(odds["tie_weight"]) != "3" || num(odds["probability_tie"]) != "20" ||
		num(pa["cheapest_weight"]) != "10" || num(pa["probability_cheapest"]) != "66.67" ||
		num(pb["cheapest_weight"]) != "2" || num(pb["probability_cheapest"]) != "13.33" {
		t.Errorf("JSON: odds %v, A %v %v, B %v %v", odds, pa["cheapest_weight"], pa["probability_cheapest"], pb["cheapest_weight"], pb["probability_cheapest"])
	}
	// Without a range: none of it.
	a.Care.Range, b.Care.Range = calc.VisitRange{}, calc.VisitRange{}
	m = comparePlans(t, a, b)
	table, md, js = planOutputs(t, m)
	if m.Odds != nil || strings.Contains(table+md+js, "chance") || strings.Contains(js, "cheapest_weight") {
		t.Errorf("without a range:\n%s", table)
	}
}

// plans' HSA room sentence: at and beside the limit.
func TestHSARoomAtTheLimit(t *testing.T) {
	s := depositHDHP(0)
	s.Year = 2027
	for e, want := range map[calc.Cents]string{
		449999: "you can put in at most $0.01 yourself ($1,000.00 more from 55).",
		450000: "it leaves you no room of your own, but the $1,000.00 catch-up from 55.",
	} {
		if got := plans.HSARoomSentence(s, e); !strings.HasSuffix(got, want) {
			t.Errorf("%v: %q", e, got)
		}
	}
}

// estimateOutputs renders an estimate as a table, a handout, JSON and CSV.
func estimateOutputs(t *testing.T, c *Comparison) (table, md, js, csvOut string) {
	t.Helper()
	var bt, bm, bj, bc bytes.Buffer
	x := NewCSV(&bc)
	for _, err := range []error{Table(&bt, c, TableOptions{}), Markdown(&bm, c), JSON(&bj, c), x.Write("a.yaml", c), x.Flush()} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return bt.String(), bm.String(), bj.String(), bc.String()
}

// planOutputs renders a plan comparison as a table, a handout and JSON.
func planOutputs(t *testing.T, m *PlanComparison) (table, md, js string) {
	t.Helper()
	var bt, bm, bj bytes.Buffer
	for _, err := range []error{PlanTable(&bt, m, TableOptions{}), PlanMarkdown(&bm, m), PlanJSON(&bj, m)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return bt.String(), bm.String(), bj.String()
}

// Across the plan-year reset the matrix's figure is the whole cost of the
// therapy (plans.go, WholeCostName): the employer's contribution is said
// to come off that, not off a "whole yearly cost" the comparison no longer
// shows.
func TestCompareEmployerAcrossTheResetNamesTheFigure(t *testing.T) {
	// depositHDHP with two visits a week apart from Thursday 31 December
	// 2026 (twice a week: the second on Sunday 3 January 2027), so every
	// option's visit 2 is in the plan year that starts on 1 January.
	dated := func(deposit calc.Cents, name string) calc.Scenario {
		s := depositHDHP(deposit)
		s.Name = name
		s.Care.Visits, s.Care.OutOfNetwork.Visits, s.Care.Concierge.Visits = 2, 2, 2
		s.Care.StartDate = calc.MakeDate(2026, 12, 31)
		return s
	}
	m := comparePlans(t, dated(100000, "With the deposit"), dated(0, "Without"))
	if m.WholeCostName() != "whole cost of the therapy" {
		t.Fatalf("the visits do not cross the reset: %q", m.WholeCostName())
	}
	table, md, _ := planOutputs(t, m)
	const line = "The employer's HSA contribution, taken off the whole cost of the therapy: With the deposit $1,000.00."
	if !strings.Contains(flat(table), line) || strings.Contains(flat(table), "whole yearly cost") {
		t.Errorf("the table lacks %q or says \"whole yearly cost\":\n%s", line, table)
	}
	if !strings.Contains(md, " comes off the whole cost of the therapy in full") || strings.Contains(md, "whole yearly cost") {
		t.Errorf("the handout's plan says \"whole yearly cost\" across the reset:\n%s", md)
	}
}
