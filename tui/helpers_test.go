package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// TestMain draws without colour, so views compare as plain text and golden
// files hold no escape codes. The user's configuration directory is a
// temporary one: a test that names no draft file (the default one) keeps
// its drafts and recent files there, never in the real one.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	config, err := os.MkdirTemp("", "carecost-tui-config-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", config)
	code := m.Run()
	os.RemoveAll(config)
	os.Exit(code)
}

// cashOnlyYAML has no insurance, so every figure is a price times visits:
//
//	in network     10 × $100 self-pay          = $1,000.00; per hour 1000 × 60 / (10 × 30) = $200.00
//	out of network 10 × $150                   = $1,500.00; per hour 1500 × 60 / (10 × 60) = $150.00
//	concierge       8 × ($200 + $20 travel)    = $1,760.00; per hour 1760 × 60 / (8 × 60)  = $220.00
const cashOnlyYAML = `version: 1
name: Cash only
plan:
  type: none
care:
  visits: 10
  in_network: { charge: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 200, travel_fee: 20, visits: 8 }
`

// whatIfYAML exercises the price, policy and account keys:
//
//	in network: allowed $100 of a $150 charge, deductible met, 20 % → $20 a
//	  visit; the indemnity policy pays min($30, $20 owed) = $20 on visits 1–5,
//	  so out of pocket is 5 × $20 = $100; premiums 12 × $10 = $120; the HSA
//	  pays the $100, saving 25 % = $25. Net 100 + 120 − 25 = $195.00.
//	out of network: no benefits, 10 × $120 = $1,200 billed; the policy pays
//	  5 × $30 = $150 → out of pocket $1,050; the HSA pays its $1,000 balance,
//	  saving $250. Net 1050 + 120 − 250 = $920.00.
//	concierge: 8 × $200 = $1,600; policy 5 × $30 = $150 → $1,450; HSA $250.
//	  Net 1450 + 120 − 250 = $1,320.00.
const whatIfYAML = `version: 1
name: What if
plan:
  type: ppo
  in_network: { deductible: 500, deductible_met: 500, coinsurance: 20, oop_max: 5000 }
  out_of_network: { covered: false }
care:
  visits: 10
  in_network: { charge: 150, allowed: 100 }
  out_of_network: { cash_rate: 120 }
  concierge: { fee: 200, visits: 8 }
supplemental: { kind: indemnity, premium_monthly: 10, per_visit: 30, max_visits: 5 }
account: { kind: hsa, balance: 1000, tax_rate: 25 }
`

func parse(t testing.TB, name, text string) (calc.Scenario, []calc.Warning) {
	t.Helper()
	s, ws, err := plans.Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("%s does not parse: %v", name, err)
	}
	return s, ws
}

// writeScenario writes text to a file in a new temporary directory.
func writeScenario(t testing.TB, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// run sends msg to m and then, one after another, the messages its
// commands answer with — the file reads and writes included — as the
// program's loop would, stopping at quit and interrupt. It returns the
// model and whether the program was told to quit or was interrupted.
func run(t testing.TB, m Model, msg tea.Msg) (Model, tea.Msg) {
	t.Helper()
	queue := []tea.Msg{msg}
	var final tea.Msg
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 200 {
			t.Fatal("commands do not settle")
		}
		next := queue[0]
		queue = queue[1:]
		switch next.(type) {
		case tea.QuitMsg, tea.InterruptMsg:
			final = next
			continue
		}
		tm, cmd := m.Update(next)
		m = tm.(Model)
		queue = append(queue, runCmd(cmd)...)
	}
	return m, final
}

// runCmd runs a command (batches and sequences opened, in order) and
// returns the messages that came back. A text cursor's blink timer is
// dropped: it only waits, and would blink forever.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	if f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()); f != nil && strings.Contains(f.Name(), "cursor.(*Model).BlinkCmd") {
		return nil
	}
	msg := cmd()
	if msg == nil {
		return nil
	}
	// tea.BatchMsg and Bubble Tea's unexported sequence message are both
	// lists of commands
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out = append(out, runCmd(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// key turns "+", "tab", "esc", "ctrl+c", "left" into the key message a
// terminal sends.
func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "home":
		return tea.KeyMsg{Type: tea.KeyHome}
	case "end":
		return tea.KeyMsg{Type: tea.KeyEnd}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys one by one.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		m, _ = run(t, m, keyMsg(k))
	}
	return m
}

// typeText types text into whatever has the focus.
func typeText(t testing.TB, m Model, text string) Model {
	t.Helper()
	for _, r := range text {
		m, _ = run(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

// sized is a new model with a window of w × h, no draft directory of the
// user's involved.
func sized(t testing.TB, o Options, w, h int) Model {
	t.Helper()
	if o.DraftPath == "" {
		o.DraftPath = filepath.Join(t.TempDir(), "draft.yaml")
	}
	m := New(o)
	m, _ = run(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// opened is the dashboard on a scenario, as `carecost FILE` shows it, at
// w × h; the file is written to a temporary directory first.
func opened(t testing.TB, name, text string, w, h int) (Model, string) {
	t.Helper()
	path := writeScenario(t, name, text)
	m := sized(t, Options{File: path}, w, h)
	m, _ = run(t, m, m.Init()())
	if m.state != stateDashboard {
		t.Fatalf("state %d after opening %s, want the dashboard; view:\n%s", m.state, name, plain(m))
	}
	return m, path
}

// plain is the view without styles.
func plain(m Model) string { return ansi.Strip(m.View()) }

// bodyText is every line of the dashboard's scrolling part, not only the
// visible ones.
func bodyText(m Model) string { return ansi.Strip(dashOf(m).body.content) }

// netCosts are the three net costs an estimate of s gives.
func netCosts(s calc.Scenario) [3]calc.Cents {
	r := calc.Estimate(s)
	return [3]calc.Cents{r.Options[0].NetCost, r.Options[1].NetCost, r.Options[2].NetCost}
}

// flat collapses runs of white space, so text wrapped across lines still
// matches.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// cardsText is the three cards' lines, flattened, one card after another.
func cardsText(m Model) string {
	var b strings.Builder
	for i := range dashOf(m).result.Options {
		b.WriteString(flat(ansi.Strip(strings.Join(dashOf(m).cardContent(i, 40, true, true, false), "\n"))))
		b.WriteString(" | ")
	}
	return b.String()
}

// The screens, for tests that look inside them.
func dashOf(m Model) *dashboard      { return m.screens[stateDashboard].(*dashboard) }
func ledgerOf(m Model) *ledgerScreen { return m.screens[stateLedger].(*ledgerScreen) }
func startOf(m Model) *startScreen   { return m.screens[stateStart].(*startScreen) }
