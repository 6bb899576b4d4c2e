package report

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/charmbracelet/x/exp/golden"
)

func TestCSVMoney(t *testing.T) {
	for c, want := range map[calc.Cents]string{
		0: "0.00", 29: "0.29", 100: "1.00", 150050: "1500.50", 16058: "160.58",
		-305: "-3.05", 100_000_000: "1000000.00",
	} {
		if got := csvMoney(c); got != want {
			t.Errorf("csvMoney(%d) = %q, want %q", c, got, want)
		}
	}
}

// A cell a spreadsheet would read as a formula starts with an apostrophe;
// what a terminal would act on is an escape; other text is as it was.
func TestCSVText(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"Jane Doe":             "Jane Doe",
		"=HYPERLINK(\"x\")":    "'=HYPERLINK(\"x\")",
		"+1 555":               "'+1 555",
		"-back pain":           "'-back pain",
		"@SUM(A1:A9)":          "'@SUM(A1:A9)",
		"a=b":                  "a=b",
		"\x1b]0;title\a":       `\x1b]0;title\a`,
		"\t=1":                 `\t=1`, // a tab is an escape: no longer a formula's start
		"clients/dé\u202e.yml": `clients/dé\u202e.yml`,
	} {
		if got := csvText(in); got != want {
			t.Errorf("csvText(%q) = %q, want %q", in, got, want)
		}
	}
}

func csvOf(t *testing.T, file string, cs ...*Comparison) string {
	t.Helper()
	var out bytes.Buffer
	x := NewCSV(&out)
	for _, c := range cs {
		if err := x.Write(file, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestCSV(t *testing.T) {
	c := Compare(noneScenario(), nil, time.Time{})
	out := csvOf(t, "clients/cash.yaml", c)
	t.Run("cash_only", func(t *testing.T) { golden.RequireEqual(t, []byte(out)) })

	// RFC 4180: every line ends in CRLF.
	if strings.Count(out, "\r\n") != 4 || strings.Count(out, "\n") != 4 {
		t.Errorf("want 4 lines each ending in CRLF:\n%q", out)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want the header and 3", len(rows))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	// No plan: in network self-pay $80.29 × 2 = $160.58, per visit $80.29,
	// per hour 160.58 × 60 / (2 × 30) = $160.58; out of network $100 × 2 =
	// $200.00 in 2 × 60 min, $100.00 an hour; concierge ($150 + $20) × 2 =
	// $340.00. Nothing is covered: the first visit not covered is 1, the
	// deductible is never met (an empty cell, JSON's null).
	want := [][]string{
		{"in_network", "160.58", "80.29", "160.58", "1", "2", ""},
		{"out_of_network", "200.00", "100.00", "100.00", "1", "2", ""},
		{"concierge", "340.00", "170.00", "170.00", "1", "2", ""},
	}
	for i, w := range want {
		r := rows[i+1]
		got := []string{r[col["option"]], r[col["net_cost"]], r[col["per_visit"]], r[col["per_hour"]],
			r[col["first_uncovered_visit"]], r[col["uncovered_visits"]], r[col["deductible_met_at_visit"]]}
		if strings.Join(got, ",") != strings.Join(w, ",") {
			t.Errorf("row %d: %q, want %q", i+1, got, w)
		}
		// the scenario's fields repeated on each of its rows
		if r[col["file"]] != "clients/cash.yaml" || r[col["name"]] != "Cash only" ||
			r[col["cheapest"]] != "in_network" || r[col["plan_premiums"]] != "0.00" {
			t.Errorf("row %d: scenario fields %q", i+1, r[:5])
		}
	}
}

// A name with a comma, quotes and a formula's = is quoted by RFC 4180 and
// guarded against the formula; a file name's escape sequence is shown.
func TestCSVQuoting(t *testing.T) {
	s := noneScenario()
	s.Name = `=1+2, "the" client`
	c := Compare(s, nil, time.Time{})
	out := csvOf(t, "odd\x1b[2J,name.yaml", c)
	t.Run("quoting", func(t *testing.T) { golden.RequireEqual(t, []byte(out)) })
	line := strings.SplitN(out, "\r\n", 3)[1]
	if want := `"odd\x1b[2J,name.yaml","'=1+2, ""the"" client",0.00,`; !strings.HasPrefix(line, want) {
		t.Errorf("row 1 starts %q, want %q", line, want)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("an escape character reached the CSV")
	}
}

// No file estimated: the header alone, so the CSV still says its columns.
func TestCSVHeaderAlone(t *testing.T) {
	out := csvOf(t, "")
	if out != strings.Join(CSVColumns(), ",")+"\r\n" {
		t.Errorf("%q", out)
	}
}

// The columns are the JSON result's fields, flattened: every JSON field
// but schema, options and ledger (left out) has its column.
func TestCSVColumnsFollowTheJSON(t *testing.T) {
	cols := map[string]bool{}
	for _, c := range CSVColumns() {
		cols[c] = true
	}
	for _, f := range jsonFieldNames() {
		switch f {
		case "schema", "options", "ledger", "id", "without_supplemental", "plan_years", "months":
			continue // left out, or renamed: option, without_supplemental_net_cost
		case "range":
			f = "range_p50" // flattened: range_fewest … range_probability_cheapest
		}
		if !cols[f] {
			t.Errorf("the JSON field %q has no CSV column", f)
		}
	}
	for _, c := range []string{"option", "without_supplemental_net_cost", "option_warnings"} {
		if !cols[c] {
			t.Errorf("no %q column", c)
		}
	}
}

// jsonFieldNames are the JSON names of the result's and an option's
// fields (not a ledger line's).
func jsonFieldNames() []string {
	var names []string
	for _, rt := range []reflect.Type{reflect.TypeOf(jsonResult{}), reflect.TypeOf(jsonOption{})} {
		for i := range rt.NumField() {
			name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
			names = append(names, name)
		}
	}
	return names
}
