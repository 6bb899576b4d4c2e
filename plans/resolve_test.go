package plans

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// baseScenarioFields is a valid PPO scenario, field path → text as written
// in YAML. Tests change one field and parse the result.
var baseScenarioFields = map[string]string{
	"version":                         "1",
	"plan.type":                       "ppo",
	"plan.in_network.deductible":      "1500",
	"plan.in_network.coinsurance":     "20",
	"plan.in_network.oop_max":         "6000",
	"plan.out_of_network.deductible":  "3000",
	"plan.out_of_network.coinsurance": "40",
	"plan.out_of_network.oop_max":     "12000",
	"plan.out_of_network.allowed":     "110",
	"plan.visit_limit":                "20",
	"care.visits":                     "40",
	"care.in_network.charge":          "150",
	"care.in_network.allowed":         "100",
	"care.in_network.self_pay":        "120",
	"care.out_of_network.cash_rate":   "175",
	"care.concierge.fee":              "225",
	"care.concierge.travel_fee":       "25",
}

// omitField removes a field from a scenarioWith change set.
const omitField = "\x00omit"

// scenarioWith returns baseScenarioFields with changes applied.
func scenarioWith(changes map[string]string) map[string]string {
	m := make(map[string]string, len(baseScenarioFields)+len(changes))
	for k, v := range baseScenarioFields {
		m[k] = v
	}
	for k, v := range changes {
		if v == omitField {
			delete(m, k)
		} else {
			m[k] = v
		}
	}
	return m
}

// yamlFromFields writes fields (path → text, written verbatim) as nested
// YAML in the order of Fields; paths that are not fields go last in their
// section.
func yamlFromFields(fields map[string]string) []byte {
	paths := make([]string, 0, len(fields))
	for p := range fields {
		paths = append(paths, p)
	}
	order := func(p string) int {
		if i, ok := fieldIndex[p]; ok {
			return i
		}
		return len(Fields)
	}
	sort.SliceStable(paths, func(i, j int) bool {
		si, sj := sectionOfPath(paths[i]), sectionOfPath(paths[j])
		if si != sj {
			return sectionOrder(si) < sectionOrder(sj)
		}
		return order(paths[i]) < order(paths[j]) || (order(paths[i]) == order(paths[j]) && paths[i] < paths[j])
	})
	var b strings.Builder
	open := map[string]bool{"": true}
	for _, p := range paths {
		parts := strings.Split(p, ".")
		for i := 1; i < len(parts); i++ {
			sec := strings.Join(parts[:i], ".")
			if !open[sec] {
				open[sec] = true
				b.WriteString(strings.Repeat("  ", i-1) + parts[i-1] + ":\n")
			}
		}
		b.WriteString(strings.Repeat("  ", len(parts)-1) + parts[len(parts)-1] + ": " + fields[p] + "\n")
	}
	return []byte(b.String())
}

func sectionOfPath(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// sectionOrder keeps a section's lines together, parents first.
func sectionOrder(s string) int {
	if s == "" {
		return -1
	}
	for i, x := range Sections {
		if x == s {
			return i
		}
	}
	return len(Sections)
}

func parseFields(t *testing.T, fields map[string]string) (calc.Scenario, []calc.Warning, error) {
	t.Helper()
	return Parse("test.yaml", yamlFromFields(fields))
}

// fieldErrorsOf returns the FieldErrors of err, failing the test when err is
// not *Errors.
func fieldErrorsOf(t *testing.T, err error) Errors {
	t.Helper()
	var es *Errors
	if !errors.As(err, &es) {
		t.Fatalf("error %v (%T) is not *Errors", err, err)
	}
	return *es
}

// expectOneError checks that err holds exactly one problem, at path, whose
// text contains want.
func expectOneError(t *testing.T, err error, path, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want one containing %q", path, want)
	}
	es := fieldErrorsOf(t, err)
	if len(es) != 1 {
		t.Fatalf("%s: %d errors, want 1:\n%v", path, len(es), err)
	}
	if es[0].Path != path || !strings.Contains(es[0].Problem, want) {
		t.Fatalf("error %q, want path %s and a problem containing %q", es[0].Error(), path, want)
	}
}

func TestBaseScenarioParses(t *testing.T) {
	_, _, err := parseFields(t, baseScenarioFields)
	if err != nil {
		t.Fatal(err)
	}
}

