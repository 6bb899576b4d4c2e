package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// The examples the episode tests open, worked by hand below from their
// figures and docs/cost-rules.md.
const (
	decemberFile = "../examples/december-reset.yaml"
	rangedFile   = "../examples/ranged-six-to-twelve-weeks.yaml"
	moneyFile    = "testdata/money-back.yaml"
)

// examples/december-reset.yaml, by hand. The first visit is Monday 7
// December 2026. In network and out of network twice a week (Monday and
// Thursday: docs/cost-rules.md, the weekly pattern), 24 visits: Dec 7, 10,
// 14, 17, 21, 24, 28, 31 are visits 1–8, visit 9 is Monday 4 January 2027,
// the first of plan year 2027. The concierge once a week, 12 sessions: Dec
// 7, 14, 21, 28, then visit 5 on 4 January.
//
//	in network: $100 allowed. 2026: the deductible is met (the surgery),
//	  20 % × $100 = $20 a visit: 8 × 20 = $160. 2027: the renewed plan's
//	  $1,750 deductible, 16 × $100 = $1,600 never meets it. Out of pocket
//	  $1,760, all of it out by the last visit (nothing comes back).
//	  The FSA: 2026 pays the $160 (tax 29.65 % = $47.44); $840 unspent,
//	  $680 carried over: 2027 has $1,500 + $680 and pays the $1,600 (tax
//	  $474.40). Net 1,760 − 521.84 = $1,238.16.
//	out of network: $175 cash; the $3,000 deductible is never met (24 ×
//	  $110 recognised = $2,640), so nothing comes back: 8 × 175 = $1,400
//	  in 2026 and each month, 16 × 175 = $2,800 in 2027: $4,200.
//	concierge: $225 + $25 travel = $250, also under the $3,000 deductible:
//	  4 × 250 = $1,000 in 2026, 8 × 250 = $2,000 in 2027: $3,000.
func TestDashboardDatesAndReset(t *testing.T) {
	m, _ := opened(t, "december.yaml", mustRead(t, decemberFile), 100, 40)
	body := bodyText(m)
	for _, want := range []string{
		"Dates and the plan-year reset",
		"Visits start on Monday 7 December 2026. The plan year resets on 1 January 2027",
		"New plan year from visit 9 visit 9 visit 5",
		"on 4 Jan 2027 4 Jan 2027 4 Jan 2027",
		"Out of pocket 2026 $160.00 $1,400.00 $1,000.00",
		"Out of pocket 2027 $1,600.00 $2,800.00 $2,000.00",
		"Most cash out at once $1,760.00 $4,200.00 $3,000.00",
		// the cumulative chart marks the new plan year, and its words say
		// where each deductible is met plan year by plan year: "met
		// already" alone said it of 2027 too, whose $1,750 the in-network
		// 16 × $100 never meets; out of network 8 × $110 = $880 and 16 ×
		// $110 = $1,760, the concierge's 4 and 8 × $110, stay under $3,000
		"R new plan year",
		"In-network clinic: deductible met already; a new plan year from visit 9 (its deductible not met by the last visit).",
		"Out-of-network provider: deductible not met in the first plan year; a new plan year from visit 9 (its deductible not met by the last visit).",
		"Concierge therapist: deductible not met in the first plan year; a new plan year from visit 5 (its deductible not met by the last visit).",
	} {
		// a row of figures compares line by line, a sentence whole
		if !strings.Contains(flatLines(body), want) && !strings.Contains(flat(body), want) {
			t.Errorf("the dashboard lacks %q:\n%s", want, body)
		}
	}
	if got := dashOf(m).result.Options[0].NetCost; got != 123816 {
		t.Errorf("in-network net %v, want $1,238.16", got)
	}
	// a dated episode's footer offers the money by month
	if !strings.Contains(plain(m), "m months") {
		t.Errorf("the footer does not offer m:\n%s", plain(m))
	}
	// a scenario without dates or a range shows none of it
	m, _ = opened(t, "cash.yaml", cashOnlyYAML, 100, 40)
	for _, s := range []string{"Dates and the plan-year reset", "If the number of visits is not known", "m months", "R new plan year"} {
		if strings.Contains(bodyText(m)+plain(m), s) {
			t.Errorf("an undated scenario shows %q", s)
		}
	}
}

// examples/evaluation-priced.yaml, by hand: the first visit of each option
// is an evaluation. In network its $200 allowed goes all to the $500
// deductible: $200 at the visit; out of network its $250 cash (nothing
// back yet: the $1,000 deductible); the concierge $300 + $25 travel = $325.
// In network every 10th visit after the first is a re-evaluation: visit 11
// of 20, one.
func TestDashboardEvaluation(t *testing.T) {
	m, _ := opened(t, "evaluation.yaml", mustRead(t, "../examples/evaluation-priced.yaml"), 100, 40)
	body := flatLines(bodyText(m))
	if !strings.Contains(flat(body), "Re-evaluations, priced apart too: at the in-network clinic visit 11.") {
		t.Errorf("the evaluation is not said:\n%s", bodyText(m))
	}
	for _, want := range []string{
		"The first visit: an evaluation",
		"First visit: you pay $200.00 $250.00 $325.00",
		"Re-evaluations 1 0 0",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the dashboard lacks %q:\n%s", want, bodyText(m))
		}
	}
	m, _ = opened(t, "cash.yaml", cashOnlyYAML, 100, 40)
	if strings.Contains(bodyText(m), "an evaluation") {
		t.Error("an evaluation section without evaluations")
	}
}

