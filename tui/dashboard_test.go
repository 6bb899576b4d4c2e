package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
)

// cardFigures reads a card's "label … value" lines: label → value.
func cardFigures(m Model, i int) map[string]string {
	out := map[string]string{}
	for _, line := range dashOf(m).cardContent(i, 40, true, true, false) {
		line = strings.TrimSpace(ansi.Strip(line))
		j := strings.LastIndex(line, "  ")
		if j < 0 {
			continue
		}
		out[strings.TrimSpace(line[:j])] = strings.TrimSpace(line[j:])
	}
	return out
}

func TestCardsShowTheHandWorkedFigures(t *testing.T) {
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 120, 40)
	want := [3]map[string]string{
		{"Out of pocket": "$1,000.00", "Paid upfront": "$1,000.00", "Money back": "$0.00", "Per visit": "$100.00", "Per hour one-on-one": "$200.00"},
		{"Out of pocket": "$1,500.00", "Paid upfront": "$1,500.00", "Money back": "$0.00", "Per visit": "$150.00", "Per hour one-on-one": "$150.00"},
		{"Out of pocket": "$1,760.00", "Paid upfront": "$1,760.00", "Money back": "$0.00", "Per visit": "$220.00", "Per hour one-on-one": "$220.00"},
	}
	for i := range want {
		got := cardFigures(m, i)
		for label, v := range want[i] {
			if got[label] != v {
				t.Errorf("card %d %q = %q, want %q", i, label, got[label], v)
			}
		}
	}
	// no plan: no option files a claim, and each card says so
	if cards := cardsText(m); strings.Count(cards, "Files no claims") != 3 {
		t.Errorf("cards:\n%s", cards)
	}
	view := flat(plain(m))
	for _, net := range []string{"$1,000.00 net a year", "$1,500.00 net a year", "$1,760.00 net a year"} {
		if !strings.Contains(view, net) {
			t.Errorf("view lacks %q:\n%s", net, view)
		}
	}
	// the cheapest in words, and how much more the others cost:
	// 1,500 − 1,000 = 500; 1,760 − 1,000 = 760
	for _, s := range []string{"Lowest yearly cost: In-network clinic, $1,000.00.", "Out-of-network provider costs $500.00 more", "concierge therapist costs $760.00 more", "✓ lowest yearly cost", "+$500.00 a year", "+$760.00 a year"} {
		if !strings.Contains(view, s) {
			t.Errorf("view lacks %q", s)
		}
	}
}

// TestEveryFigureIsTheEngines opens every example and compares each card's
// figures with calc.Estimate of the same scenario.
func TestEveryFigureIsTheEngines(t *testing.T) {
	files, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := parse(t, f, string(data))
			m, _ := opened(t, filepath.Base(f), string(data), 120, 40)
			r := calc.Estimate(s)
			view := plain(m)
			for i := range r.Options {
				o := &r.Options[i]
				if !strings.Contains(view, o.NetCost.String()+" net a year") {
					t.Errorf("%s: net cost %v not on screen", o.ID, o.NetCost)
				}
				got := cardFigures(m, i)
				check := func(label string, want string) {
					t.Helper()
					if got[label] != want {
						t.Errorf("%s %q = %q, engine says %q", o.ID, label, got[label], want)
					}
				}
				check("Out of pocket", o.OutOfPocket.String())
				check("Paid upfront", o.PatientPaidUpfront.String())
				check("Money back", o.Reimbursed.String())
				check("Tax savings", o.TaxSavings.String())
				check("Premiums", o.Premiums.String())
				check("Per visit", o.PerVisit.String())
				check("Per hour one-on-one", o.PerHour.String())
				if words, short := report.PlanPaysNothingWords(o); words != "" {
					// covered, yet the plan pays nothing: said in words, or
					// on one line where the card is too narrow for them
					if !strings.Contains(cardsText(m), words) && (short == "" || !strings.Contains(cardsText(m), short)) {
						t.Errorf("%s: the plan pays $0, and its card does not say %q", o.ID, words)
					}
				} else if o.FilesClaims {
					check("Visits covered", itoa(o.Visits-o.UncoveredVisits)+" of "+itoa(o.Visits)+" ("+itoa(o.UncoveredVisits)+" not)")
				} else if _, ok := got["Visits covered"]; ok || !strings.Contains(cardsText(m), "Files no claims") {
					t.Errorf("%s files no claims, and its card does not say so", o.ID)
				}
			}
		})
	}
}

