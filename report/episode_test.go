package report

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
	"github.com/charmbracelet/x/exp/golden"
)

// tableOf is the comparison of s as `carecost estimate` prints it, colour
// off.
func tableOf(t *testing.T, s calc.Scenario) string {
	t.Helper()
	var out bytes.Buffer
	if err := Table(&out, Compare(s, nil, time.Time{}), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if len([]rune(l)) > 78 || strings.HasSuffix(l, " ") {
			t.Errorf("line too wide or with trailing space: %q", l)
		}
	}
	return out.String()
}

func markdownOf(t *testing.T, s calc.Scenario) string {
	t.Helper()
	var out bytes.Buffer
	if err := Markdown(&out, Compare(s, nil, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space: %q", l)
		}
	}
	return out.String()
}

// cellsOf are the three cells of the table's line whose label (its first
// labelWidth columns) is label, in the first block after heading (""
// for the whole table); nil when there is none.
func cellsOf(out, heading, label string) []string {
	if heading != "" {
		_, out, _ = strings.Cut(out, "\n"+heading+"\n")
	}
	for _, l := range strings.Split(out, "\n") {
		if len(l) >= labelWidth && strings.TrimSpace(l[:labelWidth]) == label {
			var cells []string
			for i := range 3 { // each option's column, columnWidth wide after a space
				from := labelWidth + 1 + i*(columnWidth+1)
				cells = append(cells, strings.TrimSpace(l[min(from, len(l)):min(from+columnWidth, len(l))]))
			}
			return cells
		}
	}
	return nil
}

// flat is text with every run of spaces and line breaks made one space:
// sentences as they read, wherever the table wrapped them.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// resetScenario is docs/cost-rules.md's reset example (in network $100 =
// allowed, deductible $200, 20 %, maximum $1,000, nothing met; 4 visits
// twice a week from Thursday 24 December 2026: Dec 24, Dec 27, Dec 31,
// Jan 3 2027), with an out-of-network provider ($150 cash, $100
// recognised, no deductible, 40 %, money back after 30 days) and a
// concierge ($200 a session, no superbill, 2 sessions once a week: Dec 24
// and Dec 31, both before the reset).
func resetScenario() calc.Scenario {
	return calc.Scenario{
		Name: "December start",
		Plan: calc.Plan{Type: calc.PPO,
			InNetwork: calc.CostSharing{Deductible: 20000, DeductibleApplies: true, Coinsurance: 2000, OOPMax: calc.Cap[calc.Cents](100000)},
			OutOfNetwork: calc.OutOfNetworkBenefits{Covered: true, Allowed: 10000,
				CostSharing: calc.CostSharing{DeductibleApplies: true, Coinsurance: 4000}}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 4, StartDate: calc.MakeDate(2026, 12, 24),
			InNetwork:    calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30},
			OutOfNetwork: calc.CashCare{CashRate: 15000, Minutes: 60, Visits: 4, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 20000, Minutes: 60, Visits: 2}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
}

func TestTableDatedEpisode(t *testing.T) {
	out := tableOf(t, resetScenario())
	// The plan has a deductible and an in-network maximum: both start
	// again; no next_year plan: the same plan renews.
	for _, want := range []string{
		"Visits start on Thursday 24 December 2026. The plan year resets on 1 January 2027: from the first visit on or after it, " +
			"the deductible and the out-of-pocket maximum start again, under the same plan.",
		// $60 back 30 days after each visit: Dec 24 → Jan 23, Jan 3 → Feb 2;
		// 4 × $60 = $240.
		"Out-of-network provider: $240.00 in all comes back, about 30 days after each visit: the first on 23 January 2027, the last on 2 February 2027.",
	} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	const dates = "Dates and the plan-year reset"
	tests := []struct {
		label string
		want  []string
	}{
		// Visit 4 (Jan 3) opens plan year 2 in network and out of network;
		// the concierge's two sessions are both in 2026.
		{"New plan year from", []string{"visit 4", "visit 4", "none"}},
		{"on", []string{"3 Jan 2027", "3 Jan 2027", "-"}},
		// In network: 2026 visits 1–3 $100 + $100 (deductible) + 20 % ×
		// $100 = $220; 2027 visit 4 $100 to the new deductible. Out of
		// network $150 − $60 = $90 a visit: 3 × $90 = $270 and $90.
		// Concierge 2 × $200 = $400, no visit in 2027.
		{"Out of pocket 2026", []string{"$220.00", "$270.00", "$400.00"}},
		{"Out of pocket 2027", []string{"$100.00", "$90.00", "no visits"}},
		// In network the deductible is met at visit 2 and not again in
		// 2027 ($100 of $200); out of network there is none to meet.
		{"Deductible met 2026", []string{"visit 2", "already", "no claims"}},
		{"Deductible met 2027", []string{"never", "already", "no claims"}},
		{"Last visit", []string{"3 Jan 2027", "3 Jan 2027", "31 Dec 2026"}},
		// In network nothing comes back: all $320 is out on Jan 3. Out of
		// network 4 × $150 = $600 is paid by Jan 3, before the first $60
		// comes back on Jan 23. Concierge $400 on Dec 31.
		{"Most cash out at once", []string{"$320.00", "$600.00", "$400.00"}},
	}
	for _, tt := range tests {
		if got := cellsOf(out, dates, tt.label); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: %q, want %q", tt.label, got, tt.want)
		}
	}
	_, afterPeak, _ := strings.Cut(out, "\nMost cash out at once")
	if got := cellsOf(afterPeak, "", "on"); strings.Join(got, "|") != "3 Jan 2027|3 Jan 2027|31 Dec 2026" {
		t.Errorf("the peaks' days %q, want the last visit of each (nothing comes back before it)", got)
	}
	// Money by month. In network Dec: 100 + 100 + 20 = $220, Jan $100.
	// Out of network Dec 3 × $150 = $450 out; Jan $150 out and $60 × 3
	// (Jan 23, 26, 30) = $180 back; Feb $60 back (Feb 2). Concierge Dec
	// $400, then no money moves.
	months := map[string]string{
		"Dec 2026": "$220.00 - $450.00 - $400.00 -",
		"Jan 2027": "$100.00 - $150.00 $180.00 - -",
		"Feb 2027": "- - - $60.00 - -",
	}
	_, grid, _ := strings.Cut(out, "Money by month")
	for month, want := range months {
		found := false
		for _, l := range strings.Split(grid, "\n") {
			if strings.HasPrefix(l, month) {
				found = true
				if got := strings.Join(strings.Fields(l[len(month):]), " "); got != want {
					t.Errorf("%s: %q, want %q", month, got, want)
				}
			}
		}
		if !found {
			t.Errorf("no row for %s:\n%s", month, grid)
		}
	}
	if strings.Contains(grid, "Mar 2027") || strings.Contains(grid, "Nov 2026") {
		t.Errorf("months outside the episode's money:\n%s", grid)
	}
}

