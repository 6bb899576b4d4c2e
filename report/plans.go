package report

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
)

// Plan against plan: `carecost compare A.yaml B.yaml [C.yaml …]`, 2 to 4
// scenarios that share the care needed and differ in the plan, as a matrix
// of plans × care models of the whole yearly cost.

// The number of plans a comparison takes: two to put side by side, at most
// four so the matrix still fits a terminal and a handout's page.
const (
	MinPlans = 2
	MaxPlans = 4
)

// PlanInput is one plan to compare: its scenario as a file gave it.
type PlanInput struct {
	File     string // as named on the command line; "-" standard input
	Scenario calc.Scenario
	Warnings []calc.Warning // the file's own (plans.Parse)
	Assumed  []string       // the figures the file leaves to typical defaults (plans.DefaultsAssumed)
}

// PlanColumn is one plan of the comparison: its label and its estimate.
type PlanColumn struct {
	File  string
	Label string // the scenario's name, else the file's name without folder or extension
	*Comparison
}

// Whole is the whole yearly cost of the plan with option id: the option's
// net cost plus the plan's own premiums (plan.premium_monthly × 12) less
// the employer's HSA contribution (calc.Result.PlanCost), which `estimate`
// reports apart because they are the same under every option. Between
// plans they are not: a cheap plan to use can be a dear one to have.
//
// With a range of visits it is the cost at the likely count, which decides
// the cheapest cell (docs/decisions.md): the count the client is told to
// expect, rather than an average no episode has.
func (p *PlanColumn) Whole(id calc.OptionID) calc.Cents {
	return p.NetCost(id) + p.Result.PlanCost()
}

// NetCost is the option's net cost under this plan: at the likely count
// when the scenario has a range of visits.
func (p *PlanColumn) NetCost(id calc.OptionID) calc.Cents {
	if rr, ok := p.RangeResult(); ok {
		return rr.Options[optionIndex(id)].Likely.NetCost
	}
	return p.Result.Option(id).NetCost
}

// WholeRange is the 10th and 90th percentiles of the whole yearly cost over
// the range of visits (the plan's premiums and the employer's deposit are
// the same at every count); ok is false without a range.
func (p *PlanColumn) WholeRange(id calc.OptionID) (p10, p90 calc.Cents, ok bool) {
	rr, ok := p.RangeResult()
	if !ok {
		return 0, 0, false
	}
	ro := &rr.Options[optionIndex(id)]
	return ro.P10 + rr.PlanCost, ro.P90 + rr.PlanCost, true
}

// Cell names one cell of the matrix: a plan (its index) and a care model.
type Cell struct {
	Plan   int
	Option calc.OptionID
}

// PlanComparison is the matrix of plans × care models.
type PlanComparison struct {
	Plans []PlanColumn
	// Cheapest is the cell of the lowest whole yearly cost; a tie goes to
	// the earlier plan (the command line's order), then the earlier option.
	Cheapest Cell
	Made     time.Time
	// Odds are the chance each plan is the cheapest over the range of
	// visits the plans share (docs/cost-rules.md, "Plan against plan over
	// a range of visits"); nil without a range.
	Odds *calc.PlanOdds
}

// Whole is the whole yearly cost of a cell.
func (m *PlanComparison) Whole(c Cell) calc.Cents { return m.Plans[c.Plan].Whole(c.Option) }

// More is how much more a cell costs than the cheapest (0 for it and for a
// tie).
func (m *PlanComparison) More(c Cell) calc.Cents { return m.Whole(c) - m.Whole(m.Cheapest) }

// CareDifference is one figure of the care two scenarios do not share.
type CareDifference struct {
	Path        string // the field, as a file spells it: "care.visits"
	Value       string // in the scenario that differs
	FirstValue  string // in the first scenario
	File, First string // the two files, as named
}

// CareMismatch is the error of a comparison whose scenarios do not share the
// care needed: every figure that differs, by file.
type CareMismatch struct{ Differences []CareDifference }

