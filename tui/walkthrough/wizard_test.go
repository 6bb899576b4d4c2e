package walkthrough

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// Enter after Enter through a preset reaches CompletedMsg with exactly the
// preset: the answers are the preset's fields as a file writes them, and
// plans.Resolve reads them back.
func TestEnterThroughEveryPreset(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		t.Run(string(pt), func(t *testing.T) {
			want := plans.Preset(pt)
			d := newDriver(t, interview.Options{Scenario: want})
			d.enterToReview()
			d.press("enter") // "Show the comparison" is first on the review
			got, ok := d.completed()
			if !ok {
				t.Fatalf("no CompletedMsg; screen:\n%s", d.view())
			}
			if got.Scenario != want {
				t.Errorf("scenario\n got %+v\nwant %+v", got.Scenario, want)
			}
			if got.Path != "" {
				t.Errorf("Path = %q, want none (nothing saved)", got.Path)
			}
		})
	}
}

func TestEnterThroughTheDemo(t *testing.T) {
	want := plans.DemoScenario()
	d := newDriver(t, interview.Options{Scenario: want})
	d.enterToReview()
	d.press("c")
	got, ok := d.completed()
	if !ok || got.Scenario != want {
		t.Fatalf("completed %v with\n%+v\nwant\n%+v", ok, got.Scenario, want)
	}
}

// Steps that do not apply are skipped and not counted.
func TestNoPlanSkipsThePlanSteps(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.NoPlan)})
	d.wantView(t, "step 1 of 5")
	// plan type, then the name and year (no coverage or premium without a plan)
	d.press("enter")
	if k := d.focusedKey(); k != "name" {
		t.Fatalf("after the plan type, focus is on %q, want name", k)
	}
	d.press("enter", "enter")
	if d.step() != interview.StepCare {
		t.Fatalf("after the plan step: %v, want the care", d.step())
	}
	d.wantView(t, "Your therapy", "step 2 of 5")
	// no allowed amount without a plan; the self-pay rate is asked
	d.enterUntil("care.in_network.charge")
	d.press("enter")
	if k := d.focusedKey(); k != "care.in_network.self_pay" {
		t.Errorf("after the charge, focus is on %q, want the self-pay rate", k)
	}
	// no superbill questions: nothing out of network is covered
	d.enterUntil("care.out_of_network.visits")
	d.press("enter")
	if k := d.focusedKey(); k != "care.concierge.fee" {
		t.Errorf("after the out-of-network visits, focus is on %q, want the concierge fee", k)
	}
}

// An HMO is asked only whether it pays out of network; saying yes asks the
// rest.
func TestHMOOutOfNetwork(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.HMO)})
	d.enterUntil("plan.out_of_network.covered")
	d.wantView(t, "HMO and EPO plans usually pay nothing out of network", "> No, it pays nothing")
	d.press("enter")
	if d.step() != interview.StepVisitLimit {
		t.Fatalf("after no: %v (%q), want the visit limit", d.step(), d.focusedKey())
	}

	d = newDriver(t, interview.Options{Scenario: plans.Preset(calc.HMO)})
	d.enterUntil("plan.out_of_network.covered")
	d.press("up", "enter")
	if k := d.focusedKey(); k != "plan.out_of_network.deductible" {
		t.Fatalf("after yes, focus is on %q, want the out-of-network deductible", k)
	}
	d.wantView(t, "The out-of-network deductible")
	// its allowed amount is not known (the HMO preset's 0): the suggestion
	// is offered first, and Enter keeps it ($148.21, see TestSuggestedAllowed)
	d.enterUntil(interview.KeyAllowedSource)
	d.wantView(t, "> No: use $148.21")
	d.press("enter")
	if d.step() != interview.StepVisitLimit {
		t.Fatalf("after the suggestion: %v %q", d.step(), d.focusedKey())
	}
	if got := mustScenario(t, d.m.Answers()).Plan.OutOfNetwork.Allowed; got != 14821 {
		t.Errorf("allowed %d, want 14821", got)
	}
}

