package tui

import (
	"strings"
	"testing"
)

// The dashboard's words under the chart say what is true of an HMO whose
// copays skip the deductible: "therapy skips the deductible", not "not met
// by its last visit", which reads as a deductible still owed.
//
// By hand: deductible_applies false, so no visit's ded_part is charged
// (docs/cost-rules.md, option 1, step 1) and the $500.00 stays whole after
// 24 visits at a $40.00 copay; a PPO's $5,000.00 deductible that applies
// is not met by 24 × $100.00 = $2,400.00 and keeps "not met".
func TestDashboardSaysTherapySkipsTheDeductible(t *testing.T) {
	const hmo = `version: 1
name: HMO copays
year: 2027
plan:
  type: hmo
  coverage: self
  in_network: { deductible: 500, deductible_applies: false, copay: 40, oop_max: 5000 }
  visit_limit: 30
care:
  visits: 24
  in_network: { charge: 150, allowed: 100 }
  out_of_network: { cash_rate: 175 }
  concierge: { fee: 225, visits: 18 }
`
	m, _ := opened(t, "hmo.yaml", hmo, 100, 40)
	body := flat(bodyText(m))
	if !strings.Contains(body, "In-network clinic: therapy skips the deductible") || strings.Contains(body, "not met by its last visit") {
		t.Errorf("the dashboard's deductible words on an HMO whose copays skip it:\n%s", body)
	}

	ppo := strings.NewReplacer("hmo", "ppo", "deductible_applies: false, copay: 40", "deductible_applies: true, coinsurance: 20",
		"deductible: 500", "deductible: 5000", "oop_max: 5000", "oop_max: 8000").Replace(hmo)
	m, _ = opened(t, "ppo.yaml", ppo, 100, 40)
	if body := flat(bodyText(m)); !strings.Contains(body, "In-network clinic: deductible not met by its last visit") {
		t.Errorf("a $5,000.00 deductible that applies, unmet by 24 × $100.00:\n%s", body)
	}
}

// Across the reset, plan year by plan year: 2026's HMO copays skip its
// deductible; 2027's renewed PPO applies its $1,750.00, which visits 9–24,
// 16 × $100.00 = $1,600.00, do not meet (visits twice a week from Monday 7
// December 2026: 8 in 2026, docs/cost-rules.md the weekly pattern).
func TestDashboardSaysTherapySkipsTheDeductiblePerPlanYear(t *testing.T) {
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
	m, _ := opened(t, "renewed.yaml", text, 100, 40)
	want := "In-network clinic: therapy skips the deductible; a new plan year from visit 9 (its deductible not met by the last visit)."
	if body := flat(bodyText(m)); !strings.Contains(body, want) {
		t.Errorf("the dashboard lacks %q:\n%s", want, body)
	}
}