// flatLines is text with each line's runs of spaces made one: rows of
// figures compare as "label cell cell cell".
func flatLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = flat(l)
	}
	return strings.Join(lines, "\n")
}

// examples/ranged-six-to-twelve-weeks.yaml, by hand: 12 to 24 visits, 18
// the likeliest. In network (EPO, $1,000 deductible, 20 %, $100 a visit):
// 100 n up to 10 visits, then 1,000 + 20 (n − 10). Out of network (no
// benefits on an EPO): 80 n. The concierge: $250 a session, 9 sessions
// for 18 visits, so round_half_up(n / 2) sessions.
//
//	out of network is cheaper while 80 n < 1,000 + 20 (n − 10), that is
//	  60 n < 800: up to 13 visits (13: $1,040 against $1,060); from 14 the
//	  in-network clinic ($1,080 against $1,120).
//	weights: w(n) = (n − 11) × 7 up to 18, (25 − n) × 7 from 18;
//	  W = 7 × (28 + 21) = 343. Out of network is the cheapest at 12 and 13:
//	  7 + 14 = 21, 21/343 = 6.12 %; in network 322/343 = 93.88 %.
func TestDashboardRange(t *testing.T) {
	m, _ := opened(t, "ranged.yaml", mustRead(t, rangedFile), 100, 40)
	body := flatLines(bodyText(m))
	for _, want := range []string{
		"If the number of visits is not known",
		"Up to 13 visits the out-of-network provider costs least; past 13 visits the",
		"At 12 visits (fewest) $1,040.00 $960.00 $1,500.00",
		"At 24 visits (most) $1,280.00 $1,920.00 $3,000.00",
		"Chance it is cheapest 93.88 % 6.12 % 0 %",
		"X the cheapest option changes there; likeliest: 18 visits",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the dashboard lacks %q:\n%s", want, bodyText(m))
		}
	}
	// the X stands on the in-network line at 14 visits, and 14 is numbered
	// under the axis
	chart := rangeSection(t, m, 100)
	var xRow, numbers string
	for _, l := range chart {
		if strings.Contains(l, "X") && strings.Contains(l, "│") {
			xRow = l
		}
		if strings.HasSuffix(strings.TrimRight(l, " "), "visits") && strings.Contains(l, "12") {
			numbers = l
		}
	}
	if xRow == "" || numbers == "" {
		t.Fatalf("no X or no numbers:\n%s", strings.Join(chart, "\n"))
	}
	// columns in cells: the axis "│" is one cell of three bytes
	if x, n := len([]rune(xRow[:strings.Index(xRow, "X")])), len([]rune(numbers[:strings.Index(numbers, "14")])); x != n {
		t.Errorf("the X is in column %d, the number 14 in column %d:\n%s", x, n, strings.Join(chart, "\n"))
	}
}

// rangeSection is the dashboard's range section, drawn width cells wide
// with a body of 20 rows (the body of an 80×24 window).
func rangeSection(t *testing.T, m Model, width int) []string {
	t.Helper()
	d := dashOf(m)
	lines := d.episodeLines(width, 20)
	for i, l := range lines {
		if l == "If the number of visits is not known" {
			return lines[i:]
		}
	}
	t.Fatalf("no range section:\n%s", strings.Join(lines, "\n"))
	return nil
}

// The range section at the widths people use, as drawn (go test ./tui
// -run TestRangeChartGolden -update rewrites them; read the diff first).
func TestRangeChartGolden(t *testing.T) {
	for _, w := range []int{80, 100, 120} {
		t.Run(itoa(w), func(t *testing.T) {
			m, _ := opened(t, "ranged.yaml", mustRead(t, rangedFile), w, 24)
			lines := rangeSection(t, m, w)
			for _, l := range lines {
				if n := len([]rune(l)); n > w {
					t.Errorf("%d wide: a line of %d: %q", w, n, l)
				}
			}
			golden.RequireEqual(t, []byte(strings.Join(lines, "\n")))
		})
	}
}

// flowKeys runs the real program on file at w × h, presses each key and,
// when its wait is not empty, waits until the screen shows it; then q (the
// what-ifs go to the draft). It returns the final model.
func flowKeys(t *testing.T, file string, w, h int, keysAndWaits ...string) Model {
	t.Helper()
	m := New(Options{File: file, DraftPath: filepath.Join(t.TempDir(), "draft.yaml")})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	waitFor(t, tm, "lowest yearly cost")
	for i := 0; i+1 < len(keysAndWaits); i += 2 {
		tm.Send(keyMsg(keysAndWaits[i]))
		if want := keysAndWaits[i+1]; want != "" {
			waitFor(t, tm, want)
		}
	}
	tm.Send(keyMsg("q"))
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
}

// netsOf are the net costs the dashboard shows.
func netsOf(m Model) [3]string {
	var out [3]string
	for i := range out {
		out[i] = dashOf(m).result.Options[i].NetCost.String()
	}
	return out
}