func TestWhatIfKeys(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		keys []string
		want [3]string // net costs
		also []string  // more text the view must hold
	}{
		// + : one visit more everywhere: 11 × 100; 11 × 150; 9 × 220
		{"plus", cashOnlyYAML, []string{"+"}, [3]string{"$1,100.00", "$1,650.00", "$1,980.00"}, []string{"≠ visits needed 11 (was 10)", "≠ concierge sessions 9 (was 8)", "what-if · not saved"}},
		// = is + without shift
		{"equals", cashOnlyYAML, []string{"="}, [3]string{"$1,100.00", "$1,650.00", "$1,980.00"}, nil},
		// - : 9 × 100; 9 × 150; 7 × 220
		{"minus", cashOnlyYAML, []string{"-"}, [3]string{"$900.00", "$1,350.00", "$1,540.00"}, []string{"≠ visits needed 9 (was 10)"}},
		// + then - is the saved scenario again: no change is listed
		{"plus minus", cashOnlyYAML, []string{"+", "-"}, [3]string{"$1,000.00", "$1,500.00", "$1,760.00"}, nil},
		// ] on the first card without a plan: the self-pay price is the one
		// the cost follows: 10 × $105
		{"self-pay without a plan", cashOnlyYAML, []string{"]"}, [3]string{"$1,050.00", "$1,500.00", "$1,760.00"}, []string{"≠ clinic's self-pay rate $105.00 (was $100.00)"}},
		// tab ] : the cash rate $155: 10 × 155
		{"cash rate up", cashOnlyYAML, []string{"tab", "]"}, [3]string{"$1,000.00", "$1,550.00", "$1,760.00"}, []string{"≠ out-of-network cash rate $155.00 (was $150.00)"}},
		// tab tab [ : the session fee $195: 8 × (195 + 20) = 1,720
		{"fee down", cashOnlyYAML, []string{"tab", "tab", "["}, [3]string{"$1,000.00", "$1,500.00", "$1,720.00"}, []string{"≠ concierge session fee $195.00 (was $200.00)"}},
		// ←: from the first card to the last, then [ twice: 8 × 210 = 1,680
		{"left wraps", cashOnlyYAML, []string{"left", "[", "["}, [3]string{"$1,000.00", "$1,500.00", "$1,680.00"}, nil},
		// ] on in network with a plan: allowed $105, 20 % = $21 a visit; the
		// policy pays the $21 on visits 1–5: out of pocket 5 × 21 = $105;
		// the HSA saves 25 % of 105 = $26.25: 105 + 120 − 26.25 = $198.75
		{"allowed up", whatIfYAML, []string{"]"}, [3]string{"$198.75", "$920.00", "$1,320.00"}, []string{"≠ in-network allowed amount $105.00 (was $100.00)"}},
		// p: no policy. in 10 × 20 = 200, HSA saves 50: $150.00;
		// oon 1,200 − 250 = $950.00; concierge 1,600 − 250 = $1,350.00
		{"policy off", whatIfYAML, []string{"p"}, [3]string{"$150.00", "$950.00", "$1,350.00"}, []string{"≠ supplemental policy none (was indemnity)"}},
		{"policy off and on", whatIfYAML, []string{"p", "p"}, [3]string{"$195.00", "$920.00", "$1,320.00"}, []string{"Supplemental policy on."}},
		// a: no HSA. 100 + 120 = $220; 1,050 + 120 = $1,170; 1,450 + 120 = $1,570
		{"account off", whatIfYAML, []string{"a"}, [3]string{"$220.00", "$1,170.00", "$1,570.00"}, []string{"≠ HSA or FSA none (was HSA)"}},
		{"account off and on", whatIfYAML, []string{"a", "a"}, [3]string{"$195.00", "$920.00", "$1,320.00"}, nil},
		// no policy and no account to switch: a message, no change
		// ++ typed quickly, which the terminal delivers as one key: two
		// visits more, 12 × 100; 12 × 150; round_half_up(12 × 8/10 = 9.6) =
		// 10 sessions × 220
		{"plus plus at once", cashOnlyYAML, []string{"++"}, [3]string{"$1,200.00", "$1,800.00", "$2,200.00"}, []string{"≠ visits needed 12 (was 10)", "≠ concierge sessions 10 (was 8)"}},
		{"no policy", cashOnlyYAML, []string{"p"}, [3]string{"$1,000.00", "$1,500.00", "$1,760.00"}, []string{"no supplemental policy to switch"}},
		{"no account", cashOnlyYAML, []string{"a"}, [3]string{"$1,000.00", "$1,500.00", "$1,760.00"}, []string{"no HSA or FSA to switch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := opened(t, "s.yaml", tt.yaml, 120, 40)
			m = press(t, m, tt.keys...)
			view := plain(m)
			for i, net := range tt.want {
				if got := dashOf(m).result.Options[i].NetCost.String(); got != net {
					t.Errorf("option %d net %s, want %s", i, got, net)
				}
				if !strings.Contains(view, net+" net a year") {
					t.Errorf("view lacks %s net a year", net)
				}
			}
			// the figures shown are the engine's for the scenario as changed
			if got, want := netCosts(dashOf(m).scenario), [3]calc.Cents{dashOf(m).result.Options[0].NetCost, dashOf(m).result.Options[1].NetCost, dashOf(m).result.Options[2].NetCost}; got != want {
				t.Errorf("shown %v, calc.Estimate of the changed scenario %v", want, got)
			}
			all := flat(view) + cardsText(m) + flat(bodyText(m))
			for _, s := range tt.also {
				if !strings.Contains(all, s) {
					t.Errorf("view lacks %q:\n%s", s, view)
				}
			}
			if len(tt.also) == 0 && tt.want == [3]string{"$1,000.00", "$1,500.00", "$1,760.00"} && strings.Contains(view, "≠") {
				t.Errorf("no change from the saved scenario, yet one is listed:\n%s", view)
			}
		})
	}
}

