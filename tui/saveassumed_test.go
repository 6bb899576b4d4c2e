package tui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/carecost/carecost/plans"
)

// A new estimate on the short route, Entered through and saved with w:
// opened again, the typical figures a file may leave out (the visit
// lengths, the days until money comes back) are still marked assumed, and
// every figure is the same to the cent. Before, the file wrote them and
// they came back as the user's.
func TestDashboardSaveKeepsAssumedFiguresAssumed(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	m := sized(t, Options{}, 100, 30)
	m, _ = run(t, m, m.Init()())
	m = press(t, m, "down", "enter") // Start a new estimate
	for range 40 {
		if strings.Contains(plain(m), "Review your answers") {
			break
		}
		m = press(t, m, "enter")
	}
	m = press(t, m, "enter") // Show the comparison
	if m.state != stateDashboard {
		t.Fatalf("no comparison:\n%s", plain(m))
	}
	before := dashOf(m).assumed
	// the PPO preset's 30-minute clinic visit, hour-long out-of-network and
	// concierge sessions and 30 days until money comes back are the file's
	// defaults (30, 60, 60, 30): untyped, assumed
	typical := []string{"care.in_network.minutes", "care.out_of_network.minutes", "care.concierge.minutes", "care.out_of_network.reimbursement_days"}
	for _, p := range typical {
		if !slices.Contains(before, p) {
			t.Fatalf("%s is not assumed before saving: %v", p, before)
		}
	}
	m = press(t, m, "w", "ctrl+u")
	m = typeText(t, m, "mine.yaml")
	m = press(t, m, "enter")
	path := filepath.Join(dir, "mine.yaml")
	text := mustRead(t, path)
	if s, _ := parse(t, path, text); s != dashOf(m).scenario {
		t.Errorf("the saved file reads back as another scenario:\n%s", text)
	}

	again := sized(t, Options{File: path}, 100, 30)
	again, _ = run(t, again, again.Init()())
	if again.state != stateDashboard {
		t.Fatalf("not opened again:\n%s", plain(again))
	}
	if dashOf(again).scenario != dashOf(m).scenario {
		t.Errorf("opened again, the figures moved:\n%s", text)
	}
	if got := dashOf(again).assumed; !slices.Equal(got, typical) {
		t.Errorf("opened again, assumed %v, want %v\n%s", got, typical, text)
	}
	if body := flat(bodyText(again)); !strings.Contains(body, "Money comes back after 30 days") && !strings.Contains(body, "30: a typical wait for a claim to be paid") {
		t.Errorf("opened again, the wait for money back is not said to be assumed:\n%s", body)
	}
	// saved again to its own file: nothing asked, and still assumed
	again = press(t, again, "+", "w")
	if dashOf(again).prompt.active() {
		t.Fatalf("saving the file again asks: %q", dashOf(again).prompt.question)
	}
	text = mustRead(t, path)
	if s, _ := parse(t, path, text); s != dashOf(again).scenario || s.Care.Visits != dashOf(m).scenario.Care.Visits+1 {
		t.Errorf("saved again, the file is not the what-if:\n%s", text)
	}
	if got := plans.DefaultsAssumed(path, []byte(text)); !slices.Equal(got, typical) {
		t.Errorf("saved again, assumed %v, want %v", got, typical)
	}
}