// The first visit's date a week later or earlier, with
// examples/december-reset.yaml (worked above: $1,238.16 in network from 7
// December). Only the in-network figures are worked here; the FSA's tax is
// 29.65 % of what it pays, per plan year.
//
//	> (or .): Monday 14 December. Visits 1–6 in 2026 (Dec 14, 17, 21, 24,
//	  28, 31), visit 7 on 4 January 2027. 2026: 6 × $20 = $120. 2027: 18
//	  visits against the $1,750 deductible: 17 × $100 = $1,700, then visit
//	  24 pays the last $50 and 20 % of the other $50, $10: $1,760. Out of
//	  pocket $1,880. FSA: 2026 pays $120 (tax $35.58); $880 unspent, $680
//	  carried: 2027 pays $1,760 of $2,180 (tax $521.84). Net 1,880 −
//	  557.42 = $1,322.58.
//	< (or ,): Monday 30 November. Visits 1–10 in 2026 (Nov 30, Dec 3, 7,
//	  10, 14, 17, 21, 24, 28, 31), visit 11 on 4 January. 2026: 10 × $20 =
//	  $200; 2027: 14 × $100 = $1,400 (under $1,750). Out of pocket $1,600.
//	  FSA: $200 (tax $59.30), $800 unspent, $680 carried; 2027 pays $1,400
//	  (tax $415.10). Net 1,600 − 474.40 = $1,125.60.
func TestFlowStartDateKeys(t *testing.T) {
	for _, tc := range []struct {
		key, net, resetAt, date string
	}{
		{">", "$1,322.58", "visit 7", "Monday 14 December 2026"},
		{".", "$1,322.58", "visit 7", "Monday 14 December 2026"},
		{"<", "$1,125.60", "visit 11", "Monday 30 November 2026"},
		{",", "$1,125.60", "visit 11", "Monday 30 November 2026"},
	} {
		t.Run(tc.key, func(t *testing.T) {
			final := flowKeys(t, decemberFile, 100, 40, tc.key, strings.TrimPrefix(tc.net, "$"))
			if got := netsOf(final)[0]; got != tc.net {
				t.Errorf("in-network net %s, want %s", got, tc.net)
			}
			body := flatLines(bodyText(final))
			if !strings.Contains(body, "New plan year from "+tc.resetAt) {
				t.Errorf("the reset is not at %s:\n%s", tc.resetAt, bodyText(final))
			}
			// the change is listed on every card, with what it was
			change := "≠ first visit's date " + tc.date + " (was Monday 7 December 2026)"
			if cards := cardsText(final); strings.Count(cards, change) != 3 {
				t.Errorf("the cards do not list %q:\n%s", change, cards)
			}
			// kept in the file's draft on q
			d, err := interview.LoadDraft(fileDraftPath(t, final, decemberFile))
			if err != nil || d == nil {
				t.Fatalf("no draft: %v", err)
			}
			want := map[string]string{"Monday 14 December 2026": "2026-12-14", "Monday 30 November 2026": "2026-11-30"}[tc.date]
			if got := d.Answers["care.start_date"]; got != want {
				t.Errorf("the draft's first visit %q, want %q", got, want)
			}
		})
	}
}

// The second deductible appears and disappears as the start moves across
// the reset (examples/december-reset.yaml, in network; worked as above).
//
//	< eight times: Monday 12 October 2026. The 24th visit is 11 weeks and
//	  3 days after the first: Thursday 31 December. Every visit is in 2026
//	  at $20: $480, no new plan year. FSA $480 (tax $142.32): net $337.68.
//	then >: Monday 19 October. Visits 23 and 24 fall on 4 and 7 January
//	  2027 and pay the new deductible: 22 × $20 + 2 × $100 = $640. FSA:
//	  2026 $440 (tax $130.46), $560 unspent, all carried (under $680);
//	  2027 $200 (tax $59.30). Net 640 − 189.76 = $450.24.
//	> four times from 7 December: Monday 4 January 2027, in the plan year
//	  from Friday 1 January 2027, which the file's "already met" figures
//	  are then read as: the dashboard says so.
func TestFlowStartDateAcrossTheReset(t *testing.T) {
	eight := []string{}
	for range 7 {
		eight = append(eight, "<", "")
	}
	eight = append(eight, "<", "337.68")
	final := flowKeys(t, decemberFile, 100, 40, eight...)
	if got := netsOf(final)[0]; got != "$337.68" {
		t.Errorf("12 October: in-network net %s, want $337.68", got)
	}
	if body := bodyText(final); strings.Contains(body, "New plan year from") || !strings.Contains(flat(body), "Every visit falls in the plan year that began on 1 January 2026") {
		t.Errorf("12 October: every visit is in 2026, yet:\n%s", body)
	}
	final = flowKeys(t, decemberFile, 100, 40, append(eight, ">", "450.24")...)
	if got := netsOf(final)[0]; got != "$450.24" {
		t.Errorf("19 October: in-network net %s, want $450.24", got)
	}
	if body := flatLines(bodyText(final)); !strings.Contains(body, "New plan year from visit 23 visit 23 visit 12") ||
		!strings.Contains(body, "Out of pocket 2027 $200.00") {
		// the concierge weekly from 19 October: visit 12 is 11 weeks on,
		// 4 January
		t.Errorf("19 October: the reset is not at visit 23:\n%s", bodyText(final))
	}

	final = flowKeys(t, decemberFile, 100, 40, ">", "", ">", "", ">", "", ">", "Friday 1 January 2027")
	if got := dashOf(final).scenario.Care.StartDate; got != calc.MakeDate(2027, 1, 4) {
		t.Errorf("> four times: %v, want 2027-01-04", got)
	}
	if s := flat(dashOf(final).status); !strings.Contains(s, "The first visit is now in the plan year from Friday 1 January 2027") {
		t.Errorf("moving into the next plan year is not said: %q", s)
	}
}