// Money is typed as 1500, 1,500 or $1,500.50; what is kept is the text as
// typed and what the scenario gets is plans.Resolve's reading of it.
func TestMoneyAsTyped(t *testing.T) {
	cases := []struct {
		typed string
		want  calc.Cents
	}{
		{"1500", 150000},
		{"1,500", 150000},
		{"$1,500.50", 150050},
		{"  $2,000 ", 200000},
		{"0.29", 29}, // never through a float
	}
	for _, c := range cases {
		t.Run(c.typed, func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
			d.enterUntil("plan.in_network.deductible")
			d.typeText(c.typed)
			d.press("enter")
			if k := d.focusedKey(); k != "plan.in_network.deductible_met" {
				t.Fatalf("%q was not accepted: focus on %q\n%s", c.typed, k, d.view())
			}
			if got := d.answer("plan.in_network.deductible"); got != c.typed {
				t.Errorf("answer kept as %q, want %q as typed", got, c.typed)
			}
			if got := mustScenario(t, d.m.Answers()).Plan.InNetwork.Deductible; got != c.want {
				t.Errorf("deductible = %d, want %d", got, c.want)
			}
		})
	}
}

// A wrong answer says what is allowed, keeps what was typed, and Enter does
// not go on.
func TestValidationWhileTyping(t *testing.T) {
	cases := []struct {
		key, typed string
		says       []string
	}{
		{"plan.in_network.deductible", "1,50", []string{"1,50 is not a number", "Allowed: an amount in dollars"}},
		{"plan.in_network.oop_max", "6,000.5.0", []string{"is not a number", "(1500, 1,500 or"}},
		{"plan.in_network.deductible", "0.295", []string{"more than two decimals"}},
		{"plan.in_network.deductible", "1e3", []string{"notation carecost does not read"}},
		{"plan.in_network.coinsurance", "100.01", []string{"100.01 is above 100", "Allowed: a percentage from 0 to 100"}},
		{"plan.in_network.coinsurance", "-5", []string{"negative"}},
		{"plan.visits_used", "366", []string{"366 is above 365"}},
		{"care.visits", "", []string{"The answer is required"}},
		{"care.visits", "0", []string{"0 is below 1"}},
	}
	for _, c := range cases {
		t.Run(c.key+"="+c.typed, func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
			d.enterUntil(c.key)
			d.typeText(c.typed)
			d.wantView(t, c.says...) // while typing, before Enter
			d.press("enter")
			if k := d.focusedKey(); k != c.key {
				t.Fatalf("Enter went on to %q with %q", k, c.typed)
			}
			d.wantView(t, c.says...)
			if strings.Contains(d.m.Problem(), "plain number") || strings.Contains(d.m.Problem(), "null") {
				t.Errorf("the message speaks of files: %q", d.m.Problem())
			}
			if got := d.answer(c.key); got != c.typed {
				t.Errorf("answer = %q, want %q kept as typed", got, c.typed)
			}
		})
	}
}

// Rules between answers come from plans.Resolve: a deductible met above the
// deductible, a maximum below it, a maximum a PPO must have.
func TestValidationBetweenAnswers(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)}) // deductible 1500, maximum 6000
	d.enterUntil("plan.in_network.deductible_met")
	d.typeText("1500.01")
	d.press("enter")
	if k := d.focusedKey(); k != "plan.in_network.deductible_met" {
		t.Fatalf("1500.01 met of a 1500 deductible was accepted")
	}
	d.wantView(t, "The answer 1500.01 is above the deductible, 1500", "Allowed: an amount from 0 to")
	d.typeText("1500") // at the deductible: allowed
	d.press("enter")
	if k := d.focusedKey(); k != "plan.in_network.deductible_applies" {
		t.Fatalf("1500 met of 1500 was refused: %q\n%s", k, d.view())
	}

	d.enterUntil("plan.in_network.oop_max")
	d.typeText("1499.99")
	d.press("enter")
	d.wantView(t, "1499.99 is below the deductible, 1500")
	d.typeText("")
	d.press("enter")
	if k := d.focusedKey(); k != "plan.in_network.oop_max" {
		t.Fatalf("a PPO without a maximum was accepted")
	}
	d.wantView(t, "A PPO must have an out-of-pocket maximum")
	d.typeText("1500")
	d.press("enter")
	if k := d.focusedKey(); k != "plan.in_network.oop_spent" {
		t.Fatalf("a maximum equal to the deductible was refused\n%s", d.view())
	}
}

// Medicare may have no maximum: an empty answer is "no maximum".
func TestEmptyMaximum(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.Medicare)})
	d.enterUntil("plan.in_network.oop_max")
	d.wantView(t, "empty: no maximum")
	d.press("enter")
	if s := mustScenario(t, d.m.Answers()); s.Plan.InNetwork.OOPMax.Set {
		t.Errorf("maximum %v, want none", s.Plan.InNetwork.OOPMax)
	}
}

