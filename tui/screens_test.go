package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/walkthrough"
)

func TestLedgerRows(t *testing.T) {
	m, _ := opened(t, "what.yaml", whatIfYAML, 120, 40)
	m = press(t, m, "l")
	lines := strings.Split(plain(m), "\n")
	rows := map[string][]string{}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) > 0 {
			rows[f[0]] = f
		}
	}
	// in network, whatIfYAML: billed $150, allowed $100 (write-off $50),
	// deductible met, 20 % of 100 = $20 share, plan pays $80. You pay the
	// $20 at each visit; the indemnity policy pays you $20 back on visits
	// 1–5, so those cost you $0 and visits 6–10 $20. The maximum $5,000 less
	// the plan's share so far: 4,980 after visit 1, 4,880 after visit 6.
	// Columns: visit, billed, plan paid, policy paid, you pay, money back,
	// costs you, deductible left, OOP max left, rule.
	want := map[string][]string{
		"1": {"1", "$150.00", "$80.00", "$20.00", "$20.00", "$20.00", "$0.00", "$0.00", "$4,980.00", "coinsurance", "20", "%,", "indemnity", "paid"},
		"6": {"6", "$150.00", "$80.00", "$0.00", "$20.00", "$0.00", "$20.00", "$0.00", "$4,880.00", "coinsurance", "20", "%"},
		// totals: billed 10 × 150, plan 10 × 80, policy 5 × 20, you pay
		// 10 × 20, back 5 × 20, costs you 5 × 20
		"Total": {"Total", "$1,500.00", "$800.00", "$100.00", "$200.00", "$100.00", "$100.00"},
	}
	for k, w := range want {
		if got := strings.Join(rows[k], " "); got != strings.Join(w, " ") {
			t.Errorf("row %s = %q, want %q", k, got, strings.Join(w, " "))
		}
	}
	header := flat(strings.Join(lines[:8], " "))
	for _, col := range []string{"Billed", "Plan", "Policy", "You", "Deduct.", "OOP max", "Rule that applied"} {
		if !strings.Contains(header, col) {
			t.Errorf("header lacks %q: %s", col, header)
		}
	}
	if !strings.Contains(flat(plain(m)), "Net yearly cost $195.00 = out of pocket $100.00 + policy premiums $120.00 − tax savings $25.00.") {
		t.Errorf("the net cost's sum is missing:\n%s", plain(m))
	}

	// out of network (no benefits): no plan, deductible or maximum columns
	m = press(t, m, "right")
	oon := plain(m)
	if strings.Contains(oon, "Deduct.") || strings.Contains(oon, "Plan ") {
		t.Errorf("columns of claims shown for an option that files none:\n%s", oon)
	}
	if !strings.Contains(oon, "no coverage") {
		t.Error("the rule of an uncovered visit is not named")
	}

	// narrow: notes go under their visit, columns are hidden (and said to
	// be), nothing is cut
	m, _ = opened(t, "what.yaml", whatIfYAML, 60, 30)
	m = press(t, m, "l")
	for _, l := range strings.Split(plain(m), "\n")[1:] { // the title may be cut
		if strings.Contains(l, "…") {
			t.Errorf("a cut line at 60 columns: %q", l)
		}
	}
	if !strings.Contains(flat(plain(m)), "Hidden for want of width: costs you") {
		t.Errorf("hidden columns not named:\n%s", plain(m))
	}
	if !strings.Contains(plain(m), "coinsurance 20 %, indemnity paid") {
		t.Errorf("notes lost at 60 columns:\n%s", plain(m))
	}
	// scrolling
	before := ledgerOf(m).body.vp.YOffset
	m = press(t, m, "down", "down")
	if ledgerOf(m).body.vp.YOffset != before+2 {
		t.Errorf("down in the ledger: offset %d", ledgerOf(m).body.vp.YOffset)
	}
}

