package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// ledgerScreen is one option's year visit by visit: what was billed, who
// paid what, what is left of the deductible and the maximum, and the rule
// that applied.
type ledgerScreen struct {
	styles        theme.Styles
	keys          KeyMap
	width, height int

	// options are copies, ledgers included: the dashboard's result reuses
	// its storage on the next estimate.
	options  [3]calc.Option
	selected int

	header []string
	body   scroller
}

func newLedger(st theme.Styles, km KeyMap) ledgerScreen {
	return ledgerScreen{styles: st, keys: km}
}

// open shows r's ledgers, starting with option selected.
func (l *ledgerScreen) open(r *calc.Result, selected int) {
	for i := range r.Options {
		o := r.Options[i]
		o.Ledger = append([]calc.Line(nil), o.Ledger...)
		o.Warnings = nil
		l.options[i] = o
	}
	l.selected = selected
	l.body.scrollTo(0)
	l.render()
}

// SetSize gives the ledger the window less the footer.
func (l *ledgerScreen) SetSize(w, h int) {
	l.width, l.height = w, h
	l.render()
}

// Update moves between options and scrolls. Leaving is the root's.
func (l ledgerScreen) Update(msg tea.Msg) (ledgerScreen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return l, nil
	}
	switch {
	case key.Matches(k, l.keys.NextOption):
		l.selected = (l.selected + 1) % len(l.options)
		l.body.scrollTo(0)
		l.render()
	case key.Matches(k, l.keys.PrevOption):
		l.selected = (l.selected + len(l.options) - 1) % len(l.options)
		l.body.scrollTo(0)
		l.render()
	default:
		l.body.handleKey(k, l.keys)
	}
	return l, nil
}

// View joins what render drew.
func (l ledgerScreen) View() string {
	return strings.Join(l.header, "\n") + "\n" + l.body.view
}

// ledgerColumn is one money column of the table.
type ledgerColumn struct {
	title [2]string
	cell  func(ln *calc.Line) string
	total string
	// drop orders the columns a narrow window hides, highest first; 0 is
	// never hidden
	drop int
}

func limitText(v calc.Limit[calc.Cents]) string {
	if !v.Set {
		return "—"
	}
	return v.Value.String()
}

// columns are the option's columns: those that would be all zero or unset
// are left out (no policy, nothing comes back, no claims).
func ledgerColumns(o *calc.Option) []ledgerColumn {
	var policyPaid, dedSet, oopSet bool
	for i := range o.Ledger {
		ln := &o.Ledger[i]
		policyPaid = policyPaid || ln.SupplementalPaid != 0
		dedSet = dedSet || ln.DeductibleRemaining.Set
		oopSet = oopSet || ln.OOPRemaining.Set
	}
	cols := []ledgerColumn{
		{title: [2]string{"", "Billed"}, cell: func(ln *calc.Line) string { return ln.Billed.String() }, total: o.Billed.String()},
	}
	if o.FilesClaims {
		cols = append(cols, ledgerColumn{title: [2]string{"Plan", "paid"}, cell: func(ln *calc.Line) string { return ln.PlanPaid.String() }, total: o.PlanPaid.String()})
	}
	if policyPaid {
		cols = append(cols, ledgerColumn{title: [2]string{"Policy", "paid"}, cell: func(ln *calc.Line) string { return ln.SupplementalPaid.String() }, total: o.SupplementalPaid.String(), drop: 1})
	}
	cols = append(cols, ledgerColumn{title: [2]string{"You", "pay"}, cell: func(ln *calc.Line) string { return ln.PatientPaidUpfront.String() }, total: o.PatientPaidUpfront.String()})
	if o.Reimbursed != 0 {
		cols = append(cols,
			ledgerColumn{title: [2]string{"Money", "back"}, cell: func(ln *calc.Line) string { return ln.Reimbursed.String() }, total: o.Reimbursed.String(), drop: 2},
			ledgerColumn{title: [2]string{"Costs", "you"}, cell: func(ln *calc.Line) string { return ln.OutOfPocket.String() }, total: o.OutOfPocket.String(), drop: 5})
	}
	if dedSet {
		cols = append(cols, ledgerColumn{title: [2]string{"Deduct.", "left"}, cell: func(ln *calc.Line) string { return limitText(ln.DeductibleRemaining) }, drop: 4})
	}
	if oopSet {
		cols = append(cols, ledgerColumn{title: [2]string{"OOP max", "left"}, cell: func(ln *calc.Line) string { return limitText(ln.OOPRemaining) }, drop: 3})
	}
	return cols
}

