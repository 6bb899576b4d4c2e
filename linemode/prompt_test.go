package linemode

import (
	"bufio"
	"errors"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

func run(t *testing.T, s calc.Scenario, input string) (calc.Scenario, string, error) {
	t.Helper()
	var out strings.Builder
	// unbroken lines, so sentences can be looked for whole
	sess := &Session{p: &prompter{in: bufio.NewReader(strings.NewReader(input)), out: &out, width: 1 << 20}}
	got, err := sess.Walk(interview.Options{Scenario: s})
	if strings.Contains(out.String(), "\x1b") {
		t.Errorf("the output has escape sequences: a screen reader would read them")
	}
	return got, out.String(), err
}

// enters is n presses of Enter.
func enters(n int) string { return strings.Repeat("\n", n) }

// Enter at every question keeps every answer: the preset comes back.
func TestEnterThroughPresets(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		t.Run(string(pt), func(t *testing.T) {
			want := plans.Preset(pt)
			got, out, err := run(t, want, enters(200))
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if got != want {
				t.Errorf("got %+v\nwant %+v", got, want)
			}
			if !strings.Contains(out, "Press Enter to show the comparison") {
				t.Errorf("no review offer:\n%s", out)
			}
		})
	}
}

// A group of questions is announced by its title alone on a line, as a
// screen reader reads a heading, and the file's wording is not read out.
func TestHeadingsAndWording(t *testing.T) {
	_, out, err := run(t, plans.Preset(calc.PPO), toDeductible+"1,50\n"+enters(200))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nCoverage\n", "\nName and year\n", "\nThe deductible\n", "(1500, 1,500 or $1,500.50)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"Coverage.\n", "plain number", "null"} {
		if strings.Contains(out, bad) {
			t.Errorf("output has %q", bad)
		}
	}
}

// The PPO preset's questions, in order, up to the in-network deductible:
// plan type, coverage, premium, name, year, then "step 1 is done".
const toDeductible = "\n\n\n\n\n" + "\n"

func TestReasksWithWhatIsAllowed(t *testing.T) {
	got, out, err := run(t, plans.Preset(calc.PPO), toDeductible+"1,50\n0.295\n$1,500.50\n"+enters(200))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Not valid: The answer 1,50 is not a number. Allowed: an amount in dollars from 0 to 1000000",
		"Not valid: The answer 0.295 has more than two decimals",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if got.Plan.InNetwork.Deductible != 150050 {
		t.Errorf("deductible %d, want 150050 ($1,500.50)", got.Plan.InNetwork.Deductible)
	}
}

// A rule between answers (plans.Resolve's) is asked again too.
func TestReasksBetweenAnswers(t *testing.T) {
	// deductible 1500 kept; met 1600 is refused, 1500 accepted
	got, out, err := run(t, plans.Preset(calc.PPO), toDeductible+"\n1600\n1500\n"+enters(200))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Not valid: The answer 1600 is above the deductible, 1500") {
		t.Errorf("no problem said:\n%s", out)
	}
	if got.Plan.InNetwork.DeductibleMet != 150000 {
		t.Errorf("met %d", got.Plan.InNetwork.DeductibleMet)
	}
}

// Choices by number, by word, and "N?" to hear one described.
func TestChoices(t *testing.T) {
	got, out, err := run(t, plans.Preset(calc.PPO), "2?\nhmo\n"+enters(200))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "HMO: "+plans.PlanDescription(calc.HMO)) {
		t.Errorf("2? did not describe the HMO:\n%s", out)
	}
	// the HMO's typical figures replace the PPO's (none were touched)
	if got != plans.Preset(calc.HMO) {
		t.Errorf("got %+v\nwant the HMO preset", got)
	}
	if _, out, _ = run(t, plans.Preset(calc.PPO), "11\n"+enters(200)); !strings.Contains(out, "Not one of the choices") {
		t.Errorf("11 of 10 plan types was not refused:\n%s", out)
	}
}

// HMO: only "does it pay out of network?" is asked of that step.
func TestSkipsWhatDoesNotApply(t *testing.T) {
	_, out, err := run(t, plans.Preset(calc.HMO), enters(200))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "Out-of-network deductible") {
		t.Errorf("out-of-network figures asked of an HMO without them:\n%s", out)
	}
	_, out, err = run(t, plans.Preset(calc.NoPlan), enters(200))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "What you pay in network") || !strings.Contains(out, "Step 2 of 5: Your therapy") {
		t.Errorf("plan steps asked with no plan:\n%s", out)
	}
}

// "none" empties an answer whose empty value means something.
func TestNoneForNoLimit(t *testing.T) {
	// the Enters up to the visit limit, counted from the script
	in := enters(entersBefore(t, plans.Preset(calc.PPO), "plan.visit_limit")) + "none\n" + enters(200)
	got, out, err := run(t, plans.Preset(calc.PPO), in)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Plan.VisitLimit.Set {
		t.Errorf("limit %v, want none", got.Plan.VisitLimit)
	}
}

