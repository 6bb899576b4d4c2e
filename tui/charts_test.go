package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// plotRows are the rows of the cumulative chart between its title and its
// horizontal axis, as drawn (axis label, axis, cells, end label).
func plotRows(t *testing.T, chart []string) []string {
	t.Helper()
	start, end := -1, -1
	for i, l := range chart {
		l = ansi.Strip(l)
		if strings.HasPrefix(l, "Paid out of pocket by visit") {
			start = i + 1
		}
		if start >= 0 && strings.Contains(l, "└") {
			end = i
			break
		}
	}
	if start < 0 || end < 0 {
		t.Fatalf("no chart drawn:\n%s", strings.Join(chart, "\n"))
	}
	rows := make([]string, 0, end-start)
	for _, l := range chart[start:end] {
		rows = append(rows, ansi.Strip(l))
	}
	return rows
}

// chartOf is the cumulative chart of a scenario, drawn as the dashboard
// draws it, width cells wide with plotH rows asked for.
func chartOf(t *testing.T, yaml string, width, plotH int) []string {
	t.Helper()
	s, _ := parse(t, "chart.yaml", yaml)
	r := calc.Estimate(s)
	st := theme.DefaultStyles()
	var cum [3][]calc.Cents
	return cumulativeChart(&st, &s, &r, &cum, report.Crossings(&r), width, plotH)
}

// marksUnderLinesYAML: the in-network clinic and the concierge cost the
// same at every visit, so the concierge's line, drawn last, runs through
// every cell of the clinic's line, marks included.
//
//	in network: allowed $100, deductible $300 → $100 at visits 1–3, the
//	  deductible met at visit 3 (D); then coinsurance 100 % = $100 a
//	  visit; the limit is 18 visits, so visit 19 is the first past it (L)
//	  and visits 19–20 cost the self-pay price, the $100 charge.
//	  Running total: $100 × visit, $2,000 at visit 20.
//	concierge: $100 a visit, no claims: $100 × visit too.
//	out of network: no benefits, $150 × visit, no marks.
const marksUnderLinesYAML = `version: 1
name: Marks under lines
plan:
  type: ppo
  in_network: { deductible: 300, coinsurance: 100, oop_max: 5000 }
  out_of_network: { covered: false }
  visit_limit: 18
care:
  visits: 20
  in_network: { charge: 100, allowed: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 100 }
`

// everyMarkYAML gives two options marks of their own, in separate cells:
//
//	in network: allowed $100, deductible $200 → $100 at visits 1–2 (D at
//	  2, $200 so far); then 50 % = $50 a visit up to the $600 maximum:
//	  200 + 8 × 50 = 600 at visit 10 (M); $0 to visit 18; visit 19 past
//	  the limit of 18 (L), at the $100 self-pay price: $700, $800.
//	out of network: cash $150, allowed $100, deductible $500 → met at
//	  visit 5 (D, 5 × 150 = $750 so far); then the plan pays 60 % of $100,
//	  $90 a visit; visit 19 past the limit (L): 750 + 13 × 90 + 150 = $2,070.
//	concierge: $200 a visit, no claims, no marks; $4,000 at visit 20.
//
// The two D's stand at visits 2 and 5 (different columns); the two L's in
// the same column at $700 and $2,070 — on a $4,000 scale of at least 5
// rows a row spans at most $1,000, so different rows.
const everyMarkYAML = `version: 1
name: Every mark
plan:
  type: ppo
  in_network: { deductible: 200, coinsurance: 50, oop_max: 600 }
  out_of_network: { covered: true, deductible: 500, coinsurance: 40, allowed: 100 }
  visit_limit: 18
care:
  visits: 20
  in_network: { charge: 100, allowed: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 200 }
`

// countMarks counts the marker letters in the plot rows (the end labels
// beside the plot are lower case).
func countMarks(rows []string) map[rune]int {
	n := map[rune]int{}
	for _, r := range rows {
		for _, c := range r {
			if c == 'D' || c == 'M' || c == 'L' {
				n[c]++
			}
		}
	}
	return n
}

func TestChartMarksStayOnTopOfLaterLines(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want map[rune]int
	}{
		// the concierge's line covers the whole in-network line: its D
		// (visit 3) and L (visit 19) must still show
		{"marks under a later line", marksUnderLinesYAML, map[rune]int{'D': 1, 'L': 1}},
		// every option's marks: in network D, M, L; out of network D, L
		{"every option's marks", everyMarkYAML, map[rune]int{'D': 2, 'M': 1, 'L': 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// the dashboard at 120×40, as the audit saw it
			m, _ := opened(t, "marks.yaml", tt.yaml, 120, 40)
			rows := plotRows(t, strings.Split(bodyText(m), "\n"))
			if got := countMarks(rows); len(got) != len(tt.want) || got['D'] != tt.want['D'] || got['M'] != tt.want['M'] || got['L'] != tt.want['L'] {
				t.Errorf("marks %v, want %v:\n%s", got, tt.want, strings.Join(rows, "\n"))
			}
			// the same at other sizes of the chart
			for _, size := range [][2]int{{80, 6}, {80, 9}, {100, 12}, {200, 16}} {
				rows := plotRows(t, chartOf(t, tt.yaml, size[0], size[1]))
				if got := countMarks(rows); got['D'] != tt.want['D'] || got['M'] != tt.want['M'] || got['L'] != tt.want['L'] {
					t.Errorf("%v: marks %v, want %v:\n%s", size, got, tt.want, strings.Join(rows, "\n"))
				}
			}
		})
	}
}