// An episode that ends before the reset says so, and has no rows for the
// reset or the plan years.
func TestTableDatedBeforeTheReset(t *testing.T) {
	s := resetScenario()
	s.Care.StartDate = calc.MakeDate(2026, 3, 2) // Monday; 4 visits by 12 March
	out := tableOf(t, s)
	want := "Every visit falls in the plan year that began on 1 January 2026; the next one starts on 1 January 2027, after the last visit, " +
		"so the deductible and the out-of-pocket maximum do not start again during these visits."
	if !strings.Contains(flat(out), want) {
		t.Errorf("the table lacks %q:\n%s", want, out)
	}
	for _, label := range []string{"New plan year from", "Out of pocket 2026", "Deductible met 2026"} {
		if cellsOf(out, "Dates and the plan-year reset", label) != nil {
			t.Errorf("a %q row without a reset", label)
		}
	}
	// Mon 2 Mar, Thu 5 Mar, Mon 9 Mar, Thu 12 Mar.
	if got := strings.Join(cellsOf(out, "Dates and the plan-year reset", "Last visit"), "|"); got != "12 Mar 2026|12 Mar 2026|9 Mar 2026" {
		t.Errorf("last visit %q", got)
	}
}

// A next_year plan: the renewed plan's figures apply, the sentence and the
// handout say so, and the handout asks about the next year's figures.
func TestDatedNextYearPlan(t *testing.T) {
	s := resetScenario()
	s.NextYear = calc.NextYear{Set: true, Plan: s.Plan}
	s.NextYear.Plan.InNetwork.Deductible = 5000
	s.NextYear.Plan.InNetwork.Coinsurance = 1000
	out := tableOf(t, s)
	if !strings.Contains(flat(out), "start again, under the renewed plan's own figures.") {
		t.Errorf("the renewed plan is not said:\n%s", out)
	}
	// docs/cost-rules.md: visit 4 pays $50 + 10 % × $50 = $55 under the
	// renewed plan.
	if got := cellsOf(out, "Dates and the plan-year reset", "Out of pocket 2027"); len(got) < 1 || got[0] != "$55.00" {
		t.Errorf("2027 in network %q, want $55.00", got)
	}
	// The $50 deductible is met by visit 4, the first of 2027: "visit 4",
	// not "already" (which is a deductible met before the year's first
	// visit, as out of network, where there is none).
	if got := strings.Join(cellsOf(out, "Dates and the plan-year reset", "Deductible met 2027"), "|"); got != "visit 4|already|no claims" {
		t.Errorf("deductible met in 2027: %q", got)
	}
	md := markdownOf(t, s)
	for _, want := range []string{
		"The renewed plan, from 1 January 2027:",
		"- The in-network deductible is $50.00 ($0.00 already met); then you pay 10 %",
		"What will my deductible and out-of-pocket maximum be in the plan year from 1 January 2027",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
}

// A plan year that starts on 1 July is named by both its years.
func TestPlanYearName(t *testing.T) {
	for _, tt := range []struct {
		start calc.Date
		want  string
	}{
		{calc.MakeDate(2027, 1, 1), "2027"},
		{calc.MakeDate(2026, 7, 1), "2026-27"},
		{calc.MakeDate(2099, 10, 1), "2099-00"},
		{calc.MakeDate(2008, 2, 29), "2008-09"},
	} {
		if got := planYearName(tt.start); got != tt.want {
			t.Errorf("planYearName(%v) = %q, want %q", tt.start, got, tt.want)
		}
	}
}

// A scenario without the new fields has none of their sections.
func TestUndatedHasNoEpisodeSections(t *testing.T) {
	s := noneScenario()
	out := tableOf(t, s) + markdownOf(t, s)
	for _, key := range []string{"Dates and the plan-year reset", "Money by month", "Cash flow by month",
		"If the number of visits is not known", "First visit: you pay", "evaluation", "percentile"} {
		if strings.Contains(out, key) {
			t.Errorf("an undated scenario shows %q", key)
		}
	}
}

// rangeScenario is docs/cost-rules.md's range example: fewest 2, likely 3,
// most 5 (W = 15), care.visits 4; in network a $250 deductible and $100
// visits with nothing after it (200, 250, 250, 250); out of network no
// benefits, $60 (120, 180, 240, 300); the concierge $90, 2 sessions for 4
// visits (1, 2, 2, 3 sessions: 90, 180, 180, 270).
func rangeScenario() calc.Scenario {
	s := noneScenario()
	s.Plan = calc.Plan{Type: calc.PPO, InNetwork: calc.CostSharing{Deductible: 25000, DeductibleApplies: true, OOPMax: calc.Cap[calc.Cents](500000)}}
	s.Care.Visits = 4
	s.Care.InNetwork = calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30}
	s.Care.OutOfNetwork = calc.CashCare{CashRate: 6000, Minutes: 60, Visits: 4, ReimbursementDays: 30}
	s.Care.Concierge = calc.ConciergeCare{Fee: 9000, Minutes: 60, Visits: 2}
	s.Care.Range = calc.VisitRange{Fewest: 2, Likely: 3, Most: 5}
	return s
}

