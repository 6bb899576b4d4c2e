package walkthrough

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// rawBidi reports whether s holds a bidirectional control or a C1 control
// raw: characters that make a terminal show text in another order than it
// is stored (U+202E…), or act on it. Lip Gloss's own styling is ESC-based
// (C0), so these can only come from an answer.
func rawBidi(s string) bool {
	return strings.ContainsAny(s, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\u0085\u009b")
}

// An answer holding a bidirectional override, pasted into a field or read
// back from a draft, is shown in the field escaped (\u202e), as every
// message shows it (internal/termsafe); the field holds what it shows. It
// reached the terminal raw: "$ 12\u202e34" read backwards.
func TestAnswerWithBidiShownEscaped(t *testing.T) {
	t.Run("pasted", func(t *testing.T) {
		d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
		d.enterUntil("plan.in_network.deductible")
		d.press("ctrl+u")
		d.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("12\u202e34"), Paste: true})
		if v := d.m.View(); rawBidi(v) || !strings.Contains(v, `12\u202e34`) {
			t.Errorf("the field shows the override raw, or not at all:\n%q", v)
		}
		if got := d.answer("plan.in_network.deductible"); got != `12\u202e34` {
			t.Errorf("the answer is %q, want what the field shows", got)
		}
	})
	t.Run("from a draft", func(t *testing.T) {
		w := interview.Start(interview.Options{Scenario: plans.Preset(calc.PPO)})
		w.A.Set("plan.in_network.deductible", "9\u202e9")
		dr := w.DraftAt(interview.StepInNetwork, time.Now())
		d := newDriver(t, interview.Options{Draft: &dr})
		d.enterUntil("plan.in_network.deductible")
		if v := d.m.View(); rawBidi(v) || !strings.Contains(v, `9\u202e9`) {
			t.Errorf("the field shows the draft's override raw, or not at all:\n%q", v)
		}
	})
}

// Saving from the review offers the answers' own file, whose name may hold
// a bidirectional override (U+202E, in a file opened from the command
// line): the name field shows it escaped, as the review's "saved to" line
// and the dashboard's title do, and Enter on what it shows still saves to
// that very file (its own, replaced without asking), not to a new file named by
// the escape. It reached the terminal raw: "ab\u202ecd.yaml" read backwards.
func TestReviewSaveNameShowsBidiEscaped(t *testing.T) {
	dir := t.TempDir()
	own := filepath.Join(dir, "ab\u202ecd.yaml")
	data, err := plans.Marshal(plans.DemoScenario())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(own, data, 0o600); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario(), Path: own, FileSum: plans.ContentSum(data)})
	d.enterToReview()
	d.press("s")
	if v := d.m.View(); rawBidi(v) || !strings.Contains(v, `ab\u202ecd.yaml`) {
		t.Fatalf("the name to save as shows the override raw, or not at all:\n%q", v)
	}
	d.press("enter") // its own file, unchanged: saved over without asking
	if v := strings.Join(strings.Fields(d.view()), " "); !strings.Contains(v, `Saved to `) || strings.Contains(v, "Replace it?") {
		t.Fatalf("Enter on the file's own name did not save over it:\n%s", d.view())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != filepath.Base(own) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("saved beside the file instead of over it: %q", names)
	}
}

// A bidirectional control typed where nothing is typed (the review's
// list, a choice) is no key of theirs and does nothing. Escaped first, it
// became the six keys \ u 2 0 2 e, handed over one at a time there, and
// its "2" opened step 2 of the review.
func TestBidiTypedOnTheReviewDoesNothing(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	before := d.view()
	d.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'\u202e'}})
	if d.step() != interview.StepReview {
		t.Fatalf("a typed U+202E left the review for %v:\n%s", d.step(), d.view())
	}
	if d.view() != before {
		t.Errorf("a typed U+202E changed the review:\n%s", d.view())
	}
}
