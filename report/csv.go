package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
)

// csvColumn is one column of the CSV: its header and how a row's cell is
// made. The header and the cells come from this one table, so they cannot
// drift apart; docs/csv-output.md describes each (report/csvdocs_test.go).
type csvColumn struct {
	name string
	cell func(r *csvRow) string
}

// csvRow is what one row shows: an option of a file's comparison.
type csvRow struct {
	file string
	c    *Comparison
	o    *calc.Option
}

// csvColumns are the columns of the JSON result (docs/json-output.md), one
// row per scenario and option: the scenario's own fields repeated on each
// of its three rows, then the option's. Nested fields are flattened
// (without_supplemental.net_cost is without_supplemental_net_cost); the
// warnings are their sentences joined by " | "; the ledger is left out (one
// line per visit does not fit a row: --format json has it).
var csvColumns = []csvColumn{
	{"file", func(r *csvRow) string { return csvText(r.file) }},
	{"name", func(r *csvRow) string { return csvText(r.c.Result.Name) }},
	{"plan_premiums", func(r *csvRow) string { return csvMoney(r.c.Result.PlanPremiums) }},
	{"cheapest", func(r *csvRow) string { return string(r.c.Result.Cheapest) }},
	{"warnings", func(r *csvRow) string { return csvText(strings.Join(r.c.scenarioWarnings(), " | ")) }},
	{"option", func(r *csvRow) string { return string(r.o.ID) }},
	{"label", func(r *csvRow) string { return r.o.ID.Label() }},
	{"visits", func(r *csvRow) string { return strconv.Itoa(r.o.Visits) }},
	{"minutes", func(r *csvRow) string { return strconv.Itoa(r.o.Minutes) }},
	{"billed", func(r *csvRow) string { return csvMoney(r.o.Billed) }},
	{"write_off", func(r *csvRow) string { return csvMoney(r.o.WriteOff) }},
	{"plan_paid", func(r *csvRow) string { return csvMoney(r.o.PlanPaid) }},
	{"supplemental_paid", func(r *csvRow) string { return csvMoney(r.o.SupplementalPaid) }},
	{"fees", func(r *csvRow) string { return csvMoney(r.o.Fees) }},
	{"patient_paid_upfront", func(r *csvRow) string { return csvMoney(r.o.PatientPaidUpfront) }},
	{"reimbursed", func(r *csvRow) string { return csvMoney(r.o.Reimbursed) }},
	{"out_of_pocket", func(r *csvRow) string { return csvMoney(r.o.OutOfPocket) }},
	{"premiums", func(r *csvRow) string { return csvMoney(r.o.Premiums) }},
	{"tax_savings", func(r *csvRow) string { return csvMoney(r.o.TaxSavings) }},
	{"net_cost", func(r *csvRow) string { return csvMoney(r.o.NetCost) }},
	{"per_visit", func(r *csvRow) string { return csvMoney(r.o.PerVisit) }},
	{"per_hour", func(r *csvRow) string { return csvMoney(r.o.PerHour) }},
	{"without_supplemental_net_cost", func(r *csvRow) string { return csvMoney(r.o.WithoutSupplementalNetCost) }},
	{"deductible_met_at_visit", func(r *csvRow) string { return csvVisit(r.o.DeductibleMetAtVisit) }},
	{"oop_max_met_at_visit", func(r *csvRow) string { return csvVisit(r.o.OOPMaxMetAtVisit) }},
	{"first_uncovered_visit", func(r *csvRow) string { return csvVisit(r.o.FirstUncoveredVisit) }},
	{"uncovered_visits", func(r *csvRow) string { return strconv.Itoa(r.o.UncoveredVisits) }},
	{"option_warnings", func(r *csvRow) string { return csvText(strings.Join(r.c.optionWarnings(r.o), " | ")) }},
	// A dated scenario's (care.start_date): empty cells for one without.
	{"reset_at_visit", func(r *csvRow) string { return csvVisit(r.o.ResetAtVisit) }},
	{"peak_cash_outstanding", func(r *csvRow) string { return r.dated(csvMoney(r.o.PeakCashOutstanding)) }},
	{"peak_cash_on", func(r *csvRow) string { return r.dated(r.o.PeakCashOn.String()) }},
	// A ranged scenario's (care.visits as fewest, likely, most): range
	// flattened, the option's own figures; empty cells for one without.
	{"range_fewest", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, _ int) string { return strconv.Itoa(g.Range.Fewest) })
	}},
	{"range_likely", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, _ int) string { return strconv.Itoa(g.Range.Likely) })
	}},
	{"range_most", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, _ int) string { return strconv.Itoa(g.Range.Most) })
	}},
	{"range_at_fewest_net_cost", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(g.Options[i].Fewest.NetCost) })
	}},
	{"range_at_likely_net_cost", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(g.Options[i].Likely.NetCost) })
	}},
	{"range_at_most_net_cost", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(g.Options[i].Most.NetCost) })
	}},
	{"range_p10", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(g.Options[i].P10) })
	}},
	{"range_p50", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(g.Options[i].P50) })
	}},
	{"range_p90", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(g.Options[i].P90) })
	}},
	{"range_probability_cheapest", func(r *csvRow) string {
		return r.ranged(func(g *calc.RangeResult, i int) string { return csvMoney(calc.Cents(g.CheapestPercent(i))) })
	}},
	// Issue 13: the scenario's employer HSA contribution, last so that the
	// columns before keep their places; 0.00 without one.
	{"employer_contribution", func(r *csvRow) string { return csvMoney(r.c.Result.EmployerContribution) }},
}

