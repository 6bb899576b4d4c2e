package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// The fields of issue 12 read from a file: each value as written, the
// defaults as the engine reads them, every problem named with its field
// and what is allowed. docs/cost-rules.md, "Real episodes", gives the
// rules; the engine's own tests check the arithmetic.

// expectMessage checks that err is one problem, of the field at path, whose
// whole message (file, line, field, problem, what is allowed) contains want.
func expectMessage(t *testing.T, err error, path, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want %q", path, want)
	}
	es := fieldErrorsOf(t, err)
	if len(es) != 1 || es[0].Path != path || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "test.yaml:") {
		t.Errorf("%s: error\n%v\nwant one of this field containing\n%s", path, err, want)
	}
}

// A date is read from the text as written, unquoted (YAML's timestamp) or
// quoted (as JSON writes it), and written back unquoted.
func TestStartDateReadAndWritten(t *testing.T) {
	for _, written := range []string{"2026-12-14", `"2026-12-14"`, "'2026-12-14'"} {
		s, _, err := parseFields(t, scenarioWith(map[string]string{"care.start_date": written}))
		if err != nil {
			t.Fatalf("%s: %v", written, err)
		}
		if s.Care.StartDate != calc.MakeDate(2026, 12, 14) {
			t.Errorf("%s read as %+v", written, s.Care.StartDate)
		}
		out, err := Marshal(s)
		if err != nil || !strings.Contains(string(out), "\n  start_date: 2026-12-14\n") {
			t.Errorf("%s written as\n%s", written, out)
		}
	}
	s, _, err := Parse("dated.json", []byte(`{"version": 1, "plan": {"type": "none"}, "care": {"visits": 2, "start_date": "2026-12-14",
		"in_network": {"charge": 100}, "out_of_network": {"cash_rate": 100}, "concierge": {"fee": 100}}}`))
	if err != nil || s.Care.StartDate != calc.MakeDate(2026, 12, 14) {
		t.Errorf("JSON: %+v, %v", s.Care.StartDate, err)
	}
	// no date: none, and nothing written
	s, _, err = parseFields(t, scenarioWith(nil))
	if err != nil || !s.Care.StartDate.IsZero() {
		t.Fatalf("%+v, %v", s.Care.StartDate, err)
	}
	if out, _ := Marshal(s); strings.Contains(string(out), "start_date") {
		t.Errorf("no date written:\n%s", out)
	}
}

func TestStartDateProblems(t *testing.T) {
	for written, want := range map[string]string{
		"2026-02-29":           "care.start_date: 2026-02-29 is not a day of the calendar: February 2026 has 28 days; allowed: a date written YYYY-MM-DD",
		"14/12/2026":           "care.start_date: 14/12/2026 is not a date written YYYY-MM-DD; allowed: a date written YYYY-MM-DD (such as 2026-12-14) in the years 2000 to 2100; leave it out (or null) for no dates",
		"2026-12-14T09:00:00Z": "2026-12-14T09:00:00Z is not a date written YYYY-MM-DD",
		"1999-12-31":           "1999-12-31 is before 2000",
		"20261214":             "20261214 is not a date written YYYY-MM-DD",
	} {
		_, _, err := parseFields(t, scenarioWith(map[string]string{"care.start_date": written}))
		expectMessage(t, err, "care.start_date", want)
	}
	// null is no date
	s, _, err := parseFields(t, scenarioWith(map[string]string{"care.start_date": "null"}))
	if err != nil || !s.Care.StartDate.IsZero() {
		t.Errorf("null: %+v, %v", s.Care.StartDate, err)
	}
}

