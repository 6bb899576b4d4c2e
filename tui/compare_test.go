package tui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/comparelist"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
)

// The open-enrollment pair for a client needing 20 to 30 visits
// (examples/open-enrollment/20-30-visits), and the same PPO's partner for
// exactly 24 visits, whose care differs (no range).
const (
	rangedPPO   = "../examples/open-enrollment/20-30-visits/2027-ppo.yaml"
	rangedHDHP  = "../examples/open-enrollment/20-30-visits/2027-hdhp-hsa.yaml"
	rangedHDHPx = "open-enrollment/20-30-visits/2027-hdhp-hsa.yaml" // as the examples carry it
	fixedHDHP   = "../examples/open-enrollment/2027-hdhp-hsa.yaml"
)

// The whole yearly costs of the pair, worked by hand from the two files and
// docs/cost-rules.md (never read off the program):
//
//	PPO in network: $115 a visit, a $1,000 deductible, then 20 %. Visits
//	  1–8 pay 8 × 115 = 920 of the deductible; visit 9 pays the last 80 and
//	  20 % of the other 35 = 7: $87; every later visit 20 % × 115 = $23.
//	  n visits (n ≥ 9) cost 1,007 + 23 × (n − 9): 24 → 1,352; 21 → 1,283;
//	  28 → 1,444 (the $5,000 maximum is never reached; 30 visits covered).
//	  No account. Premiums 12 × $210 = $2,520. Whole: $3,872.00; at 21
//	  visits $3,803.00, at 28 $3,964.00.
//	HDHP in network: $120 a visit, a $2,000 deductible, then 10 %. Visits
//	  1–16 pay 16 × 120 = 1,920; visit 17 the last 80 and 10 % of 40 = 4:
//	  $84; later visits $12. n visits (n ≥ 17) cost 2,004 + 12 × (n − 17):
//	  24 → 2,088; 21 → 2,052; 28 → 2,136. The $2,400 HSA pays each whole and
//	  saves 29.65 % of it, half up: 619.092 → $619.09; 608.418 → $608.42;
//	  633.324 → $633.32. Premiums 12 × $95 = $1,140. Whole:
//	  2,088 − 619.09 + 1,140 = $2,608.91; at 21 visits 2,052 − 608.42 +
//	  1,140 = $2,583.58; at 28 2,136 − 633.32 + 1,140 = $2,642.68.
//	The range (cost-rules, "A range of visits"): 20 to 30, likely 24, weights
//	  (n − 19) × 7 up to 24 and (31 − n) × 5 from it: 7, 14, 21, 28, 35, 30,
//	  25, 20, 15, 10, 5, in all 210. The 10th percentile is the first count
//	  whose running total reaches 21: 7, 21 → 21 visits; the 90th the first
//	  to reach 189: …, 180 at 27, 195 at 28 → 28 visits. The in-network costs
//	  rise with the visits, so their percentiles are the costs at 21 and 28.
//	The other cells are dearer: out of network 20 visits × $150 = $3,000
//	  cash, and 20 × $110 recognised = $2,200 never meets either plan's
//	  out-of-network deductible ($2,500, $4,000), so nothing comes back: PPO
//	  3,000 + 2,520 = $5,520.00; HDHP, the HSA paying 2,400 and saving
//	  711.60, 3,000 − 711.60 + 1,140 = $3,428.40. The concierge, 18 ×
//	  ($225 + $25) = $4,500, likewise: $7,020.00 and $4,928.40.
//	So the cheapest cell is the HDHP in network, $2,608.91, and the PPO in
//	  network is 3,872.00 − 2,608.91 = $1,263.09 dearer. The HDHP is cheaper
//	  at every count of the range (examples/README.md): at its dearest, 30
//	  visits, 2,160 − 640.44 + 1,140 = $2,659.56; the PPO at its cheapest,
//	  20 visits, 1,260 + 2,520 = $3,780.00.
const (
	wantRecommendation = "Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic, $2,608.91 a year, premiums included: $1,263.09 less than the best of the other plan, 2027 PPO with an in-network clinic ($3,872.00)."
)

func compareOf(m Model) *compareScreen { return m.screens[stateCompare].(*compareScreen) }