func TestTableRange(t *testing.T) {
	out := tableOf(t, rangeScenario())
	const heading = "If the number of visits is not known"
	tests := []struct {
		label string
		want  string
	}{
		{"At 2 visits (fewest)", "$200.00|$120.00|$90.00"},
		{"At 3 visits (likely)", "$250.00|$180.00|$180.00"},
		{"At 5 visits (most)", "$250.00|$300.00|$270.00"},
		// In network 200 has cumulative weight 3/15 = 20 % ≥ 10 %, then
		// 250: p10 200, p50 = p90 250. Out of network cumulative 20 %,
		// 60 %, 86.67 %, 100 %: 120, 180, 300. Concierge 90 (20 %), 180
		// (86.67 %), 270: 90, 180, 270.
		{"10th percentile", "$200.00|$120.00|$90.00"},
		{"Median (50th percentile)", "$250.00|$180.00|$180.00"},
		{"90th percentile", "$250.00|$300.00|$270.00"},
		// In network cheapest at 5 (weight 2): 2/15 = 13.33 %; out of
		// network at 3 (6, a tie with the concierge goes to it): 40 %;
		// concierge at 2 and 4 (3 + 4): 7/15 = 46.67 %.
		{"Chance it is cheapest", "13.33 %|40 %|46.67 %"},
	}
	for _, tt := range tests {
		if got := strings.Join(cellsOf(out, heading, tt.label), "|"); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.label, got, tt.want)
		}
	}
	for _, want := range []string{
		"Between 2 and 5 visits, most likely 3; the comparison above is for 4 visits.",
		// the concierge's sessions: round_half_up(n / 2) = 1, 2 (1.5 up), 3 (2.5 up)
		"the others' own visits scale with them, at the fewest, likely and most: the concierge therapist 1, 2 and 3.",
		// Cheapest: 2 concierge (90); 3 out of network (180, a tie with the
		// concierge); 4 concierge (180 < 240); 5 in network (250 < 270).
		"Up to 2 visits the concierge therapist costs least; at 3 visits the out-of-network provider costs the same as the concierge therapist " +
			"(a tie counts for the one listed first); past 3 visits the concierge therapist is cheaper; past 4 visits the in-network clinic is cheaper.",
		"(a triangular distribution)",
	} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
}