// esc goes back a step, shift+tab on the first question too; nothing typed
// is lost; esc on the first step leaves.
func TestBack(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("plan.in_network.deductible_met")
	d.typeText("2,5") // not valid, kept
	d.press("esc")
	if d.step() != interview.StepPlan {
		t.Fatalf("esc on the in-network step: %v", d.step())
	}
	if got := d.answer("plan.in_network.deductible_met"); got != "2,5" {
		t.Errorf("answer after going back = %q, want 2,5 as typed", got)
	}
	d.enterUntil("plan.in_network.deductible")
	d.press("tab")
	d.wantView(t, "$ 2,5")
	d.press("shift+tab") // to the deductible: a question back, same step
	if k := d.focusedKey(); k != "plan.in_network.deductible" || d.step() != interview.StepInNetwork {
		t.Fatalf("shift+tab from the second question: %v %q", d.step(), d.focusedKey())
	}
	d.press("shift+tab") // the first question: a step back
	if d.step() != interview.StepPlan {
		t.Fatalf("shift+tab on the first question: %v", d.step())
	}
	d.press("esc")
	if !d.aborted() {
		t.Fatalf("esc on the first step did not leave")
	}
	// the answers were touched: the draft stays for the next start
	if dr, err := interview.LoadDraft(d.draftPath); err != nil || dr == nil || dr.Answers["plan.in_network.deductible_met"] != "2,5" {
		t.Errorf("draft after leaving: %+v, %v", dr, err)
	}
}

// A new plan type refills only the answers the user has not touched.
func TestPlanTypeRefillsUntouched(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("plan.in_network.deductible")
	d.typeText("999")
	d.press("esc")
	if d.focusedKey() != "plan.type" {
		t.Fatalf("not on the plan type: %q", d.focusedKey())
	}
	// looking through the types changes nothing until one is kept
	d.press("down", "down", "up", "up")
	if got := d.answer("plan.in_network.oop_max"); got != "6000" {
		t.Fatalf("looking at other plan types changed the maximum to %q", got)
	}
	d.press("down", "enter") // HMO
	s := mustScenario(t, d.m.Answers())
	hmo := plans.Preset(calc.HMO)
	if s.Plan.Type != calc.HMO {
		t.Fatalf("type %v", s.Plan.Type)
	}
	if s.Plan.InNetwork.Deductible != 99900 {
		t.Errorf("touched deductible = %d, want 99900 kept", s.Plan.InNetwork.Deductible)
	}
	if s.Plan.InNetwork.Copay != hmo.Plan.InNetwork.Copay || s.Plan.InNetwork.OOPMax != hmo.Plan.InNetwork.OOPMax {
		t.Errorf("untouched copay %d and maximum %v, want the HMO's %d and %v",
			s.Plan.InNetwork.Copay, s.Plan.InNetwork.OOPMax, hmo.Plan.InNetwork.Copay, hmo.Plan.InNetwork.OOPMax)
	}
	if s.Plan.OutOfNetwork.Covered || s.Name != "Typical HMO" {
		t.Errorf("untouched covered %v, name %q; want the HMO's", s.Plan.OutOfNetwork.Covered, s.Name)
	}
	// the name field, already built in the plan step's form, shows the new name
	d.enterUntil("name")
	d.wantView(t, "> Typical HMO")
}

// A file's answers are the user's: a new plan type keeps them.
func TestFileAnswersAreTouched(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Path: "knee.yaml"})
	d.press("down", "enter")
	if got := d.answer("plan.in_network.oop_max"); got != "6000" {
		t.Errorf("a file's maximum became %q", got)
	}
}

// The out-of-network allowed amount: "I don't know" fills the
// Medicare-based suggestion. A 60-minute visit is 20 minutes each of 97110,
// 97112, 97140: 4 units by the 8-minute rule ((60+7)/15), one each for the
// full 15 minutes and the fourth to 97110 (5 minutes over each, the first
// listed wins): 2×$29.06 + $32.73 + $27.72 = $118.57; 125 % is $148.2125,
// $148.21.
func TestSuggestedAllowed(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil(interview.KeyAllowedSource)
	d.wantView(t, "No: use $148.21, 125 % of Medicare's $118.57 for a 60-minute visit")
	d.press("down", "enter")
	if d.step() != interview.StepVisitLimit {
		t.Fatalf("after the suggestion: %v %q (the amount is not asked)", d.step(), d.focusedKey())
	}
	if got := mustScenario(t, d.m.Answers()).Plan.OutOfNetwork.Allowed; got != 14821 {
		t.Errorf("allowed = %d, want 14821", got)
	}
	// "I know it" asks for the amount, as the preset has it
	d = newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil(interview.KeyAllowedSource)
	d.press("enter")
	if k := d.focusedKey(); k != "plan.out_of_network.allowed" {
		t.Fatalf("after yes: %q", k)
	}
	d.wantView(t, "$ 110")
}

