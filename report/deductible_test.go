package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// hmoSkipping is an HMO whose $500.00 in-network deductible therapy skips
// (deductible_applies false): a $40.00 copay on an allowed $100.00, 24
// visits inside a 30-visit limit.
func hmoSkipping() calc.Scenario {
	s := plans.Preset(calc.HMO)
	s.Plan.InNetwork.Deductible, s.Plan.InNetwork.DeductibleMet = 50000, 0
	s.Plan.InNetwork.DeductibleApplies = false
	s.Plan.InNetwork.Copay, s.Plan.InNetwork.Coinsurance = 4000, 0
	s.Plan.VisitLimit, s.Plan.VisitsUsed = calc.Cap(30), 0
	s.Care.Visits = 24
	s.Care.InNetwork.Charge, s.Care.InNetwork.Allowed, s.Care.InNetwork.SelfPay = 15000, 10000, 15000
	return s
}

// A deductible therapy skips is never met because it is never charged:
// the in-network column says "does not apply", not "never" (which reads as
// a deductible still owed), in the table and the handout; the JSON's
// deductible_met_at_visit stays null, its documented meaning.
//
// By hand: each visit's ded_part is 0 (deductible_applies false), so the
// patient pays min($40.00, $100.00) = $40.00 a visit and the $500.00 stays
// unmet after all 24 visits. The same plan with the deductible applying
// meets it at visit 5 ($100.00 × 5 = $500.00); with a $5,000.00 one it is
// never met ($100.00 × 24 = $2,400.00 < $5,000.00): those keep their words.
func TestDeductibleSkippedSaysDoesNotApply(t *testing.T) {
	s := hmoSkipping()
	row := func(cell string) *regexp.Regexp {
		return regexp.MustCompile(`(?m)^Deductible met +` + cell + ` +no claims +no claims$`)
	}
	if out := tableOf(t, s); !row("does not apply").MatchString(out) {
		t.Errorf("no \"Deductible met: does not apply\" in network:\n%s", out)
	}
	if md := markdownOf(t, s); !regexp.MustCompile(`(?m)^\| Deductible met \| does not apply \|`).MatchString(md) ||
		strings.Contains(md, "| Deductible met | never |") {
		t.Errorf("the handout's deductible row:\n%s", md)
	}
	var js bytes.Buffer
	if err := JSON(&js, Compare(s, nil, time.Time{})); err != nil {
		t.Fatal(err)
	}
	// the in-network option's own: the other two file no claims, so theirs
	// are null whatever the in-network one says
	var got struct {
		Options []struct {
			ID                   string          `json:"id"`
			DeductibleMetAtVisit json.RawMessage `json:"deductible_met_at_visit"`
		} `json:"options"`
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Options) == 0 || got.Options[0].ID != string(calc.InNetworkClinic) || string(got.Options[0].DeductibleMetAtVisit) != "null" {
		t.Errorf("the JSON's in-network deductible_met_at_visit is no longer null:\n%s", js.String())
	}

	applies := hmoSkipping()
	applies.Plan.InNetwork.DeductibleApplies = true
	if out := tableOf(t, applies); !row("visit 5").MatchString(out) {
		t.Errorf("a deductible that applies, met at visit 5:\n%s", out)
	}
	applies.Plan.InNetwork.Deductible = 500000
	applies.Plan.InNetwork.OOPMax = calc.Cap(calc.Cents(600000))
	if out := tableOf(t, applies); !row("never").MatchString(out) {
		t.Errorf("a $5,000.00 deductible that applies, never met by 24 visits of $100.00:\n%s", out)
	}
}

// Across the plan-year reset each plan year's row says it of its own plan:
// an HMO whose copays skip its $500.00 deductible in 2026, renewed as a
// PPO whose $1,750.00 deductible applies in 2027.
//
// By hand: from Monday 7 December 2026 twice a week, visits 1–8 fall in
// 2026 (Dec 7, 10, 14, 17, 21, 24, 28, 31) and 9–24 in 2027. 2026: the
// deductible is skipped, "does not apply". 2027: 16 × $100.00 = $1,600.00 <
// $1,750.00, "never" met. The option's own row, whose marker is the first
// time in any plan year, keeps "never": 2027's deductible applies and is
// not met.
func TestDeductibleSkippedPerPlanYear(t *testing.T) {
	const text = `version: 1
name: HMO renewed as a PPO
year: 2026
plan:
  type: hmo
  coverage: self
  in_network: { deductible: 500, deductible_applies: false, copay: 40, oop_max: 5000 }
care:
  visits: 24
  start_date: 2026-12-07
  in_network: { charge: 150, allowed: 100, visits_per_week: 2 }
  out_of_network: { cash_rate: 175 }
  concierge: { fee: 225, visits: 12 }
next_year:
  type: ppo
  in_network: { deductible: 1750, deductible_applies: true, copay: 0, coinsurance: 20, oop_max: 6500 }
`
	s, _, err := plans.Parse("renewed.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out := tableOf(t, s)
	for _, want := range []string{
		`(?m)^Deductible met 2026 +does not apply +no claims +no claims$`,
		`(?m)^Deductible met 2027 +never +no claims +no claims$`,
		`(?m)^Deductible met +never +no claims +no claims$`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("no row %s in\n%s", want, out)
		}
	}
}