// crossingScenario's cheapest option changes once, at 23 visits. In
// network a $45 copay a visit, no maximum: 45 n. Out of network $100 cash
// = allowed, no deductible, 50 %, a $1,000 maximum: min(50 n, 1000). At 22
// visits 990 < 1000; at 23, 1035 > 1000. The concierge's $200 sessions
// are never cheapest. Range 10, 20, 30.
func crossingScenario() calc.Scenario {
	s := noneScenario()
	s.Plan = calc.Plan{Type: calc.PPO, InNetwork: calc.CostSharing{DeductibleApplies: true, Copay: 4500},
		OutOfNetwork: calc.OutOfNetworkBenefits{Covered: true, Allowed: 10000,
			CostSharing: calc.CostSharing{DeductibleApplies: true, Coinsurance: 5000, OOPMax: calc.Cap[calc.Cents](100000)}}}
	s.Care.Visits = 20
	s.Care.InNetwork = calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30}
	s.Care.OutOfNetwork = calc.CashCare{CashRate: 10000, Minutes: 60, Visits: 20, ReimbursementDays: 30}
	s.Care.Concierge = calc.ConciergeCare{Fee: 20000, Minutes: 60, Visits: 20}
	s.Care.Range = calc.VisitRange{Fewest: 10, Likely: 20, Most: 30}
	return s
}

func TestTableRangeCrossing(t *testing.T) {
	out := tableOf(t, crossingScenario())
	if want := "Up to 22 visits the in-network clinic costs least; past 22 visits the out-of-network provider is cheaper."; !strings.Contains(flat(out), want) {
		t.Errorf("the table lacks %q:\n%s", want, out)
	}
	// Weights: n ≤ 20: (n − 9) × 11, n ≥ 20: (31 − n) × 11; W = 11 × 66 +
	// 11 × 55 = 1331. Out of network cheapest at 23–30: 11 × (8 + … + 1) =
	// 396: 396/1331 = 29.75 %; in network 935/1331 = 70.25 %.
	// In network 45 n rises with n: p10 is the first n whose cumulative
	// 11 × k(k+1)/2 (k = n − 9) reaches 133.1: k = 5, n = 14, $630; p50
	// reaches 665.5 at k = 11 (726), n = 20, $900; p90 reaches 1197.9 at
	// n = 26 (726 + 11 × (10 + 9 + 8 + 7 + 6) = 1166 at 25, 1221 at 26):
	// $1,170. Out of network: 50 n up to 19 visits, $1,000 from 20: p10 at
	// n = 14, $700; p50 and p90 $1,000. Concierge 200 n: $2,800, $4,000,
	// $5,200.
	for _, tt := range []struct{ label, want string }{
		{"10th percentile", "$630.00|$700.00|$2,800.00"},
		{"Median (50th percentile)", "$900.00|$1,000.00|$4,000.00"},
		{"90th percentile", "$1,170.00|$1,000.00|$5,200.00"},
		{"Chance it is cheapest", "70.25 %|29.75 %|0 %"},
	} {
		if got := strings.Join(cellsOf(out, "If the number of visits is not known", tt.label), "|"); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.label, got, tt.want)
		}
	}
	// The others' counts do not scale: no sentence about it.
	if strings.Contains(out, "scale with them") {
		t.Error("counts said to scale when every option has the episode's")
	}
	s := crossingScenario()
	s.Care.Range = calc.VisitRange{Fewest: 10, Likely: 12, Most: 15}
	if want := "At every count from 10 to 15 the in-network clinic costs least."; !strings.Contains(flat(tableOf(t, s)), want) {
		t.Errorf("no %q", want)
	}
	// One count for two points of the range is said once.
	s.Care.Range = calc.VisitRange{Fewest: 10, Likely: 10, Most: 15}
	if cellsOf(tableOf(t, s), "If the number of visits is not known", "At 10 (fewest, likely)") == nil {
		t.Error("no row for the fewest and likely count together")
	}
	s.Care.Range = calc.VisitRange{Fewest: 365, Likely: 365, Most: 365}
	if cellsOf(tableOf(t, s), "If the number of visits is not known", "At 365 visits (only)") == nil {
		t.Error("no row for a range of one count")
	}
}

