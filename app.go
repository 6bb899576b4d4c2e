package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/linemode"
	"github.com/carecost/carecost/tui"
)

// runApp starts the interactive program on a terminal.
func runApp(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	if opts.accessible {
		return runAccessible(opts, stdin, stdout, stderr)
	}
	removeLeftovers(opts.draftPath)
	draftPath, draftNote, release := interview.Claim(opts.draftPath)
	defer release()
	err := tui.Run(tui.Options{
		File:      opts.file,
		Edit:      opts.edit,
		NoColor:   opts.noColor,
		In:        stdin,
		Out:       stdout,
		DraftPath: draftPath,
		DraftNote: draftNote,
		// the program did not end in time after a signal: the draft holds
		// every answer but the one being typed (it follows each answer)
		Abandon: func(sig os.Signal) { os.Exit(signalStatus(sig)) },
	})
	var stopped *tui.SignalError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &stopped):
		return signalStatus(stopped.Signal)
	case errors.Is(err, tea.ErrInterrupted):
		return exitInterrupted
	}
	fmt.Fprintf(stderr, "carecost: %v\n", err)
	return exitFailure
}

// removeLeftovers deletes, at the start of either mode, what a run killed
// while writing the list of recent files left beside the draft
// (recent.RemoveLeftovers), as interview.Claim does for the drafts' own.
func removeLeftovers(configured string) {
	path := configured
	if path == "" {
		p, err := interview.DefaultDraftPath()
		if err != nil {
			return // no configuration directory: no list either
		}
		path = p
	}
	recent.RemoveLeftovers(recent.FileName(path), time.Now())
}

// runAccessible is the line-by-line mode (package linemode).
func runAccessible(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	removeLeftovers(opts.draftPath)
	return linemode.Main(linemode.Options{File: opts.file, Edit: opts.edit, DraftPath: opts.draftPath}, stdin, stdout, stderr)
}
