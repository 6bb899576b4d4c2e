package tui

import (
	"slices"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
	"github.com/charmbracelet/lipgloss"
)

// The charts are drawn as text, cell by cell, rather than with ntcharts:
// its line chart draws in braille, where three lines through the same cells
// merge and, without colour, look alike (docs/spec/library-notes.md). Here each
// option's line has its own glyph, so the chart reads the same with
// NO_COLOR; markers are letters; every fact is also stated in words below.
// Drawing happens in Update (on a new estimate or size), never in View.

// seriesGlyph tells the options' lines apart without colour.
var seriesGlyph = [3]rune{'*', 'o', '+'}

// barChart draws the net yearly cost of each option as a bar, with its
// label, value and difference from the cheapest beside it.
func barChart(st *theme.Styles, r *calc.Result, width int) []string {
	labelW := 0
	for i := range r.Options {
		labelW = max(labelW, len(r.Options[i].ID.Label()))
	}
	amountW := 0
	for i := range r.Options {
		amountW = max(amountW, len(r.Options[i].NetCost.String()))
	}
	values := [3]string{}
	valueW := 0
	for i := range r.Options {
		o := &r.Options[i]
		v := text.PadLeft(o.NetCost.String(), amountW)
		switch more := report.MoreThanCheapest(r, o.ID); {
		case o.ID == r.Cheapest:
			v += "  lowest"
		case more == 0:
			v += "  same"
		default:
			v += "  +" + more.String()
		}
		values[i] = v
		valueW = max(valueW, len(v))
	}
	if width < labelW+valueW+8 { // too narrow for labels beside: short ones
		labelW = len("out-of-network")
	}
	barW := max(4, width-labelW-valueW-4)
	var top calc.Cents
	for i := range r.Options {
		top = max(top, r.Options[i].NetCost)
	}
	lines := []string{st.Subtitle.Render("Net yearly cost") + st.Muted.Render(" (out of pocket + policy premiums − tax savings)")}
	for i := range r.Options {
		o := &r.Options[i]
		label := o.ID.Label()
		if len(label) > labelW {
			label = shortLabel(i)
		}
		n := 0
		if top > 0 && o.NetCost > 0 {
			// a bar's length is the cost's share of the widest, rounded to the
			// nearest cell; at least one cell for any cost above zero
			n = max(1, int((int64(o.NetCost)*int64(barW)+int64(top)/2)/int64(top)))
		}
		bar := st.Series[i].Render(strings.Repeat("█", n))
		line := text.PadRight(label, labelW) + "  " + bar + strings.Repeat(" ", barW-n) + "  " + values[i]
		lines = append(lines, text.Fit(line, width))
	}
	return lines
}

// chartCell is one cell of a line chart: a glyph and the option that drew
// it (−1 for none).
type chartCell struct {
	r     rune
	owner int8
}

// linePlot is a chart of the three options' lines drawn as text: point k of
// series[i] is option i's amount at x = x0 + k. Each line ends at its last
// point, labelled there with endLabels[i]; marks are letters drawn over
// every line. The vertical scale runs from $0 to a round figure at or above
// the largest amount.
type linePlot struct {
	series    [3][]calc.Cents
	x0, xMax  int
	endLabels [3]string
	// marks are drawn in order once every line is: a later mark takes the
	// cell of an earlier one.
	marks []plotMark
	// first are the x values numbered under the axis before the regular
	// ones (every step from x0, and xMax), so they are never crowded out.
	first []int
	// unit names x after the numbers: "visit".
	unit string
}

// plotMark is a letter on option's line at its point k.
type plotMark struct {
	r         rune
	option, k int
}

