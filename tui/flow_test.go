package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// The flows run the real program loop (teatest). Views are compared from
// the final model with colour off, not from the output stream.

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestDashboardGolden is the dashboard of examples/tkr-ppo.yaml at a laptop
// terminal's size and a large one's (go test ./model -update rewrites the
// golden files after a deliberate change; read the diff first).
func TestDashboardGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(itoa(size[0])+"x"+itoa(size[1]), func(t *testing.T) {
			m := New(Options{File: "../examples/tkr-ppo.yaml", DraftPath: filepath.Join(t.TempDir(), "draft.yaml")})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitFor(t, tm, "lowest yearly cost")
			tm.Send(keyMsg("q"))
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}

// TestFlowOpenPlusLedgerExport: carecost FILE → + → the ledger → back →
// x, in the real loop.
func TestFlowOpenPlusLedgerExport(t *testing.T) {
	path := writeScenario(t, "cash.yaml", cashOnlyYAML)
	m := New(Options{File: path, DraftPath: filepath.Join(t.TempDir(), "draft.yaml")})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "1,760.00")
	tm.Send(keyMsg("+"))
	// 11 × $100; 11 × $150; 9 × $220
	waitFor(t, tm, "1,980.00")
	tm.Send(keyMsg("l"))
	waitFor(t, tm, "Ledger")
	tm.Send(keyMsg("esc"))
	waitFor(t, tm, "lowest yearly cost")
	tm.Send(keyMsg("x"))
	waitFor(t, tm, "Wrote")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)

	if final.state != stateDashboard {
		t.Errorf("final state %d", final.state)
	}
	view := flat(plain(final))
	for _, s := range []string{"$1,100.00 net a year", "$1,650.00 net a year", "$1,980.00 net a year", "cash-comparison.md"} {
		if !strings.Contains(view, s) {
			t.Errorf("final view lacks %q:\n%s", s, plain(final))
		}
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(path), "cash-comparison.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "Lowest yearly cost: In-network clinic, $1,100.00.") {
		t.Errorf("the export is not the what-if comparison:\n%s", data)
	}
}

// TestFlowDemoInOneKey: `go run .` on a terminal shows the start screen,
// whose first choice is the demo; one Enter shows its comparison
// (clarifications.md: the demo in one key), and e walks its answers.
func TestFlowDemoInOneKey(t *testing.T) {
	m := New(Options{DraftPath: filepath.Join(t.TempDir(), "draft.yaml")})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Try the built-in demo")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "lowest yearly cost")
	tm.Send(keyMsg("e"))
	waitFor(t, tm, "step 2 of 8") // the in-network step: the selected card's inputs
	tm.Send(keyMsg("esc"))        // to the review of its answers
	waitFor(t, tm, "Review your answers")
	tm.Send(keyMsg("q")) // back on the comparison, unchanged
	waitFor(t, tm, "lowest yearly cost")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.state != stateDashboard || final.dash.dirty() {
		t.Fatalf("esc from the walk-through: state %d, changed %v", final.state, final.dash.dirty())
	}
	want := calc.Estimate(plans.DemoScenario())
	for i := range want.Options {
		if got := final.dash.result.Options[i].NetCost; got != want.Options[i].NetCost {
			t.Errorf("%s: %v, the demo's estimate %v", want.Options[i].ID, got, want.Options[i].NetCost)
		}
	}
}

// BenchmarkDashboardView renders the whole dashboard at 120×40 (issue 5:
// under 0.5 ms). Update draws; View joins what it drew.
func BenchmarkDashboardView(b *testing.B) {
	m, _ := opened(b, "tkr.yaml", mustRead(b, "../examples/tkr-ppo.yaml"), 120, 40)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkDashboardWhatIf is a what-if key's whole cost: the one engine
// call, the warnings, and the redraw of every string, at 120×40.
func BenchmarkDashboardWhatIf(b *testing.B) {
	m, _ := opened(b, "tkr.yaml", mustRead(b, "../examples/tkr-ppo.yaml"), 120, 40)
	plus, minus := keyMsg("+"), keyMsg("-")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := plus
		if i%2 == 1 {
			k = minus
		}
		tm, _ := m.Update(k)
		m = tm.(Model)
		i++
	}
}

func mustRead(tb testing.TB, path string) string {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}
