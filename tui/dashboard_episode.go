package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
)

// A real episode on the dashboard (docs/cost-rules.md, "Real episodes"):
// an evaluation priced apart, the dates and the plan-year reset, the money by month (the cash-flow
// screen, m), a range of visits and its chart, and the what-ifs on the
// first visit's date (< >) and on the range ({ } ( )).

// episode is what the dashboard shows of a real episode, in report's words
// (report/episode.go), made by recompute: empty when the scenario has no
// dates and no range.
type episode struct {
	evaluation        string           // which first visits are evaluations, in words
	evaluationFigures []report.Figures // what the first visit costs, the re-evaluations

	dates  []string         // when the visits are and what the reset does
	dated  []report.Figures // the reset's rows and the most cash out at once
	months []report.Month   // money out and back by month (the cash-flow screen)
	peak   string           // the most cash out at once, in words

	hasRange  bool
	rng       calc.RangeResult
	ranged    []report.Figures // the net cost at the fewest, likely and most visits, percentiles, chances
	rangeText []string         // the range, where the cheapest changes, the distribution
	// curve is each option's net cost at every count of the range, fewest
	// to most (storage reused).
	curve [3][]calc.Cents
}

// update takes the episode's figures from the comparison of the scenario
// shown. The curve is each option's net cost at every count, as the engine
// worked them out for the range (calc.RangeResult.Counts), taken here in
// Update, never in View.
func (e *episode) update(c *report.Comparison) {
	e.evaluation, e.evaluationFigures = c.EvaluationSentence(), c.EvaluationFigures()
	e.dates, e.dated, e.months, e.peak = c.DatesSentences(), c.DatedFigures(), c.Months(), c.PeakSentence()
	e.ranged, e.rangeText = c.RangeFigures(), c.RangeSentences()
	for i := range e.curve {
		e.curve[i] = e.curve[i][:0]
	}
	rr, ok := c.RangeResult()
	e.hasRange = ok
	if !ok {
		e.rng = calc.RangeResult{}
		return
	}
	e.rng = *rr
	for _, at := range rr.Counts {
		for i := range e.curve {
			e.curve[i] = append(e.curve[i], at.Options[i].NetCost)
		}
	}
}

// hasMonths reports whether the scenario has dates: money by month to show.
func (e *episode) hasMonths() bool { return len(e.months) > 0 }

// showCashFlow asks for the money by month of the scenario shown, or says
// why there is none.
func (d *dashboard) showCashFlow() tea.Cmd {
	if !d.ep.hasMonths() {
		d.hintEdit("Money by month needs dates: this scenario has no first visit's date. e gives it one in the walk-through.", interview.StepCare)
		return nil
	}
	return send(showCashFlowMsg{months: d.ep.months, peak: d.ep.peak, selected: d.selected})
}

// startStep is what < and > move the first visit's date by: a week, so
// every visit keeps its weekday.
const startStep = 7

// moveStart moves the first visit's date by days, within the years the
// format allows. When the first visit leaves the plan year it had in the
// saved scenario it says so: the file's "already met this plan year"
// figures are read as the first visit's plan year's (docs/cost-rules.md,
// "The reset"), which a what-if on the date alone does not change.
func (d *dashboard) moveStart(days int) {
	f, _ := plans.Field("care.start_date")
	start := d.scenario.Care.StartDate
	if start.IsZero() {
		d.hintEdit("This scenario has no first visit's date to move; e gives it one in the walk-through.", interview.StepCare)
		return
	}
	next := start.AddDays(days)
	if int64(next.Year) < f.Min || int64(next.Year) > f.Max {
		d.setStatus("The first visit's date stays between "+itoa(int(f.Min))+" and "+itoa(int(f.Max))+".", false)
		return
	}
	d.scenario.Care.StartDate = next
	d.given(f.Path)
	d.status = ""
	d.recompute()
	if d.scenario.Plan.Type == calc.NoPlan {
		return // without a plan its year changes nothing the estimate counts
	}
	if now, was := planYearOf(&d.result), savedPlanYear(d.saved); !was.IsZero() && !now.IsZero() && now != was {
		d.setStatus("The first visit is now in the plan year from "+plans.DateWords(now)+
			": the deductible met, out of pocket spent and visits used are read as that year's (e changes them).", false)
	}
}

// planYearOf is the first day of the plan year of the first visit, from
// the engine's result; zero without dates.
func planYearOf(r *calc.Result) calc.Date {
	for i := range r.Options {
		if ys := r.Options[i].PlanYears; len(ys) > 0 {
			return ys[0].Start
		}
	}
	return calc.Date{}
}

// savedPlanYear is planYearOf the saved scenario's estimate; zero when it
// has no dates.
func savedPlanYear(s calc.Scenario) calc.Date {
	if s.Care.StartDate.IsZero() {
		return calc.Date{}
	}
	r := calc.Estimate(s)
	return planYearOf(&r)
}

// The range's fields, and their bounds from the scenario format.
const (
	rangeFewest = "care.visits_range.fewest"
	rangeLikely = "care.visits_range.likely"
	rangeMost   = "care.visits_range.most"
)

var (
	rangeMin, _ = fieldBounds(rangeFewest, 1, 365)
	_, rangeMax = fieldBounds(rangeMost, 1, 365)
)

// setRange makes v the scenario's range of visits, or says why not: there
// is no range to change, or v is the range already (unchanged says why).
func (d *dashboard) setRange(v calc.VisitRange, unchanged string) {
	if d.scenario.Care.Range.IsZero() {
		d.hintEdit("This scenario has no range of visits; e gives it one in the walk-through (how many visits at the fewest and the most).", interview.StepCare)
		return
	}
	if v == d.scenario.Care.Range {
		d.setStatus(unchanged, false)
		return
	}
	d.scenario.Care.Range = v
	d.given(rangeFewest, rangeLikely, rangeMost)
	d.status = ""
	d.recompute()
}

// shiftRange moves the whole range (fewest, likely and most) by n visits,
// within the format's bounds.
func (d *dashboard) shiftRange(n int) {
	v := d.scenario.Care.Range
	if int64(v.Fewest+n) >= rangeMin && int64(v.Most+n) <= rangeMax {
		v.Fewest, v.Likely, v.Most = v.Fewest+n, v.Likely+n, v.Most+n
		if c := d.scenario.Care; !c.Range.IsZero() && c.Range.Likely == c.Visits {
			// the likeliest count is the visits needed: they move with it
			d.moveVisits(n)
		}
	}
	d.setRange(v, "The range of visits cannot move further: it stays between "+itoa(int(rangeMin))+" and "+itoa(int(rangeMax))+" visits.")
}

// widenRange moves the fewest and the most visits n away from the likely
// count (n < 0: nearer to it), each as far as it can go: never past the
// likely count, never outside the format's bounds.
func (d *dashboard) widenRange(n int) {
	v := d.scenario.Care.Range
	v.Fewest = int(min(max(int64(v.Fewest-n), rangeMin), int64(v.Likely)))
	v.Most = int(max(min(int64(v.Most+n), rangeMax), int64(v.Likely)))
	unchanged := "The range is as wide as it goes: from " + itoa(int(rangeMin)) + " to " + itoa(int(rangeMax)) + " visits."
	if n < 0 {
		unchanged = "The range is as narrow as it goes: the likeliest count, " + itoa(v.Likely) + " visits, alone."
	}
	d.setRange(v, unchanged)
}
