// Package report renders one comparison — a scenario's calc.Result — as the
// aligned table of a terminal, the JSON of docs/scenario-format.md, or the
// Markdown handout a counselor gives a client. It formats; it computes no
// cost of its own.
package report

import (
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
)

// Comparison is everything a report shows.
type Comparison struct {
	Scenario calc.Scenario
	Result   *calc.Result
	// Warnings are every scenario-level warning: the engine's and those
	// computed from the year's figures.
	Warnings []calc.Warning
	// WarningText renders a warning as a sentence (plans.WarningText).
	WarningText func(calc.Warning) string
	// FiguresYear is the plan year whose reference figures were used.
	FiguresYear int
	// PlanDescription says how the plan type treats therapy (markdown only).
	PlanDescription string
	// Made is when the report was made (markdown only).
	Made time.Time
	// Assumed are the figures the user did not give, which the estimate
	// takes as typical (markdown only; plans.Assumptions).
	Assumed []plans.Assumption
	// Range is the estimate over the scenario's range of visits; nil: made
	// from Scenario when it has a range (RangeResult).
	Range *calc.RangeResult
}

// RangeResult is the estimate over the scenario's range of visits, made once;
// ok is false when the scenario has no range.
func (c *Comparison) RangeResult() (*calc.RangeResult, bool) {
	if c.Range == nil {
		r, ok := calc.EstimateRange(c.Scenario)
		if !ok {
			return nil, false
		}
		c.Range = &r
	}
	return c.Range, true
}

func (c *Comparison) text(w calc.Warning) string {
	if c.WarningText != nil {
		return c.WarningText(w)
	}
	return string(w.Code)
}

// WarningSentences is the scenario's warnings then each option's, as sentences,
// each once.
func (c *Comparison) WarningSentences() []string {
	var out []string
	seen := map[string]bool{}
	add := func(w calc.Warning) {
		s := c.text(w)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, w := range c.Warnings {
		add(w)
	}
	for i := range c.Result.Options {
		for _, w := range c.Result.Options[i].Warnings {
			add(w)
		}
	}
	return out
}

// NoteText renders a ledger note for people: "deductible", "coinsurance
// 20 %", "past visit limit", "balance billed $65.00".
func NoteText(n calc.Note) string {
	var parts []string
	r := n.Rules
	add := func(rule calc.Rule, s string) {
		if r.Has(rule) {
			parts = append(parts, s)
		}
	}
	add(calc.RuleNewPlanYear, "new plan year")
	add(calc.RuleEvaluation, "evaluation")
	add(calc.RuleReEvaluation, "re-evaluation")
	add(calc.RuleNoCoverage, "no coverage")
	add(calc.RuleNoSuperbill, "no superbill")
	add(calc.RulePastVisitLimit, "past visit limit")
	add(calc.RuleExtraVisits, "extra-visits policy")
	add(calc.RuleDeductible, "deductible")
	if r.Has(calc.RuleCopay) {
		parts = append(parts, "copay "+n.Copay.String())
	}
	if r.Has(calc.RuleCoinsurance) {
		parts = append(parts, "coinsurance "+n.Coinsurance.String()+" %")
	}
	if r.Has(calc.RuleOOPMaxReached) {
		if r.Has(calc.RuleCopay) || r.Has(calc.RuleCoinsurance) {
			parts = append(parts, "cut short: out-of-pocket max reached") // the share stops at the maximum
		} else {
			parts = append(parts, "out-of-pocket max reached")
		}
	}
	if r.Has(calc.RuleBalanceBilled) {
		parts = append(parts, "balance billed "+n.BalanceBilled.String())
	}
	add(calc.RuleTherapyMax, "plan's therapy maximum reached")
	add(calc.RuleSecondaryPaid, "secondary paid")
	add(calc.RuleExcessCharges, "excess charges paid")
	add(calc.RuleIndemnityPaid, "indemnity paid")
	add(calc.RuleServiceFee, "claim-service fee")
	add(calc.RuleTravelFee, "travel fee")
	return strings.Join(parts, ", ")
}

// Describe says in a few words what an option buys: its session length and
// where the care happens.
func Describe(o *calc.Option) string {
	switch o.ID {
	case calc.InNetworkClinic:
		return itoa(o.Minutes) + "-minute visits at an in-network clinic"
	case calc.OutOfNetworkCash:
		return itoa(o.Minutes) + "-minute visits with a provider of your choice, paid in cash"
	case calc.ConciergeTherapy:
		return itoa(o.Minutes) + "-minute one-on-one sessions at home"
	}
	return ""
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// visitMarker says an optional visit: "visit 15", "already", or "never".
func visitMarker(m calc.OptionalVisit, never string) string {
	switch {
	case !m.Set:
		return never
	case m.Value == 0:
		return "already"
	default:
		return "visit " + itoa(m.Value)
	}
}

// FileHeading names the file whose comparison follows, when one command
// writes several (`carecost estimate` of a folder): "File: NAME" for the
// table, escaped for a terminal, or as Markdown for the handouts, which
// are also parted by a rule. first: the first of them, with nothing
// before.
func FileHeading(file string, markdown, first bool) string {
	if markdown {
		h := "File: " + markdownText(file) + "\n\n"
		if !first {
			h = "\n---\n\n" + h
		}
		return h
	}
	h := "File: " + termsafe.Text(file) + "\n\n"
	if !first {
		h = "\n" + h
	}
	return h
}