// The range keys on examples/ranged-six-to-twelve-weeks.yaml (12–18–24,
// worked above; the fewest count's costs as there: in network 1,000 +
// 20 (n − 10), out of network 80 n, the concierge 250 × round_half_up(n/2)).
//
//	} 13–19–25: w(n) = (n − 12) × 7 up to 19, (26 − n) × 7 from 19;
//	  W = 7 × (28 + 21) = 343; out of network cheapest at 13 only: 7/343
//	  = 2.04 %, in network 336/343 = 97.96 %. At 13: 1,060; 1,040;
//	  7 sessions (6.5 up) 1,750.
//	{ 11–17–23: out of network cheapest at 11, 12, 13: 7 × (1 + 2 + 3) =
//	  42/343 = 12.24 %; in network 87.76 %. At 11: 1,020; 880; 6 sessions
//	  (5.5 up) 1,500.
//	) 11–18–25: w(n) = (n − 10) × 8 up to 18, (26 − n) × 8 from 18; W = 8
//	  × (36 + 28) = 512; out of network 8 × (1 + 2 + 3) = 48/512 = 9.375 →
//	  9.38 %, in network 464/512 = 90.625 → 90.63 %.
//	( 13–18–23: w(n) = (n − 12) × 6 up to 18, (24 − n) × 6 from 18; W = 6 ×
//	  (21 + 15) = 216; out of network at 13: 6/216 = 2.78 %, in network
//	  97.22 %.
func TestFlowRangeKeys(t *testing.T) {
	for _, tc := range []struct {
		key, wait            string
		fewest, likely, most int
		chance               string
		fewestRow            string
		nets                 [3]string // the one-number estimate
	}{
		{"}", "fewest visits 13", 13, 19, 25, "Chance it is cheapest 97.96 % 2.04 % 0 %", "At 13 visits (fewest) $1,060.00 $1,040.00 $1,750.00",
			[3]string{"$1,180.00", "$1,520.00", "$2,500.00"}},
		{"{", "fewest visits 11", 11, 17, 23, "Chance it is cheapest 87.76 % 12.24 % 0 %", "At 11 visits (fewest) $1,020.00 $880.00 $1,250.00",
			[3]string{"$1,140.00", "$1,360.00", "$2,000.00"}},
		{")", "fewest visits 11", 11, 18, 25, "Chance it is cheapest 90.63 % 9.38 % 0 %", "At 11 visits (fewest) $1,020.00 $880.00 $1,500.00",
			[3]string{"$1,160.00", "$1,440.00", "$2,250.00"}},
		{"(", "fewest visits 13", 13, 18, 23, "Chance it is cheapest 97.22 % 2.78 % 0 %", "At 13 visits (fewest) $1,060.00 $1,040.00 $1,750.00",
			[3]string{"$1,160.00", "$1,440.00", "$2,250.00"}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			final := flowKeys(t, rangedFile, 100, 40, tc.key, tc.wait)
			if got, want := dashOf(final).scenario.Care.Range, (calc.VisitRange{Fewest: tc.fewest, Likely: tc.likely, Most: tc.most}); got != want {
				t.Errorf("range %+v, want %+v", got, want)
			}
			body := flatLines(bodyText(final))
			for _, want := range []string{tc.chance, tc.fewestRow} {
				if !strings.Contains(body, want) {
					t.Errorf("the range lacks %q:\n%s", want, bodyText(final))
				}
			}
			// the visits needed are the likeliest count (care.visits 18, the
			// file's likely left out): } and { move them with it, one visit
			// more or fewer everywhere as + and - do; ( and ) leave them.
			// } 19 visits: in network 1,000 + 20 % × 900 = 1,180; out of
			// network 19 × 80 = 1,520; the concierge 10 × 250 = 2,500.
			// { 17: 1,000 + 20 % × 700 = 1,140; 17 × 80 = 1,360; 8 × 250 =
			// 2,000 — and at the fewest 11 the concierge's 8/17 of them,
			// round_half_up(5.18) = 5 sessions, $1,250.
			if got := netsOf(final); got != tc.nets {
				t.Errorf("net costs %v, want %v", got, tc.nets)
			}
			cards := cardsText(final)
			if !strings.Contains(cards, "≠ fewest visits "+itoa(tc.fewest)+" (was 12)") {
				t.Errorf("the change is not listed:\n%s", cards)
			}
			d, err := interview.LoadDraft(fileDraftPath(t, final, rangedFile))
			if err != nil || d == nil {
				t.Fatalf("no draft: %v", err)
			}
			if d.Answers["care.visits_range.fewest"] != itoa(tc.fewest) || d.Answers["care.visits_range.most"] != itoa(tc.most) {
				t.Errorf("the draft's range %q–%q, want %d–%d", d.Answers["care.visits_range.fewest"], d.Answers["care.visits_range.most"], tc.fewest, tc.most)
			}
		})
	}
}