// draw returns the plot's rows, its horizontal axis and the numbers under
// it, plotH rows high (one fewer when that is even) and width cells wide,
// and the mark letters it shows; ok is false when there is no room to
// draw, or nothing to draw.
func (p *linePlot) draw(st *theme.Styles, width, plotH int) (lines []string, shown []rune, ok bool) {
	var peak calc.Cents
	for i := range p.series {
		for _, v := range p.series[i] {
			peak = max(peak, v)
		}
	}
	top := niceCeiling(peak)
	axisLabels := [3]string{dollarsTick(top), dollarsTick(top / 2), "$0"}
	axisW := 0
	for _, a := range axisLabels {
		axisW = max(axisW, len(a))
	}
	labelW := 0
	for _, l := range p.endLabels {
		labelW = max(labelW, len(l))
	}
	plotW := width - axisW - 2 - 1 - labelW
	// An odd number of rows has a middle row worth exactly half the top of
	// the scale (row y of n stands for top × (n−1−y)/(n−1)), so every
	// labelled row says what it stands for: one row fewer than asked when
	// the count is even.
	if plotH%2 == 0 {
		plotH--
	}
	if plotW < 10 || plotH < 3 || p.xMax < p.x0 {
		return nil, nil, false
	}

	grid := make([][]chartCell, plotH)
	for y := range grid {
		grid[y] = make([]chartCell, plotW)
		for x := range grid[y] {
			grid[y][x] = chartCell{' ', -1}
		}
	}
	col := func(x int) int { // x0 at the left edge, xMax at the right
		if p.xMax <= p.x0 {
			return 0
		}
		return (x - p.x0) * (plotW - 1) / (p.xMax - p.x0)
	}
	row := func(v calc.Cents) int { // from the top; $0 (and below) on the bottom row
		if top <= 0 {
			return plotH - 1
		}
		up := int((int64(v)*int64(plotH-1) + int64(top)/2) / int64(top))
		return plotH - 1 - min(max(up, 0), plotH-1)
	}
	endRow := [3]int{}
	for i := range p.series {
		pts := p.series[i]
		if len(pts) == 0 {
			endRow[i] = -1
			continue
		}
		prevX, prevY := col(p.x0), row(pts[0])
		grid[prevY][prevX] = chartCell{seriesGlyph[i], int8(i)}
		for k := 1; k < len(pts); k++ {
			x, y := col(p.x0+k), row(pts[k])
			for cx := prevX + 1; cx <= x; cx++ {
				// the straight line between the two points, cell by cell,
				// with each column filled down to where the last one stood
				cy := prevY + (y-prevY)*(cx-prevX)/(x-prevX)
				lastY := prevY + (y-prevY)*(cx-1-prevX)/(x-prevX)
				lo, hi := min(cy, lastY), max(cy, lastY)
				if hi-lo > 1 {
					if cy < lastY {
						lo++
					} else {
						hi--
					}
				}
				for yy := lo; yy <= hi; yy++ {
					grid[yy][cx] = chartCell{seriesGlyph[i], int8(i)}
				}
			}
			prevX, prevY = x, y
		}
		endRow[i] = prevY
	}
	for _, m := range p.marks {
		if pts := p.series[m.option]; m.k >= 0 && m.k < len(pts) {
			grid[row(pts[m.k])][col(p.x0+m.k)] = chartCell{m.r, int8(m.option)}
		}
	}
	for _, m := range p.marks {
		if !slices.Contains(shown, m.r) && slices.ContainsFunc(grid, func(cells []chartCell) bool {
			return slices.ContainsFunc(cells, func(c chartCell) bool { return c.r == m.r })
		}) {
			shown = append(shown, m.r)
		}
	}

	// each line's label beside the plot, on its last row, moved to the
	// nearest free row when two lines end on the same one
	labelAt := make([]int, plotH)
	for y := range labelAt {
		labelAt[y] = -1
	}
	for i := range p.series {
		y := endRow[i]
		if y < 0 {
			continue
		}
		for d := 0; d < plotH; d++ {
			if y-d >= 0 && labelAt[y-d] < 0 {
				labelAt[y-d] = i
				break
			}
			if y+d < plotH && labelAt[y+d] < 0 {
				labelAt[y+d] = i
				break
			}
		}
	}

	for y := 0; y < plotH; y++ {
		var b strings.Builder
		axis := ""
		switch y {
		case 0:
			axis = axisLabels[0]
		case (plotH - 1) / 2:
			if plotH >= 5 {
				axis = axisLabels[1]
			}
		case plotH - 1:
			axis = axisLabels[2]
		}
		b.WriteString(text.PadLeft(axis, axisW))
		if axis != "" {
			b.WriteString(" ┤")
		} else {
			b.WriteString(" │")
		}
		for x := 0; x < plotW; {
			owner := grid[y][x].owner
			var seg strings.Builder
			for ; x < plotW && grid[y][x].owner == owner; x++ {
				seg.WriteRune(grid[y][x].r)
			}
			if owner >= 0 {
				b.WriteString(st.Series[owner].Render(seg.String()))
			} else {
				b.WriteString(seg.String())
			}
		}
		if i := labelAt[y]; i >= 0 {
			b.WriteString(" " + st.Series[i].Render(p.endLabels[i]))
		}
		lines = append(lines, b.String())
	}
	// the horizontal axis: the numbers under their columns, the first ones
	// first, then every step from x0 and xMax, left to right, each where it
	// does not touch one already placed
	lines = append(lines, strings.Repeat(" ", axisW+1)+"└"+strings.Repeat("─", plotW))
	ticks := []rune(strings.Repeat(" ", plotW+8))
	step := visitTickStep(p.xMax-p.x0+1, plotW)
	place := func(v int) {
		label := itoa(v)
		x := col(v)
		if v == p.xMax {
			x = max(0, x-len(label)+1)
		}
		for j := x - 1; j <= x+len(label) && j < len(ticks); j++ {
			if j >= 0 && ticks[j] != ' ' {
				return
			}
		}
		copy(ticks[x:], []rune(label))
	}
	for _, v := range p.first {
		if v >= p.x0 && v <= p.xMax {
			place(v)
		}
	}
	for v := p.x0; v <= p.xMax; v++ {
		if v == p.x0 || v%step == 0 || v == p.xMax {
			place(v)
		}
	}
	lines = append(lines, strings.Repeat(" ", axisW+2)+strings.TrimRight(string(ticks), " ")+"  "+p.unit)
	return lines, shown, true
}

