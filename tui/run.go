package tui

import (
	"io"
	"os"
	"os/signal"
	"time"

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
	// DraftNote, when not "", says that another carecost holds the usual
	// draft and where this one keeps its answers (interview.DraftClaim.Note);
	// the start screen shows it.
	DraftNote string
	// Abandon ends the process when a signal came and the program did not
	// end in time (stopGrace, stopHard): the terminal is given back as
	// well as can be first. nil waits for the program however long it
	// takes.
	Abandon func(os.Signal)
}

// Run runs the full-screen program until the user quits. ctrl+c returns
// tea.ErrInterrupted. Bubble Tea restores the terminal on every way out,
// a panic in Update, View or a command included (it recovers them and
// returns tea.ErrProgramPanic); the model starts no goroutines of its
// own, whose panics it could not catch (Run's one, relay, only passes
// signals on). A stop signal (StopSignals) ends the program too, keeping
// the draft first (finish), and returns a *SignalError.
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
	p := tea.NewProgram(New(o), tea.WithAltScreen(), tea.WithInput(o.In), tea.WithOutput(o.Out),
		tea.WithoutSignalHandler())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, StopSignals...)
	defer signal.Stop(sigs)
	ended, got := make(chan struct{}), make(chan os.Signal, 1)
	defer close(ended)
	var abandon func(os.Signal)
	if o.Abandon != nil {
		giveBack := lastResort(o.In, o.Out)
		abandon = func(sig os.Signal) { giveBack(); o.Abandon(sig) }
	}
	go relay(sigs, p, ended, got, time.After, abandon)
	final, err := p.Run()
	var sig os.Signal
	select {
	case sig = <-got:
	default:
	}
	return finish(final, err, sig, o.Out)
}
