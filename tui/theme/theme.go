// Package theme is carecost's one palette and set of styles, shared by every
// screen (and the form theme of the walk-through). Colour is decoration:
// every fact a colour marks is also in words, so the screens read the same
// with NO_COLOR or --no-color.
package theme

import (
	"github.com/charmbracelet/bubbles/help"
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

	// The dashboard's.
	Header  lipgloss.Style // the title line of a screen
	Verdict lipgloss.Style // which option costs least, and by how much
	Changed lipgloss.Style // an input that differs from the saved scenario
	Assumed lipgloss.Style // a figure the user did not give: a typical one
	Status  lipgloss.Style // the answer to the last action (saved, exported)
	Prompt  lipgloss.Style // a question waiting for y/n or a name
	Chosen  lipgloss.Style // the highlighted line of a menu
	// Series draws an option's bar and chart line: the option's colour,
	// not bold, so the glyphs that tell the lines apart stay thin.
	Series [3]lipgloss.Style
	// Help styles the key help of the footer and of the help screen.
	Help help.Styles
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
		s.Series[i] = lipgloss.NewStyle().Foreground(c)
	}
	s.Header = lipgloss.NewStyle().Bold(true).Foreground(Accent)
	s.Verdict = lipgloss.NewStyle().Bold(true).Foreground(Good)
	s.Changed = lipgloss.NewStyle().Foreground(Warn)
	s.Assumed = lipgloss.NewStyle().Italic(true).Foreground(Muted)
	s.Status = lipgloss.NewStyle().Foreground(Accent)
	s.Prompt = lipgloss.NewStyle().Bold(true).Foreground(Warn)
	s.Chosen = lipgloss.NewStyle().Bold(true).Foreground(Accent)
	keyStyle := lipgloss.NewStyle().Foreground(Accent)
	descStyle := lipgloss.NewStyle().Foreground(Muted)
	sepStyle := lipgloss.NewStyle().Foreground(Border)
	s.Help = help.Styles{
		Ellipsis:       sepStyle,
		ShortKey:       keyStyle,
		ShortDesc:      descStyle,
		ShortSeparator: sepStyle,
		FullKey:        keyStyle,
		FullDesc:       descStyle,
		FullSeparator:  sepStyle,
	}
	return s
}

// Lines renders each of lines in st, after indent (left unstyled): the
// wrapped notes, warnings and errors every screen draws under its figures.
func Lines(st lipgloss.Style, indent string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = indent + st.Render(l)
	}
	return out
}
