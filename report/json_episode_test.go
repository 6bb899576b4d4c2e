package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

func decodeJSON(t *testing.T, c *Comparison) map[string]any {
	t.Helper()
	var out bytes.Buffer
	if err := JSON(&out, c); err != nil {
		t.Fatal(err)
	}
	return decodeNumbers(t, out.Bytes())
}

// num is a JSON number as its text.
func num(v any) string {
	if n, ok := v.(json.Number); ok {
		return n.String()
	}
	return "<not a number>"
}

// A dated episode across the reset: resetScenario (episode_test.go),
// docs/cost-rules.md's reset example (in network $100 = allowed,
// deductible $200, 20 %, from 24 December 2026 twice a week: Dec 24, 27,
// 31, Jan 3), and out of network $150 cash, $100 recognised, 40 %, money
// back after 30 days.
func TestJSONDatedEpisode(t *testing.T) {
	s := resetScenario()
	v := decodeJSON(t, Compare(s, nil, time.Time{}))
	if _, ok := v["range"]; ok {
		t.Error("no range in the scenario, yet a range in the JSON")
	}
	in := v["options"].([]any)[0].(map[string]any)
	// Plan year 1: visits 1–3, out of pocket 100 + 100 + 20 = 220; plan year
	// 2: visit 4, 100. Reset at visit 4. Months: December 2026 out 220,
	// January 2027 out 100; nothing back, so the peak is all of it, $320 on
	// 3 January.
	years := in["plan_years"].([]any)
	y1, y2 := years[0].(map[string]any), years[1].(map[string]any)
	if num(in["reset_at_visit"]) != "4" || len(years) != 2 || num(y1["out_of_pocket"]) != "220" || num(y2["out_of_pocket"]) != "100" ||
		y1["starts_on"] != "2026-01-01" || y2["starts_on"] != "2027-01-01" || num(y2["first_visit"]) != "4" ||
		num(y1["deductible_met_at_visit"]) != "2" || y2["deductible_met_at_visit"] != nil {
		t.Errorf("reset %v, plan years %v", in["reset_at_visit"], years)
	}
	months := in["months"].([]any)
	m1, m2 := months[0].(map[string]any), months[1].(map[string]any)
	if len(months) != 2 || m1["month"] != "2026-12" || num(m1["money_out"]) != "220" || m2["month"] != "2027-01" ||
		num(m2["money_out"]) != "100" || num(m2["money_back"]) != "0" {
		t.Errorf("months %v", months)
	}
	if num(in["peak_cash_outstanding"]) != "320" || in["peak_cash_on"] != "2027-01-03" {
		t.Errorf("peak %v on %v", in["peak_cash_outstanding"], in["peak_cash_on"])
	}
	l4 := in["ledger"].([]any)[3].(map[string]any)
	if l4["date"] != "2027-01-03" || num(l4["plan_year"]) != "2" || l4["note"] != "new plan year, deductible" ||
		l4["money_back"] != nil || l4["money_back_on"] != nil || l4["visit_type"] != nil {
		t.Errorf("visit 4: %v", l4)
	}
	// Out of network: $60 back 30 days after visit 1 (24 December → 23 January).
	oon := v["options"].([]any)[1].(map[string]any)
	l1 := oon["ledger"].([]any)[0].(map[string]any)
	if num(l1["money_back"]) != "60" || l1["money_back_on"] != "2027-01-23" || num(l1["plan_year"]) != "1" {
		t.Errorf("out of network visit 1: %v", l1)
	}
}

// A range: calc's example (fewest 2, likely 3, most 5).
func TestJSONRange(t *testing.T) {
	s := noneScenario()
	s.Plan = calc.Plan{Type: calc.PPO, InNetwork: calc.CostSharing{Deductible: 25000, DeductibleApplies: true, OOPMax: calc.Cap[calc.Cents](500000)}}
	s.Care.Visits = 4
	s.Care.InNetwork = calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30}
	s.Care.OutOfNetwork = calc.CashCare{CashRate: 6000, Minutes: 60, Visits: 4, ReimbursementDays: 30}
	s.Care.Concierge = calc.ConciergeCare{Fee: 9000, Minutes: 60, Visits: 2}
	s.Care.Range = calc.VisitRange{Fewest: 2, Likely: 3, Most: 5}
	r := decodeJSON(t, Compare(s, nil, time.Time{}))["range"].(map[string]any)
	options := r["options"].([]any)
	in, conc := options[0].(map[string]any), options[2].(map[string]any)
	changes := r["cheapest_changes"].([]any)
	// W = 15; in network cheapest at 5 only (weight 2): 13.33 %; concierge at 2
	// and 4 (3 + 4): 46.67 %, its counts 1, 2, 3 for 2, 3, 5 visits.
	if num(r["total_weight"]) != "15" || num(in["cheapest_weight"]) != "2" || num(in["probability_cheapest"]) != "13.33" ||
		num(conc["probability_cheapest"]) != "46.67" || num(conc["at_fewest"].(map[string]any)["visits"]) != "1" ||
		num(conc["at_most"].(map[string]any)["net_cost"]) != "270" || num(in["p10"]) != "200" || num(in["p90"]) != "250" ||
		len(changes) != 3 || num(changes[0].(map[string]any)["visits"]) != "3" || changes[2].(map[string]any)["to"] != "in_network" {
		t.Errorf("range %v", r)
	}
}

// A scenario without the new fields prints none of them: every conformance
// case and example (their figures are checked to the cent by
// TestConformance; the byte-for-byte output was compared before and after
// issue 12).
func TestJSONWithoutEpisodeFieldsHasNoneOfTheirKeys(t *testing.T) {
	files, _ := filepath.Glob("../testdata/conformance/c[0-9][0-9].json")
	examples, _ := filepath.Glob("../examples/*.yaml")
	// the examples of issue 12 show its fields on purpose
	episode := map[string]bool{"december-reset.yaml": true, "evaluation-priced.yaml": true, "ranged-six-to-twelve-weeks.yaml": true}
	for _, file := range append(files, examples...) {
		if episode[filepath.Base(file)] {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, warnings, err := plans.Parse(file, data)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		r := calc.Estimate(s)
		var out bytes.Buffer
		if err := JSON(&out, &Comparison{Scenario: s, Result: &r, Warnings: warnings}); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"range", "reset_at_visit", "plan_years", "months", "peak_cash", "visit_type", `"date"`, "plan_year", "money_back"} {
			if strings.Contains(out.String(), key) {
				t.Errorf("%s: the JSON has %s", file, key)
			}
		}
	}
}
