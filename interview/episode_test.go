package interview

import (
	"strconv"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// shownPages are the titles of a step's pages shown with the answers.
func shownPages(a *Answers, s Step) []string {
	var out []string
	for _, p := range a.Pages(s, false) {
		if p.Shown(a) {
			out = append(out, p.Title)
		}
	}
	return out
}

func has(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Visits a week and the plan year's start are asked once a date is given.
func TestDatedPages(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	if p := shownPages(a, StepCare); has(p, "Visits a week") || has(p, "The plan year") || !has(p, "When therapy starts") {
		t.Errorf("undated: %v", p)
	}
	a.Set("care.start_date", "2026-12-14")
	if p := shownPages(a, StepCare); !has(p, "Visits a week") || !has(p, "The plan year") {
		t.Errorf("dated: %v", p)
	}
	a.Set("care.start_date", "2026-02-30") // not a date: nothing dated is asked
	if p := shownPages(a, StepCare); has(p, "Visits a week") {
		t.Errorf("a date that is not one: %v", p)
	}
	b := NewAnswers(plans.Preset(calc.NoPlan))
	b.Set("care.start_date", "2026-12-14")
	if p := shownPages(b, StepCare); !has(p, "Visits a week") || has(p, "The plan year") {
		t.Errorf("no plan, dated: %v", p)
	}
}

// The evaluation's prices are asked after "yes" and reach the scenario;
// "no" switches them off (the scenario prices every visit alike) without
// losing what was typed, and "yes" again brings them back. Re-evaluation
// prices are asked once re-evaluations come every so many visits.
func TestEvaluationPages(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	if a.Text(KeyEvaluation) != no || has(shownPages(a, StepCare), "The clinic's evaluation") {
		t.Fatalf("a preset starts with every visit alike: %q %v", a.Text(KeyEvaluation), shownPages(a, StepCare))
	}
	a.Set(KeyEvaluation, yes)
	p := shownPages(a, StepCare)
	for _, want := range []string{"The clinic's evaluation", "The out-of-network evaluation", "The concierge's evaluation"} {
		if !has(p, want) {
			t.Errorf("after yes, %q is not asked: %v", want, p)
		}
	}
	if has(p, "The clinic's re-evaluations") {
		t.Errorf("re-evaluations asked before how often: %v", p)
	}
	a.Set("care.in_network.evaluation.charge", "$300")
	// the allowed amount is required with the charge, said on its question
	if fe := a.Check("care.in_network.evaluation.allowed", ""); fe == nil {
		t.Error("an evaluation charge without its allowed amount is accepted")
	}
	a.Set("care.in_network.evaluation.allowed", "200")
	a.Set("care.in_network.re_evaluation_every", "4")
	if !has(shownPages(a, StepCare), "The clinic's re-evaluations") {
		t.Errorf("re-evaluations not asked: %v", shownPages(a, StepCare))
	}
	// how often is accepted before the price, asked on the next page
	if fe := a.Check("care.in_network.re_evaluation_every", "4"); fe != nil {
		t.Errorf("how often refused before its price: %v", fe)
	}
	a.Set("care.in_network.re_evaluation.charge", "200")
	a.Set("care.in_network.re_evaluation.allowed", "150")
	a.Set("care.concierge.evaluation.fee", "300")
	s := mustScenario(t, a)
	want := calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000}, ReEvery: 4,
		Re: calc.VisitPrice{Set: true, Price: 20000, Allowed: 15000, SelfPay: 20000}}
	if s.Care.InNetwork.Evaluations != want || s.Care.Concierge.Evaluations.First.Price != 30000 ||
		s.Care.OutOfNetwork.Evaluations != (calc.Evaluations{}) {
		t.Errorf("scenario: %+v %+v %+v", s.Care.InNetwork.Evaluations, s.Care.OutOfNetwork.Evaluations, s.Care.Concierge.Evaluations)
	}

	a.Set(KeyEvaluation, no)
	if s := mustScenario(t, a); s.Care.InNetwork.Evaluations != (calc.Evaluations{}) || s.Care.Concierge.Evaluations != (calc.Evaluations{}) {
		t.Errorf("after no, the evaluation still prices visits: %+v", s.Care)
	}
	if a.Text("care.in_network.evaluation.charge") != "$300" {
		t.Errorf("the typed charge was lost: %q", a.Text("care.in_network.evaluation.charge"))
	}
	a.Set(KeyEvaluation, yes)
	if s := mustScenario(t, a); s.Care.InNetwork.Evaluations != want {
		t.Errorf("yes again: %+v", s.Care.InNetwork.Evaluations)
	}
	// no re-evaluations: their prices are dropped with them
	a.Set("care.in_network.re_evaluation_every", "0")
	if s := mustScenario(t, a); s.Care.InNetwork.Evaluations.Re.Set || s.Care.InNetwork.Evaluations.ReEvery != 0 {
		t.Errorf("re-evaluations every 0: %+v", s.Care.InNetwork.Evaluations)
	}

	// a scenario with an evaluation opens with yes, and Enter keeps it
	b := NewAnswers(s)
	if b.Text(KeyEvaluation) != yes || mustScenario(t, b) != s {
		t.Errorf("from the scenario: %q, %+v", b.Text(KeyEvaluation), mustScenario(t, b).Care.InNetwork.Evaluations)
	}
}