// cumulativeChart draws what the patient has paid out of pocket by each
// visit (report.Cumulative), one line an option, each ending at its own
// last visit and labelled there, with the new plan year (R), deductible-met
// (D), out-of-pocket maximum (M) and visit-limit (L) points marked; then
// the same facts and the break-even visits in words. cum holds the running
// totals.
func cumulativeChart(st *theme.Styles, s *calc.Scenario, r *calc.Result, cum *[3][]calc.Cents, crossings []report.Crossing, width, plotH int) []string {
	// Each point is what the visits so far finally cost: a visit's money
	// back is taken off at that visit (report.Cumulative), not when it
	// arrives. The note goes under the title when both do not fit.
	const title, note = "Paid out of pocket by visit", "(running total; money back taken off at its visit)"
	lines := []string{st.Subtitle.Render(title) + st.Muted.Render(" "+note)}
	if len(title)+1+len(note) > width {
		lines = append([]string{st.Subtitle.Render(title)}, theme.Lines(st.Muted, "", text.Wrap(note, width))...)
	}

	p := linePlot{x0: 1, unit: "visit"}
	for i := range r.Options {
		cum[i] = report.Cumulative(cum[i][:0], &r.Options[i])
		p.series[i] = cum[i]
		p.xMax = max(p.xMax, len(cum[i]))
		p.endLabels[i] = string(seriesGlyph[i]) + " " + shortLabel(i) + " " + r.Options[i].OutOfPocket.String()
	}
	// Two marks in one cell: the later event of the year wins (L over M
	// over D, and each over R, the new plan year, which a D or M at the
	// same visit belongs to), so the letters go down in that order; for the
	// same letter, the earlier option in report order keeps the cell (its
	// colour). The text below states every mark.
	for _, letter := range []rune{'R', 'D', 'M', 'L'} {
		for i := len(r.Options) - 1; i >= 0; i-- {
			o := &r.Options[i]
			if !o.FilesClaims {
				continue
			}
			var m calc.OptionalVisit
			switch letter {
			case 'R':
				m = o.ResetAtVisit
			case 'D':
				m = o.DeductibleMetAtVisit
			case 'M':
				m = o.OOPMaxMetAtVisit
			case 'L':
				if !s.Plan.VisitLimit.Set {
					continue
				}
				m = o.FirstUncoveredVisit
			}
			if m.Set && m.Value >= 1 {
				p.marks = append(p.marks, plotMark{letter, i, m.Value - 1})
			}
		}
	}
	plot, shownLetters, ok := p.draw(st, width, plotH)
	var shown markerSet
	for _, l := range shownLetters {
		shown.add(l)
	}
	if !ok {
		lines = append(lines, st.Muted.Render("(too narrow to draw: widen the window)"))
	}
	lines = append(lines, plot...)
	return append(lines, chartFacts(st, s, r, crossings, shown, width)...)
}

