package plans

import (
	"os"
	"path/filepath"
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
		reset calc.OptionalVisit
	}{
		{"", 32000, calc.Cap(4)},
		{"  year_starts: 07-01\n", 24000, calc.OptionalVisit{}},
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

// evaluationFile is docs/cost-rules.md's worked example of evaluation
// prices, as a file: in network charge $150, allowed $100; the evaluation
// $300 charged, $200 allowed; a re-evaluation every 4 visits, $200
// charged, $150 allowed; deductible $250, 20 %; 6 visits. Out of network
// (covered, no deductible, 40 %, allowed $110) a $100 cash rate and a $250
// evaluation the plan recognises at $200; the concierge $225 + $25 travel,
// its evaluation $300; 2 visits each.
const evaluationFile = `version: 1
plan:
  type: ppo
  in_network: {deductible: 250, coinsurance: 20, oop_max: 6000}
  out_of_network: {deductible: 0, coinsurance: 40, oop_max: 12000, allowed: 110, evaluation_allowed: 200}
care:
  visits: 6
  in_network:
    charge: 150
    allowed: 100
    evaluation: {charge: 300, allowed: 200}
    re_evaluation_every: 4
    re_evaluation: {charge: 200, allowed: 150}
  out_of_network:
    cash_rate: 100
    visits: 2
    evaluation: {cash_rate: 250}
  concierge:
    fee: 225
    travel_fee: 25
    visits: 2
    evaluation: {fee: 300}
`

func TestEvaluationsFromAFile(t *testing.T) {
	s, _, err := Parse("evaluations.yaml", []byte(evaluationFile))
	if err != nil {
		t.Fatal(err)
	}
	in := s.Care.InNetwork.Evaluations
	if in.First != (calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000}) || in.ReEvery != 4 ||
		in.Re != (calc.VisitPrice{Set: true, Price: 20000, Allowed: 15000, SelfPay: 20000}) {
		t.Errorf("in network: %+v", in)
	}
	r := calc.Estimate(s)
	// Visit 1: $200 to the deductible ($50 left). Visit 2: $50 + 20 % × $50
	// = $60. Visits 3–4: $20. Visit 5, a re-evaluation ((5 − 1) mod 4 = 0):
	// 20 % × $150 = $30. Visit 6: $20. 200 + 60 + 20 + 20 + 30 + 20 = $350;
	// billed $300 + 4 × $150 + $200 = $1,100.
	if o := r.Options[0]; o.OutOfPocket != 35000 || o.Billed != 110000 || o.PlanPaid != 40000 || o.WriteOff != 35000 {
		t.Errorf("in network: out of pocket %v, billed %v, plan %v, write-off %v", o.OutOfPocket, o.Billed, o.PlanPaid, o.WriteOff)
	}
	// Out of network, visit 1: recognised min($250, $200) = $200, plan 60 %
	// = $120, patient $250 − $120 = $130; visit 2: recognised $100, plan $60,
	// patient $40. $170.
	if o := r.Options[1]; o.OutOfPocket != 17000 || o.PlanPaid != 18000 {
		t.Errorf("out of network: out of pocket %v, plan %v", o.OutOfPocket, o.PlanPaid)
	}
	// Concierge, no superbill: $300 + $25, then $225 + $25: $575.
	if o := r.Options[2]; o.OutOfPocket != 57500 {
		t.Errorf("concierge: %v", o.OutOfPocket)
	}
	requireRoundTrip(t, s)

	// without evaluation_allowed the plan recognises min($250, $110) = $110:
	// plan $66, patient $184; with visit 2's $40, $224
	s2, _, err := Parse("evaluations.yaml", []byte(strings.Replace(evaluationFile, ", evaluation_allowed: 200", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if o := calc.Estimate(s2).Options[1]; o.OutOfPocket != 22400 {
		t.Errorf("out of network at the visit's allowed amount: %v", o.OutOfPocket)
	}
}

func TestEvaluationProblems(t *testing.T) {
	for _, c := range []struct {
		from, to, path, want string
	}{
		{"evaluation: {charge: 300, allowed: 200}", "evaluation: {allowed: 200}", "care.in_network.evaluation.charge",
			"care.in_network.evaluation.charge: is missing (required in care.in_network.evaluation)"},
		{"evaluation: {charge: 300, allowed: 200}", "evaluation: {charge: 300}", "care.in_network.evaluation.allowed",
			"is missing (required with care.in_network.evaluation.charge unless plan type is none)"},
		{"    re_evaluation: {charge: 200, allowed: 150}\n", "", "care.in_network.re_evaluation.charge",
			"care.in_network.re_evaluation.charge: is missing (required when care.in_network.re_evaluation_every is set; leave re_evaluation_every out for no re-evaluations)"},
		{"    re_evaluation_every: 4\n", "", "care.in_network.re_evaluation.charge",
			"prices a re-evaluation, but re_evaluation_every does not say how often one comes"},
		{"evaluation: {fee: 300}", "evaluation: {fee: -1}", "care.concierge.evaluation.fee", "-1 is negative; allowed: an amount in dollars from 0 to 1000000 with at most two decimals, written as a plain number (1500 or 1500.50); leave it out (or null) for a visit priced as any other"},
		{"evaluation: {cash_rate: 250}", "evaluation: {cash_rat: 250}", "care.out_of_network.evaluation.cash_rat",
			"unknown field `cash_rat`; did you mean `cash_rate`?"},
	} {
		text := strings.Replace(evaluationFile, c.from, c.to, 1)
		_, _, err := Parse("test.yaml", []byte(text))
		if c.path == "care.out_of_network.evaluation.cash_rat" {
			// the misspelt price is also missing
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: %v", c.path, err)
			}
			continue
		}
		expectMessage(t, err, c.path, c.want)
	}
	// no plan: an evaluation needs no allowed amount
	noPlan := strings.Replace(strings.Replace(evaluationFile, "type: ppo", "type: none", 1), "evaluation: {charge: 300, allowed: 200}", "evaluation: {charge: 300}", 1)
	if _, _, err := Parse("test.yaml", []byte(noPlan)); err != nil {
		t.Errorf("plan type none: %v", err)
	}
}

// rangeFile is docs/cost-rules.md's worked example of a range as a file:
// fewest 2, likely 3, most 5; care.visits 4. In network a $250 deductible
// on $100 visits and nothing after it; out of network (no benefits) $60, 4
// visits; the concierge $90, 2 visits.
const rangeFile = `version: 1
plan:
  type: ppo
  in_network: {deductible: 250, coinsurance: 0, oop_max: 250}
care:
  visits: 4
  visits_range: {fewest: 2, likely: 3, most: 5}
  in_network: {charge: 100, allowed: 100}
  out_of_network: {cash_rate: 60}
  concierge: {fee: 90, visits: 2}
`

func TestRangeFromAFile(t *testing.T) {
	s, _, err := Parse("range.yaml", []byte(rangeFile))
	if err != nil {
		t.Fatal(err)
	}
	if s.Care.Range != (calc.VisitRange{Fewest: 2, Likely: 3, Most: 5}) || s.Care.Visits != 4 {
		t.Fatalf("range %+v, visits %d", s.Care.Range, s.Care.Visits)
	}
	r, ok := calc.EstimateRange(s)
	// W = 3 + 6 + 4 + 2 = 15; in network cheapest at 5 only (w 2), out of
	// network at 3 (w 6), the concierge at 2 and 4 (w 3 + 4 = 7)
	if !ok || r.TotalWeight != 15 || r.Options[0].CheapestWeight != 2 || r.Options[1].CheapestWeight != 6 || r.Options[2].CheapestWeight != 7 {
		t.Errorf("range estimate %+v, %v", r, ok)
	}
	// the one-number estimate stays at care.visits: in network min(4 × $100, $250)
	if o := calc.Estimate(s).Options[0]; o.Visits != 4 || o.OutOfPocket != 25000 {
		t.Errorf("one-number estimate: %d visits, %v", o.Visits, o.OutOfPocket)
	}
	requireRoundTrip(t, s)

	// likely left out is care.visits, and the file written leaves it out
	s2, _, err := Parse("range.yaml", []byte(strings.Replace(rangeFile, "likely: 3, ", "", 1)))
	if err != nil || s2.Care.Range != (calc.VisitRange{Fewest: 2, Likely: 4, Most: 5}) {
		t.Fatalf("%+v, %v", s2.Care.Range, err)
	}
	if out, _ := Marshal(s2); !strings.Contains(string(out), "  visits_range:\n    fewest: 2\n    most: 5\n") {
		t.Errorf("written:\n%s", out)
	}
	// no range: nothing written, none read
	s3, _, err := Parse("range.yaml", []byte(strings.Replace(rangeFile, "  visits_range: {fewest: 2, likely: 3, most: 5}\n", "", 1)))
	if err != nil || !s3.Care.Range.IsZero() {
		t.Fatalf("%+v, %v", s3.Care.Range, err)
	}
	if out, _ := Marshal(s3); strings.Contains(string(out), "visits_range") {
		t.Errorf("written:\n%s", out)
	}
}

func TestRangeProblems(t *testing.T) {
	for _, c := range []struct {
		to, path, want string
	}{
		{"{fewest: 2, likely: 3, most: 5}", "", ""},
		{"{fewest: 1, likely: 1, most: 1}", "", ""}, // at each bound
		{"{fewest: 1, most: 365}", "", ""},          // likely 4, the ceiling
		{"{fewest: 4, likely: 4, most: 4}", "", ""}, // one count
		{"{fewest: 3, likely: 3, most: 366}", "care.visits_range.most", "366 is above 365"},
		{"{fewest: 0, most: 5}", "care.visits_range.fewest", "0 is below 1"},
		{"{fewest: 5, most: 6}", "care.visits_range.fewest", "5 is above the likeliest count, 4 (care.visits); allowed: a whole number from 1 to the likeliest count"},
		{"{fewest: 4, likely: 3, most: 6}", "care.visits_range.fewest", "4 is above the likeliest count, 3;"},
		{"{fewest: 2, most: 3}", "care.visits_range.most", "3 is below the likeliest count, 4 (care.visits)"},
		{"{fewest: 2, likely: 3}", "care.visits_range.most", "is missing (required in care.visits_range)"},
		{"{most: 6}", "care.visits_range.fewest", "is missing (required in care.visits_range)"},
	} {
		_, _, err := Parse("test.yaml", []byte(strings.Replace(rangeFile, "{fewest: 2, likely: 3, most: 5}", c.to, 1)))
		if c.path == "" {
			if err != nil {
				t.Errorf("%s: %v", c.to, err)
			}
			continue
		}
		expectMessage(t, err, c.path, c.want)
	}
	// every option's count, scaled to the most visits, stays within the
	// ceiling: 365 × 40 / 20 = 730 out-of-network visits is refused
	text := strings.Replace(strings.Replace(rangeFile, "visits: 4\n", "visits: 20\n", 1), "{fewest: 2, likely: 3, most: 5}", "{fewest: 10, most: 365}", 1)
	text = strings.Replace(text, "{cash_rate: 60}", "{cash_rate: 60, visits: 40}", 1)
	_, _, err := Parse("test.yaml", []byte(text))
	expectMessage(t, err, "care.visits_range.most", "at 365 visits, care.out_of_network.visits scaled from 40 of 20 would be 730, above 365")
}

// docs/cost-rules.md's worked example of Medigap excess charges, as a file:
// Original Medicare, Part B deductible $200 (met by neither), 20 %; a
// non-participating therapist whose cash rate, $97.75, is the limiting
// charge of the $85 Medicare recognises; Medigap G: deductible $200, 0 %,
// covers out of network. 4 visits. With pays_excess_charges the patient
// pays $85 + $85 + $30 + $0 = $200 (the Part B deductible alone); without,
// each visit's $12.75 excess stays too: $200 + 4 × $12.75 = $251.
const medigapFile = `version: 1
plan:
  type: medicare
  in_network: {deductible: 200, coinsurance: 20}
  out_of_network: {covered: true, deductible: 200, coinsurance: 20, shares_deductible: true, allowed: 85}
care:
  visits: 4
  in_network: {charge: 100, allowed: 89.47}
  out_of_network: {cash_rate: 97.75}
  concierge: {fee: 100}
supplemental:
  kind: secondary
  deductible: 200
  coinsurance: 0
  covers_out_of_network: true
  pays_excess_charges: true
`

func TestExcessChargesFromAFile(t *testing.T) {
	s, _, err := Parse("medigap.yaml", []byte(medigapFile))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Supplemental.PaysExcessCharges || s.Supplemental.LimitingCharge != 0 {
		t.Errorf("read as %+v", s.Supplemental)
	}
	if o := calc.Estimate(s).Options[1]; o.OutOfPocket != 20000 {
		t.Errorf("with excess charges paid: %v", o.OutOfPocket)
	}
	requireRoundTrip(t, s)
	without, _, err := Parse("medigap.yaml", []byte(strings.Replace(medigapFile, "  pays_excess_charges: true\n", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if o := calc.Estimate(without).Options[1]; o.OutOfPocket != 25100 {
		t.Errorf("without: %v", o.OutOfPocket)
	}
	// 115 % written is the default, held as 0; 120 % is its own
	for written, want := range map[string]calc.BasisPoints{"115": 0, "120": 12000, "100": 10000, "200": 20000} {
		s, _, err := Parse("medigap.yaml", []byte(medigapFile+"  limiting_charge: "+written+"\n"))
		if err != nil || s.Supplemental.LimitingCharge != want {
			t.Errorf("limiting charge %s: %v, %v", written, s.Supplemental.LimitingCharge, err)
		}
	}
	for written, want := range map[string]string{"99.99": "99.99 is below 100", "200.01": "200.01 is above 200"} {
		_, _, err := Parse("test.yaml", []byte(medigapFile+"  limiting_charge: "+written+"\n"))
		expectMessage(t, err, "supplemental.limiting_charge", want)
	}
	_, _, err = Parse("test.yaml", []byte(strings.Replace(medigapFile, "  pays_excess_charges: true\n", "  limiting_charge: 120\n", 1)))
	expectMessage(t, err, "supplemental.limiting_charge", "is used only when the policy pays excess charges; allowed: set pays_excess_charges: true, or leave limiting_charge out")
}

// docs/cost-rules.md's worked examples of fixed indemnity and of a second
// plan's coordination, as files.
func TestPolicyBasesFromAFile(t *testing.T) {
	// In network, charge = allowed = $100, deductible met, copay $30;
	// indemnity $40 a visit, at most 2 visits; 3 visits. Expense-incurred
	// pays $30, $30, $0: out of pocket $30. Fixed pays $40, $40, $0: −$10 −
	// $10 + $30 = $10. Fixed with an annual maximum of $70 and no visit
	// maximum: $40, $30, $0: −$10 + $0 + $30 = $20.
	indemnityFile := `version: 1
plan:
  type: ppo
  in_network: {deductible: 100, deductible_met: 100, copay: 30, oop_max: 6000}
care:
  visits: 3
  in_network: {charge: 100, allowed: 100}
  out_of_network: {cash_rate: 100}
  concierge: {fee: 100}
supplemental:
  kind: indemnity
  per_visit: 40
  max_visits: 2
`
	for _, c := range []struct {
		extra string
		want  calc.Cents
	}{
		{"", 3000},
		{"  basis: expense_incurred\n", 3000},
		{"  basis: fixed\n", 1000},
	} {
		s, _, err := Parse("indemnity.yaml", []byte(indemnityFile+c.extra))
		if err != nil {
			t.Fatal(err)
		}
		if o := calc.Estimate(s).Options[0]; o.OutOfPocket != c.want {
			t.Errorf("%q: %v, want %v", c.extra, o.OutOfPocket, c.want)
		}
		requireRoundTrip(t, s)
	}
	s, _, err := Parse("indemnity.yaml", []byte(strings.Replace(indemnityFile, "  max_visits: 2\n", "  annual_max: 70\n  basis: fixed\n", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if o := calc.Estimate(s).Options[0]; o.OutOfPocket != 2000 {
		t.Errorf("fixed, $70 a year: %v", o.OutOfPocket)
	}

	// In network, charge = allowed = $100, deductible met, 40 %: share $40,
	// plan $60. Second plan: no deductible, 20 %, its allowed absent ($100):
	// benefit $80. Supplement pays $40 − 20 % × $40 = $32: patient $8;
	// traditional min($40, $80): $0; non-duplication $80 − $60 = $20: $20.
	secondFile := `version: 1
plan:
  type: ppo
  in_network: {deductible: 100, deductible_met: 100, coinsurance: 40, oop_max: 6000}
care:
  visits: 1
  in_network: {charge: 100, allowed: 100}
  out_of_network: {cash_rate: 100}
  concierge: {fee: 100}
supplemental:
  kind: secondary
  coinsurance: 20
`
	for _, c := range []struct {
		extra string
		want  calc.Cents
	}{
		{"", 800},
		{"  coordination: supplement\n", 800},
		{"  coordination: traditional\n", 0},
		{"  coordination: non_duplication\n", 2000},
		// its own allowed amount $50: benefit $50 − $10 = $40, less the
		// plan's $60: nothing; the patient keeps the $40 share
		{"  coordination: non_duplication\n  allowed: 50\n", 4000},
	} {
		s, _, err := Parse("second.yaml", []byte(secondFile+c.extra))
		if err != nil {
			t.Fatal(err)
		}
		if o := calc.Estimate(s).Options[0]; o.OutOfPocket != c.want {
			t.Errorf("%q: %v, want %v", c.extra, o.OutOfPocket, c.want)
		}
		requireRoundTrip(t, s)
	}
	for _, c := range []struct{ extra, path, want string }{
		{"  allowed: 50\n", "supplemental.allowed", "is used only by a second plan that coordinates as traditional or non_duplication"},
		{"  coordination: primary\n", "supplemental.coordination", `primary is not one of the choices`},
		{"  basis: fixed\n", "supplemental.basis", "belongs to supplemental kind indemnity, but supplemental.kind is secondary; allowed: remove it, or set supplemental.kind: indemnity"},
	} {
		_, _, err := Parse("test.yaml", []byte(secondFile+c.extra))
		expectMessage(t, err, c.path, c.want)
	}
}

// docs/cost-rules.md's worked example of an HSA and an FSA across the reset,
// as files: the reset example (in network $100 visits, deductible $200,
// 20 %, from Thursday 24 December 2026: plan year 1's qualified expenses
// $220, plan year 2's $100), tax rate 20 %.
func TestAccountAcrossTheResetFromAFile(t *testing.T) {
	base := `version: 1
plan:
  type: ppo
  in_network: {deductible: 200, coinsurance: 20, oop_max: 1000}
care:
  visits: 4
  start_date: 2026-12-24
  in_network: {charge: 100, allowed: 100}
  out_of_network: {cash_rate: 100}
  concierge: {fee: 100}
account:
`
	for _, c := range []struct {
		account  string
		tax      calc.Cents
		carry    calc.Cents
		nextElec calc.Cents
	}{
		// FSA $300 then $0: plan year 1 pays $220 (tax $44), $80 unspent.
		// none: plan year 2 pays nothing. $44.
		{"  kind: fsa\n  balance: 300\n  tax_rate: 20\n", 4400, 0, 0},
		// carryover $50: plan year 2 may spend min($80, $50): $50 (tax $10). $54.
		{"  kind: fsa\n  balance: 300\n  tax_rate: 20\n  fsa_rule: carryover\n  carryover: 50\n", 5400, 5000, 0},
		// grace: visit 4 (January 3) is in the grace period: $80 of last
		// year's money pays (tax $16). $60.
		{"  kind: fsa\n  balance: 300\n  tax_rate: 20\n  fsa_rule: grace\n", 6000, 0, 0},
		// a next election of $100 pays plan year 2's $100 (tax $20): $64.
		{"  kind: fsa\n  balance: 300\n  tax_rate: 20\n  next_balance: 100\n", 6400, 0, 10000},
		// HSA $250: plan year 1 $220 (tax $44), plan year 2 min($100, $30)
		// = $30 (tax $6). $50.
		{"  kind: hsa\n  balance: 250\n  tax_rate: 20\n", 5000, 0, 0},
	} {
		s, _, err := Parse("account.yaml", []byte(base+c.account))
		if err != nil {
			t.Fatalf("%s: %v", c.account, err)
		}
		if s.Account.Carryover != c.carry || s.Account.NextBalance != c.nextElec {
			t.Errorf("%s read as %+v", c.account, s.Account)
		}
		if o := calc.Estimate(s).Options[0]; o.TaxSavings != c.tax {
			t.Errorf("%s: tax savings %v, want %v", c.account, o.TaxSavings, c.tax)
		}
		requireRoundTrip(t, s)
	}
}

// An FSA's carryover left out is the IRS limit of the plan year's figures
// (docs/spec/reference-figures.md: $660 for 2025, $680 for 2026; 2027's is
// not carried, so 2026's; without a year, a first visit's date picks
// them: plans.PlanYear), with a carryover rule only; a file written by
// carecost leaves it out while it is that limit.
func TestCarryoverDefault(t *testing.T) {
	fsa := map[string]string{"account.kind": "fsa", "account.balance": "1000", "account.tax_rate": "20"}
	for _, c := range []struct {
		changes map[string]string
		want    calc.Cents
	}{
		{map[string]string{"account.fsa_rule": "carryover", "year": "2026"}, 68000},
		{map[string]string{"account.fsa_rule": "carryover", "year": "2025"}, 66000},
		{map[string]string{"account.fsa_rule": "carryover"}, 68000}, // the newest year, 2027: 2026's
		// no year: the year the first visit's plan year begins; a year
		// written stays the file's word
		{map[string]string{"account.fsa_rule": "carryover", "care.start_date": "2025-12-31"}, 66000},
		{map[string]string{"account.fsa_rule": "carryover", "care.start_date": "2026-01-01"}, 68000},
		{map[string]string{"account.fsa_rule": "carryover", "care.start_date": "2025-12-31", "year": "2026"}, 68000},
		{map[string]string{"account.fsa_rule": "carryover", "account.carryover": "500"}, 50000},
		{map[string]string{"account.fsa_rule": "grace"}, 0},
		{map[string]string{}, 0},
	} {
		fields := scenarioWith(fsa)
		for k, v := range c.changes {
			fields[k] = v
		}
		s, _, err := parseFields(t, fields)
		if err != nil {
			t.Fatalf("%v: %v", c.changes, err)
		}
		if s.Account.Carryover != c.want {
			t.Errorf("%v: carryover %v, want %v", c.changes, s.Account.Carryover, c.want)
		}
		out, _ := Marshal(s)
		if written := strings.Contains(string(out), "carryover: "); written != (c.changes["account.carryover"] != "") {
			t.Errorf("%v: carryover written %v:\n%s", c.changes, written, out)
		}
		requireRoundTrip(t, s)
	}
	fields := scenarioWith(fsa)
	fields["account.carryover"] = "500"
	_, _, err := parseFields(t, fields)
	expectMessage(t, err, "account.carryover", "is used only with fsa_rule: carryover")
	fields["account.fsa_rule"] = "rollover"
	_, _, err = parseFields(t, fields)
	if err == nil || !strings.Contains(err.Error(), `account.fsa_rule: rollover is not one of the choices`) {
		t.Errorf("rollover: %v", err)
	}
	fields = scenarioWith(map[string]string{"account.kind": "hsa", "account.balance": "1000", "account.next_balance": "100"})
	_, _, err = parseFields(t, fields)
	expectMessage(t, err, "account.next_balance", "belongs to account kind fsa, but account.kind is hsa")
}

// docs/cost-rules.md's examples of the rules real plans have, as files.
func TestPlanRulesFromAFile(t *testing.T) {
	one := func(plan, care string, visits int) calc.Option {
		t.Helper()
		text := "version: 1\nplan:\n  type: ppo\n" + plan + "care:\n  visits: " + itoa(int64(visits)) + "\n" + care +
			"  out_of_network: {cash_rate: 100}\n  concierge: {fee: 100}\n"
		s, _, err := Parse("rules.yaml", []byte(text))
		if err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		requireRoundTrip(t, s)
		return calc.Estimate(s).Options[0]
	}
	inNetwork100 := "  in_network: {charge: 100, allowed: 100}\n"
	// Copay and coinsurance: allowed $100, $30 of deductible left, copay
	// $20, 10 %: $30 + $20 + 10 % × $50 = $55.
	if o := one("  in_network: {deductible: 30, copay: 20, coinsurance: 10, oop_max: 6000, copay_and_coinsurance: true}\n", inNetwork100, 1); o.OutOfPocket != 5500 {
		t.Errorf("copay and coinsurance: %v", o.OutOfPocket)
	}
	// Copays outside the maximum: copay $30, maximum $1,000 with $990
	// spent: $30 (with the copay counting, $10).
	if o := one("  in_network: {deductible_applies: false, copay: 30, oop_max: 1000, oop_spent: 990, copay_outside_oop_max: true}\n", inNetwork100, 1); o.OutOfPocket != 3000 {
		t.Errorf("copay outside the maximum: %v", o.OutOfPocket)
	}
	if o := one("  in_network: {deductible_applies: false, copay: 30, oop_max: 1000, oop_spent: 990}\n", inNetwork100, 1); o.OutOfPocket != 1000 {
		t.Errorf("copay inside the maximum: %v", o.OutOfPocket)
	}
	// Other spending: deductible $1,500, maximum $6,000, other spending
	// $2,000: the deductible is met before visit 1, so it pays 20 % × $100.
	if o := one("  in_network: {deductible: 1500, coinsurance: 20, oop_max: 6000, other_spending: 2000}\n", inNetwork100, 1); o.OutOfPocket != 2000 {
		t.Errorf("other spending: %v", o.OutOfPocket)
	}
	// A shared maximum: $1,000, $900 spent in network and $50 out of
	// network: $50 left; a $100 visit at 100 % coinsurance pays $50.
	shared := "  shared_oop_max: true\n  in_network: {coinsurance: 100, oop_max: 1000, oop_spent: 900}\n" +
		"  out_of_network: {coinsurance: 40, oop_max: 5000, oop_spent: 50, allowed: 100}\n"
	if o := one(shared, inNetwork100, 1); o.OutOfPocket != 5000 {
		t.Errorf("shared maximum: %v", o.OutOfPocket)
	}
	// A dollar maximum on therapy: $150, allowed = charge = $100, 20 %:
	// visit 1 $20 (plan $80); visit 2 the plan pays its last $70, the
	// patient $20 + $10 = $30; visit 3 is not covered: self-pay $100. $150.
	if o := one("  therapy_annual_max: 150\n  in_network: {coinsurance: 20, oop_max: 6000}\n", inNetwork100, 3); o.OutOfPocket != 15000 || o.PlanPaid != 15000 {
		t.Errorf("therapy maximum: out of pocket %v, plan %v", o.OutOfPocket, o.PlanPaid)
	}
	// $100 of it already paid: visit 1 the plan pays its last $50 (patient
	// $20 + $30), visits 2–3 not covered: 50 + 100 + 100 = $250
	if o := one("  therapy_annual_max: 150\n  therapy_paid: 100\n  in_network: {coinsurance: 20, oop_max: 6000}\n", inNetwork100, 3); o.OutOfPocket != 25000 {
		t.Errorf("therapy maximum, $100 paid: %v", o.OutOfPocket)
	}
	for _, c := range []struct{ plan, path, want string }{
		{"  therapy_paid: 100\n", "plan.therapy_paid", "is used only with plan.therapy_annual_max"},
		{"  therapy_annual_max: 150\n  therapy_paid: 150.01\n", "plan.therapy_paid", "150.01 is above the plan's dollar maximum on therapy, 150"},
		{"  therapy_annual_max: -1\n", "plan.therapy_annual_max", "-1 is negative"},
	} {
		text := "version: 1\nplan:\n  type: ppo\n" + c.plan + "  in_network: {oop_max: 6000}\ncare:\n  visits: 1\n" + inNetwork100 +
			"  out_of_network: {cash_rate: 100}\n  concierge: {fee: 100}\n"
		_, _, err := Parse("test.yaml", []byte(text))
		expectMessage(t, err, c.path, c.want)
	}
}

// resetFile is docs/cost-rules.md's worked example of the reset, with what
// this plan year stands at written (the deductible met $0), as a file.
const resetFile = `version: 1
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

// next_year from a file: its fields left out are this year's, where the
// year stands starts from 0, a null maximum is none; docs/cost-rules.md's
// worked example: with next year's deductible $50 and 10 %, visit 4 pays
// $50 + 10 % × $50 = $55: 100 + 100 + 20 + 55 = $275.
func TestNextYearFromAFile(t *testing.T) {
	s, _, err := Parse("next.yaml", []byte(resetFile+"next_year:\n  type: ppo\n  in_network: {deductible: 50, coinsurance: 10}\n"))
	if err != nil {
		t.Fatal(err)
	}
	ny := s.NextYear
	if !ny.Set || ny.Plan.Type != calc.PPO || ny.Plan.InNetwork.Deductible != 5000 || ny.Plan.InNetwork.Coinsurance != 1000 ||
		ny.Plan.InNetwork.OOPMax != calc.Cap[calc.Cents](100000) || !ny.Plan.InNetwork.DeductibleApplies {
		t.Errorf("next year %+v", ny)
	}
	if o := calc.Estimate(s).Options[0]; o.OutOfPocket != 27500 {
		t.Errorf("out of pocket %v, want $275", o.OutOfPocket)
	}
	requireRoundTrip(t, s)
	if out, _ := Marshal(s); !strings.HasSuffix(string(out), "next_year:\n  type: ppo\n  in_network:\n    deductible: 50\n    coinsurance: 10\n") {
		t.Errorf("written:\n%s", out)
	}

	// the type alone: the same plan renews from 0, as without next_year
	// ($320), and the file written keeps the section
	s, _, err = Parse("next.yaml", []byte(resetFile+"next_year: {type: ppo}\n"))
	if err != nil || !s.NextYear.Set || calc.Estimate(s).Options[0].OutOfPocket != 32000 {
		t.Fatalf("%+v, %v", s.NextYear, err)
	}
	requireRoundTrip(t, s)

	// where this year stands does not carry over; next year's own does
	standing := strings.Replace(resetFile, "{deductible: 200,", "{deductible: 200, deductible_met: 150,", 1)
	s, _, err = Parse("next.yaml", []byte(standing+"next_year:\n  type: ppo\n  in_network: {deductible_met: 30}\n"))
	if err != nil || s.NextYear.Plan.InNetwork.DeductibleMet != 3000 || s.NextYear.Plan.InNetwork.Deductible != 20000 {
		t.Fatalf("%+v, %v", s.NextYear.Plan.InNetwork, err)
	}
	s, _, err = Parse("next.yaml", []byte(standing+"next_year: {type: ppo}\n"))
	if err != nil || s.NextYear.Plan.InNetwork.DeductibleMet != 0 {
		t.Fatalf("%+v, %v", s.NextYear.Plan.InNetwork, err)
	}

	// null is no maximum next year (left out it would be this year's)
	oon := strings.Replace(resetFile, "oop_max: 1000}\n", "oop_max: 1000}\n  out_of_network: {deductible: 500, coinsurance: 40, oop_max: 5000, allowed: 90}\n", 1)
	s, _, err = Parse("next.yaml", []byte(oon+"next_year:\n  type: ppo\n  out_of_network: {oop_max: null}\n"))
	if err != nil || s.NextYear.Plan.OutOfNetwork.OOPMax.Set || !s.NextYear.Plan.OutOfNetwork.Covered || s.NextYear.Plan.OutOfNetwork.Allowed != 9000 {
		t.Fatalf("%+v, %v", s.NextYear.Plan.OutOfNetwork, err)
	}
	requireRoundTrip(t, s)
	if out, _ := Marshal(s); !strings.Contains(string(out), "next_year:\n  type: ppo\n  out_of_network:\n    oop_max: null # no maximum\n") {
		t.Errorf("written:\n%s", out)
	}
}

func TestNextYearProblems(t *testing.T) {
	for _, c := range []struct {
		file, path, want string
	}{
		{strings.Replace(resetFile, "  start_date: 2026-12-24\n", "", 1) + "next_year: {type: ppo}\n", "next_year",
			"next_year: is used only with care.start_date: without dates the therapy is one plan year, so the plan never renews; allowed: write care.start_date, or leave next_year out"},
		{resetFile + "next_year:\n  in_network: {deductible: 50}\n", "next_year.type", "is missing (required in next_year: the plan that renews)"},
		{resetFile + "next_year:\n  type: ppo\n  in_network: {oop_max: null}\n", "next_year.in_network.oop_max",
			"is missing (a ppo plan has an in-network out-of-pocket maximum"},
		{resetFile + "next_year:\n  type: ppo\n  in_network: {deductible_met: 250}\n", "next_year.in_network.deductible_met",
			"250 is above the deductible, 200"},
		{resetFile + "next_year:\n  type: ppo\n  year_starts: 07-01\n", "next_year.year_starts", "unknown field `year_starts`"},
		{resetFile + "next_year:\n  type: hdhp\n  in_network: {deductable: 3000}\n", "next_year.in_network.deductable", "did you mean `deductible`?"},
	} {
		_, _, err := Parse("test.yaml", []byte(c.file))
		expectMessage(t, err, c.path, c.want)
	}
}

// withoutEpisode is s with every field of issue 12 at its zero value.
func withoutEpisode(s calc.Scenario) calc.Scenario {
	s.NextYear = calc.NextYear{}
	s.Plan.YearStart, s.Plan.SharedOOPMax, s.Plan.TherapyMax, s.Plan.TherapyPaid = calc.MonthDay{}, false, calc.Limit[calc.Cents]{}, 0
	for _, cs := range []*calc.CostSharing{&s.Plan.InNetwork, &s.Plan.OutOfNetwork.CostSharing} {
		cs.CopayAndCoinsurance, cs.CopayOutsideOOP, cs.OtherSpending = false, false, 0
	}
	s.Plan.OutOfNetwork.EvaluationAllowed, s.Plan.OutOfNetwork.ReEvaluationAllowed = calc.Limit[calc.Cents]{}, calc.Limit[calc.Cents]{}
	c := &s.Care
	c.StartDate, c.Range = calc.Date{}, calc.VisitRange{}
	c.InNetwork.VisitsPerWeek, c.OutOfNetwork.VisitsPerWeek, c.Concierge.VisitsPerWeek = 0, 0, 0
	c.InNetwork.Evaluations, c.OutOfNetwork.Evaluations, c.Concierge.Evaluations = calc.Evaluations{}, calc.Evaluations{}, calc.Evaluations{}
	sp := &s.Supplemental
	sp.PaysExcessCharges, sp.LimitingCharge, sp.IndemnityBasis, sp.Coordination, sp.Allowed = false, 0, "", "", calc.Limit[calc.Cents]{}
	a := &s.Account
	a.NextBalance, a.FSARule, a.Carryover = 0, "", 0
	return s
}

// Every scenario file that existed before issue 12 (the 24 conformance
// cases, the examples but those written for it, the test files) reads with
// every new field at its zero value: what the engine estimated before, it
// estimates now (calc/legacy_test.go checks the engine on such scenarios;
// the conformance test its figures to the cent), and a file carecost writes
// for it names none of them.
func TestExistingFilesReadAsBefore(t *testing.T) {
	issue12 := map[string]bool{ // examples that use the new fields on purpose
		"medicare-medigap-g.yaml": true, "december-reset.yaml": true, "evaluation-priced.yaml": true,
		"ranged-six-to-twelve-weeks.yaml": true, "medigap-g-nonparticipating.yaml": true,
		// what the walk-through writes with the accident policy, now a fixed indemnity
		"typed-hmo.yaml": true,
	}
	var files []string
	for _, pattern := range []string{"../testdata/conformance/c[0-9][0-9].json", "../examples/*.yaml", "../examples/*/*.yaml",
		"../testdata/tui/*.yaml", "../testdata/desk/week-49/*.yaml", "../testdata/desk/week-49/*.json", "../tui/walkthrough/testdata/*.yaml"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	n := 0
	for _, f := range files {
		if issue12[filepath.Base(f)] {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := Parse(f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		n++
		if s != withoutEpisode(s) {
			t.Errorf("%s sets a field of issue 12:\n%+v", f, s)
		}
		out, _ := Marshal(s)
		for _, name := range []string{"start_date", "visits_per_week", "year_starts", "next_year", "evaluation", "visits_range",
			"basis", "coordination", "excess", "limiting_charge", "next_balance", "fsa_rule", "carryover", "other_spending",
			"copay_and_coinsurance", "copay_outside", "shared_oop_max", "therapy_"} {
			if strings.Contains(string(out), name) {
				t.Errorf("%s is written with %s:\n%s", f, name, out)
			}
		}
	}
	if n < 24+10 {
		t.Errorf("only %d files read", n)
	}
}
