package model

import (
	"fmt"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Options are what the program needs from the command line.
type Options struct {
	File    string // a scenario to open on the dashboard
	Edit    bool   // walk through File's answers instead
	NoColor bool   // --no-color (NO_COLOR is honoured by Lip Gloss itself)
	In      io.Reader
	Out     io.Writer
	// DraftPath is where the walk-through keeps its draft; "" is the
	// default (the user's config directory).
	DraftPath string
}

// Run runs the full-screen program until the user quits. ctrl+c returns
// tea.ErrInterrupted. Bubble Tea restores the terminal on every way out,
// a panic in Update, View or a command included (it recovers them and
// returns tea.ErrProgramPanic); the program starts no goroutines of its
// own, whose panics it could not catch.
func Run(o Options) error {
	if o.In == nil {
		o.In = os.Stdin
	}
	if o.Out == nil {
		o.Out = os.Stdout
	}
	if o.NoColor {
		lipgloss.SetColorProfile(termenv.Ascii)
	} else if f, ok := o.Out.(*os.File); ok && f != os.Stdout {
		// Ask the terminal for its background now: once the program owns
		// the input, the terminal's answer would be read as keys and the
		// question can hang (style.md, "Known pitfalls"). Standard output
		// was asked already, by Bubble Tea's init; Lip Gloss keeps that
		// answer, and asking twice doubles the wait on a terminal that
		// never answers.
		lipgloss.SetHasDarkBackground(termenv.NewOutput(f).HasDarkBackground())
	}
	p := tea.NewProgram(New(o), tea.WithAltScreen(), tea.WithInput(o.In), tea.WithOutput(o.Out))
	final, err := p.Run()
	if m, ok := final.(Model); ok && m.quitNote != "" {
		fmt.Fprintln(o.Out, m.quitNote)
	}
	return err
}