// markerSet records which marker letters the plot shows.
type markerSet struct{ r, d, m, l bool }

func (ms *markerSet) add(r rune) {
	switch r {
	case 'R':
		ms.r = true
	case 'D':
		ms.d = true
	case 'M':
		ms.m = true
	case 'L':
		ms.l = true
	}
}

// chartFacts states in words what the chart shows: the legend, the key of
// the marker letters the plot shows, where each option meets its
// deductible and maximum and passes the visit limit, the break-even
// visits, and the yearly amounts the chart leaves out.
func chartFacts(st *theme.Styles, s *calc.Scenario, r *calc.Result, crossings []report.Crossing, shown markerSet, width int) []string {
	lines := []string{legendLine(st, width)}
	if key := markerKey(shown); key != "" {
		lines = append(lines, st.Muted.Render(text.Fit(key, width)))
	}
	for i := range r.Options {
		o := &r.Options[i]
		var facts []string
		if o.FilesClaims && len(o.PlanYears) > 1 {
			facts = planYearFacts(s, o)
		} else if o.FilesClaims {
			if f := markerFact(o.DeductibleMetAtVisit, "deductible met"); f != "" {
				facts = append(facts, f)
			} else if report.DeductibleSkipped(s, o) {
				facts = append(facts, "therapy skips the deductible") // never met: never charged
			} else {
				facts = append(facts, "deductible not met by its last visit")
			}
			if f := markerFact(o.OOPMaxMetAtVisit, "out-of-pocket maximum met"); f != "" {
				facts = append(facts, f)
			}
			if s.Plan.VisitLimit.Set && o.FirstUncoveredVisit.Set {
				facts = append(facts, "visit "+itoa(o.FirstUncoveredVisit.Value)+" is past the plan's visit limit")
			}
			if o.ResetAtVisit.Set {
				facts = append(facts, "a new plan year from visit "+itoa(o.ResetAtVisit.Value))
			}
		} else {
			facts = append(facts, "no claims filed with the plan")
		}
		if len(facts) > 0 {
			lines = append(lines, text.Wrap(o.ID.Label()+": "+strings.Join(facts, "; ")+".", width)...)
		}
	}
	if len(crossings) == 0 {
		lines = append(lines, text.Wrap("Break-even: none — no two lines cross, so the order of the options never changes from one visit to the next.", width)...)
	}
	for _, c := range crossings {
		lines = append(lines, st.Bold.Render("Break-even: ")+lipgloss.JoinVertical(lipgloss.Left, text.Wrap(c.String(), width-12)...))
	}
	var yearly []string
	if r.Options[0].Premiums > 0 {
		yearly = append(yearly, "policy premiums "+r.Options[0].Premiums.String())
	}
	for i := range r.Options {
		if t := r.Options[i].TaxSavings; t > 0 {
			yearly = append(yearly, "tax savings "+shortLabel(i)+" "+t.String())
		}
	}
	if len(yearly) > 0 {
		lines = append(lines, text.Wrap("Yearly, not in the chart: "+strings.Join(yearly, "; ")+".", width)...)
	}
	return lines
}

// markerKey explains the marker letters the plot shows.
func markerKey(shown markerSet) string {
	var parts []string
	if shown.r {
		parts = append(parts, "R new plan year")
	}
	if shown.d {
		parts = append(parts, "D deductible met")
	}
	if shown.m {
		parts = append(parts, "M out-of-pocket maximum met")
	}
	if shown.l {
		parts = append(parts, "L first visit past the visit limit")
	}
	return strings.Join(parts, " · ")
}

