// Package stopsig names the signals that end carecost keeping the draft
// (the full-screen program and the line-by-line mode both stop on them)
// and the exit status each gives.
package stopsig

import (
	"os"
	"syscall"
)

// Signals end carecost keeping the draft: the terminal or SSH session
// closed (SIGHUP), a polite kill (SIGTERM), kill -INT (in the full-screen
// program ctrl+c is a key, not a signal). Bubble Tea's own handler is off
// (tea.WithoutSignalHandler): it turned SIGTERM into a plain quit (exit 0,
// the walk-through's answers lost) and left SIGHUP to kill the process with
// the terminal raw, in the alternate screen.
var Signals = []os.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT}

// Status is the exit status of a process a signal ended: 128 + its number
// (SIGHUP 129, SIGINT 130, SIGTERM 143); 1 for anything else.
func Status(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok && s > 0 {
		return 128 + int(s)
	}
	return 1
}