// TestChartTwoMarksInOneCell: the deductible and the maximum are both $300,
// so visit 3 meets both (3 × $100): D and M fall in the same cell. The later
// event of the year wins the cell (L over M over D), and the key below names
// only the letters the plot shows; the text still states both facts.
func TestChartTwoMarksInOneCell(t *testing.T) {
	yaml := `version: 1
name: Two marks one cell
plan:
  type: ppo
  in_network: { deductible: 300, coinsurance: 20, oop_max: 300 }
  out_of_network: { covered: false }
care:
  visits: 6
  in_network: { charge: 100, allowed: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 200 }
`
	chart := chartOf(t, yaml, 100, 9)
	rows := plotRows(t, chart)
	if got := countMarks(rows); got['M'] != 1 || got['D'] != 0 {
		t.Errorf("marks %v, want the M alone in the shared cell:\n%s", got, strings.Join(rows, "\n"))
	}
	text := flat(ansi.Strip(strings.Join(chart, "\n")))
	for _, s := range []string{"M out-of-pocket maximum met", "deductible met at visit 3", "out-of-pocket maximum met at visit 3"} {
		if !strings.Contains(text, s) {
			t.Errorf("the chart's text lacks %q:\n%s", s, text)
		}
	}
	if strings.Contains(text, "D deductible met") {
		t.Errorf("the key names a D the plot does not show:\n%s", text)
	}
}

// axisTicks reads the labelled rows of a plot: row index → the money its
// label says, in cents.
func axisTicks(t *testing.T, rows []string) map[int]calc.Cents {
	t.Helper()
	ticks := map[int]calc.Cents{}
	for y, r := range rows {
		i := strings.Index(r, " ┤")
		if i < 0 {
			continue
		}
		text := strings.ReplaceAll(strings.TrimPrefix(strings.TrimSpace(r[:i]), "$"), ",", "")
		v, err := calc.ParseDecimal(text)
		if err != nil {
			t.Fatalf("row %d: axis label %q: %v", y, r[:i], err)
		}
		ticks[y] = calc.Cents(v)
	}
	return ticks
}

// TestChartAxisLabelsSayWhatTheirRowStandsFor: a row y of n stands for
// top × (n−1−y) / (n−1) (row 0 the top of the scale, row n−1 $0); each
// label must be that amount exactly.
//
// cashOnlyYAML's largest total is the concierge's $1,760, so the scale
// tops at $2,000 (the nice ceilings: $1,000, $1,500, $2,000).
//   - 9 rows asked: 9 drawn; $2,000 on row 0, $1,000 on row 4
//     (2,000 × 4/8 = 1,000), $0 on row 8.
//   - 8 rows asked: 8 rows cannot hold a middle row worth exactly $1,000
//     (2,000 × 4/7 = $1,142.86 on row 3, × 3/7 = $857.14 on row 4), so
//     the chart draws 7: $2,000 on row 0, $1,000 on row 3
//     (2,000 × 3/6 = 1,000), $0 on row 6.
//   - 6 asked: 5 drawn; $1,000 on row 2 (2,000 × 2/4).
//
// The in-network line ends at 10 × $100 = $1,000: its label beside the
// plot is on the $1,000 row (the other two end higher, on rows 0 and 1).
func TestChartAxisLabelsSayWhatTheirRowStandsFor(t *testing.T) {
	tests := []struct {
		askRows, rows int
		want          map[int]calc.Cents
	}{
		{9, 9, map[int]calc.Cents{0: calc.Dollars(2000), 4: calc.Dollars(1000), 8: 0}},
		{8, 7, map[int]calc.Cents{0: calc.Dollars(2000), 3: calc.Dollars(1000), 6: 0}},
		{6, 5, map[int]calc.Cents{0: calc.Dollars(2000), 2: calc.Dollars(1000), 4: 0}},
	}
	for _, tt := range tests {
		rows := plotRows(t, chartOf(t, cashOnlyYAML, 100, tt.askRows))
		if len(rows) != tt.rows {
			t.Errorf("%d rows asked: %d drawn, want %d", tt.askRows, len(rows), tt.rows)
			continue
		}
		got := axisTicks(t, rows)
		if len(got) != len(tt.want) {
			t.Errorf("%d rows: labels %v, want %v", tt.askRows, got, tt.want)
		}
		for y, v := range tt.want {
			if got[y] != v {
				t.Errorf("%d rows: row %d labelled %v, want %v", tt.askRows, y, got[y], v)
			}
		}
		for y, r := range rows {
			if strings.Contains(r, "in-network $1,000.00") && got[y] != calc.Dollars(1000) {
				t.Errorf("%d rows: the in-network line ends at $1,000 on row %d, labelled %v", tt.askRows, y, got[y])
			}
		}
	}
	// every size the dashboard draws: each label is exactly its row's amount
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {200, 50}, {120, 33}} {
		m, _ := opened(t, "cash.yaml", cashOnlyYAML, size[0], size[1])
		rows := plotRows(t, strings.Split(bodyText(m), "\n"))
		ticks := axisTicks(t, rows)
		top, n := ticks[0], calc.Cents(len(rows)-1)
		for y, v := range ticks {
			if steps := n - calc.Cents(y); top*steps%n != 0 || top*steps/n != v {
				t.Errorf("%v: row %d of %d labelled %v, stands for %v×%d/%d", size, y, len(rows), v, top, steps, n)
			}
		}
		if len(ticks) < 2 {
			t.Errorf("%v: %d axis labels", size, len(ticks))
		}
	}
}