// evaluationScenario is docs/cost-rules.md's evaluation example in network
// (charge $150, allowed $100; evaluation $300/$200; a re-evaluation every 4
// visits, $200/$150; deductible $250, 20 %; 6 visits: visit 5 a
// re-evaluation), an out-of-network evaluation at $250 cash ($100
// recognised, no deductible, 40 %) and a concierge without one ($120).
func evaluationScenario() calc.Scenario {
	s := noneScenario()
	s.Plan = calc.Plan{Type: calc.PPO,
		InNetwork: calc.CostSharing{Deductible: 25000, DeductibleApplies: true, Coinsurance: 2000, OOPMax: calc.Cap[calc.Cents](500000)},
		OutOfNetwork: calc.OutOfNetworkBenefits{Covered: true, Allowed: 10000,
			CostSharing: calc.CostSharing{DeductibleApplies: true, Coinsurance: 4000}}}
	s.Care.Visits = 6
	s.Care.InNetwork = calc.ClinicCare{Charge: 15000, Allowed: 10000, SelfPay: 15000, Minutes: 30,
		Evaluations: calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000},
			Re: calc.VisitPrice{Set: true, Price: 20000, Allowed: 15000, SelfPay: 20000}, ReEvery: 4}}
	s.Care.OutOfNetwork = calc.CashCare{CashRate: 12000, Minutes: 60, Visits: 6, ReimbursementDays: 30,
		Evaluations: calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 25000}}}
	s.Care.Concierge = calc.ConciergeCare{Fee: 12000, Minutes: 60, Visits: 6}
	return s
}

func TestTableEvaluation(t *testing.T) {
	out := tableOf(t, evaluationScenario())
	for _, tt := range []struct{ label, want string }{
		// In network visit 1: $200 allowed, all to the deductible. Out of
		// network $250 at the visit; recognised $100, the plan pays 60 % =
		// $60 back: $190 in the end. Concierge $120, nothing back.
		{"First visit: you pay", "$200.00|$250.00|$120.00"},
		{"in the end", "$200.00|$190.00|$120.00"},
		// In network visit 5 ((5 − 1) mod 4 = 0).
		{"Re-evaluations", "1|0|0"},
	} {
		if got := strings.Join(cellsOf(out, "", tt.label), "|"); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.label, got, tt.want)
		}
	}
	want := "The first visit is an evaluation, priced apart, at the in-network clinic and with the out-of-network provider; " +
		"the concierge therapist's is priced as any visit. Re-evaluations, priced apart too: at the in-network clinic visit 5."
	if !strings.Contains(flat(out), want) {
		t.Errorf("the table lacks %q:\n%s", want, out)
	}
	md := markdownOf(t, evaluationScenario())
	for _, want := range []string{
		"| First visit: you pay | $200.00 | $250.00 | $120.00 |",
		"| First visit: in the end | $200.00 | $190.00 | $120.00 |",
		"- The first visit is an evaluation, at $300.00 (the plan's rate $200.00); a re-evaluation every 4 visits after it, at $200.00 (the plan's rate $150.00).",
		"- The first visit is an evaluation, at $250.00.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
}

// fullEpisode has every new field the table and the handout show: a
// December start across the reset, evaluations, money back, a range.
func fullEpisode() calc.Scenario {
	return calc.Scenario{
		Name: "Knee rehab from December",
		Plan: calc.Plan{Type: calc.PPO,
			InNetwork: calc.CostSharing{Deductible: 50000, DeductibleApplies: true, Coinsurance: 2000, OOPMax: calc.Cap[calc.Cents](300000)},
			OutOfNetwork: calc.OutOfNetworkBenefits{Covered: true, Allowed: 10000,
				CostSharing: calc.CostSharing{Deductible: 20000, DeductibleApplies: true, Coinsurance: 4000, OOPMax: calc.Cap[calc.Cents](600000)}}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 12, StartDate: calc.MakeDate(2026, 12, 14),
			InNetwork: calc.ClinicCare{Charge: 18000, Allowed: 11000, SelfPay: 18000, Minutes: 30,
				Evaluations: calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000, Allowed: 18000, SelfPay: 30000}}},
			OutOfNetwork: calc.CashCare{CashRate: 15000, Minutes: 60, Visits: 12, ReimbursementDays: 30,
				Evaluations: calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 25000}}},
			Concierge: calc.ConciergeCare{Fee: 20000, Minutes: 60, Visits: 8, Superbill: true},
			Range:     calc.VisitRange{Fewest: 8, Likely: 12, Most: 24}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
}

