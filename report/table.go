package report

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"
	"github.com/muesli/termenv"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
)

// TableOptions say how the table is drawn.
type TableOptions struct {
	Color bool // bold and colour on a terminal; never with NO_COLOR
}

const (
	labelWidth  = 24
	columnWidth = 17
)

var shortLabels = [...]string{"In-network", "Out-of-network", "Concierge"}

// Table writes the comparison as an aligned table for a terminal or a pipe:
// the options, the figures that differ, the cheapest in words, the warnings.
func Table(w io.Writer, c *Comparison, opts TableOptions) error {
	re := lipgloss.NewRenderer(w)
	if !opts.Color {
		re.SetColorProfile(termenv.Ascii)
	}
	bold := re.NewStyle().Bold(true)
	// the terminal's own green: legible on its background without asking
	// the terminal which background it has (an adaptive colour would, and
	// a terminal that never answers makes that a 5-second wait)
	good := re.NewStyle().Bold(true).Foreground(lipgloss.Color("2"))
	faint := re.NewStyle().Faint(true)

	res := c.Result
	var b strings.Builder
	title := "carecost: a year of therapy, three ways"
	if res.Name != "" {
		title = "carecost: " + termsafe.Text(res.Name) // a name from a file
	}
	b.WriteString(bold.Render(title) + "\n\n")

	header := pad("", labelWidth)
	marks := pad("", labelWidth)
	for i := range res.Options {
		header += " " + padLeft(shortLabels[i], columnWidth)
		mark := ""
		if res.Options[i].ID == res.Cheapest {
			mark = "lowest cost"
		}
		marks += " " + padLeft(mark, columnWidth)
	}
	b.WriteString(bold.Render(header) + "\n")
	b.WriteString(renderLines(good, strings.TrimRight(marks, " ")) + "\n")

	same := sameForAll(c)
	for _, r := range c.rows() {
		if !r.always && !r.differs(res) {
			continue
		}
		line := pad(r.label, labelWidth)
		for i := range res.Options {
			line += " " + padLeft(r.cell(&res.Options[i]), columnWidth)
		}
		if r.label == "Net yearly cost" {
			line = bold.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if len(same) > 0 {
		b.WriteString(renderLines(faint, wrap("Same for all three: "+strings.Join(same, "; ")+".", 78)) + "\n")
	}
	if res.PlanPremiums > 0 {
		b.WriteString(renderLines(faint, wrap("The plan's own premium, "+res.PlanPremiums.String()+" a year, is the same under every option and not counted above.", 78)) + "\n")
	}
	b.WriteString("\n" + renderLines(good, wrap(verdict(res), 78)) + "\n")
	for i := range res.Options {
		o := &res.Options[i]
		if when := plans.MoneyBackWhen(o); when != "" {
			b.WriteString(wrap(o.ID.Label()+": "+o.Reimbursed.String()+" in all comes back, "+when+moneyBackSpan(o)+".", 78) + "\n")
		}
	}
	if s := c.EvaluationSentence(); s != "" {
		b.WriteString(wrap(s, 78) + "\n")
	}
	episodeTable(&b, c, bold, faint)
	if ws := c.WarningSentences(); len(ws) > 0 {
		b.WriteString("\n" + bold.Render("Warnings") + "\n")
		for _, s := range ws {
			b.WriteString(wrapIndent("- ", s, 78) + "\n")
		}
	}
	b.WriteString("\n" + faint.Render("An estimate, not a guarantee of payment: check the figures with your insurer.") + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func pad(s string, n int) string {
	if w := runewidth.StringWidth(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

func padLeft(s string, n int) string {
	if w := runewidth.StringWidth(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}

// renderLines styles each line on its own: Lip Gloss pads a multi-line
// block to its widest line, which leaves trailing spaces in a pipe.
func renderLines(st lipgloss.Style, s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return strings.Join(lines, "\n")
}

// wrap breaks text at spaces into lines of at most width columns.
func wrap(s string, width int) string { return wrapIndent("", s, width) }

// wrapIndent wraps s with prefix on the first line and as much space on the
// others.
func wrapIndent(prefix, s string, width int) string {
	indent := strings.Repeat(" ", runewidth.StringWidth(prefix))
	var b strings.Builder
	line := prefix
	lineHasWord := false
	for _, word := range strings.Fields(s) {
		if lineHasWord && runewidth.StringWidth(line)+1+runewidth.StringWidth(word) > width {
			b.WriteString(line + "\n")
			line, lineHasWord = indent, false
		}
		if lineHasWord {
			line += " "
		}
		line += word
		lineHasWord = true
	}
	b.WriteString(line)
	return b.String()
}
