package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// wrap breaks plain text into lines of at most width cells, at spaces where
// it can.
func wrap(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	return strings.Split(ansi.Wrap(s, width, ""), "\n")
}

// bullet wraps text after a "• " with the following lines indented under
// the text.
func bullet(s string, width int) []string {
	lines := wrap(s, width-2)
	for i := range lines {
		if i == 0 {
			lines[i] = "• " + lines[i]
		} else {
			lines[i] = "  " + lines[i]
		}
	}
	return lines
}

// fit cuts s (which may hold styles) to width cells, with an ellipsis when
// it cuts.
func fit(s string, width int) string {
	if width < 1 {
		return ""
	}
	if lipgloss.Width(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// spread puts left at the left and right at the right of width cells,
// cutting left when both do not fit.
func spread(left, right string, width int) string {
	rw := lipgloss.Width(right)
	left = fit(left, max(0, width-rw-1))
	gap := width - lipgloss.Width(left) - rw
	if gap < 1 {
		gap = 1
	}
	return left + strings.Repeat(" ", gap) + right
}

// padRight pads s with spaces to width cells.
func padRight(s string, width int) string {
	if w := lipgloss.Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// padLeft right-aligns s in width cells.
func padLeft(s string, width int) string {
	if w := lipgloss.Width(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

// lowerFirst lower-cases the first letter, for a label inside a sentence.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// shortLabel is an option's name where room is short.
func shortLabel(i int) string {
	return [...]string{"in-network", "out-of-network", "concierge"}[i]
}
