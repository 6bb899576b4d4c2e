package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// pager is the scrolling part of a screen (the dashboard below its verdict,
// the ledger's rows, the help, the error screen's problems): a bubbles
// viewport moved by carecost's keys. The viewport's own keys are replaced
// by ours (↑/k ↓/j pgup/b pgdn/space/f; no half pages, no sideways
// scrolling: l is the ledger), and home/g and end/G, which it has no keys
// for, go to the top and the bottom. Its view is drawn whenever the
// content, the size or the position change, so a screen's View only
// returns strings.
type pager struct {
	vp          viewport.Model
	top, bottom key.Binding
	// content is everything it shows, scrolled out of sight or not.
	content string
	view    string
}

func newPager(km KeyMap) pager {
	vp := viewport.New(0, 0)
	vp.KeyMap = viewport.KeyMap{Up: km.Up, Down: km.Down, PageUp: km.PageUp, PageDown: km.PageDown}
	vp.MouseWheelEnabled = false // the program asks for no mouse events
	return pager{vp: vp, top: km.Top, bottom: km.Bottom}
}

// Set gives the pager its size and lines, keeping its position as far as
// the new lines go.
func (p *pager) Set(width, height int, lines []string) {
	p.vp.Width, p.vp.Height = width, max(0, height)
	p.content = strings.Join(lines, "\n")
	p.vp.SetContent(p.content)
	p.vp.SetYOffset(p.vp.YOffset) // within the new lines and height
	p.draw()
}

// GotoTop scrolls back to the first line.
func (p *pager) GotoTop() {
	p.vp.GotoTop()
	p.draw()
}

// Update scrolls for a moving key and reports whether msg was one.
func (p *pager) Update(msg tea.KeyMsg) bool {
	km := p.vp.KeyMap
	switch {
	case key.Matches(msg, p.top):
		p.vp.GotoTop()
	case key.Matches(msg, p.bottom):
		p.vp.GotoBottom()
	case key.Matches(msg, km.Up, km.Down, km.PageUp, km.PageDown):
		p.vp, _ = p.vp.Update(msg)
	default:
		return false
	}
	p.draw()
	return true
}

// Height is the number of lines shown.
func (p *pager) Height() int { return p.vp.Height }

func (p *pager) draw() { p.view = p.vp.View() }

// View is the visible lines, drawn when they last changed.
func (p *pager) View() string { return p.view }

// bodyHeight is the room a screen of height lines leaves its pager below
// header and above footer (a footer of no lines takes none); it may be
// below 0 on a tiny window.
func bodyHeight(height int, header []string, footer string) int {
	footerH := 0
	if footer != "" {
		footerH = strings.Count(footer, "\n") + 1
	}
	return height - len(header) - footerH
}

// framed is a scrolling screen's view: its header lines, the pager's
// window, and its footer below ("" none), a line each. The dashboard,
// the ledger, the money by month and the compare screen compose theirs
// with it after a redraw or a scroll.
func framed(header []string, body *pager, footer string) string {
	var b strings.Builder
	for _, h := range header {
		b.WriteString(h)
		b.WriteByte('\n')
	}
	b.WriteString(body.View())
	if footer != "" {
		b.WriteByte('\n')
		b.WriteString(footer)
	}
	return b.String()
}