func TestStartScreen(t *testing.T) {
	// each path from a start screen of its own: a copy of the root shares
	// its screens
	start := func() Model {
		m := sized(t, Options{}, 80, 24)
		m, _ = run(t, m, m.Init()())
		return m
	}
	v := plain(start())
	if !strings.Contains(v, "▸ Try the built-in demo") {
		t.Fatalf("the demo is not the first choice:\n%s", v)
	}
	if strings.Contains(v, "Resume") {
		t.Error("a draft is offered where there is none")
	}
	for _, s := range []string{"Start a new estimate", "Open a scenario file", "Try an example"} {
		if !strings.Contains(v, s) {
			t.Errorf("start screen lacks %q", s)
		}
	}

	// Enter: the demo's comparison at once (the demo in one key), and e
	// there walks through its answers
	w := press(t, start(), "enter")
	if w.state != stateDashboard || dashOf(w).scenario != plans.DemoScenario() || !strings.Contains(plain(w), "the built-in demo") {
		t.Errorf("enter on the demo: state %d, scenario %q\n%s", w.state, dashOf(w).scenario.Name, plain(w))
	}
	if w = press(t, w, "e"); w.state != stateWizard || w.wizard.scenario != plans.DemoScenario() {
		t.Errorf("e on the demo's comparison: state %d", w.state)
	}
	// a new estimate
	if w := press(t, start(), "down", "enter"); w.state != stateWizard || w.wizard.scenario.Plan.Type != "ppo" {
		t.Errorf("a new estimate: state %d, plan %q", w.state, w.wizard.scenario.Plan.Type)
	}
	// open a file by name
	path := writeScenario(t, "cash.yaml", cashOnlyYAML)
	o := press(t, start(), "down", "down", "enter")
	o = typeText(t, o, path)
	o = press(t, o, "enter")
	if o.state != stateDashboard || !strings.Contains(plain(o), "$1,760.00") {
		t.Errorf("open a file: state %d\n%s", o.state, plain(o))
	}
	// a name that is not there: said on the start screen
	o = press(t, start(), "down", "down", "enter")
	o = typeText(t, o, filepath.Join(t.TempDir(), "nothere.yaml"))
	o = press(t, o, "enter")
	if o.state != stateStart || !strings.Contains(strings.Join(strings.Fields(plain(o)), " "), "nothere.yaml: does not exist") {
		t.Errorf("a missing file: state %d\n%s", o.state, plain(o))
	}
	if o = press(t, o, "esc"); startOf(o).mode != startOpen {
		t.Error("esc does not leave the file name")
	}
	if o = press(t, o, "esc"); startOf(o).mode != startMenu {
		t.Error("esc does not leave the choice of a file")
	}
	// q typed into the file name is a letter, not quit (no recent files:
	// browse, then type a path)
	o = press(t, start(), "down", "down", "enter", "down", "enter", "q")
	if startOf(o).path.Value() != "q" {
		t.Errorf("q in the file name: %q", startOf(o).path.Value())
	}
	// an example
	e := press(t, start(), "down", "down", "down", "enter")
	if !strings.Contains(plain(e), "Knee replacement rehab on a PPO") {
		t.Errorf("the examples are not listed:\n%s", plain(e))
	}
	e = press(t, e, "down", "enter")
	if e.state != stateDashboard {
		t.Errorf("an example: state %d", e.state)
	}
	if _, final := run(t, start(), keyMsg("q")); final == nil {
		t.Error("q does not quit the start screen")
	}
}

func TestStartOffersTheDraft(t *testing.T) {
	draftPath := filepath.Join(t.TempDir(), "draft.yaml")
	d := interview.Draft{Step: interview.StepCare, Answers: map[string]string{"plan.type": "hmo"}}
	if err := interview.SaveDraft(draftPath, d); err != nil {
		t.Fatal(err)
	}
	m := sized(t, Options{DraftPath: draftPath}, 80, 24)
	m, _ = run(t, m, m.Init()())
	v := plain(m)
	if !strings.Contains(v, "Resume the unfinished draft") || !strings.Contains(v, interview.StepCare.Title()) {
		t.Fatalf("the draft is not offered:\n%s", v)
	}
	// the demo stays first, the draft comes last: the other choices keep
	// their places (down, enter is a new estimate with or without a draft)
	items := startOf(m).items()
	if items[0].choice != choiceDemo || items[1].choice != choiceNew || items[len(items)-1].choice != choiceResume {
		t.Error("order of the choices")
	}
	if w := press(t, m, "down", "enter"); w.state != stateWizard || (w.wizard.draft != nil) {
		t.Errorf("down, enter: state %d, resume %v; want a new estimate", w.state, (w.wizard.draft != nil))
	}
	w := press(t, m, "down", "down", "down", "down", "enter") // the fifth choice
	if w.state != stateWizard || !(w.wizard.draft != nil) {
		t.Errorf("resume: state %d", w.state)
	}
	if _, err := os.Stat(draftPath); err != nil {
		t.Errorf("opening the draft removed it: %v", err)
	}
}

func TestExamplesAreAllCarried(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.yaml")
	if got := len(exampleList()); got != len(files) || got == 0 {
		t.Errorf("%d examples listed, %d in examples/", got, len(files))
	}
}

