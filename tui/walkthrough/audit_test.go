package walkthrough

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// A PPO's maximum emptied: the placeholder never offered it, and the error
// says the rule in words, not code names, and does not offer it either.
func TestPPOMaximumMayNotBeEmpty(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("plan.in_network.oop_max")
	d.typeText("")
	d.wantNoView(t, "empty: no maximum", "leave it empty")
	d.press("enter")
	if k := d.focusedKey(); k != "plan.in_network.oop_max" {
		t.Fatalf("a PPO without a maximum was accepted: focus on %q", k)
	}
	want := "A PPO must have an out-of-pocket maximum (only Original Medicare, workers' compensation, PIP and no plan may have none)"
	if !strings.Contains(d.m.Problem(), want) {
		t.Errorf("error %q, want it to say %q", d.m.Problem(), want)
	}
	for _, bad := range []string{"ppo", "workers_comp", "auto_pip", "leave it empty", "no maximum"} {
		if strings.Contains(d.m.Problem(), bad) {
			t.Errorf("error %q says %q", d.m.Problem(), bad)
		}
	}
	// an HDHP the same, with its own name and article
	d = newDriver(t, interview.Options{Scenario: plans.Preset(calc.HDHP)})
	d.enterUntil("plan.in_network.oop_max")
	d.typeText("")
	d.press("enter")
	if !strings.Contains(d.m.Problem(), "A high-deductible plan (HDHP) must have an out-of-pocket maximum") {
		t.Errorf("HDHP error %q", d.m.Problem())
	}
}

// An HMO (or EPO) said to pay out of network: its preset has no
// out-of-network figures (all 0, deductible not applying), which would make
// out of network look fully covered. The untouched figures become the
// typical ones of a POS plan (plans.Preset(calc.POS)): a $2,500
// deductible that therapy counts against, 40 % coinsurance, a $12,000
// maximum, nothing met or spent, deductibles not shared; the allowed amount
// is the Medicare-based suggestion, $148.21 (TestSuggestedAllowed).
func TestOutOfNetworkTurnedOnGetsTypicalFigures(t *testing.T) {
	want := calc.OutOfNetworkBenefits{
		Covered: true,
		CostSharing: calc.CostSharing{
			Deductible: 250000, DeductibleApplies: true, Coinsurance: 4000,
			OOPMax: calc.Limit[calc.Cents]{Value: 1200000, Set: true},
		},
		Allowed: 14821,
	}
	for _, pt := range []calc.PlanType{calc.HMO, calc.EPO, calc.MedicareAdvantage} {
		t.Run(string(pt), func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(pt)})
			d.enterUntil("plan.out_of_network.covered")
			d.press("up", "enter") // yes, it pays part
			d.wantView(t, "$ 2500")
			for d.step() == interview.StepOutOfNetwork {
				d.press("enter")
			}
			if got := mustScenario(t, d.m.Answers()).Plan.OutOfNetwork; got != want {
				t.Errorf("out of network\n got %+v\nwant %+v", got, want)
			}
		})
	}
	// a figure typed stays; a PPO's own figures are not replaced
	a := interview.NewAnswers(plans.Preset(calc.HMO))
	a.Set("plan.out_of_network.allowed", "100")
	a.Set("plan.out_of_network.coinsurance", "30")
	a.Set("plan.out_of_network.covered", "true")
	s := mustScenario(t, a)
	if s.Plan.OutOfNetwork.Coinsurance != 3000 || s.Plan.OutOfNetwork.Deductible != 250000 {
		t.Errorf("typed coinsurance %v (want 30 %%), deductible %v (want $2,500)", s.Plan.OutOfNetwork.Coinsurance, s.Plan.OutOfNetwork.Deductible)
	}
	a = interview.NewAnswers(plans.Preset(calc.PPO))
	a.Set("plan.out_of_network.covered", "false")
	a.Set("plan.out_of_network.covered", "true")
	if got := mustScenario(t, a).Plan.OutOfNetwork.Deductible; got != 300000 {
		t.Errorf("a PPO's out-of-network deductible became %v, want its own $3,000", got)
	}
	// the plan type changed afterwards: the new type's preset has no figures
	// either, so the typical ones stay
	a = interview.NewAnswers(plans.Preset(calc.HMO))
	a.Set("plan.out_of_network.allowed", "100")
	a.Set("plan.out_of_network.covered", "true")
	a.Set("plan.type", "epo")
	if got := mustScenario(t, a).Plan.OutOfNetwork; got.Deductible != 250000 || got.Coinsurance != 4000 {
		t.Errorf("after HMO → EPO: %+v, want the typical figures", got)
	}
}

