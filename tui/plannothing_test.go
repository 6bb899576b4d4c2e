package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// allToDeductibleYAML: out of network the plan covers every visit but pays
// nothing on any of them.
//
//	in network: allowed $100; visits 1–15 pay $100 each to the $1,500
//	  deductible (met at 15), visits 16–24 20 % = $20 (plan $80): the plan
//	  pays 9 × $80 = $720, covered 24 of 24.
//	out of network: $100 recognised; 24 × $100 = $2,400 never reaches the
//	  $3,000 deductible, so each visit's whole $100 goes to it: the plan
//	  pays $0.00 though it covers all 24 visits.
//	concierge: no superbill, files no claims.
const allToDeductibleYAML = `version: 1
name: All to the deductible
plan:
  type: ppo
  in_network: { deductible: 1500, coinsurance: 20, oop_max: 6000 }
  out_of_network: { covered: true, deductible: 3000, coinsurance: 40, oop_max: 12000, allowed: 100 }
care:
  visits: 24
  in_network: { charge: 150, allowed: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 200, superbill: false }
`

// "Covered 24 of 24 (0 not)" over a plan that pays $0 read as the plan
// paying: the card says where the money went, as a patient would.
func TestCardSaysThePlanPaysNothing(t *testing.T) {
	m, _ := opened(t, "deductible.yaml", allToDeductibleYAML, 80, 24)
	view := plain(m)
	// at 80 columns a card is about 24 cells inside: the words would take
	// three lines and push the chart below the fold, so the card says it
	// on the one line the count took
	if !strings.Contains(view, "Plan pays $0: deductible") || strings.Count(view, "24 of 24 (0 not)") != 1 {
		t.Errorf("the view, want the out-of-network card to say the plan pays $0 and only the in-network one 24 of 24:\n%s", view)
	}
	// a card 80 cells inside has room for the words
	cards := strings.Split(cardsText(m), " | ")
	for i, want := range []string{
		"covered 24 of 24 (0 not)",
		"Plan pays $0: deductible",
		"Files no claims",
	} {
		if !strings.Contains(cards[i], want) {
			t.Errorf("card %d lacks %q: %s", i, want, cards[i])
		}
	}
	wide := ansi.Strip(strings.Join(dashOf(m).cardContent(1, 80, true, true, false), "\n"))
	if !strings.Contains(wide, "Covered, but all 24 went to the deductible: the plan pays $0.00") {
		t.Errorf("a wide card, want the words whole:\n%s", wide)
	}
}