// matrixRows reads the matrix off the view, from its heading to the blank
// line after it: each plan's name → its three amounts, and under it
// "NAME +" → its differences, "NAME 10th percentile" → its 10th
// percentiles (likewise the 90th).
func matrixRows(view string) map[string]string {
	rows := map[string]string{}
	lines := strings.Split(view, "\n")
	start := slices.IndexFunc(lines, func(l string) bool {
		return strings.Contains(l, "In-network") && strings.Contains(l, "Concierge")
	})
	if start < 0 {
		return rows
	}
	plan := ""
	for _, l := range lines[start+1:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		f := strings.Fields(l)
		switch {
		case !strings.HasPrefix(l, " "): // a plan's row: its name, then three amounts
			plan = strings.Join(f[:len(f)-3], " ")
			rows[plan] = strings.Join(f[len(f)-3:], " ")
		case strings.Contains(l, "percentile"):
			rows[plan+" "+strings.Join(f[:2], " ")] = strings.Join(f[2:], " ")
		default:
			rows[plan+" +"] = strings.Join(f, " ")
		}
	}
	return rows
}

// TestFlowAddAPlanOnTheDashboard is the counselor's route in the real
// program loop (teatest): the client's 2027 PPO opened on the dashboard, c,
// the 2027 HDHP with an HSA added from the examples, the matrix read.
func TestFlowAddAPlanOnTheDashboard(t *testing.T) {
	m := New(Options{File: rangedPPO, DraftPath: filepath.Join(t.TempDir(), "draft.yaml")})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "lowest yearly cost")
	tm.Send(keyMsg("c"))
	waitFor(t, tm, "Add plan 2")
	tm.Send(keyMsg("down")) // an example
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "Add plan 2 from an example")
	tm.Send(keyMsg("enter")) // the one that needs this care
	waitFor(t, tm, "Lowest whole yearly cost")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)

	if final.state != stateCompare || len(compareOf(final).plans) != 2 {
		t.Fatalf("state %d, %d plans", final.state, len(compareOf(final).plans))
	}
	view := plain(final)
	if !strings.Contains(flat(view), wantRecommendation) {
		t.Errorf("the cheapest cell is not named in words:\n%s", view)
	}
	rows := matrixRows(view)
	want := map[string]string{
		"2027 PPO":                              "$3,872.00 $5,520.00 $7,020.00",
		"2027 PPO +":                            "+$1,263.09 +$2,911.09 +$4,411.09",
		"2027 PPO 10th percentile":              "$3,803.00", // the in-network cell's; the others are not worked here
		"2027 PPO 90th percentile":              "$3,964.00",
		"2027 HDHP with an HSA":                 "$2,608.91 $3,428.40 $4,928.40",
		"2027 HDHP with an HSA +":               "lowest cost +$819.49 +$2,319.49",
		"2027 HDHP with an HSA 10th percentile": "$2,583.58",
		"2027 HDHP with an HSA 90th percentile": "$2,642.68",
	}
	for k, w := range want {
		if got := rows[k]; !strings.HasPrefix(got, w) {
			t.Errorf("row %q = %q, want %q…", k, got, w)
		}
	}
	// plan 1 is the dashboard's, the example says where it came from (cut
	// at 80 columns)
	if !strings.Contains(view, "1. 2027 PPO · on the dashboard") || !strings.Contains(view, "2. 2027 HDHP with an HSA · example open-enrollment/") {
		t.Errorf("the plans are not listed with their origin:\n%s", view)
	}
	// esc goes back to the dashboard
	back, _ := run(t, final, keyMsg("esc"))
	if back.state != stateDashboard {
		t.Errorf("esc: state %d", back.state)
	}
}

// comparing opens the compare screen on f at w × h and adds the example
// that shares its care (the menu's second choice, the list's first).
func comparing(t *testing.T, f string, w, h int) Model {
	t.Helper()
	m, _ := opened(t, filepath.Base(f), mustRead(t, f), w, h)
	m = press(t, m, "c", "down", "enter", "enter")
	if m.state != stateCompare || len(compareOf(m).plans) != 2 {
		t.Fatalf("state %d, %d plans:\n%s", m.state, len(compareOf(m).plans), plain(m))
	}
	return m
}

