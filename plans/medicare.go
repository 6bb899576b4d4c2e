package plans

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/carecost/carecost/calc"
)

// A visit's Medicare reference amount (reference-figures.md, "Therapy billing
// (CPT) and the fee schedule"): what Medicare's national fee schedule pays
// for the codes of one visit, used to propose an out-of-network allowed
// amount when the patient does not know it.
//
// How minutes become units. A visit is a list of (code, minutes). An
// evaluation (97161–97164) is untimed: one unit whatever its minutes, and
// its minutes do not count as timed minutes. The timed codes are billed by
// the Medicare 8-minute rule on the visit's total timed minutes (Medicare
// Claims Processing Manual 100-04, ch. 5 §20.2): 8–22 minutes = 1 unit,
// 23–37 = 2, 38–52 = 3, … continuing by 15 (units = (minutes + 7) / 15 from 8
// minutes on, 0 below). Those units are then assigned to the codes the way
// that manual does: first every code gets one unit for each full 15 minutes
// it had; the units left go one at a time to the codes with the most minutes
// left over (a tie goes to the code listed first). So 24 minutes of 97112 and
// 23 of 97110 (47 minutes, 3 units) give 97112 two units and 97110 one.
//
// The amount is the sum of units × each code's national non-facility amount
// for 2026, before the multiple-procedure payment reduction (which lowers
// later units of a visit by a few dollars: applying it needs each code's
// practice-expense RVU, which carecost does not carry). 97116 and 97124 have
// no 2026 figure here and use their 2025 amounts, labelled as such.

// CPTCode is a therapy billing code.
type CPTCode string

// The codes the reference amount knows.
const (
	CPTEvalLow       CPTCode = "97161" // PT evaluation, low complexity
	CPTEvalModerate  CPTCode = "97162" // PT evaluation, moderate complexity
	CPTEvalHigh      CPTCode = "97163" // PT evaluation, high complexity
	CPTReEval        CPTCode = "97164" // PT re-evaluation
	CPTExercise      CPTCode = "97110" // therapeutic exercise
	CPTNeuromuscular CPTCode = "97112" // neuromuscular re-education
	CPTManual        CPTCode = "97140" // manual therapy
	CPTActivities    CPTCode = "97530" // therapeutic activities
	CPTGait          CPTCode = "97116" // gait training
	CPTMassage       CPTCode = "97124" // massage
	CPTUltrasound    CPTCode = "97035" // ultrasound
)

// CPTRate is a code's national Medicare amount for one unit.
type CPTRate struct {
	Code        CPTCode
	Description string
	Timed       bool // billed in 15-minute units
	Amount      calc.Cents
	Year        int
	Source      string
}

const (
	srcFeeSchedule2026 = "CMS Physician Fee Schedule 2026, national non-facility amount (total RVU × $33.4009)"
	srcFeeSchedule2025 = "CMS Physician Fee Schedule 2025, national non-facility amount (no 2026 figure carried)"
)

// cptRates is the fee schedule of reference-figures.md, in the order a
// chooser lists them.
var cptRates = []CPTRate{
	{CPTEvalLow, "physical therapy evaluation, low complexity", false, 9786, 2026, srcFeeSchedule2026},
	{CPTEvalModerate, "physical therapy evaluation, moderate complexity", false, 9786, 2026, srcFeeSchedule2026},
	{CPTEvalHigh, "physical therapy evaluation, high complexity", false, 9786, 2026, srcFeeSchedule2026},
	{CPTReEval, "physical therapy re-evaluation", false, 6747, 2026, srcFeeSchedule2026},
	{CPTExercise, "therapeutic exercise", true, 2906, 2026, srcFeeSchedule2026},
	{CPTNeuromuscular, "neuromuscular re-education", true, 3273, 2026, srcFeeSchedule2026},
	{CPTManual, "manual therapy", true, 2772, 2026, srcFeeSchedule2026},
	{CPTActivities, "therapeutic activities", true, 3507, 2026, srcFeeSchedule2026},
	{CPTGait, "gait training", true, 2879, 2025, srcFeeSchedule2025},
	{CPTMassage, "massage", true, 2976, 2025, srcFeeSchedule2025},
	{CPTUltrasound, "ultrasound", true, 1436, 2026, srcFeeSchedule2026},
}

// CPTRates lists the codes the reference amount knows, with their amounts.
func CPTRates() []CPTRate { return slices.Clone(cptRates) }

// LookupCPT returns a code's rate.
func LookupCPT(code CPTCode) (CPTRate, bool) {
	for _, r := range cptRates {
		if r.Code == code {
			return r, true
		}
	}
	return CPTRate{}, false
}

// Procedure is one code of a visit and the minutes spent on it.
type Procedure struct {
	Code    CPTCode
	Minutes int
}

// ReferenceLine is one code's part of a visit's reference amount.
type ReferenceLine struct {
	CPTRate
	Minutes int
	Units   int
	Total   calc.Cents // Units × Amount
}

// ReferenceAmount is what Medicare's national fee schedule pays for a visit,
// before the multiple-procedure reduction.
type ReferenceAmount struct {
	Lines        []ReferenceLine // in the order given
	TimedMinutes int
	TimedUnits   int
	Total        calc.Cents
}

