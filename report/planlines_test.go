package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/calc"
)

// PlanTableLines at the command line's 78 columns is PlanTable between its
// title and its closing sentence: the two share one layout.
func TestPlanTableLinesAre78ColumnsOfTheTable(t *testing.T) {
	m := comparePlans(t, ranged(calc.VisitRange{Fewest: 10, Likely: 20, Most: 30}, copayPPO(), cashPlan("Cash only", 10000))...)
	var table bytes.Buffer
	if err := PlanTable(&table, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	body := strings.Join(PlanTableLines(m, proseWidth, PlanStyles{}), "\n")
	if !strings.Contains(table.String(), "\n\n"+body+"\n\n") {
		t.Errorf("the table:\n%s\ndoes not hold the lines:\n%s", table.String(), body)
	}
}

// Wider, the label column grows to the longest plan name, which is then
// whole; narrower, the cells shrink to 15 before the label does, and every
// line keeps to the width; at 78 the label stays 24 columns.
func TestPlanTableLinesFollowTheWidth(t *testing.T) {
	long := copayPPO()
	long.Name = "Typical high-deductible plan (HDHP)" // 35 cells
	m := comparePlans(t, ranged(calc.VisitRange{Fewest: 10, Likely: 20, Most: 30}, long, cashPlan("Cash only", 10000))...)
	st := PlanStyles{Bold: lipgloss.NewStyle(), Good: lipgloss.NewStyle(), Faint: lipgloss.NewStyle()}
	// the first plan's row, each cell right-aligned in its column: its
	// label, then " " and the amount padded to the cell's width
	cells := func(cw int) string {
		pad := func(s string) string { return " " + strings.Repeat(" ", cw-len(s)) + s }
		return pad("$2,200.00") + pad("$3,800.00") + pad("$3,500.00")
	}
	for _, tt := range []struct {
		width int
		row   string
	}{
		{78, "Typical high-deductible…" + cells(17)},             // 24 + 3 × 18 = 78
		{100, "Typical high-deductible plan (HDHP)" + cells(17)}, // the name whole: 35 + 54 = 89
		{120, "Typical high-deductible plan (HDHP)" + cells(17)}, // no wider than the longest name
		{60, "Typical hig…" + cells(15)},                         // 60 − 3 × (15 + 1) = 12
	} {
		lines := PlanTableLines(m, tt.width, st)
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > tt.width {
				t.Errorf("%d columns: a line of %d: %q", tt.width, w, l)
			}
		}
		if len(lines) < 4 || lines[1] != tt.row {
			t.Errorf("%d columns: the first row\n%q, want\n%q", tt.width, lines[1], tt.row)
			continue
		}
		// the heading's columns and the percentile lines' end where the row's do
		for _, l := range []string{lines[0], lines[3]} {
			if ansi.StringWidth(strings.TrimRight(l, " ")) != ansi.StringWidth(tt.row) {
				t.Errorf("%d columns: %q is not aligned with %q", tt.width, l, tt.row)
			}
		}
	}
}