func TestMoneyText(t *testing.T) {
	copay := func(s calc.Scenario) int64 { return int64(s.Plan.InNetwork.Copay) }
	for _, tc := range []struct {
		text string
		want int64  // cents
		err  string // part of the problem
	}{
		{"0.29", 29, ""}, // a float path gives 28
		{"1500.5", 150050, ""},
		{"1500.50", 150050, ""},
		{"1500", 150000, ""},
		{"0", 0, ""},
		{"0.01", 1, ""},
		{"1000000", 100000000, ""}, // the largest amount
		{"1000000.00", 100000000, ""},
		{"1000000.01", 0, "is above 1000000"},
		{"99999999999", 0, "is above 1000000"},
		{"0.295", 0, "more than two decimals"},
		{"1.005", 0, "more than two decimals"},
		{"1_500", 0, "notation"},
		{"1e3", 0, "notation"},
		{"0x10", 0, "notation"},
		{"0150", 0, "0150 starts with a zero, which could be read as another number; write 150"}, // YAML 1.1: octal 104
		{"00.5", 0, "write 0.5"},
		{"0.5", 50, ""},
		{".5", 0, "notation"},
		{"+5", 0, "notation"},
		{"1500.", 0, "notation"},
		{`"1,500.00"`, 0, "is text, not a number; write it without quotes or separators: 1500.00"},
		{`"1500"`, 0, "is text, not a number; write it without quotes: 1500"},
		{`"0150"`, 0, "is text, not a number; write it without quotes: 150"},
		{`'12'`, 0, "is text, not a number"},
		{"1,500.00", 0, "is not a number"},
		{"-5", 0, "is negative"},
		{"-0.01", 0, "is negative"},
		{"abc", 0, "is not a number"},
		{"true", 0, "is not a number"},
		{"null", 0, "is empty"},
		{"", 0, "is empty"},
	} {
		s, _, err := parseFields(t, scenarioWith(map[string]string{"plan.in_network.copay": tc.text}))
		if tc.err != "" {
			expectOneError(t, err, "plan.in_network.copay", tc.err)
			continue
		}
		if err != nil {
			t.Errorf("copay %s: %v", tc.text, err)
			continue
		}
		if got := copay(s); got != tc.want {
			t.Errorf("copay %s = %d cents, want %d", tc.text, got, tc.want)
		}
	}
}

func TestPercentText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want calc.BasisPoints
		err  string
	}{
		{"0", 0, ""},
		{"20", 2000, ""},
		{"29.65", 2965, ""},
		{"7.5", 750, ""},
		{"0.01", 1, ""},
		{"100", 10000, ""}, // the largest percentage
		{"100.01", 0, "is above 100"},
		{"120", 0, "120 is above 100"},
		{"33.333", 0, "more than two decimals"},
		{"20%", 0, "is not a number"},
		{`"20"`, 0, "is text, not a number"},
		{"-1", 0, "is negative"},
		{"1e1", 0, "notation"},
	} {
		s, _, err := parseFields(t, scenarioWith(map[string]string{"plan.in_network.coinsurance": tc.text}))
		if tc.err != "" {
			expectOneError(t, err, "plan.in_network.coinsurance", tc.err)
			continue
		}
		if err != nil {
			t.Errorf("coinsurance %s: %v", tc.text, err)
			continue
		}
		if got := s.Plan.InNetwork.Coinsurance; got != tc.want {
			t.Errorf("coinsurance %s = %d bp, want %d", tc.text, got, tc.want)
		}
	}
}

