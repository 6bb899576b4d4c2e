package interview

import (
	"slices"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// question finds key's question among a step's pages.
func question(t *testing.T, a *Answers, s Step, key string) Question {
	t.Helper()
	for _, p := range a.Pages(s, false) {
		for _, q := range p.Questions {
			if q.Key == key {
				return q
			}
		}
	}
	t.Fatalf("%s is not asked in %v", key, s)
	return Question{}
}

// Only Original Medicare, workers' compensation, PIP and no plan may leave
// the in-network maximum out (docs/scenario-format.md): for every other type the
// question neither offers an empty answer nor says it may be left empty.
func TestOOPMaxEmptyOnlyWhereAllowed(t *testing.T) {
	mayBeEmpty := map[calc.PlanType]bool{ // from the spec, not from plans
		calc.Medicare: true, calc.WorkersComp: true, calc.AutoPIP: true, calc.NoPlan: true,
	}
	for _, pt := range calc.PlanTypes {
		a := NewAnswers(plans.Preset(pt))
		q := question(t, a, StepInNetwork, "plan.in_network.oop_max")
		offers := q.EmptyMeaning(a) != ""
		says := strings.Contains(q.Help(a), "leave it empty")
		if offers != mayBeEmpty[pt] || says != mayBeEmpty[pt] {
			t.Errorf("%s: Empty %q, help %q; may it be empty: %v", pt, q.EmptyMeaning(a), q.Help(a), mayBeEmpty[pt])
		}
	}
}

// An explanation explains the term; it does not say the question again
// ("Whose coverage is it?" / "Whose coverage it is: …", "Does your plan
// pay …?" / "Whether the plan pays …").
func TestHelpDoesNotRestateTheQuestion(t *testing.T) {
	firstWords := func(s string) string {
		w := strings.Fields(strings.ToLower(strings.Trim(s, "?")))
		return strings.Join(w[:min(2, len(w))], " ")
	}
	for _, pt := range []calc.PlanType{calc.PPO, calc.HMO, calc.NoPlan} {
		a := NewAnswers(plans.Preset(pt))
		for _, st := range Steps {
			for _, p := range a.Pages(st, false) {
				for _, q := range p.Questions {
					if strings.HasPrefix(q.Help(a), "Whether") || firstWords(q.Help(a)) == firstWords(q.Title) {
						t.Errorf("%s: %q is explained by %q", q.Key, q.Title, q.Help(a))
					}
				}
			}
		}
	}
}

// "Superbill" is explained where it is first said, in the out-of-network
// step, not only at the concierge in the care step.
func TestSuperbillExplainedWhereFirstSaid(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	for _, st := range Steps {
		for _, p := range a.Pages(st, false) {
			texts := []string{p.Title, p.Note(a)}
			for _, q := range p.Questions {
				texts = append(texts, q.Title, q.Help(a))
				for _, c := range q.Choices(a) {
					texts = append(texts, c.Label)
				}
			}
			for _, text := range texts {
				if strings.Contains(strings.ToLower(text), "superbill") {
					if st != StepOutOfNetwork || !strings.Contains(text, "receipt") {
						t.Errorf("superbill first said in %v without saying what it is: %q", st, text)
					}
					return
				}
			}
		}
	}
	t.Fatal("superbill is never said")
}

// Display of answers that are not (yet) valid or empty.
func TestDisplayEmptyAndInvalid(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	a.Set("care.visits", "")
	a.Set("plan.in_network.copay", "")
	a.Set("plan.in_network.deductible", "$")
	a.Set("plan.type", "medicare")
	cases := []struct{ key, want string }{
		{"care.visits", "not answered"},                   // required, no default
		{"plan.in_network.copay", "$0.00"},                // empty: its default, 0
		{"plan.in_network.deductible", `"$" (not valid)`}, // a lone $ is no amount
		{"plan.type", "Original Medicare"},                // a name keeps its capital
	}
	for _, c := range cases {
		if got := a.Display(ask(c.key)); got != c.want {
			t.Errorf("Display(%s) = %q, want %q", c.key, got, c.want)
		}
	}
}

// The suggested allowed amount says what it assumes: the codes, the
// national rates, and that the multiple-procedure reduction is left out
// (docs/spec/clarifications.md).
func TestSuggestionSaysItsAssumptions(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	var help string
	for _, p := range a.Pages(StepOutOfNetwork, false) {
		for _, q := range p.Questions {
			if q.Key == KeyAllowedSource {
				help = q.Help(a)
			}
		}
	}
	for _, want := range []string{"97110, 97112, 97140", "110 to 140 %", "multiple-procedure reduction"} {
		if !strings.Contains(help, want) {
			t.Errorf("the suggestion's help lacks %q: %q", want, help)
		}
	}
}

// Medigap Plan G's deductible follows the answers it is worked out from
// (the Part B deductible still to meet) until the user types their own:
// $283 − $100 met = $183; $200 met: $83; year 2025: $257 − $200 = $57;
// typed $90: kept whatever changes after.
func TestMedigapDeductibleFollowsTheAnswers(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.Medicare))
	a.Set("plan.in_network.deductible_met", "100")
	a.Set(KeySupplementalChoice, presetPrefix+"0") // Medigap Plan G
	planG := func() calc.Cents { return mustScenario(t, a).Supplemental.Deductible }
	if got := planG(); got != 18300 {
		t.Fatalf("chosen with $100 met: %d, want 18300", got)
	}
	if changed := a.Set("plan.in_network.deductible_met", "200"); !slices.Contains(changed, "supplemental.deductible") {
		t.Errorf("changed %v: the form would not show the new deductible", changed)
	}
	if got := planG(); got != 8300 {
		t.Errorf("$200 met: %d, want 8300", got)
	}
	a.Set("year", "2025") // the untouched Part B deductible becomes $257
	if got := planG(); got != 5700 {
		t.Errorf("2025: %d, want 5700", got)
	}
	a.Set("supplemental.deductible", "90")
	a.Set("plan.in_network.deductible_met", "0")
	if got := planG(); got != 9000 {
		t.Errorf("typed $90 was replaced: %d", got)
	}
}