func (e *CareMismatch) Error() string {
	var b strings.Builder
	b.WriteString("the scenarios compared must share the care needed (the care section; only care.in_network.allowed, the plan's negotiated rate, may differ) and differ in the plan; these do not:")
	for _, d := range e.Differences {
		fmt.Fprintf(&b, "\n  %s has %s: %s there, %s in %s", termsafe.Text(displayFile(d.File)), d.Path,
			termsafe.Text(d.Value), termsafe.Text(d.FirstValue), termsafe.Text(displayFile(d.First)))
	}
	return b.String()
}

func displayFile(f string) string {
	if f == "-" {
		return "standard input"
	}
	return f
}

// ComparePlans estimates each plan and finds the cheapest cell. The
// scenarios must share the care needed: every field of the care section
// but care.in_network.allowed (the in-network rate is what the plan
// negotiated with the clinic, so it differs from plan to plan while the
// clinic and its charge stay the same); the error is then a
// *CareMismatch naming each figure that differs. Each plan keeps its own
// year, supplemental policy and account (an HSA comes with an HDHP).
func ComparePlans(inputs []PlanInput, made time.Time) (*PlanComparison, error) {
	if len(inputs) < MinPlans || len(inputs) > MaxPlans {
		return nil, fmt.Errorf("compare takes %d to %d scenarios; got %d", MinPlans, MaxPlans, len(inputs))
	}
	var mismatch CareMismatch
	for _, in := range inputs[1:] {
		for _, d := range CareDifferences(inputs[0].Scenario.Care, in.Scenario.Care) {
			d.File, d.First = in.File, inputs[0].File
			mismatch.Differences = append(mismatch.Differences, d)
		}
	}
	if len(mismatch.Differences) > 0 {
		return nil, &mismatch
	}
	m := &PlanComparison{Made: made}
	for _, in := range inputs {
		c := Compare(in.Scenario, in.Warnings, made)
		c.Assumed = plans.Assumptions(in.Scenario, in.Assumed)
		m.Plans = append(m.Plans, PlanColumn{File: in.File, Label: planLabel(in), Comparison: c})
	}
	disambiguate(m.Plans)
	best := Cell{Plan: 0, Option: calc.OptionIDs[0]}
	for i := range m.Plans {
		for _, id := range calc.OptionIDs {
			if c := (Cell{i, id}); m.Whole(c) < m.Whole(best) {
				best = c
			}
		}
	}
	m.Cheapest = best
	var ranges []*calc.RangeResult
	for i := range m.Plans {
		if rr, ok := m.Plans[i].RangeResult(); ok {
			ranges = append(ranges, rr)
		}
	}
	if odds, ok := calc.ComparePlanRanges(ranges); ok && len(ranges) == len(m.Plans) {
		m.Odds = &odds
	}
	return m, nil
}

// planLabel is the scenario's name, else its file's name without the
// folder and the extension ("2027-ppo" for clients/2027-ppo.yaml).
func planLabel(in PlanInput) string {
	if in.Scenario.Name != "" {
		return in.Scenario.Name
	}
	if in.File == "-" {
		return "standard input"
	}
	base := filepath.Base(in.File)
	if trimmed := strings.TrimSuffix(base, filepath.Ext(base)); trimmed != "" {
		return trimmed
	}
	return base
}

// disambiguate gives plans that share a label their file in brackets, so
// no two rows of the matrix read alike.
func disambiguate(ps []PlanColumn) {
	count := map[string]int{}
	for _, p := range ps {
		count[p.Label]++
	}
	for i := range ps {
		if count[ps[i].Label] > 1 {
			ps[i].Label += " (" + displayFile(ps[i].File) + ")"
		}
	}
}

// planCare are the care fields that belong to the plan rather than to the
// care: the in-network allowed amount is the rate the plan negotiated.
var planCare = map[string]bool{"care.in_network.allowed": true}

