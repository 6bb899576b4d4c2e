package tui

import "strconv"

// The layout of text (wrapping, padding, cutting) is internal/text's,
// shared with the report and the walk-through.

func itoa(n int) string { return strconv.Itoa(n) }

// shortLabel is an option's name where room is short.
func shortLabel(i int) string {
	return [...]string{"in-network", "out-of-network", "concierge"}[i]
}