// "change step N or continue", after a step and on the review.
func TestChangeAStep(t *testing.T) {
	// after step 1, type 1: step 1 again, where the name is changed
	in := "\n\n\n\n\n" + "1\n" + "\n\n\nAgain\n\n" + enters(200)
	got, out, err := run(t, plans.Preset(calc.PPO), in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Again" || strings.Count(out, "Step 1 of 8: Your health plan") != 2 {
		t.Errorf("name %q; step 1 asked %d times", got.Name, strings.Count(out, "Step 1 of 8"))
	}

	// on the review, 4 opens the visit limit; after it, back to the review
	var review strings.Builder
	review.WriteString(enters(routeEnters(plans.Preset(calc.PPO))))
	// the limit typed, the step's other questions kept, the step done, then
	// Enter on the review shows the comparison
	limitStep := len(stepKeys(plans.Preset(calc.PPO), interview.StepVisitLimit))
	review.WriteString("4\n" + "12\n" + enters(limitStep-1) + "\n" + "\n")
	got, out, err = run(t, plans.Preset(calc.PPO), review.String())
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Plan.VisitLimit != calc.Cap(12) {
		t.Errorf("limit %v, want 12", got.Plan.VisitLimit)
	}
	if strings.Count(out, "Step 8 of 8: Review your answers") != 2 {
		t.Errorf("the review was not shown again after the change:\n%s", out)
	}
}

// stepKeys are the questions a step asks of s's answers on the full route.
func stepKeys(s calc.Scenario, st interview.Step) []string {
	a := interview.NewAnswers(s)
	var keys []string
	for _, p := range a.Pages(st, false) {
		if p.Shown(a) {
			for _, q := range p.Questions {
				keys = append(keys, q.Key)
			}
		}
	}
	return keys
}

// routeEnters is how many Enters keep every answer of s up to the review
// on the full route: one a question asked, one a step ("step N is done"),
// counted from the script, so a question added to it changes no test that
// does not name it.
func routeEnters(s calc.Scenario) int {
	a := interview.NewAnswers(s)
	n := 0
	for _, st := range interview.Steps {
		if st == interview.StepReview || !a.StepApplies(st) {
			continue
		}
		for _, p := range a.Pages(st, false) {
			if p.Shown(a) {
				n += len(p.Questions)
			}
		}
		n++
	}
	return n
}

// The input ending early makes no scenario.
func TestInputEnds(t *testing.T) {
	_, _, err := run(t, plans.Preset(calc.PPO), "\n\n")
	if !errors.Is(err, ErrInputEnded) {
		t.Errorf("err = %v, want ErrInputEnded", err)
	}
}

