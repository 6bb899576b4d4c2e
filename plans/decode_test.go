package plans

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/carecost/carecost/internal/termsafe"
)

func TestDecodeKeepsOriginalText(t *testing.T) {
	v, err := Decode("t.yaml", []byte(`version: 1
plan:
  in_network:
    deductible: 0.29
    oop_max: null
    copay: "15"
  visit_limit:
care:
  service: 'massage'
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		want Value
	}{
		{"version", Value{Text: "1", Line: 1, Col: 1}},
		{"plan", Value{Line: 2, Col: 1}},
		{"plan.in_network", Value{Line: 3, Col: 3}},
		{"plan.in_network.deductible", Value{Text: "0.29", Line: 4, Col: 5}},
		{"plan.in_network.oop_max", Value{Text: "null", Null: true, Line: 5, Col: 5}},
		{"plan.in_network.copay", Value{Text: "15", Quoted: true, Line: 6, Col: 5}},
		{"plan.visit_limit", Value{Text: "", Null: true, Line: 7, Col: 3}},
		{"care.service", Value{Text: "massage", Quoted: true, Line: 9, Col: 3}},
	} {
		if got, ok := v[tc.path]; !ok || got != tc.want {
			t.Errorf("%s = %+v (present %v), want %+v", tc.path, got, ok, tc.want)
		}
	}
	if _, ok := v["plan.in_network.coinsurance"]; ok {
		t.Error("an absent field is in the map")
	}
	// 8 listed above, and the care section
	if len(v) != 9 {
		t.Errorf("%d values, want 9: %v", len(v), v)
	}
}

func TestUnknownFieldSuggestions(t *testing.T) {
	for _, tc := range []struct {
		file, path, want string
		line, col        int
	}{
		{"plan:\n  in_network:\n    deductible_mte: 5\n", "plan.in_network.deductible_mte", "did you mean `deductible_met`?", 3, 5},
		{"plan:\n  in_network:\n    deductable: 5\n", "plan.in_network.deductable", "did you mean `deductible`?", 3, 5},
		{"plan:\n  in_network:\n    Coinsurance: 5\n", "plan.in_network.Coinsurance", "did you mean `coinsurance`?", 3, 5},
		{"plan:\n  in_network:\n    oop: 5\n", "plan.in_network.oop", "did you mean `oop_max`?", 3, 5},
		{"plan:\n  in_network:\n    allowed: 5\n", "plan.in_network.allowed", "it is a field of plan.out_of_network and care.in_network", 3, 5},
		{"plan:\n  out_of_network:\n    covers: true\n", "plan.out_of_network.covers", "did you mean `covered`?", 3, 5},
		{"verison: 1\n", "verison", "did you mean `version`?", 1, 1},
		{"care:\n  concierge:\n    travel: 5\n", "care.concierge.travel", "did you mean `travel_fee`?", 3, 5},
		{"supplemental:\n  kinds: none\n", "supplemental.kinds", "did you mean `kind`?", 2, 3},
		{"care:\n  xyzzy_plugh: 1\n", "care.xyzzy_plugh", "unknown field `xyzzy_plugh`; allowed", 2, 3},
	} {
		_, err := Decode("t.yaml", []byte(tc.file))
		es := fieldErrorsOf(t, err)
		if len(es) != 1 {
			t.Errorf("%q: %d errors: %v", tc.file, len(es), err)
			continue
		}
		e := es[0]
		if e.Path != tc.path || e.Line != tc.line || e.Col != tc.col || !strings.Contains(e.Error(), tc.want) {
			t.Errorf("%q: got %s, want %s at %d:%d containing %q", tc.file, e.Error(), tc.path, tc.line, tc.col, tc.want)
		}
		if !strings.Contains(e.Allowed, "the fields of") && !strings.Contains(e.Allowed, "top-level") {
			t.Errorf("%q: allowed %q does not list the fields", tc.file, e.Allowed)
		}
	}
}

func TestDecodeShapeErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		line       int
		path, want string
	}{
		{"duplicate key", "version: 1\nversion: 1\n", 2, "version", "appears twice (first on line 1)"},
		{"duplicate in a section", "plan:\n  type: ppo\n  type: hmo\n", 3, "plan.type", "appears twice"},
		{"list for a section", "plan: [1, 2]\n", 1, "plan", "must be a mapping of fields, not a list"},
		{"value for a section", "care: 40\n", 1, "care", "must be a mapping of fields, not the single value \"40\""},
		{"mapping for a value", "care:\n  visits: {n: 4}\n", 2, "care.visits", "must be a single value, not a mapping"},
		{"list for a value", "care:\n  visits: [4]\n", 2, "care.visits", "must be a single value, not a list"},
		{"list file", "- 1\n- 2\n", 1, "", "a scenario file must be a mapping of fields, not a list"},
		{"scalar file", "hello\n", 1, "", "must be a mapping of fields"},
		{"empty file", "", 0, "", "the file is empty"},
		{"comments only", "# nothing\n", 0, "", "the file is empty"},
		{"null document", "~\n", 1, "", "the file has no fields"},
		{"two documents", "version: 1\n---\nversion: 1\n", 2, "", "a second document starts here"},
		{"syntax", "plan:\n  type: ppo\n   bad: [\n", 3, "", "not valid YAML or JSON"},
		{"bad json", "{\"version\": 1,\n \"plan\": }\n}", 0, "", "not valid YAML or JSON"},
		{"key not a word", "? [a, b]\n: 1\n", 1, "", "a field name must be a plain word"},
	} {
		_, err := Decode("t.yaml", []byte(tc.file))
		es := fieldErrorsOf(t, err)
		if len(es) == 0 {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		e := es[0]
		if (tc.line > 0 && e.Line != tc.line) || e.Path != tc.path || !strings.Contains(e.Problem, tc.want) {
			t.Errorf("%s: got %s, want line %d path %q problem containing %q", tc.name, e.Error(), tc.line, tc.path, tc.want)
		}
	}
}

// A field written with the wrong shape is reported once, not again as
// missing; a section written wrongly hides the "missing" of its fields.
func TestShapeErrorNotAlsoMissing(t *testing.T) {
	fields := scenarioWith(nil)
	file := strings.Replace(string(yamlFromFields(fields)), "  visits: 40", "  visits: [40]", 1)
	_, _, err := Parse("t.yaml", []byte(file))
	expectOneError(t, err, "care.visits", "must be a single value, not a list")

	file = strings.Replace(string(yamlFromFields(fields)), "  concierge:\n    fee: 225\n    travel_fee: 25\n", "  concierge: [225]\n", 1)
	_, _, err = Parse("t.yaml", []byte(file))
	expectOneError(t, err, "care.concierge", "must be a mapping")
}

func TestJSONInput(t *testing.T) {
	file := `{
  "version": 1,
  "plan": {"type": "ppo", "in_network": {"deductible": 1500, "coinsurance": 20, "oop_max": 6000},
           "out_of_network": {"covered": false}},
  "care": {
	"visits": 40,
	"in_network": {"charge": 150, "allowed": 0.29},
	"out_of_network": {"cash_rate": 175},
	"concierge": {"fee": 225, "superbill": true}
  },
  "account": {"kind": "hsa", "balance": 1500.5, "tax_rate": 29.65}
}`
	s, w, err := Parse("k.json", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	// amounts from the JSON numbers' text, never through float64
	if s.Care.InNetwork.Allowed != 29 || s.Account.Balance != 150050 || s.Account.TaxRate != 2965 ||
		!s.Care.Concierge.Superbill || s.Plan.OutOfNetwork.Covered || len(w) != 0 {
		t.Errorf("got %+v, warnings %v", s, w)
	}
	// line and column of an error in JSON: the key of the field. Line 8 is
	// a tab (column 1), "out_of_network" (2–17), ':' 18, ' ' 19, '{' 20, so
	// "cash_rate" starts at column 21.
	bad := strings.Replace(file, `"cash_rate": 175`, `"cash_rate": "175"`, 1)
	_, _, err = Parse("k.json", []byte(bad))
	es := fieldErrorsOf(t, err)
	if len(es) != 1 || es[0].Line != 8 || es[0].Col != 21 || es[0].Path != "care.out_of_network.cash_rate" {
		t.Errorf("got %v", err)
	}
	// line 3: two spaces, "plan" 3–8, ": {" 9–11, "type" 12–17, ": " 18–19,
	// "ppo" 20–24, ", " 25–26, "in_network" 27–38, ": {" 39–41: column 42
	bad = strings.Replace(file, `"deductible": 1500`, `"deductable": 1500`, 1)
	_, _, err = Parse("k.json", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "k.json:3:42: plan.in_network.deductable: unknown field `deductable`; did you mean `deductible`?") {
		t.Errorf("got %v", err)
	}
}

// Anchors and aliases read as the values they name.
func TestAliases(t *testing.T) {
	file := strings.Replace(string(yamlFromFields(baseScenarioFields)), "charge: 150", "charge: &rate 150", 1)
	file = strings.Replace(file, "self_pay: 120", "self_pay: *rate", 1)
	s, _, err := Parse("a.yaml", []byte(file))
	if err != nil || s.Care.InNetwork.SelfPay != 15000 {
		t.Errorf("alias: %v, self_pay %v", err, s.Care.InNetwork.SelfPay)
	}
}

func TestResolveRejectsUnknownPaths(t *testing.T) {
	v, err := Decode("t.yaml", yamlFromFields(baseScenarioFields))
	if err != nil {
		t.Fatal(err)
	}
	v["care.in_network.charg"] = Value{Text: "5"}
	_, _, err = Resolve("walk-through", v)
	expectOneError(t, err, "care.in_network.charg", "did you mean `charge`?")
}

// The walk-through hands Resolve values without sections or positions.
func TestResolveWithoutSections(t *testing.T) {
	v := Values{}
	for p, text := range baseScenarioFields {
		v[p] = Value{Text: text}
	}
	s, _, err := Resolve("walk-through", v)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Plan.OutOfNetwork.Covered || s.Plan.OutOfNetwork.Allowed != 11000 {
		t.Errorf("a field inside out_of_network marks the section: %+v", s.Plan.OutOfNetwork)
	}
	delete(v, "care.visits")
	_, _, err = Resolve("walk-through", v)
	if err == nil || err.Error() != "walk-through: care.visits: is missing; allowed: a whole number from 1 to 365" {
		t.Errorf("got %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	addScenarioSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Decode("fuzz.yaml", data)
		if err != nil {
			es := fieldErrorsOf(t, err)
			if len(es) == 0 {
				t.Fatal("empty *Errors")
			}
			for _, e := range es {
				if e.Problem == "" || e.File != "fuzz.yaml" {
					t.Fatalf("bad error %+v", e)
				}
			}
		}
		for p := range v {
			if _, ok := Field(p); !ok && !isSectionPath(p) {
				t.Fatalf("Decode recorded unknown path %q", p)
			}
		}
	})
}

// addScenarioSeeds seeds a fuzzer with the conformance scenarios (when the
// repository has them) and a few hand-written files, good and bad.
func addScenarioSeeds(f *testing.F) {
	for _, name := range conformanceFiles(f) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add(yamlFromFields(baseScenarioFields))
	f.Add(yamlFromFields(scenarioWith(map[string]string{"supplemental.kind": "indemnity", "supplemental.per_visit": "40",
		"supplemental.max_visits": "0", "account.kind": "hsa", "account.balance": "0.29", "account.tax_rate": "29.65"})))
	f.Add([]byte("version: 1\nplan: {type: none}\ncare: {visits: 1, in_network: {charge: 1}, out_of_network: {cash_rate: 1}, concierge: {fee: 1}}\n"))
	f.Add([]byte("version: 1\nversion: 2\nplan: [1]\ncare:\n  visits: 1e3\n  in_network: {charge: \"1,500.00\"}\n"))
	f.Add([]byte("a: &x {b: *x}\n"))
	f.Add([]byte("{\"version\": 1, \"plan\": {\"type\": \"hmo\", \"in_network\": {\"oop_max\": null}}}"))
	f.Add([]byte(""))
	// the fields of issue 12
	for _, file := range []string{evaluationFile, rangeFile, medigapFile, resetFile + "next_year:\n  type: ppo\n  in_network: {deductible: 50, oop_max: null}\n",
		resetFile + "  year_starts: 02-29\naccount: {kind: fsa, balance: 300, fsa_rule: carryover, next_balance: 100}\n"} {
		f.Add([]byte(file))
	}
}

// A file that is no scenario at all (empty, not YAML, not a mapping) gets
// that one problem, not a list of every required field "missing"; a
// malformed account section is not also blamed for its fields' kinds.
func TestWholeFileProblemAlone(t *testing.T) {
	for name, file := range map[string]string{
		"empty":       "",
		"comments":    "# nothing\n",
		"syntax":      "version: 1\nplan: [\n",
		"scalar file": "5\n",
		"list file":   "- 1\n",
		"null":        "~\n",
	} {
		_, _, err := Parse("t.yaml", []byte(file))
		if es := fieldErrorsOf(t, err); len(es) != 1 || es[0].Path != "" {
			t.Errorf("%s: %d problems, want the file's one: %v", name, len(es), err)
		}
	}
	file := string(yamlFromFields(scenarioWith(nil))) + "account: 5\n"
	_, _, err := Parse("t.yaml", []byte(file))
	expectOneError(t, err, "account", "must be a mapping")
}

// The format is chosen by the extension: a .json file must be JSON, so
// YAML's comments, unquoted keys and trailing values are errors there (with
// the line); the same text named .yaml, or on standard input, is YAML.
func TestJSONByExtension(t *testing.T) {
	yamlish := "# a comment\n{version: 1}\n"
	for _, tc := range []struct {
		file, name string
		line       int
		want       string
	}{
		{yamlish, "c.json", 1, "not valid JSON: invalid character '#'"},
		{"{\"version\": 1,\n \"plan\": {type: \"none\"}}", "k.json", 2, "not valid JSON: invalid character 't'"},
		{"{\"version\": 1,\n \"plan\": {\"type\": \"none\"}\n", "e.JSON", 3, "the file ends inside the JSON value"},
		{"{\"version\": 1}\n{}\n", "two.json", 2, "something follows the JSON object"},
	} {
		_, _, err := Parse(tc.name, []byte(tc.file))
		es := fieldErrorsOf(t, err)
		if len(es) != 1 || es[0].Line != tc.line || !strings.Contains(es[0].Problem, tc.want) {
			t.Errorf("%s: got %v; want one problem on line %d containing %q", tc.name, err, tc.line, tc.want)
		}
	}
	for _, name := range []string{"c.yaml", "-"} {
		_, err := Decode(name, []byte(yamlish))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A byte order mark (Notepad writes one) is not a JSON value: the file
	// reads as without it, and a problem keeps its line.
	bom := "\ufeff"
	if v, err := Decode("bom.json", []byte(bom+`{"version": 1, "name": "Mark"}`)); err != nil || v["name"].Text != "Mark" {
		t.Errorf("bom.json: %v, name %q", err, v["name"].Text)
	}
	_, _, err := Parse("bom2.json", []byte(bom+"{\"version\": 1,\n x}"))
	if es := fieldErrorsOf(t, err); len(es) != 1 || es[0].Line != 2 {
		t.Errorf("bom2.json: %v; want one problem on line 2", err)
	}
}

func FuzzParseJSON(f *testing.F) {
	addScenarioSeeds(f)
	f.Add([]byte(`{"version": 1, "plan": {"type": "none"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, err := Parse("fuzz.json", data)
		if err != nil {
			var es *Errors
			if !errors.As(err, &es) || len(*es) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty *Errors", err, err)
			}
		}
	})
}

// 200,000 unknown keys in an otherwise valid scenario: the message lists
// the first 20 and says how many more, instead of 200,000 lines.
func TestThousandsOfProblemsListTheFirst20(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nplan: {type: none}\ncare: {visits: 1, in_network: {charge: 1}, out_of_network: {cash_rate: 1}, concierge: {fee: 1}}\n")
	const n = 200000
	for i := range n {
		fmt.Fprintf(&b, "k%d: 1\n", i)
	}
	_, _, err := Parse("many.yaml", []byte(b.String()))
	var es *Errors
	if !errors.As(err, &es) {
		t.Fatalf("err = %v", err)
	}
	msg := err.Error()
	lines := strings.Split(msg, "\n")
	if len(lines) != 21 || len(msg) > 8000 {
		t.Fatalf("%d lines, %d bytes; want 20 problems and one line more", len(lines), len(msg))
	}
	// the first is on line 4 (after the three lines of the scenario)
	if !strings.HasPrefix(lines[0], "many.yaml:4:1: k0: unknown field `k0`") || !strings.HasPrefix(lines[19], "many.yaml:23:1: k19:") {
		t.Errorf("first and twentieth:\n%s\n%s", lines[0], lines[19])
	}
	// 200,000 − 20 listed = 199,980
	if want := "… and 199,980 more problems not listed (200,000 in all)"; !strings.HasPrefix(lines[20], want) {
		t.Errorf("last line %q, want it to start %q", lines[20], want)
	}
}

// At most 20 listed, counted exactly around the bound: 20 problems are all
// listed; 21 list 20 and "1 more problem".
func TestProblemsListedAtTheBound(t *testing.T) {
	for _, tt := range []struct {
		n    int
		last string
	}{
		{20, "many.yaml:21:1: k19: unknown field"},
		{21, "… and 1 more problem not listed (21 in all)"},
		{maxKeptErrors + 1, "… and 81 more problems not listed (101 in all)"},
	} {
		var b strings.Builder
		b.WriteString("version: 1\n")
		for i := range tt.n {
			fmt.Fprintf(&b, "k%d: 1\n", i)
		}
		b.WriteString("plan: {type: none}\ncare: {visits: 1, in_network: {charge: 1}, out_of_network: {cash_rate: 1}, concierge: {fee: 1}}\n")
		_, _, err := Parse("many.yaml", []byte(b.String()))
		if err == nil {
			t.Fatalf("%d unknown keys: no error", tt.n)
		}
		lines := strings.Split(err.Error(), "\n")
		if !strings.HasPrefix(lines[len(lines)-1], tt.last) || len(lines) > MaxErrorsListed+1 {
			t.Errorf("%d problems: %d lines, the last %q; want it to start %q", tt.n, len(lines), lines[len(lines)-1], tt.last)
		}
	}
}

// hostileScenario holds, in an unknown key, in values and in the name, what
// a terminal would act on: an OSC title sequence, a screen erase, C1
// controls, a bidirectional override and an invalid byte.
const hostileScenario = "version: 1\n" +
	"\"\\e]0;HACKED\\a\": 1\n" +
	"\"\\e[2J\\u0085\": 2\n" +
	"\"evil\\u202egpj\": 3\n" +
	"plan:\n  type: \"ppo\\e[31m\"\n  in_network: {deductible: \"\\u202e100\", coinsurance: \"1\\x9b0\"}\n" +
	"care: {service: \"\\u202emassage\", visits: \"\\e]2;x\\a\"}\n" +
	"name: \"x\\e]0;HACKED\\a\"\n"

// badRune finds a character a terminal would act on (a line feed between
// lines excepted) or an invalid byte.
func badRune(s string, lines bool) (rune, bool) {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return r, true
			}
		}
		if termsafe.Escapes(r) && !(lines && r == '\n') {
			return r, true
		}
	}
	return 0, false
}