// The layout of every new section, table and handout: goldens (`go test
// ./report -run TestEpisodeGolden -update` rewrites them; read the diff).
// The figures are checked by hand in the tests above.
func TestEpisodeGolden(t *testing.T) {
	s := fullEpisode()
	table := tableOf(t, s)
	md := markdownOf(t, s)
	t.Run("table", func(t *testing.T) { golden.RequireEqual(t, []byte(table)) })
	t.Run("markdown", func(t *testing.T) { golden.RequireEqual(t, []byte(md)) })
	for _, want := range []string{"## Dates and the plan-year reset", "## If the number of visits is not known", "## Cash flow by month",
		"When money comes back:", "The most you will have paid and not yet got back at one time"} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
}

// Without a health plan the plan year changes nothing the estimate counts:
// the dates are said, no reset.
func TestDatedWithoutAPlan(t *testing.T) {
	s := noneScenario()
	s.Care.StartDate = calc.MakeDate(2026, 12, 28) // Monday; visit 2 on Thursday 31 December
	out := tableOf(t, s)
	if !strings.Contains(out, "Visits start on Monday 28 December 2026.\n") || strings.Contains(out, "resets") {
		t.Errorf("dates without a plan:\n%s", out)
	}
	// The concierge's second session is a week later, 4 January 2027: a
	// new plan year, but of no plan, so not said.
	if cellsOf(out, "Dates and the plan-year reset", "New plan year from") != nil {
		t.Errorf("a new plan year without a plan:\n%s", out)
	}
	if got := strings.Join(cellsOf(out, "Dates and the plan-year reset", "Last visit"), "|"); got != "31 Dec 2026|31 Dec 2026|4 Jan 2027" {
		t.Errorf("last visit %q", got)
	}
}

// The comparison's "Deductible met" and "Out-of-pocket max met" name the
// plan year when the visits cross the reset and what was met does not hold
// to the last visit: "already" above a 2027 that pays a new deductible
// read as "no deductible left to pay" (examples/december-reset.yaml said
// "already" in network while its 2027 visits paid $1,600.00 to the new
// deductible).
func TestTableMarkersNameThePlanYear(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(s *calc.Scenario)
		ded, oopM []string
	}{
		// resetScenario: in network visits 1–2 pay $100 each to the $200
		// deductible (met at visit 2, 2026); visit 4 (3 Jan 2027) pays $100
		// of the new $200: not met in 2027. Out of network there is no
		// deductible: met before visit 1 in both years, so "already" holds
		// for the whole episode and needs no year. The maximum ($1,000 in
		// network, none out of network) is never reached.
		{"met at a visit", func(*calc.Scenario) {},
			[]string{"visit 2, 2026", "already", "no claims"}, []string{"never", "never", "no claims"}},
		// The deductible met before visit 1 ($200 of $200): "already" in
		// 2026 only, since visit 4 pays $100 to 2027's $200. Maximum $150:
		// 2026 visits 1–3 pay 20 % × $100 = $20 each ($60 of $150), 2027
		// visit 4 $100 of a new $150: never met.
		{"met before the first visit", func(s *calc.Scenario) {
			s.Plan.InNetwork.DeductibleMet = 20000
			s.Plan.InNetwork.OOPMax = calc.Cap[calc.Cents](15000)
		}, []string{"already, 2026", "already", "no claims"}, []string{"never", "never", "no claims"}},
		// Nothing met, maximum $150: visit 1 $100, visit 2 $50 (the cap,
		// so the deductible stops at $150 of $200: never met): the maximum
		// is met at visit 2 in 2026; visit 4 pays $100 of 2027's new $150:
		// not met in 2027.
		{"maximum met in the first year", func(s *calc.Scenario) {
			s.Plan.InNetwork.OOPMax = calc.Cap[calc.Cents](15000)
		}, []string{"never", "already", "no claims"}, []string{"visit 2, 2026", "never", "no claims"}},
		// A plan year from July 1, the visits from Thursday 24 June 2027:
		// Jun 24 and Jun 27 in the plan year 2026-27, Jul 1 and Jul 4 in
		// 2027-28. In network the deductible is met at visit 2 ($100 +
		// $100), and 2027-28's visits pay $100 each to the new one: met at
		// visit 4. The concierge's two sessions (Jun 24, Jul 1) cross it too
		// but file no claims.
		{"a plan year from July", func(s *calc.Scenario) {
			s.Plan.YearStart = calc.MonthDay{Month: 7, Day: 1}
			s.Care.StartDate = calc.MakeDate(2027, 6, 24)
		}, []string{"visit 2, 2026-27", "already", "no claims"}, []string{"never", "never", "no claims"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := resetScenario()
			tt.edit(&s)
			out := tableOf(t, s)
			if got := cellsOf(out, "", "Deductible met"); strings.Join(got, "|") != strings.Join(tt.ded, "|") {
				t.Errorf("deductible met %q, want %q\n%s", got, tt.ded, out)
			}
			got := cellsOf(out, "", "Out-of-pocket max met")
			if got == nil { // the same for all three: said in the line under the table
				got = []string{"never", "never", "no claims"}
				if !strings.Contains(flat(out), "out-of-pocket max met never") {
					got = nil
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.oopM, "|") {
				t.Errorf("out-of-pocket max met %q, want %q\n%s", got, tt.oopM, out)
			}
			md := markdownOf(t, s)
			if want := "| Deductible met | " + strings.Join(tt.ded, " | ") + " |"; !strings.Contains(md, want) {
				t.Errorf("the handout lacks %q", want)
			}
		})
	}
}

