package report

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// The table's sections for a real episode (episode.go): after the verdict
// and before the warnings, each only when the scenario has what it shows.

// monthColumn is the width of one amount in the money-by-month grid: a
// month, then two amounts for each option, fit in 74 columns.
const (
	monthLabelWidth = 8
	monthColumn     = 10
)

// episodeTable writes the dated and ranged sections of the table: the dates
// and the plan-year reset, a range of visits, and the money by month.
func episodeTable(b *strings.Builder, c *Comparison, bold, faint lipgloss.Style) {
	if c.Dated() {
		b.WriteString("\n" + bold.Render("Dates and the plan-year reset") + "\n")
		b.WriteString(wrap(strings.Join(c.DatesSentences(), " "), 78) + "\n\n")
		writeRows(b, c, c.datedRows(), bold)
	}
	if t, ok := c.rangeText(); ok {
		rr, _ := c.RangeResult()
		b.WriteString("\n" + bold.Render("If the number of visits is not known") + "\n")
		b.WriteString(wrap(strings.Join(t.intro, " "), 78) + "\n\n")
		writeRows(b, c, rangeRows(rr), bold)
		b.WriteString(wrap(t.changes, 78) + "\n")
		b.WriteString(renderLines(faint, wrap(t.distribution, 78)) + "\n")
	}
	if months := c.monthRows(); len(months) > 0 {
		b.WriteString("\n" + bold.Render("Money by month: what you pay, and what comes back") + "\n\n")
		header, sub := pad("", monthLabelWidth), pad("", monthLabelWidth)
		for i := range c.Result.Options {
			header += " " + padLeft(shortLabels[i], 2*monthColumn+1)
			sub += " " + padLeft("you pay", monthColumn) + " " + padLeft("back", monthColumn)
		}
		b.WriteString(bold.Render(header) + "\n" + faint.Render(sub) + "\n")
		for _, m := range months {
			line := pad(m.label, monthLabelWidth)
			for i := range c.Result.Options {
				line += " " + padLeft(monthCell(m.out[i], m.has[i]), monthColumn) + " " + padLeft(monthCell(m.back[i], m.has[i]), monthColumn)
			}
			b.WriteString(line + "\n")
		}
	}
}

// writeRows writes rows of figures under the options' names, aligned as
// the comparison's own.
func writeRows(b *strings.Builder, c *Comparison, rs []row, bold lipgloss.Style) {
	res := c.Result
	header := pad("", labelWidth)
	for i := range res.Options {
		header += " " + padLeft(shortLabels[i], columnWidth)
	}
	b.WriteString(bold.Render(header) + "\n")
	for _, r := range rs {
		line := pad(r.label, labelWidth)
		for i := range res.Options {
			line += " " + padLeft(r.cell(&res.Options[i]), columnWidth)
		}
		b.WriteString(line + "\n")
	}
}