func TestWhatIfBounds(t *testing.T) {
	one := strings.Replace(cashOnlyYAML, "visits: 10", "visits: 1", 1)
	one = strings.Replace(one, "visits: 8", "visits: 1", 1)
	m, _ := opened(t, "one.yaml", one, 120, 40)
	m = press(t, m, "-")
	if v := dashOf(m).scenario.Care.Visits; v != 1 {
		t.Errorf("- at 1 visit gave %d visits, want 1 (the format's least)", v)
	}
	// $0 is the lowest price: [ at $2.00 gives $0.00, not −$3.00
	cheap := strings.Replace(cashOnlyYAML, "cash_rate: 150", "cash_rate: 2", 1)
	m, _ = opened(t, "cheap.yaml", cheap, 120, 40)
	m = press(t, m, "tab", "[")
	if p := dashOf(m).scenario.Care.OutOfNetwork.CashRate; p != 0 {
		t.Errorf("[ at $2 gave %v, want $0.00", p)
	}
	// at 365 visits + adds none
	many := strings.Replace(cashOnlyYAML, "visits: 10", "visits: 365", 1)
	m, _ = opened(t, "many.yaml", many, 120, 40)
	m = press(t, m, "+")
	if v := dashOf(m).scenario.Care.Visits; v != 365 {
		t.Errorf("+ at 365 visits gave %d", v)
	}
}

func TestSelectionKeys(t *testing.T) {
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 120, 40)
	steps := []struct {
		key  string
		want int
	}{{"tab", 1}, {"right", 2}, {"tab", 0}, {"shift+tab", 2}, {"left", 1}}
	for _, s := range steps {
		m = press(t, m, s.key)
		if dashOf(m).selected != s.want {
			t.Fatalf("after %s selected %d, want %d", s.key, dashOf(m).selected, s.want)
		}
	}
	if !strings.Contains(plain(m), "▸ Out-of-network provider") {
		t.Errorf("the selected card is not marked in text:\n%s", plain(m))
	}
}

func TestScrollKeys(t *testing.T) {
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 80, 24)
	if dashOf(m).body.vp.YOffset != 0 {
		t.Fatal("does not open at the top")
	}
	m = press(t, m, "down")
	if dashOf(m).body.vp.YOffset != 1 {
		t.Errorf("down: offset %d", dashOf(m).body.vp.YOffset)
	}
	m = press(t, m, "j", "up")
	if dashOf(m).body.vp.YOffset != 1 {
		t.Errorf("j up: offset %d", dashOf(m).body.vp.YOffset)
	}
	m = press(t, m, "pgdown")
	page := dashOf(m).body.Height() // bubbles' viewport pages a whole page
	if dashOf(m).body.vp.YOffset != 1+page {
		t.Errorf("pgdown: offset %d, want %d", dashOf(m).body.vp.YOffset, 1+page)
	}
	m = press(t, m, "end")
	if !strings.Contains(plain(m), "About this plan type") && !strings.Contains(plain(m), "If a claim is denied") && !strings.Contains(plain(m), "Warnings and next steps") {
		t.Errorf("end does not show the last section:\n%s", plain(m))
	}
	if !dashOf(m).body.vp.AtBottom() {
		t.Error("end leaves lines below")
	}
	m = press(t, m, "home")
	if dashOf(m).body.vp.YOffset != 0 {
		t.Errorf("home: offset %d", dashOf(m).body.vp.YOffset)
	}
	// the verdict stays on screen while scrolling
	m = press(t, m, "pgdown")
	if !strings.Contains(plain(m), "Lowest yearly cost") {
		t.Error("the verdict scrolled away")
	}
}