// Undated, or dated within one plan year, the markers say no year: there is
// only one.
func TestTableMarkersWithoutAResetSayNoYear(t *testing.T) {
	s := resetScenario()
	s.Care.StartDate = calc.MakeDate(2026, 3, 2) // 4 visits by 12 March
	// Visits 1–2 pay $100 each to the $200 deductible: met at visit 2.
	if got := cellsOf(tableOf(t, s), "", "Deductible met"); strings.Join(got, "|") != "visit 2|already|no claims" {
		t.Errorf("deductible met %q, want visit 2|already|no claims", got)
	}
}

// Across the reset the handout named one year where there are two:
// "Nothing comes back this year" and "you pay … at the visits over the
// year" (examples/december-reset.yaml, visits from December 2026 to
// February 2027). It names the plan years, and the visits' first and last
// days.
func TestMarkdownNothingBackAcrossTheReset(t *testing.T) {
	s := resetScenario()
	// Out of network a $1,000 deductible: each $150 visit puts the $100
	// recognised toward it; 4 × $100 = $400 (3 in 2026, 1 in the new
	// 2027 deductible) never meet it, so nothing comes back. 4 × $150 =
	// $600 paid, from Thursday 24 December 2026 to Sunday 3 January 2027.
	s.Plan.OutOfNetwork.Deductible = 100000
	md := markdownOf(t, s)
	handoutHas(t, md,
		"- Nothing comes back in 2026 or 2027: the claims all go toward each plan year's out-of-network deductible, which these visits do not use up.\n",
		"- With the out-of-network provider you pay $600.00 at the visits from 24 December 2026 to 3 January 2027 and nothing comes back: the claims only count toward the deductible.\n")
	if strings.Contains(md, "this year") || strings.Contains(md, "over the year") {
		t.Errorf("the handout names one year across the reset:\n%s", md)
	}
	// Within one plan year (4 visits by 12 March 2026) "this year" is right.
	s.Care.StartDate = calc.MakeDate(2026, 3, 2)
	if md := markdownOf(t, s); !strings.Contains(md, "- Nothing comes back this year: the claims all go toward the out-of-network deductible") ||
		!strings.Contains(md, "you pay $600.00 at the visits over the year and nothing comes back") {
		t.Errorf("within one plan year the handout should keep \"this year\":\n%s", md)
	}
}

// An out-of-network evaluation the plan recognises at its own amount
// (evaluation_allowed) was described only by the plan's "recognises $110.00
// a visit" (examples/evaluation-priced.yaml, whose $250 evaluation the plan
// recognises at $160): the handout now says the evaluation's own figure.
func TestMarkdownEvaluationRecognisedApart(t *testing.T) {
	s := evaluationScenario()
	s.Plan.OutOfNetwork.EvaluationAllowed = calc.Cap[calc.Cents](16000)
	// Visit 1 out of network: $250 cash, recognised min($250, $160) =
	// $160, no deductible, 40 %: the plan pays $160 − $64 = $96 back, so
	// $250 − $96 = $154 in the end.
	if got := strings.Join(cellsOf(tableOf(t, s), "", "in the end"), "|"); got != "$200.00|$154.00|$120.00" {
		t.Errorf("first visit in the end %q, want $200.00|$154.00|$120.00", got)
	}
	handoutHas(t, markdownOf(t, s),
		"- The first visit is an evaluation, at $250.00 (the plan recognises $160.00).\n",
		"- The plan recognises $100.00 a visit;")
	// A recognised amount above the cash rate is the cash rate: min($250,
	// $300) = $250.
	s.Plan.OutOfNetwork.EvaluationAllowed = calc.Cap[calc.Cents](30000)
	if md := markdownOf(t, s); !strings.Contains(md, "- The first visit is an evaluation, at $250.00 (the plan recognises $250.00).\n") {
		t.Errorf("the handout should say the evaluation recognised at its price:\n%s", md)
	}
}

