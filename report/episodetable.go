package report

import (
	"strings"

	"github.com/carecost/carecost/internal/text"
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
		b.WriteString(wrapped(strings.Join(c.DatesSentences(), " "), proseWidth) + "\n\n")
		writeRows(b, c, c.datedRows(), bold)
	}
	if t, ok := c.rangeText(); ok {
		rr, _ := c.RangeResult()
		b.WriteString("\n" + bold.Render("If the number of visits is not known") + "\n")
		b.WriteString(wrapped(strings.Join(t.intro, " "), proseWidth) + "\n\n")
		writeRows(b, c, rangeRows(rr), bold)
		b.WriteString(wrapped(t.changes, proseWidth) + "\n")
		b.WriteString(renderLines(faint, text.Wrap(t.distribution, proseWidth)) + "\n")
	}
	if months := c.monthRows(); len(months) > 0 {
		heading := "Money by month: what you pay, and what comes back"
		if !c.anyMoneyBack() {
			heading = "Money by month: what you pay (nothing comes back with any option)"
		}
		b.WriteString("\n" + bold.Render(heading) + "\n\n")
		header, sub := text.PadRight("", monthLabelWidth), text.PadRight("", monthLabelWidth)
		for i := range c.Result.Options {
			header += " " + text.PadLeft(shortLabels[i], 2*monthColumn+1)
			sub += " " + text.PadLeft("you pay", monthColumn) + " " + text.PadLeft("back", monthColumn)
		}
		b.WriteString(bold.Render(header) + "\n" + faint.Render(sub) + "\n")
		for _, m := range months {
			line := text.PadRight(m.Label, monthLabelWidth)
			for i := range c.Result.Options {
				line += " " + text.PadLeft(monthCell(m.Out[i], m.Has[i]), monthColumn) + " " + text.PadLeft(monthCell(m.Back[i], m.Has[i]), monthColumn)
			}
			b.WriteString(line + "\n")
		}
	}
}

// writeRows writes rows of figures under the options' names, aligned as
// the comparison's own.
func writeRows(b *strings.Builder, c *Comparison, rs []row, bold lipgloss.Style) {
	res := c.Result
	header := text.PadRight("", labelWidth)
	for i := range res.Options {
		header += " " + text.PadLeft(shortLabels[i], columnWidth)
	}
	b.WriteString(bold.Render(header) + "\n")
	for _, r := range rs {
		line := text.PadRight(r.label, labelWidth)
		for i := range res.Options {
			line += " " + text.PadLeft(r.cell(&res.Options[i]), columnWidth)
		}
		b.WriteString(line + "\n")
	}
}
