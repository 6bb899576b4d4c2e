package tui

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/carecost/carecost/internal/stopsig"
	"github.com/carecost/carecost/internal/termsafe"
)

// StopSignals end the program keeping the draft (internal/stopsig).
var StopSignals = stopsig.Signals

// SignalError is Run's answer when a signal ended the program (the draft
// was kept first); main exits with 128 + the signal's number.
type SignalError struct{ Signal os.Signal }

func (e *SignalError) Error() string { return "stopped by a signal: " + e.Signal.String() }

// signalMsg is a stop signal, relayed to the model by Run.
type signalMsg struct{ sig os.Signal }

// How long Run waits, after a signal, for the program to end before it
// kills it (stopGrace), and then for the killed program to give the
// terminal back before it gives up on it (stopHard): a terminal that
// takes no more output can block the program's last writes for ever.
const (
	stopGrace = 2 * time.Second
	stopHard  = time.Second
)

// program is what the relay needs of a tea.Program.
type program interface {
	Send(tea.Msg)
	Kill()
}

// relay waits for the first stop signal, hands it to Run (got) and to the
// model (signalMsg: it quits at once; Run keeps the draft), and sees that
// the process ends even when the program does not: after stopGrace it
// kills the program (Run still keeps the draft from the model as it
// stands), and stopHard later it calls abandon, which must end the
// process. A second signal kills the program at once; the draft is kept
// all the same. It returns when ended is closed (Run is done). It is Run's
// goroutine, not the model's: the model starts none.
func relay(sigs <-chan os.Signal, p program, ended <-chan struct{}, got chan<- os.Signal,
	after func(time.Duration) <-chan time.Time, abandon func(os.Signal)) {
	var sig os.Signal
	select {
	case <-ended:
		return
	case sig = <-sigs:
	}
	got <- sig
	// Send waits for the program's loop, which may be the thing that is
	// stuck: the deadline below must not wait with it.
	go p.Send(signalMsg{sig: sig})
	grace := after(stopGrace)
	var hard <-chan time.Time
	for {
		select {
		case <-ended:
			return
		case <-sigs:
			p.Kill()
		case <-grace:
			p.Kill()
			grace, hard = nil, after(stopHard)
		case <-hard:
			if abandon != nil {
				abandon(sig)
			}
			return
		}
	}
}

// finish is what Run does once the program has ended. When a signal ended
// it, or the terminal went away under it (Bubble Tea could not read it),
// the answers and what-ifs on screen are kept as the draft: the model quit
// at once on the signal and left the keeping to here, where no command of
// its runs alongside. The note (the model's own, or where the draft went)
// is printed once the screen is given back; on a terminal that is gone
// the write fails, and the draft is kept regardless.
func finish(final tea.Model, err error, sig os.Signal, out io.Writer) error {
	m, ok := final.(Model)
	lost := err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramPanic)
	if ok && (sig != nil || lost) {
		if note := m.keepDraft(sig); note != "" {
			m.quitNote = note
		}
	}
	if ok {
		// however it ended: the compare screen's last change, in case its
		// command had not run (comparekeep.go)
		if kerr := m.keepComparedNow(); kerr != nil {
			m.quitNote = strings.TrimPrefix(m.quitNote+"\n", "\n") + "The plans added on the compare screen could not be kept for next time: " + termsafe.Text(kerr.Error())
		}
	}
	if ok && m.quitNote != "" {
		fmt.Fprintln(out, m.quitNote)
	}
	if sig != nil {
		return &SignalError{Signal: sig}
	}
	return err
}

// keepDraft keeps what the user typed, as leave does for q and ctrl+c: the
// walk-through's answers (the field being typed included), else the
// dashboard's changes that are in no file. It returns the note to print:
// why carecost stopped and where the draft is ("" when the program ended
// for no signal and nothing needed keeping).
func (m Model) keepDraft(sig os.Signal) string {
	why := stopWords(sig)
	what := "answers"
	path, err := m.owner().KeepDraft() // the walk-through's answers
	file := m.wizard.draftFile
	if d, unsaved := m.screens[stateDashboard].Unsaved(); path == "" && err == nil && unsaved {
		// the dashboard's what-ifs, also behind a walk-through opened with
		// e and left untouched: the draft of their file when they have one
		what, file = "changes", d.Path
		path, err = keepUnsaved(m.opts.DraftPath, d)
	}
	switch {
	case err != nil:
		return why + "\nYour " + what + " are not saved, and could not be kept as a draft: " + termsafe.Text(err.Error())
	case path != "":
		return why + "\n" + keptNote(what, path, file)
	case sig == nil:
		return ""
	}
	return why
}

// stopWords says why carecost stopped.
func stopWords(sig os.Signal) string {
	switch sig {
	case syscall.SIGHUP:
		return "carecost stopped: its terminal was closed (SIGHUP)."
	case syscall.SIGTERM:
		return "carecost stopped: it was asked to end (SIGTERM)."
	case syscall.SIGINT:
		return "carecost stopped: it was interrupted (SIGINT)."
	case nil:
		return "carecost stopped: its terminal could not be read."
	}
	return "carecost stopped: " + sig.String() + "."
}

// lastResort gives the terminal back from outside a program whose loop is
// stuck (relay's abandon): the mode it had before the program (cooked),
// the normal screen, the cursor shown, no bracketed paste. The write waits
// at most a moment: it may be what is stuck.
func lastResort(in io.Reader, out io.Writer) func() {
	restore := func() {}
	if f, ok := in.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if st, err := term.GetState(f.Fd()); err == nil {
			restore = func() { _ = term.Restore(f.Fd(), st) }
		}
	}
	return func() {
		done := make(chan struct{})
		go func() {
			io.WriteString(out, ansi.ResetModeBracketedPaste+ansi.SetModeTextCursorEnable+ansi.ResetModeAltScreenSaveCursor)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(200 * time.Millisecond):
		}
		restore()
	}
}
