package tui

import (
	"strings"
	"testing"
)

// tui/testdata/no-plan-until-january.yaml is docs/cost-rules.md's "No plan
// on one side of the reset" example: no plan until 1 January 2027, a PPO
// from then; 8 visits of each option twice a week from Monday 21 December
// 2026 (Dec 21, 24, 28, 31 with no plan; Jan 4, 7, 11, 14 under the PPO).
// By hand: in network plan year 2 pays $0 + $40 + $80 + $80 = $200 (visit
// 5 $100 to the $150 deductible, visit 6 its last $50 + 20 % × $50, then 20
// % × $100); out of network and concierge recognise $120: visits 5 and 6 to
// the $300 deductible, visit 7 $60 + 40 % × $60 = $84 (plan $36), visit 8
// 40 % × $120 = $48 (plan $72): $108. Visits 1–4 of every option are not
// covered. The options file claims, in plan year 2: the cards count the
// covered visits, the reset is said, and the ledger shows what the plan
// paid (it hid the column, and the cards said "Files no claims").
func TestDashboardNoPlanUntilTheReset(t *testing.T) {
	m, _ := opened(t, "none-then-ppo.yaml", mustRead(t, "testdata/no-plan-until-january.yaml"), 100, 40)
	cards := cardsText(m)
	if strings.Contains(cards, "Files no claims") || strings.Count(cards, "covered 4 of 8 (4 not)") != 3 {
		t.Errorf("the cards, want 4 of 8 visits covered in each:\n%s", cards)
	}
	body := bodyText(m)
	for _, want := range []string{
		"With no health plan until 1 January 2027, no claim is filed before then;",
		"New plan year from visit 5 visit 5 visit 5",
		"Out of pocket 2027 $200.00 $592.00 $692.00", // 200; 4 × 175 − 108; 4 × 200 − 108
		"Deductible met 2026 no claims no claims no claims",
		"Deductible met 2027 visit 6 visit 7 visit 7",
		"In-network clinic: no claims in the first plan year; a new plan year from visit 5 (its deductible met at visit 6).",
		"Out-of-network provider: no claims in the first plan year; a new plan year from visit 5 (its deductible met at visit 7).",
	} {
		if !strings.Contains(flatLines(body), want) && !strings.Contains(flat(body), want) {
			t.Errorf("the dashboard lacks %q:\n%s", want, body)
		}
	}
	for i, o := range dashOf(m).result.Options {
		var titles []string
		for _, c := range ledgerColumns(&o) {
			titles = append(titles, c.title[0]+" "+c.title[1])
		}
		if !strings.Contains(strings.Join(titles, "|"), "Plan paid") {
			t.Errorf("option %d's ledger hides what the plan paid: %v", i, titles)
		}
	}
}

// The reverse, tui/testdata/plan-until-january.yaml: the PPO in plan year
// 1 (in network visit 1 $100 to the $150 deductible, visit 2 its last $50:
// met at 2; out of network $120 + $120 + $60 of $300: met at 3), no plan
// from 1 January 2027.
func TestDashboardPlanUntilTheReset(t *testing.T) {
	m, _ := opened(t, "ppo-then-none.yaml", mustRead(t, "testdata/plan-until-january.yaml"), 100, 40)
	body := bodyText(m)
	for _, want := range []string{
		"The plan ends on 1 January 2027 (no health plan in the next plan year)",
		"Deductible met 2026 visit 2 visit 3 visit 3",
		"Deductible met 2027 no claims no claims no claims",
		"In-network clinic: deductible met at visit 2; a new plan year from visit 5 (no claims).",
	} {
		if !strings.Contains(flatLines(body), want) && !strings.Contains(flat(body), want) {
			t.Errorf("the dashboard lacks %q:\n%s", want, body)
		}
	}
}
