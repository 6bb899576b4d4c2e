package plans

import (
	"strconv"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
)

// The years a date field accepts: the plan years the figures could ever
// describe, as the year field bounds them; a date outside is a typing
// mistake.
const (
	minDateYear = 2000
	maxDateYear = 2100
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// DateWords is a date as people read it: "Monday 14 December 2026".
func DateWords(d calc.Date) string {
	if !d.Valid() {
		return d.String()
	}
	// time is used only for the weekday of a civil date, in UTC: no clock
	// and no zone reaches the date itself
	wd := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday()
	return wd.String() + " " + strconv.Itoa(d.Day) + " " + monthNames[d.Month-1] + " " + strconv.Itoa(d.Year)
}

// MonthDayWords is a day of the year as people read it: "1 July".
func MonthDayWords(md calc.MonthDay) string {
	if md == (calc.MonthDay{}) {
		md = calc.MonthDay{Month: 1, Day: 1}
	}
	if !md.Valid() {
		return monthDayText(md)
	}
	return strconv.Itoa(md.Day) + " " + monthNames[md.Month-1]
}

// monthDayText writes a day of the year as a file does: "07-01".
func monthDayText(md calc.MonthDay) string {
	return pad2(md.Month) + "-" + pad2(md.Day)
}

func pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ParseMonthDay reads a plan year's start as a file writes it, "MM-DD"
// (ok false for anything else).
func ParseMonthDay(t string) (calc.MonthDay, bool) { return parseMonthDay(t) }

// parseMonthDay reads "MM-DD" exactly: two digits each, a day some year
// has (02-29 included: a plan year that starts then starts on February 28
// in other years, docs/cost-rules.md).
func parseMonthDay(t string) (calc.MonthDay, bool) {
	if len(t) != 5 || t[2] != '-' || !allDigitsText(t[:2]) || !allDigitsText(t[3:]) {
		return calc.MonthDay{}, false
	}
	m, _ := strconv.Atoi(t[:2])
	d, _ := strconv.Atoi(t[3:])
	md := calc.MonthDay{Month: m, Day: d}
	if m < 1 || d < 1 || !md.Valid() {
		return calc.MonthDay{}, false
	}
	return md, true
}

// dateProblem says what is wrong with a written date ("" when it is one):
// the form, a day the month does not have, a year out of bounds.
func dateProblem(spec FieldSpec, t string) (calc.Date, string) {
	d, err := calc.ParseDate(t)
	if err == nil {
		switch {
		case int64(d.Year) < spec.Min:
			return calc.Date{}, " is before " + itoa(spec.Min)
		case int64(d.Year) > spec.Max:
			return calc.Date{}, " is after " + itoa(spec.Max)
		}
		return d, ""
	}
	if len(t) == 10 && t[4] == '-' && t[7] == '-' && allDigitsText(t[:4]) && allDigitsText(t[5:7]) && allDigitsText(t[8:]) {
		y, _ := strconv.Atoi(t[:4])
		m, _ := strconv.Atoi(t[5:7])
		if m < 1 || m > 12 {
			return calc.Date{}, " has no month " + t[5:7]
		}
		return calc.Date{}, " is not a day of the calendar: " + monthNames[m-1] + " " + t[:4] + " has " +
			strconv.Itoa(calc.DaysIn(y, m)) + " days"
	}
	return calc.Date{}, " is not a date written YYYY-MM-DD"
}

// monthDayProblem says what is wrong with a written month and day.
func monthDayProblem(t string) (calc.MonthDay, string) {
	if md, ok := parseMonthDay(t); ok {
		return md, ""
	}
	if len(t) == 5 && t[2] == '-' && allDigitsText(t[:2]) && allDigitsText(t[3:]) {
		m, _ := strconv.Atoi(t[:2])
		if m < 1 || m > 12 {
			return calc.MonthDay{}, " has no month " + t[:2]
		}
		return calc.MonthDay{}, " is not a day of the calendar: " + monthNames[m-1] + " has at most " +
			strconv.Itoa(calc.DaysIn(2000, m)) + " days"
	}
	return calc.MonthDay{}, " is not a month and day written MM-DD"
}

// normalizeDateTyped cleans a typed date or month-day as people type them:
// "2026/12/4" and "2026.12.4" → "2026-12-04", "7/1" → "07-01". Anything
// that is not numbers and separators in the right count stays as typed, so
// validation says what is wrong.
func normalizeDateTyped(kind FieldKind, s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	want := 3
	if kind == KindMonthDay {
		want = 2
	}
	if len(parts) != want || strings.Count(s, "-")+strings.Count(s, "/")+strings.Count(s, ".") != want-1 {
		return s
	}
	for i, p := range parts {
		if !allDigitsText(p) {
			return s
		}
		if i == 0 && kind == KindDate {
			continue // the year as typed: four digits or a problem
		}
		if len(p) == 1 {
			parts[i] = "0" + p
		}
	}
	return strings.Join(parts, "-")
}
