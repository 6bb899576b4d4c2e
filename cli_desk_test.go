package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// testdata/desk is a counselor's folder: week-49/ana.yaml (a PPO, an FSA
// above the limit), week-49/ben.json (an HMO; its name a spreadsheet
// formula), week-50/cara.yml (no plan), week-50/broken.yaml (0.295: not a
// valid amount), and what is not a scenario (notes.txt, a hidden
// .draft.yaml).
const desk = "testdata/desk"

// estimate of a folder: every valid file estimated, in sorted order; the
// broken one said on standard error with its reason; exit 2.
func TestEstimateFolder(t *testing.T) {
	for _, format := range []string{"csv", "json", "table", "markdown"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "estimate", "--format", format, desk)
			if code != exitBadScenario {
				t.Errorf("exit %d, want 2", code)
			}
			want := "carecost: testdata/desk/week-50/broken.yaml cannot be estimated:\n" +
				"testdata/desk/week-50/broken.yaml:5:17: plan.in_network.deductible: 0.295 has more than two decimals"
			if !strings.HasPrefix(errOut, want) || !strings.HasSuffix(errOut, "carecost: 3 estimated; 1 could not be (said above)\n") {
				t.Errorf("standard error:\n%s", errOut)
			}
			if strings.Contains(out+errOut, "notes.txt") || strings.Contains(out+errOut, "draft") {
				t.Error("a file that is not a scenario was read")
			}
			golden.RequireEqual(t, []byte(dropMadeOn(out)))
		})
	}
}

func TestEstimateFolderCSVByHand(t *testing.T) {
	_, out, _ := runCLI(t, "", "estimate", "--format", "csv", desk)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+3*3 {
		t.Fatalf("%d rows, want a header and 3 for each of ana, ben, cara", len(rows))
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	get := func(row int, c string) string { return rows[row][col[c]] }
	// In the order of the paths: week-49/ana.yaml, week-49/ben.json, week-50/cara.yml.
	for i, f := range []string{"week-49/ana.yaml", "week-49/ben.json", "week-50/cara.yml"} {
		if got := get(1+3*i, "file"); got != desk+"/"+f {
			t.Errorf("row %d: file %q, want %q", 1+3*i, got, desk+"/"+f)
		}
	}
	// Ana in network: deductible met, a $30 copay for the 20 visits the
	// limit covers, 20 × 30 = 600; visits 21–24 at the $95 self-pay rate,
	// 4 × 95 = 380: out of pocket 980.00, all from the FSA at 22 %:
	// 215.60 saved, net 764.40. The plan's premium 180 × 12 = 2160.00.
	if get(1, "out_of_pocket") != "980.00" || get(1, "tax_savings") != "215.60" || get(1, "net_cost") != "764.40" ||
		get(1, "plan_premiums") != "2160.00" || get(1, "first_uncovered_visit") != "21" || get(1, "uncovered_visits") != "4" {
		t.Errorf("Ana in network: %q", rows[1])
	}
	// 2027's FSA limit is not published: the warning says 2026's was used.
	if !strings.Contains(get(1, "warnings"), "(2027 figure not yet published; using 2026.)") {
		t.Errorf("Ana's warnings: %q", get(1, "warnings"))
	}
	// Ben's name is a formula: guarded by an apostrophe.
	if got := get(4, "name"); got != `'=HYPERLINK("https://example.com", "Ben")` {
		t.Errorf("Ben's name cell %q", got)
	}
	// Cara, no plan: $90 × 10 = 900.00 at the clinic.
	if get(7, "net_cost") != "900.00" || get(7, "deductible_met_at_visit") != "" {
		t.Errorf("Cara in network: %q", rows[7])
	}
}

func TestEstimateManyFiles(t *testing.T) {
	a, c := desk+"/week-49/ana.yaml", desk+"/week-50/cara.yml"
	// two files named: JSON Lines, in the command line's order
	code, out, errOut := runCLI(t, "", "estimate", "--format", "json", c, a)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitOK || errOut != "" || len(lines) != 2 ||
		!strings.HasPrefix(lines[0], `{"file":"`+c+`",`) || !strings.HasPrefix(lines[1], `{"file":"`+a+`",`) {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errOut, out)
	}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("a line is not JSON: %v", err)
		}
	}
	// standard input among files, once
	data, _ := os.ReadFile(a)
	code, out, _ = runCLI(t, string(data), "estimate", "--format", "csv", c, "-")
	if code != exitOK || !strings.Contains(out, "\r\nstandard input,\"Ana, knee rehab\",") {
		t.Errorf("csv with -: exit %d\n%s", code, out)
	}
	code, _, errOut = runCLI(t, "", "estimate", "-", "-")
	if code != exitFailure || !strings.Contains(errOut, "standard input (-) can be read once") {
		t.Errorf("- twice: exit %d, %s", code, errOut)
	}
	// a missing file among others: said, the others estimated, exit 2
	missing := filepath.Join(t.TempDir(), "gone.yaml")
	code, out, errOut = runCLI(t, "", "estimate", "--format", "csv", a, missing)
	if code != exitBadScenario || strings.Count(out, "\r\n") != 4 || !strings.Contains(errOut, "gone.yaml: does not exist") {
		t.Errorf("a missing file among others: exit %d, stderr %q", code, errOut)
	}
	// one file alone that cannot be read: exit 1, as always
	if code, _, _ := runCLI(t, "", "estimate", missing); code != exitFailure {
		t.Errorf("one missing file: exit %d, want 1", code)
	}
	// one file alone as csv: the header and its three rows
	code, out, _ = runCLI(t, "", "estimate", "--format", "csv", a)
	if code != exitOK || strings.Count(out, "\r\n") != 4 || !strings.HasPrefix(out, "file,name,") {
		t.Errorf("one file as csv: exit %d\n%s", code, out)
	}
	// an empty folder is said as such
	code, _, errOut = runCLI(t, "", "estimate", "--format", "csv", t.TempDir())
	if code != exitBadScenario || !strings.Contains(errOut, "is a folder that holds no scenario file") {
		t.Errorf("empty folder: exit %d, %s", code, errOut)
	}
}