// The tax rate: a bracket fills it; "another rate" asks for it.
func TestTaxBrackets(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.HDHP)}) // an HSA at 29.65 %
	d.enterUntil(interview.KeyTaxBracket)
	d.wantView(t, "> 29.65 %: 22 % income tax + 7.65 % payroll tax", "39.65 %: 32 % income tax + 7.65 % payroll tax")
	d.press("down", "down", "enter") // 39.65
	// an HSA's next page: its employer's contribution
	if k := d.focusedKey(); k != "account.employer_contribution" {
		t.Fatalf("after a bracket: %q", k)
	}
	d.press("enter")
	if d.step() != interview.StepSupplemental {
		t.Fatalf("after a bracket: %v %q", d.step(), d.focusedKey())
	}
	if got := mustScenario(t, d.m.Answers()).Account.TaxRate; got != 3965 {
		t.Errorf("rate = %d, want 3965 (32 %% + 7.65 %%)", got)
	}
	d.press("esc")
	d.enterUntil(interview.KeyTaxBracket)
	d.press("down", "enter") // another rate
	if k := d.focusedKey(); k != "account.tax_rate" {
		t.Fatalf("after another rate: %q", k)
	}
	d.typeText("27.5")
	d.press("enter")
	if got := mustScenario(t, d.m.Answers()).Account.TaxRate; got != 2750 {
		t.Errorf("rate = %d, want 2750", got)
	}
	// no account: nothing more is asked
	d = newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("account.kind")
	d.press("enter")
	if d.step() != interview.StepSupplemental {
		t.Errorf("no account went on to %v %q", d.step(), d.focusedKey())
	}
}

// A supplemental preset fills the policy; then only its kind's fields are
// asked.
func TestSupplementalPreset(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.Medicare)})
	d.enterUntil(interview.KeySupplementalChoice)
	d.press("down") // Medigap Plan G
	d.wantView(t, "Pays Medicare's 20 %")
	d.press("enter")
	if k := d.focusedKey(); k != "supplemental.premium_monthly" {
		t.Fatalf("after Medigap: %q", k)
	}
	d.wantView(t, "A secondary plan that pays after yours", "$ 150")
	var asked []string
	for d.step() == interview.StepSupplemental {
		asked = append(asked, d.focusedKey())
		d.press("enter")
	}
	want := "supplemental.premium_monthly supplemental.coinsurance supplemental.annual_max supplemental.deductible supplemental.covers_out_of_network " +
		"supplemental.coordination supplemental.pays_excess_charges supplemental.limiting_charge" // Plan G pays excess charges: up to what?
	if got := strings.Join(asked, " "); got != want {
		t.Errorf("asked %s\nwant  %s", got, want)
	}
	partB, _ := plans.Figure(plans.PartBDeductible, 0)
	if got := mustScenario(t, d.m.Answers()).Supplemental; got != plans.MedigapPlanG(partB.Amount()) {
		t.Errorf("policy %+v, want Medigap Plan G", got)
	}
}

// Medigap Plan G is fitted to the answers: its deductible is the Part B
// deductible still to meet ($283 − $100 met = $183).
func TestMedigapDeductibleLeft(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.Medicare)})
	d.enterUntil("plan.in_network.deductible_met")
	d.typeText("100")
	d.press("enter")
	d.enterUntil(interview.KeySupplementalChoice)
	d.press("down", "enter") // Medigap Plan G
	for d.step() == interview.StepSupplemental {
		d.press("enter")
	}
	if got := mustScenario(t, d.m.Answers()).Supplemental; got != plans.MedigapPlanG(18300) {
		t.Errorf("policy %+v, want Medigap Plan G with $183 left", got)
	}
}