// CareDifferences lists the fields of the care section (defaults resolved:
// a file that leaves self_pay out and one that gives it equal to the charge
// need the same care) in which b differs from a, in the order of the field
// table, leaving out those that belong to the plan (planCare). It reads the
// fields through the field table (plans.Fields), so a care field added
// there is compared, and named as a file has it, without a change here.
func CareDifferences(a, b calc.Care) []CareDifference {
	sa, sb := calc.Scenario{Care: a}, calc.Scenario{Care: b}
	var out []CareDifference
	for _, f := range plans.Fields {
		if !strings.HasPrefix(f.Path, "care.") || planCare[f.Path] {
			continue
		}
		va, vb := f.Get(&sa), f.Get(&sb)
		if va == vb {
			continue
		}
		out = append(out, CareDifference{Path: f.Path, Value: careValue(f, vb), FirstValue: careValue(f, va)})
	}
	return out
}

// careValue shows a care figure as a file has it: money in dollars, a
// percentage with %, a count, a word.
func careValue(f plans.FieldSpec, v plans.FieldValue) string {
	switch f.Kind {
	case plans.KindMoney:
		return calc.Cents(v.N).String()
	case plans.KindPercent:
		return calc.BasisPoints(v.N).String() + " %"
	case plans.KindBool:
		return strconv.FormatBool(v.N != 0)
	case plans.KindEnum, plans.KindText, plans.KindMonthDay:
		return v.Text
	}
	if f.Nullable && !v.Set {
		return "none"
	}
	if f.Kind == plans.KindDate {
		return v.Text
	}
	return strconv.FormatInt(v.N, 10)
}

// cellWords names a cell in words: "2027 PPO with an in-network clinic";
// a comma first when the plan's name has a "with" of its own ("2027 HDHP
// with an HSA, with an in-network clinic").
func cellWords(plan string, id calc.OptionID) string {
	if strings.Contains(strings.ToLower(plan), " with ") {
		plan += ","
	}
	return plan + " with " + optionWithArticle(id)
}

func optionWithArticle(id calc.OptionID) string {
	switch id {
	case calc.InNetworkClinic:
		return "an in-network clinic"
	case calc.OutOfNetworkCash:
		return "an out-of-network provider"
	case calc.ConciergeTherapy:
		return "a concierge therapist"
	}
	return string(id)
}

// bestOf is the cheapest cell of one plan.
func (m *PlanComparison) bestOf(plan int) Cell {
	best := Cell{plan, calc.OptionIDs[0]}
	for _, id := range calc.OptionIDs[1:] {
		if c := (Cell{plan, id}); m.Whole(c) < m.Whole(best) {
			best = c
		}
	}
	return best
}

// runnerUp is the best cell of the other plans: what the cheapest is
// measured against in the recommendation.
func (m *PlanComparison) runnerUp() Cell {
	var best Cell
	found := false
	for i := range m.Plans {
		if i == m.Cheapest.Plan {
			continue
		}
		if c := m.bestOf(i); !found || m.Whole(c) < m.Whole(best) {
			best, found = c, true
		}
	}
	return best
}

// Recommendation is the comparison in one sentence: the cheapest cell in
// words, its whole yearly cost, and how much less it costs than the best
// the other plans can do. name renders a plan's label for the medium
// (escaped for a terminal or as Markdown).
func (m *PlanComparison) Recommendation(name func(string) string) string {
	best, next := m.Cheapest, m.runnerUp()
	words := func(c Cell) string { return cellWords(name(m.Plans[c.Plan].Label), c.Option) }
	s := "Lowest whole yearly cost: " + words(best) + ", " + m.Whole(best).String() + " a year, premiums included"
	if m.crossesReset() {
		s = "Lowest whole cost of the therapy: " + words(best) + ", " + m.Whole(best).String() + ", one year's premiums included"
	}
	d := m.Whole(next) - m.Whole(best)
	if d == 0 {
		return s + "; " + words(next) + " costs the same."
	}
	return s + ": " + d.String() + " less than the best of " + otherPlans(len(m.Plans)) + ", " + words(next) + " (" + m.Whole(next).String() + ")."
}

func otherPlans(n int) string {
	if n == 2 {
		return "the other plan"
	}
	return "the other plans"
}

