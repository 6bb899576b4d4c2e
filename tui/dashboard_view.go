package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// Layout thresholds, in cells.
const (
	// below this width the cards stack instead of standing side by side
	stackBelow = 72
	// a card's text narrower than this loses its side padding
	cardPaddedFrom = 24
	// below this height the net cost is not drawn in large type
	bigFromHeight = 30
)

// render redraws every string the dashboard shows, for the current result
// and size. Update calls it after each change; View only returns its
// output.
func (d *dashboard) render() {
	if d.width <= 0 || d.height <= 0 {
		return
	}
	w := d.width
	d.header = d.headerLines(w)
	d.footer = d.statusLines(w)
	bodyH := bodyHeight(d.height, d.header, d.footer)
	d.body.Set(w, bodyH, d.bodyLines(w, bodyH))
	d.compose()
}

// compose joins the header, the body's window and the status into the
// view, after a redraw or a scroll.
func (d *dashboard) compose() {
	d.view = framed(d.header, &d.body, d.footer)
}

// View returns what Update drew.
func (d *dashboard) View() string { return d.view }

func (d *dashboard) headerLines(w int) []string {
	st := &d.styles
	title := st.Header.Render("carecost")
	// the name and the file's name come from the user: shown escaped
	if d.scenario.Name != "" {
		title += " · " + termsafe.Text(d.scenario.Name)
	}
	if d.source.Label != "" {
		title += st.Muted.Render(" · " + termsafe.Text(d.source.Label))
	}
	right := ""
	if d.dirty() {
		right = st.Changed.Render("what-if · not saved")
	}
	lines := []string{text.Spread(title, right, w)}
	for _, l := range text.Wrap(report.Verdict(&d.result), w) {
		lines = append(lines, st.Verdict.Render(l))
	}
	return lines
}

func (d *dashboard) statusLines(w int) string {
	st := &d.styles
	switch d.prompt.kind {
	case promptConfirm:
		return strings.Join(theme.Lines(st.Prompt, "", text.Wrap(d.prompt.question+" (y/n)", w)), "\n")
	case promptName:
		q := st.Prompt.Render(d.prompt.question) + " "
		return text.Fit(q+d.prompt.input.View(), w)
	}
	if d.status == "" {
		return ""
	}
	style := st.Status
	if d.statusBad {
		style = st.Error
	}
	lines := text.Wrap(d.status, w)
	if len(lines) > 4 {
		lines = append(lines[:3], "… (and more)")
	}
	return strings.Join(theme.Lines(style, "", lines), "\n")
}

// bodyLines is everything below the verdict: the cards and the plan's own
// premium, a real episode's dates and range, the charts, the warnings and
// next steps, and what the plan type means.
func (d *dashboard) bodyLines(w, bodyH int) []string {
	st := &d.styles
	var lines []string
	lines = append(lines, d.cardLines(w)...)
	if note := report.PlanPremiumNote(&d.result); note != "" {
		// under the cards, whose net costs leave it out
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap(note, w))...)
	}
	if note := report.EmployerContributionNote(&d.result); note != "" {
		// like the premium: the same under every option, left out of the cards
		lines = append(lines, theme.Lines(st.Muted, "", text.Wrap(note, w))...)
	}
	if note := assumedNote(d.assumptions); note != "" {
		lines = append(lines, theme.Lines(st.Assumed, "", text.Wrap(note, w))...)
	}
	lines = append(lines, "")
	// a real episode's sections come first: when the deductible starts
	// again and how much cash to have ready, or what the choice depends on
	// when the number of visits is not known, are what the bars do not say
	lines = append(lines, d.episodeLines(w, bodyH)...)
	lines = append(lines, barChart(st, &d.result, w)...)
	lines = append(lines, "")
	// The chart stands below the cards. When the first screen has room for
	// a chart of 8 rows or more under them, it fits there, axis included;
	// otherwise it may fill the page it is scrolled to.
	plotH := bodyH - len(lines) - 4 // its title, axis and visit numbers, a margin
	if plotH < 8 {
		plotH = bodyH - 4
	}
	plotH = min(max(plotH, 6), 16)
	lines = append(lines, cumulativeChart(st, &d.scenario, &d.result, &d.cum, d.crossings, w, plotH)...)
	lines = append(lines, "")
	if len(d.assumptions) > 0 {
		lines = append(lines, st.Subtitle.Render("Figures assumed"))
		lines = append(lines, text.Wrap("You did not give these, so the comparison uses typical figures; press e to change them.", w)...)
		for _, a := range d.assumptions {
			lines = append(lines, text.WrapIndent("• ", a.Sentence()+".", w)...)
		}
		lines = append(lines, "")
	}
	lines = append(lines, st.Subtitle.Render("Warnings and next steps"))
	sections := plans.NextSteps(&d.scenario, &d.result)
	if len(d.warnings) > 0 {
		sections = append([]plans.Section{{Title: "Warnings", Items: d.warnings}}, sections...)
	}
	for _, sec := range sections {
		title := st.Bold.Render(sec.Title)
		if sec.Title == "Warnings" {
			title = st.Warn.Bold(true).Render(sec.Title)
		}
		lines = append(lines, title)
		for _, item := range sec.Items {
			lines = append(lines, text.WrapIndent("• ", item, w)...)
		}
	}
	if desc := plans.PlanDescription(d.scenario.Plan.Type); desc != "" {
		lines = append(lines, "", st.Subtitle.Render("About this plan type"))
		lines = append(lines, text.Wrap(desc, w)...)
	}
	return lines
}

