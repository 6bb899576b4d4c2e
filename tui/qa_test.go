package tui

import (
	"strings"
	"testing"
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
