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

// cashFlowScreen is the money by month of a dated episode (m on the
// dashboard): for one option at a time, what is paid at the visits and what
// comes back each month as two bars, to one scale for all three options so
// that switching options compares them; then the most cash out at once in
// words, and all three options side by side as the table's grid
// (report.Months). The bars are drawn as text, as the dashboard's are
// (charts.go): ntcharts' bar chart prints no values.
type cashFlowScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int

	flow     showCashFlowMsg
	selected int

	header []string
	body   pager
	view   string
}

func newCashFlow(st theme.Styles, km KeyMap) *cashFlowScreen {
	return &cashFlowScreen{styles: st, keys: km, body: newPager(km)}
}

// SetSize gives the screen the window less the footer.
func (c *cashFlowScreen) SetSize(w, h int) {
	c.width, c.height = w, h
	c.render()
}

// Update shows the months it is given (showCashFlowMsg), moves between the
// options and scrolls; esc or m asks the root for the dashboard, on the
// option last shown.
func (c *cashFlowScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case showCashFlowMsg:
		c.flow, c.selected = msg, msg.selected
		c.render()
		c.body.GotoTop()
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, c.keys.Back, c.keys.CashFlow):
			return send(showDashboardMsg{selected: c.selected})
		case moveOption(c.keys, msg, &c.selected):
			c.render()
		default:
			if !c.body.Update(msg) {
				return nil
			}
		}
	default:
		return nil
	}
	c.compose()
	return nil
}

// View returns what Update drew.
func (c *cashFlowScreen) View() string { return c.view }

func (c *cashFlowScreen) ShortHelp() []key.Binding  { return c.keys.cashFlowShort() }
func (c *cashFlowScreen) FullHelp() [][]key.Binding { return c.keys.cashFlowFull() }
func (c *cashFlowScreen) Glossary() [][2]string     { return cashFlowGlossary }

// cashFlowGlossary explains the money by month.
var cashFlowGlossary = [][2]string{
	{"You pay (█)", "what you pay at the visits of that month, before anything comes back."},
	{"Back (░)", "what comes back to you that month: the plan's or a policy's payment for a visit, which arrives the reimbursement delay after it."},
	{"One scale", "the bars of all three options are drawn to the same scale, so ←/→ compares them: the longest bar is the largest month of any option."},
	{"Most cash out at once", "the most you will have paid and not yet got back at one time: the cash to have ready."},
	{"-", "nothing paid or back that month."},
}

// The grid of all three options side by side is the table's: a month, then
// you pay and back for each option (report/episodetable.go).
const (
	flowMonthW  = 8
	flowAmountW = 10
	flowGridW   = flowMonthW + 3*(2+2*flowAmountW) // 74
)

func (c *cashFlowScreen) render() {
	if c.width <= 0 || c.height <= 0 {
		return
	}
	st := &c.styles
	w := c.width
	i := c.selected
	title := st.Header.Render("Money by month") + " · " + st.Option[i].Render(calc.OptionIDs[i].Label()) +
		st.Muted.Render(" ("+itoa(i+1)+" of 3)")
	c.header = []string{text.Fit(title, w)}
	c.header = append(c.header, theme.Lines(st.Muted, "", text.Wrap("What you pay at the visits (█) and what comes back (░) each month; one scale for all three options.", w))...)
	c.header = append(c.header, "")

	lines := monthBars(st, c.flow.months, i, w)
	if c.flow.peak != "" {
		lines = append(lines, "")
		lines = append(lines, text.Wrap(c.flow.peak, w)...)
	}
	lines = append(lines, "", st.Subtitle.Render("All three options by month"))
	if w < flowGridW {
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("Side by side they need "+itoa(flowGridW)+" columns: widen the window, or ←/→ shows each option.", w))...)
	} else {
		lines = append(lines, monthGrid(st, c.flow.months)...)
	}
	c.body.Set(w, c.height-len(c.header), lines)
	c.compose()
}

// compose joins the header and the body's window into the view.
func (c *cashFlowScreen) compose() {
	c.view = framed(c.header, &c.body, "")
}

// monthBars draws option i's months as two bars each, you pay and back,
// the amount beside each, every bar to the scale of the largest amount of
// any option's month.
func monthBars(st *theme.Styles, months []report.Month, i, width int) []string {
	const payLabel, backLabel = "you pay", "back"
	var top calc.Cents
	amountW := len("-")
	for _, m := range months {
		for j := range m.Out {
			top = max(top, m.Out[j], m.Back[j])
			amountW = max(amountW, len(report.MonthCell(m.Out[j], m.Has[j])), len(report.MonthCell(m.Back[j], m.Has[j])))
		}
	}
	// bars of at most 60 cells keep the amounts near their months in a
	// wide window
	barW := min(width-flowMonthW-1-len(payLabel)-1-2-amountW, 60)
	if barW < 4 {
		barW = 0 // too narrow for bars: the amounts alone
	}
	bar := func(v calc.Cents, glyph string, style int) string {
		n := 0
		if top > 0 && v > 0 && barW > 0 {
			// the amount's share of the largest, to the nearest cell; at
			// least one cell for any amount above zero
			n = max(1, int((int64(v)*int64(barW)+int64(top)/2)/int64(top)))
		}
		s := strings.Repeat(glyph, n)
		if style >= 0 {
			s = st.Series[style].Render(s)
		}
		return s + strings.Repeat(" ", barW-n)
	}
	var lines []string
	for _, m := range months {
		pay := text.PadRight(m.Label, flowMonthW) + " " + text.PadRight(payLabel, len(payLabel)) + " " +
			bar(m.Out[i], "█", i) + "  " + text.PadLeft(report.MonthCell(m.Out[i], m.Has[i]), amountW)
		back := text.PadRight("", flowMonthW) + " " + text.PadRight(backLabel, len(payLabel)) + " " +
			bar(m.Back[i], "░", i) + "  " + text.PadLeft(report.MonthCell(m.Back[i], m.Has[i]), amountW)
		lines = append(lines, text.Fit(pay, width), text.Fit(back, width))
	}
	return lines
}

// monthGrid is the table's money by month: all three options side by side.
func monthGrid(st *theme.Styles, months []report.Month) []string {
	header, sub := text.PadRight("", flowMonthW), text.PadRight("", flowMonthW)
	for i := range calc.OptionIDs {
		header += " " + text.PadLeft(text.Capitalize(shortLabel(i)), 1+2*flowAmountW)
		sub += " " + text.PadLeft("you pay", flowAmountW) + " " + text.PadLeft("back", flowAmountW)
	}
	lines := []string{st.Bold.Render(header), st.Muted.Render(sub)}
	for _, m := range months {
		line := text.PadRight(m.Label, flowMonthW)
		for i := range calc.OptionIDs {
			line += " " + text.PadLeft(report.MonthCell(m.Out[i], m.Has[i]), flowAmountW) + " " +
				text.PadLeft(report.MonthCell(m.Back[i], m.Has[i]), flowAmountW)
		}
		lines = append(lines, line)
	}
	return lines
}