// Notes are the caveats to show beside the amount, in plain words.
func (r ReferenceAmount) Notes() []string {
	notes := []string{"Before the multiple-procedure reduction, which lowers it by a few dollars a visit."}
	for _, l := range r.Lines {
		if l.Year != 2026 && l.Units > 0 {
			notes = append(notes, fmt.Sprintf("%s (%s) uses its %d amount, %s a unit: no 2026 figure is carried.",
				l.Code, l.Description, l.Year, l.Amount))
		}
	}
	if r.TimedMinutes > 0 && r.TimedMinutes < 8 {
		notes = append(notes, fmt.Sprintf("%d timed minutes is under the 8 minutes Medicare needs to bill one unit.", r.TimedMinutes))
	}
	return notes
}

// TimedUnits is the number of 15-minute units the 8-minute rule bills for a
// visit's total timed minutes.
func TimedUnits(minutes int) int {
	if minutes < 8 {
		return 0
	}
	return (minutes + 7) / 15
}

// MaxVisitMinutes bounds a visit's minutes, as the scenario format bounds
// an option's minutes.
const MaxVisitMinutes = 480

// MedicareReferenceAmount computes a visit's Medicare reference amount from
// its codes and minutes (see the comment at the top of this file). Each code
// may appear once.
func MedicareReferenceAmount(visit []Procedure) (ReferenceAmount, error) {
	var r ReferenceAmount
	if len(visit) == 0 {
		return r, fmt.Errorf("a visit needs at least one code (allowed: %s)", allowedCodes())
	}
	total := 0
	for i, p := range visit {
		rate, ok := LookupCPT(p.Code)
		if !ok {
			return ReferenceAmount{}, unknownCode(p.Code)
		}
		for _, q := range visit[:i] {
			if q.Code == p.Code {
				return ReferenceAmount{}, fmt.Errorf("code %s is listed twice: give its minutes once", p.Code)
			}
		}
		if p.Minutes < 0 || p.Minutes > MaxVisitMinutes {
			return ReferenceAmount{}, fmt.Errorf("code %s: minutes must be 0 to %d, not %d", p.Code, MaxVisitMinutes, p.Minutes)
		}
		total += p.Minutes
		if total > MaxVisitMinutes {
			return ReferenceAmount{}, fmt.Errorf("a visit's minutes add up to more than %d", MaxVisitMinutes)
		}
		r.Lines = append(r.Lines, ReferenceLine{CPTRate: rate, Minutes: p.Minutes})
		if rate.Timed {
			r.TimedMinutes += p.Minutes
		} else {
			r.Lines[i].Units = 1 // untimed: one unit whatever the minutes
		}
	}
	r.TimedUnits = TimedUnits(r.TimedMinutes)

	// Full 15-minute units first, then the rest by minutes left over.
	left := r.TimedUnits
	var timed []int // indexes of timed lines
	for i := range r.Lines {
		if l := &r.Lines[i]; l.Timed {
			l.Units = l.Minutes / 15
			left -= l.Units
			timed = append(timed, i)
		}
	}
	slices.SortStableFunc(timed, func(a, b int) int {
		return cmp.Compare(r.Lines[b].Minutes%15, r.Lines[a].Minutes%15)
	})
	for _, i := range timed {
		if left <= 0 {
			break
		}
		if r.Lines[i].Minutes%15 > 0 {
			r.Lines[i].Units++
			left--
		}
	}
	for i := range r.Lines {
		l := &r.Lines[i]
		l.Total = calc.Cents(l.Units) * l.Amount
		r.Total += l.Total
	}
	return r, nil
}

// TypicalVisit splits a visit's minutes evenly among therapeutic exercise,
// neuromuscular re-education and manual therapy (97110, 97112, 97140; the
// minutes that do not divide go to the first codes): the codes to assume
// when the patient knows only how long a visit is. 45 minutes gives
// TypicalMedicareVisit.
func TypicalVisit(minutes int) []Procedure {
	codes := []CPTCode{CPTExercise, CPTNeuromuscular, CPTManual}
	visit := make([]Procedure, len(codes))
	for i, c := range codes {
		visit[i] = Procedure{Code: c, Minutes: max(0, minutes) / len(codes)}
		if i < max(0, minutes)%len(codes) {
			visit[i].Minutes++
		}
	}
	return visit
}

// SuggestedAllowed is an out-of-network allowed amount at percent of the
// Medicare reference amount (plans commonly allow 110–140 %), rounded half
// up to the cent.
func SuggestedAllowed(reference calc.Cents, percent calc.BasisPoints) calc.Cents {
	return calc.Pct(reference, percent)
}

func allowedCodes() string {
	codes := make([]string, len(cptRates))
	for i, r := range cptRates {
		codes[i] = string(r.Code)
	}
	return strings.Join(codes, ", ")
}

func unknownCode(c CPTCode) error {
	switch c {
	case "97010":
		return fmt.Errorf("code 97010 (hot or cold packs) is bundled: Medicare never pays it separately and it is not billable to the patient")
	case "97014":
		return fmt.Errorf("code 97014 (unattended electrical stimulation) is not recognised by Medicare, which uses G0283 instead; carecost carries no amount for it")
	}
	return fmt.Errorf("code %q is not one carecost carries (allowed: %s)", string(c), allowedCodes())
}
