package report

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// medigapScenario is docs/cost-rules.md's excess-charge example: Original
// Medicare, Part B deductible $200, 20 %; a non-participating therapist
// whose visit Medicare recognises at $85.00 and who charges $97.75, the
// limiting charge (115 % × $85.00 = $97.75); Medigap G (deductible $200,
// 0 %) paying excess charges, out of network too. 4 visits.
func medigapScenario() calc.Scenario {
	ded := calc.CostSharing{Deductible: 20000, DeductibleApplies: true, Coinsurance: 2000}
	return calc.Scenario{
		Name: "Medigap G",
		Plan: calc.Plan{Type: calc.Medicare, InNetwork: ded,
			OutOfNetwork: calc.OutOfNetworkBenefits{Covered: true, Allowed: 8500, SharesDeductible: true, CostSharing: ded}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 4,
			InNetwork:    calc.ClinicCare{Charge: 10000, Allowed: 8951, SelfPay: 10000, Minutes: 45},
			OutOfNetwork: calc.CashCare{CashRate: 9775, Minutes: 45, Visits: 4, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 20000, Minutes: 60, Visits: 4}},
		Supplemental: calc.Supplemental{Kind: calc.Secondary, Deductible: 20000, CoversOutOfNetwork: true, PaysExcessCharges: true},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
}

// The handout said of every out-of-network provider "anything above that
// is balance billing, which you pay", also when a Medigap policy pays that
// excess charge (examples/medigap-g-nonparticipating.yaml: out of pocket
// $0.00 out of network, the $12.75 a visit above Medicare's $85.03 paid by
// Plan G). It now says who pays it, and up to what.
func TestMarkdownSaysWhoPaysTheExcessCharge(t *testing.T) {
	const you = "- The plan recognises $85.00 a visit; anything above that is balance billing, which you pay.\n"
	tests := []struct {
		name string
		edit func(s *calc.Scenario)
		want string
	}{
		// $97.75 is the limiting charge itself: the policy pays all of
		// the $12.75 above $85.00 (the example: out of pocket $200, the
		// deductible alone).
		{"at the limiting charge", func(*calc.Scenario) {},
			"- The plan recognises $85.00 a visit; anything above that is balance billing, which your supplemental policy pays up to the limiting charge, $97.75 (115 % of $85.00).\n"},
		// $100.00 a visit: the policy pays up to $97.75, the patient the
		// $100.00 − $97.75 = $2.25 above it.
		{"above the limiting charge", func(s *calc.Scenario) { s.Care.OutOfNetwork.CashRate = 10000 },
			"- The plan recognises $85.00 a visit; anything above that is balance billing, which your supplemental policy pays up to the limiting charge, $97.75 (115 % of $85.00); you pay the rest, $2.25 a visit.\n"},
		// A limiting charge of 110 %: 110 % × $85.00 = $93.50; an annual
		// maximum of $500 is said too, since past it the policy pays no more.
		{"its own limiting charge and an annual maximum", func(s *calc.Scenario) {
			s.Supplemental.LimitingCharge = 11000
			s.Supplemental.AnnualMax = calc.Cap[calc.Cents](50000)
		}, "- The plan recognises $85.00 a visit; anything above that is balance billing, which your supplemental policy pays up to the limiting charge, $93.50 (110 % of $85.00), within its annual maximum of $500.00; you pay the rest, $4.25 a visit.\n"},
		// Without pays_excess_charges, or when the policy does not cover
		// out-of-network visits, the patient pays it: the sentence stands.
		{"no excess charges", func(s *calc.Scenario) { s.Supplemental.PaysExcessCharges = false }, you},
		{"not out of network", func(s *calc.Scenario) { s.Supplemental.CoversOutOfNetwork = false }, you},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := medigapScenario()
			tt.edit(&s)
			md := markdownOf(t, s)
			if !strings.Contains(md, tt.want) {
				_, oon, _ := strings.Cut(md, "### Out-of-network provider")
				oon, _, _ = strings.Cut(oon, "###")
				t.Errorf("the handout lacks\n%s\nits out-of-network assumptions:%s", tt.want, oon)
			}
		})
	}
}
