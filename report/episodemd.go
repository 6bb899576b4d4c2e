package report

import (
	"strings"

	"github.com/carecost/carecost/calc"
)

// The handout's sections for a real episode (episode.go), after the
// comparison and before the figures assumed, each only when the scenario
// has what it shows.

// episodeMarkdown writes "Dates and the plan-year reset", "If the number of
// visits is not known" and "Cash flow by month".
func episodeMarkdown(b *strings.Builder, c *Comparison) {
	res := c.Result
	if s := c.EvaluationSentence(); s != "" {
		b.WriteString(s + "\n\n")
	}
	if c.Dated() {
		b.WriteString("## Dates and the plan-year reset\n\n")
		b.WriteString(strings.Join(c.DatesSentences(), " ") + "\n\n")
		markdownRows(b, c, c.datedRows())
		b.WriteString("\n" + c.PeakSentence() + "\n\n")
		var backs []string
		for i := range res.Options {
			o := &res.Options[i]
			if moneyBackSpan(o) != "" {
				backs = append(backs, moneyBackLine(o))
			}
		}
		if len(backs) > 0 {
			b.WriteString("When money comes back:\n\n")
			for _, x := range backs {
				b.WriteString("- " + x + "\n")
			}
			b.WriteString("\n")
		}
		if c.Scenario.NextYear.Set && c.anyReset() {
			b.WriteString("The renewed plan, from " + dateWords(c.resetDate()) + ":\n\n")
			for _, a := range renewedPlanText(&c.Scenario.NextYear.Plan) {
				b.WriteString("- " + a + "\n")
			}
			b.WriteString("\n")
		}
	}
	if t, ok := c.rangeText(); ok {
		rr, _ := c.RangeResult()
		b.WriteString("## If the number of visits is not known\n\n")
		b.WriteString(strings.Join(t.intro, " ") + "\n\n")
		markdownRows(b, c, rangeRows(rr))
		b.WriteString("\n**" + t.changes + "**\n\n")
		b.WriteString(t.distribution + "\n\n")
	}
	if months := c.monthRows(); len(months) > 0 {
		b.WriteString("## Cash flow by month\n\n")
		if c.anyMoneyBack() {
			b.WriteString("What you pay at the visits each month, and the money that comes back (from the plan and any policy) in the month it arrives; - for nothing.\n\n")
		} else {
			b.WriteString("What you pay at the visits each month; nothing comes back with any option, so every \"back\" column is -.\n\n")
		}
		b.WriteString("| Month |")
		for i := range res.Options {
			b.WriteString(" " + shortLabels[i] + ": you pay | " + shortLabels[i] + ": back |")
		}
		b.WriteString("\n|---|" + strings.Repeat("---:|", 2*len(res.Options)) + "\n")
		for _, m := range months {
			b.WriteString("| " + m.Label + " |")
			for i := range res.Options {
				b.WriteString(" " + monthCell(m.Out[i], m.Has[i]) + " | " + monthCell(m.Back[i], m.Has[i]) + " |")
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
}

// markdownRows writes rows of figures as a Markdown table under the
// options' names.
func markdownRows(b *strings.Builder, c *Comparison, rs []row) {
	res := c.Result
	b.WriteString("| |")
	for i := range res.Options {
		b.WriteString(" " + res.Options[i].ID.Label() + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---:|", len(res.Options)) + "\n")
	for _, r := range rs {
		b.WriteString("| " + r.mdLabel() + " |")
		for i := range res.Options {
			b.WriteString(" " + r.cell(&res.Options[i]) + " |")
		}
		b.WriteString("\n")
	}
}

// renewedPlanText says the next_year plan's figures, as the handout says
// the plan's.
func renewedPlanText(p *calc.Plan) []string {
	if p.Type == calc.NoPlan {
		return []string{"No health plan."}
	}
	a := []string{sharingText(&p.InNetwork, "in-network")}
	if p.OutOfNetwork.Covered {
		a = append(a, sharingText(&p.OutOfNetwork.CostSharing, "out-of-network")+" It recognises "+p.OutOfNetwork.Allowed.String()+" a visit out of network.")
	} else {
		a = append(a, "No out-of-network benefits.")
	}
	if p.VisitLimit.Set {
		a = append(a, "It covers "+itoa(p.VisitLimit.Value)+" therapy visits a plan year.")
	}
	return a
}

// evaluationText says an option's evaluation prices, for the handout's
// assumptions: "The first visit is an evaluation: the clinic charges $300.00
// for it (the plan's rate $180.00); a re-evaluation every 10 visits,
// $200.00 (the plan's rate $150.00)." Empty when o prices none.
func evaluationText(s *calc.Scenario, o *calc.Option) string {
	var ev calc.Evaluations
	switch o.ID {
	case calc.InNetworkClinic:
		ev = s.Care.InNetwork.Evaluations
	case calc.OutOfNetworkCash:
		ev = s.Care.OutOfNetwork.Evaluations
	case calc.ConciergeTherapy:
		ev = s.Care.Concierge.Evaluations
	}
	// allowed: out of network, the plan's own amount for the visit type
	// (evaluation_allowed, re_evaluation_allowed); said only when set, as the
	// assumptions' "The plan recognises … a visit" says the rest.
	price := func(p calc.VisitPrice, allowed calc.Limit[calc.Cents]) string {
		t := p.Price.String()
		switch {
		case o.ID == calc.InNetworkClinic && s.Plan.Type != calc.NoPlan:
			t += " (the plan's rate " + p.Allowed.String() + ")"
		case o.ID != calc.InNetworkClinic && filesInFirstYear(o) && allowed.Set: // the allowed amount is plan year 1's
			t += " (the plan recognises " + min(p.Price, allowed.Value).String() + ")"
		}
		return t
	}
	oon := &s.Plan.OutOfNetwork
	var parts []string
	if ev.First.Set && len(o.Ledger) > 0 && o.Ledger[0].Kind == calc.Evaluation {
		parts = append(parts, "the first visit is an evaluation, at "+price(ev.First, oon.EvaluationAllowed))
	}
	if ev.Re.Set && ev.ReEvery > 0 && reEvaluationVisits(o) != nil {
		parts = append(parts, "a re-evaluation every "+itoa(ev.ReEvery)+" visits after it, at "+price(ev.Re, oon.ReEvaluationAllowed))
	}
	if len(parts) == 0 {
		return ""
	}
	t := strings.Join(parts, "; ")
	return strings.ToUpper(t[:1]) + t[1:] + "."
}

// episodeQuestions are what to ask the insurer about a real episode: the
// next plan year's figures when the visits cross the reset.
func (c *Comparison) episodeQuestions() []string {
	if !c.Dated() || !c.resetCounts() || c.renewedPlan().Type == calc.NoPlan {
		return nil // no plan from the reset: nothing to ask its insurer
	}
	return []string{"What will my deductible and out-of-pocket maximum be in the plan year from " + dateWords(c.resetDate()) +
		", and does anything I pay before then count toward it (some plans credit the last months' deductible to the next year)?"}
}