// differenceText is a cell's difference to the cheapest: "lowest cost",
// "same" for a tie, "+$400.00".
func (m *PlanComparison) differenceText(c Cell) string {
	switch {
	case c == m.Cheapest:
		return "lowest cost"
	case m.More(c) == 0:
		return "same"
	}
	return "+" + m.More(c).String()
}

// wholeCostShort is WholeCostDefinition for the table, where lines are few.
const wholeCostShort = "Whole yearly cost = the plan's own premiums + the option's net cost (out of pocket + any supplemental policy's premiums − HSA/FSA tax savings)."

// WholeCostDefinition says what the whole yearly cost adds to an
// estimate's net cost, for the table and the handout.
const WholeCostDefinition = "The whole yearly cost is each option's net cost (what the care costs in the end, plus any supplemental policy's premiums, less the tax an HSA or FSA saves) plus the plan's own premiums for the year (its monthly premium × 12), which differ from plan to plan."

// The definitions' words for an employer's HSA contribution, added only
// when a plan has one, so a comparison without prints as before.
const (
	wholeCostShortEmployer = " An employer's HSA contribution is taken off in full."
	employerDefinition     = " An employer's contribution to the HSA is then taken off in full: it pays for the care before your own money (and so saves no tax), and what the care leaves of it stays in the HSA, yours."
)

// employerPays reports whether any plan comes with an employer's HSA
// contribution.
func (m *PlanComparison) employerPays() bool {
	for i := range m.Plans {
		if m.Plans[i].Result.EmployerContribution > 0 {
			return true
		}
	}
	return false
}

// The definitions when the visits cross the plan-year reset: the costs
// span two plan years, so the matrix is the whole cost of the therapy, and
// its premiums one year's, as docs/cost-rules.md ("The reset") counts them.
const (
	wholeCostShortDated = "Whole cost of the therapy = one year's premiums of the plan + the option's net cost over every visit, both plan years (out of pocket + any supplemental policy's premiums − HSA/FSA tax savings)."
	wholeCostDated      = "The whole cost of the therapy is each option's net cost over every visit, on both sides of the plan-year reset (what the care costs in the end, plus any supplemental policy's premiums, less the tax an HSA or FSA saves), plus one year's premiums of the plan (its monthly premium × 12), which differ from plan to plan: the visits span two plan years, but the premiums are paid whatever the care, so one year's is counted, as without dates, and the renewed plan's premium is not."
)

// crossesReset reports whether some plan's visits cross its plan-year
// reset: the costs then span two plan years, and nothing calls them "a
// year".
func (m *PlanComparison) crossesReset() bool {
	for i := range m.Plans {
		if m.Plans[i].anyReset() {
			return true
		}
	}
	return false
}

// WholeCostName is what the matrix's figure is called: "whole yearly
// cost", or "whole cost of the therapy" across the reset. Exported for
// the TUI's compare screen, whose own title names the figure.
func (m *PlanComparison) WholeCostName() string {
	if m.crossesReset() {
		return "whole cost of the therapy"
	}
	return "whole yearly cost"
}

// datesShared are the dates every plan shares (the care, and so the visits'
// dates, are the same under each): the first visit and each option's last.
// Nil without dates.
func (m *PlanComparison) datesShared() []string {
	c := m.Plans[0].Comparison
	if !c.Dated() {
		return nil
	}
	return []string{c.DatesSentences()[0], c.LastVisitSentence()}
}

// planDated are one plan's own dated sentences: where its plan year
// resets (its year_starts is its own) and at which visits, its renewed
// figures and its FSA's next election (episode.go's wording, the
// estimate's). Nil without dates or without a health plan on either side
// of the reset.
func planDated(p *PlanColumn) []string {
	if !p.Dated() || p.Scenario.Plan.Type == calc.NoPlan && !p.resetCounts() {
		return nil
	}
	out := p.DatesSentences()[1:]
	if r := p.ResetVisitsSentence(); r != "" {
		out = append(out, r)
	}
	return append(out, p.RenewedSentences()...)
}