// cardLines draws the three option cards side by side, or stacked when the
// window is narrow.
func (d *dashboard) cardLines(w int) []string {
	r := &d.result
	anyTax, anyPremium := false, false
	for i := range r.Options {
		anyTax = anyTax || r.Options[i].TaxSavings != 0
		anyPremium = anyPremium || r.Options[i].Premiums != 0
	}
	if w < stackBelow {
		var out []string
		for i := range r.Options {
			inner := w - 4
			content := d.cardContent(i, inner, anyTax, anyPremium, false)
			out = append(out, strings.Split(d.cardStyle(i, w, 1).Render(strings.Join(content, "\n")), "\n")...)
		}
		return out
	}
	var widths [3]int
	for i := range widths {
		widths[i] = w / 3
		if i < w%3 {
			widths[i]++
		}
	}
	pad := 1
	if widths[2]-4 < cardPaddedFrom {
		pad = 0
	}
	big := d.height >= bigFromHeight
	for i := range r.Options {
		if widths[i]-2-2*pad < bigMoneyWidth(r.Options[i].NetCost) {
			big = false
		}
	}
	var contents [3][]string
	tallest := 0
	for i := range r.Options {
		contents[i] = d.cardContent(i, widths[i]-2-2*pad, anyTax, anyPremium, big)
		tallest = max(tallest, len(contents[i]))
	}
	var blocks [3]string
	for i := range r.Options {
		for len(contents[i]) < tallest {
			contents[i] = append(contents[i], "")
		}
		blocks[i] = d.cardStyle(i, widths[i], pad).Render(strings.Join(contents[i], "\n"))
	}
	return strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, blocks[:]...), "\n")
}

// cardStyle is the card's frame, outer width w: the selected card's border
// is thick (and coloured), so the selection shows without colour too.
func (d *dashboard) cardStyle(i, w, pad int) lipgloss.Style {
	s := d.styles.Card
	if i == d.selected {
		s = d.styles.SelectedCard
	}
	return s.Padding(0, pad).Width(w - 2)
}