// A plan added from a file whose care differs is refused with report's
// message (every field that differs, both values), nothing is added, and
// the path stays to be corrected; a file that is not there is said too.
func TestCompareRefusesOtherCare(t *testing.T) {
	m, ppoPath := opened(t, "2027-ppo.yaml", mustRead(t, rangedPPO), 80, 24)
	m = press(t, m, "c", "enter") // a scenario file
	m = typeText(t, m, fixedHDHP)
	m = press(t, m, "enter")
	c := compareOf(m)
	if len(c.plans) != 1 || c.mode != comparePath || !c.statusBad {
		t.Fatalf("%d plans, mode %d, bad %v:\n%s", len(c.plans), c.mode, c.statusBad, plain(m))
	}
	// report's own words: ComparePlans of the same two refuses with them
	first, _ := parse(t, "ppo", mustRead(t, rangedPPO))
	other, _ := parse(t, "hdhp", mustRead(t, fixedHDHP))
	_, err := report.ComparePlans([]report.PlanInput{{File: ppoPath, Scenario: first}, {File: fixedHDHP, Scenario: other}}, time.Time{})
	var mismatch *report.CareMismatch
	if !errors.As(err, &mismatch) {
		t.Fatalf("report accepts the pair: %v", err)
	}
	view := flat(plain(m))
	if !strings.Contains(view, flat("Not added: "+err.Error())) {
		t.Errorf("the refusal is not report's message %q:\n%s", err, plain(m))
	}
	// by hand: the 24-visit file has no range, the PPO 20 to 30
	if !strings.Contains(view, fixedHDHP+" has care.visits_range.fewest: 0 there, 20 in "+ppoPath) {
		t.Errorf("the differing field is not named:\n%s", plain(m))
	}
	// the path is kept to correct; a missing file is said with its name
	if c.path.Value() != fixedHDHP {
		t.Errorf("path %q", c.path.Value())
	}
	m = typeText(t, m, "x") // …2027-hdhp-hsa.yamlx
	m = press(t, m, "enter")
	if v := flat(plain(m)); !strings.Contains(v, "Not added: "+fixedHDHP+"x: does not exist") {
		t.Errorf("a missing file:\n%s", plain(m))
	}
	// q typed into the path is a letter, not quit
	if m, final := run(t, m, keyMsg("q")); final != nil || !strings.HasSuffix(compareOf(m).path.Value(), "xq") {
		t.Errorf("q in the path: %v %q", final, compareOf(m).path.Value())
	}
}

// What a terminal would act on, in a file name report's refusal quotes,
// is shown escaped (internal/termsafe): plan 1's file, opened on the
// dashboard, named with a title sequence.
func TestCompareRefusalIsEscaped(t *testing.T) {
	hostile := writeScenario(t, "t\x1b]0;HACKED\a.yaml", cashOnlyYAML)
	m := sized(t, Options{File: hostile}, 120, 40)
	m, _ = run(t, m, m.Init()())
	m = press(t, m, "c", "enter")
	m = typeText(t, m, rangedHDHP)
	m = press(t, m, "enter")
	view := m.View() // TestMain draws without colour: no escape at all is expected
	if strings.ContainsAny(view, "\x1b\a") || !strings.Contains(flat(view), rangedHDHP+` has care.visits: 24 there, 10 in `+filepath.Dir(hostile)+`/t\x1b]0;HACKED\a.yaml`) {
		t.Errorf("view:\n%q", view)
	}
	// the screen's own messages quote names too: a name no keyboard types
	// (the text input drops control characters) but a list of files could
	// offer, read as Enter reads a typed one
	missing := filepath.Join(t.TempDir(), "m\x1b]0;HACKED\a.yaml")
	m, _ = run(t, m, loadPlan(loadFile(missing, false), missing, comparelist.Ref{File: missing})())
	if view = m.View(); strings.ContainsAny(view, "\x1b\a") || !strings.Contains(flat(view), `m\x1b]0;HACKED\a.yaml`) {
		t.Errorf("view:\n%q", view)
	}
}