// An HSA or FSA chosen on a plan whose preset has no account: the balance
// and the tax rate are not left empty ($0 and 0 %, no tax saved) but get
// typical figures, and the bracket offered first is the one they match.
// HSA: the HDHP preset's, $1,500 at 29.65 % (22 % income tax + 7.65 %
// payroll tax). FSA: a $1,500 election at the same 29.65 % (an FSA is
// funded through payroll, so payroll tax is saved too).
func TestAccountChosenGetsTypicalFigures(t *testing.T) {
	cases := []struct {
		downs int
		want  calc.Account
	}{
		{1, calc.Account{Kind: calc.HSA, Balance: 150000, TaxRate: 2965}},
		{2, calc.Account{Kind: calc.FSA, Balance: 150000, TaxRate: 2965}},
	}
	for _, c := range cases {
		t.Run(string(c.want.Kind), func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
			d.enterUntil("account.kind")
			for range c.downs {
				d.press("down")
			}
			d.press("enter")
			if k := d.focusedKey(); k != "account.balance" {
				t.Fatalf("after the kind: %q", k)
			}
			d.wantView(t, "$ 1500", "> 29.65 %: 22 % income tax")
			d.press("enter", "enter")
			if c.want.Kind == calc.HSA { // an HSA also asks the employer's contribution, none by default
				if k := d.focusedKey(); k != "account.employer_contribution" {
					t.Fatalf("after the HSA's tax rate: %q", k)
				}
				d.press("enter")
			}
			if d.step() != interview.StepSupplemental {
				t.Fatalf("Enter through the account went to %v %q", d.step(), d.focusedKey())
			}
			if got := mustScenario(t, d.m.Answers()).Account; got != c.want {
				t.Errorf("account %+v, want %+v", got, c.want)
			}
		})
	}
	// a balance typed first is kept
	a := interview.NewAnswers(plans.Preset(calc.PPO))
	a.Set("account.balance", "800")
	a.Set("account.kind", "fsa")
	if got := mustScenario(t, a).Account; got != (calc.Account{Kind: calc.FSA, Balance: 80000, TaxRate: 2965}) {
		t.Errorf("account %+v, want the typed $800 at 29.65 %%", got)
	}
}

// The text typed is quoted as typed, never capitalised: "abc", not "Abc".
func TestErrorKeepsTheTextAsTyped(t *testing.T) {
	cases := []struct{ key, typed, want string }{
		{"plan.in_network.deductible", "abc", "The answer abc is not a number"},
		{"plan.in_network.coinsurance", "twenty", "The answer twenty is not a number"},
		{"care.visits", "", "The answer is required"},
	}
	for _, c := range cases {
		d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
		d.enterUntil(c.key)
		d.typeText(c.typed)
		d.press("enter")
		if !strings.HasPrefix(d.m.Problem(), c.want) {
			t.Errorf("%s = %q: error %q, want it to start %q", c.key, c.typed, d.m.Problem(), c.want)
		}
	}
}

// The concierge's superbill matters only when the plan pays out of network
// (docs/cost-rules.md: without out-of-network benefits no claim is filed): with
// no plan, or an HMO that pays nothing there, it is not asked, not
// reviewed, and the out-of-network therapist's note does not promise money
// back.
func TestConciergeSuperbillOnlyWithOutOfNetworkBenefits(t *testing.T) {
	cases := []struct {
		pt    calc.PlanType
		asked bool
	}{
		{calc.NoPlan, false},
		{calc.HMO, false},
		{calc.PPO, true},
	}
	for _, c := range cases {
		t.Run(string(c.pt), func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(c.pt)})
			d.enterUntil("care.out_of_network.cash_rate")
			if promises := strings.Contains(d.view(), "pays its share back"); promises != c.asked {
				t.Errorf("the note promises money back: %v, want %v\n%s", promises, c.asked, d.view())
			}
			d.enterUntil("care.concierge.travel_fee")
			d.press("enter")
			want := "care.concierge.minutes"
			if c.asked {
				want = "care.concierge.superbill"
			}
			if k := d.focusedKey(); k != want {
				t.Errorf("after the travel fee: %q, want %q", k, want)
			}
			d.enterToReview()
			if shown := strings.Contains(d.wholeView(), "superbill"); shown != c.asked {
				t.Errorf("the review shows the superbill: %v, want %v", shown, c.asked)
			}
		})
	}
}