// A year typed refills the untouched figures that change with it: Original
// Medicare in 2025 has the $257 Part B deductible and the $185 premium
// (docs/spec/reference-figures.md); a figure the user typed stays.
func TestYearRefillsDatedFigures(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.Medicare)})
	d.enterUntil("plan.premium_monthly")
	d.typeText("170")
	d.press("enter")
	d.enterUntil("year")
	d.typeText("2025")
	d.press("enter")
	s := mustScenario(t, d.m.Answers())
	if s.Year != 2025 || s.Plan.InNetwork.Deductible != 25700 || s.Plan.OutOfNetwork.Deductible != 25700 {
		t.Errorf("year %d, deductibles %d/%d; want 2025 with 25700", s.Year, s.Plan.InNetwork.Deductible, s.Plan.OutOfNetwork.Deductible)
	}
	if s.Plan.PremiumMonthly != 17000 {
		t.Errorf("premium %d, want the typed 17000 kept", s.Plan.PremiumMonthly)
	}
}

// The massage letter is asked only for massage.
func TestLetterOnlyForMassage(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("care.service")
	d.press("enter")
	d.press("enter") // visits
	if k := d.focusedKey(); k == "care.medical_necessity_letter" {
		t.Fatalf("the letter was asked for physical therapy")
	}
	d.press("esc") // back to the visit limit, then on to the care again
	d.enterUntil("care.service")
	for range 4 {
		d.press("down")
	}
	d.press("enter", "enter")
	if k := d.focusedKey(); k != "care.medical_necessity_letter" {
		t.Errorf("after massage: %q, want the letter", k)
	}
}

// The draft: saved after every step (0600, atomic, the step reached, every
// answer as typed, what was touched), resumed, and removed when done.
func TestDraft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "carecost", "draft.yaml") // a directory to create
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	if _, err := os.Stat(path); err == nil {
		t.Fatalf("a draft was saved before anything was answered")
	}
	d.enterUntil("plan.in_network.deductible")
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("no draft after the plan step: %v", err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("draft mode %v, want 0600", fi.Mode().Perm())
	}
	d.typeText("1,5OO") // a letter O: not valid yet
	d.press("ctrl+c")
	if len(d.out) == 0 {
		t.Fatalf("ctrl+c did not interrupt")
	}
	dr, err := interview.LoadDraft(path)
	if err != nil || dr == nil {
		t.Fatalf("LoadDraft: %v, %v", dr, err)
	}
	if dr.Step != interview.StepInNetwork || dr.Answers["plan.in_network.deductible"] != "1,5OO" {
		t.Errorf("draft step %v, deductible %q", dr.Step, dr.Answers["plan.in_network.deductible"])
	}
	if !strings.Contains(strings.Join(dr.Touched, " "), "plan.in_network.deductible") {
		t.Errorf("touched %v lacks the deductible", dr.Touched)
	}
	if time.Since(dr.Saved) > time.Hour {
		t.Errorf("saved %v", dr.Saved)
	}

	// resume: the step reached, the text as typed, with its problem shown
	r := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Draft: dr, DraftPath: path})
	if r.step() != interview.StepInNetwork {
		t.Fatalf("resumed at %v", r.step())
	}
	r.wantView(t, "$ 1,5OO", "1,5OO is not a number")
	r.typeText("1600") // the preset's is 1500: a change of the user's
	r.enterToReview()
	r.press("enter")
	c, ok := r.completed()
	if !ok {
		t.Fatalf("no completion\n%s", r.view())
	}
	// typed answers saved to no file: the draft stays, at the review,
	// until the program saves them (quitting the comparison loses nothing)
	kept, err := interview.LoadDraft(path)
	if !c.DraftKept || err != nil || kept == nil || kept.Step != interview.StepReview ||
		kept.Answers["plan.in_network.deductible"] != "1600" {
		t.Errorf("kept %v, draft %+v, %v", c.DraftKept, kept, err)
	}

	// saved from the review: nothing is left to resume
	saveDir := t.TempDir()
	s := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), Draft: kept, DraftPath: path})
	s.press("s")
	s.typeText(filepath.Join(saveDir, "client.yaml"))
	s.press("enter")
	s.press("up", "up", "up") // back to "Show the comparison"
	for range 3 {
		if _, ok := s.completed(); ok {
			break
		}
		s.press("enter")
	}
	if c, ok := s.completed(); !ok || c.DraftKept || c.Path == "" {
		t.Fatalf("saved then compared: %+v %v\n%s", c, ok, s.view())
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the draft is still there after saving and completing: %v", err)
	}
}

func TestNoDraftWhenNothingTouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	d.press("esc")
	if !d.aborted() {
		t.Fatal("esc on the first question did not leave")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("leaving untouched answers left a draft: %v", err)
	}
}

// The review lists every answer by step, jumps to a step and comes back.
func TestReviewJump(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	d.wantView(t, "Review your answers", "step 8 of 8", "> Show the comparison", "Save as a scenario file",
		"1 Your health plan", "2 What you pay in network", "deductible $1,500.00", "met $1,500.00")
	d.press("2")
	if d.step() != interview.StepInNetwork {
		t.Fatalf("2 on the review opened %v", d.step())
	}
	d.typeText("1000") // the deductible
	d.press("enter")
	d.wantView(t, "is above the deductible, 1000") // met 1500 is now too much, on the next question
	d.typeText("1000")
	d.enterToReview()
	d.wantView(t, "deductible $1,000.00 · met $1,000.00")
	d.press("c")
	got, ok := d.completed()
	if !ok || got.Scenario.Plan.InNetwork.Deductible != 100000 {
		t.Fatalf("completed %v with deductible %d", ok, got.Scenario.Plan.InNetwork.Deductible)
	}
}

// Opened at a later step (e on the dashboard), the walk-through goes back
// to the review after it.
func TestOpenAtStep(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario(), Step: interview.StepFor(calc.ConciergeTherapy)})
	if d.step() != interview.StepCare {
		t.Fatalf("opened at %v", d.step())
	}
	d.enterToReview()
	if d.step() != interview.StepReview {
		t.Fatalf("after the care: %v", d.step())
	}
	d = newDriver(t, interview.Options{Scenario: plans.DemoScenario(), Step: interview.StepFor(calc.InNetworkClinic)})
	d.press("esc")
	if d.step() != interview.StepReview {
		t.Errorf("esc at the opened step went to %v, want the review", d.step())
	}
	if interview.StepFor(calc.OutOfNetworkCash) != interview.StepOutOfNetwork {
		t.Errorf("interview.StepFor(out_of_network) = %v", interview.StepFor(calc.OutOfNetworkCash))
	}
}

// Saving from the review never replaces a file without asking.
func TestReviewSave(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "knee.yaml")
	if err := os.WriteFile(target, []byte("precious\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	d.press("s")
	d.wantView(t, "Save as: > knee-replacement-rehab-demo.yaml")
	d.typeText(target)
	d.press("enter")
	d.wantView(t, "knee.yaml already exists. Replace it?")
	d.press("n")
	if data, _ := os.ReadFile(target); string(data) != "precious\n" {
		t.Fatalf("n replaced the file: %q", data)
	}
	d.press("enter") // the same name again
	d.press("y")
	d.wantView(t, "Saved to "+target)
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := plans.Parse(target, data)
	if err != nil || s != plans.DemoScenario() {
		t.Errorf("saved file reads back as %+v, %v", s, err)
	}
	d.press("c")
	if got, ok := d.completed(); !ok || got.Path != target {
		t.Errorf("completed %v with path %q, want %q", ok, got.Path, target)
	}
}

// After a save from the review, answers changed since are not "saved": the
// review no longer says so, and the save entry says the file is behind.
func TestReviewSavedOnlyWhileUnchanged(t *testing.T) {
	t.Chdir(t.TempDir())
	const target = "knee.yaml" // short: the line is cut at the screen's width
	// the demo as the comparison's e opens it: its figures are its own (no
	// assumed one follows the visits: its 16 concierge sessions stay)
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario(), Assumed: []string{}})
	d.enterToReview()
	d.press("s")
	d.typeText(target)
	d.press("enter")
	d.wantView(t, "Saved to "+target, "Save as a scenario file (saved to "+target+")")

	// a visit more in step 5, then back on the review
	visits := d.answer("care.visits")
	setVisits := func(v string) {
		d.press("5")
		d.enterUntil("care.visits")
		d.typeText(v)
		d.enterToReview()
	}
	setVisits(visits + "1") // the demo's visits, with a 1 after: another number
	d.wantNoView(t, "Saved to "+target, "(saved to "+target+")")
	d.wantView(t, "Save as a scenario file (changed since saved to "+target+")")

	// the same answers as the file again: saved again
	setVisits(visits)
	d.wantView(t, "(saved to "+target+")")
}