// Visits a week: 1 to 5, each option its own; the default (2, 2 and 1) is
// held as 0, which the engine reads as it, so a file that writes the default
// and one that leaves it out make the same scenario.
func TestVisitsPerWeek(t *testing.T) {
	for _, c := range []struct {
		path, written string
		want          int
		problem       string
	}{
		{"care.in_network.visits_per_week", "1", 1, ""},
		{"care.in_network.visits_per_week", "5", 5, ""},
		{"care.in_network.visits_per_week", "0", 0, "0 is below 1"},
		{"care.in_network.visits_per_week", "6", 0, "6 is above 5"},
		{"care.in_network.visits_per_week", "2", 0, ""}, // the default, held as 0
		{"care.out_of_network.visits_per_week", "3", 3, ""},
		{"care.out_of_network.visits_per_week", "2", 0, ""},
		{"care.concierge.visits_per_week", "1", 0, ""}, // the concierge's default is 1
		{"care.concierge.visits_per_week", "2", 2, ""},
		{"care.concierge.visits_per_week", "2.5", 0, "2.5 is not a whole number written plainly"},
	} {
		s, _, err := parseFields(t, scenarioWith(map[string]string{"care.start_date": "2026-12-14", c.path: c.written}))
		if c.problem != "" {
			expectOneError(t, err, c.path, c.problem)
			continue
		}
		if err != nil {
			t.Fatalf("%s: %s: %v", c.path, c.written, err)
		}
		got := map[string]int{"care.in_network.visits_per_week": s.Care.InNetwork.VisitsPerWeek,
			"care.out_of_network.visits_per_week": s.Care.OutOfNetwork.VisitsPerWeek,
			"care.concierge.visits_per_week":      s.Care.Concierge.VisitsPerWeek}[c.path]
		if got != c.want {
			t.Errorf("%s: %s read as %d, want %d", c.path, c.written, got, c.want)
		}
		// the field reads what was written, the default included
		f, _ := Field(c.path)
		if shown := f.Get(&s).N; itoa(shown) != c.written {
			t.Errorf("%s reads back as %d, written %s", c.path, shown, c.written)
		}
		requireRoundTrip(t, s)
	}
}

// The plan year's start: MM-DD, January 1 when left out (the zero
// calc.MonthDay, as before the field).
func TestYearStarts(t *testing.T) {
	for written, want := range map[string]calc.MonthDay{"07-01": {Month: 7, Day: 1}, "01-01": {}, "02-29": {Month: 2, Day: 29}} {
		s, _, err := parseFields(t, scenarioWith(map[string]string{"plan.year_starts": written}))
		if err != nil || s.Plan.YearStart != want {
			t.Errorf("%s: %+v, %v", written, s.Plan.YearStart, err)
		}
		requireRoundTrip(t, s)
	}
	for written, want := range map[string]string{
		"7-1":        "7-1 is not a month and day written MM-DD; allowed: a month and day written MM-DD (such as 07-01 for July 1)",
		"2026-07-01": "is not a month and day written MM-DD",
		"04-31":      "04-31 is not a day of the calendar: April has at most 30 days",
	} {
		_, _, err := parseFields(t, scenarioWith(map[string]string{"plan.year_starts": written}))
		expectMessage(t, err, "plan.year_starts", want)
	}
}

// From a file to the engine: docs/cost-rules.md's worked example of the
// reset. In network, charge = allowed = $100, deductible $200, 20 %,
// maximum $1,000; 4 visits twice a week from Thursday 24 December 2026:
// Dec 24, Dec 27 (+3), Dec 31 (+7), Jan 3 2027 (+10). Visits 1–2 pay $100
// each to the deductible; visit 3 pays 20 % × $100 = $20; visit 4 opens plan
// year 2 and pays $100 to the deductible again: 100 + 100 + 20 + 100 =
// $320. With the plan year starting July 1 there is no reset: 100 + 100 +
// 20 + 20 = $240, as without a date.
func TestDatedFileEstimate(t *testing.T) {
	file := `version: 1
plan:
  type: ppo
  in_network: {deductible: 200, coinsurance: 20, oop_max: 1000}
care:
  visits: 4
  start_date: 2026-12-24
  in_network: {charge: 100, allowed: 100}
  out_of_network: {cash_rate: 100}
  concierge: {fee: 100}
`
	for _, c := range []struct {
		extra string
		want  calc.Cents
		reset calc.Marker
	}{
		{"", 32000, calc.Cap(4)},
		{"  year_starts: 07-01\n", 24000, calc.Marker{}},
	} {
		text := strings.Replace(file, "  in_network: {deductible", c.extra+"  in_network: {deductible", 1)
		s, _, err := Parse("dated.yaml", []byte(text))
		if err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		o := calc.Estimate(s).Options[0]
		if o.OutOfPocket != c.want || o.ResetAtVisit != c.reset {
			t.Errorf("year_starts %q: out of pocket %v, reset %+v; want %v, %+v", c.extra, o.OutOfPocket, o.ResetAtVisit, c.want, c.reset)
		}
		if d := o.Ledger[3].Date; d != calc.MakeDate(2027, 1, 3) {
			t.Errorf("visit 4 on %v, want 2027-01-03", d)
		}
	}
}