// No problem of a hostile file carries a control character: each shows
// what the file holds as escapes (today's unknown key with ESC ] 0 ; … BEL
// retitled the terminal).
func TestProblemsShowControlCharactersEscaped(t *testing.T) {
	_, _, err := Parse("hostile\x1b[5m.yaml", []byte(hostileScenario))
	var es *Errors
	if !errors.As(err, &es) {
		t.Fatalf("err = %v", err)
	}
	msg := err.Error()
	if r, bad := badRune(msg, true); bad {
		t.Errorf("a message holds %U:\n%q", r, msg)
	}
	for _, e := range *es {
		if r, bad := badRune(e.Problem, false); bad {
			t.Errorf("a problem holds %U: %q", r, e.Problem)
		}
	}
	for _, want := range []string{
		`hostile\x1b[5m.yaml:2:1: \x1b]0;HACKED\a: unknown field "\x1b]0;HACKED\a"`,
		`hostile\x1b[5m.yaml:3:1: \x1b[2J\u0085: unknown field "\x1b[2J\u0085"`,
		`hostile\x1b[5m.yaml:4:1: evil\u202egpj: unknown field "evil\u202egpj"`,
		`plan.type: "ppo\x1b[31m" is not one of the choices`,
		`name: contains the control character \x1b, which a terminal would act on instead of showing`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the problems lack %s:\n%s", want, msg)
		}
	}
}

// The name may hold no character a terminal would act on: each is refused,
// shown escaped; ordinary punctuation and letters are not.
func TestNameRefusesControlCharacters(t *testing.T) {
	for _, tt := range []struct{ name, shown string }{
		{"tab\there", `\t`},
		{"evil\u202egpj", `\u202e`},
		{"isolate\u2066x", `\u2066`},
		{"mark\u200fx", `\u200f`},
		{"c1\u0085x", `\u0085`},
		{"del\x7f", `\x7f`},
	} {
		err := ValidateField("name", tt.name)
		if err == nil || !strings.Contains(err.Error(), "contains the control character "+tt.shown) {
			t.Errorf("name %q: %v", tt.name, err)
		}
	}
	for _, ok := range []string{"Knee rehab (demo)", "Ann's *knee* <2027> & co", `C:\clients\ann`, "Café – 100 %"} {
		if err := ValidateField("name", ok); err != nil {
			t.Errorf("name %q: %v", ok, err)
		}
	}
}