// planYearFacts are chartFacts' words for an option whose visits cross
// the plan-year reset, plan year by plan year: the option's markers name
// the first time across the episode (docs/cost-rules.md), so "deductible
// met already" alone would say it of the new plan year too, where the
// deductible and the maximum start again.
func planYearFacts(s *calc.Scenario, o *calc.Option) []string {
	first := o.PlanYears[0]
	var facts []string
	if !first.FilesClaims { // no plan (or no benefits) until the reset
		facts = append(facts, "no claims in the first plan year")
	} else if f := yearMarker(first.DeductibleMetAtVisit, first.FirstVisit, "deductible met"); f != "" {
		facts = append(facts, f)
	} else if report.SkipsDeductible(report.PlanOfYear(s, o, &first), o.ID) {
		facts = append(facts, "therapy skips the deductible")
	} else {
		facts = append(facts, "deductible not met in the first plan year")
	}
	if f := yearMarker(first.OOPMaxMetAtVisit, first.FirstVisit, "out-of-pocket maximum met"); f != "" && first.FilesClaims {
		facts = append(facts, f)
	}
	if s.Plan.VisitLimit.Set && o.FirstUncoveredVisit.Set {
		facts = append(facts, "visit "+itoa(o.FirstUncoveredVisit.Value)+" is past the plan's visit limit")
	}
	for k, py := range o.PlanYears[1:] {
		ded := yearMarker(py.DeductibleMetAtVisit, py.FirstVisit, "its deductible met")
		if !py.FilesClaims { // no plan (or no benefits) from the reset
			ded = "no claims"
		} else if ded == "" && report.SkipsDeductible(report.PlanOfYear(s, o, &py), o.ID) {
			ded = "therapy skips its deductible"
		} else if ded == "" {
			ded = "its deductible not met by the last visit"
			if k+2 < len(o.PlanYears) {
				ded = "its deductible not met in that plan year"
			}
		}
		if oop := yearMarker(py.OOPMaxMetAtVisit, py.FirstVisit, "its out-of-pocket maximum met"); oop != "" {
			ded += ", " + oop
		}
		lead := "a new plan year"
		if k > 0 {
			lead = "another"
		}
		facts = append(facts, lead+" from visit "+itoa(py.FirstVisit)+" ("+ded+")")
	}
	return facts
}

// yearMarker is markerFact for one plan year, whose marker stands before
// its first visit when already met as the year begins.
func yearMarker(m calc.OptionalVisit, firstVisit int, what string) string {
	switch {
	case !m.Set:
		return ""
	case m.Value < firstVisit:
		return what + " already"
	}
	return what + " at visit " + itoa(m.Value)
}

// markerFact is "deductible met at visit 4", "deductible met already", or
// "" when never.
func markerFact(m calc.OptionalVisit, what string) string {
	switch {
	case !m.Set:
		return ""
	case m.Value == 0:
		return what + " already"
	}
	return what + " at visit " + itoa(m.Value)
}

// niceCeiling is the top of the chart's scale: the smallest of 1, 1.5, 2,
// 2.5, 3, 4, 5, 6 and 8 times a power of ten dollars at or above c.
// Integer cents only.
func niceCeiling(c calc.Cents) calc.Cents {
	if c <= 0 {
		return calc.Dollars(100)
	}
	for unit := calc.Cents(100); ; unit *= 10 {
		for _, tenths := range []calc.Cents{10, 15, 20, 25, 30, 40, 50, 60, 80} {
			if v := unit * tenths / 10; v >= c {
				return v
			}
		}
	}
}

// dollarsTick is an axis figure: whole dollars without cents.
func dollarsTick(c calc.Cents) string {
	return strings.TrimSuffix(c.String(), ".00")
}

// visitTickStep is how many visits apart the axis numbers stand.
func visitTickStep(maxVisits, plotW int) int {
	for _, step := range []int{1, 2, 5, 10, 20, 50, 100} {
		// a number every step visits needs about 4 cells each
		if maxVisits/step*4 <= plotW {
			return step
		}
	}
	return 100
}