// The suggestion for the out-of-network allowed amount: 125 % of a
// 60-minute visit's $118.57 is $148.21 (see the wizard's test for the
// units).
func TestSuggestedAllowed(t *testing.T) {
	// the Enters up to the question of the allowed amount, counted from
	// the script, then its second choice, the suggestion
	in := enters(entersBefore(t, plans.Preset(calc.PPO), interview.KeyAllowedSource)) + "2\n" + enters(200)
	got, out, err := run(t, plans.Preset(calc.PPO), in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Plan.OutOfNetwork.Allowed != 14821 {
		t.Errorf("allowed %d, want 14821\n%s", got.Plan.OutOfNetwork.Allowed, out)
	}
}

// An HMO that does pay out of network: its allowed amount is not known, so
// the suggestion is the answer in brackets and Enter keeps it.
func TestHMOWithBenefitsTakesTheSuggestion(t *testing.T) {
	// the Enters up to "does your plan pay out of network?", counted from
	// the script, then "yes" and Enter after
	in := enters(entersBefore(t, plans.Preset(calc.HMO), "plan.out_of_network.covered")) + "1\n" + enters(200)
	got, out, err := run(t, plans.Preset(calc.HMO), in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Choice [2, No: use $148.21") {
		t.Errorf("the suggestion is not the answer offered:\n%s", out)
	}
	if !got.Plan.OutOfNetwork.Covered || got.Plan.OutOfNetwork.Allowed != 14821 {
		t.Errorf("covered %v allowed %d, want covered at 14821", got.Plan.OutOfNetwork.Covered, got.Plan.OutOfNetwork.Allowed)
	}
}

// Choose takes a number, the start of a label, or Enter for the first, and
// asks again on anything else; one session shares its input, so answers
// typed ahead reach the next question.
func TestSessionChoose(t *testing.T) {
	var out strings.Builder
	s := NewSession(strings.NewReader("\n2\ntry an\n9\nstart\nrest of the line\n"), &out)
	choices := []string{"Try the demo: all filled in", "Start anew", "Try an example"}
	for _, want := range []int{0, 1, 2, 1} {
		got, err := s.Choose("What?", choices)
		if err != nil || got != want {
			t.Fatalf("Choose = %d, %v; want %d\n%s", got, err, want, out.String())
		}
	}
	if !strings.Contains(out.String(), "Not valid: type a number from 1 to 3.") || !strings.Contains(out.String(), "Choice [1, Try the demo]: ") {
		t.Errorf("output:\n%s", out.String())
	}
	if line, err := s.Ask("Next: "); err != nil || line != "rest of the line" {
		t.Errorf("Ask = %q, %v", line, err)
	}
	if _, err := s.Choose("What?", choices); !errors.Is(err, ErrInputEnded) {
		t.Errorf("at the end of input: %v", err)
	}
}

// Long lines break between words at 79 columns, so a terminal never cuts a
// word in two.
func TestLongLinesBreakBetweenWords(t *testing.T) {
	var out strings.Builder
	s := NewSession(strings.NewReader(""), &out)
	s.Say(strings.Repeat("word ", 40))
	for _, l := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		if len(l) > lineWidth {
			t.Errorf("line of %d: %q", len(l), l)
		}
		for _, w := range strings.Fields(l) {
			if w != "word" {
				t.Errorf("a word cut in two: %q in %q", w, l)
			}
		}
	}
	if got := strings.Join(strings.Fields(out.String()), " "); got != strings.TrimSpace(strings.Repeat("word ", 40)) {
		t.Errorf("words lost: %q", got)
	}
}

// An answer far above what a real plan has is questioned once: yes keeps
// it; Enter asks the question again. Here the deductible (the first
// question after toDeductible): 150175 → asked, Enter → asked again, 1500
// → kept without a question; and 30000 (above the 2027 ACA limit of
// $12,000.00) → asked, yes → kept.
func TestUnusualAnswerQuestioned(t *testing.T) {
	got, out, err := run(t, plans.Preset(calc.PPO), toDeductible+"150175\n\n1500\n"+enters(200))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "$150,175.00 is unusually high for the in-network deductible") {
		t.Errorf("not questioned:\n%s", out)
	}
	if got.Plan.InNetwork.Deductible != 150000 {
		t.Errorf("deductible %v, want the $1,500.00 typed again", got.Plan.InNetwork.Deductible)
	}
	got, out, err = run(t, plans.Preset(calc.PPO), toDeductible+"30000\nyes\n"+"\n"+"\n"+"\n"+"\n"+"40000\n"+enters(200))
	if err != nil {
		t.Fatal(err)
	}
	if got.Plan.InNetwork.Deductible != 3000000 {
		t.Errorf("deductible %v, want the $30,000.00 kept\n%s", got.Plan.InNetwork.Deductible, out)
	}
	if n := strings.Count(out, "unusually high for the in-network deductible"); n != 1 {
		t.Errorf("asked %d times, want once", n)
	}
	// the figure kept stays in view: the review warns of it, before the
	// other warnings (interview's Reviewed, as the full-screen review)
	review := out[strings.LastIndex(out, interview.StepReview.Title()):]
	first := strings.Index(review, "Warning: ")
	if first < 0 || !strings.Contains(review[first:], "$30,000.00") || !strings.HasPrefix(review[first:], "Warning: The in-network deductible") {
		t.Errorf("the review does not warn first of the figure kept:\n%s", review)
	}
}

// The short route line by line: six steps (the review included), the
// review marks what was not given as assumed, and a asks every question.
func TestQuickRoute(t *testing.T) {
	var out strings.Builder
	// the short route's Enters: the plan type, step done (2); deductible,
	// met, copay, coinsurance, maximum, step done (6); limit, used, step
	// done (3); visits, the three prices, step done (5); no account, step
	// done (2): 18
	sess := &Session{p: &prompter{in: bufio.NewReader(strings.NewReader(enters(18) + "a\n" + enters(200))), out: &out, width: 1 << 20}}
	got, err := sess.Walk(interview.Options{Scenario: plans.Preset(calc.PPO), Quick: true})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	text := out.String()
	quickEnd := strings.Index(text, "Type a to answer every question")
	if quickEnd < 0 || !strings.Contains(text[:quickEnd], "Step 1 of 6: Your health plan") ||
		strings.Contains(text[:quickEnd], "Out-of-network benefits\n\nDoes your plan pay") {
		t.Fatalf("not the short route:\n%s", text)
	}
	if !strings.Contains(text[:quickEnd], "sessions 18 (assumed)") || !strings.Contains(text[:quickEnd], "Step 6 of 6: Review your answers") {
		t.Errorf("the review does not mark what was assumed:\n%s", text[:quickEnd])
	}
	if !strings.Contains(text[quickEnd:], "Step 1 of 8: Your health plan") {
		t.Errorf("a did not ask every question:\n%s", text[quickEnd:])
	}
	if got != plans.Preset(calc.PPO) {
		t.Errorf("Enter through both routes changed the answers: %+v", got)
	}
}
