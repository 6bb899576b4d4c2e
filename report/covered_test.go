package report

import (
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// The out-of-network option's words when the plan covers visits and pays
// nothing, worked by hand: allowed $100 a visit, cash $150, 24 visits.
func TestPlanPaysNothingWords(t *testing.T) {
	const head = "version: 1\nname: x\nplan:\n  type: ppo\n  in_network: { deductible: 500, coinsurance: 20, oop_max: 6000 }\n"
	const care = "care:\n  visits: 24\n  in_network: { charge: 100, allowed: 100 }\n  out_of_network: { cash_rate: 150 }\n  concierge: { fee: 200 }\n"
	tests := []struct {
		name, plan, want, short string
	}{
		// 24 × $100 = $2,400 never reaches the $3,000 deductible
		{"all to the deductible", "  out_of_network: { covered: true, deductible: 3000, coinsurance: 40, allowed: 100 }\n",
			"Covered, but all 24 went to the deductible: the plan pays $0.00", "Plan pays $0: deductible"},
		// visits 21–24 past the 20-visit limit; 20 × $100 = $2,000 < $3,000
		{"past the visit limit", "  out_of_network: { covered: true, deductible: 3000, coinsurance: 40, allowed: 100 }\n  visit_limit: 20\n",
			"20 of 24 covered, but all 20 went to the deductible: the plan pays $0.00", ""},
		// no deductible, a $100 copay on a $100 allowed amount: the share is
		// min($100, $100), the plan pays $0 and nothing went to a deductible
		{"the copay takes it all", "  out_of_network: { covered: true, deductible: 0, copay: 100, allowed: 100 }\n",
			"Covered 24 of 24, but the plan pays $0.00", "Covered, plan pays $0"},
		// a $500 deductible is met at visit 5 and the plan pays 60 % × $100
		// = $60 from visit 6: no words, the card's count stands
		{"the plan pays", "  out_of_network: { covered: true, deductible: 500, coinsurance: 40, allowed: 100 }\n", "", ""},
		// no out-of-network benefits: no claims, said elsewhere
		{"no claims", "  out_of_network: { covered: false }\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, err := plans.Parse("x.yaml", []byte(head+tt.plan+care))
			if err != nil {
				t.Fatal(err)
			}
			r := calc.Estimate(s)
			got, short := PlanPaysNothingWords(r.Option(calc.OutOfNetworkCash))
			if got != tt.want || short != tt.short {
				t.Errorf("%q, %q, want %q, %q", got, short, tt.want, tt.short)
			}
		})
	}
}
