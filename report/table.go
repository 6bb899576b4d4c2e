package report

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/plans"
)

// TableOptions say how the table is drawn.
type TableOptions struct {
	Color bool // bold and colour on a terminal; never with NO_COLOR
}

const (
	labelWidth  = 24
	columnWidth = 17
	// proseWidth is where the sentences under the table wrap
	proseWidth = 78
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

	header := text.PadRight("", labelWidth)
	marks := text.PadRight("", labelWidth)
	for i := range res.Options {
		header += " " + text.PadLeft(shortLabels[i], columnWidth)
		mark := ""
		if res.Options[i].ID == res.Cheapest {
			mark = "lowest cost"
		}
		marks += " " + text.PadLeft(mark, columnWidth)
	}
	b.WriteString(bold.Render(header) + "\n")
	b.WriteString(good.Render(strings.TrimRight(marks, " ")) + "\n")

	same := sameForAll(c)
	for _, r := range c.rows() {
		if !r.always && !r.differs(res) {
			continue
		}
		line := text.PadRight(r.label, labelWidth)
		for i := range res.Options {
			line += " " + text.PadLeft(r.cell(&res.Options[i]), columnWidth)
		}
		if r.label == "Net yearly cost" {
			line = bold.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if len(same) > 0 {
		b.WriteString(renderLines(faint, text.Wrap("Same for all three: "+strings.Join(same, "; ")+".", proseWidth)) + "\n")
	}
	if note := PlanPremiumNote(res); note != "" {
		b.WriteString(renderLines(faint, text.Wrap(note, proseWidth)) + "\n")
	}
	if note := EmployerContributionNote(res); note != "" {
		b.WriteString(renderLines(faint, text.Wrap(note, proseWidth)) + "\n")
	}
	b.WriteString("\n" + renderLines(good, text.Wrap(Verdict(res), proseWidth)) + "\n")
	for i := range res.Options {
		o := &res.Options[i]
		if line := moneyBackLine(o); line != "" {
			b.WriteString(wrapped(line, proseWidth) + "\n")
		}
	}
	if s := c.EvaluationSentence(); s != "" {
		b.WriteString(wrapped(s, proseWidth) + "\n")
	}
	episodeTable(&b, c, bold, faint)
	if ws := c.WarningSentences(); len(ws) > 0 {
		b.WriteString("\n" + bold.Render("Warnings") + "\n")
		for _, s := range ws {
			b.WriteString(wrappedIndent("- ", s, proseWidth) + "\n")
		}
	}
	b.WriteString("\n" + faint.Render("An estimate, not a guarantee of payment: check the figures with your insurer.") + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// renderLines styles each line on its own: Lip Gloss pads a multi-line
// block to its widest line, which leaves trailing spaces in a pipe.
// moneyBackLine says how much of option o's money comes back and when:
// "Out-of-network provider: $480.00 in all comes back, about 30 days after
// each visit", and in a dated episode the first and last days
// (moneyBackSpan). The table and the handout's "When money comes back" say
// it in these words; "" when nothing comes back.
func moneyBackLine(o *calc.Option) string {
	when := plans.MoneyBackWhen(o)
	if when == "" {
		return ""
	}
	return o.ID.Label() + ": " + o.Reimbursed.String() + " in all comes back, " + when + moneyBackSpan(o) + "."
}

// wrapped is s wrapped to width (text.Wrap) as one string, lines joined
// by "\n"; wrappedIndent likewise for text.WrapIndent.
func wrapped(s string, width int) string { return strings.Join(text.Wrap(s, width), "\n") }

func wrappedIndent(prefix, s string, width int) string {
	return strings.Join(text.WrapIndent(prefix, s, width), "\n")
}

func renderLines(st lipgloss.Style, lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = st.Render(l)
	}
	return strings.Join(out, "\n")
}
