package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// The plan year begins on its start on or before the first visit: the
// start itself begins the year, the day before belongs to the one before.
func TestFirstPlanYearBegins(t *testing.T) {
	july := calc.MonthDay{Month: 7, Day: 1}
	for _, c := range []struct {
		start calc.Date
		from  calc.MonthDay
		want  int
	}{
		{calc.MakeDate(2026, 12, 14), calc.MonthDay{}, 2026},
		{calc.MakeDate(2026, 1, 1), calc.MonthDay{}, 2026}, // January 1 itself
		{calc.MakeDate(2025, 12, 31), calc.MonthDay{}, 2025},
		{calc.MakeDate(2026, 7, 1), july, 2026},                              // the start itself
		{calc.MakeDate(2026, 6, 30), july, 2025},                             // the day before
		{calc.MakeDate(2027, 2, 28), calc.MonthDay{Month: 2, Day: 29}, 2027}, // February 29 is the 28th in 2027
		{calc.MakeDate(2027, 2, 27), calc.MonthDay{Month: 2, Day: 29}, 2026}, // the day before it
		{calc.MakeDate(2028, 2, 28), calc.MonthDay{Month: 2, Day: 29}, 2027}, // 2028 has a 29th
	} {
		if got := FirstPlanYearBegins(c.start, c.from); got != c.want {
			t.Errorf("%v from %v: %d, want %d", c.start, c.from, got, c.want)
		}
	}
}

// With a first visit's date and no year, plan year 1's federal figures are
// those of the year that plan year begins in (docs/cost-rules.md, "Which
// year's figures"): an HDHP with a $1,720 deductible is under 2027's
// $1,750 minimum (the newest year, undated) but not under 2026's $1,700,
// the year of a first visit on 14 December 2026.
func TestFiguresFollowTheFirstVisit(t *testing.T) {
	s := Preset(calc.HDHP)
	s.Plan.InNetwork.Deductible = 172000
	below := func(s calc.Scenario) []calc.Warning {
		return find(FigureWarnings(s, nil), WarnHDHPDeductibleBelowMinimum)
	}
	if w := below(s); len(w) != 1 || w[0].Limit != 175000 || w[0].Year != 2027 {
		t.Fatalf("undated: %+v", w)
	}
	s.Care.StartDate = calc.MakeDate(2026, 12, 14)
	if PlanYear(s) != 2026 || len(below(s)) != 0 {
		t.Errorf("dated in 2026: figures of %d, %+v", PlanYear(s), below(s))
	}
	// $1,699.99 is a cent under 2026's minimum
	s.Plan.InNetwork.Deductible = 169999
	if w := below(s); len(w) != 1 || w[0].Limit != 170000 || w[0].Year != 2026 {
		t.Errorf("a cent under 2026's: %+v", w)
	}
	// a July plan year: a first visit on June 30, 2026 is in the plan year
	// that began July 1, 2025 ($1,650: $1,660 is above it); on July 1 it
	// is in 2026's ($1,700: below)
	s.Plan.InNetwork.Deductible = 166000
	s.Plan.YearStart = calc.MonthDay{Month: 7, Day: 1}
	s.Care.StartDate = calc.MakeDate(2026, 6, 30)
	if PlanYear(s) != 2025 || len(below(s)) != 0 {
		t.Errorf("June 30: figures of %d, %+v", PlanYear(s), below(s))
	}
	s.Care.StartDate = calc.MakeDate(2026, 7, 1)
	if w := below(s); PlanYear(s) != 2026 || len(w) != 1 || w[0].Limit != 170000 {
		t.Errorf("July 1: figures of %d, %+v", PlanYear(s), w)
	}

	// a year written is the file's word, said when the date disagrees
	s.Year = 2026
	expectOne(t, FigureWarnings(s, nil), WarnYearNotFirstPlanYear, calc.Warning{})
	s.Care.StartDate = calc.MakeDate(2026, 6, 30)
	ws := FigureWarnings(s, nil)
	expectOne(t, ws, WarnYearNotFirstPlanYear, calc.Warning{Code: WarnYearNotFirstPlanYear, Count: 2026, Year: 2025})
	if PlanYear(s) != 2026 || len(find(ws, WarnHDHPDeductibleBelowMinimum)) != 1 {
		t.Errorf("the written year's figures are used: %d, %+v", PlanYear(s), ws)
	}
	text := WarningText(find(ws, WarnYearNotFirstPlanYear)[0])
	if !strings.Contains(text, "year is 2026, but the first visit falls in the plan year that begins in 2025") ||
		!strings.Contains(text, "Make the year 2025, or leave it out") {
		t.Errorf("text: %s", text)
	}
	s.Care.StartDate = calc.Date{} // no date: nothing to disagree with
	expectOne(t, FigureWarnings(s, nil), WarnYearNotFirstPlanYear, calc.Warning{})
}

// The KX threshold of plan year 2 is that of the year after plan year 1's,
// and plan year 1's follows the first visit when no year is written: a
// December 2025 start counts 2025's $2,410 and then 2026's $2,480.
func TestThresholdFiguresFollowTheFirstVisit(t *testing.T) {
	s := medicare(0, calc.PhysicalTherapy, 10000, 40, 20)
	s.Care.StartDate = calc.MakeDate(2025, 12, 2) // a Tuesday: visits 1–9 in December, 10 on January 1
	kx := find(FigureWarnings(s, nil), WarnKXThresholdPTSpeech)
	// plan year 1 from $2,000: visit 5 makes $2,500 > $2,410 (visit 4
	// $2,400); plan year 2 from $0: its 25th visit, visit 34, $2,500 > $2,480
	if len(kx) != 2 || kx[0].Limit != 241000 || kx[0].Year != 2025 || kx[0].Visit != 5 ||
		kx[1].Limit != 248000 || kx[1].Year != 2026 || kx[1].Visit != 34 || kx[1].AskedYear != 0 {
		t.Errorf("%+v", kx)
	}
}