const (
	ppo2027  = "examples/open-enrollment/2027-ppo.yaml"
	hdhp2027 = "examples/open-enrollment/2027-hdhp-hsa.yaml"
)

func TestCompare(t *testing.T) {
	for _, format := range []string{"table", "json", "markdown"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "compare", "--format", format, ppo2027, hdhp2027)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden.RequireEqual(t, []byte(dropMadeOn(out)))
		})
	}
	// the figures of report/plans_test.go's TestOpenEnrollmentExample,
	// worked there: the HDHP in network, $2,081.28 with the employer's $750
	// taken off, $1,790.72 less than the PPO's $3,872.00
	_, out, _ := runCLI(t, "", "compare", ppo2027, hdhp2027)
	if !strings.Contains(flat(out), "Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic, $2,081.28 a year, premiums included: $1,790.72 less than the best of the other plan, 2027 PPO with an in-network clinic ($3,872.00).") {
		t.Errorf("table:\n%s", out)
	}
	// flags after the files, --no-color before the command
	if code, _, errOut := runCLI(t, "", "--no-color", "compare", ppo2027, hdhp2027, "--format", "json"); code != exitOK {
		t.Errorf("flags anywhere: exit %d: %s", code, errOut)
	}
}

// The pair for a client needing 20 to 30 visits, most likely 24
// (examples/README.md, "20-30-visits/"), in every format. The figures are
// worked by hand in tui/compare_test.go; here one of each kind: at the
// likely 24 visits the HDHP in network is $2,088.00 − $619.09 tax saved +
// $1,140 premiums = $2,608.91, $3,872.00 − $2,608.91 = $1,263.09 below the
// PPO; its 10th percentile is the cost at 21 visits, 2,052 − 608.42 + 1,140
// = $2,583.58; and it is the cheaper plan at every count (100 %).
func TestCompareRange(t *testing.T) {
	const ppo, hdhp = "examples/open-enrollment/20-30-visits/2027-ppo.yaml", "examples/open-enrollment/20-30-visits/2027-hdhp-hsa.yaml"
	for _, format := range []string{"table", "json", "markdown"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "compare", "--format", format, ppo, hdhp)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden.RequireEqual(t, []byte(dropMadeOn(out)))
		})
	}
	_, out, _ := runCLI(t, "", "compare", ppo, hdhp)
	for _, want := range []string{
		"$2,608.91 a year, premiums included: $1,263.09 less than",
		"10th percentile $2,583.58",
		"2027 HDHP with an HSA 100 %",
	} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
}

func TestCompareRefuses(t *testing.T) {
	dir := t.TempDir()
	// the same plan, but 30 visits and another clinic charge
	data, _ := os.ReadFile(hdhp2027)
	other := filepath.Join(dir, "other-care.yaml")
	os.WriteFile(other, []byte(strings.NewReplacer("visits: 24", "visits: 30", "charge: 180", "charge: 200").Replace(string(data))), 0o600)
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("version: 2\n"), 0o600)
	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"one file", []string{"compare", ppo2027}, exitFailure, "name 2 to 4 scenario files, one for each plan; got 1"},
		{"five files", []string{"compare", ppo2027, hdhp2027, ppo2027, hdhp2027, ppo2027}, exitFailure, "got 5"},
		{"csv", []string{"compare", "--format", "csv", ppo2027, hdhp2027}, exitFailure, `--format "csv" is not one of table, json, markdown`},
		{"other care", []string{"compare", ppo2027, other}, exitBadScenario,
			"carecost compare: the scenarios compared must share the care needed (the care section; only care.in_network.allowed, the plan's negotiated rate, may differ) and differ in the plan; these do not:\n" +
				"  " + other + " has care.visits: 30 there, 24 in " + ppo2027 + "\n" +
				"  " + other + " has care.in_network.charge: $200.00 there, $180.00 in " + ppo2027 + "\n"},
		{"bad file", []string{"compare", ppo2027, bad}, exitBadScenario, "bad.yaml cannot be estimated"},
		{"missing file", []string{"compare", filepath.Join(dir, "gone.yaml"), bad}, exitFailure, "gone.yaml: does not exist"},
		{"stdin twice", []string{"compare", "-", "-"}, exitFailure, "standard input (-) can be read once"},
	} {
		code, out, errOut := runCLI(t, "", tt.args...)
		if code != tt.code || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%s: exit %d (want %d), stdout %q, stderr:\n%s", tt.name, code, tt.code, out, errOut)
		}
	}
	// both files' problems are said, not only the first's
	_, _, errOut := runCLI(t, "", "compare", filepath.Join(dir, "gone.yaml"), bad)
	if !strings.Contains(errOut, "gone.yaml: does not exist") || !strings.Contains(errOut, "bad.yaml cannot be estimated") {
		t.Errorf("stderr:\n%s", errOut)
	}
	if code, out, _ := runCLI(t, "", "compare", "--help"); code != exitOK || !strings.HasPrefix(out, "Usage: carecost compare") {
		t.Errorf("compare --help: exit %d, %q", code, out)
	}
}
