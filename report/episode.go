package report

import (
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
)

// Real episodes (docs/cost-rules.md, "Real episodes (issue 12)") in the
// table and the handout: the dates and the plan-year reset, the money by
// month and the most cash out at once, the evaluation visit, and a range of
// visits. Each is said only when the scenario has it, so a scenario without
// the new fields reads exactly as before. The words and the rows are made
// here once; table.go and markdown.go lay them out.

// Dated reports whether the comparison is of a dated episode (a start date):
// its options have plan years, months and a peak of cash outstanding.
func (c *Comparison) Dated() bool {
	for i := range c.Result.Options {
		if len(c.Result.Options[i].PlanYears) > 0 {
			return true
		}
	}
	return false
}

// civil is d as a time.Time, for its weekday and month names only: the
// figures never go through time (calc.Date has no zone and no clock).
func civil(d calc.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
}

// dateLong is "Monday 14 December 2026".
func dateLong(d calc.Date) string { return civil(d).Format("Monday 2 January 2006") }

// dateWords is "14 December 2026".
func dateWords(d calc.Date) string { return civil(d).Format("2 January 2006") }

// dateShort is "14 Dec 2026": a table's cell; "-" for no date.
func dateShort(d calc.Date) string {
	if d.IsZero() {
		return "-"
	}
	return civil(d).Format("2 Jan 2006")
}

// monthName is "Dec 2026".
func monthName(year, month int) string {
	return civil(calc.MakeDate(year, month, 1)).Format("Jan 2006")
}

// planYearName names a plan year by its first day: "2027" for one that
// starts on 1 January, "2026-27" for one that starts on 1 July 2026.
func planYearName(start calc.Date) string {
	if start.Month == 1 && start.Day == 1 {
		return itoa(start.Year)
	}
	next := (start.Year + 1) % 100
	if next < 10 {
		return itoa(start.Year) + "-0" + itoa(next)
	}
	return itoa(start.Year) + "-" + itoa(next)
}

// planYears are the plan years any option has visits in, in order: the
// number and first day of each (the same for every option, since all start
// on the start date under one plan year).
func (c *Comparison) planYears() []calc.PlanYear {
	var out []calc.PlanYear
	for i := range c.Result.Options {
		for _, y := range c.Result.Options[i].PlanYears {
			if y.Year > len(out) {
				out = append(out, calc.PlanYear{Year: y.Year, Start: y.Start})
			}
		}
	}
	return out
}

// optionYear is option o's plan year number n, or nil when it has no
// visits in it.
func optionYear(o *calc.Option, n int) *calc.PlanYear {
	for i := range o.PlanYears {
		if o.PlanYears[i].Year == n {
			return &o.PlanYears[i]
		}
	}
	return nil
}

// resetDate is the first day of plan year 2, the one after the start date's:
// what the episode crosses or stops short of. Zero without dates.
func (c *Comparison) resetDate() calc.Date {
	ys := c.planYears()
	switch {
	case len(ys) > 1:
		return ys[1].Start
	case len(ys) == 1:
		return c.Scenario.Plan.YearStart.In(ys[0].Start.Year + 1)
	}
	return calc.Date{}
}

// anyReset reports whether some option's visits cross the reset.
func (c *Comparison) anyReset() bool {
	for i := range c.Result.Options {
		if c.Result.Options[i].ResetAtVisit.Set {
			return true
		}
	}
	return false
}

// resetCounts reports whether some option's visits cross the reset of a
// health plan on either side of it: with none on both (plan type none) the
// year changes nothing the estimate counts, so the reset is not said; no
// plan until it and a plan from it (or the reverse) is when claims start
// or stop (docs/cost-rules.md, "No plan on one side of the reset").
func (c *Comparison) resetCounts() bool {
	return c.anyReset() && (c.Scenario.Plan.Type != calc.NoPlan || c.renewedPlan().Type != calc.NoPlan)
}