func TestWalkThroughReturns(t *testing.T) {
	m, path := opened(t, "cash.yaml", cashOnlyYAML, 100, 30)
	saved := dashOf(m).scenario

	// leaving the walk-through opened with e: back on the dashboard, as it was
	w := press(t, m, "e")
	back, _ := run(t, w, walkthrough.AbortedMsg{})
	if back.state != stateDashboard || dashOf(back).scenario != saved {
		t.Errorf("aborted from the dashboard: state %d", back.state)
	}

	// completed without saving: the answers are shown as changes from the
	// file, which w still saves to
	changed := saved
	changed.Care.Concierge.Fee = 25000
	done, _ := run(t, w, walkthrough.CompletedMsg{Completion: interview.Completion{Scenario: changed, Path: path}})
	if done.state != stateDashboard || dashOf(done).source.Path != path {
		t.Fatalf("completed: state %d, file %q", done.state, dashOf(done).source.Path)
	}
	if !strings.Contains(cardsText(done), "≠ concierge session fee $250.00 (was $200.00)") || !dashOf(done).dirty() {
		t.Errorf("the walk-through's change is not shown as unsaved:\n%s", plain(done))
	}
	// 8 × ($250 + $20) = $2,160
	if got := dashOf(done).result.Options[2].NetCost; got != 216000 {
		t.Errorf("concierge after the walk-through: %v, want $2,160.00", got)
	}

	// completed after saving over the file: the answers are the saved scenario
	data, err := plans.Marshal(changed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	done, _ = run(t, w, walkthrough.CompletedMsg{Completion: interview.Completion{Scenario: changed, Path: path}})
	if dashOf(done).dirty() || strings.Contains(cardsText(done), "≠") {
		t.Errorf("answers saved by the walk-through still shown as changes:\n%s", plain(done))
	}
	// and a later w does not see the walk-through's save as a change on disk
	done = press(t, done, "+", "w")
	if dashOf(done).prompt.active() {
		t.Errorf("w after the walk-through's save asks: %q", dashOf(done).prompt.question)
	}

	// from the start screen, leaving returns to it
	s := sized(t, Options{}, 100, 30)
	s = press(t, s, "down", "enter") // a new estimate
	if s.state != stateWizard {
		t.Fatal("a new estimate does not open the walk-through")
	}
	s, _ = run(t, s, walkthrough.AbortedMsg{})
	if s.state != stateStart {
		t.Errorf("aborted from the start: state %d", s.state)
	}
	// and completing it opens the dashboard on its answers
	s = press(t, s, "down", "enter")
	s, _ = run(t, s, walkthrough.CompletedMsg{Completion: interview.Completion{Scenario: plans.DemoScenario()}})
	if s.state != stateDashboard || !strings.Contains(plain(s), "answers not saved yet") {
		t.Errorf("completed: state %d\n%s", s.state, plain(s))
	}
	if dashOf(s).dirty() {
		t.Error("a completed walk-through shows as changed")
	}
}

// ? in the walk-through shows every key that works there, and esc comes
// back to the same question.
func TestQuestionMarkInTheWalkThrough(t *testing.T) {
	m := sized(t, Options{DraftPath: filepath.Join(t.TempDir(), "draft.yaml")}, 80, 24)
	m = press(t, m, "down", "enter") // a new estimate: the plan type first
	if m.state != stateWizard {
		t.Fatalf("state %d", m.state)
	}
	h := press(t, m, "?")
	// the keys of the questions, not the review's (which do nothing here)
	if h.state != stateHelp || strings.Contains(plain(h), "show the comparison") || !strings.Contains(plain(h), "previous question") {
		t.Fatalf("? on the plan type: state %d\n%s", h.state, plain(h))
	}
	if b := press(t, h, "esc"); b.state != stateWizard || !strings.Contains(plain(b), "What kind of health plan") {
		t.Errorf("esc from the help: state %d\n%s", b.state, plain(b))
	}
	if !strings.Contains(plain(m), "? all keys") {
		t.Errorf("the footer does not offer ?:\n%s", plain(m))
	}
	// where ? is text (the estimate's name) the walk-through takes it:
	// TestQuestionMarkIsTextOnlyInTheName in tui/walkthrough
}

// What a terminal would act on, in a file's keys or in its name, is shown
// escaped: on the error screen (an unknown key with ESC ] 0 ; … BEL once
// retitled the terminal and erased this screen), and in the dashboard's
// title, which names the file.
func TestControlCharactersAreShownEscaped(t *testing.T) {
	hostile := "version: 1\n\"\\e]0;HACKED\\a\": 1\n\"evil\\u202egpj\": 2\n" + strings.TrimPrefix(cashOnlyYAML, "version: 1\n")
	path := writeScenario(t, "hostile.yaml", hostile)
	m := sized(t, Options{File: path}, 120, 30)
	m, _ = run(t, m, m.Init()())
	view := m.View() // TestMain draws without colour: no escape at all is expected
	if m.state != stateError || strings.ContainsAny(view, "\x1b\a\u202e") {
		t.Fatalf("state %d, view %q", m.state, view)
	}
	for _, want := range []string{`\x1b]0;HACKED\a: unknown field "\x1b]0;HACKED\a"`, `evil\u202egpj: unknown field "evil\u202egpj"`} {
		if !strings.Contains(flat(view), want) {
			t.Errorf("the error screen lacks %s:\n%s", want, view)
		}
	}
	// a file whose own name holds a title sequence, opened on the dashboard
	named := writeScenario(t, "t\x1b]0;HACKED\a.yaml", cashOnlyYAML)
	m = sized(t, Options{File: named}, 120, 30)
	m, _ = run(t, m, m.Init()())
	view = m.View()
	if m.state != stateDashboard || strings.ContainsAny(view, "\x1b\a") || !strings.Contains(view, `t\x1b]0;HACKED\a.yaml`) {
		t.Errorf("state %d, view:\n%q", m.state, view)
	}
	// a what-if saved to it: the status line names it
	m = press(t, m, "+", "w")
	if view = m.View(); strings.ContainsAny(view, "\x1b\a") || !strings.Contains(view, `Saved `+filepath.Dir(named)+`/t\x1b]0;HACKED\a.yaml.`) {
		t.Errorf("after w, view:\n%q", view)
	}
}