func (l *ledgerScreen) render() {
	if l.width <= 0 || l.height <= 0 {
		return
	}
	st := &l.styles
	w := l.width
	o := &l.options[l.selected]
	cols := ledgerColumns(o)

	// column widths: the widest of title and cells
	const visitW = 5
	widths := make([]int, len(cols))
	for c, col := range cols {
		widths[c] = max(len(col.title[0]), len(col.title[1]), len(col.total))
		for i := range o.Ledger {
			widths[c] = max(widths[c], len(col.cell(&o.Ledger[i])))
		}
	}
	// a narrow window: one space between columns, then hide columns in
	// their drop order, and say which
	sep := 2
	tableWidth := func() int {
		tw := visitW
		for _, cw := range widths {
			tw += sep + cw
		}
		return tw
	}
	if tableWidth() > w {
		sep = 1
	}
	var hidden []string
	for tableWidth() > w {
		worst := -1
		for c, col := range cols {
			if col.drop > 0 && (worst < 0 || col.drop > cols[worst].drop) {
				worst = c
			}
		}
		if worst < 0 {
			break
		}
		hidden = append(hidden, strings.ToLower(cols[worst].title[0]+" "+cols[worst].title[1]))
		cols = append(cols[:worst], cols[worst+1:]...)
		widths = append(widths[:worst], widths[worst+1:]...)
	}
	tableW := tableWidth()
	// notes beside their visits when the longest fits, else under them
	longest := 0
	for i := range o.Ledger {
		longest = max(longest, len(report.NoteText(o.Ledger[i].Note)))
	}
	notesBeside := w-tableW-2 >= max(longest, len("Rule that applied"))

	row := func(visit string, cells []string, note string) string {
		var b strings.Builder
		b.WriteString(padLeft(visit, visitW))
		for c, cell := range cells {
			b.WriteString(strings.Repeat(" ", sep))
			b.WriteString(padLeft(cell, widths[c]))
		}
		if notesBeside && note != "" {
			b.WriteString("  ")
			b.WriteString(note)
		}
		return fit(b.String(), w)
	}

	title := st.Header.Render("Ledger") + " · " + st.Option[l.selected].Render(o.ID.Label()) +
		st.Muted.Render(" ("+itoa(l.selected+1)+" of 3) · "+report.Describe(o))
	l.header = []string{fit(title, w)}
	if len(hidden) > 0 {
		l.header = append(l.header, styleLines(st.Muted, wrap("Hidden for want of width: "+strings.Join(hidden, ", ")+". ? says what each column means.", w))...)
	}
	titles := [2][]string{}
	for t := 0; t < 2; t++ {
		for _, col := range cols {
			titles[t] = append(titles[t], col.title[t])
		}
	}
	noteTitle := ""
	if notesBeside {
		noteTitle = "Rule that applied"
	}
	l.header = append(l.header,
		st.Bold.Render(row("", titles[0], "")),
		st.Bold.Render(row("Visit", titles[1], noteTitle)),
		st.Muted.Render(strings.Repeat("─", min(w, max(tableW, tableW+2+len(noteTitle))))))

	var lines []string
	cells := make([]string, len(cols))
	for i := range o.Ledger {
		ln := &o.Ledger[i]
		for c, col := range cols {
			cells[c] = col.cell(ln)
		}
		note := report.NoteText(ln.Note)
		lines = append(lines, row(itoa(ln.Visit), cells, note))
		if !notesBeside && note != "" {
			for _, nl := range wrap(note, max(10, w-visitW-4)) {
				lines = append(lines, st.Muted.Render(strings.Repeat(" ", visitW+2)+nl))
			}
		}
	}
	totals := make([]string, len(cols))
	for c, col := range cols {
		totals[c] = col.total
	}
	lines = append(lines, st.Muted.Render(strings.Repeat("─", min(w, tableW))))
	lines = append(lines, st.Bold.Render(row("Total", totals, "")))
	lines = append(lines, "")
	net := "Net yearly cost " + o.NetCost.String() + " = out of pocket " + o.OutOfPocket.String()
	if o.Premiums != 0 {
		net += " + policy premiums " + o.Premiums.String()
	}
	if o.TaxSavings != 0 {
		net += " − tax savings " + o.TaxSavings.String()
	}
	lines = append(lines, wrap(net+".", w)...)
	if o.WriteOff != 0 {
		lines = append(lines, styleLines(st.Muted, wrap("The clinic writes off "+o.WriteOff.String()+" of what it billed: the part above the plan's negotiated rate.", w))...)
	}
	if o.Fees != 0 {
		lines = append(lines, styleLines(st.Muted, wrap("You pay includes "+o.Fees.String()+" of claim-service fees.", w))...)
	}
	l.body.setHeight(l.height - len(l.header))
	l.body.setLines(lines)
}
