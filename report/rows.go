package report

import (
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
)

// row is one figure of the comparison, rendered for each option.
type row struct {
	label string
	cell  func(o *calc.Option) string
	// always: shown even when the three options agree.
	always bool
	// md is the label in the handout when the table's, indented under the
	// row before, would not read alone there ("  on").
	md string
}

// mdLabel is the row's label in the handout.
func (r *row) mdLabel() string {
	if r.md != "" {
		return r.md
	}
	return r.label
}

func dollars(f func(o *calc.Option) calc.Cents) func(o *calc.Option) string {
	return func(o *calc.Option) string { return f(o).String() }
}

// rows are the figures of a comparison, in the order people read them.
func (c *Comparison) rows() []row {
	rs := []row{
		{label: "Net yearly cost", always: true, cell: dollars(func(o *calc.Option) calc.Cents { return o.NetCost })},
		{label: "Visits", always: true, cell: func(o *calc.Option) string { return itoa(o.Visits) }},
		{label: "Minutes a visit", cell: func(o *calc.Option) string { return itoa(o.Minutes) }},
		{label: "Billed by the provider", cell: dollars(func(o *calc.Option) calc.Cents { return o.Billed })},
		{label: "Plan pays", cell: dollars(func(o *calc.Option) calc.Cents { return o.PlanPaid })},
		{label: "Supplemental pays", cell: dollars(func(o *calc.Option) calc.Cents { return o.SupplementalPaid })},
		{label: "Claim-service fees", cell: dollars(func(o *calc.Option) calc.Cents { return o.Fees })},
		{label: "You pay upfront", always: true, cell: dollars(func(o *calc.Option) calc.Cents { return o.PatientPaidUpfront })},
		{label: "Money back", always: true, cell: dollars(func(o *calc.Option) calc.Cents { return o.Reimbursed })},
		{label: "Out of pocket", always: true, cell: dollars(func(o *calc.Option) calc.Cents { return o.OutOfPocket })},
		{label: "Policy premiums", cell: dollars(func(o *calc.Option) calc.Cents { return o.Premiums })},
		{label: "Tax savings (HSA/FSA)", cell: dollars(func(o *calc.Option) calc.Cents { return o.TaxSavings })},
	}
	if k := c.Scenario.Supplemental.Kind; k != calc.NoSupplemental && k != "" {
		rs = append(rs, row{label: "Net without the policy", always: true,
			cell: dollars(func(o *calc.Option) calc.Cents { return o.WithoutSupplementalNetCost })})
	}
	rs = append(rs,
		row{label: "Per visit", cell: dollars(func(o *calc.Option) calc.Cents { return o.PerVisit })},
		row{label: "Per hour one-on-one", always: true, cell: dollars(func(o *calc.Option) calc.Cents { return o.PerHour })},
	)
	rs = append(rs, c.evaluationRows()...) // an evaluation priced apart: what the first visit costs
	rs = append(rs,
		row{label: "Deductible met", cell: func(o *calc.Option) string {
			if DeductibleSkipped(&c.Scenario, o) {
				return DeductibleSkippedWords
			}
			return yearMarker(o, o.DeductibleMetAtVisit, func(y *calc.PlanYear) calc.OptionalVisit { return y.DeductibleMetAtVisit })
		}},
		row{label: "Out-of-pocket max met", cell: func(o *calc.Option) string {
			return yearMarker(o, o.OOPMaxMetAtVisit, func(y *calc.PlanYear) calc.OptionalVisit { return y.OOPMaxMetAtVisit })
		}},
		// an option that files no claims is not "not covered" (which reads
		// as a denial): it asks the plan for nothing
		row{label: "First visit not covered", cell: func(o *calc.Option) string {
			if !o.FilesClaims {
				return "no claims"
			}
			return visitMarker(o.FirstUncoveredVisit, "none")
		}},
		row{label: "Visits not covered", cell: func(o *calc.Option) string {
			if !o.FilesClaims {
				return "no claims"
			}
			return itoa(o.UncoveredVisits)
		}},
	)
	return rs
}

