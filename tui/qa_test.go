package tui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/interview"
)

// A card lists the what-if changes that concern it, three at most and a
// line "+N more changes" for the rest; one change more than three is
// shown itself, in the line "+1 more changes" would take, so no change is
// hidden behind a line that could have been it. } on the six-to-twelve
// weeks example moves the range 12–18–24 to 13–19–25 and the visits
// needed from 18 to 19, and the concierge's 9 sessions for 18 visits
// become round_half_up(9 × 19 / 18 = 9.5) = 10: four changes on the
// in-network card (visits needed, fewest, likeliest, most) and four on the
// concierge's (fewest, likeliest, most, sessions).
func TestCardShowsAFourthChange(t *testing.T) {
	final := flowKeys(t, rangedFile, 120, 40, "}", "fewest visits 13")
	cards := strings.Split(cardsText(final), " | ")
	for i, want := range map[int]string{0: "≠ most visits 25 (was 24)", 2: "≠ concierge sessions 10 (was 9)"} {
		if !strings.Contains(cards[i], want) {
			t.Errorf("card %d lacks %q:\n%s", i, want, cards[i])
		}
	}
	if all := cardsText(final); strings.Contains(all, "more change") {
		t.Errorf("a card hides one change behind a line:\n%s", all)
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

// ctrl+c in the walk-through keeps the answers as the draft, and once the
// screen is gone says so and where, as leaving the dashboard's what-ifs
// and a signal do: a patient who typed a figure and pressed ctrl+c is not
// left with a bare prompt, wondering whether the answers are gone. For
// answers of a file (e on its dashboard) the note names the file's draft
// and the file to open again; for new answers, the start screen's resume.
func TestInterruptInWalkThroughSaysWhereTheDraftIs(t *testing.T) {
	t.Run("a file's", func(t *testing.T) {
		m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
		m = press(t, m, "e")
		if m.state != stateWizard {
			t.Fatalf("e opened state %d", m.state)
		}
		m = typeText(t, m, "1234")
		m, end := run(t, m, keyMsg("ctrl+c"))
		if end != (tea.InterruptMsg{}) {
			t.Fatalf("ctrl+c ended with %#v", end)
		}
		slot := fileDraftPath(t, m, path)
		if d, err := interview.LoadDraft(slot); err != nil || d == nil {
			t.Fatalf("no draft of %s: %v", path, err)
		}
		if !strings.Contains(m.quitNote, slot) || !strings.Contains(m.quitNote, "open "+path+" again") {
			t.Errorf("the note after ctrl+c does not say where the answers are: %q", m.quitNote)
		}
	})
	t.Run("new answers", func(t *testing.T) {
		m := sized(t, Options{DraftPath: filepath.Join(t.TempDir(), "draft.yaml")}, 80, 24)
		m, _ = run(t, m, startNewMsg{})
		if m.state != stateWizard {
			t.Fatalf("a new estimate opened state %d", m.state)
		}
		m = press(t, m, "enter") // the plan type kept: an answer given
		m, _ = run(t, m, keyMsg("ctrl+c"))
		if !strings.Contains(m.quitNote, m.opts.DraftPath) || !strings.Contains(m.quitNote, "Resume the unfinished draft") {
			t.Errorf("the note after ctrl+c does not say where the answers are: %q", m.quitNote)
		}
	})
}

// The chart's words say where each option meets its deductible plan year
// by plan year once the episode crosses a reset: the December example's
// in-network deductible is met already in 2026 ($1,500 of $1,500, by the
// surgery) but starts again at visit 9 (4 January 2027) at $1,750, which
// 16 visits of $100 do not fill ($1,600); "deductible met already" alone
// told a patient the 2027 visits owe no deductible. Out of network the
// $3,000 deductible meets 8 × $110 = $880 in 2026 and 16 × $110 = $1,760
// in 2027; the concierge's 4 and 8 sessions of $110 recognised, $440 and
// $880: never met either.
func TestChartFactsAcrossTheReset(t *testing.T) {
	m, _ := opened(t, "december.yaml", mustRead(t, decemberFile), 100, 40)
	body := flat(bodyText(m))
	for _, want := range []string{
		"In-network clinic: deductible met already; a new plan year from visit 9 (its deductible not met by the last visit).",
		"Out-of-network provider: deductible not met in the first plan year; a new plan year from visit 9 (its deductible not met by the last visit).",
		"Concierge therapist: deductible not met in the first plan year; a new plan year from visit 5 (its deductible not met by the last visit).",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the chart's words lack %q:\n%s", want, body)
		}
	}
}