// When no option gets any money back (examples/december-reset.yaml: the
// clinic's visits are paid for good, the out-of-network claims all go to
// the deductible), the money by month does not promise "what comes back".
func TestMonthsSayWhenNothingComesBack(t *testing.T) {
	s := resetScenario()
	// Out of network a $1,000 deductible: 4 × $100 recognised never meet
	// it, so nothing comes back; in network nothing does; the concierge
	// files no claims.
	s.Plan.OutOfNetwork.Deductible = 100000
	out := tableOf(t, s)
	if want := "\nMoney by month: what you pay (nothing comes back with any option)\n"; !strings.Contains(out, want) {
		t.Errorf("the table lacks %q:\n%s", want, out)
	}
	md := markdownOf(t, s)
	if want := "\nWhat you pay at the visits each month; nothing comes back with any option, so every \"back\" column is -.\n"; !strings.Contains(md, want) {
		t.Errorf("the handout lacks %q:\n%s", want, md)
	}
	// resetScenario as it is: $60 back a visit out of network ($240 in
	// all): the heading and the intro say what comes back.
	if out := tableOf(t, resetScenario()); !strings.Contains(out, "\nMoney by month: what you pay, and what comes back\n") {
		t.Errorf("with money back the heading changed:\n%s", out)
	}
	if md := markdownOf(t, resetScenario()); !strings.Contains(md, "and the money that comes back (from the plan and any policy) in the month it arrives") {
		t.Errorf("with money back the intro changed:\n%s", md)
	}
}

// handoutHas checks that the handout md says each of wants.
func handoutHas(t *testing.T, md string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q:\n%s", want, md)
		}
	}
}

// When no option gets money back, the peak is all the patient pays, and the
// sentence does not speak of money "not yet got back".
// examples/december-reset.yaml in network: 8 visits in 2026 at $20 = $160,
// then 16 at $100 toward the renewed $1,750 deductible = $1,600; nothing
// back: $1,760.00, reached at the last visit, 25 February 2027.
func TestPeakSentenceWhenNothingComesBack(t *testing.T) {
	data, err := os.ReadFile("../examples/december-reset.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, w, err := plans.Parse("december-reset.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	got := Compare(s, w, time.Time{}).PeakSentence()
	if !strings.HasPrefix(got, "Nothing comes back with any option, so the cash to have ready is all you pay") ||
		!strings.Contains(got, "$1,760.00 at the in-network clinic (on 25 February 2027)") || strings.Contains(got, "not yet got back") {
		t.Errorf("got %q", got)
	}
}

// A range narrowed to one count says so, not "between 2 and 2". At 2
// visits (rangeScenario): in network 2 × $100 = $200; out of network 2 ×
// $60 = $120; the concierge round_half_up(2 × 2/4) = 1 session × $90 = $90,
// the least.
func TestRangeOfOneCount(t *testing.T) {
	s := rangeScenario()
	s.Care.Range = calc.VisitRange{Fewest: 2, Likely: 2, Most: 2}
	got := strings.Join(Compare(s, nil, time.Time{}).RangeSentences(), " ")
	for _, want := range []string{"Exactly 2 visits: the range is one count", "At 2 visits the concierge therapist costs least."} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q: %s", want, got)
		}
	}
	if strings.Contains(got, "Between 2 and 2") || strings.Contains(got, "from 2 to 2") {
		t.Errorf("a one-count range said as a range: %s", got)
	}
}

// The handout's "When money comes back" says the table's line word for
// word (docs/decisions.md, "Money-back dates": "the handout says the
// same"), not a rewording of it.
func TestMarkdownMoneyBackIsTheTablesLine(t *testing.T) {
	// resetScenario out of network: $150 cash, $60 back 30 days after each
	// of 4 visits (Dec 24 → Jan 23, …, Jan 3 → Feb 2): 4 × $60 = $240.
	const line = "Out-of-network provider: $240.00 in all comes back, about 30 days after each visit: the first on 23 January 2027, the last on 2 February 2027."
	if out := tableOf(t, resetScenario()); !strings.Contains(flat(out), line) {
		t.Errorf("the table lacks %q:\n%s", line, out)
	}
	if md := markdownOf(t, resetScenario()); !strings.Contains(md, "When money comes back:\n\n- "+line+"\n") {
		t.Errorf("the handout's \"When money comes back\" lacks the table's %q:\n%s", line, md)
	}
}
