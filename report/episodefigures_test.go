package report

import (
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
)

// The figures a screen lays out itself are the table's rows, cell for cell.
// resetScenario and rangeScenario are worked by hand in episode_test.go;
// the figures below repeat a few of those hand-worked cells.
func TestEpisodeFiguresAreTheTables(t *testing.T) {
	c := Compare(resetScenario(), nil, time.Time{})
	dated := c.DatedFigures()
	want := []string{
		// visit 4 (Jan 3) opens plan year 2 in and out of network; the
		// concierge's two sessions (Dec 24, 31) stay in 2026
		"New plan year from=visit 4|visit 4|none",
		"on=3 Jan 2027|3 Jan 2027|-",
		// in network 100 + 100 + 20 = $220 in 2026, $100 in 2027
		"Out of pocket 2026=$220.00|$270.00|$400.00",
		"Out of pocket 2027=$100.00|$90.00|no visits",
		"Most cash out at once=$320.00|$600.00|$400.00",
	}
	var got []string
	for _, f := range dated {
		got = append(got, strings.TrimSpace(f.Label)+"="+strings.Join(f.Cells[:], "|"))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("dated figures lack %q:\n%s", w, strings.Join(got, "\n"))
		}
	}
	// every row the table shows, in its order
	table := tableOf(t, resetScenario())
	for _, f := range dated {
		if cs := cellsOf(table, "Dates and the plan-year reset", strings.TrimSpace(f.Label)); strings.TrimSpace(f.Label) != "on" && strings.Join(cs, "|") != strings.Join(f.Cells[:], "|") {
			t.Errorf("%q: figures %q, the table %q", f.Label, f.Cells, cs)
		}
	}

	// Months: in network Dec $220, Jan $100; out of network Dec $450 out,
	// Jan $150 out and $180 back, Feb $60 back; the concierge Dec $400.
	ms := c.Months()
	if len(ms) != 3 || ms[0].Label != "Dec 2026" || ms[2].Label != "Feb 2027" {
		t.Fatalf("months %+v", ms)
	}
	if ms[0].Out != [3]calc.Cents{22000, 45000, 40000} || ms[1].Out != [3]calc.Cents{10000, 15000, 0} ||
		ms[1].Back != [3]calc.Cents{0, 18000, 0} || ms[2].Back != [3]calc.Cents{0, 6000, 0} {
		t.Errorf("months %+v", ms)
	}
	if MonthCell(ms[2].Back[1], ms[2].Has[1]) != "$60.00" || MonthCell(ms[2].Out[1], ms[2].Has[1]) != "-" {
		t.Errorf("month cells %q %q", MonthCell(ms[2].Back[1], ms[2].Has[1]), MonthCell(ms[2].Out[1], ms[2].Has[1]))
	}

	// The range: rangeScenario's chances 2/15, 6/15, 7/15.
	r := Compare(rangeScenario(), nil, time.Time{})
	rf := r.RangeFigures()
	if last := rf[len(rf)-1]; last.Label != "Chance it is cheapest" || strings.Join(last.Cells[:], "|") != "13.33 %|40 %|46.67 %" {
		t.Errorf("last range row %+v", last)
	}
	// each count's costs (docs/cost-rules.md's range example): in network
	// min(100 n, 250), out of network 60 n, the concierge 90 × its scaled
	// count round_half_up(n / 2)
	rr, _ := r.RangeResult()
	for n, want := range map[int][3]calc.Cents{2: {20000, 12000, 9000}, 3: {25000, 18000, 18000}, 5: {25000, 30000, 27000}} {
		var got [3]calc.Cents
		for _, at := range rr.Counts {
			if at.Visits == n {
				for i := range got {
					got[i] = at.Options[i].NetCost
				}
			}
		}
		if got != want {
			t.Errorf("net costs at %d: %v, want %v", n, got, want)
		}
	}

	// evaluationScenario (episode_test.go): the in-network evaluation's
	// $200 allowed goes all to the $250 deductible; out of network the
	// evaluation's $250 cash; the concierge prices it as any session, $120
	ev := Compare(evaluationScenario(), nil, time.Time{}).EvaluationFigures()
	if len(ev) == 0 || ev[0].Label != "First visit: you pay" || ev[0].Cells != [3]string{"$200.00", "$250.00", "$120.00"} {
		t.Errorf("evaluation figures %+v", ev)
	}

	// Without dates, a range or an evaluation there are none.
	u := Compare(noneScenario(), nil, time.Time{})
	if u.DatedFigures() != nil || u.RangeFigures() != nil || u.Months() != nil || u.EvaluationFigures() != nil {
		t.Error("figures for a scenario without dates or a range")
	}
}
