package plans

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/carecost/carecost/calc"
)

// A visit's Medicare reference amount (docs/spec/reference-figures.md, "Therapy billing
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
// for 2026, less the multiple procedure payment reduction (docs/cost-rules.md,
// "The suggested allowed amount"): of all the visit's units, the one with the
// highest practice-expense RVU is paid in full, and every other unit is paid
// its amount less half its practice-expense payment, round_half_up(PE RVU ×
// conversion factor / 2). The reduction needs every billed code's practice-
// expense RVU; a code whose figure is not carried (none is yet: CMS's 2026
// relative value file could not be read, docs/decisions.md) leaves the visit
// unreduced, and Notes says so. 97116 and 97124 have no 2026 figure here and
// use their 2025 amounts, labelled as such.

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
	// PracticeExpenseRVU is the code's non-facility practice-expense RVU, in
	// hundredths (0.40 = 40), for the year of Amount; unset where carecost
	// has not read it in CMS's relative value file.
	PracticeExpenseRVU calc.Limit[int64]
}

const (
	srcFeeSchedule2026 = "CMS Physician Fee Schedule 2026, national non-facility amount (total RVU × $33.4009)"
	srcFeeSchedule2025 = "CMS Physician Fee Schedule 2025, national non-facility amount (no 2026 figure carried)"
)

// cptRates is the fee schedule of docs/spec/reference-figures.md, in the order a
// chooser lists them.
//
// No practice-expense RVU is carried: the figures are in CMS's national
// relative value file (PPRRVU2026, the RVU26A release), which has not been
// read from here; adding one is adding its field here, with the source.
var cptRates = []CPTRate{
	{Code: CPTEvalLow, Description: "physical therapy evaluation, low complexity", Amount: 9786, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTEvalModerate, Description: "physical therapy evaluation, moderate complexity", Amount: 9786, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTEvalHigh, Description: "physical therapy evaluation, high complexity", Amount: 9786, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTReEval, Description: "physical therapy re-evaluation", Amount: 6747, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTExercise, Description: "therapeutic exercise", Timed: true, Amount: 2906, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTNeuromuscular, Description: "neuromuscular re-education", Timed: true, Amount: 3273, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTManual, Description: "manual therapy", Timed: true, Amount: 2772, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTActivities, Description: "therapeutic activities", Timed: true, Amount: 3507, Year: 2026, Source: srcFeeSchedule2026},
	{Code: CPTGait, Description: "gait training", Timed: true, Amount: 2879, Year: 2025, Source: srcFeeSchedule2025},
	{Code: CPTMassage, Description: "massage", Timed: true, Amount: 2976, Year: 2025, Source: srcFeeSchedule2025},
	{Code: CPTUltrasound, Description: "ultrasound", Timed: true, Amount: 1436, Year: 2026, Source: srcFeeSchedule2026},
}

// CPTRates lists the codes the reference amount knows, with their amounts.
func CPTRates() []CPTRate { return slices.Clone(cptRates) }

// LookupCPT returns a code's rate.
func LookupCPT(code CPTCode) (CPTRate, bool) { return lookupIn(cptRates, code) }