// Presets take plan 1's care; plans can be removed, plan 1 cannot; four is
// the most.
func TestCompareAddPresetsAndRemove(t *testing.T) {
	m := comparing(t, rangedPPO, 120, 40)
	// a preset: the menu's third choice; the list starts at the PPO
	m = press(t, m, "a", "down", "down", "enter", "enter")
	c := compareOf(m)
	if len(c.plans) != 3 || c.plans[2].preset != calc.PPO || c.plans[2].input.Scenario.Care != c.plans[0].input.Scenario.Care {
		t.Fatalf("the PPO preset with plan 1's care not added:\n%s", plain(m))
	}
	if !strings.Contains(plain(m), "Typical PPO") || !strings.Contains(flat(plain(m)), "Typical PPO is a preset") {
		t.Errorf("the preset is not shown as one:\n%s", plain(m))
	}
	// the HDHP preset, fourth; then no more
	m = press(t, m, "a", "down", "down", "enter", "down", "down", "down", "down", "enter")
	if n := len(compareOf(m).plans); n != 4 {
		t.Fatalf("%d plans after the HDHP preset:\n%s", n, plain(m))
	}
	m = press(t, m, "a")
	if compareOf(m).mode != compareMatrix || !strings.Contains(flat(plain(m)), "A comparison takes at most 4 plans") {
		t.Errorf("a fifth plan:\n%s", plain(m))
	}
	// the same plan twice is refused
	m = press(t, m, "d") // the HDHP preset, selected as the last added
	m = press(t, m, "a", "down", "down", "enter", "enter")
	if n := len(compareOf(m).plans); n != 3 || !strings.Contains(flat(plain(m)), "Typical PPO is plan 3 already.") {
		t.Errorf("the PPO preset twice: %d plans:\n%s", n, plain(m))
	}
	m = press(t, m, "esc", "esc") // the preset list, the menu

	// remove the example (plan 2): ←/→ select
	m = press(t, m, "left")
	if compareOf(m).selected != 1 {
		t.Fatalf("selected %d", compareOf(m).selected)
	}
	m = press(t, m, "d")
	c = compareOf(m)
	if len(c.plans) != 2 || c.plans[1].preset != calc.PPO || matrixRows(plain(m))["2027 HDHP with an HSA"] != "" {
		t.Errorf("removing plan 2 left:\n%s", plain(m))
	}
	if !strings.Contains(plain(m), "Removed 2027 HDHP with an HSA.") {
		t.Errorf("the removal is not said:\n%s", plain(m))
	}
	// plan 1 stays
	m = press(t, m, "left", "d")
	if len(compareOf(m).plans) != 2 || !strings.Contains(flat(plain(m)), "Plan 1 is the dashboard's and stays") {
		t.Errorf("d on plan 1:\n%s", plain(m))
	}
	// the last added removed: plan 1 alone, the add menu opens
	m = press(t, m, "right", "d")
	if c := compareOf(m); len(c.plans) != 1 || c.mode != compareMenu || c.matrix != nil {
		t.Errorf("plan 1 alone: %d plans, mode %d", len(c.plans), c.mode)
	}
	// and esc there is the dashboard
	if m = press(t, m, "esc"); m.state != stateDashboard {
		t.Errorf("esc from the menu with plan 1 alone: state %d", m.state)
	}
}

// Back on the dashboard and again on c, the plans added stay; a what-if
// that changes plan 1's care sets a file's plan aside with report's reason,
// while a preset takes the new care.
func TestCompareKeepsPlansForTheSameFile(t *testing.T) {
	m := comparing(t, rangedPPO, 120, 40)
	m = press(t, m, "a", "down", "down", "enter", "enter") // the PPO preset
	m = press(t, m, "esc", "right", "c")                   // the dashboard, its next card, back
	if n := len(compareOf(m).plans); n != 3 {
		t.Fatalf("%d plans after going back and forth", n)
	}
	m = press(t, m, "esc")
	if dashOf(m).selected != 1 {
		t.Errorf("back on card %d, want the card left (1)", dashOf(m).selected)
	}
	m = press(t, m, "+", "c") // 25 visits
	c := compareOf(m)
	if len(c.plans) != 2 || c.plans[1].preset != calc.PPO || c.plans[1].input.Scenario.Care.Visits != 25 {
		t.Fatalf("after +: %d plans:\n%s", len(c.plans), plain(m))
	}
	if v := flat(plain(m)); !strings.Contains(v, "Set aside, as plan 1's care changed: the scenarios compared must share the care needed") ||
		!strings.Contains(v, "has care.visits: 24 there, 25 in") || !strings.Contains(v, "on the dashboard, with what-if changes not saved") {
		t.Errorf("the example set aside is not said:\n%s", plain(m))
	}
}