// TestChartSubtitleSaysHowMoneyBackIsCounted: the line is the running total
// of each visit's out of pocket, money back already taken off at the visit
// it is for, not when it arrives. everyMarkYAML's out-of-network option
// pays 20 × $150 = $3,000 upfront and gets 13 × 60 % × $100 = $780 back;
// its line ends at 3,000 − 780 = $2,220 (750 + 13 × 90 + 2 × 150), the
// same at every width.
func TestChartSubtitleSaysHowMoneyBackIsCounted(t *testing.T) {
	for _, w := range []int{120, 80, 60} {
		m, _ := opened(t, "marks.yaml", everyMarkYAML, w, 40)
		body := bodyText(m)
		text := flat(body)
		if !strings.Contains(text, "Paid out of pocket by visit (running total; money back taken off at its visit)") {
			t.Errorf("%d wide: the subtitle does not say money back is taken off at its visit:\n%s", w, body)
		}
		if strings.Contains(text, "when it comes") {
			t.Errorf("%d wide: the subtitle still says money back is counted when it comes", w)
		}
		if !strings.Contains(body, "o out-of-network $2,220.00") {
			t.Errorf("%d wide: the out-of-network line does not end at $2,220.00:\n%s", w, body)
		}
		for _, l := range strings.Split(body, "\n") {
			if n := len([]rune(l)); strings.Contains(l, "running total") && n > w {
				t.Errorf("%d wide: the subtitle is %d wide", w, n)
			}
		}
	}
}

// TestChartBelowZero: a fixed indemnity policy that pays more than a visit
// costs makes the running total negative, which once indexed the plot
// out of its rows and ended the program (a panic in Update). In network: a
// $20 copay, the policy pays $100 a visit whatever is owed: each visit
// 20 − 100 = −$80, so the running total runs −$80 … −$800 (net −$800 +
// 12 × $10 premiums = −$680). Out of network: no benefits, $120 − $100 =
// $20 a visit, $200 by visit 10; the concierge 8 × ($200 − $100) = $800.
// The scale tops at $800 (nice ceilings … $600, $800); what is below $0 is
// drawn on the $0 row.
func TestChartBelowZero(t *testing.T) {
	const yaml = `version: 1
name: Indemnity gain
plan:
  type: ppo
  in_network: { deductible: 0, copay: 20, oop_max: 5000 }
  out_of_network: { covered: false }
care:
  visits: 10
  in_network: { charge: 100, allowed: 100 }
  out_of_network: { cash_rate: 120 }
  concierge: { fee: 200, visits: 8 }
supplemental: { kind: indemnity, premium_monthly: 10, per_visit: 100, max_visits: 10, basis: fixed }
`
	m, _ := opened(t, "gain.yaml", yaml, 100, 40)
	if got := dashOf(m).result.Options[0].NetCost; got != calc.Dollars(-680) {
		t.Fatalf("in-network net %v, want −$680.00", got)
	}
	rows := plotRows(t, strings.Split(bodyText(m), "\n"))
	last := rows[len(rows)-1]
	if ticks := axisTicks(t, rows); ticks[0] != calc.Dollars(800) {
		t.Errorf("the scale tops at %v, want $800", ticks[0])
	}
	if !strings.HasPrefix(strings.TrimSpace(last), "$0 ┤") || !strings.Contains(last, "**********") || !strings.Contains(last, "* in-network -$800.00") {
		t.Errorf("the in-network line is not on the $0 row:\n%s", strings.Join(rows, "\n"))
	}
}
