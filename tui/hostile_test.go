package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// bidiControls are the characters a text input shows raw (it drops C0 and
// C1 controls itself) that make a terminal show text out of order.
const bidiControls = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"

// A bidirectional override pasted into a text input of the program (the
// start screen's typed path, the name to save as) is put in it as its
// escape (\u202e), as every message shows it: the input holds what it
// shows. It reached the terminal raw.
func TestTypedBidiShownEscaped(t *testing.T) {
	paste := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a\u202eb"), Paste: true}
	t.Run("the start screen's path", func(t *testing.T) {
		_, draft := desk(t)
		m := press(t, started(t, draft, 80, 24), "down", "down", "enter", "enter", "/")
		if startOf(m).mode != startPath {
			t.Fatalf("not typing a path: mode %d", startOf(m).mode)
		}
		m, _ = run(t, m, paste)
		if v := m.View(); strings.ContainsAny(v, bidiControls) || startOf(m).path.Value() != `/a\u202eb` {
			t.Errorf("path %q; view:\n%q", startOf(m).path.Value(), v)
		}
	})
	t.Run("the plan to compare", func(t *testing.T) {
		m, _ := opened(t, "2027-ppo.yaml", mustRead(t, rangedPPO), 80, 24)
		m = press(t, m, "c", "enter") // a scenario file
		if compareOf(m).mode != comparePath {
			t.Fatalf("not typing a path: mode %d", compareOf(m).mode)
		}
		m, _ = run(t, m, paste)
		if v := m.View(); strings.ContainsAny(v, bidiControls) || !strings.HasSuffix(compareOf(m).path.Value(), `a\u202eb`) {
			t.Errorf("path %q; view:\n%q", compareOf(m).path.Value(), v)
		}
	})
	t.Run("save as", func(t *testing.T) {
		p := namePrompt("Save as:", "x.yaml", 80)
		p.update(paste, DefaultKeyMap())
		if got := p.input.Value(); got != `x.yamla\u202eb` || strings.ContainsAny(p.input.View(), bidiControls) {
			t.Errorf("name %q; view %q", got, p.input.View())
		}
	})
}