// x writes report's handout of the comparison beside plan 1's file
// (NAME-compare.md, mode 0600), and asks before replacing it.
func TestCompareExport(t *testing.T) {
	m := comparing(t, rangedPPO, 100, 30)
	path := filepath.Join(filepath.Dir(dashOf(m).source.Path), "2027-ppo-compare.md")
	m = press(t, m, "x")
	if !strings.Contains(flat(plain(m)), "Wrote "+path+".") {
		t.Fatalf("x:\n%s", plain(m))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", info.Mode().Perm())
	}
	// report's handout of these two plans, but for the day it was made
	var want bytes.Buffer
	if err := report.PlanMarkdown(&want, compareOf(m).matrix); err != nil {
		t.Fatal(err)
	}
	dropDay := func(s string) string {
		lines := strings.Split(s, "\n")
		lines[2] = strings.Replace(lines[2], "Made on "+time.Now().Format("2 January 2006")+" with carecost", "Made with carecost", 1)
		return strings.Join(lines, "\n")
	}
	if dropDay(string(data)) != want.String() {
		t.Errorf("the handout is not report's:\n%s", data)
	}
	for _, s := range []string{"**" + wantRecommendation + "**", "What to check in each plan's Summary of Benefits and Coverage"} {
		if !strings.Contains(string(data), s) {
			t.Errorf("the handout lacks %q", s)
		}
	}
	// again: replace? no keeps it, yes writes it
	os.WriteFile(path, []byte("mine"), 0o600)
	m = press(t, m, "x")
	if !compareOf(m).prompt.active() || !strings.Contains(flat(plain(m)), path+" already exists. Replace it? (y/n)") {
		t.Fatalf("x again:\n%s", plain(m))
	}
	m = press(t, m, "n")
	if data, _ := os.ReadFile(path); string(data) != "mine" || !strings.Contains(plain(m), "Nothing written.") {
		t.Errorf("n replaced the file, or did not say so")
	}
	m = press(t, m, "x", "y")
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), wantRecommendation) || !strings.Contains(plain(m), "Wrote "+path) {
		t.Errorf("y did not replace the file, or did not say so")
	}
}

// ? on the compare screen lists its keys and what its figures mean.
func TestCompareHelp(t *testing.T) {
	m := comparing(t, rangedPPO, 80, 24)
	h := press(t, m, "?")
	v := flat(plain(h))
	if h.state != stateHelp || !strings.Contains(v, "add plan") || !strings.Contains(v, "remove plan") || !strings.Contains(v, "Whole yearly cost:") {
		t.Errorf("help:\n%s", plain(h))
	}
	if h = press(t, h, "esc"); h.state != stateCompare {
		t.Errorf("esc from the help: state %d", h.state)
	}
	// the dashboard's help names c
	d := press(t, m, "esc", "?")
	if !strings.Contains(plain(d), "compare plans") {
		t.Errorf("the dashboard's help lacks c:\n%s", plain(d))
	}
}