// planChangeNote follows the plan's description in the handout when the
// visits cross into or out of having no plan at all: the description is
// plan year 1's plan's alone. "" otherwise.
func (c *Comparison) planChangeNote() string {
	if !c.resetCounts() {
		return ""
	}
	switch reset := dateWords(c.resetDate()); {
	case c.Scenario.Plan.Type == calc.NoPlan:
		return "That is until " + reset + ": from then the renewed plan covers the visits (its figures are under “Dates and the plan-year reset”)."
	case c.renewedPlan().Type == calc.NoPlan:
		return "That is until " + reset + ": from then there is no health plan, and every visit is paid in cash."
	}
	return ""
}

// anyMoneyBack reports whether any option gets money back: without any,
// the money by month does not offer "what comes back".
func (c *Comparison) anyMoneyBack() bool {
	for i := range c.Result.Options {
		if c.Result.Options[i].Reimbursed != 0 {
			return true
		}
	}
	return false
}

// renewedPlan is the plan of plan year 2: the next_year plan when the
// scenario has one, else the same plan renewed.
func (c *Comparison) renewedPlan() *calc.Plan {
	if c.Scenario.NextYear.Set {
		return &c.Scenario.NextYear.Plan
	}
	return &c.Scenario.Plan
}

// restarting names what starts again from 0 at the reset under plan p, in
// the order a patient meets them: "the deductible, the out-of-pocket maximum
// and the 20-visit limit". Empty for a plan with none of them.
func restarting(p *calc.Plan) string {
	if p.Type == calc.NoPlan || p.Type == "" {
		return ""
	}
	in, out := &p.InNetwork, &p.OutOfNetwork
	var parts []string
	if in.Deductible > 0 && in.DeductibleApplies || out.Covered && out.Deductible > 0 && out.DeductibleApplies {
		parts = append(parts, "the deductible")
	}
	if in.OOPMax.Set || out.Covered && out.OOPMax.Set {
		parts = append(parts, "the out-of-pocket maximum")
	}
	if p.VisitLimit.Set {
		parts = append(parts, "the "+itoa(p.VisitLimit.Value)+"-visit limit")
	}
	if p.TherapyMax.Set {
		parts = append(parts, "the plan's dollar maximum on therapy")
	}
	return andList(parts)
}

// verbFor is one when list (andList's) names one thing, else many.
func verbFor(list, one, many string) string {
	if strings.Contains(list, " and ") {
		return many
	}
	return one
}

