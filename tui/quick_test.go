package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// A patient with a PPO and an HSA reaches a comparison of their own
// numbers in under 40 keys (issue 10, item 6), on the short route a new
// estimate takes. Every key pressed is counted, from the start screen.
func TestQuickRouteKeyCount(t *testing.T) {
	m := sized(t, Options{}, 100, 30)
	m, _ = run(t, m, m.Init()())
	keys := 0
	press1 := func(ks ...string) {
		t.Helper()
		keys += len(ks)
		m = press(t, m, ks...)
	}
	typed := func(text string) { // typed over the typical answer, then Enter
		t.Helper()
		for _, r := range text {
			press1(string(r))
		}
		press1("enter")
	}
	press1("down", "enter")           // Start a new estimate
	press1("enter")                   // PPO (the first answer offered)
	typed("2000")                     // deductible
	typed("500")                      // met so far
	press1("enter")                   // no copay
	typed("30")                       // coinsurance
	typed("5000")                     // out-of-pocket maximum
	press1("enter")                   // a 30-visit limit (the typical one is right)
	typed("4")                        // visits used
	typed("20")                       // visits needed
	press1("enter", "enter", "enter") // the prices: not known, kept typical
	press1("down", "enter")           // an HSA
	typed("1200")                     // its balance
	if m.state != stateWizard || !strings.Contains(plain(m), "Review your answers") {
		t.Fatalf("after %d keys, not on the review:\n%s", keys, plain(m))
	}
	press1("enter") // Show the comparison
	if m.state != stateDashboard {
		t.Fatalf("after %d keys, no comparison:\n%s", keys, plain(m))
	}
	if keys >= 40 {
		t.Errorf("%d keys to a comparison, want under 40", keys)
	}
	s := m.dash.scenario
	if s.Plan.Type != calc.PPO || s.Plan.InNetwork.Deductible != 200000 || s.Plan.InNetwork.DeductibleMet != 50000 ||
		s.Plan.InNetwork.Coinsurance != 3000 || s.Plan.InNetwork.OOPMax != calc.Cap(calc.Cents(500000)) ||
		s.Plan.VisitsUsed != 4 || s.Care.Visits != 20 || s.Account.Kind != calc.HSA || s.Account.Balance != 120000 {
		t.Fatalf("not the patient's numbers: %+v", s)
	}
	// By hand, in network: $1,500 of the deductible left, paid by visits
	// 1–15 at the typical $100 rate; visits 16–20 pay 30 % × $100 = $30:
	// $1,650 out of pocket (the $5,000 maximum is not reached, and 4 + 20
	// visits are inside the 30-visit limit). The HSA pays $1,200 of it,
	// saving 29.65 % (the typical rate): $355.80. Net 1,650 − 355.80 =
	// $1,294.20.
	if got := m.dash.result.Options[0].NetCost; got != 129420 {
		t.Errorf("in-network net cost %v, want $1,294.20", got)
	}
	// what the patient did not give is said to be assumed: the in-network
	// rate, the tax rate; what they typed is not
	for _, p := range []string{"care.in_network.allowed", "account.tax_rate", "care.concierge.visits"} {
		if !slices.Contains(m.dash.assumed, p) {
			t.Errorf("%s is not marked assumed: %v", p, m.dash.assumed)
		}
	}
	for _, p := range []string{"plan.in_network.deductible", "account.balance", "care.visits"} {
		if slices.Contains(m.dash.assumed, p) {
			t.Errorf("%s, typed, is marked assumed", p)
		}
	}
	body := flat(bodyText(m))
	for _, want := range []string{"Assumed, not given by you:", "The in-network allowed amount, $100.00: a typical PPO rate.",
		"The tax rate, 29.65 %: 22 % income tax plus 7.65 % payroll tax, a common bracket."} {
		if !strings.Contains(body, want) {
			t.Errorf("the dashboard does not say %q:\n%s", want, body)
		}
	}
}

// The full walk-through stays one key away: a on the short route's review
// asks every question from the first step; e on the dashboard opens it at
// the selected option's step.
func TestFullWalkThroughOneKeyAway(t *testing.T) {
	review := func() Model { // Enter through the short route
		m := sized(t, Options{}, 100, 30)
		m, _ = run(t, m, m.Init()())
		m = press(t, m, "down", "enter")
		for range 40 {
			if strings.Contains(plain(m), "Review your answers") {
				break
			}
			m = press(t, m, "enter")
		}
		if !strings.Contains(plain(m), "Answer every question") || !strings.Contains(plain(m), "step 6 of 6") {
			t.Fatalf("the short route's review:\n%s", plain(m))
		}
		return m
	}
	full := press(t, review(), "a")
	if v := plain(full); !strings.Contains(v, "Your health plan") || !strings.Contains(v, "step 1 of 8") {
		t.Errorf("a did not open every question:\n%s", v)
	}
	dash := press(t, review(), "enter")
	if dash.state != stateDashboard {
		t.Fatalf("no comparison: %d\n%s", dash.state, plain(dash))
	}
	if e := press(t, dash, "e"); e.state != stateWizard || !strings.Contains(plain(e), "What you pay in network") {
		t.Errorf("e on the dashboard:\n%s", plain(e))
	}
}