func TestCountsAndYear(t *testing.T) {
	for _, tc := range []struct {
		path, text string
		get        func(calc.Scenario) int
		want       int
		err        string
	}{
		{"care.visits", "1", func(s calc.Scenario) int { return s.Care.Visits }, 1, ""},
		{"care.visits", "365", func(s calc.Scenario) int { return s.Care.Visits }, 365, ""},
		{"care.visits", "366", nil, 0, "366 is above 365"},
		{"care.visits", "0", nil, 0, "0 is below 1"},
		{"care.visits", "-1", nil, 0, "-1 is below 1"},
		{"care.visits", "12.0", nil, 0, "not a whole number"},
		{"care.visits", "1e2", nil, 0, "not a whole number"},
		{"care.visits", "010", nil, 0, "010 starts with a zero, which could be read as another number; write 10"}, // YAML 1.1: octal 8
		{"care.visits", `"12"`, nil, 0, "is text, not a number"},
		{"care.visits", "twelve", nil, 0, "is not a number"},
		{"care.out_of_network.visits", "1", func(s calc.Scenario) int { return s.Care.OutOfNetwork.Visits }, 1, ""},
		{"care.out_of_network.visits", "365", func(s calc.Scenario) int { return s.Care.OutOfNetwork.Visits }, 365, ""},
		{"care.out_of_network.visits", "366", nil, 0, "is above 365"},
		{"care.out_of_network.visits", "0", nil, 0, "is below 1"},
		{"care.concierge.visits", "365", func(s calc.Scenario) int { return s.Care.Concierge.Visits }, 365, ""},
		{"care.concierge.visits", "0", nil, 0, "is below 1"},
		{"care.concierge.visits", "366", nil, 0, "is above 365"},
		{"care.in_network.minutes", "1", func(s calc.Scenario) int { return s.Care.InNetwork.Minutes }, 1, ""},
		{"care.in_network.minutes", "480", func(s calc.Scenario) int { return s.Care.InNetwork.Minutes }, 480, ""},
		{"care.in_network.minutes", "481", nil, 0, "481 is above 480"},
		{"care.in_network.minutes", "0", nil, 0, "0 is below 1"},
		{"care.out_of_network.minutes", "480", func(s calc.Scenario) int { return s.Care.OutOfNetwork.Minutes }, 480, ""},
		{"care.out_of_network.minutes", "481", nil, 0, "is above 480"},
		{"care.concierge.minutes", "0", nil, 0, "is below 1"},
		{"care.concierge.minutes", "481", nil, 0, "is above 480"},
		{"care.out_of_network.reimbursement_days", "0", func(s calc.Scenario) int { return s.Care.OutOfNetwork.ReimbursementDays }, 0, ""},
		{"care.out_of_network.reimbursement_days", "365", func(s calc.Scenario) int { return s.Care.OutOfNetwork.ReimbursementDays }, 365, ""},
		{"care.out_of_network.reimbursement_days", "366", nil, 0, "is above 365"},
		{"plan.visits_used", "0", func(s calc.Scenario) int { return s.Plan.VisitsUsed }, 0, ""},
		{"plan.visits_used", "365", func(s calc.Scenario) int { return s.Plan.VisitsUsed }, 365, ""},
		{"plan.visits_used", "366", nil, 0, "is above 365"},
		{"plan.visits_used", "-1", nil, 0, "is below 0"},
		{"plan.visit_limit", "0", func(s calc.Scenario) int { return s.Plan.VisitLimit.Value }, 0, ""},
		{"plan.visit_limit", "365", func(s calc.Scenario) int { return s.Plan.VisitLimit.Value }, 365, ""},
		{"plan.visit_limit", "366", nil, 0, "is above 365"},
		{"year", "2000", func(s calc.Scenario) int { return s.Year }, 2000, ""},
		{"year", "2100", func(s calc.Scenario) int { return s.Year }, 2100, ""},
		{"year", "2027", func(s calc.Scenario) int { return s.Year }, 2027, ""},
		{"year", "1999", nil, 0, "1999 is below 2000"},
		{"year", "2101", nil, 0, "2101 is above 2100"},
		{"year", "26", nil, 0, "26 is below 2000"},
		{"year", "2026.5", nil, 0, "not a whole number"},
		{"version", "1", func(calc.Scenario) int { return 1 }, 1, ""},
		{"version", "2", nil, 0, "2 is not a version carecost reads"},
		{"version", "0", nil, 0, "0 is not a version carecost reads"},
		{"version", omitField, nil, 0, "is missing"},
	} {
		s, _, err := parseFields(t, scenarioWith(map[string]string{tc.path: tc.text}))
		if tc.err != "" {
			expectOneError(t, err, tc.path, tc.err)
			continue
		}
		if err != nil {
			t.Errorf("%s %s: %v", tc.path, tc.text, err)
			continue
		}
		if got := tc.get(s); got != tc.want {
			t.Errorf("%s %s = %d, want %d", tc.path, tc.text, got, tc.want)
		}
	}
}

func TestChoicesAndBooleans(t *testing.T) {
	for _, tc := range []struct {
		path, text, err string
	}{
		{"plan.type", "hdhp", ""},
		{"plan.type", `"hdhp"`, ""}, // JSON writes every choice in quotes
		{"plan.type", "hdpp", `hdpp is not one of the choices; did you mean "hdhp"?`},
		{"plan.type", "PPO", `did you mean "ppo"?`},
		{"plan.type", "indemnity plan", "is not one of the choices"},
		{"plan.coverage", "family", ""},
		{"plan.coverage", "couple", "is not one of the choices"},
		{"care.service", "massage", ""},
		{"care.service", "physio", "is not one of the choices"},
		{"care.concierge.superbill", "true", ""},
		{"care.concierge.superbill", "False", ""},
		{"care.concierge.superbill", "yes", "yes is not true or false"},
		{"care.concierge.superbill", `"true"`, "is text, not true or false"},
		{"care.concierge.superbill", "1", "is not true or false"},
		{"care.concierge.superbill", "null", "is empty"},
		{"name", "Knee replacement rehab", ""},
		{"name", "2026", ""}, // a number is a fine name
		{"name", `"tab\there"`, "control character"},
		{"name", strings.Repeat("x", 200), ""},
		{"name", strings.Repeat("x", 201), "longer than 200 characters"},
	} {
		_, _, err := parseFields(t, scenarioWith(map[string]string{tc.path: tc.text}))
		if tc.err != "" {
			expectOneError(t, err, tc.path, tc.err)
		} else if err != nil {
			t.Errorf("%s %s: %v", tc.path, tc.text, err)
		}
	}
}