// yearMarker is claimMarker naming the plan year ("visit 2, 2026",
// "already, 2026") when the option's visits cross the reset and what was
// met does not hold to its last visit: the option's marker is the first time
// in any plan year (docs/cost-rules.md, "What each option reports, dated"),
// and a bare "already" above a next year that pays a new deductible reads as
// nothing left to pay. inYear is the same marker within one plan year.
func yearMarker(o *calc.Option, m calc.OptionalVisit, inYear func(*calc.PlanYear) calc.OptionalVisit) string {
	s := claimMarker(o, m)
	if !o.FilesClaims || !m.Set || !o.ResetAtVisit.Set || len(o.PlanYears) < 2 {
		return s
	}
	at := 0 // the plan year the marker falls in: the one holding visit max(m, 1)
	for i := range o.PlanYears {
		if o.PlanYears[i].FirstVisit <= max(m.Value, 1) {
			at = i
		}
	}
	holds := true
	for i := at + 1; i < len(o.PlanYears); i++ {
		if y := inYear(&o.PlanYears[i]); !y.Set || y.Value >= o.PlanYears[i].FirstVisit {
			holds = false
		}
	}
	if holds {
		return s
	}
	// A plan year from July is "2026-27"; with a visit past 99 that is one
	// cell too wide, so the year it began names it there.
	start := o.PlanYears[at].Start
	if named := s + ", " + planYearName(start); len(named) <= columnWidth {
		return named
	}
	return s + ", " + itoa(start.Year)
}

func claimMarker(o *calc.Option, m calc.OptionalVisit) string {
	if !o.FilesClaims {
		return "no claims"
	}
	return visitMarker(m, "never")
}

// differs reports whether a row's cells are not all the same.
func (r *row) differs(res *calc.Result) bool {
	first := r.cell(&res.Options[0])
	for i := 1; i < len(res.Options); i++ {
		if r.cell(&res.Options[i]) != first {
			return true
		}
	}
	return false
}

// Verdict says which option costs least over the year and by how much each
// other one costs more, the sentence a patient must read first: "Lowest
// yearly cost: In-network clinic, $300.00. Out-of-network provider costs
// $1,620.00 more; concierge therapist costs $3,000.00 more." The table, the
// handout and the dashboard all say it so; "" for a result without options.
func Verdict(r *calc.Result) string {
	best := r.Option(r.Cheapest)
	if best == nil {
		return ""
	}
	var others []string
	for i := range r.Options {
		o := &r.Options[i]
		if o.ID == best.ID {
			continue
		}
		label := o.ID.Label()
		if len(others) > 0 {
			label = text.LowerFirst(label)
		}
		if more := MoreThanCheapest(r, o.ID); more == 0 {
			others = append(others, label+" costs the same")
		} else {
			others = append(others, label+" costs "+more.String()+" more")
		}
	}
	return "Lowest yearly cost: " + best.ID.Label() + ", " + best.NetCost.String() + ". " +
		strings.Join(others, "; ") + "."
}

// PlanPremiumNote says that the plan's own premium is the same under every
// option and left out of the net costs, where the table, the handout and
// the dashboard show them; "" when the plan has no premium.
func PlanPremiumNote(r *calc.Result) string {
	if r.PlanPremiums <= 0 {
		return ""
	}
	return "The plan's own premium, " + r.PlanPremiums.String() + " a year, is the same under every option and not counted above."
}

// sameForAll are the rows the three options agree on, in words ("plan pays
// $0.00"), for the line under the table. Rows that all say "no claims" are
// said once: no option files a claim.
func sameForAll(c *Comparison) []string {
	res := c.Result
	var same []string
	noClaims := false
	for _, r := range c.rows() {
		if r.always || r.differs(res) {
			continue
		}
		cell := r.cell(&res.Options[0])
		if cell == "no claims" {
			noClaims = true
			continue
		}
		same = append(same, strings.ToLower(r.label[:1])+r.label[1:]+" "+cell)
	}
	if noClaims {
		same = append(same, "no option files a claim")
	}
	return same
}

// EmployerContributionNote says that the employer's HSA contribution pays
// first, saves no tax and, like the plan's premium, is the same under every
// option and left out of the net costs; "" without one.
func EmployerContributionNote(r *calc.Result) string {
	if r.EmployerContribution <= 0 {
		return ""
	}
	return "Your employer puts " + r.EmployerContribution.String() + " into the HSA for the year: it pays for care before your own money, " +
		"so it saves you no tax, and it is the same under every option and not counted above (carecost compare takes it off the plan's yearly cost)."
}
