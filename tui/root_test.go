package tui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
)

// fakeScreen is a screen the root has never heard of: it records what the
// root asks of it and answers through the contract alone.
type fakeScreen struct {
	plainScreen
	sizes [][2]int
	got   []tea.Msg
	takes bool     // Takes: it wants q and ?
	kept  bool     // Leave keeps its answers before ending
	left  []string // Leave was called: "quit" or "interrupt"
}

// fakeKeptMsg is what the fake's Leave says it kept.
type fakeKeptMsg struct{}

func (f *fakeScreen) Update(msg tea.Msg) tea.Cmd {
	f.got = append(f.got, msg)
	if k, ok := msg.(tea.KeyMsg); ok && k.String() == "z" {
		return send(showDashboardMsg{selected: 2}) // asks for another screen
	}
	return nil
}

func (f *fakeScreen) View() string              { return "the fake screen" }
func (f *fakeScreen) SetSize(w, h int)          { f.sizes = append(f.sizes, [2]int{w, h}) }
func (f *fakeScreen) Takes(tea.KeyMsg) bool     { return f.takes }
func (f *fakeScreen) ShortHelp() []key.Binding  { return []key.Binding{fakeKey} }
func (f *fakeScreen) FullHelp() [][]key.Binding { return [][]key.Binding{{fakeKey}} }
func (f *fakeScreen) Glossary() [][2]string     { return [][2]string{{"Fake figure", "what it means."}} }

func (f *fakeScreen) Leave(end tea.Cmd) tea.Cmd {
	f.left = append(f.left, map[bool]string{true: "interrupt", false: "quit"}[end() == tea.Interrupt()])
	if !f.kept {
		return nil
	}
	return tea.Sequence(send(fakeKeptMsg{}), end)
}

var fakeKey = key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "fake things"))

func (f *fakeScreen) saw(msg tea.Msg) bool {
	for _, m := range f.got {
		if reflect.DeepEqual(m, msg) {
			return true
		}
	}
	return false
}

