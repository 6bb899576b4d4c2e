// Package theme is carecost's one palette and set of styles, shared by every
// screen (and the form theme of the walk-through). Colour is decoration:
// every fact a colour marks is also in words, so the screens read the same
// with NO_COLOR or --no-color.
package theme

import (
	"github.com/charmbracelet/lipgloss"
)

// The palette: ANSI-16 adaptive colours, so the user's terminal theme decides
// the exact shades.
var (
	Accent  = lipgloss.AdaptiveColor{Light: "4", Dark: "12"} // blue
	Good    = lipgloss.AdaptiveColor{Light: "2", Dark: "10"} // green: the cheapest
	Warn    = lipgloss.AdaptiveColor{Light: "3", Dark: "11"} // yellow: warnings
	Bad     = lipgloss.AdaptiveColor{Light: "1", Dark: "9"}  // red: errors
	Muted   = lipgloss.AdaptiveColor{Light: "8", Dark: "7"}  // grey: help, hints
	Border  = lipgloss.AdaptiveColor{Light: "7", Dark: "8"}  // card borders
	Options = [3]lipgloss.AdaptiveColor{                     // one colour an option
		{Light: "4", Dark: "12"}, // in network
		{Light: "5", Dark: "13"}, // out of network
		{Light: "6", Dark: "14"}, // concierge
	}
)

// Styles are built once and passed down; screens never build styles in View.
type Styles struct {
	Title, Subtitle, Text, Muted, Bold lipgloss.Style
	Good, Warn, Error                  lipgloss.Style
	Card, SelectedCard                 lipgloss.Style
	Option                             [3]lipgloss.Style
	Footer                             lipgloss.Style
}

// DefaultStyles returns carecost's styles.
func DefaultStyles() Styles {
	card := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(Border).Padding(0, 1)
	s := Styles{
		Title:        lipgloss.NewStyle().Bold(true).Foreground(Accent),
		Subtitle:     lipgloss.NewStyle().Bold(true),
		Text:         lipgloss.NewStyle(),
		Muted:        lipgloss.NewStyle().Foreground(Muted),
		Bold:         lipgloss.NewStyle().Bold(true),
		Good:         lipgloss.NewStyle().Bold(true).Foreground(Good),
		Warn:         lipgloss.NewStyle().Foreground(Warn),
		Error:        lipgloss.NewStyle().Bold(true).Foreground(Bad),
		Card:         card,
		SelectedCard: card.BorderStyle(lipgloss.ThickBorder()).BorderForeground(Accent),
		Footer:       lipgloss.NewStyle().Foreground(Muted),
	}
	for i, c := range Options {
		s.Option[i] = lipgloss.NewStyle().Bold(true).Foreground(c)
	}
	return s
}