// The screens are pointers a copy of the root shares, so each path starts
// from a dashboard of its own (open).
func TestNavigationKeys(t *testing.T) {
	open := func() Model {
		m, _ := opened(t, "cash.yaml", cashOnlyYAML, 80, 24)
		return m
	}
	ledger := func() Model { return press(t, open(), "tab", "l") }

	l := ledger()
	if l.state != stateLedger || ledgerOf(l).selected != 1 {
		t.Fatalf("l: state %d, ledger option %d", l.state, ledgerOf(l).selected)
	}
	if !strings.Contains(plain(l), "Ledger · Out-of-network provider") {
		t.Errorf("ledger view:\n%s", plain(l))
	}
	back := press(t, l, "right", "esc")
	if back.state != stateDashboard || dashOf(back).selected != 2 {
		t.Errorf("esc from the ledger: state %d, selected %d (want the dashboard on the option last shown)", back.state, dashOf(back).selected)
	}
	if back = press(t, ledger(), "l"); back.state != stateDashboard {
		t.Error("l does not close the ledger")
	}

	help := func() Model { return press(t, open(), "?") }
	h := help()
	if h.state != stateHelp || !strings.Contains(plain(h), "What the figures mean") {
		t.Fatalf("?: state %d\n%s", h.state, plain(h))
	}
	if back := press(t, h, "?"); back.state != stateDashboard {
		t.Error("? does not close the help")
	}
	if back := press(t, help(), "esc"); back.state != stateDashboard {
		t.Error("esc does not close the help")
	}

	if _, final := run(t, open(), keyMsg("q")); final != (tea.QuitMsg{}) {
		t.Errorf("q: %#v, want quit", final)
	}
	for _, mm := range []Model{open(), ledger(), help()} {
		if _, final := run(t, mm, keyMsg("ctrl+c")); final != (tea.InterruptMsg{}) {
			t.Errorf("ctrl+c in state %d: %#v, want interrupt", mm.state, final)
		}
	}
}

func TestEditOpensTheWalkThroughAtTheSelectedOption(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		step string
	}{
		{[]string{"e"}, interview.StepFor(calc.InNetworkClinic).Title()},
		{[]string{"tab", "e"}, interview.StepFor(calc.OutOfNetworkCash).Title()},
		{[]string{"shift+tab", "e"}, interview.StepFor(calc.ConciergeTherapy).Title()},
	} {
		m, _ := opened(t, "what.yaml", whatIfYAML, 100, 30)
		w := press(t, m, tc.keys...)
		if w.state != stateWizard {
			t.Fatalf("%v: state %d, want the walk-through", tc.keys, w.state)
		}
		if v := plain(w); !strings.Contains(strings.SplitN(v, "\n", 2)[0], tc.step) {
			t.Errorf("%v: walk-through opened at\n%s\nwant a step about %q", tc.keys, v, tc.step)
		}
	}
}

func TestBreakEvenStatedInWords(t *testing.T) {
	// report.TestCrossingsFromTheEngine works this scenario by hand: the
	// in-network line crosses below the concierge's at visit 11.
	yaml := `version: 1
name: Break-even
plan:
  type: ppo
  in_network: { deductible: 500, coinsurance: 20, oop_max: 5000 }
  out_of_network: { covered: false }
care:
  visits: 12
  in_network: { charge: 100, allowed: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 60 }
`
	m, _ := opened(t, "be.yaml", yaml, 120, 40)
	body := bodyText(m)
	for _, s := range []string{
		"The in-network clinic becomes cheaper than the concierge therapist at visit 11.",
		"In-network clinic: deductible met at visit 5",
		"D deductible met",
	} {
		if !strings.Contains(body, s) {
			t.Errorf("the chart's text lacks %q:\n%s", s, body)
		}
	}
}

func TestViewFitsTheWindow(t *testing.T) {
	data, err := os.ReadFile("../examples/low-back-visit-limit-rider.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := opened(t, "rider.yaml", string(data), 120, 40)
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}, {200, 50}, {40, 15}} {
		m, _ = run(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, screen := range []Model{m, press(t, m, "l"), press(t, m, "?"), press(t, m, "end")} {
			lines := strings.Split(plain(screen), "\n")
			if len(lines) != size[1] {
				t.Errorf("%v state %d: %d lines", size, screen.state, len(lines))
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Errorf("%v state %d line %d is %d wide: %q", size, screen.state, i, w, l)
				}
			}
		}
	}
}