// The episode what-ifs at their bounds and without what they change: a
// message, no change.
func TestEpisodeWhatIfBounds(t *testing.T) {
	one := strings.Replace(cashOnlyYAML, "care:\n", "care:\n  visits_range: { fewest: 1, likely: 1, most: 1 }\n", 1)
	for _, tc := range []struct {
		yaml, key string
		want      calc.VisitRange
		says      string
	}{
		{one, "{", calc.VisitRange{Fewest: 1, Likely: 1, Most: 1}, "cannot move further"},
		{one, "(", calc.VisitRange{Fewest: 1, Likely: 1, Most: 1}, "as narrow as it goes: the likeliest count, 1 visits, alone"},
		// the fewest stays at 1; the most goes one further
		{one, ")", calc.VisitRange{Fewest: 1, Likely: 1, Most: 2}, ""},
		{one, "}", calc.VisitRange{Fewest: 2, Likely: 2, Most: 2}, ""},
		{cashOnlyYAML, "}", calc.VisitRange{}, "no range of visits"},
		{cashOnlyYAML, ")", calc.VisitRange{}, "no range of visits"},
		{cashOnlyYAML, ">", calc.VisitRange{}, "no first visit's date to move"},
		{cashOnlyYAML, "<", calc.VisitRange{}, "no first visit's date to move"},
		{cashOnlyYAML, "m", calc.VisitRange{}, "Money by month needs dates"},
	} {
		m, _ := opened(t, "b.yaml", tc.yaml, 100, 40)
		m = press(t, m, tc.key)
		if m.state != stateDashboard {
			t.Errorf("%s: left the dashboard", tc.key)
		}
		if got := dashOf(m).scenario.Care.Range; got != tc.want {
			t.Errorf("%s: range %+v, want %+v", tc.key, got, tc.want)
		}
		if tc.says != "" && !strings.Contains(flat(dashOf(m).status), tc.says) {
			t.Errorf("%s: status %q, want it to say %q", tc.key, dashOf(m).status, tc.says)
		}
		if tc.says != "" && dashOf(m).dirty() {
			t.Errorf("%s: a refused what-if changed the scenario", tc.key)
		}
	}
	// without a plan, moving into the next calendar year says nothing of a
	// plan year: plan type none, 28 December 2026 a week later is 4 January
	// 2027
	dated := strings.Replace(cashOnlyYAML, "care:\n", "care:\n  start_date: 2026-12-28\n", 1)
	m, _ := opened(t, "dated.yaml", dated, 100, 40)
	if m = press(t, m, ">"); dashOf(m).scenario.Care.StartDate != calc.MakeDate(2027, 1, 4) || dashOf(m).status != "" {
		t.Errorf("> without a plan: %v, status %q", dashOf(m).scenario.Care.StartDate, dashOf(m).status)
	}
	// the last year the format allows: 2100
	late := strings.Replace(mustRead(t, decemberFile), "start_date: 2026-12-07", "start_date: 2100-12-27", 1)
	m, _ = opened(t, "late.yaml", late, 100, 40)
	m = press(t, m, ">")
	if got := dashOf(m).scenario.Care.StartDate; got != calc.MakeDate(2100, 12, 27) || !strings.Contains(dashOf(m).status, "between 2000 and 2100") {
		t.Errorf("> past 2100: %v, %q", got, dashOf(m).status)
	}
}

// w saves the date and range what-ifs in the file, as any other.
func TestEpisodeWhatIfsSaved(t *testing.T) {
	m, path := opened(t, "december.yaml", mustRead(t, decemberFile), 100, 40)
	m = press(t, m, ">", "w")
	m = press(t, m, "y") // the file has comments, which saving drops
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := plans.Parse(path, data)
	if err != nil || s.Care.StartDate != calc.MakeDate(2026, 12, 14) {
		t.Fatalf("saved start %v (%v):\n%s", s.Care.StartDate, err, data)
	}
	if dashOf(m).dirty() {
		t.Error("still a what-if after w")
	}

	m, path = opened(t, "ranged.yaml", mustRead(t, rangedFile), 100, 40)
	m = press(t, m, "}", "w", "y")
	data, _ = os.ReadFile(path)
	if s, _, err := plans.Parse(path, data); err != nil || s.Care.Range != (calc.VisitRange{Fewest: 13, Likely: 19, Most: 25}) {
		t.Fatalf("saved range %+v (%v):\n%s", s.Care.Range, err, data)
	}
	_ = m
}

