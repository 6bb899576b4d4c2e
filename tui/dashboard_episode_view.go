package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// episodeLines are a real episode's sections of the dashboard, under the
// cards: an evaluation priced apart, the dates and the plan-year reset,
// then what a range of visits means for the choice. Each is drawn only when the scenario has it, so a
// scenario without dates or a range shows the dashboard it always did.
func (d *dashboard) episodeLines(w, bodyH int) []string {
	st := &d.styles
	e := &d.ep
	var lines []string
	if e.evaluation != "" {
		lines = append(lines, st.Subtitle.Render("The first visit: an evaluation"))
		lines = append(lines, text.Wrap(e.evaluation, w)...)
		lines = append(lines, figureTable(st, e.evaluationFigures, w)...)
		lines = append(lines, "")
	}
	if len(e.dated) > 0 {
		lines = append(lines, st.Subtitle.Render("Dates and the plan-year reset"))
		lines = append(lines, text.Wrap(strings.Join(e.dates, " "), w)...)
		lines = append(lines, figureTable(st, e.dated, w)...)
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("m shows the money out and back by month; < and > start the visits a week earlier or later.", w))...)
		lines = append(lines, "")
	}
	if e.hasRange {
		lines = append(lines, st.Subtitle.Render("If the number of visits is not known"))
		// RangeSentences: the range (and the scaled counts), where the
		// cheapest changes, the distribution
		n := len(e.rangeText)
		lines = append(lines, text.Wrap(strings.Join(e.rangeText[:n-2], " "), w)...)
		lines = append(lines, theme.Lines(st.Bold, "", text.Wrap(e.rangeText[n-2], w))...)
		// the chart with its title, axis, numbers, legend and key fills a
		// page of the body
		lines = append(lines, rangeChart(st, e, w, min(max(bodyH-7, 7), 15))...)
		lines = append(lines, figureTable(st, e.ranged, w)...)
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap(e.rangeText[n-1], w))...)
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("{ and } move the range a visit lower or higher; ( and ) make it narrower or wider.", w))...)
		lines = append(lines, "")
	}
	return lines
}

// rangeChart draws each option's net cost against the number of visits,
// from the fewest to the most, with an X on the line that becomes the
// cheapest at each count where the cheapest option changes; the fewest and
// the most, the counts of the changes and the likeliest are numbered first
// under the axis, in that order.
func rangeChart(st *theme.Styles, e *episode, width, plotH int) []string {
	const title, note = "Net cost by the number of visits", "(every count from the fewest to the most)"
	lines := []string{st.Subtitle.Render(title) + st.Muted.Render(" "+note)}
	if len(title)+1+len(note) > width {
		lines = append([]string{st.Subtitle.Render(title)}, theme.Lines(st.Muted, "", text.Wrap(note, width))...)
	}
	v := e.rng.Range
	p := linePlot{x0: v.Fewest, xMax: v.Most, unit: "visits"}
	for i := range e.curve {
		p.series[i] = e.curve[i]
		if n := len(e.curve[i]); n > 0 {
			p.endLabels[i] = string(seriesGlyph[i]) + " " + shortLabel(i) + " " + e.curve[i][n-1].String()
		}
	}
	// the axis's ends first, so it is read from where it starts, then
	// the changes and the likeliest count
	p.first = []int{v.Fewest, v.Most}
	for _, ch := range e.rng.Changes {
		p.marks = append(p.marks, plotMark{'X', optionIndex(ch.To), ch.Visits - v.Fewest})
		p.first = append(p.first, ch.Visits)
	}
	p.first = append(p.first, v.Likely)
	plot, shown, ok := p.draw(st, width, plotH)
	if !ok {
		lines = append(lines, st.Muted.Render("(too narrow to draw: widen the window)"))
	}
	lines = append(lines, plot...)
	lines = append(lines, legendLine(st, width))
	if len(shown) > 0 {
		lines = append(lines, st.Muted.Render(text.Fit("X the cheapest option changes there; likeliest: "+visitsText(v.Likely), width)))
	} else {
		lines = append(lines, st.Muted.Render(text.Fit("Likeliest: "+visitsText(v.Likely), width)))
	}
	return lines
}

// visitsText is "1 visit", "18 visits".
func visitsText(n int) string {
	if n == 1 {
		return "1 visit"
	}
	return itoa(n) + " visits"
}

// optionIndex is id's place in calc.OptionIDs.
func optionIndex(id calc.OptionID) int {
	for i, x := range calc.OptionIDs {
		if x == id {
			return i
		}
	}
	return 0
}

// legendLine names each option's line by its glyph and colour.
func legendLine(st *theme.Styles, width int) string {
	legend := ""
	for i, id := range calc.OptionIDs {
		legend += st.Series[i].Render(string(seriesGlyph[i])+" "+id.Label()) + "   "
	}
	return text.Fit(strings.TrimRight(legend, " "), width)
}

// figureLabelW and figureColumnW are the table's label and column widths
// (report/table.go): the dashboard lays report's rows out the same way
// when it has the room.
const (
	figureLabelW  = 24
	figureColumnW = 17
)

// figureTable lays out rows of figures by option: under the options' names
// as the table does when the window is wide enough, else option by option.
func figureTable(st *theme.Styles, rows []report.Figures, w int) []string {
	labelW, cellW := 0, 0
	for _, r := range rows {
		labelW = max(labelW, lipgloss.Width(r.Label))
		for _, c := range r.Cells {
			cellW = max(cellW, lipgloss.Width(c))
		}
	}
	heads := [3]string{}
	for i := range heads {
		heads[i] = text.Capitalize(shortLabel(i))
		cellW = max(cellW, len(heads[i]))
	}
	labelW = max(labelW, min(figureLabelW, w-3*(1+cellW)))
	colW := min(figureColumnW, (w-labelW)/3-1)
	if colW < cellW {
		// option by option: each option's name, then its figures
		var lines []string
		for i := range calc.OptionIDs {
			lines = append(lines, st.Option[i].Render(calc.OptionIDs[i].Label()))
			for _, r := range rows {
				lines = append(lines, text.Fit("  "+r.Label+": "+r.Cells[i], w))
			}
		}
		return lines
	}
	header := text.PadRight("", labelW)
	for i := range heads {
		header += " " + text.PadLeft(heads[i], colW)
	}
	lines := []string{st.Bold.Render(header)}
	for _, r := range rows {
		line := text.PadRight(r.Label, labelW)
		for i := range r.Cells {
			line += " " + text.PadLeft(r.Cells[i], colW)
		}
		lines = append(lines, line)
	}
	return lines
}