// TestLaptopTerminal: at 80×24 the cheapest option and by how much are on
// the first screen, with the three net costs (issue 5, "Done when").
func TestLaptopTerminal(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.yaml")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		s, _ := parse(t, f, string(data))
		m, _ := opened(t, filepath.Base(f), string(data), 80, 24)
		view := plain(m)
		r := calc.Estimate(s)
		if !strings.Contains(view, "Lowest yearly cost: "+r.Option(r.Cheapest).ID.Label()) {
			t.Errorf("%s: the verdict is not on the first screen:\n%s", f, view)
		}
		for i := range r.Options {
			if !strings.Contains(view, r.Options[i].NetCost.String()) {
				t.Errorf("%s: %s's net cost not on the first screen", f, r.Options[i].ID)
			}
			if more := report.MoreThanCheapest(&r, r.Options[i].ID); more > 0 && !strings.Contains(view, more.String()+" more") {
				t.Errorf("%s: how much more %s costs is not on the first screen", f, r.Options[i].ID)
			}
		}
	}
}

func TestNarrowStacksTheCards(t *testing.T) {
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 60, 30)
	body := bodyText(m)
	first := strings.Index(body, "In-network clinic")
	second := strings.Index(body, "Out-of-network provider")
	if first < 0 || second < 0 || !strings.Contains(body[first:second], "\n") {
		t.Errorf("cards not stacked at 60 columns:\n%s", body)
	}
}

func TestNoColourDrawsNoEscapes(t *testing.T) {
	m, _ := opened(t, "what.yaml", whatIfYAML, 120, 40)
	for _, s := range []Model{m, press(t, m, "l"), press(t, m, "?")} {
		if v := s.View(); strings.Contains(v, "\x1b[") {
			t.Errorf("state %d draws escape codes with colour off", s.state)
		}
	}
}

func TestWarningsAndNextSteps(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		// an HSA beside a PPO: the figure warning; PPO prior authorization;
		// no out-of-network benefits; the appeal
		{"what", []string{"Warnings", "An HSA beside this plan", "prior authorization", "no out-of-network benefits", "internal appeal", "Keep every receipt"}},
	}
	for _, tt := range tests {
		m, _ := opened(t, tt.file+".yaml", whatIfYAML, 120, 40)
		body := bodyText(m)
		for _, s := range tt.want {
			if !strings.Contains(body, s) {
				t.Errorf("%s: panel lacks %q", tt.file, s)
			}
		}
	}
	// out of network with benefits: what a superbill holds and when money
	// comes back; HMO: a referral; massage: the letter
	for _, ex := range []struct {
		file string
		want []string
	}{
		{"low-back-visit-limit.yaml", []string{"A superbill must show", "comes back, about"}},
		{"hmo-out-of-network-specialist.yaml", []string{"referral from your primary care doctor"}},
		{"massage-without-letter.yaml", []string{"Ask your doctor for a letter of medical necessity", "not a qualified HSA or FSA expense"}},
		{"medicare-medigap-g.yaml", []string{"plan of care", "redetermination"}},
	} {
		data, err := os.ReadFile("../examples/" + ex.file)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := opened(t, ex.file, string(data), 120, 40)
		body := bodyText(m)
		for _, s := range ex.want {
			if !strings.Contains(body, s) {
				t.Errorf("%s: panel lacks %q", ex.file, s)
			}
		}
	}
}