// TestCompareGolden is the compare screen of the 20–30-visit pair at a
// laptop terminal's size, and after resizes to 100 and 120 columns (go test
// ./tui -run TestCompareGolden -update rewrites them: read the diff first).
func TestCompareGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		t.Run(itoa(size[0])+"x"+itoa(size[1]), func(t *testing.T) {
			m := sized(t, Options{File: rangedPPO}, 80, 24)
			m, _ = run(t, m, m.Init()())
			m = press(t, m, "c", "down", "enter", "enter")
			m, _ = run(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for i, l := range strings.Split(plain(m), "\n") {
				if w := len([]rune(l)); w > size[0] {
					t.Errorf("line %d is %d wide: %q", i, w, l)
				}
			}
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

// The examples offered are those that need plan 1's care, and none is
// offered for a plan no example shares the care of.
func TestCompareOffersExamplesOfTheSameCare(t *testing.T) {
	m, _ := opened(t, "2027-ppo.yaml", mustRead(t, rangedPPO), 80, 24)
	m = press(t, m, "c")
	c := compareOf(m)
	if len(c.examples) != 1 || c.examples[0].File != rangedHDHPx {
		t.Errorf("examples offered: %v", c.examples)
	}
	if !strings.Contains(plain(m), "One needs the same care: 2027 HDHP with an HSA.") {
		t.Errorf("menu:\n%s", plain(m))
	}
	m, _ = opened(t, "cash.yaml", cashOnlyYAML, 80, 24)
	m = press(t, m, "c", "down", "enter")
	if len(compareOf(m).examples) != 0 || !strings.Contains(flat(plain(m)), "No example needs the same care as plan 1") {
		t.Errorf("cash only:\n%s", plain(m))
	}
	// enter on the empty list does nothing
	if m = press(t, m, "enter"); compareOf(m).mode != compareExamples {
		t.Errorf("enter on no example: mode %d", compareOf(m).mode)
	}
}

// A preset keeps its own plan, year aside: Medicare's fee schedule as the
// clinic's rate, nothing allowed without a plan; plan 1's otherwise.
func TestPresetScenario(t *testing.T) {
	first, _ := parse(t, "ppo", mustRead(t, rangedPPO))
	for _, pt := range calc.PlanTypes {
		s := presetScenario(pt, first)
		if s.Plan.Type != pt && !(pt == "" && s.Plan.Type == calc.PPO) {
			t.Errorf("%s: plan %s", pt, s.Plan.Type)
		}
		if s.Year != 2027 {
			t.Errorf("%s: year %d, want plan 1's 2027", pt, s.Year)
		}
		care := s.Care
		care.InNetwork.Allowed = first.Care.InNetwork.Allowed
		if care != first.Care {
			t.Errorf("%s: the care is not plan 1's", pt)
		}
		data, err := plans.Marshal(s)
		if err == nil {
			_, _, err = plans.Parse("x.yaml", data)
		}
		if err != nil {
			t.Errorf("%s: the preset with plan 1's care is not a valid scenario: %v", pt, err)
		}
	}
	// $115 is the PPO's rate; Medicare's is the fee schedule of a
	// 45-minute visit ($89.51, plans/presets.go), none's nothing
	if got := presetScenario(calc.HMO, first).Care.InNetwork.Allowed; got != calc.Dollars(115) {
		t.Errorf("HMO allowed %v", got)
	}
	if got := presetScenario(calc.Medicare, first).Care.InNetwork.Allowed; got != 8951 {
		t.Errorf("Medicare allowed %v", got)
	}
	if got := presetScenario(calc.NoPlan, first).Care.InNetwork.Allowed; got != 0 {
		t.Errorf("no plan allowed %v", got)
	}
}

// The footer names only keys that do something: over the empty list of
// examples (no example needs plan 1's care), ↑/↓ and enter do nothing (the
// test above it checks enter), so the footer offers esc and q alone.
func TestCompareNoExampleFooter(t *testing.T) {
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 80, 24)
	m = press(t, m, "c", "down", "enter")
	v := plain(m)
	footer := v[strings.LastIndex(v, "\n")+1:]
	for _, dead := range []string{"enter", "up", "down"} {
		if strings.Contains(footer, dead) {
			t.Errorf("the footer offers %q over no example: %q", dead, footer)
		}
	}
	if !strings.Contains(footer, "esc back") {
		t.Errorf("the footer lacks esc back: %q", footer)
	}
}

// Visits that cross the plan-year reset are not "a year of therapy": the
// screen's title names the figure as report does (examples/december-reset
// .yaml, 7 December 2026 to 25 February 2027, beside the PPO preset).
func TestCompareTitleAcrossTheReset(t *testing.T) {
	m, _ := opened(t, "december.yaml", mustRead(t, decemberFile), 100, 30)
	m = press(t, m, "c", "down", "down", "enter", "enter")
	if len(compareOf(m).plans) != 2 {
		t.Fatalf("the preset not added:\n%s", plain(m))
	}
	title := strings.SplitN(plain(m), "\n", 2)[0]
	if !strings.Contains(title, "the whole cost of the therapy under each plan") || strings.Contains(title, "a year") {
		t.Errorf("title %q", title)
	}
	// the help's glossary names and defines the same figure, the handout's
	// words (report's wholeCostDated), not the whole yearly cost's
	h := flat(plain(press(t, m, "?")))
	if !strings.Contains(h, "Whole cost of the therapy: each option's net cost over every visit") ||
		!strings.Contains(h, "one year's premiums of the plan") || strings.Contains(h, "Whole yearly cost:") {
		t.Errorf("the help's glossary across the reset:\n%s", h)
	}
}

// A path typed with ~ is read as the start screen reads it (userpath.Expand):
// ~/plans/hdhp.yaml is the file under the home folder, not a folder named
// "~" in the working directory.
func TestCompareTypedPathFromHome(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	if err := os.Mkdir(filepath.Join(home, "plans"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "plans", "hdhp.yaml"), []byte(mustRead(t, rangedHDHP)), 0o600); err != nil {
		t.Fatal(err)
	}
	m, _ := opened(t, "2027-ppo.yaml", mustRead(t, rangedPPO), 80, 24)
	m = press(t, m, "c", "enter") // a scenario file
	m = typeText(t, m, "~/plans/hdhp.yaml")
	m = press(t, m, "enter")
	if len(compareOf(m).plans) != 2 {
		t.Fatalf("~/plans/hdhp.yaml not added:\n%s", plain(m))
	}
}
