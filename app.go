package main

import (
	"errors"
	"fmt"
	"io"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/model"
)

// runApp starts the interactive program on a terminal. The accessible
// mode never starts the full-screen program (clarifications.md); until its
// line-by-line prompt lands it prints the comparison.
func runApp(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	if opts.accessible {
		return runHeadless(opts, stdout, stderr)
	}
	err := model.Run(model.Options{
		File:    opts.file,
		Edit:    opts.edit,
		NoColor: opts.noColor,
		In:      stdin,
		Out:     stdout,
	})
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, tea.ErrInterrupted):
		return exitInterrupted
	}
	fmt.Fprintf(stderr, "carecost: %v\n", err)
	return exitFailure
}