func TestBadFileShowsEveryProblemAndChangesNothing(t *testing.T) {
	bad := "version: 1\nplan:\n  type: ppx\ncare:\n  visits: 0\n"
	path := writeScenario(t, "bad.yaml", bad)
	m := sized(t, Options{File: path}, 100, 30)
	m, _ = run(t, m, m.Init()())
	if m.state != stateError {
		t.Fatalf("state %d, want the error screen", m.state)
	}
	view := flat(plain(m))
	for _, s := range []string{"cannot be estimated", "plan.type", `did you mean "ppo"`, "care.visits", "0 is below 1", "press r"} {
		if !strings.Contains(view, s) {
			t.Errorf("error screen lacks %q:\n%s", s, view)
		}
	}
	if data, _ := os.ReadFile(path); string(data) != bad {
		t.Error("the file was changed")
	}
	// fixed in an editor, r reads it again
	if err := os.WriteFile(path, []byte(cashOnlyYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "r")
	if m.state != stateDashboard || !strings.Contains(plain(m), "$1,000.00") {
		t.Errorf("r after the fix: state %d\n%s", m.state, plain(m))
	}
	// a missing file: said plainly; esc goes to the start screen
	m = sized(t, Options{File: filepath.Join(t.TempDir(), "none.yaml")}, 100, 30)
	m, _ = run(t, m, m.Init()())
	if m.state != stateError || !strings.Contains(plain(m), "does not exist") {
		t.Errorf("missing file: state %d\n%s", m.state, plain(m))
	}
	if m = press(t, m, "esc"); m.state != stateStart {
		t.Errorf("esc: state %d, want the start screen", m.state)
	}
}

func TestPlaceholderBeforeTheFirstSize(t *testing.T) {
	m := New(Options{File: "x.yaml"})
	if v := m.View(); v != "carecost is starting…" {
		t.Errorf("before the first WindowSizeMsg: %q", v)
	}
}

func TestFileWarningsAreShown(t *testing.T) {
	// a PPO written without an out_of_network section draws the file's
	// warning (plans.Parse), which the panel must carry
	yaml := strings.Replace(whatIfYAML, "  out_of_network: { covered: false }\n", "", 1)
	s, ws := parse(t, "w.yaml", yaml)
	if len(ws) == 0 {
		t.Fatal("the scenario draws no file warning: the test tests nothing")
	}
	m, _ := opened(t, "w.yaml", yaml, 120, 40)
	body := bodyText(m)
	if !strings.Contains(body, "has no out_of_network section") {
		t.Errorf("the file's warning is missing:\n%s", body)
	}
	_ = s
	_ = plans.WarningText
}

func TestScrollAliases(t *testing.T) {
	open := func() Model {
		m, _ := opened(t, "cash.yaml", cashOnlyYAML, 80, 24)
		return m
	}
	m := open()
	page := dashOf(m).body.Height() // a page down shows the next page
	last := dashOf(m).body.vp.TotalLineCount() - dashOf(m).body.Height()
	tests := []struct {
		keys []string
		want int
	}{
		{[]string{"j", "j", "k"}, 1},
		{[]string{"f"}, page},
		{[]string{" "}, page},
		{[]string{"f", "b"}, 0},
		{[]string{"f", "pgup"}, 0},
		{[]string{"G"}, last},
		{[]string{"G", "g"}, 0},
		{[]string{"k"}, 0}, // not above the top
		{[]string{"G", "j"}, last},
	}
	for _, tt := range tests {
		if got := dashOf(press(t, open(), tt.keys...)).body.vp.YOffset; got != tt.want {
			t.Errorf("%q: offset %d, want %d", tt.keys, got, tt.want)
		}
	}
	// the _ of a keyboard without shift is -
	if got := dashOf(press(t, open(), "_")).scenario.Care.Visits; got != 9 {
		t.Errorf("_: %d visits, want 9", got)
	}
}

// TestCardSaysVisitsNotCoveredAndPerHourOneOnOne: the cards give the
// visits covered and not covered, and the cost per hour of one-on-one
// time, in words that fit the card. everyMarkYAML (charts_test.go), 20
// visits under a limit of 18:
//
//	in network: 18 of 20 covered, 2 not; net $800 over 20 × 30 minutes
//	  = 10 hours: $80.00 an hour.
//	out of network: 18 of 20, 2 not; $2,220 over 20 × 60 minutes: $111.00.
//	concierge: no claims, 0 of 20, 20 not; $4,000 over 20 hours: $200.00.
//
// A card 40 cells wide has room for the long labels; one of 24 (the
// narrowest side-by-side card at 80 columns) for the short ones, with the
// not-covered count still on the same row.
func TestCardSaysVisitsNotCoveredAndPerHourOneOnOne(t *testing.T) {
	m, _ := opened(t, "marks.yaml", everyMarkYAML, 120, 40)
	// the concierge files no claims (no superbill): it says so, not
	// "covered 0 of 20 (20 not)", which reads as a denial
	want := [3]struct{ covered, perHour string }{
		{"18 of 20 (2 not)", "$80.00"},
		{"18 of 20 (2 not)", "$111.00"},
		{"", "$200.00"},
	}
	for i, w := range want {
		lines := func(inner int) []string {
			var out []string
			for _, l := range dashOf(m).cardContent(i, inner, false, false, false) {
				l = ansi.Strip(l)
				if lipgloss.Width(l) > inner {
					t.Errorf("card %d at %d: %q is %d wide", i, inner, l, lipgloss.Width(l))
				}
				out = append(out, flat(l))
			}
			return out
		}
		has := func(inner int, line string) {
			t.Helper()
			for _, l := range lines(inner) {
				if l == line {
					return
				}
			}
			t.Errorf("card %d at %d cells lacks the line %q:\n%s", i, inner, line, strings.Join(lines(inner), "\n"))
		}
		if w.covered == "" {
			has(40, "Files no claims")
			has(24, "Files no claims")
		} else {
			has(40, "Visits covered "+w.covered)
			has(24, "Covered "+w.covered)
		}
		has(40, "Per hour one-on-one "+w.perHour)
		has(24, "Per 1:1 hour "+w.perHour)
	}
	// "Covered 18 of 365 (347 not)" does not fit in 20 cells: the count
	// not covered gets its own row (a limit of 18 visits, 365 needed)
	many := strings.Replace(everyMarkYAML, "visits: 20", "visits: 365", 1)
	m, _ = opened(t, "many.yaml", many, 120, 40)
	var got []string
	for _, l := range dashOf(m).cardContent(0, 20, false, false, false) {
		got = append(got, flat(ansi.Strip(l)))
	}
	joined := strings.Join(got, "\n")
	if !strings.Contains(joined, "Covered 18 of 365\n") || !strings.Contains(joined, "Not covered 347") {
		t.Errorf("at 20 cells the card does not give covered and not covered:\n%s", joined)
	}
	// with no plan no option files a claim
	m, _ = opened(t, "cash.yaml", cashOnlyYAML, 120, 40)
	if cards := cardsText(m); strings.Count(cards, "Files no claims") != 3 || strings.Contains(cards, "Covered") {
		t.Errorf("no plan:\n%s", cards)
	}
}

// TestPlanPremiumIsShown: the plan's own premium is on the dashboard, in
// the table's words, right under the cards — on the first screen at 80×24
// with the verdict. examples/medicare-medigap-g.yaml: the Part B premium
// $202.90 a month × 12 = $2,434.80 a year.
func TestPlanPremiumIsShown(t *testing.T) {
	data, err := os.ReadFile("../examples/medicare-medigap-g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const want = "The plan's own premium, $2,434.80 a year, is the same under every option and not counted above."
	for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 30}} {
		m, _ := opened(t, "medigap.yaml", string(data), size[0], size[1])
		view := flat(plain(m))
		if size[0] == 80 && !strings.Contains(view, want) {
			t.Errorf("%v: the plan premium is not on the first screen:\n%s", size, plain(m))
		}
		if !strings.Contains(view, "Lowest yearly cost: In-network clinic") {
			t.Errorf("%v: the verdict is not on the first screen", size)
		}
		body := bodyText(m)
		if !strings.Contains(flat(body), want) {
			t.Errorf("%v: the dashboard lacks %q:\n%s", size, want, body)
		}
		// right under the cards, before the bars
		if i, j := strings.Index(flat(body), want), strings.Index(flat(body), "Net yearly cost ("); i < 0 || j < i {
			t.Errorf("%v: the premium line is not between the cards and the bars", size)
		}
	}
	// no plan premium, no line
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 120, 40)
	if strings.Contains(bodyText(m), "plan's own premium") {
		t.Error("a plan premium line without a plan premium")
	}
}

