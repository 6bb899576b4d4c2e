package report

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/plans"
)

// planLabelWidth is the matrix's first column: with three columns of
// columnWidth it makes 78 columns. A longer plan name is cut with "…" there;
// the sentences below give it whole.
const planLabelWidth = labelWidth

// PlanTable writes the plan comparison as an aligned table for a terminal
// or a pipe: a row for each plan (the whole yearly cost, and under it the
// difference to the cheapest cell), the cheapest named in words, each
// plan's premiums, the plans' warnings.
func PlanTable(w io.Writer, m *PlanComparison, opts TableOptions) error {
	re := lipgloss.NewRenderer(w)
	if !opts.Color {
		re.SetColorProfile(termenv.Ascii)
	}
	st := PlanStyles{
		Bold:  re.NewStyle().Bold(true),
		Good:  re.NewStyle().Bold(true).Foreground(lipgloss.Color("2")), // the terminal's own green (table.go)
		Faint: re.NewStyle().Faint(true),
	}
	var b strings.Builder
	b.WriteString(st.Bold.Render("carecost: plan against plan, the "+m.WholeCostName()) + "\n\n")
	for _, l := range PlanTableLines(m, proseWidth, st) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + renderLines(st.Faint, text.Wrap("An estimate, not a guarantee of payment: check each plan's Summary of "+
		"Benefits and Coverage (the handout, --format markdown, lists what to check).", proseWidth)) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// PlanStyles are what the plan table is drawn with: a renderer's on the
// command line (PlanTable), the theme's on the TUI's compare screen.
type PlanStyles struct{ Bold, Good, Faint lipgloss.Style }

// PlanTableLines are the plan table between its title and its closing
// sentence — the matrix, the recommendation, the range, the plans'
// premiums, what the whole yearly cost is, the warnings — laid out for
// width cells: the command line's 78, a terminal window's on the TUI's
// compare screen. The matrix keeps its 24-column label and 17-column cells
// at 78; wider, the label column grows to the longest plan name, so a
// long name is cut only where it must be; narrower, the cells shrink to
// 15 (the widest heading, "Out-of-network", is 14) before the label does.
func PlanTableLines(m *PlanComparison, width int, st PlanStyles) []string {
	lw, cw := matrixWidths(m, width)
	var lines []string
	add := func(s string) { lines = append(lines, strings.Split(s, "\n")...) }
	header := text.PadRight("", lw)
	for i := range calc.OptionIDs {
		header += " " + text.PadLeft(shortLabels[i], cw)
	}
	add(st.Bold.Render(header))
	for i := range m.Plans {
		label := text.Fit(termsafe.Text(m.Plans[i].Label), lw)
		costs, diffs := text.PadRight(label, lw), text.PadRight("", lw)
		for _, id := range calc.OptionIDs {
			c := Cell{i, id}
			cost, diff := text.PadLeft(m.Whole(c).String(), cw), text.PadLeft(m.differenceText(c), cw)
			if c == m.Cheapest {
				cost, diff = st.Good.Render(cost), st.Good.Render(diff)
			} else {
				diff = st.Faint.Render(diff)
			}
			costs += " " + cost
			diffs += " " + diff
		}
		add(costs)
		add(strings.TrimRight(diffs, " "))
		lines = append(lines, percentileLines(&m.Plans[i], lw, cw, st.Faint)...)
	}
	add("")
	add(renderLines(st.Good, text.Wrap(m.Recommendation(termsafe.Text), width)))
	if r := m.RangeSentence(termsafe.Text); r != "" {
		add(wrapped(r+" The two lines under a plan are the 10th and 90th percentiles of each cost over the range.", width))
	}
	if o := m.OddsSentence(termsafe.Text); o != "" {
		add(wrapped(o, width))
	}
	if d := m.datesShared(); d != nil {
		add("")
		add(wrapped(strings.Join(d, " "), width))
		for i := range m.Plans {
			if ds := planDated(&m.Plans[i]); len(ds) > 0 {
				add(wrappedIndent("- ", termsafe.Text(m.Plans[i].Label)+": "+strings.Join(ds, " "), width))
			}
		}
	}
	add("")
	var prem []string
	for _, p := range m.Plans {
		prem = append(prem, termsafe.Text(p.Label)+" "+p.Result.PlanPremiums.String())
	}
	add(wrapped("The plans' own premiums for the year: "+strings.Join(prem, "; ")+".", width))
	if e := m.employerLine(termsafe.Text); e != "" {
		add(wrapped(e, width))
	}
	add(renderLines(st.Faint, text.Wrap(m.wholeCost(true)+" Figures: "+m.figuresYears()+".", width)))
	warned := false
	for _, p := range m.Plans {
		for _, s := range p.WarningSentences() {
			if !warned {
				add("")
				add(st.Bold.Render("Warnings"))
				warned = true
			}
			add(wrappedIndent("- ", termsafe.Text(p.Label)+": "+s, width))
		}
	}
	return lines
}

// matrixWidths are the matrix's label and cell widths for a width
// (PlanTableLines).
func matrixWidths(m *PlanComparison, width int) (label, cell int) {
	cell = columnWidth
	label = width - 3*(cell+1)
	for label < planLabelWidth && cell > len("Out-of-network")+1 {
		cell--
		label = width - 3*(cell+1)
	}
	longest := planLabelWidth
	for i := range m.Plans {
		longest = max(longest, ansi.StringWidth(termsafe.Text(m.Plans[i].Label)))
	}
	return max(min(label, longest), 12), cell
}

// percentileLines are a ranged plan's two lines under its costs: the 10th
// and the 90th percentile of each cell's whole yearly cost, at the matrix's
// label and cell widths. None without a range.
func percentileLines(p *PlanColumn, lw, cw int, faint lipgloss.Style) []string {
	// cut, as a plan's name is, when the label column is narrower
	lo, hi := text.PadRight(text.Fit("  10th percentile", lw), lw), text.PadRight(text.Fit("  90th percentile", lw), lw)
	for _, id := range calc.OptionIDs {
		p10, p90, ok := p.WholeRange(id)
		if !ok {
			return nil
		}
		lo += " " + text.PadLeft(p10.String(), cw)
		hi += " " + text.PadLeft(p90.String(), cw)
	}
	return []string{faint.Render(lo), faint.Render(hi)}
}

// The JSON of `carecost compare --format json` (docs/json-output.md,
// "carecost compare --format json"; report/plandocs_test.go ties the two).
type jsonPlanComparison struct {
	Schema   int          `json:"schema"`
	Cheapest jsonCell     `json:"cheapest"`
	Plans    []jsonPlanOf `json:"plans"`
	// With a range of visits only.
	CheapestPlanOdds *jsonPlanOdds `json:"cheapest_plan_odds,omitempty"`
}

type jsonPlanOdds struct {
	TotalWeight    int64   `json:"total_weight"`
	TieWeight      int64   `json:"tie_weight"`
	ProbabilityTie percent `json:"probability_tie"`
}

type jsonCell struct {
	Plan            int    `json:"plan"`
	Option          string `json:"option"`
	WholeYearlyCost money  `json:"whole_yearly_cost"`
}

type jsonPlanOf struct {
	File         string `json:"file"`
	Name         string `json:"name"`
	Label        string `json:"label"`
	PlanType     string `json:"plan_type"`
	FiguresYear  int    `json:"figures_year"`
	HSAQualified bool   `json:"hsa_qualified"`
	PlanPremiums money  `json:"plan_premiums"`
	// Omitted at 0, so a comparison without one prints as before.
	EmployerContribution money          `json:"employer_contribution,omitempty"`
	Options              []jsonPlanCell `json:"options"`
	Warnings             []string       `json:"warnings"`
	// With a range of visits only (omitted otherwise, so a comparison
	// without one prints as before).
	VisitsRange         *jsonVisitsRange `json:"visits_range,omitempty"`
	CheapestWeight      *int64           `json:"cheapest_weight,omitempty"`
	ProbabilityCheapest *percent         `json:"probability_cheapest,omitempty"`
	// With care.start_date only (omitted otherwise, so a comparison
	// without one prints as before); the last four only when the visits
	// cross the plan-year reset.
	FirstVisit      string       `json:"first_visit,omitempty"`
	ResetsOn        string       `json:"resets_on,omitempty"`
	NextYear        *jsonRenewed `json:"next_year,omitempty"`
	FSANextElection *money       `json:"fsa_next_election,omitempty"`
}

// jsonRenewed is a next_year plan's own figures: what renews at the reset.
type jsonRenewed struct {
	PlanType               string `json:"plan_type"`
	Deductible             money  `json:"deductible"`
	OOPMax                 *money `json:"oop_max,omitempty"`
	OutOfNetworkDeductible *money `json:"out_of_network_deductible,omitempty"`
	OutOfNetworkOOPMax     *money `json:"out_of_network_oop_max,omitempty"`
	VisitLimit             *int   `json:"visit_limit,omitempty"`
}

type jsonVisitsRange struct {
	Fewest int `json:"fewest"`
	Likely int `json:"likely"`
	Most   int `json:"most"`
}

type jsonPlanCell struct {
	ID               string `json:"id"`
	NetCost          money  `json:"net_cost"`
	WholeYearlyCost  money  `json:"whole_yearly_cost"`
	MoreThanCheapest money  `json:"more_than_cheapest"`

	WholeYearlyCostP10 *money `json:"whole_yearly_cost_p10,omitempty"`
	WholeYearlyCostP90 *money `json:"whole_yearly_cost_p90,omitempty"`

	// With care.start_date only.
	LastVisit    string `json:"last_visit,omitempty"`
	ResetAtVisit *int   `json:"reset_at_visit,omitempty"`
}

// addPlanDated adds a dated plan's first visit, reset, renewed figures and
// FSA election (planDated's, as figures); nothing without dates.
func addPlanDated(jp *jsonPlanOf, p *PlanColumn) {
	if !p.Dated() {
		return
	}
	jp.FirstVisit = p.Scenario.Care.StartDate.String()
	if !p.anyReset() { // plan type none too: its year still turns an FSA's election
		return
	}
	jp.ResetsOn = p.resetDate().String()
	if ny := &p.Scenario.NextYear; ny.Set {
		pl := &ny.Plan
		r := &jsonRenewed{PlanType: string(pl.Type), Deductible: money(pl.InNetwork.Deductible)}
		if pl.InNetwork.OOPMax.Set {
			v := money(pl.InNetwork.OOPMax.Value)
			r.OOPMax = &v
		}
		if pl.OutOfNetwork.Covered {
			d := money(pl.OutOfNetwork.Deductible)
			r.OutOfNetworkDeductible = &d
			if pl.OutOfNetwork.OOPMax.Set {
				v := money(pl.OutOfNetwork.OOPMax.Value)
				r.OutOfNetworkOOPMax = &v
			}
		}
		if pl.VisitLimit.Set {
			v := pl.VisitLimit.Value
			r.VisitLimit = &v
		}
		jp.NextYear = r
	}
	if a := &p.Scenario.Account; a.Kind == calc.FSA {
		e := money(a.NextBalance)
		jp.FSANextElection = &e
	}
}

// PlanJSON writes the plan comparison as one JSON object, indented.
func PlanJSON(w io.Writer, m *PlanComparison) error {
	out := jsonPlanComparison{Schema: 1, Cheapest: jsonCell{Plan: m.Cheapest.Plan, Option: string(m.Cheapest.Option),
		WholeYearlyCost: money(m.Whole(m.Cheapest))}}
	for i := range m.Plans {
		p := &m.Plans[i]
		jp := jsonPlanOf{File: p.File, Name: p.Scenario.Name, Label: p.Label, PlanType: string(p.Scenario.Plan.Type),
			FiguresYear: p.FiguresYear, HSAQualified: plans.HSAQualified(p.Scenario.Plan, p.FiguresYear),
			PlanPremiums: money(p.Result.PlanPremiums), EmployerContribution: money(p.Result.EmployerContribution),
			Warnings: nonNil(p.WarningSentences())}
		if rr, ok := p.RangeResult(); ok {
			jp.VisitsRange = &jsonVisitsRange{Fewest: rr.Range.Fewest, Likely: rr.Range.Likely, Most: rr.Range.Most}
		}
		addPlanDated(&jp, p)
		if m.Odds != nil {
			w, pc := m.Odds.Cheapest[i], percent(m.Odds.Percent(m.Odds.Cheapest[i]))
			jp.CheapestWeight, jp.ProbabilityCheapest = &w, &pc
		}
		for _, id := range calc.OptionIDs {
			c := Cell{i, id}
			cell := jsonPlanCell{ID: string(id), NetCost: money(p.NetCost(id)),
				WholeYearlyCost: money(m.Whole(c)), MoreThanCheapest: money(m.More(c))}
			if p10, p90, ok := p.WholeRange(id); ok {
				lo, hi := money(p10), money(p90)
				cell.WholeYearlyCostP10, cell.WholeYearlyCostP90 = &lo, &hi
			}
			if o := p.Result.Option(id); p.Dated() && len(o.Ledger) > 0 {
				cell.LastVisit = o.Ledger[len(o.Ledger)-1].Date.String()
				if o.ResetAtVisit.Set {
					v := o.ResetAtVisit.Value
					cell.ResetAtVisit = &v
				}
			}
			jp.Options = append(jp.Options, cell)
		}
		out.Plans = append(out.Plans, jp)
	}
	if o := m.Odds; o != nil {
		out.CheapestPlanOdds = &jsonPlanOdds{TotalWeight: o.TotalWeight, TieWeight: o.Tie, ProbabilityTie: percent(o.Percent(o.Tie))}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// PlanMarkdown writes the plan comparison as a handout a counselor gives
// the client: the recommendation in one sentence, the matrix, what the
// whole yearly cost is, the care assumed, each plan's figures, what to
// check in each plan's Summary of Benefits and Coverage, and that it is an
// estimate.
func PlanMarkdown(w io.Writer, m *PlanComparison) error {
	var b strings.Builder
	name := func(p *PlanColumn) string { return markdownText(p.Label) }
	if m.crossesReset() {
		b.WriteString("# Plan against plan: the whole cost of the therapy under " + itoa(len(m.Plans)) + " plans\n\n")
	} else {
		b.WriteString("# Plan against plan: a year of therapy under " + itoa(len(m.Plans)) + " plans\n\n")
	}
	if !m.Made.IsZero() {
		b.WriteString("Made on " + m.Made.Format("2 January 2006") + " with carecost")
	} else {
		b.WriteString("Made with carecost")
	}
	b.WriteString(", using " + m.figuresYears() + ".\n\n")
	b.WriteString("**" + m.Recommendation(markdownText) + "**\n\n")

	b.WriteString("## The " + m.WholeCostName() + "\n\n| Plan |")
	for _, id := range calc.OptionIDs {
		b.WriteString(" " + id.Label() + " |")
	}
	b.WriteString("\n|---|---:|---:|---:|\n")
	for i := range m.Plans {
		b.WriteString("| " + name(&m.Plans[i]) + " |")
		for _, id := range calc.OptionIDs {
			c := Cell{i, id}
			cell := m.Whole(c).String() + " (" + m.differenceText(c) + ")"
			if c == m.Cheapest {
				cell = "**" + cell + "**"
			}
			if p10, p90, ok := m.Plans[i].WholeRange(id); ok {
				cell += "; " + p10.String() + " to " + p90.String()
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n" + m.wholeCost(false) + "\n\n")
	if r := m.RangeSentence(markdownText); r != "" {
		b.WriteString(r + " Each cell: the cost at the likely count, its difference to the cheapest in brackets, then the 10th to the 90th percentile of the cost over the range.\n\n")
	}
	employer := m.employerPays()
	if employer {
		b.WriteString("| Plan | Its own premiums for the year | The employer's HSA contribution |\n|---|---:|---:|\n")
	} else {
		b.WriteString("| Plan | Its own premiums for the year |\n|---|---:|\n")
	}
	for i := range m.Plans {
		p := &m.Plans[i]
		b.WriteString("| " + name(p) + " | " + p.Result.PlanPremiums.String() + " |")
		if employer {
			b.WriteString(" " + p.Result.EmployerContribution.String() + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	if o := m.Odds; o != nil {
		rr, _ := m.Plans[0].RangeResult()
		b.WriteString("### The chance each plan is the cheapest\n\nWeighing every count from " + itoa(rr.Range.Fewest) + " to " +
			visitsWord(rr.Range.Most) + ", the likely " + itoa(rr.Range.Likely) + " most, and taking at each count a plan's cheapest care model:\n\n")
		b.WriteString("| Plan | Chance it is the cheapest |\n|---|---:|\n")
		for i := range m.Plans {
			b.WriteString("| " + name(&m.Plans[i]) + " | " + o.Percent(o.Cheapest[i]).String() + " % |\n")
		}
		if o.Tie > 0 {
			b.WriteString("| A tie for the cheapest | " + o.Percent(o.Tie).String() + " % |\n")
		}
		b.WriteString("\n")
	}

	b.WriteString("## The care assumed, the same under every plan\n\n")
	first := m.Plans[0]
	for _, a := range append(careAssumed(&first.Scenario, first.Result), m.datesShared()...) {
		b.WriteString("- " + a + "\n")
	}
	b.WriteString("\n")

	b.WriteString("## Each plan\n\n")
	for i := range m.Plans {
		p := &m.Plans[i]
		b.WriteString("### " + name(p) + "\n\n")
		for _, a := range append(planAssumed(p, m.WholeCostName()), planDated(p)...) {
			b.WriteString("- " + a + "\n")
		}
		if len(p.Assumed) > 0 {
			b.WriteString("- Figures assumed (not given, so typical ones are used):\n")
			for _, a := range p.Assumed {
				b.WriteString("  - " + a.Sentence() + ".\n")
			}
		}
		if ws := p.WarningSentences(); len(ws) > 0 {
			b.WriteString("- Warnings:\n")
			for _, x := range ws {
				b.WriteString("  - " + x + "\n")
			}
		}
		b.WriteString("\n")
	}

	b.WriteString("## What to check in each plan's Summary of Benefits and Coverage\n\n")
	b.WriteString("Every plan gives a Summary of Benefits and Coverage (SBC) in the same federal layout. Therapy is its \"Rehabilitation services\" row; check these against the figures above before choosing:\n\n")
	for i := range m.Plans {
		p := &m.Plans[i]
		b.WriteString("### " + name(p) + "\n\n")
		for _, q := range sbcChecks(p) {
			b.WriteString("- " + q + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("*This is an estimate, not a guarantee of payment: each plan's own documents and claims decide what it pays.*\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// careAssumed says in words the care every plan is estimated for.
func careAssumed(s *calc.Scenario, r *calc.Result) []string {
	care := &s.Care
	var a []string
	a = append(a, itoa(care.Visits)+" visits of "+serviceWords(care.Service)+".")
	if v := care.Range; v.Valid() {
		a = append(a, "The number of visits is not known: between "+itoa(v.Fewest)+" and "+itoa(v.Most)+", most likely "+itoa(v.Likely)+
			". The matrix takes the likely count, and the range its 10th and 90th percentiles.")
	}
	a = append(a, "At an in-network clinic: "+itoa(r.Option(calc.InNetworkClinic).Visits)+" visits of "+itoa(care.InNetwork.Minutes)+
		" minutes; the clinic charges "+care.InNetwork.Charge.String()+" a visit, "+care.InNetwork.SelfPay.String()+
		" for a visit the plan does not cover; the rate each plan negotiated with it is under that plan.")
	oon := r.Option(calc.OutOfNetworkCash)
	line := "With an out-of-network provider: " + itoa(oon.Visits) + " visits of " + itoa(oon.Minutes) + " minutes at " +
		care.OutOfNetwork.CashRate.String() + " a visit in cash"
	if f := care.OutOfNetwork; f.ServiceFeePercent > 0 || f.ServiceFeePerClaim > 0 {
		line += "; a claim service charges " + f.ServiceFeePerClaim.String() + " a claim and " + pct(f.ServiceFeePercent) + " of what is reimbursed"
	}
	a = append(a, line+"; a plan's money comes back "+plans.DelayWords(care.OutOfNetwork.ReimbursementDays)+".")
	con := r.Option(calc.ConciergeTherapy)
	line = "With a concierge therapist: " + itoa(con.Visits) + " sessions of " + itoa(con.Minutes) + " minutes at home, " +
		care.Concierge.Fee.String() + " a session"
	if care.Concierge.TravelFee > 0 {
		line += " plus " + care.Concierge.TravelFee.String() + " travel"
	}
	if care.Concierge.Superbill {
		line += "; the therapist gives a superbill, filed as an out-of-network claim"
	} else {
		line += "; no claim is filed"
	}
	a = append(a, line+".")
	if care.Service == calc.Massage {
		if care.MedicalNecessityLetter {
			a = append(a, "A letter of medical necessity is on file.")
		} else {
			a = append(a, "No letter of medical necessity: massage is then not a qualified HSA or FSA expense.")
		}
	}
	return a
}

func serviceWords(s calc.Service) string {
	switch s {
	case calc.OccupationalTherapy:
		return "occupational therapy"
	case calc.SpeechTherapy:
		return "speech therapy"
	case calc.Chiropractic:
		return "chiropractic care"
	case calc.Massage:
		return "medical massage"
	}
	return "physical therapy"
}

// planAssumed are one plan's own figures in words; whole is the matrix's
// figure as WholeCostName calls it.
func planAssumed(p *PlanColumn, whole string) []string {
	s := &p.Scenario
	pl := &s.Plan
	var a []string
	kind := plans.PlanTypeName(pl.Type)
	if pl.Type != calc.NoPlan {
		kind = "A " + kind
		if pl.Type == calc.HMO || pl.Type == calc.EPO {
			kind = "An " + plans.PlanTypeName(pl.Type)
		}
	} else {
		kind = "No health plan"
	}
	a = append(a, kind+", "+itoa(p.FiguresYear)+" figures. "+p.PlanDescription)
	a = append(a, "Its own premium: "+p.Result.PlanPremiums.String()+" a year ("+pl.PremiumMonthly.String()+" a month).")
	if pl.Type == calc.NoPlan {
		return a
	}
	a = append(a, sharingText(&pl.InNetwork, "in-network")+" The rate it negotiated with the clinic: "+s.Care.InNetwork.Allowed.String()+" a visit.")
	if pl.OutOfNetwork.Covered {
		t := sharingText(&pl.OutOfNetwork.CostSharing, "out-of-network") + " It recognises " + pl.OutOfNetwork.Allowed.String() + " a visit out of network."
		if pl.OutOfNetwork.SharesDeductible {
			t += " The two deductibles count toward each other."
		}
		a = append(a, t)
	} else {
		a = append(a, "No out-of-network benefits: nothing comes back for a provider outside the network.")
	}
	if pl.VisitLimit.Set {
		a = append(a, "It covers "+itoa(pl.VisitLimit.Value)+" therapy visits a year, in and out of network together; "+itoa(pl.VisitsUsed)+" already used.")
	} else {
		a = append(a, "No therapy visit limit.")
	}
	switch s.Supplemental.Kind {
	case calc.ExtraVisits, calc.Indemnity, calc.Secondary:
		a = append(a, "A supplemental policy ("+strings.ReplaceAll(string(s.Supplemental.Kind), "_", " ")+") at "+
			s.Supplemental.PremiumMonthly.String()+" a month.")
	}
	switch {
	case s.Account.Kind == calc.HSA && p.Result.EmployerContribution > 0:
		e := p.Result.EmployerContribution.String()
		a = append(a, "An HSA with "+s.Account.Balance.String()+" of your own for this care and "+e+" from your employer, which pays first; "+
			"the tax saved, "+pct(s.Account.TaxRate)+", is on what your own money pays. The employer's "+e+
			" comes off the "+whole+" in full: what the care leaves of it stays in the HSA.")
	case s.Account.Kind == calc.HSA || s.Account.Kind == calc.FSA:
		a = append(a, "An "+strings.ToUpper(string(s.Account.Kind))+" with "+s.Account.Balance.String()+" for this care, saving "+pct(s.Account.TaxRate)+" tax on what it pays.")
	}
	return a
}

// sbcChecks are what to check in one plan's Summary of Benefits and
// Coverage, each with the figure this estimate took, so the client can
// compare the two. The questions quote the SBC's own wording.
func sbcChecks(p *PlanColumn) []string {
	s := &p.Scenario
	pl := &s.Plan
	if pl.Type == calc.NoPlan {
		return []string{"No health plan: there is no SBC. Ask the clinic for its self-pay rate and any package price."}
	}
	in, out := &pl.InNetwork, &pl.OutOfNetwork
	ded := "**Deductible** (\"What is the overall deductible?\"): this estimate takes " + in.Deductible.String() + " in network (" +
		in.DeductibleMet.String() + " met)"
	if out.Covered {
		ded += " and " + out.Deductible.String() + " out of network"
	}
	ded += ". Check whether therapy is subject to it"
	if !in.DeductibleApplies {
		ded += " (this estimate has therapy skip it)"
	}
	ded += ", and whether a separate deductible applies to specific services."
	oop := "**Out-of-pocket maximum** (\"What is the out-of-pocket limit for this plan?\"): this estimate takes "
	if in.OOPMax.Set {
		oop += in.OOPMax.Value.String() + " in network"
	} else {
		oop += "none in network"
	}
	if out.Covered {
		if out.OOPMax.Set {
			oop += " and " + out.OOPMax.Value.String() + " out of network"
		} else {
			oop += " and none out of network"
		}
	}
	oop += ". Check what it leaves out (\"What is not included in the out-of-pocket limit?\": premiums and balance billing always are)."
	limit := "**Therapy visit limit**: this estimate takes "
	if pl.VisitLimit.Set {
		limit += itoa(pl.VisitLimit.Value) + " visits a year"
	} else {
		limit += "no limit"
	}
	limit += ". The \"Rehabilitation services\" row's limitations say the limit and whether it is shared: with occupational and speech therapy or chiropractic, and between in- and out-of-network visits."
	oon := "**Out-of-network benefits** (\"Will you pay less if you use a network provider?\"): "
	if out.Covered {
		oon += "this estimate takes " + out.Allowed.String() + " recognised a visit, then the out-of-network deductible and coinsurance. Check the \"Out-of-Network Provider\" column of the rehabilitation row, and ask how the plan sets its allowed amount: anything above it is balance billing, which you pay."
	} else {
		oon += "this estimate takes none. Check the \"Out-of-Network Provider\" column: \"not covered\" confirms it."
	}
	auth := "**Prior authorization**: whether therapy needs preauthorization or a referral (\"Do you need a referral to see a specialist?\" and the rehabilitation row's limitations); therapy without it may not be paid."
	checks := []string{ded, oop, limit, oon, auth, hsaCheck(p)}
	for _, q := range p.episodeQuestions() {
		// the figures above are the first plan year's; the visits cross its reset
		checks = append(checks, "**The next plan year**: ask the insurer: "+q)
	}
	return checks
}

// hsaCheck says whether the plan can go with an HSA by the year's IRS
// figures, and what the SBC should say.
func hsaCheck(p *PlanColumn) string {
	pl := &p.Scenario.Plan
	t := "**HSA eligibility**: "
	if pl.Type != calc.HDHP {
		t += "not a high-deductible plan, so no HSA contributions with it (an employer may offer an FSA instead)"
		if p.FiguresYear >= 2026 {
			t += "; from 2026 an exchange bronze or catastrophic plan counts as HSA-compatible (IRS Notice 2026-5): check the SBC if this is one"
		}
		return t + "."
	}
	minDed, ok1 := plans.Figure(plans.ForCoverage(plans.HDHPMinDeductibleSelf, plans.HDHPMinDeductibleFamily, pl.Coverage), p.FiguresYear)
	maxOOP, ok2 := plans.Figure(plans.ForCoverage(plans.HDHPOOPMaxSelf, plans.HDHPOOPMaxFamily, pl.Coverage), p.FiguresYear)
	if !ok1 || !ok2 {
		return t + "check that the SBC calls the plan HSA-eligible."
	}
	tier := "self-only"
	if pl.Coverage == calc.Family {
		tier = "family"
	}
	limits := "the " + itoa(maxOOP.Year) + " IRS limits for " + tier + " coverage (a deductible of at least " + minDed.String() +
		", an out-of-pocket maximum of at most " + maxOOP.String() + ")"
	if plans.HSAQualified(*pl, p.FiguresYear) {
		t += "by its figures the plan is within " + limits + ", so it can go with an HSA. Check that the SBC or the plan's documents call it HSA-eligible."
		if e := p.Result.EmployerContribution; e > 0 && p.Scenario.Account.Kind == calc.HSA {
			t += " " + plans.HSARoomSentence(p.Scenario, e)
		}
		return t
	}
	return t + "by its figures the plan is outside " + limits + ", so it cannot go with an HSA. Check the SBC's deductible and out-of-pocket limit against them."
}
