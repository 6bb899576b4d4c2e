package walkthrough

import (
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/carecost/carecost/tui/theme"
)

// formTheme is the huh theme drawn from carecost's palette (tui/theme).
// Every state is marked in text as well as colour: the focused question has
// a bar at its left, the chosen answer a "> ", an input a "$" or ">" prompt.
func formTheme() *huh.Theme {
	t := huh.ThemeBase()
	t.FieldSeparator = lipgloss.NewStyle().SetString("\n")

	f := &t.Focused
	f.Base = f.Base.BorderForeground(theme.Accent)
	f.Title = lipgloss.NewStyle().Bold(true).Foreground(theme.Accent)
	f.Description = lipgloss.NewStyle().Foreground(theme.Muted)
	f.ErrorIndicator = lipgloss.NewStyle().Foreground(theme.Bad).SetString(" ✗")
	f.ErrorMessage = lipgloss.NewStyle().Foreground(theme.Bad)
	f.SelectSelector = lipgloss.NewStyle().Foreground(theme.Accent).SetString("> ")
	f.SelectedOption = lipgloss.NewStyle().Bold(true).Foreground(theme.Accent)
	f.TextInput.Prompt = lipgloss.NewStyle().Foreground(theme.Accent)
	f.TextInput.Placeholder = lipgloss.NewStyle().Foreground(theme.Muted)
	f.TextInput.Cursor = lipgloss.NewStyle().Foreground(theme.Accent)

	t.Blurred = t.Focused
	b := &t.Blurred
	b.Base = b.Base.BorderStyle(lipgloss.HiddenBorder())
	b.Title = lipgloss.NewStyle().Bold(true)
	b.SelectSelector = lipgloss.NewStyle().SetString("> ")
	b.SelectedOption = lipgloss.NewStyle()
	b.TextInput.Prompt = lipgloss.NewStyle().Foreground(theme.Muted)
	b.NextIndicator = lipgloss.NewStyle()
	b.PrevIndicator = lipgloss.NewStyle()

	t.Group.Title = lipgloss.NewStyle().Bold(true)
	t.Group.Description = lipgloss.NewStyle().Foreground(theme.Muted)
	return t
}