func lookupIn(rates []CPTRate, code CPTCode) (CPTRate, bool) {
	for _, r := range rates {
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
	// Reduction is what the multiple-procedure reduction takes off this
	// code's units (0 for the unit paid in full, or when not applied).
	Reduction calc.Cents
	Total     calc.Cents // Units × Amount − Reduction
}

// ReferenceAmount is what Medicare's national fee schedule pays for a visit,
// after the multiple-procedure reduction when it can be applied.
type ReferenceAmount struct {
	Lines        []ReferenceLine // in the order given
	TimedMinutes int
	TimedUnits   int
	// Reduced: the multiple-procedure reduction was applied (a visit of more
	// than one unit whose codes' practice-expense RVUs are all carried).
	Reduced   bool
	Reduction calc.Cents // what it took off in all
	// Unreduced are the billed codes whose practice-expense RVU is not
	// carried, in a visit of more than one unit: the reduction is not applied.
	Unreduced []CPTCode
	Total     calc.Cents
}

// Notes are the caveats to show beside the amount, in plain words.
func (r ReferenceAmount) Notes() []string {
	var notes []string
	switch {
	case r.Reduced:
		notes = append(notes, fmt.Sprintf("The multiple-procedure reduction is applied: every unit after the one with the highest practice expense is paid half its practice-expense part less, %s in all.", r.Reduction))
	case len(r.Unreduced) > 0:
		codes := make([]string, len(r.Unreduced))
		for i, c := range r.Unreduced {
			codes[i] = string(c)
		}
		notes = append(notes, "Before the multiple-procedure reduction, which lowers it by a few dollars a visit: "+
			"the practice-expense figures it needs are not carried yet for "+strings.Join(codes, ", ")+".")
	}
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
	return referenceAmount(visit, cptRates)
}

// referenceAmount is MedicareReferenceAmount with the given rates (the
// tests give practice-expense RVUs carecost does not carry).
func referenceAmount(visit []Procedure, rates []CPTRate) (ReferenceAmount, error) {
	var r ReferenceAmount
	if len(visit) == 0 {
		return r, fmt.Errorf("a visit needs at least one code (allowed: %s)", allowedCodes())
	}
	total := 0
	for i, p := range visit {
		rate, ok := lookupIn(rates, p.Code)
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
	r.reduce()
	for i := range r.Lines {
		l := &r.Lines[i]
		l.Total = calc.Cents(l.Units)*l.Amount - l.Reduction
		r.Total += l.Total
	}
	return r, nil
}

// reduce applies the multiple procedure payment reduction: the unit with
// the highest practice-expense RVU (the first listed on a tie) in full, every
// other unit less round_half_up(PE RVU × conversion factor / 2) of its year.
func (r *ReferenceAmount) reduce() {
	units, best := 0, -1
	for i, l := range r.Lines {
		if l.Units == 0 {
			continue
		}
		units += l.Units
		if !l.PracticeExpenseRVU.Set {
			r.Unreduced = append(r.Unreduced, l.Code)
			continue
		}
		if best < 0 || l.PracticeExpenseRVU.Value > r.Lines[best].PracticeExpenseRVU.Value {
			best = i
		}
	}
	if units <= 1 {
		r.Unreduced = nil // one unit: nothing to reduce
		return
	}
	if len(r.Unreduced) > 0 {
		return
	}
	r.Reduced = true
	for i := range r.Lines {
		l := &r.Lines[i]
		reduced := l.Units
		if i == best {
			reduced--
		}
		cf, _ := Figure(ConversionFactor, l.Year) // ten-thousandths of a dollar: $33.4009 = 334009
		// PE in hundredths of an RVU × CF in ten-thousandths of a dollar is in
		// millionths of a dollar: ten-thousandths of a cent; half of it, to
		// the cent, half up.
		half := calc.Cents(roundHalfUpDiv(l.PracticeExpenseRVU.Value*cf.Value, 20000))
		l.Reduction = calc.Cents(reduced) * half
		r.Reduction += l.Reduction
	}
}

// roundHalfUpDiv is n / d rounded half up, for n ≥ 0 and d > 0.
func roundHalfUpDiv(n, d int64) int64 { return (2*n + d) / (2 * d) }

// TypicalEvaluationVisit is the visit to price an evaluation from: one
// moderate-complexity evaluation (97162; the three levels are valued the
// same in 2026), untimed.
func TypicalEvaluationVisit() []Procedure { return []Procedure{{Code: CPTEvalModerate}} }

// TypicalReEvaluationVisit is the visit to price a re-evaluation from: 97164.
func TypicalReEvaluationVisit() []Procedure { return []Procedure{{Code: CPTReEval}} }

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