// panelSectionText is the text of one heading of the rendered warnings-and-
// next-steps panel, flattened: from the heading to the next heading of the
// panel, never the plan type's description below it.
func panelSectionText(t *testing.T, m Model, heading string) string {
	t.Helper()
	body := bodyText(m)
	start := strings.Index(body, "\nWarnings and next steps\n")
	if start < 0 {
		t.Fatalf("no panel:\n%s", body)
	}
	panel := body[start:]
	if end := strings.Index(panel, "\nAbout this plan type\n"); end >= 0 {
		panel = panel[:end]
	}
	var out []string
	in := false
	for _, l := range strings.Split(panel, "\n") {
		switch {
		case l == heading:
			in = true
		case in && l != "" && !strings.HasPrefix(l, "• ") && !strings.HasPrefix(l, "  "):
			in = false // the next heading
		case in:
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		t.Errorf("the panel has no %q section:\n%s", heading, panel)
	}
	return flat(strings.Join(out, "\n"))
}

// TestNextStepsPanelSays checks sentences only the panel carries (the plan
// type's description says some of the same things in other words).
func TestNextStepsPanelSays(t *testing.T) {
	tests := []struct {
		file, section string
		want          []string
	}{
		// an out-of-network option that files claims: everything a
		// superbill must show, where to send it, and when money comes
		// back (reimbursement_days defaults to 30)
		{"low-back-visit-limit.yaml", "Superbills and money back", []string{
			"your name, date of birth and member ID",
			"the therapist's name, address, license, NPI and tax ID",
			"each visit's date and place",
			"the procedure codes (CPT, with minutes or units) and the charge for each",
			"the diagnosis codes (ICD-10)",
			"and what you paid",
			"Send it to the claims address on your insurance card",
			"comes back, about 30 days after each visit.",
		}},
		// an HMO: the referral before the first visit
		{"hmo-out-of-network-specialist.yaml", "Before the first visit", []string{
			"Get a referral from your primary care doctor before the first visit",
			"get any exception in writing first",
		}},
		{"massage-without-letter.yaml", "Letter of medical necessity", []string{
			"Ask your doctor for a letter of medical necessity naming the condition",
		}},
		{"medicare-medigap-g.yaml", "Before the first visit", []string{
			"Your doctor must certify the therapist's plan of care",
		}},
		{"medicare-medigap-g.yaml", "If a claim is denied", []string{
			"Ask for a redetermination within 120 days",
		}},
		// Medicare: the non-participating therapist files the claim; no
		// superbill to send, no concierge superbill to ask for
		{"medicare-medigap-g.yaml", "Superbills and money back", []string{
			"must still file your claim; Medicare then pays its share to you",
		}},
	}
	for _, tt := range tests {
		data, err := os.ReadFile("../examples/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := opened(t, tt.file, string(data), 120, 40)
		text := panelSectionText(t, m, tt.section)
		for _, s := range tt.want {
			if !strings.Contains(text, s) {
				t.Errorf("%s: the panel's %q lacks %q:\n%s", tt.file, tt.section, s, text)
			}
		}
	}
}

// TestCardsSayRoughlyWhenMoneyComesBack: a card with money back says under
// it roughly when it comes. examples/low-back-visit-limit.yaml: the
// out-of-network provider's claims bring money back, and reimbursement_days
// is the default 30 → "about 30 days after each visit"; the in-network
// clinic and the concierge get nothing back and say nothing.
func TestCardsSayRoughlyWhenMoneyComesBack(t *testing.T) {
	data, err := os.ReadFile("../examples/low-back-visit-limit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, days := range []struct {
		extra, want string
	}{
		{"", "about 30 days after each visit"},
		// 42 days is 6 weeks
		{"reimbursement_days: 42, ", "about 6 weeks after each visit"},
		{"reimbursement_days: 45, ", "about 45 days after each visit"},
	} {
		yaml := strings.Replace(string(data), "out_of_network: { cash_rate", "out_of_network: { "+days.extra+"cash_rate", 1)
		m, _ := opened(t, "lb.yaml", yaml, 120, 40)
		for i := range dashOf(m).result.Options {
			var lines []string
			for _, l := range dashOf(m).cardContent(i, 40, false, false, false) {
				lines = append(lines, strings.TrimSpace(ansi.Strip(l)))
			}
			card := strings.Join(lines, "\n")
			if i != 1 {
				if strings.Contains(card, "after each visit") {
					t.Errorf("card %d says when money comes back, and none does:\n%s", i, card)
				}
				continue
			}
			k := -1
			for j, l := range lines {
				if strings.HasPrefix(l, "Money back") {
					k = j
				}
			}
			if k < 0 || k+1 >= len(lines) || lines[k+1] != days.want {
				t.Errorf("%q: the out-of-network card does not say %q under its money back:\n%s", days.extra, days.want, card)
			}
		}
	}
}

// Under Original Medicare the panel never tells the patient to send a
// superbill or to ask the concierge for one: the therapist files the claim.
func TestMedicareNextStepsNoSuperbill(t *testing.T) {
	data, err := os.ReadFile("../examples/medicare-medigap-g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := opened(t, "medicare-medigap-g.yaml", string(data), 120, 40)
	text := panelSectionText(t, m, "Superbills and money back")
	for _, bad := range []string{"claims address on your insurance card", "ask whether they would", "A superbill must show"} {
		if strings.Contains(text, bad) {
			t.Errorf("the Medicare panel says %q:\n%s", bad, text)
		}
	}
}

// A figure far above what a real clinic has is a warning on the dashboard
// (the file is valid; the estimate uses it as written).
func TestUnusualFigureWarnedOnTheDashboard(t *testing.T) {
	text := strings.Replace(cashOnlyYAML, "in_network: { charge: 100 }", "in_network: { charge: 100175 }", 1)
	m, _ := opened(t, "typo.yaml", text, 120, 40)
	if body := flat(bodyText(m)); !strings.Contains(body, "The clinic's charge of $100,175.00 is unusually high") {
		t.Errorf("no warning on the dashboard:\n%s", body)
	}
	// the plausible original raises none
	m, _ = opened(t, "cash.yaml", cashOnlyYAML, 120, 40)
	if body := bodyText(m); strings.Contains(body, "unusually high") {
		t.Errorf("a plausible figure was questioned:\n%s", body)
	}
}

// TestEmployerContributionIsShown: an employer's HSA deposit is said under
// the cards in the table's words, as the premium is.
// examples/open-enrollment/2027-hdhp-hsa.yaml: employer_contribution 750.
func TestEmployerContributionIsShown(t *testing.T) {
	data, err := os.ReadFile("../examples/open-enrollment/2027-hdhp-hsa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := opened(t, "hdhp.yaml", string(data), 120, 40)
	if want := "Your employer puts $750.00 into the HSA for the year"; !strings.Contains(flat(bodyText(m)), want) {
		t.Errorf("the dashboard lacks %q:\n%s", want, bodyText(m))
	}
}