// The rules between fields, each at its limit and one cent beside it.
func TestCrossFieldLimits(t *testing.T) {
	checkChanges(t, []changeCase{
		// in network: deductible 1500, oop_max 6000
		{"met equals deductible", map[string]string{"plan.in_network.deductible_met": "1500"}, "", ""},
		{"met a cent above", map[string]string{"plan.in_network.deductible_met": "1500.01"},
			"plan.in_network.deductible_met", "1500.01 is above the deductible, 1500"},
		{"met without a deductible", map[string]string{"plan.in_network.deductible": omitField, "plan.in_network.deductible_met": "0.01"},
			"plan.in_network.deductible_met", "0.01 is above the deductible, 0"},
		{"spent equals maximum", map[string]string{"plan.in_network.oop_spent": "6000"}, "", ""},
		{"spent a cent above", map[string]string{"plan.in_network.oop_spent": "6000.01"},
			"plan.in_network.oop_spent", "6000.01 is above the out-of-pocket maximum, 6000"},
		{"maximum equals deductible", map[string]string{"plan.in_network.oop_max": "1500"}, "", ""},
		{"maximum a cent below", map[string]string{"plan.in_network.oop_max": "1499.99"},
			"plan.in_network.oop_max", "1499.99 is below the deductible, 1500"},
		{"maximum 0 with no deductible", map[string]string{"plan.in_network.deductible": "0", "plan.in_network.oop_max": "0"}, "", ""},
		// out of network: deductible 3000, oop_max 12000
		{"oon met equals deductible", map[string]string{"plan.out_of_network.deductible_met": "3000"}, "", ""},
		{"oon met a cent above", map[string]string{"plan.out_of_network.deductible_met": "3000.01"},
			"plan.out_of_network.deductible_met", "is above the deductible, 3000"},
		{"oon spent equals maximum", map[string]string{"plan.out_of_network.oop_spent": "12000"}, "", ""},
		{"oon spent a cent above", map[string]string{"plan.out_of_network.oop_spent": "12000.01"},
			"plan.out_of_network.oop_spent", "is above the out-of-pocket maximum, 12000"},
		{"oon maximum equals deductible", map[string]string{"plan.out_of_network.oop_max": "3000"}, "", ""},
		{"oon maximum a cent below", map[string]string{"plan.out_of_network.oop_max": "2999.99"},
			"plan.out_of_network.oop_max", "is below the deductible, 3000"},
		{"oon no maximum, any spent", map[string]string{"plan.out_of_network.oop_max": omitField, "plan.out_of_network.oop_spent": "50000"}, "", ""},
		{"oon null maximum", map[string]string{"plan.out_of_network.oop_max": "null"}, "", ""},
		// a bad deductible is reported once, not again as a met above it
		{"bad deductible", map[string]string{"plan.in_network.deductible": "1e3", "plan.in_network.deductible_met": "5"},
			"plan.in_network.deductible", "notation"},
	})
}

func TestInNetworkMaximumByPlanType(t *testing.T) {
	for _, typ := range calc.PlanTypes {
		mayOmit := typ == calc.Medicare || typ == calc.WorkersComp || typ == calc.AutoPIP || typ == calc.NoPlan
		for _, text := range []string{omitField, "null"} {
			s, _, err := parseFields(t, scenarioWith(map[string]string{"plan.type": string(typ), "plan.in_network.oop_max": text}))
			if mayOmit {
				if err != nil {
					t.Errorf("%s without oop_max (%q): %v", typ, text, err)
				} else if s.Plan.InNetwork.OOPMax.Set {
					t.Errorf("%s without oop_max: got a maximum %v", typ, s.Plan.InNetwork.OOPMax)
				}
				continue
			}
			want := "is missing"
			if text == "null" {
				want = "is null"
			}
			expectOneError(t, err, "plan.in_network.oop_max", want)
		}
	}
}

