package main

import (
	"io"
)

// runApp starts the interactive program on a terminal. Until the terminal
// interface lands it prints the comparison, as clarifications.md allows.
func runApp(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	return runHeadless(opts, stdout, stderr)
}
