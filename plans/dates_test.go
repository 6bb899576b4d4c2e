package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// A date field and a month-day field as the table builds them, for tests of
// the kinds themselves.
var (
	testDate     = date("care.start_date", func(s *calc.Scenario) *calc.Date { return &s.Care.StartDate }).nullable("no dates")
	testMonthDay = monthDay("plan.year_starts", func(s *calc.Scenario) *calc.MonthDay { return &s.Plan.YearStart })
)

func TestDateValues(t *testing.T) {
	for _, c := range []struct {
		text, want, problem string
	}{
		{"2026-12-14", "2026-12-14", ""},
		{"2028-02-29", "2028-02-29", ""}, // a leap day
		{"2000-01-01", "2000-01-01", ""}, // the bounds, and one day beside each
		{"1999-12-31", "", "1999-12-31 is before 2000"},
		{"2100-12-31", "2100-12-31", ""},
		{"2101-01-01", "", "2101-01-01 is after 2100"},
		{"2026-02-29", "", "2026-02-29 is not a day of the calendar: February 2026 has 28 days"},
		{"2026-04-31", "", "2026-04-31 is not a day of the calendar: April 2026 has 30 days"},
		{"2026-13-01", "", "2026-13-01 has no month 13"},
		{"2026-00-10", "", "2026-00-10 has no month 00"},
		{"2026-12-4", "", "2026-12-4 is not a date written YYYY-MM-DD"},
		{"14/12/2026", "", "14/12/2026 is not a date written YYYY-MM-DD"},
		{"2026-12-14T00:00:00Z", "", "2026-12-14T00:00:00Z is not a date written YYYY-MM-DD"},
		{"2026-12-14 10:30", "", `"2026-12-14 10:30" is not a date written YYYY-MM-DD`},
	} {
		_, text, problem := checkValue(testDate, Value{Text: c.text})
		if text != c.want || problem != c.problem {
			t.Errorf("%q: got %q, %q; want %q, %q", c.text, text, problem, c.want, c.problem)
		}
	}
	// quoted, as JSON writes every date, it is the same date
	if _, text, problem := checkValue(testDate, Value{Text: "2026-12-14", Quoted: true}); text != "2026-12-14" || problem != "" {
		t.Errorf("quoted: %q, %q", text, problem)
	}
}

func TestMonthDayValues(t *testing.T) {
	for _, c := range []struct {
		text, want, problem string
	}{
		{"07-01", "07-01", ""},
		{"01-01", "01-01", ""},
		{"02-29", "02-29", ""}, // a day some year has
		{"02-30", "", "02-30 is not a day of the calendar: February has at most 29 days"},
		{"12-31", "12-31", ""},
		{"12-32", "", "12-32 is not a day of the calendar: December has at most 31 days"},
		{"13-01", "", "13-01 has no month 13"},
		{"00-01", "", "00-01 has no month 00"},
		{"07-00", "", "07-00 is not a day of the calendar: July has at most 31 days"},
		{"7-1", "", "7-1 is not a month and day written MM-DD"},
		{"2026-07-01", "", "2026-07-01 is not a month and day written MM-DD"},
		{"July 1", "", `"July 1" is not a month and day written MM-DD`},
	} {
		_, text, problem := checkValue(testMonthDay, Value{Text: c.text})
		if text != c.want || problem != c.problem {
			t.Errorf("%q: got %q, %q; want %q, %q", c.text, text, problem, c.want, c.problem)
		}
	}
}

// What someone types becomes the written form; what cannot be read stays
// as typed, for validation to say why.
func TestDatesAsTyped(t *testing.T) {
	for typed, want := range map[string]string{
		" 2026-12-14 ": "2026-12-14", "2026/12/4": "2026-12-04", "2026.1.5": "2026-01-05",
		"26/12/4": "26-12-04", "2026-12": "2026-12", "2026--12-4": "2026--12-4", "next monday": "next monday",
	} {
		if got := NormalizeTyped(KindDate, typed); got != want {
			t.Errorf("date %q → %q, want %q", typed, got, want)
		}
	}
	for typed, want := range map[string]string{"7/1": "07-01", "07-01": "07-01", "12.31": "12-31", "7": "7", "1/2/3": "1/2/3"} {
		if got := NormalizeTyped(KindMonthDay, typed); got != want {
			t.Errorf("month-day %q → %q, want %q", typed, got, want)
		}
	}
}