func TestRequiredFields(t *testing.T) {
	checkChanges(t, []changeCase{
		{"charge", map[string]string{"care.in_network.charge": omitField}, "care.in_network.charge", "is missing"},
		{"allowed", map[string]string{"care.in_network.allowed": omitField}, "care.in_network.allowed", "is missing"},
		{"cash rate", map[string]string{"care.out_of_network.cash_rate": omitField}, "care.out_of_network.cash_rate", "is missing"},
		{"fee", map[string]string{"care.concierge.fee": omitField, "care.concierge.travel_fee": omitField}, "care.concierge.fee", "is missing"},
		{"visits", map[string]string{"care.visits": omitField}, "care.visits", "is missing"},
		{"plan type", map[string]string{"plan.type": omitField}, "plan.type", "is missing"},
		{"oon allowed, covered by default", map[string]string{"plan.out_of_network.allowed": omitField},
			"plan.out_of_network.allowed", "required when out-of-network care is covered"},
		{"oon allowed, covered said", map[string]string{"plan.out_of_network.allowed": omitField, "plan.out_of_network.covered": "true"},
			"plan.out_of_network.allowed", "required when out-of-network care is covered"},
		{"oon allowed, not covered", map[string]string{"plan.out_of_network.allowed": omitField, "plan.out_of_network.covered": "false"}, "", ""},
		{"oon allowed, hmo", map[string]string{"plan.out_of_network.allowed": omitField, "plan.type": "hmo"}, "", ""},
		{"oon allowed, hmo covered", map[string]string{"plan.out_of_network.allowed": omitField, "plan.type": "hmo", "plan.out_of_network.covered": "true"},
			"plan.out_of_network.allowed", "required"},
		{"none needs no allowed", map[string]string{"plan.type": "none", "care.in_network.allowed": omitField,
			"plan.out_of_network.allowed": omitField, "plan.out_of_network.covered": "true", "plan.in_network.oop_max": omitField}, "", ""},
		{"none needs no plan amounts", map[string]string{"plan.type": "none", "plan.in_network.deductible": omitField,
			"plan.in_network.coinsurance": omitField, "plan.in_network.oop_max": omitField}, "", ""},
		{"none still needs charge", map[string]string{"plan.type": "none", "care.in_network.charge": omitField}, "care.in_network.charge", "is missing"},
	})
}

func TestFieldsOfAnotherKind(t *testing.T) {
	checkChanges(t, []changeCase{
		{"per_visit under extra_visits", map[string]string{"supplemental.kind": "extra_visits", "supplemental.per_visit": "5"},
			"supplemental.per_visit", "belongs to supplemental kind indemnity, but supplemental.kind is extra_visits"},
		{"visits under indemnity", map[string]string{"supplemental.kind": "indemnity", "supplemental.visits": "5"},
			"supplemental.visits", "belongs to supplemental kind extra_visits"},
		{"deductible under indemnity", map[string]string{"supplemental.kind": "indemnity", "supplemental.deductible": "5"},
			"supplemental.deductible", "kind secondary"},
		{"annual_max under extra_visits", map[string]string{"supplemental.kind": "extra_visits", "supplemental.annual_max": "5"},
			"supplemental.annual_max", "kinds indemnity, secondary"},
		{"premium without a kind", map[string]string{"supplemental.premium_monthly": "18"},
			"supplemental.premium_monthly", "supplemental.kind is none (the default"},
		{"premium under none", map[string]string{"supplemental.kind": "none", "supplemental.premium_monthly": "18"},
			"supplemental.premium_monthly", "supplemental.kind is none"},
		{"balance without an account", map[string]string{"account.balance": "100"},
			"account.balance", "belongs to account kinds hsa, fsa"},
		{"tax rate under none", map[string]string{"account.kind": "none", "account.tax_rate": "30"},
			"account.tax_rate", "account.kind is none"},
		{"secondary fields", map[string]string{"supplemental.kind": "secondary", "supplemental.premium_monthly": "10",
			"supplemental.coinsurance": "20", "supplemental.annual_max": "2000", "supplemental.deductible": "100",
			"supplemental.covers_out_of_network": "true"}, "", ""},
		{"indemnity fields", map[string]string{"supplemental.kind": "indemnity", "supplemental.premium_monthly": "10",
			"supplemental.per_visit": "40", "supplemental.max_visits": "10", "supplemental.annual_max": "2000"}, "", ""},
		{"extra visits fields", map[string]string{"supplemental.kind": "extra_visits", "supplemental.premium_monthly": "10",
			"supplemental.visits": "20", "supplemental.copay": "15", "supplemental.coinsurance": "20",
			"supplemental.covers_out_of_network": "true"}, "", ""},
		{"hsa fields", map[string]string{"account.kind": "hsa", "account.balance": "1500", "account.tax_rate": "29.65"}, "", ""},
		{"bad kind: no kind errors", map[string]string{"supplemental.kind": "gap", "supplemental.per_visit": "5"},
			"supplemental.kind", "is not one of the choices"},
	})
}