// m shows the money by month; ←/→ moves between the options; esc and m
// go back to the dashboard, on the option last shown. testdata/money-back.yaml
// (docs/cost-rules.md's "When money moves" example out of network), by
// hand:
//
//	in network: 6 × $20, all in January 2026: $120; nothing back.
//	out of network: $100 out and $60 back 10 days after each visit (Jan 5,
//	  8, 12, 15, 19, 22 → back Jan 15, 18, 22, 25, 29, Feb 1): January
//	  $600 out, 5 × $60 = $300 back; February $60 back. The most out at
//	  once: $480 on 22 January (the visit before its day's money back).
//	concierge: 3 × $150 (Jan 5, 12, 19): $450 in January.
//
// The bars: one scale for all three, the largest month $600. At 80
// columns a bar has 80 − 8 (month) − 1 − 7 ("you pay") − 1 − 2 − 7 (the
// widest amount, "$600.00") = 54 cells: $600 is 54 cells, $300 27, $60
// 54 × 60 / 600 = 5.4 → 5, the in-network $120 10.8 → 11.
func TestFlowCashFlow(t *testing.T) {
	final := flowKeys(t, moneyFile, 80, 24, "m", "Money by month", "right", "$300.00", "esc", "lowest yearly cost", "m", "Out-of-network provider (2 of 3)")
	if final.state != stateCashFlow {
		t.Fatalf("state %d, want the money by month", final.state)
	}
	view := plain(final)
	bars := map[string]int{}
	month := ""
	for _, l := range strings.Split(view, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(l, "Jan 2026 you pay"), strings.HasPrefix(l, "Feb 2026 you pay"):
			month = f[0]
			bars[month+" out"] = strings.Count(l, "█")
			if month == "Jan" && f[len(f)-1] != "$600.00" {
				t.Errorf("January out: %q", l)
			}
		case strings.HasPrefix(strings.TrimSpace(l), "back ") && month != "":
			bars[month+" back"] = strings.Count(l, "░")
			if want := map[string]string{"Jan": "$300.00", "Feb": "$60.00"}[month]; f[len(f)-1] != want {
				t.Errorf("%s back: %q, want %s", month, l, want)
			}
		}
	}
	if want := map[string]int{"Jan out": 54, "Jan back": 27, "Feb out": 0, "Feb back": 5}; len(bars) != 4 ||
		bars["Jan out"] != 54 || bars["Jan back"] != 27 || bars["Feb back"] != 5 {
		t.Errorf("bars %v, want %v:\n%s", bars, want, view)
	}
	text := flat(bodyOfCashFlow(final))
	for _, want := range []string{
		"$480.00 with the out-of-network provider (on 22 January 2026)",
		"Jan 2026 $120.00 - $600.00 $300.00 $450.00 -",
		"Feb 2026 - - - $60.00 - -",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the money by month lacks %q:\n%s", want, bodyOfCashFlow(final))
		}
	}
	// ← from the in-network clinic: the concierge, $450 in January, 450 ×
	// 54 / 600 = 40.5 → 41 cells; esc back on the dashboard's third card
	m, _ := opened(t, "money.yaml", mustRead(t, moneyFile), 80, 24)
	m = press(t, m, "m", "left")
	if !strings.Contains(plain(m), "Concierge therapist (3 of 3)") {
		t.Fatalf("←:\n%s", plain(m))
	}
	for _, l := range strings.Split(plain(m), "\n") {
		if strings.HasPrefix(l, "Jan 2026 you pay") && strings.Count(l, "█") != 41 {
			t.Errorf("the concierge's January: %d cells, want 41: %q", strings.Count(l, "█"), l)
		}
	}
	if m = press(t, m, "esc"); m.state != stateDashboard || dashOf(m).selected != 2 {
		t.Errorf("esc: state %d, selected %d", m.state, dashOf(m).selected)
	}
}

// bodyOfCashFlow is every line of the money by month, scrolled out of sight
// or not.
func bodyOfCashFlow(m Model) string {
	return m.screens[stateCashFlow].(*cashFlowScreen).body.content
}