// The root works through the screen contract alone: a screen it does not
// know, put where the ledger is, is sized, drawn with its footer, given
// the messages meant for it, asked for its help and glossary and whether
// it takes q, consulted on leaving, and heard when it asks for another
// screen.
func TestRootWorksThroughTheScreenContract(t *testing.T) {
	fake := &fakeScreen{}
	setup := func() Model {
		fake.got, fake.sizes, fake.left = nil, nil, nil
		m := New(Options{DraftPath: filepath.Join(t.TempDir(), "draft.yaml")})
		m.screens[stateLedger] = fake
		m, _ = run(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
		// what the dashboard sends on l
		m, _ = run(t, m, showLedgerMsg{selected: 1})
		return m
	}
	m := setup()
	if len(fake.sizes) != 1 || fake.sizes[0] != [2]int{80, 23} {
		t.Errorf("sized %v, want once to 80×23 (the footer's line taken)", fake.sizes)
	}
	if m.state != stateLedger || !fake.saw(showLedgerMsg{selected: 1}) {
		t.Fatalf("showLedgerMsg: state %d, the screen got %v", m.state, fake.got)
	}
	lines := strings.Split(plain(m), "\n")
	if len(lines) != 24 || lines[0] != "the fake screen" || !strings.Contains(lines[23], "z fake things") {
		t.Errorf("view (%d lines) is not the screen above its own footer:\n%s", len(lines), plain(m))
	}
	m, _ = run(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if n := len(fake.sizes); n != 2 || fake.sizes[n-1] != [2]int{100, 29} {
		t.Errorf("after a resize: sized %v", fake.sizes)
	}

	// ? shows its help and glossary; esc comes back to it
	h := press(t, m, "?")
	if h.state != stateHelp || !strings.Contains(plain(h), "fake things") || !strings.Contains(plain(h), "Fake figure: what it means.") {
		t.Fatalf("? on the screen: state %d\n%s", h.state, plain(h))
	}
	if back := press(t, h, "esc"); back.state != stateLedger {
		t.Errorf("esc on its help: state %d", back.state)
	}

	// a key the screen takes is its own, q included
	fake.takes = true
	if m, end := run(t, m, keyMsg("q")); end != nil || m.state != stateLedger || !fake.saw(keyMsg("q")) {
		t.Errorf("q the screen takes: ended %#v, state %d", end, m.state)
	}
	fake.takes = false

	// leaving asks the screen first; one that keeps its answers ends
	// the program itself
	if _, end := run(t, m, keyMsg("q")); end != (tea.QuitMsg{}) || len(fake.left) != 1 || fake.left[0] != "quit" {
		t.Errorf("q: ended %#v, Leave called %v", end, fake.left)
	}
	m = setup()
	fake.kept = true
	if _, end := run(t, m, keyMsg("ctrl+c")); end != (tea.InterruptMsg{}) || !fake.saw(fakeKeptMsg{}) || fake.left[0] != "interrupt" {
		t.Errorf("ctrl+c: ended %#v, kept %v, Leave called %v", end, fake.saw(fakeKeptMsg{}), fake.left)
	}
	fake.kept = false

	// it asks for the dashboard, on the card of its choosing
	m = setup()
	if m = press(t, m, "z"); m.state != stateDashboard || dashOf(m).selected != 2 {
		t.Errorf("z: state %d, selected %d", m.state, dashOf(m).selected)
	}
}

// Each screen at 80×24, as the program draws it (go test ./tui -update
// rewrites the golden files; read the diff first). The dashboard's are
// TestDashboardGolden's.
func TestScreensGolden(t *testing.T) {
	draft := func() string { return filepath.Join(t.TempDir(), "draft.yaml") }
	start := func() Model {
		m := sized(t, Options{DraftPath: draft()}, 80, 24)
		m, _ = run(t, m, m.Init()())
		return m
	}
	file := func(path string) Model {
		m := sized(t, Options{File: path, DraftPath: draft()}, 80, 24)
		m, _ = run(t, m, m.Init()())
		return m
	}
	for _, tc := range []struct {
		name  string
		state state
		model func() Model
	}{
		{"start", stateStart, start},
		{"start-examples", stateStart, func() Model { return press(t, start(), "down", "down", "down", "enter") }},
		{"loading", stateLoading, func() Model {
			return sized(t, Options{File: "../examples/tkr-ppo.yaml", DraftPath: draft()}, 80, 24)
		}},
		{"ledger", stateLedger, func() Model { return press(t, file("../examples/tkr-ppo.yaml"), "l") }},
		{"ledger-end", stateLedger, func() Model { return press(t, file("../examples/tkr-ppo.yaml"), "tab", "l", "end") }},
		{"help", stateHelp, func() Model { return press(t, file("../examples/tkr-ppo.yaml"), "?") }},
		{"error", stateError, func() Model { return file("testdata/bad-scenario.yaml") }},
		{"error-scrolled", stateError, func() Model { return press(t, file("testdata/bad-scenario.yaml"), "pgdown") }},
		{"error-missing", stateError, func() Model { return file("testdata/not-there.yaml") }},
		{"walk-through", stateWizard, func() Model { return press(t, start(), "down", "enter") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.model()
			if m.state != tc.state {
				t.Fatalf("state %d, want %d:\n%s", m.state, tc.state, plain(m))
			}
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

// The answer of a command reaches the screen that started it, whichever
// screen is shown: a save that ends once the user is on the ledger is said
// on the dashboard, and the ledger stays.
func TestAnswersReachTheirScreen(t *testing.T) {
	m, _ := opened(t, "cash.yaml", cashOnlyYAML, 80, 24)
	m = press(t, m, "l")
	m, _ = run(t, m, savedMsg{req: saveRequest{path: "elsewhere.yaml", scenario: dashOf(m).scenario}})
	if m.state != stateLedger {
		t.Errorf("state %d after a save's answer, want the ledger still", m.state)
	}
	if dashOf(m).status != "Saved elsewhere.yaml." || dashOf(m).source.Path != "elsewhere.yaml" {
		t.Errorf("the dashboard did not hear of the save: status %q, file %q", dashOf(m).status, dashOf(m).source.Path)
	}
	if m = press(t, m, "esc"); !strings.Contains(plain(m), "Saved elsewhere.yaml.") {
		t.Errorf("back on the dashboard, the save is not said:\n%s", plain(m))
	}
}
