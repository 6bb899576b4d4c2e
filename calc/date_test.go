package calc

import (
	"testing"
	"time"
)

// Date's integer day arithmetic agrees with the standard library's calendar
// on every day from 1900 to 2100 (the test may use time; the engine does not).
func TestDateDaysAgreeWithTime(t *testing.T) {
	epoch := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	for tm := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() <= 2100; tm = tm.AddDate(0, 0, 1) {
		d := Date{tm.Year(), int(tm.Month()), tm.Day()}
		want := int64(tm.Sub(epoch).Hours() / 24)
		if !d.Valid() || d.days() != want || dateOfDays(want) != d {
			t.Fatalf("%v: days %d (want %d), back %v, valid %v", d, d.days(), want, dateOfDays(want), d.Valid())
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		name      string
		got, want Date
	}{
		{"a year's end", MakeDate(2026, 12, 31).AddDays(1), MakeDate(2027, 1, 1)},
		{"a leap day", MakeDate(2028, 2, 28).AddDays(1), MakeDate(2028, 2, 29)},
		{"no leap day in 2100", MakeDate(2100, 2, 28).AddDays(1), MakeDate(2100, 3, 1)},
		{"back over a year", MakeDate(2027, 1, 3).AddDays(-10), MakeDate(2026, 12, 24)},
		// 1 January + 2 months = 1 March, + 15 days = 16 March: the end of an FSA's grace.
		{"grace end", MakeDate(2027, 1, 1).AddMonths(2).AddDays(15), MakeDate(2027, 3, 16)},
		{"months clamp the day", MakeDate(2026, 12, 31).AddMonths(2), MakeDate(2027, 2, 28)},
		{"months clamp to a leap day", MakeDate(2027, 12, 31).AddMonths(2), MakeDate(2028, 2, 29)},
		{"plan year of 29 February, common year", MonthDay{2, 29}.In(2027), MakeDate(2027, 2, 28)},
		{"plan year of 29 February, leap year", MonthDay{2, 29}.In(2028), MakeDate(2028, 2, 29)},
		{"zero month-day is 1 January", MonthDay{}.In(2026), MakeDate(2026, 1, 1)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if n := MakeDate(2026, 12, 24).DaysUntil(MakeDate(2027, 1, 3)); n != 10 {
		t.Errorf("24 Dec → 3 Jan: %d days, want 10", n)
	}
	a, b := MakeDate(2026, 12, 31), MakeDate(2027, 1, 1)
	if !a.Before(b) || b.Before(a) || a.Before(a) || a.Compare(a) != 0 {
		t.Error("Before/Compare wrong around the new year")
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]Date{"2026-12-14": MakeDate(2026, 12, 14), "2028-02-29": MakeDate(2028, 2, 29), "0001-01-01": MakeDate(1, 1, 1)}
	for s, want := range good {
		if d, err := ParseDate(s); err != nil || d != want || d.String() != s {
			t.Errorf("ParseDate(%q) = %v, %v; String %q", s, d, err, d.String())
		}
	}
	for _, s := range []string{"", "2026-1-14", "2026-13-01", "2027-02-29", "2026-04-31", "2026/12/14", "26-12-14",
		"2026-12-14T00:00", " 2026-12-14", "2026-00-10", "2026-12-00", "0000-01-01", "+026-12-14", "2026-1a-14"} {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
	if (Date{}).String() != "" || !(Date{}).IsZero() || (Date{}).Valid() {
		t.Error("the zero Date is no date")
	}
}

// The program compares scenarios with ==: every field of issue 12 keeps
// calc.Scenario comparable (this would not compile otherwise), and two
// scenarios differing only in a new field are different.
func TestScenarioStaysComparable(t *testing.T) {
	a, b := benchScenarioDated(), benchScenarioDated()
	if a != b {
		t.Fatal("equal scenarios compare different")
	}
	b.Care.Range.Most++
	if a == b {
		t.Error("a different range compares equal")
	}
	b = a
	b.NextYear.Plan.InNetwork.Deductible++
	if a == b {
		t.Error("a different next-year plan compares equal")
	}
}