// The money by month at the sizes people use (go test ./tui -run
// TestCashFlowGolden -update rewrites them; read the diff first): the
// out-of-network provider's months of testdata/money-back.yaml, and the
// December start's in network.
func TestCashFlowGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		file string
		w, h int
		keys []string
	}{
		{"money-back-80x24", moneyFile, 80, 24, []string{"m", "right"}},
		{"money-back-100x30", moneyFile, 100, 30, []string{"m", "right"}},
		{"money-back-120x40", moneyFile, 120, 40, []string{"m", "right"}},
		{"december-80x24", decemberFile, 80, 24, []string{"m"}},
		{"december-60x20", decemberFile, 60, 20, []string{"m"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sized(t, Options{File: tc.file}, tc.w, tc.h)
			m, _ = run(t, m, m.Init()())
			m = press(t, m, tc.keys...)
			if m.state != stateCashFlow {
				t.Fatalf("state %d", m.state)
			}
			for i, l := range strings.Split(plain(m), "\n") {
				if n := len([]rune(l)); n > tc.w {
					t.Errorf("line %d is %d wide: %q", i, n, l)
				}
			}
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

// BenchmarkCashFlowView is the money by month's View at 120×40: it joins
// what Update drew.
func BenchmarkCashFlowView(b *testing.B) {
	m, _ := opened(b, "december.yaml", mustRead(b, decemberFile), 120, 40)
	m = press(b, m, "m")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkDashboardViewRange is the dashboard's View with a range of
// visits and its chart, at 120×40.
func BenchmarkDashboardViewRange(b *testing.B) {
	m, _ := opened(b, "ranged.yaml", mustRead(b, rangedFile), 120, 40)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkDashboardRangeWhatIf is a range what-if's whole cost on a 10–60
// visit range: the estimate, the range (every count), the chart's curve
// (every count again), and the redraw.
func BenchmarkDashboardRangeWhatIf(b *testing.B) {
	yaml := strings.Replace(mustRead(b, rangedFile), "fewest: 12", "fewest: 10", 1)
	yaml = strings.Replace(yaml, "most: 24", "most: 60", 1)
	m, _ := opened(b, "wide.yaml", yaml, 120, 40)
	up, down := keyMsg("}"), keyMsg("{")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := up
		if i%2 == 1 {
			k = down
		}
		tm, _ := m.Update(k)
		m = tm.(Model)
		i++
	}
}

// The dates and the plan-year reset at 80 columns (the table's layout) and
// at 60 (option by option), examples/december-reset.yaml (go test ./tui
// -run TestDatesSectionGolden -update rewrites them; read the diff first).
func TestDatesSectionGolden(t *testing.T) {
	for _, w := range []int{80, 60} {
		t.Run(itoa(w), func(t *testing.T) {
			m, _ := opened(t, "december.yaml", mustRead(t, decemberFile), w, 24)
			lines := dashOf(m).episodeLines(w, 20)
			for _, l := range lines {
				if n := len([]rune(l)); n > w {
					t.Errorf("%d wide: a line of %d: %q", w, n, l)
				}
			}
			golden.RequireEqual(t, []byte(strings.Join(lines, "\n")))
		})
	}
}

// Every line of the dashboard with a real episode's sections, and of the
// money by month, fits the window, whose height it fills exactly, at every
// size (a range's chart and the dates' rows included).
func TestEpisodeViewsFitTheWindow(t *testing.T) {
	for _, file := range []string{decemberFile, rangedFile, moneyFile} {
		m, _ := opened(t, filepath.Base(file), mustRead(t, file), 120, 40)
		for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 15}, {120, 40}, {200, 50}} {
			m, _ = run(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			screens := []Model{m, press(t, m, "end"), press(t, m, "pgdown")}
			if dashOf(m).ep.hasMonths() {
				screens = append(screens, press(t, m, "m"), press(t, m, "m", "end"))
			}
			for _, s := range screens {
				lines := strings.Split(plain(s), "\n")
				if len(lines) != size[1] {
					t.Errorf("%s %v state %d: %d lines", file, size, s.state, len(lines))
				}
				for i, l := range lines {
					if w := lipgloss.Width(l); w > size[0] {
						t.Errorf("%s %v state %d line %d is %d wide: %q", file, size, s.state, i, w, l)
					}
				}
			}
		}
	}
}

// A what-if on the date or the range makes those figures the user's: they
// are no longer listed as assumed (as + does for the visits).
func TestEpisodeWhatIfsAreTheUsers(t *testing.T) {
	for _, tc := range []struct {
		file, key string
		paths     []string
		left      int // what stays assumed: care.visits, unless the key moves it
	}{
		{decemberFile, ">", []string{"care.start_date"}, 1},
		// } moves the visits needed with the likeliest count
		{rangedFile, "}", []string{"care.visits_range.fewest", "care.visits_range.likely", "care.visits_range.most"}, 0},
		{rangedFile, ")", []string{"care.visits_range.fewest", "care.visits_range.likely", "care.visits_range.most"}, 1},
	} {
		s, _ := parse(t, tc.file, mustRead(t, tc.file))
		m := sized(t, Options{}, 100, 40)
		m.state = stateDashboard
		m, _ = run(t, m, openScenarioMsg{scenario: s, source: source{Label: "test"}, assumed: append([]string{"care.visits"}, tc.paths...)})
		m = press(t, m, tc.key)
		if got := dashOf(m).assumed; len(got) != tc.left || tc.left == 1 && got[0] != "care.visits" {
			t.Errorf("%s: assumed %v after the what-if, want %d (care.visits)", tc.key, got, tc.left)
		}
	}
}

// The ledger of a dated episode gives each visit's day, and the note of the
// visit that opens the new plan year says so. examples/december-reset.yaml
// in network (worked above): visit 8 on Thursday 31 December 2026 pays 20 %
// of $100, $20, the plan $80; visit 9 on Monday 4 January 2027 pays the
// whole $100 to the renewed plan's $1,750 deductible, $1,650 left. At 60
// columns the date is hidden after "costs you" would be (none here) and
// said to be.
func TestLedgerDates(t *testing.T) {
	m, _ := opened(t, "december.yaml", mustRead(t, decemberFile), 100, 60)
	m = press(t, m, "l")
	view := flatLines(plain(m))
	for _, want := range []string{
		"Visit Date Billed paid pay left left",
		"8 31 Dec 2026 $150.00 $80.00 $20.00 $0.00",
		"9 4 Jan 2027 $150.00 $0.00 $100.00 $1,650.00",
		"new plan year, deductible",
	} {
		if !strings.Contains(view, want) {
			t.Errorf("the ledger lacks %q:\n%s", want, plain(m))
		}
	}
	m, _ = run(t, m, tea.WindowSizeMsg{Width: 60, Height: 20})
	if !strings.Contains(strings.ReplaceAll(plain(m), "\n", " "), "Hidden for want of width: date.") {
		t.Errorf("at 60 columns:\n%s", plain(m))
	}
	// an undated scenario has no date column
	m, _ = opened(t, "cash.yaml", cashOnlyYAML, 100, 40)
	if m = press(t, m, "l"); strings.Contains(plain(m), "Date") {
		t.Errorf("a date column without dates:\n%s", plain(m))
	}
}

// The range chart's axis is numbered from its ends first: on a range of 1
// to 365 visits at 80 columns, the change at 14 visits (examples/ranged-
// six-to-twelve-weeks.yaml, worked above: out of network is the cheaper up
// to 13) stands one cell from 1 and gives way to it; the X and the words
// still say it.
func TestRangeChartNumbersItsEnds(t *testing.T) {
	yaml := strings.Replace(mustRead(t, rangedFile), "fewest: 12", "fewest: 1", 1)
	yaml = strings.Replace(yaml, "most: 24", "most: 365", 1)
	m, _ := opened(t, "wide.yaml", yaml, 80, 24)
	chart := rangeSection(t, m, 80)
	var numbers string
	for _, l := range chart {
		if strings.HasSuffix(l, "  visits") {
			numbers = l
		}
	}
	if f := strings.Fields(numbers); len(f) < 3 || f[0] != "1" || f[len(f)-2] != "365" {
		t.Errorf("the axis is not numbered from 1 to 365: %q", numbers)
	}
	if text := flat(strings.Join(chart, "\n")); !strings.Contains(text, "past 13 visits the in-network clinic is cheaper") || !strings.Contains(text, "X the cheapest option changes there") {
		t.Errorf("the change is not said:\n%s", strings.Join(chart, "\n"))
	}
}

// + and - move the range's likeliest count with the visits needed when
// they are one figure (likely left out of the file is care.visits), the
// range stretching to keep it inside; a likeliest count of its own stays.
func TestVisitsKeysMoveTheLikeliest(t *testing.T) {
	for _, tc := range []struct {
		yaml, key string
		want      calc.VisitRange
	}{
		// examples/ranged-six-to-twelve-weeks.yaml: 12–18–24, visits 18
		{mustRead(t, rangedFile), "+", calc.VisitRange{Fewest: 12, Likely: 19, Most: 24}},
		{mustRead(t, rangedFile), "-", calc.VisitRange{Fewest: 12, Likely: 17, Most: 24}},
		// 10 visits at the most of 6–10–10: the most follows
		{strings.Replace(cashOnlyYAML, "care:\n", "care:\n  visits_range: { fewest: 6, most: 10 }\n", 1), "+", calc.VisitRange{Fewest: 6, Likely: 11, Most: 11}},
		// a likeliest of its own (9, the visits 10) is left where it is
		{strings.Replace(cashOnlyYAML, "care:\n", "care:\n  visits_range: { fewest: 6, likely: 9, most: 12 }\n", 1), "+", calc.VisitRange{Fewest: 6, Likely: 9, Most: 12}},
	} {
		m, _ := opened(t, "r.yaml", tc.yaml, 100, 40)
		m = press(t, m, tc.key)
		if got := dashOf(m).scenario.Care.Range; got != tc.want {
			t.Errorf("%s on %v: range %+v, want %+v", tc.key, tc.want, got, tc.want)
		}
	}
}

// A card lists the what-if changes that concern it, three at most and a
// line "+N more changes" for the rest; one change more than three is
// shown itself, in the line "+1 more changes" would take, so no change is
// hidden behind a line that could have been it. } on the six-to-twelve
// weeks example moves the range 12–18–24 to 13–19–25 and the visits
// needed from 18 to 19, and the concierge's 9 sessions for 18 visits
// become round_half_up(9 × 19 / 18 = 9.5) = 10: four changes on the
// in-network card (visits needed, fewest, likeliest, most) and four on the
// concierge's (fewest, likeliest, most, sessions).
func TestCardShowsAFourthChange(t *testing.T) {
	final := flowKeys(t, rangedFile, 120, 40, "}", "fewest visits 13")
	cards := strings.Split(cardsText(final), " | ")
	for i, want := range map[int]string{0: "≠ most visits 25 (was 24)", 2: "≠ concierge sessions 10 (was 9)"} {
		if !strings.Contains(cards[i], want) {
			t.Errorf("card %d lacks %q:\n%s", i, want, cards[i])
		}
	}
	if all := cardsText(final); strings.Contains(all, "more change") {
		t.Errorf("a card hides one change behind a line:\n%s", all)
	}
}

// A message that sends the user to the walk-through ("e gives it one")
// makes the next e open the step it means, not the selected card's; any
// other key in between forgets it.
func TestEditGoesWhereTheMessageSaid(t *testing.T) {
	care, account := interview.StepCare.Title(), interview.StepAccount.Title()
	inNetwork := interview.StepInNetwork.Title()
	for _, tc := range []struct {
		yaml string
		keys []string
		want string
	}{
		{whatIfYAML, []string{"m", "e"}, care}, // no dates: money by month
		{whatIfYAML, []string{">", "e"}, care}, // no date to move
		{whatIfYAML, []string{"}", "e"}, care}, // no range
		{cashOnlyYAML, []string{"a", "e"}, account},
		{whatIfYAML, []string{"m", "l", "esc", "e"}, inNetwork}, // forgotten: the card's step
		{whatIfYAML, []string{"e"}, inNetwork},
	} {
		m, _ := opened(t, "s.yaml", tc.yaml, 100, 40)
		m = press(t, m, tc.keys...)
		if m.state != stateWizard || !strings.Contains(plain(m), tc.want) {
			t.Errorf("%v: state %d, want the step %q:\n%s", tc.keys, m.state, tc.want, plain(m))
		}
	}
}
