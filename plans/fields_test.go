package plans

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestFieldTableIsWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Fields {
		if seen[f.Path] {
			t.Errorf("%s listed twice", f.Path)
		}
		seen[f.Path] = true
		if isSectionPath(f.Path) {
			t.Errorf("%s is both a field and a section", f.Path)
		}
		if f.Help == "" || strings.Contains(f.Help, "\n") {
			t.Errorf("%s: help must be one line", f.Path)
		}
		if (f.Kind == KindEnum) != (len(f.Enum) > 0) {
			t.Errorf("%s: Enum is for enum fields", f.Path)
		}
		if f.Kinds != nil && f.Section() != "supplemental" && f.Section() != "account" {
			t.Errorf("%s: only supplemental and account fields have kinds", f.Path)
		}
		if f.Nullable && f.Kind != KindMoney && f.Kind != KindCount && f.Kind != KindDate {
			t.Errorf("%s: only amounts, counts and dates can be left out for none", f.Path)
		}
		if f.Required == (f.Default != "") {
			t.Errorf("%s: a field is required or has a default, not both or neither", f.Path)
		}
		if f.Min > f.Max && f.Kind != KindBool && f.Kind != KindEnum {
			t.Errorf("%s: Min %d > Max %d", f.Path, f.Min, f.Max)
		}
		if got, ok := Field(f.Path); !ok || got.Path != f.Path {
			t.Errorf("Field(%q) = %v, %v", f.Path, got.Path, ok)
		}
	}
	if _, ok := Field("plan.in_network"); ok {
		t.Error("a section is not a field")
	}
	want := []string{"plan", "plan.in_network", "plan.out_of_network", "care", "care.visits_range",
		"care.in_network", "care.in_network.evaluation", "care.in_network.re_evaluation",
		"care.out_of_network", "care.out_of_network.evaluation", "care.out_of_network.re_evaluation",
		"care.concierge", "care.concierge.evaluation", "care.concierge.re_evaluation", "supplemental", "account",
		"next_year", "next_year.in_network", "next_year.out_of_network"}
	if strings.Join(Sections, " ") != strings.Join(want, " ") {
		t.Errorf("Sections = %v, want %v", Sections, want)
	}
}

// The kinds each supplemental field belongs to, as docs/scenario-format.md's
// listing annotates them.
func TestSupplementalKinds(t *testing.T) {
	for path, want := range map[string]string{
		"supplemental.visits":      "extra_visits",
		"supplemental.copay":       "extra_visits",
		"supplemental.coinsurance": "extra_visits secondary",
		"supplemental.per_visit":   "indemnity",
		"supplemental.max_visits":  "indemnity",
		"supplemental.annual_max":  "indemnity secondary",
		"supplemental.deductible":  "secondary",
		// not annotated in the listing: every policy kind
		"supplemental.premium_monthly":       "extra_visits indemnity secondary",
		"supplemental.covers_out_of_network": "extra_visits indemnity secondary",
		"account.balance":                    "hsa fsa",
		"account.tax_rate":                   "hsa fsa",
	} {
		f, _ := Field(path)
		if got := strings.Join(f.Kinds, " "); got != want {
			t.Errorf("%s kinds %q, want %q", path, got, want)
		}
	}
}

func TestAllowedWords(t *testing.T) {
	for path, want := range map[string]string{
		"plan.in_network.coinsurance": "a percentage from 0 to 100 with at most two decimals",
		"care.visits":                 "a whole number from 1 to 365",
		"version":                     "1",
		"plan.in_network.oop_max":     "an amount in dollars from 0 to 1000000 with at most two decimals, written as a plain number (1500 or 1500.50); leave it out (or null) for no maximum",
		"plan.coverage":               "one of self, family",
	} {
		f, _ := Field(path)
		if got := f.Allowed(); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}

func TestNearestName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want string // "" for no suggestion
	}{
		{"deductable", "deductible"},
		{"DEDUCTIBLE", "deductible"},
		{"oop", "oop_max"},
		{"copy", "copay"},
		{"x", ""},
		{"zzzzzzzz", ""},
	} {
		got, ok := nearestName(tc.name, sectionKeyNames("plan.in_network"))
		if (tc.want == "") == ok || got != tc.want {
			t.Errorf("nearestName(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
	if d := editDistance("kitten", "sitting"); d != 3 { // k→s, e→i, +g
		t.Errorf("editDistance = %d, want 3", d)
	}
}

// The walk-through reads "$1,500.50" and asks its own way about "no
// maximum", so what it says is allowed drops the file's wording.
func TestAllowedWhenTyped(t *testing.T) {
	oop, _ := Field("plan.in_network.oop_max")
	pct, _ := Field("plan.in_network.coinsurance")
	for _, c := range []struct{ in, want string }{
		{oop.Allowed(), "an amount in dollars from 0 to 1000000 with at most two decimals (1500, 1,500 or $1,500.50)"},
		{pct.Allowed(), "a percentage from 0 to 100 with at most two decimals"},
		{"an amount from 0 to the deductible", "an amount from 0 to the deductible"},
	} {
		if got := AllowedWhenTyped(c.in); got != c.want {
			t.Errorf("AllowedWhenTyped(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The "left out" defaults the docs give (Fields' Default) are the values a
// scenario that leaves the field out really gets: a simple default written
// as a number, true or false is checked against the resolved scenario.
func TestDefaultsAsDocumented(t *testing.T) {
	minimal := []byte(`version: 1
plan: {type: none}
care: {visits: 10, in_network: {charge: 100}, out_of_network: {cash_rate: 150}, concierge: {fee: 200}}
`)
	s, _, err := Parse("minimal.yaml", minimal)
	if err != nil {
		t.Fatal(err)
	}
	simple := regexp.MustCompile(`^([0-9]+|true|false)$`)
	checked := 0
	for _, f := range Fields {
		if !simple.MatchString(f.Default) || strings.Contains(string(minimal), f.Name()+":") {
			continue
		}
		v := f.Get(&s)
		got := strconv.FormatInt(v.N, 10)
		switch f.Kind {
		case KindBool:
			got = strconv.FormatBool(v.N != 0)
		case KindMoney, KindPercent:
			got = plainAmount(v.N)
		}
		if got != f.Default {
			t.Errorf("%s left out is %q; the docs say %s", f.Path, got, f.Default)
		}
		checked++
	}
	if checked < 20 {
		t.Errorf("only %d defaults checked", checked)
	}
}