func TestDefaults(t *testing.T) {
	file := []byte(`version: 1
plan:
  type: ppo
  in_network:
    deductible: 1500
    coinsurance: 20
    oop_max: 6000
care:
  visits: 40
  in_network: {charge: 150, allowed: 100}
  out_of_network: {cash_rate: 175}
  concierge: {fee: 225}
`)
	s, warnings, err := Parse("defaults.yaml", file)
	if err != nil {
		t.Fatal(err)
	}
	want := calc.Scenario{
		Plan: calc.Plan{
			Type:     calc.PPO,
			Coverage: calc.Self,
			InNetwork: calc.CostSharing{
				Deductible: 150000, DeductibleApplies: true, Coinsurance: 2000, OOPMax: calc.Cap[calc.Cents](600000),
			},
			// no out_of_network section: no benefits, deductible_applies still true
			OutOfNetwork: calc.OutOfNetworkBenefits{CostSharing: calc.CostSharing{DeductibleApplies: true}},
		},
		Care: calc.Care{
			Service: calc.PhysicalTherapy,
			Visits:  40,
			// self_pay = charge; 30 minutes in network
			InNetwork: calc.ClinicCare{Charge: 15000, Allowed: 10000, SelfPay: 15000, Minutes: 30},
			// visits = care.visits; 60 minutes; reimbursement after 30 days
			OutOfNetwork: calc.CashCare{CashRate: 17500, Minutes: 60, Visits: 40, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 22500, Minutes: 60, Visits: 40},
		},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("defaults:\n got %+v\nwant %+v", s, want)
	}
	wantW := []calc.Warning{{Code: WarnNoOutOfNetworkSection, Plan: calc.PPO}}
	if !reflect.DeepEqual(warnings, wantW) {
		t.Errorf("warnings = %+v, want %+v", warnings, wantW)
	}
}

// covered defaults by plan type once an out_of_network section is written;
// without one there are no benefits, and ppo, pos and hdhp get a warning.
func TestCoveredDefaults(t *testing.T) {
	for _, typ := range calc.PlanTypes {
		defaultCovered := typ != calc.HMO && typ != calc.EPO && typ != calc.NoPlan
		s, warnings, err := parseFields(t, scenarioWith(map[string]string{"plan.type": string(typ)}))
		if err != nil {
			t.Fatalf("%s: %v", typ, err)
		}
		if s.Plan.OutOfNetwork.Covered != defaultCovered {
			t.Errorf("%s with a section: covered = %v, want %v", typ, s.Plan.OutOfNetwork.Covered, defaultCovered)
		}
		if len(warnings) != 0 {
			t.Errorf("%s with a section: warnings %v", typ, warnings)
		}

		noSection := scenarioWith(map[string]string{"plan.type": string(typ)})
		for p := range noSection {
			if strings.HasPrefix(p, "plan.out_of_network.") {
				delete(noSection, p)
			}
		}
		s, warnings, err = parseFields(t, noSection)
		if err != nil {
			t.Fatalf("%s without a section: %v", typ, err)
		}
		if s.Plan.OutOfNetwork.Covered {
			t.Errorf("%s without a section: covered", typ)
		}
		wantWarning := typ == calc.PPO || typ == calc.POS || typ == calc.HDHP
		if got := len(warnings) == 1 && warnings[0] == (calc.Warning{Code: WarnNoOutOfNetworkSection, Plan: typ}); got != wantWarning {
			t.Errorf("%s without a section: warnings %v, want the no-section warning: %v", typ, warnings, wantWarning)
		}
	}
}

// An empty out_of_network mapping is a section: a ppo's out-of-network care
// is then covered by default and needs an allowed amount. A null one is no
// section.
func TestEmptyAndNullSections(t *testing.T) {
	base := `version: 1
plan:
  type: ppo
  in_network: {oop_max: 6000}
  out_of_network: %s
care:
  visits: 4
  in_network: {charge: 150, allowed: 100}
  out_of_network: {cash_rate: 175}
  concierge: {fee: 225}
`
	_, _, err := Parse("t.yaml", []byte(strings.Replace(base, "%s", "{}", 1)))
	expectOneError(t, err, "plan.out_of_network.allowed", "required when out-of-network care is covered")
	s, w, err := Parse("t.yaml", []byte(strings.Replace(base, "%s", "", 1)))
	if err != nil || s.Plan.OutOfNetwork.Covered || len(w) != 1 {
		t.Errorf("null section: err %v, covered %v, warnings %v", err, s.Plan.OutOfNetwork.Covered, w)
	}
}

