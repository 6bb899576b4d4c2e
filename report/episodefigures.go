package report

import "github.com/carecost/carecost/calc"

// A real episode's figures for a screen that lays them out at its own width
// (the dashboard, tui/dashboard_episode.go): the same rows and words as the
// table's sections (episode.go), as strings, so the two never drift.

// Figures is one row of figures: its label as the table writes it ("New
// plan year from", "  on", "Chance it is cheapest") and each option's cell,
// in calc.OptionIDs order.
type Figures struct {
	Label string
	Cells [3]string
}

// figures renders rows for each option of the comparison.
func (c *Comparison) figures(rs []row) []Figures {
	out := make([]Figures, len(rs))
	for k, r := range rs {
		out[k].Label = r.label
		for i := range c.Result.Options {
			out[k].Cells[i] = r.cell(&c.Result.Options[i])
		}
	}
	return out
}

// DatedFigures are the rows of "Dates and the plan-year reset": the visit
// and date of the new plan year, each plan year's out of pocket and when
// its deductible is met (when the visits cross the reset), the last visit,
// the most cash out at once and when. Nil without dates.
func (c *Comparison) DatedFigures() []Figures {
	if !c.Dated() {
		return nil
	}
	return c.figures(c.datedRows())
}

// RangeFigures are the rows of "If the number of visits is not known": the
// net cost at the fewest, likely and most visits, the percentiles and the
// chance each option is the cheapest. Nil without a range.
func (c *Comparison) RangeFigures() []Figures {
	rr, ok := c.RangeResult()
	if !ok {
		return nil
	}
	return c.figures(rangeRows(rr))
}

// EvaluationFigures are the comparison's rows for a first visit priced as
// an evaluation: what it costs at the visit, in the end when money comes
// back for it, and how many re-evaluations. Nil when no option has one.
func (c *Comparison) EvaluationFigures() []Figures {
	rs := c.evaluationRows()
	if rs == nil {
		return nil
	}
	return c.figures(rs)
}

// Month is one calendar month of money out (paid at the visits) and money
// back, by option; Has is false for an option whose money stopped moving
// before it. The table and the handout lay out the same (monthRows).
type Month struct {
	Label     string // "Dec 2026"
	Out, Back [3]calc.Cents
	Has       [3]bool
}

// Months are the months of "Money by month", from the first visit's to the
// last in which any option's money moves. Nil without dates.
func (c *Comparison) Months() []Month { return c.monthRows() }

// MonthCell is a month's amount as the table writes it: "-" for nothing,
// so the months that move money stand out.
func MonthCell(v calc.Cents, has bool) string { return monthCell(v, has) }

// DateShort is a day as a table's cell writes it: "4 Jan 2027"; "-" for no
// date.
func DateShort(d calc.Date) string { return dateShort(d) }