// andList joins "a", "a and b", "a, b and c".
func andList(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// DatesSentences say when the visits happen and what the plan-year reset
// does to them: "Visits start on Monday 14 December 2026. The plan year
// resets on 1 January 2027: from the first visit on or after it, the
// deductible and the out-of-pocket maximum start again, under the
// same plan." Nil without dates.
func (c *Comparison) DatesSentences() []string {
	if !c.Dated() {
		return nil
	}
	start := c.Scenario.Care.StartDate
	out := []string{"Visits start on " + dateLong(start) + "."}
	reset := c.resetDate()
	switch {
	case c.Scenario.Plan.Type == calc.NoPlan && c.resetCounts():
		// no plan now, a plan from the reset: claims start then
		out = append(out, "With no health plan until "+dateWords(reset)+", no claim is filed before then; from the first visit on or after it, the new plan covers the visits under its own figures.")
	case c.Scenario.Plan.Type == calc.NoPlan:
		// no plan: its year changes nothing the estimate counts
	case c.anyReset() && c.renewedPlan().Type == calc.NoPlan:
		out = append(out, "The plan ends on "+dateWords(reset)+" (no health plan in the next plan year): from the first visit on or after it, nothing is covered and no claim is filed.")
	case !c.anyReset():
		what := restarting(&c.Scenario.Plan)
		s := "Every visit falls in the plan year that began on " + dateWords(c.planYears()[0].Start) +
			"; the next one starts on " + dateWords(reset) + ", after the last visit"
		if what != "" {
			s += ", so " + what + verbFor(what, " does not start", " do not start") + " again during these visits"
		}
		out = append(out, s+".")
	default:
		what := restarting(c.renewedPlan())
		s := "The plan year resets on " + dateWords(reset)
		if what != "" {
			s += ": from the first visit on or after it, " + what + verbFor(what, " starts", " start") + " again"
		}
		if c.Scenario.NextYear.Set {
			s += ", under the renewed plan's own figures"
		} else {
			s += ", under the same plan"
		}
		out = append(out, s+".")
	}
	return out
}

// datedRows are a dated episode's figures by option, in the order of the
// calendar: the visit that opens the new plan year and its date, what each
// plan year costs when the visits cross the reset (and when its deductible
// is met), the last visit, and the most cash out at once and when.
func (c *Comparison) datedRows() []row {
	visitDate := func(o *calc.Option, m calc.OptionalVisit) string {
		if !m.Set || m.Value < 1 || m.Value > len(o.Ledger) {
			return "-"
		}
		return dateShort(o.Ledger[m.Value-1].Date)
	}
	var rs []row
	years := c.planYears()
	if c.resetCounts() {
		rs = append(rs,
			row{label: "New plan year from", cell: func(o *calc.Option) string { return visitMarker(o.ResetAtVisit, "none") }},
			row{label: "  on", md: "New plan year from, on", cell: func(o *calc.Option) string { return visitDate(o, o.ResetAtVisit) }},
		)
		for _, y := range years {
			n := y.Year
			rs = append(rs, row{label: "Out of pocket " + planYearName(y.Start), cell: func(o *calc.Option) string {
				if py := optionYear(o, n); py != nil {
					return py.OutOfPocket.String()
				}
				return "no visits"
			}})
		}
		if strings.Contains(restarting(&c.Scenario.Plan), "deductible") || strings.Contains(restarting(c.renewedPlan()), "deductible") {
			for _, y := range years {
				n := y.Year
				rs = append(rs, row{label: "Deductible met " + planYearName(y.Start), cell: func(o *calc.Option) string {
					py := optionYear(o, n)
					switch {
					case py == nil && !o.FilesClaims:
						return "no claims"
					case py == nil:
						return "no visits"
					case !py.FilesClaims: // this plan year's plan, not the option's any year
						return "no claims"
					case !py.DeductibleMetAtVisit.Set && SkipsDeductible(PlanOfYear(&c.Scenario, o, py), o.ID):
						return DeductibleSkippedWords
					case !py.DeductibleMetAtVisit.Set:
						return "never"
					case py.DeductibleMetAtVisit.Value < py.FirstVisit:
						return "already"
					}
					return "visit " + itoa(py.DeductibleMetAtVisit.Value)
				}})
			}
		}
	}
	rs = append(rs, row{label: "Last visit", cell: func(o *calc.Option) string {
		if len(o.Ledger) == 0 {
			return "-"
		}
		return dateShort(o.Ledger[len(o.Ledger)-1].Date)
	}})
	rs = append(rs,
		row{label: "Most cash out at once", cell: dollars(func(o *calc.Option) calc.Cents { return o.PeakCashOutstanding })},
		row{label: "  on", md: "Most cash out at once, on", cell: func(o *calc.Option) string { return dateShort(o.PeakCashOn) }},
	)
	for i := range rs {
		rs[i].always = true
	}
	return rs
}

// PeakSentence says the most cash out at once, the figure a patient who
// must have the money ready reads first: "The most you will have paid and
// not yet got back at one time: $1,240.00 with the out-of-network provider
// (on 11 January 2027), …". Empty without dates.
func (c *Comparison) PeakSentence() string {
	if !c.Dated() {
		return ""
	}
	var parts []string
	for i := range c.Result.Options {
		o := &c.Result.Options[i]
		p := o.PeakCashOutstanding.String() + " " + withOption(o.ID)
		if !o.PeakCashOn.IsZero() {
			p += " (on " + dateWords(o.PeakCashOn) + ")"
		}
		parts = append(parts, p)
	}
	if !c.anyMoneyBack() {
		// "not yet got back" would promise money that never comes
		return "Nothing comes back with any option, so the cash to have ready is all you pay, by the last visit: " + andList(parts) + "."
	}
	return "The most you will have paid and not yet got back at one time, the cash to have ready: " + andList(parts) + "."
}

// withOption is "at the in-network clinic", "with the out-of-network
// provider", "with the concierge therapist".
func withOption(id calc.OptionID) string {
	if id == calc.InNetworkClinic {
		return "at the in-network clinic"
	}
	return "with the " + text.LowerFirst(id.Label())
}

// moneyBackDates are the first and last days money comes back to the
// patient in option o (zero without dates or without money back).
func moneyBackDates(o *calc.Option) (first, last calc.Date) {
	for k := range o.Ledger {
		if d := o.Ledger[k].MoneyBackOn; !d.IsZero() {
			if first.IsZero() {
				first = d
			}
			last = d
		}
	}
	return first, last
}

// moneyBackSpan says when money comes back in a dated episode: ": the first
// on 13 January 2027, the last on 14 April 2027", or ": on 13 January 2027"
// for one day. Empty without dates.
func moneyBackSpan(o *calc.Option) string {
	first, last := moneyBackDates(o)
	switch {
	case first.IsZero():
		return ""
	case first == last:
		return ": on " + dateWords(first)
	}
	return ": the first on " + dateWords(first) + ", the last on " + dateWords(last)
}

// monthRows are every month from the first visit's to the last month any
// option moves money, each option's figures in its column.
func (c *Comparison) monthRows() []Month {
	res := c.Result
	first, last, any := 0, 0, false
	index := func(m calc.MonthFlow) int { return m.Year*12 + m.Month - 1 }
	for i := range res.Options {
		ms := res.Options[i].Months
		if len(ms) == 0 {
			continue
		}
		if a, b := index(ms[0]), index(ms[len(ms)-1]); !any {
			first, last, any = a, b, true
		} else {
			first, last = min(first, a), max(last, b)
		}
	}
	if !any {
		return nil
	}
	rows := make([]Month, last-first+1)
	for k := range rows {
		m := first + k
		rows[k].Label = monthName(m/12, m%12+1)
	}
	for i := range res.Options {
		for _, m := range res.Options[i].Months {
			r := &rows[index(m)-first]
			r.Out[i], r.Back[i], r.Has[i] = m.Out, m.Back, true
		}
	}
	return rows
}

// monthCell is a month's amount: "-" for nothing, so the months that move
// money stand out.
func monthCell(v calc.Cents, has bool) string {
	if !has || v == 0 {
		return "-"
	}
	return v.String()
}

// hasEvaluation reports whether some option prices its first visit as an
// evaluation.
func (c *Comparison) hasEvaluation() bool {
	for i := range c.Result.Options {
		if l := c.Result.Options[i].Ledger; len(l) > 0 && l[0].Kind == calc.Evaluation {
			return true
		}
	}
	return false
}

// evaluationRows say what the first visit costs when it is an evaluation
// priced apart: paid at the visit and, when money comes back for it, in the
// end; and how many re-evaluations each option has.
func (c *Comparison) evaluationRows() []row {
	if !c.hasEvaluation() {
		return nil
	}
	first := func(f func(l *calc.Line) calc.Cents) func(o *calc.Option) string {
		return func(o *calc.Option) string {
			if len(o.Ledger) == 0 {
				return "-"
			}
			return f(&o.Ledger[0]).String()
		}
	}
	rs := []row{{label: "First visit: you pay", always: true, cell: first(func(l *calc.Line) calc.Cents { return l.PatientPaidUpfront })}}
	backs, reEvaluations := false, false
	for i := range c.Result.Options {
		o := &c.Result.Options[i]
		if len(o.Ledger) > 0 && o.Ledger[0].Reimbursed != 0 {
			backs = true
		}
		if reEvaluationVisits(o) != nil {
			reEvaluations = true
		}
	}
	if backs {
		rs = append(rs, row{label: "  in the end", md: "First visit: in the end", always: true, cell: first(func(l *calc.Line) calc.Cents { return l.OutOfPocket })})
	}
	if reEvaluations {
		rs = append(rs, row{label: "Re-evaluations", always: true, cell: func(o *calc.Option) string { return itoa(len(reEvaluationVisits(o))) }})
	}
	return rs
}

// reEvaluationVisits are the visits of o priced as re-evaluations.
func reEvaluationVisits(o *calc.Option) []int {
	var vs []int
	for k := range o.Ledger {
		if o.Ledger[k].Kind == calc.ReEvaluation {
			vs = append(vs, o.Ledger[k].Visit)
		}
	}
	return vs
}

// EvaluationSentence says which options price the first visit as an
// evaluation, apart from the visits after it, and where the re-evaluations
// fall: "The first visit is an evaluation, priced apart, at the in-network
// clinic and with the out-of-network provider; the concierge therapist's is
// priced as any session. Re-evaluations: at the in-network clinic visits 11
// and 21." Empty when no option has one.
func (c *Comparison) EvaluationSentence() string {
	if !c.hasEvaluation() {
		return ""
	}
	var with, without, re []string
	for i := range c.Result.Options {
		o := &c.Result.Options[i]
		if len(o.Ledger) > 0 && o.Ledger[0].Kind == calc.Evaluation {
			with = append(with, withOption(o.ID))
		} else {
			without = append(without, "the "+text.LowerFirst(o.ID.Label())+"'s")
		}
		if vs := reEvaluationVisits(o); vs != nil {
			var ns []string
			for _, v := range vs {
				ns = append(ns, itoa(v))
			}
			word := "visit "
			if len(ns) > 1 {
				word = "visits "
			}
			re = append(re, withOption(o.ID)+" "+word+andList(ns))
		}
	}
	s := "The first visit is an evaluation, priced apart, " + andList(with)
	if len(without) > 0 {
		verb := " is"
		if len(without) > 1 {
			verb = " are"
		}
		s += "; " + andList(without) + verb + " priced as any visit"
	}
	s += "."
	if len(re) > 0 {
		s += " Re-evaluations, priced apart too: " + strings.Join(re, "; ") + "."
	}
	return s
}

// optionIndex is id's place in calc.OptionIDs, the order of every result.
func optionIndex(id calc.OptionID) int {
	for i, x := range calc.OptionIDs {
		if x == id {
			return i
		}
	}
	return 0
}

// rangeRows are a range's figures by option: the net cost at the fewest,
// likely and most visits (a count that is two of them is said once), the
// 10th, 50th and 90th percentiles, and the chance each option is the
// cheapest.
func rangeRows(rr *calc.RangeResult) []row {
	at := func(f func(ro *calc.RangeOption) calc.Cents) func(o *calc.Option) string {
		return func(o *calc.Option) string { return f(&rr.Options[optionIndex(o.ID)]).String() }
	}
	v := rr.Range
	type point struct {
		visits int
		names  []string
		get    func(ro *calc.RangeOption) calc.Cents
	}
	points := []point{{v.Fewest, []string{"fewest"}, func(ro *calc.RangeOption) calc.Cents { return ro.Fewest.NetCost }}}
	for _, p := range []point{
		{v.Likely, []string{"likely"}, func(ro *calc.RangeOption) calc.Cents { return ro.Likely.NetCost }},
		{v.Most, []string{"most"}, func(ro *calc.RangeOption) calc.Cents { return ro.Most.NetCost }},
	} {
		if last := &points[len(points)-1]; last.visits == p.visits {
			last.names = append(last.names, p.names...)
			continue
		}
		points = append(points, p)
	}
	var rs []row
	for _, p := range points {
		// "At 8 visits (fewest)"; a count that is two points of the range
		// drops "visits" to stay in the label's column: "At 10 (fewest,
		// likely)"; a range of one count is "At 10 visits (only)".
		var label string
		switch len(p.names) {
		case 1:
			label = "At " + visitsWord(p.visits) + " (" + p.names[0] + ")"
		case 2:
			label = "At " + itoa(p.visits) + " (" + strings.Join(p.names, ", ") + ")"
		default:
			label = "At " + visitsWord(p.visits) + " (only)"
		}
		rs = append(rs, row{label: label, cell: at(p.get)})
	}
	rs = append(rs,
		row{label: "10th percentile", cell: at(func(ro *calc.RangeOption) calc.Cents { return ro.P10 })},
		row{label: "Median (50th percentile)", cell: at(func(ro *calc.RangeOption) calc.Cents { return ro.P50 })},
		row{label: "90th percentile", cell: at(func(ro *calc.RangeOption) calc.Cents { return ro.P90 })},
		row{label: "Chance it is cheapest", cell: func(o *calc.Option) string {
			return rr.CheapestPercent(optionIndex(o.ID)).String() + " %"
		}},
	)
	for i := range rs {
		rs[i].always = true
	}
	return rs
}

// visitsWord is "1 visit", "12 visits".
func visitsWord(n int) string {
	if n == 1 {
		return "1 visit"
	}
	return itoa(n) + " visits"
}

// rangeText is what a range of visits means for the choice, in words:
// the range and the count the comparison above is for, and each option's
// own counts when they scale (intro); where the cheapest option changes
// (changes); the distribution the percentiles and chances rest on
// (distribution).
type rangeText struct {
	intro                 []string
	changes, distribution string
}

// RangeSentences are rangeText's sentences in order: the range, the scaled
// counts, where the cheapest option changes ("past 22 visits the
// out-of-network provider is cheaper"), the distribution. Nil without a
// range.
func (c *Comparison) RangeSentences() []string {
	t, ok := c.rangeText()
	if !ok {
		return nil
	}
	return append(append(t.intro, t.changes), t.distribution)
}

func (c *Comparison) rangeText() (rangeText, bool) {
	rr, ok := c.RangeResult()
	if !ok {
		return rangeText{}, false
	}
	v := rr.Range
	var t rangeText
	t.intro = []string{"Between " + itoa(v.Fewest) + " and " + visitsWord(v.Most) + ", most likely " + itoa(v.Likely) +
		"; the comparison above is for " + visitsWord(c.Scenario.Care.Visits) + "."}
	if v.Fewest == v.Most {
		// a range narrowed to one count (the dashboard's ( key): no spread
		t.intro[0] = "Exactly " + visitsWord(v.Most) + ": the range is one count; the comparison above is for " +
			visitsWord(c.Scenario.Care.Visits) + "."
	}
	var scaled []string
	for i := range rr.Options {
		ro := &rr.Options[i]
		if ro.Fewest.Visits == v.Fewest && ro.Likely.Visits == v.Likely && ro.Most.Visits == v.Most {
			continue
		}
		scaled = append(scaled, "the "+text.LowerFirst(ro.ID.Label())+" "+itoa(ro.Fewest.Visits)+", "+itoa(ro.Likely.Visits)+
			" and "+itoa(ro.Most.Visits))
	}
	if len(scaled) > 0 {
		t.intro = append(t.intro, "The counts are the in-network clinic's visits; the others' own visits scale with them, at the fewest, likely and most: "+
			strings.Join(scaled, "; ")+".")
	}
	t.changes = c.changesSentence(rr)
	t.distribution = "The percentiles and the chances weigh every count from " + itoa(v.Fewest) + " to " + itoa(v.Most) +
		": the likely " + itoa(v.Likely) + " most, the others less the further they are from it (a triangular distribution). " +
		"At least 1 episode in 10 costs no more than the 10th percentile, at least 9 in 10 no more than the 90th."
	if v.Fewest == v.Most {
		t.distribution = "With one count the percentiles are its cost, and the cheapest option is certain."
	}
	return t, true
}

// changesSentence says which option costs least across the range, and the
// counts where that changes: "Up to 22 visits the in-network clinic costs
// least; past 22 visits the out-of-network provider is cheaper." A change
// made by a tie (the engine gives a tie to the option listed first) is said
// as one.
func (c *Comparison) changesSentence(rr *calc.RangeResult) string {
	v := rr.Range
	the := func(id calc.OptionID) string { return "the " + text.LowerFirst(id.Label()) }
	if len(rr.Changes) == 0 {
		best := calc.OptionIDs[0]
		for i := range rr.Options {
			if rr.Options[i].CheapestWeight == rr.TotalWeight {
				best = rr.Options[i].ID
			}
		}
		if v.Fewest == v.Most {
			return "At " + visitsWord(v.Most) + " " + the(best) + " costs least."
		}
		return "At every count from " + itoa(v.Fewest) + " to " + itoa(v.Most) + " " + the(best) + " costs least."
	}
	s := "Up to " + visitsWord(rr.Changes[0].Visits-1) + " " + the(rr.Changes[0].From) + " costs least"
	for _, ch := range rr.Changes {
		at := rr.Counts[ch.Visits-v.Fewest].Options
		if at[optionIndex(ch.To)].NetCost == at[optionIndex(ch.From)].NetCost {
			s += "; at " + visitsWord(ch.Visits) + " " + the(ch.To) + " costs the same as " + the(ch.From) +
				" (a tie counts for the one listed first)"
			continue
		}
		s += "; past " + visitsWord(ch.Visits-1) + " " + the(ch.To) + " is cheaper"
	}
	return s + "."
}

// LastVisitSentence says when each option's last visit falls: "The last
// visit: on 25 February 2027 at the in-network clinic, … and on 22
// February 2027 with the concierge therapist." Empty without dates.
func (c *Comparison) LastVisitSentence() string {
	if !c.Dated() {
		return ""
	}
	var parts []string
	for i := range c.Result.Options {
		o := &c.Result.Options[i]
		if len(o.Ledger) > 0 {
			parts = append(parts, "on "+dateWords(o.Ledger[len(o.Ledger)-1].Date)+" "+withOption(o.ID))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "The last visit: " + andList(parts) + "."
}

// ResetVisitsSentence says where the reset falls in each option's visits:
// "The first visit of the new plan year: visit 9 at the in-network clinic
// (4 January 2027), …". Empty when no option's visits cross it, or without
// a health plan (its year changes nothing the estimate counts).
func (c *Comparison) ResetVisitsSentence() string {
	if !c.resetCounts() {
		return ""
	}
	var parts []string
	for i := range c.Result.Options {
		o := &c.Result.Options[i]
		if v := o.ResetAtVisit; v.Set && v.Value >= 1 && v.Value <= len(o.Ledger) {
			parts = append(parts, "visit "+itoa(v.Value)+" "+withOption(o.ID)+" ("+dateWords(o.Ledger[v.Value-1].Date)+")")
		}
	}
	return "The first visit of the new plan year: " + andList(parts) + "."
}

// RenewedSentences are the next_year plan's figures (renewedPlanText) in
// one paragraph, "The renewed plan, from 1 January 2027: …", and what an
// FSA pays from then: the next plan year's election and what its rule
// does with the money left unspent. Nil when the visits do not cross the
// reset.
func (c *Comparison) RenewedSentences() []string {
	if !c.resetCounts() {
		return nil
	}
	reset := dateWords(c.resetDate())
	var out []string
	if c.Scenario.NextYear.Set {
		out = append(out, "The renewed plan, from "+reset+": "+strings.Join(renewedPlanText(&c.Scenario.NextYear.Plan), " "))
	}
	if a := &c.Scenario.Account; a.Kind == calc.FSA {
		s := "From " + reset + " the FSA pays from the next plan year's election, " + a.NextBalance.String()
		switch a.FSARule {
		case calc.FSACarryover:
			s += ", and up to " + a.Carryover.String() + " of what is left unspent carries over into it"
		case calc.FSAGrace:
			s += ", and what is left unspent pays for care in its first 2½ months (the grace period)"
		default:
			s += "; what is left unspent is lost"
		}
		out = append(out, s+".")
	}
	return out
}