// dated is cell for a dated option's row, else an empty cell.
func (r *csvRow) dated(cell string) string {
	if len(r.o.Months) == 0 {
		return ""
	}
	return cell
}

// ranged is the cell of the option's range figures, else an empty cell.
func (r *csvRow) ranged(cell func(g *calc.RangeResult, i int) string) string {
	g, ok := r.c.RangeResult()
	if !ok {
		return ""
	}
	for i := range g.Options {
		if g.Options[i].ID == r.o.ID {
			return cell(g, i)
		}
	}
	return ""
}

// CSVColumns are the CSV's header, in order.
func CSVColumns() []string {
	names := make([]string, len(csvColumns))
	for i, col := range csvColumns {
		names[i] = col.name
	}
	return names
}

// CSV writes comparisons as CSV (RFC 4180, by encoding/csv: a field with a
// comma, a quote or a line break is quoted, a quote doubled; lines end in
// CRLF as the RFC has them): a header row, then one row per scenario and
// option. Call Flush at the end.
type CSV struct {
	w      *csv.Writer
	record []string
	header bool
}

// NewCSV writes CSV to w.
func NewCSV(w io.Writer) *CSV {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSV{w: cw, record: make([]string, len(csvColumns))}
}

// Write writes the three rows of file's comparison, after the header when
// it is the first.
func (x *CSV) Write(file string, c *Comparison) error {
	if !x.header {
		x.header = true
		if err := x.w.Write(CSVColumns()); err != nil {
			return err
		}
	}
	for i := range c.Result.Options {
		r := csvRow{file: file, c: c, o: &c.Result.Options[i]}
		for k, col := range csvColumns {
			x.record[k] = col.cell(&r)
		}
		if err := x.w.Write(x.record); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes what is buffered, the header alone when no row was written,
// and reports the first error of any write.
func (x *CSV) Flush() error {
	if !x.header {
		x.header = true
		if err := x.w.Write(CSVColumns()); err != nil {
			return err
		}
	}
	x.w.Flush()
	return x.w.Error()
}

// csvMoney is an amount as a spreadsheet reads a number: dollars with two
// decimals, no symbol, no separators ("1234.50", "0.29", "-3.05"), written
// from the integer cents.
func csvMoney(c calc.Cents) string {
	v := int64(c)
	var b [24]byte
	out := b[:0]
	if v < 0 {
		out = append(out, '-')
		v = -v
	}
	out = strconv.AppendInt(out, v/100, 10)
	r := v % 100
	out = append(out, '.', byte('0'+r/10), byte('0'+r%10))
	return string(out)
}

// csvVisit is a visit number, or an empty cell where JSON has null.
func csvVisit(m calc.OptionalVisit) string {
	if !m.Set {
		return ""
	}
	return strconv.Itoa(m.Value)
}

// csvText is text from a file or the command line (a file name, a
// scenario's name) or made from it (a warning) as a CSV cell: whatever a
// terminal would act on shown as an escape (internal/termsafe: the CSV may
// be printed to one), and a cell that a spreadsheet would take for a
// formula — starting with =, +, - or @ — prefixed with an apostrophe, which
// spreadsheets show as text and do not evaluate (docs/decisions.md, "CSV
// formula injection"). Only text cells go through here: the amounts carecost
// writes are numbers and keep their minus sign.
func csvText(s string) string {
	s = termsafe.Text(s)
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@':
			return "'" + s
		}
	}
	return s
}

// optionWarnings are an option's own warnings as sentences.
func (c *Comparison) optionWarnings(o *calc.Option) []string {
	var out []string
	for _, w := range o.Warnings {
		out = append(out, c.text(w))
	}
	return out
}
