package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The walk-through warns that going on replaces an unfinished draft only
// when that draft is another estimate's. A new estimate's answers, shown
// on the dashboard and kept as the draft until saved, are that draft: e
// on the dashboard walks through them again and must not call them
// "your unfinished draft" to be replaced. The same draft found by a later
// run starting another new estimate is another estimate's: it is said.
func TestOwnDraftIsNotAnotherEstimates(t *testing.T) {
	const note = "Going on replaces your unfinished draft"
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	throughShortRoute := func(m Model) Model {
		t.Helper()
		for range 40 {
			if strings.Contains(plain(m), "Review your answers") {
				break
			}
			m = press(t, m, "enter")
		}
		return press(t, m, "enter") // Show the comparison
	}
	toNewEstimate := func(m Model) Model {
		t.Helper()
		for range 6 {
			if strings.Contains(plain(m), "▸ Start a new estimate") {
				return press(t, m, "enter")
			}
			m = press(t, m, "down")
		}
		t.Fatalf("no \"Start a new estimate\" on the start screen:\n%s", plain(m))
		return m
	}

	m := sized(t, Options{DraftPath: draft}, 100, 30)
	m, _ = run(t, m, m.Init()())
	m = toNewEstimate(m)
	if strings.Contains(plain(m), note) {
		t.Fatalf("a first run, with no draft on disk, speaks of one:\n%s", plain(m))
	}
	m = throughShortRoute(press(t, m, "down")) // an HMO: an answer of the user's, which the draft keeps
	if m.state != stateDashboard {
		t.Fatalf("no comparison:\n%s", plain(m))
	}
	if _, err := os.Stat(draft); err != nil {
		t.Fatalf("the new estimate's answers are not kept as the draft: %v\n%s", err, plain(m))
	}
	m = press(t, m, "e")
	if m.state != stateWizard {
		t.Fatalf("e on the dashboard:\n%s", plain(m))
	}
	if v := plain(m); strings.Contains(v, note) {
		t.Errorf("e on the comparison calls the answers walked through another draft:\n%s", v)
	}

	// a later run: the draft on disk is the first run's, another estimate
	later := sized(t, Options{DraftPath: draft}, 100, 30)
	later, _ = run(t, later, later.Init()())
	later = toNewEstimate(later)
	if v := plain(later); !strings.Contains(v, note) {
		t.Errorf("a new estimate beside another estimate's draft does not say it replaces it:\n%s", v)
	}
}
