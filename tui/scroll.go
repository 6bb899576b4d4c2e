package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// scroller shows a window of pre-rendered lines. Everything it shows is
// rendered before it gets it, and the visible window is joined when the
// lines, the height or the offset change, so View only returns a string.
type scroller struct {
	lines  []string
	offset int
	height int
	view   string
}

func (s *scroller) setLines(lines []string) {
	s.lines = lines
	s.clampAndJoin()
}

func (s *scroller) setHeight(h int) {
	s.height = max(0, h)
	s.clampAndJoin()
}

// scrollBy moves the window by n lines (negative: up).
func (s *scroller) scrollBy(n int) {
	s.offset += n
	s.clampAndJoin()
}

// scrollTo puts line i at the top of the window, as far as it goes.
func (s *scroller) scrollTo(i int) {
	s.offset = i
	s.clampAndJoin()
}

func (s *scroller) clampAndJoin() {
	s.offset = min(s.offset, len(s.lines)-s.height)
	s.offset = max(s.offset, 0)
	end := min(len(s.lines), s.offset+s.height)
	s.view = strings.Join(s.lines[s.offset:end], "\n")
	// a short page is padded, so what follows it stays at the bottom
	if missing := s.height - (end - s.offset); missing > 0 {
		if end > s.offset {
			s.view += strings.Repeat("\n", missing)
		} else {
			s.view = strings.Repeat("\n", missing-1)
		}
	}
}

// more reports whether lines lie below the window.
func (s *scroller) more() bool { return s.offset+s.height < len(s.lines) }

// handleKey scrolls for the moving keys of km and reports whether msg was
// one of them.
func (s *scroller) handleKey(msg tea.KeyMsg, km KeyMap) bool {
	switch {
	case key.Matches(msg, km.Up):
		s.scrollBy(-1)
	case key.Matches(msg, km.Down):
		s.scrollBy(1)
	case key.Matches(msg, km.PageUp):
		s.scrollBy(-max(1, s.height-1))
	case key.Matches(msg, km.PageDown):
		s.scrollBy(max(1, s.height-1))
	case key.Matches(msg, km.Top):
		s.scrollTo(0)
	case key.Matches(msg, km.Bottom):
		s.scrollTo(len(s.lines))
	default:
		return false
	}
	return true
}