// Every screen fits 80×24 (the parent keeps two lines for its footer).
func TestScreensFit80x24(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		d := newDriver(t, interview.Options{Scenario: plans.Preset(pt)})
		for range 80 {
			checkFits(t, d, 80, 22)
			if d.step() == interview.StepReview {
				break
			}
			d.press("enter")
		}
	}
}

func checkFits(t *testing.T, d *driver, w, h int) {
	t.Helper()
	lines := strings.Split(d.m.View(), "\n")
	if len(lines) > h {
		t.Errorf("%v %q: %d lines, more than %d", d.step(), d.focusedKey(), len(lines), h)
	}
	for _, l := range lines {
		if n := len([]rune(ansiStrip(l))); n > w {
			t.Errorf("%v %q: a line of %d columns: %q", d.step(), d.focusedKey(), n, l)
		}
	}
	// the focused question is on the screen
	if d.step() != interview.StepReview {
		title := questionTitle(d.m.Answers(), d.step(), d.focusedKey())
		if title == "" || !strings.Contains(d.view(), title) {
			t.Errorf("%v: the focused question %q is not on the screen:\n%s", d.step(), title, d.view())
		}
	}
}

// Resizes: every screen stays inside the window, down to a small one.
func TestResizes(t *testing.T) {
	for _, size := range [][2]int{{120, 38}, {60, 20}, {40, 16}} {
		d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
		d.m.SetSize(size[0], size[1])
		for range 80 {
			lines := strings.Split(d.m.View(), "\n")
			if len(lines) > size[1] {
				t.Errorf("%v at %v: %d lines", size, d.step(), len(lines))
			}
			for _, l := range lines {
				if n := len([]rune(ansiStrip(l))); n > size[0] {
					t.Errorf("%v at %v: %d columns: %q", size, d.step(), n, ansiStrip(l))
				}
			}
			if d.step() == interview.StepReview {
				break
			}
			d.press("enter")
		}
	}
}

// Back from a step opened with Enter on its line, Enter shows the comparison
// (the cursor is back on it), and the help says so.
func TestReviewEnterAfterChange(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	d.press("down", "down", "down") // save, 1 Your health plan, 2 What you pay in network
	if h := helpText(d.m); !strings.Contains(h, "change this step") {
		t.Errorf("help on a step's line: %s", h)
	}
	d.press("enter")
	if d.step() != interview.StepInNetwork {
		t.Fatalf("enter on the second step's line opened %v", d.step())
	}
	d.enterToReview()
	if h := helpText(d.m); !strings.Contains(h, "show the comparison") {
		t.Errorf("help back on the review: %s", h)
	}
	d.press("enter")
	if _, ok := d.completed(); !ok {
		t.Errorf("Enter after coming back did not show the comparison:\n%s", d.view())
	}
}