// A range is asked after "it is a range" and reaches the scenario; "sure"
// switches it off without losing what was typed. The likeliest count is
// the visits needed.
func TestRangePages(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO)) // 24 visits
	q := question(t, a, StepCare, KeyRange)
	if c := q.Choices(a); a.Text(KeyRange) != no || c[0].Label != "Sure enough: 24 visits" {
		t.Errorf("choice %q, %+v", a.Text(KeyRange), c)
	}
	if has(shownPages(a, StepCare), "The range of visits") {
		t.Error("the range asked before it was said to be one")
	}
	a.Set(KeyRange, yes)
	if !has(shownPages(a, StepCare), "The range of visits") {
		t.Fatal("the range is not asked")
	}
	if _, _, errs := a.Scenario(); len(errs) != 2 {
		t.Errorf("a range without its counts: %v", errs)
	}
	a.Set("care.visits_range.fewest", "12")
	if fe := a.Check("care.visits_range.fewest", "30"); fe == nil || fe.Problem != "30 is above the likeliest count, 24 (care.visits)" {
		t.Errorf("fewest above the visits: %v", fe)
	}
	a.Set("care.visits_range.most", "36")
	if s := mustScenario(t, a); s.Care.Range != (calc.VisitRange{Fewest: 12, Likely: 24, Most: 36}) {
		t.Errorf("range %+v", s.Care.Range)
	}
	a.Set(KeyRange, no)
	if s := mustScenario(t, a); !s.Care.Range.IsZero() || a.Text("care.visits_range.fewest") != "12" {
		t.Errorf("after sure: %+v, fewest kept %q", s.Care.Range, a.Text("care.visits_range.fewest"))
	}
	a.Set(KeyRange, yes)
	s := mustScenario(t, a)
	if b := NewAnswers(s); b.Text(KeyRange) != yes || mustScenario(t, b) != s {
		t.Errorf("from the scenario: %q", b.Text(KeyRange))
	}
}

// The supplemental choices pay as real policies do: "a policy that pays a
// fixed amount per visit" is a fixed indemnity; Medigap Plans G and F pay
// excess charges; a secondary's coordination is asked, and its own allowed
// amount only for a second plan; excess charges only beside Medicare.
func TestSupplementalChoicesPayAsRealOnes(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	a.Set(KeySupplementalChoice, string(calc.Indemnity))
	if s := mustScenario(t, a); s.Supplemental.Kind != calc.Indemnity || s.Supplemental.IndemnityBasis != calc.FixedIndemnity {
		t.Errorf("indemnity chosen: %+v", s.Supplemental)
	}
	a.Set("supplemental.basis", string(calc.ExpenseIncurred))
	if s := mustScenario(t, a); s.Supplemental.IndemnityBasis != "" {
		t.Errorf("expense-incurred is held as the zero basis: %+v", s.Supplemental)
	}

	a.Set(KeySupplementalChoice, string(calc.Secondary))
	if p := shownPages(a, StepSupplemental); !has(p, "How it pays after your plan") || has(p, "The second plan's allowed amount") || has(p, "Excess charges") {
		t.Errorf("a secondary beside a PPO: %v", p)
	}
	a.Set("supplemental.coordination", string(calc.NonDuplication))
	a.Set("supplemental.allowed", "90")
	if p := shownPages(a, StepSupplemental); !has(p, "The second plan's allowed amount") {
		t.Errorf("a second plan: %v", p)
	}
	if s := mustScenario(t, a); s.Supplemental.Coordination != calc.NonDuplication || s.Supplemental.Allowed != calc.Cap[calc.Cents](9000) {
		t.Errorf("second plan: %+v", s.Supplemental)
	}
	// back to a supplement: its allowed amount is hidden and, being valid,
	// kept but refused by the rules, so dropped from the scenario
	a.Set("supplemental.coordination", string(calc.Supplement))
	if s := mustScenario(t, a); s.Supplemental.Allowed.Set {
		t.Errorf("a supplement with an allowed amount: %+v", s.Supplemental)
	}

	m := NewAnswers(plans.Preset(calc.Medicare))
	for i, p := range plans.SupplementalPresets() {
		if p.Name != "Medigap Plan G" && p.Name != "Medigap Plan F" {
			continue
		}
		m.Set(KeySupplementalChoice, presetPrefix+strconv.Itoa(i))
		s := mustScenario(t, m)
		if !s.Supplemental.PaysExcessCharges || !has(shownPages(m, StepSupplemental), "Excess charges") {
			t.Errorf("%s: %+v", p.Name, s.Supplemental)
		}
	}
}