// cardContent is one card's lines, each at most inner cells wide.
func (d *dashboard) cardContent(i, inner int, anyTax, anyPremium, big bool) []string {
	st := &d.styles
	r := &d.result
	o := &r.Options[i]
	var lines []string
	add := func(ls ...string) { lines = append(lines, ls...) }

	marker := "  "
	if i == d.selected {
		marker = "▸ "
	}
	add(text.Fit(marker+st.Option[i].Render(o.ID.Label()), inner))
	if big {
		for _, l := range bigMoney(o.NetCost) {
			add(st.Option[i].Render(l))
		}
	}
	add(text.Fit(st.Bold.Render(o.NetCost.String())+" net a year", inner))

	cheapest := 0
	for j := range r.Options {
		if r.Options[j].ID == r.Cheapest {
			cheapest = j
		}
	}
	switch more := report.MoreThanCheapest(r, o.ID); {
	case i == cheapest:
		add(st.Good.Render(text.Fit("✓ lowest yearly cost", inner)))
	case more == 0:
		add(text.Fit("= same as "+shortLabel(cheapest), inner))
	default:
		add(st.Warn.Render(text.Fit("+"+more.String()+" a year", inner)), st.Warn.Render(text.Fit("  vs "+shortLabel(cheapest), inner)))
	}

	row := func(label string, c calc.Cents) { add(text.Spread(label, c.String(), inner)) }
	row("Out of pocket", o.OutOfPocket)
	row("Paid upfront", o.PatientPaidUpfront)
	row("Money back", o.Reimbursed)
	if when := plans.MoneyBackWhen(o); when != "" {
		for _, l := range text.Wrap(when, inner-2) {
			add(st.Muted.Render("  " + l))
		}
	}
	if anyTax {
		row("Tax savings", o.TaxSavings)
	}
	if anyPremium {
		row("Premiums", o.Premiums)
	}
	row("Per visit", o.PerVisit)
	perHour := o.PerHour.String()
	perHourLabel := firstFitting(inner, perHour, "Per hour one-on-one", "Per 1:1 hour")
	if perHourLabel == "" {
		perHourLabel = "Per hour" // spread cuts it if need be
	}
	add(text.Spread(perHourLabel, perHour, inner))
	// visits covered and not covered, on one row where it fits; an option
	// that files no claims asks the plan for nothing, which "covered 0 of
	// 18" would read as a denial
	covered := itoa(report.CoveredVisits(o)) + " of " + itoa(o.Visits)
	both := covered + " (" + itoa(o.UncoveredVisits) + " not)"
	nothing, short := report.PlanPaysNothingWords(o)
	switch label := firstFitting(inner, both, "Visits covered", "Covered"); {
	case !o.FilesClaims:
		add(text.Fit("Files no claims", inner))
	case nothing != "" && (short == "" || lipgloss.Width(nothing) <= inner):
		// covered, yet every allowed amount went to the deductible: "24 of
		// 24" would read as the plan paying
		add(text.Wrap(nothing, inner)...)
	case nothing != "":
		add(text.Fit(short, inner)) // one line, as the count it replaces
	case label != "":
		add(text.Spread(label, both, inner))
	default:
		add(text.Spread("Covered", covered, inner), text.Spread("Not covered", itoa(o.UncoveredVisits), inner))
	}
	add(theme.Lines(st.Muted, "", text.Wrap(report.Describe(o), inner))...)

	if ch := changes(&d.scenario, &d.saved, i); len(ch) > 0 {
		// three at most, then how many more; a fourth alone is shown in
		// the line that would have counted it
		const shown = 3
		for k, c := range ch {
			if k == shown && len(ch) > shown+1 {
				add(st.Changed.Render(text.Fit("+"+itoa(len(ch)-shown)+" more changes", inner)))
				break
			}
			add(theme.Lines(st.Changed, "", text.Wrap("≠ "+c, inner))...)
		}
	}
	return lines
}

// firstFitting is the first of labels that fits beside value in width
// cells (a space between), or "" when none does.
func firstFitting(width int, value string, labels ...string) string {
	vw := lipgloss.Width(value)
	for _, l := range labels {
		if lipgloss.Width(l)+1+vw <= width {
			return l
		}
	}
	return ""
}

// assumedNotedMax is how many assumed figures the line under the cards
// names before "and N more".
const assumedNotedMax = 3

// assumedNote is the line under the cards that says which figures were
// assumed, not given (all of them are listed below the charts).
func assumedNote(as []plans.Assumption) string {
	if len(as) == 0 {
		return ""
	}
	var names []string
	for i, a := range as {
		if i == assumedNotedMax {
			names = append(names, itoa(len(as)-assumedNotedMax)+" more")
			break
		}
		names = append(names, a.Noun)
	}
	list := names[0]
	if n := len(names); n > 1 {
		list = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return "Assumed, not given by you: " + list + " (typical figures, listed below); press e to change them."
}