func helpText(m Model) string {
	var parts []string
	for _, b := range m.ShortHelp() {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(parts, " • ")
}

// Enter pressed twice on a step's last question before the first is done:
// the second may not skip a page of the next step.
func TestDoubleEnterAtAStepsEnd(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("year")
	// both keys reach Update before any command runs, as when typed fast
	_, cmd1 := d.m.Update(keyMsg("enter"))
	_, cmd2 := d.m.Update(keyMsg("enter"))
	d.run(cmd1)
	d.run(cmd2)
	if d.step() != interview.StepInNetwork || d.focusedKey() != "plan.in_network.deductible" {
		t.Errorf("after a double Enter: %v %q, want the in-network deductible", d.step(), d.focusedKey())
	}
}

// ? is text only in the estimate's name and the review's file name; on a
// choice, an amount or the review's list the program shows every key.
func TestQuestionMarkIsTextOnlyInTheName(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	if d.m.TypesQuestionMark() {
		t.Error("? is text on the plan type")
	}
	d.enterUntil("name")
	if !d.m.TypesQuestionMark() {
		t.Error("? is not text in the name")
	}
	d.typeText("?")
	if got := d.answer("name"); got != "?" { // typeText clears the answer first
		t.Errorf("name = %q", got)
	}
	d.enterUntil("plan.in_network.deductible")
	if d.m.TypesQuestionMark() {
		t.Error("? is text in an amount")
	}
	d.enterToReview()
	if d.m.TypesQuestionMark() {
		t.Error("? is text on the review")
	}
	d.press("s")
	if !d.m.TypesQuestionMark() {
		t.Error("? is not text in the review's file name")
	}
}

// The full help lists the keys that work where the user is.
func TestFullHelpFollowsTheScreen(t *testing.T) {
	words := func(d *driver) string {
		var b strings.Builder
		for _, col := range d.m.FullHelp() {
			for _, k := range col {
				b.WriteString(k.Help().Desc + "; ")
			}
		}
		return b.String()
	}
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	if w := words(d); !strings.Contains(w, "previous question") || strings.Contains(w, "show the comparison") {
		t.Errorf("on a question: %s", w)
	}
	d.enterToReview()
	if w := words(d); strings.Contains(w, "previous question") || !strings.Contains(w, "show the comparison") {
		t.Errorf("on the review: %s", w)
	}
}

// Changes to an opened file are kept as the draft too until saved (the
// comparison shows them unsaved); opening a file and changing nothing, or
// typing back the value it had, leaves no draft.
func TestDraftKeptForChangesToAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	file := plans.Preset(calc.PPO)
	d := newDriver(t, interview.Options{Scenario: file, Path: "client.yaml", Step: interview.StepInNetwork, DraftPath: path})
	d.typeText("1500") // the file's own deductible
	d.enterToReview()
	d.press("enter")
	if c, ok := d.completed(); !ok || c.DraftKept {
		t.Fatalf("unchanged: completed %v, kept %v", ok, c.DraftKept)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("a draft for an unchanged file: %v", err)
	}
	d = newDriver(t, interview.Options{Scenario: file, Path: "client.yaml", Step: interview.StepInNetwork, DraftPath: path})
	d.typeText("1750")
	d.enterToReview()
	d.press("enter")
	c, ok := d.completed()
	kept, err := interview.LoadDraft(path)
	if !ok || !c.DraftKept || c.Path != "client.yaml" || err != nil || kept == nil ||
		kept.Path != "client.yaml" || kept.Answers["plan.in_network.deductible"] != "1750" {
		t.Errorf("changed: %+v %v, draft %+v %v", c.DraftKept, ok, kept, err)
	}
}

// Saved from the review, then changed: the change is in no file, so the
// draft stays.
func TestDraftKeptForChangesAfterASave(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	file := filepath.Join(t.TempDir(), "client.yaml")
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	d.enterUntil("plan.in_network.deductible")
	d.typeText("1600")
	d.enterToReview()
	d.press("s")
	d.typeText(file)
	d.press("enter")
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("not saved: %v\n%s", err, d.view())
	}
	d.press("2") // change the in-network step again
	d.enterUntil("plan.in_network.deductible")
	d.typeText("1700")
	d.enterToReview()
	d.press("up", "up", "up")
	for range 3 {
		if _, ok := d.completed(); ok {
			break
		}
		d.press("enter")
	}
	c, ok := d.completed()
	kept, err := interview.LoadDraft(path)
	if !ok || !c.DraftKept || err != nil || kept == nil || kept.Answers["plan.in_network.deductible"] != "1700" {
		t.Errorf("completed %v, kept %v, draft %+v %v", ok, c.DraftKept, kept, err)
	}
}

// questionTitle is the title of the question key as step asks it.
func questionTitle(a *interview.Answers, step interview.Step, key string) string {
	for _, quick := range []bool{false, true} {
		for _, p := range a.Pages(step, quick) {
			for _, q := range p.Questions {
				if q.Key == key {
					return q.Title
				}
			}
		}
	}
	return ""
}

// Saving from the review over a hand-written scenario says its comments go
// before asking to replace it (as the dashboard's w and the line-by-line
// mode do); n keeps it, comments and all.
func TestReviewSaveSaysCommentsGo(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "knee.yaml")
	written, err := plans.Marshal(plans.DemoScenario())
	if err != nil {
		t.Fatal(err)
	}
	hand := append([]byte("# met by the surgery\n"), written...)
	if err := os.WriteFile(target, hand, 0o600); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	d.press("s")
	d.typeText(target)
	d.press("enter")
	const want = "knee.yaml already exists. It has comments, which saving does not keep. Replace it?"
	if v := strings.Join(strings.Fields(d.view()), " "); !strings.Contains(v, want) { // however it wraps
		t.Errorf("the screen lacks %q:\n%s", want, d.view())
	}
	d.press("n")
	if data, _ := os.ReadFile(target); string(data) != string(hand) {
		t.Fatalf("n replaced the file: %q", data)
	}
}