// The accessors: a date reads and writes its calc.Date, no date is unset;
// January 1 is the zero MonthDay both ways, so a scenario without a plan
// year start is the one it always was.
func TestDateAccessors(t *testing.T) {
	var s calc.Scenario
	if v := testDate.Get(&s); v.Set || v.Text != "" {
		t.Errorf("no date read as %+v", v)
	}
	testDate.Put(&s, FieldValue{Text: "2026-12-14", Set: true})
	if s.Care.StartDate != calc.MakeDate(2026, 12, 14) || testDate.Get(&s).Text != "2026-12-14" {
		t.Errorf("date put as %+v", s.Care.StartDate)
	}
	if got := testDate.Format(testDate.Get(&s)); got != "Monday 14 December 2026" {
		t.Errorf("formatted %q", got)
	}
	if v := testMonthDay.Get(&s); v.Text != "01-01" {
		t.Errorf("zero month-day read as %+v", v)
	}
	testMonthDay.Put(&s, FieldValue{Text: "07-01", Set: true})
	if s.Plan.YearStart != (calc.MonthDay{Month: 7, Day: 1}) || testMonthDay.Format(testMonthDay.Get(&s)) != "1 July" {
		t.Errorf("month-day put as %+v", s.Plan.YearStart)
	}
	testMonthDay.Put(&s, FieldValue{Text: "01-01", Set: true})
	if s.Plan.YearStart != (calc.MonthDay{}) {
		t.Errorf("January 1 put as %+v, want the zero MonthDay", s.Plan.YearStart)
	}
}

// A field of issue 12 on is left out of a written file while it holds its
// default; an older field is written whole, as it always was.
func TestOmittedAtDefault(t *testing.T) {
	at := func(s *calc.Scenario) *calc.Cents { return &s.Plan.InNetwork.OtherSpending }
	older := money("plan.in_network.other_spending", at)
	newer := older.omittedAtDefault()
	var s calc.Scenario
	if text, written := FileText(older, &s); !written || text != "0" {
		t.Errorf("older field at its default: %q, %v", text, written)
	}
	if _, written := FileText(newer, &s); written {
		t.Error("a new field at its default is written")
	}
	s.Plan.InNetwork.OtherSpending = 1 // one cent beside the default
	if text, written := FileText(newer, &s); !written || text != "0.01" {
		t.Errorf("a new field off its default: %q, %v", text, written)
	}
	if _, written := FileText(testDate, &s); written {
		t.Error("no date is written")
	}
	if _, written := FileText(testMonthDay, &s); written {
		t.Error("January 1 is written")
	}
}

// What is allowed names what leaving a nullable field out means, and the
// walk-through's wording drops it.
func TestNullHint(t *testing.T) {
	a := testDate.Allowed()
	if !strings.HasSuffix(a, "; leave it out (or null) for no dates") {
		t.Errorf("allowed: %q", a)
	}
	if w := AllowedWhenTyped(a); strings.Contains(w, "null") || !strings.HasPrefix(w, "a date written YYYY-MM-DD") {
		t.Errorf("typed: %q", w)
	}
	f, _ := Field("plan.in_network.oop_max")
	if !strings.HasSuffix(f.Allowed(), "; leave it out (or null) for no maximum") {
		t.Errorf("maximum: %q", f.Allowed())
	}
}

// A date is accepted only as written exactly, and then its text is the
// date's own: what a file holds is what it reads back. Typed text is
// cleaned to a fixed point.
func FuzzDateValue(f *testing.F) {
	for _, s := range []string{"2026-12-14", "2028-02-29", "2026-02-29", "1999-12-31", "2101-01-01", "2026/12/4",
		"+2026-12-14", "2026-1-1", "２０２６-12-14", "2026-12-14\n", "0000-00-00", "9999-99-99", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, got, problem := checkValue(testDate, Value{Text: text})
		if problem == "" {
			d, err := calc.ParseDate(got)
			if got != text || err != nil || !d.Valid() || d.Year < minDateYear || d.Year > maxDateYear {
				t.Fatalf("%q accepted as %q (%v)", text, got, err)
			}
		} else if got != "" {
			t.Fatalf("%q: problem %q with text %q", text, problem, got)
		}
		clean := NormalizeTyped(KindDate, text)
		if again := NormalizeTyped(KindDate, clean); again != clean {
			t.Fatalf("%q → %q → %q", text, clean, again)
		}
	})
}

// The same for a month and day.
func FuzzMonthDayValue(f *testing.F) {
	for _, s := range []string{"07-01", "02-29", "02-30", "13-01", "7/1", "00-00", "99-99", "07-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, got, problem := checkValue(testMonthDay, Value{Text: text})
		if problem == "" {
			md, ok := parseMonthDay(got)
			if got != text || !ok || !md.Valid() || md.Month < 1 || md.Day < 1 {
				t.Fatalf("%q accepted as %q", text, got)
			}
			var s calc.Scenario
			testMonthDay.Put(&s, FieldValue{Text: got, Set: true})
			if back := testMonthDay.Get(&s).Text; back != got {
				t.Fatalf("%q put and read back as %q", got, back)
			}
		} else if got != "" {
			t.Fatalf("%q: problem %q with text %q", text, problem, got)
		}
		clean := NormalizeTyped(KindMonthDay, text)
		if again := NormalizeTyped(KindMonthDay, clean); again != clean {
			t.Fatalf("%q → %q → %q", text, clean, again)
		}
	})
}