// Definition is what the matrix's figure is, in the handout's words: the
// whole yearly cost, or the whole cost of the therapy across the reset,
// with an employer's HSA contribution when a plan has one. It begins "The
// " + WholeCostName() + " is ".
func (m *PlanComparison) Definition() string { return m.wholeCost(false) }

// wholeCost is the whole yearly cost's definition, short for the table or
// whole for the handout.
func (m *PlanComparison) wholeCost(short bool) string {
	d, e := WholeCostDefinition, employerDefinition
	if short {
		d, e = wholeCostShort, wholeCostShortEmployer
	}
	if m.crossesReset() {
		d = wholeCostDated
		if short {
			d = wholeCostShortDated
		}
	}
	if m.employerPays() {
		d += e
	}
	return d
}

// employerLine names each plan's employer HSA contribution: "The
// employer's HSA contribution, taken off the whole yearly cost: 2027 HDHP
// $750.00." (the figure as WholeCostName calls it; "" when no plan has
// one). name renders a label.
func (m *PlanComparison) employerLine(name func(string) string) string {
	var parts []string
	for i := range m.Plans {
		if e := m.Plans[i].Result.EmployerContribution; e > 0 {
			parts = append(parts, name(m.Plans[i].Label)+" "+e.String())
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "The employer's HSA contribution, taken off the " + m.WholeCostName() + ": " + strings.Join(parts, "; ") + "."
}

// OddsSentence says, over a range of visits, how likely each plan is to be
// the cheapest: "Weighing every count from 10 to 30 visits, the chance each
// plan is the cheapest (at each count, its cheapest care model): PPO 100 %;
// Cash only 0 %." A tie's share follows when there is one. "" without a
// range.
func (m *PlanComparison) OddsSentence(name func(string) string) string {
	if m.Odds == nil {
		return ""
	}
	rr, _ := m.Plans[0].RangeResult()
	var parts []string
	for i := range m.Plans {
		parts = append(parts, name(m.Plans[i].Label)+" "+m.Odds.Percent(m.Odds.Cheapest[i]).String()+" %")
	}
	s := "Weighing every count from " + itoa(rr.Range.Fewest) + " to " + visitsWord(rr.Range.Most) +
		", the chance each plan is the cheapest (at each count, its cheapest care model): " + strings.Join(parts, "; ")
	if m.Odds.Tie > 0 {
		s += "; a tie for the cheapest " + m.Odds.Percent(m.Odds.Tie).String() + " %"
	}
	return s + "."
}

// figuresYears says which years' reference figures the plans use: "2027",
// or "2026 and 2027" when they differ.
func (m *PlanComparison) figuresYears() string {
	var ys []string
	seen := map[int]bool{}
	for _, p := range m.Plans {
		if !seen[p.FiguresYear] {
			seen[p.FiguresYear] = true
			ys = append(ys, strconv.Itoa(p.FiguresYear))
		}
	}
	if len(ys) == 1 {
		return "the " + ys[0] + " reference figures"
	}
	return "the reference figures of " + strings.Join(ys[:len(ys)-1], ", ") + " and " + ys[len(ys)-1] + " (each plan its own year)"
}

// ranged reports whether any plan has a range of visits.
func (m *PlanComparison) ranged() bool {
	for i := range m.Plans {
		if _, ok := m.Plans[i].RangeResult(); ok {
			return true
		}
	}
	return false
}

// RangeSentence says, for a comparison with a range of visits, which count
// the matrix is at: "Visits: between 20 and 30, most likely 25. Each cost
// is at the likely 25 visits, and the cheapest is decided there." Empty
// without a range.
func (m *PlanComparison) RangeSentence(name func(string) string) string {
	if !m.ranged() {
		return ""
	}
	// ComparePlans refuses plans whose care differs (CareDifferences), the
	// range of visits included: every plan has the first one's range.
	rr, _ := m.Plans[0].RangeResult()
	v := rr.Range
	return "Visits: between " + itoa(v.Fewest) + " and " + itoa(v.Most) + ", most likely " + itoa(v.Likely) +
		". Each cost is at the likely " + visitsWord(v.Likely) + ", and the cheapest is decided there."
}