func TestMaximaAbsentNullAndZero(t *testing.T) {
	ind := map[string]string{"supplemental.kind": "indemnity", "supplemental.per_visit": "40"}
	for _, tc := range []struct {
		text string
		want calc.Limit[int]
	}{
		{omitField, calc.Limit[int]{}},
		{"null", calc.Limit[int]{}},
		{"~", calc.Limit[int]{}},
		{"", calc.Limit[int]{}},
		{"0", calc.Cap(0)}, // 0 means no visits, not no maximum
		{"10", calc.Cap(10)},
	} {
		ch := map[string]string{"supplemental.max_visits": tc.text}
		for k, v := range ind {
			ch[k] = v
		}
		s, _, err := parseFields(t, scenarioWith(ch))
		if err != nil {
			t.Fatalf("max_visits %q: %v", tc.text, err)
		}
		if s.Supplemental.MaxVisits != tc.want {
			t.Errorf("max_visits %q = %+v, want %+v", tc.text, s.Supplemental.MaxVisits, tc.want)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	e := FieldError{File: "knee.yaml", Line: 12, Col: 5, Path: "plan.in_network.coinsurance",
		Problem: "120 is above 100", Allowed: "a percentage from 0 to 100 with at most two decimals"}
	want := "knee.yaml:12:5: plan.in_network.coinsurance: 120 is above 100; allowed: a percentage from 0 to 100 with at most two decimals"
	if got := e.Error(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// the same problem from a file, located by the parser
	file := strings.Replace(string(yamlFromFields(baseScenarioFields)), "coinsurance: 20", "coinsurance: 120", 1)
	_, _, err := Parse("knee.yaml", []byte(file))
	line := 0
	for i, l := range strings.Split(file, "\n") {
		if strings.Contains(l, "coinsurance: 120") {
			line = i + 1
		}
	}
	es := fieldErrorsOf(t, err)
	if len(es) != 1 || es[0].Line != line || es[0].Col != 5 {
		t.Fatalf("got %v, want one error at line %d column 5", err, line)
	}
	if got := err.Error(); !strings.HasPrefix(got, "knee.yaml:"+itoa(int64(line))+":5: plan.in_network.coinsurance: 120 is above 100; allowed: a percentage from 0 to 100") {
		t.Errorf("got %s", got)
	}
	// standard input
	_, _, err = Parse("-", []byte("version: 3\n"))
	if !strings.HasPrefix(err.Error(), "standard input:1:1: version: 3 is not a version") {
		t.Errorf("got %s", err)
	}
}

// Every problem of a file is reported in one pass, in the file's order.
func TestAllErrorsInOnePass(t *testing.T) {
	file := `version: 2
plan:
  type: ppo
  in_network:
    deductable: 1500
    coinsurance: 120
    oop_max: 0.295
care:
  visits: 366
  in_network: {charge: 1e3, allowed: 100}
  out_of_network: {cash_rate: "175"}
  concierge: {fee: 225}
extra: 1
`
	_, _, err := Parse("many.yaml", []byte(file))
	es := fieldErrorsOf(t, err)
	want := []struct {
		line int
		path string
	}{
		{1, "version"},
		{5, "plan.in_network.deductable"},
		{6, "plan.in_network.coinsurance"},
		{7, "plan.in_network.oop_max"},
		{9, "care.visits"},
		{10, "care.in_network.charge"},
		{11, "care.out_of_network.cash_rate"},
		{13, "extra"},
	}
	if len(es) != len(want) {
		t.Fatalf("%d errors, want %d:\n%v", len(es), len(want), err)
	}
	for i, w := range want {
		if es[i].Line != w.line || es[i].Path != w.path || es[i].File != "many.yaml" {
			t.Errorf("error %d = %s, want line %d path %s", i, es[i].Error(), w.line, w.path)
		}
	}
}

func TestValidateField(t *testing.T) {
	for _, tc := range []struct {
		path, text, err string
	}{
		{"plan.in_network.deductible", "$1,500.50", ""},
		{"plan.in_network.deductible", "1,500", ""},
		{"plan.in_network.deductible", " 1500 ", ""},
		{"plan.in_network.deductible", "$1000000", ""},
		{"plan.in_network.deductible", "$1,000,000.01", "1000000.01 is above 1000000"},
		{"plan.in_network.deductible", "1,50", "1,50 is not a number"}, // never read as 150
		{"plan.in_network.deductible", "0.295", "more than two decimals"},
		{"plan.in_network.deductible", "-$5", "is negative"},
		{"plan.in_network.deductible", "", ""}, // absent: the default
		{"care.in_network.charge", "", "is required"},
		{"care.in_network.charge", "  ", "is required"},
		{"plan.in_network.coinsurance", "20%", ""},
		{"plan.in_network.coinsurance", "100 %", ""},
		{"plan.in_network.coinsurance", "100.01%", "is above 100"},
		{"care.visits", "365", ""},
		{"care.visits", "366", "is above 365"},
		{"care.visits", "0", "is below 1"},
		{"plan.type", "HDHP", ""},
		{"plan.type", "hdpp", "did you mean"},
		{"care.service", "Physical therapy", ""},
		{"care.concierge.superbill", "yes", ""},
		{"care.concierge.superbill", "maybe", "is not true or false"},
		{"plan.in_network.oop_max", "", ""},
		{"year", "2027", ""},
		{"plan.in_network.deductable", "5", "did you mean `deductible`?"},
	} {
		err := ValidateField(tc.path, tc.text)
		if tc.err == "" {
			if err != nil {
				t.Errorf("%s %q: %v", tc.path, tc.text, err)
			}
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Errorf("%s %q: error %v is not a *FieldError", tc.path, tc.text, err)
			continue
		}
		if !strings.Contains(fe.Problem, tc.err) || fe.Path != tc.path {
			t.Errorf("%s %q: %v, want %q", tc.path, tc.text, err, tc.err)
		}
	}
}

func TestNormalizeTyped(t *testing.T) {
	for _, tc := range []struct {
		kind       FieldKind
		text, want string
	}{
		{KindMoney, "1,500", "1500"},
		{KindMoney, "$1,500.50", "1500.50"},
		{KindMoney, " $ 1500 ", "1500"},
		{KindMoney, "12,345,678.9", "12345678.9"},
		{KindMoney, "1,50", "1,50"},     // not thousands: left for validation to reject
		{KindMoney, "1,5000", "1,5000"}, // likewise
		{KindMoney, "-$5", "-5"},
		{KindMoney, "$-5", "-5"},
		{KindPercent, "20%", "20"},
		{KindPercent, "29.65 %", "29.65"},
		{KindCount, " 40 ", "40"},
		{KindBool, "Yes", "true"},
		{KindBool, "n", "false"},
		{KindEnum, "Physical therapy", "physical_therapy"},
		{KindEnum, "Workers-comp", "workers_comp"},
		{KindText, "  Knee  ", "Knee"},
	} {
		if got := NormalizeTyped(tc.kind, tc.text); got != tc.want {
			t.Errorf("NormalizeTyped(%v, %q) = %q, want %q", tc.kind, tc.text, got, tc.want)
		}
	}
}

// conformanceFiles lists the conformance scenarios the lead copies to
// testdata/conformance at the repository root.
func conformanceFiles(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "conformance", "c[0-9][0-9].json"))
	return files
}

func TestConformanceScenariosParse(t *testing.T) {
	files := conformanceFiles(t)
	if len(files) == 0 {
		t.Fatal("no ../testdata/conformance/cNN.json: the conformance cases are part of the repository")
	}
	if len(files) != 24 {
		t.Errorf("%d conformance files, want 24", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := Parse(f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		// the expected figures carry each option's visits and minutes: a
		// check of the defaults (visits = care.visits, minutes 30/60/60)
		exp, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".expected.json")
		if err != nil {
			continue
		}
		got := [][2]int{
			{s.Care.Visits, s.Care.InNetwork.Minutes},
			{s.Care.OutOfNetwork.Visits, s.Care.OutOfNetwork.Minutes},
			{s.Care.Concierge.Visits, s.Care.Concierge.Minutes},
		}
		for i, want := range expectedVisitsMinutes(t, exp) {
			if got[i] != want {
				t.Errorf("%s option %d: visits, minutes = %v, want %v", f, i, got[i], want)
			}
		}
	}
}

func expectedVisitsMinutes(t *testing.T, data []byte) [][2]int {
	t.Helper()
	var exp struct {
		Options []struct{ Visits, Minutes int }
	}
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatal(err)
	}
	out := make([][2]int, len(exp.Options))
	for i, o := range exp.Options {
		out[i] = [2]int{o.Visits, o.Minutes}
	}
	return out
}

// changeCase is a scenario changed in a few fields, and the one error it
// must give (path "" for none).
type changeCase struct {
	name    string
	changes map[string]string
	path    string // of the error; "" for none
	err     string // part of the problem
}

func checkChanges(t *testing.T, cases []changeCase) {
	t.Helper()
	for _, tc := range cases {
		_, _, err := parseFields(t, scenarioWith(tc.changes))
		if tc.path == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		t.Run(tc.name, func(t *testing.T) { expectOneError(t, err, tc.path, tc.err) })
	}
}

// A number typed as only its symbol is not a number, not an empty answer.
func TestValidateFieldLoneSymbol(t *testing.T) {
	for path, text := range map[string]string{
		"plan.in_network.deductible":  "$",
		"plan.in_network.coinsurance": "%",
		"care.visits":                 " - ",
	} {
		err := ValidateField(path, text)
		if err == nil || !strings.Contains(err.Error(), "is not a number") {
			t.Errorf("%s %q: %v", path, text, err)
		}
	}
	if err := ValidateField("plan.in_network.oop_max", " "); err != nil {
		t.Errorf("blank is an empty answer: %v", err)
	}
}