// An FSA's next plan year is asked once the therapy is dated; its carryover
// only with a carryover rule, empty for the IRS limit.
func TestNextYearFSAPages(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	a.Set("account.kind", string(calc.FSA))
	if has(shownPages(a, StepAccount), "The FSA next plan year") {
		t.Error("next year's FSA asked without a date")
	}
	a.Set("care.start_date", "2026-12-14")
	if p := shownPages(a, StepAccount); !has(p, "The FSA next plan year") || has(p, "The carryover") {
		t.Errorf("dated FSA: %v", p)
	}
	a.Set("account.next_balance", "500")
	a.Set("account.fsa_rule", string(calc.FSACarryover))
	if !has(shownPages(a, StepAccount), "The carryover") {
		t.Errorf("carryover not asked: %v", shownPages(a, StepAccount))
	}
	s := mustScenario(t, a)
	carry, _ := plans.Figure(plans.FSACarryover, 0)
	if s.Account.NextBalance != 50000 || s.Account.FSARule != calc.FSACarryover || s.Account.Carryover != carry.Amount() {
		t.Errorf("account %+v", s.Account)
	}
	a.Set("account.carryover", "300")
	a.Set("account.fsa_rule", string(calc.FSAGrace)) // the carryover is dropped with the rule
	if s := mustScenario(t, a); s.Account.FSARule != calc.FSAGrace || s.Account.Carryover != 0 {
		t.Errorf("grace: %+v", s.Account)
	}
}

// Whether the plan changes at renewal is asked with the plan year's start,
// once dated; yes asks next year's plan (its type this year's to begin
// with, its figures empty for "as this year"), and no drops it whole.
func TestNextYearPages(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	if has(shownPages(a, StepCare), "Next year's figures") {
		t.Error("next year asked without a date")
	}
	a.Set("care.start_date", "2026-12-14")
	if p := shownPages(a, StepCare); !has(p, "The plan year") || has(p, "Next year's figures") {
		t.Errorf("dated: %v", p)
	}
	a.Set(KeyNextYear, yes)
	if p := shownPages(a, StepCare); !has(p, "Next year's plan") || !has(p, "Next year's figures") {
		t.Errorf("changes: %v", p)
	}
	if a.Text("next_year.type") != "ppo" {
		t.Errorf("next year's type starts as %q", a.Text("next_year.type"))
	}
	q := question(t, a, StepCare, "next_year.in_network.deductible")
	if q.Title != "Next year's deductible" || q.Empty != "as this year" {
		t.Errorf("question %+v", q)
	}
	s := mustScenario(t, a)
	if !s.NextYear.Set || s.NextYear.Plan.InNetwork.Deductible != s.Plan.InNetwork.Deductible {
		t.Errorf("renewed as it is: %+v", s.NextYear)
	}
	a.Set("next_year.in_network.deductible", "2,000")
	if s := mustScenario(t, a); s.NextYear.Plan.InNetwork.Deductible != 200000 || s.NextYear.Plan.InNetwork.OOPMax != s.Plan.InNetwork.OOPMax {
		t.Errorf("next year %+v", s.NextYear.Plan.InNetwork)
	}
	a.Set(KeyNextYear, no)
	if s := mustScenario(t, a); s.NextYear.Set || a.Text("next_year.in_network.deductible") != "2,000" {
		t.Errorf("the same plan renews: %+v; typed kept: %q", s.NextYear, a.Text("next_year.in_network.deductible"))
	}
	// undated, next year is dropped even while it says yes
	a.Set(KeyNextYear, yes)
	a.Set("care.start_date", "")
	if s := mustScenario(t, a); s.NextYear.Set {
		t.Errorf("undated: %+v", s.NextYear)
	}
	a.Set("care.start_date", "2026-12-14")
	s = mustScenario(t, a)
	if b := NewAnswers(s); b.Text(KeyNextYear) != yes || mustScenario(t, b) != s {
		t.Errorf("from the scenario: %q", b.Text(KeyNextYear))
	}
}