// The review reads naturally: "no maximum", not "maximum no maximum"; an
// empty answer without a meaning of its own shows the field's default
// ("$0.00", "no"), not "(empty)".
func TestReviewReadsNaturally(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.Medicare)}) // no maximum, no limit
	d.enterUntil(interview.KeySupplementalChoice)
	for range 10 { // down to "Another: a secondary plan"
		if d.answer(interview.KeySupplementalChoice) == string(calc.Secondary) {
			break
		}
		d.press("down")
	}
	d.press("enter") // a secondary policy with nothing filled in
	d.enterToReview()
	review := d.wholeView()
	for _, bad := range []string{"maximum no maximum", "limit no limit", "(empty)"} {
		if strings.Contains(review, bad) {
			t.Errorf("the review says %q:\n%s", bad, review)
		}
	}
	for _, good := range []string{"The out-of-pocket maximum: no maximum", "no limit", "deductible $0.00"} {
		if !strings.Contains(review, good) {
			t.Errorf("the review lacks %q:\n%s", good, review)
		}
	}
}

// A lone "$" (or "%") is not an empty answer: it is not a number.
func TestLoneSymbolIsNotANumber(t *testing.T) {
	cases := []struct{ key, typed string }{
		{"plan.in_network.deductible", "$"},
		{"plan.in_network.deductible", " $ "},
		{"plan.in_network.coinsurance", "%"},
	}
	for _, c := range cases {
		d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
		d.enterUntil(c.key)
		d.typeText(c.typed)
		d.press("enter")
		if k := d.focusedKey(); k != c.key {
			t.Errorf("%q was accepted for %s (as empty)", c.typed, c.key)
			continue
		}
		want := "The answer " + strings.TrimSpace(c.typed) + " is not a number"
		if !strings.HasPrefix(d.m.Problem(), want) {
			t.Errorf("%q: error %q, want %q", c.typed, d.m.Problem(), want)
		}
		if _, _, errs := d.m.Answers().Scenario(); len(errs) == 0 {
			t.Errorf("%q: the answers make a scenario", c.typed)
		}
	}
}

// A walk-through started afresh while an unfinished draft is on disk says
// that going on replaces it, until this walk-through's first save; resuming
// the draft says nothing.
func TestSaysItReplacesAnUnfinishedDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	old := interview.Draft{Step: interview.StepCare, Answers: map[string]string{"name": "Old"}, Saved: time.Date(2026, 3, 2, 15, 4, 0, 0, time.Local)}
	if err := interview.SaveDraft(path, old); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	d.wantView(t, "replaces your unfinished draft of 2 Mar 15:04")
	checkFits(t, d, 80, 22)
	d.enterUntil("plan.in_network.deductible") // the plan step is done: saved
	d.wantNoView(t, "unfinished draft")

	dr, err := interview.LoadDraft(path)
	if err != nil || dr == nil {
		t.Fatalf("draft: %v %v", dr, err)
	}
	r := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Draft: dr, DraftPath: path})
	r.wantNoView(t, "unfinished draft")

	n := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)}) // no draft on disk
	n.wantNoView(t, "unfinished draft")

	// ctrl+c before anything is answered leaves the earlier draft as it was
	if err := interview.SaveDraft(path, old); err != nil {
		t.Fatal(err)
	}
	c := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	c.press("ctrl+c")
	if len(c.out) == 0 {
		t.Fatal("ctrl+c did not interrupt")
	}
	if dr, err := interview.LoadDraft(path); err != nil || dr == nil || dr.Step != interview.StepCare || dr.Answers["name"] != "Old" {
		t.Errorf("after ctrl+c the draft is %+v (%v), want the earlier one", dr, err)
	}
}
