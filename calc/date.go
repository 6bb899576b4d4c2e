package calc

import (
	"errors"
	"strconv"
)

// Date is a civil date: a day of the proleptic Gregorian calendar, with no
// time of day and no time zone, so that a visit's date never moves with the
// machine's clock or zone. The zero Date means "no date". It is a plain
// comparable value: calc.Scenario stays comparable with ==.
type Date struct{ Year, Month, Day int }

// MakeDate returns the date y-m-d (not checked: see Valid).
func MakeDate(y, m, d int) Date { return Date{Year: y, Month: m, Day: d} }

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real day between the years 1 and 9999.
func (d Date) Valid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// DaysIn is the number of days of a month (1–12) of a year.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// days is the number of days from 1970-01-01 to d, for a valid d: the
// days_from_civil algorithm (H. Hinnant), integer arithmetic only.
func (d Date) days() int64 {
	y, m := int64(d.Year), int64(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400 // y ≥ 0 for every valid date
	yoe := y - era*400
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + int64(d.Day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateOfDays is the inverse of days (civil_from_days) for days ≥ the
// 1 March of year 0.
func dateOfDays(z int64) Date {
	z += 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{Year: int(y), Month: int(m), Day: int(day)}
}

// AddDays is d moved n days (n may be negative). d must be Valid.
func (d Date) AddDays(n int) Date { return dateOfDays(d.days() + int64(n)) }

// AddMonths is d moved n months, its day clamped to the new month's last day
// (31 December + 2 months = 28 or 29 February). d must be Valid.
func (d Date) AddMonths(n int) Date {
	m := d.Year*12 + d.Month - 1 + n
	y, mo := m/12, m%12+1
	return Date{Year: y, Month: mo, Day: min(d.Day, DaysIn(y, mo))}
}

// DaysUntil is the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.days() - d.days()) }

// Compare is -1, 0 or +1 as d is before, the same day as, or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(d.Month - e.Month)
	}
	return sign(d.Day - e.Day)
}

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// String is the ISO form "2026-12-14", "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [16]byte
	return string(d.AppendISO(b[:0]))
}

// AppendISO appends "YYYY-MM-DD" to b.
func (d Date) AppendISO(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, d.Month, 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ErrNotADate is returned by ParseDate for anything but a real YYYY-MM-DD day.
var ErrNotADate = errors.New("is not a date written YYYY-MM-DD (for example 2026-12-14)")

// ParseDate reads a date written "YYYY-MM-DD", exactly: four-digit year, two-
// digit month and day, a real day of that month.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) {
		return Date{}, ErrNotADate
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	dd, _ := strconv.Atoi(s[8:])
	d := Date{Year: y, Month: m, Day: dd}
	if !d.Valid() {
		return Date{}, ErrNotADate
	}
	return d, nil
}

// MonthDay is a day of the year, the start of a plan year. The zero value
// means 1 January. A Day the month does not have in some year (29
// February) is the month's last day that year.
type MonthDay struct{ Month, Day int }

// Valid reports whether md is zero or a day some year has (29 February
// included).
func (md MonthDay) Valid() bool {
	return md == MonthDay{} || md.Month >= 1 && md.Month <= 12 && md.Day >= 1 && md.Day <= DaysIn(2000, md.Month)
}

// In is md in the given year.
func (md MonthDay) In(year int) Date {
	if md == (MonthDay{}) || !md.Valid() {
		return Date{Year: year, Month: 1, Day: 1}
	}
	return Date{Year: year, Month: md.Month, Day: min(md.Day, DaysIn(year, md.Month))}
}
