package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// ledgerScreen is one option's year visit by visit: what was billed, who
// paid what, what is left of the deductible and the maximum, and the rule
// that applied.
type ledgerScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int

	// options are copies (showLedgerMsg), ledgers included.
	options  [3]calc.Option
	selected int

	header []string
	body   pager
	view   string
}

func newLedger(st theme.Styles, km KeyMap) *ledgerScreen {
	return &ledgerScreen{styles: st, keys: km, body: newPager(km)}
}

// ledgerOptions copies r's options for the ledger, ledgers included: the
// dashboard's result reuses its storage on the next estimate.
func ledgerOptions(r *calc.Result) [3]calc.Option {
	var out [3]calc.Option
	for i := range r.Options {
		o := r.Options[i]
		o.Ledger = append([]calc.Line(nil), o.Ledger...)
		o.Warnings = nil
		out[i] = o
	}
	return out
}

// SetSize gives the ledger the window less the footer.
func (l *ledgerScreen) SetSize(w, h int) {
	l.width, l.height = w, h
	l.render()
}

// Update shows the options it is given (showLedgerMsg), moves between them
// and scrolls; esc or l asks the root for the dashboard, on the option
// last shown.
func (l *ledgerScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case showLedgerMsg:
		l.options, l.selected = msg.options, msg.selected
		l.render()
		l.body.GotoTop()
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, l.keys.Back, l.keys.Ledger):
			return send(showDashboardMsg{selected: l.selected})
		case moveOption(l.keys, msg, &l.selected):
			l.render()
			l.body.GotoTop()
		default:
			l.body.Update(msg)
		}
	default:
		return nil
	}
	l.view = framed(l.header, &l.body, "")
	return nil
}

// View returns what Update drew.
func (l *ledgerScreen) View() string { return l.view }

func (l *ledgerScreen) ShortHelp() []key.Binding  { return l.keys.ledgerShort() }
func (l *ledgerScreen) FullHelp() [][]key.Binding { return l.keys.ledgerFull() }
func (l *ledgerScreen) Glossary() [][2]string     { return ledgerGlossary }

// ledgerGlossary explains the ledger's columns.
var ledgerGlossary = [][2]string{
	{"Date", "the day of the visit, when the scenario has a first visit's date; the first visit of a new plan year says \"new plan year\"."},
	{"Billed", "what the provider asks for the visit, travel fee included."},
	{"Plan paid", "what the health plan pays of it."},
	{"Policy paid", "what the supplemental policy pays."},
	{"You pay", "what you pay at the visit, claim-service fees included."},
	{"Money back", "what the plan or a policy pays you later."},
	{"Costs you", "what the visit finally costs you: you pay − money back."},
	{"Deduct. left", "the deductible still to meet after the visit."},
	{"OOP max left", "what you can still pay before the out-of-pocket maximum stops your costs."},
	{"Rule that applied", "deductible, copay or coinsurance, out-of-pocket maximum reached, past the visit limit, balance billing (the provider's price above what the plan recognises), fees."},
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
// are left out (no policy, nothing comes back, no claims), and the date is
// shown only for a dated episode.
func ledgerColumns(o *calc.Option) []ledgerColumn {
	var policyPaid, dedSet, oopSet bool
	for i := range o.Ledger {
		ln := &o.Ledger[i]
		policyPaid = policyPaid || ln.SupplementalPaid != 0
		dedSet = dedSet || ln.DeductibleRemaining.Set
		oopSet = oopSet || ln.OOPRemaining.Set
	}
	var cols []ledgerColumn
	if len(o.Ledger) > 0 && !o.Ledger[0].Date.IsZero() {
		// a dated episode: the day of each visit (its note says where a
		// new plan year starts)
		cols = append(cols, ledgerColumn{title: [2]string{"", "Date"}, cell: func(ln *calc.Line) string { return report.DateShort(ln.Date) }, drop: 4})
	}
	cols = append(cols,
		ledgerColumn{title: [2]string{"", "Billed"}, cell: func(ln *calc.Line) string { return ln.Billed.String() }, total: o.Billed.String()})
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
		hidden = append(hidden, strings.ToLower(strings.TrimSpace(cols[worst].title[0]+" "+cols[worst].title[1])))
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
		b.WriteString(text.PadLeft(visit, visitW))
		for c, cell := range cells {
			b.WriteString(strings.Repeat(" ", sep))
			b.WriteString(text.PadLeft(cell, widths[c]))
		}
		if notesBeside && note != "" {
			b.WriteString("  ")
			b.WriteString(note)
		}
		return text.Fit(b.String(), w)
	}

	title := st.Header.Render("Ledger") + " · " + st.Option[l.selected].Render(o.ID.Label()) +
		st.Muted.Render(" ("+itoa(l.selected+1)+" of 3) · "+report.Describe(o))
	l.header = []string{text.Fit(title, w)}
	if len(hidden) > 0 {
		l.header = append(l.header, theme.Lines(st.Muted, "", text.Wrap("Hidden for want of width: "+strings.Join(hidden, ", ")+". ? says what each column means.", w))...)
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
			for _, nl := range text.Wrap(note, max(10, w-visitW-4)) {
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
	lines = append(lines, text.Wrap(net+".", w)...)
	if o.WriteOff != 0 {
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("The clinic writes off "+o.WriteOff.String()+" of what it billed: the part above the plan's negotiated rate.", w))...)
	}
	if o.Fees != 0 {
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("You pay includes "+o.Fees.String()+" of claim-service fees.", w))...)
	}
	l.body.Set(w, l.height-len(l.header), lines)
	l.view = framed(l.header, &l.body, "")
}