// The suggested allowed amount follows the out-of-network visit's minutes
// until the user types an amount: it is always the suggestion for the
// minutes answered (plans.SuggestedAllowed, tested by hand in plans).
func TestSuggestedAllowedFollowsTheMinutes(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	a.Set(KeyAllowedSource, allowedSuggested)
	suggestion := func(minutes int) calc.Cents {
		ref, err := plans.MedicareReferenceAmount(plans.TypicalVisit(minutes))
		if err != nil {
			t.Fatal(err)
		}
		return plans.SuggestedAllowed(ref.Total, plans.SuggestedAllowedPercent)
	}
	if got := mustScenario(t, a).Plan.OutOfNetwork.Allowed; got != 14821 { // 60 minutes: $148.21 (TestSuggestedAllowed)
		t.Fatalf("60 minutes: %d", got)
	}
	a.Set("care.out_of_network.minutes", "30")
	if got, want := mustScenario(t, a).Plan.OutOfNetwork.Allowed, suggestion(30); got != want || got == 14821 {
		t.Errorf("30 minutes: %d, want %d", got, want)
	}
	a.Set("plan.out_of_network.allowed", "120")
	a.Set("care.out_of_network.minutes", "45")
	if got := mustScenario(t, a).Plan.OutOfNetwork.Allowed; got != 12000 {
		t.Errorf("typed $120 was replaced: %d", got)
	}
}

// An amount with cents shows both digits: Original Medicare's 2026 Part B
// premium is $202.90, shown 202.90 (the file writes 202.9).
func TestAmountsShowTheirCents(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.Medicare))
	if got := a.Text("plan.premium_monthly"); got != "202.90" {
		t.Errorf("premium shown %q, want 202.90", got)
	}
	if got := mustScenario(t, a).Plan.PremiumMonthly; got != 20290 {
		t.Errorf("premium %d cents", got)
	}
}

func mustScenario(t *testing.T, a *Answers) calc.Scenario {
	t.Helper()
	s, _, errs := a.Scenario()
	if len(errs) > 0 {
		t.Fatalf("the answers do not resolve: %v", errs)
	}
	return s
}

// A walk-through choice that fills no field is listed on the review as the
// choice in words, not as an answer that is "not valid".
func TestReviewShowsChoicesThatFillNoField(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	a.Set("care.visits", "24")
	var got []string
	for _, p := range a.ReviewPages(StepCare) {
		got = append(got, a.Summary(StepCare, p, " · "))
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"How sure is the number?: sure enough: 24 visits", "Evaluation visits: no: every visit costs the same"} {
		if !strings.Contains(all, want) {
			t.Errorf("the review lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "not valid") {
		t.Errorf("a choice shown as not valid:\n%s", all)
	}
}

// The visits a week read once each on the review: "Visits a week: clinic
// 2 a week · …", not "clinic a week 2 a week".
func TestReviewVisitsAWeek(t *testing.T) {
	s := plans.Preset(calc.PPO)
	s.Care.StartDate = calc.MakeDate(2026, 12, 7)
	a := NewAnswers(s)
	var all []string
	for _, p := range a.ReviewPages(StepCare) {
		all = append(all, a.Summary(StepCare, p, " · "))
	}
	got := strings.Join(all, "\n")
	if want := "Visits a week: clinic 2 a week · out of network 2 a week · concierge 1 a week"; !strings.Contains(got, want) {
		t.Errorf("the review lacks %q:\n%s", want, got)
	}
}
