// Command carecost tells a patient what a year of therapy will cost under
// three care models: an in-network clinic, an out-of-network provider paid
// in cash with a superbill, and a concierge therapist at home.
//
//	carecost                       the start screen (without a terminal: the demo comparison)
//	carecost FILE                  open a scenario on the comparison
//	carecost --edit FILE           walk through a scenario's answers
//	carecost estimate [--format table|json|markdown] FILE|-
//	carecost init [--plan TYPE] [--force] [FILE]
//	carecost help | --help | --version
//
// This file holds flags and subcommands only; the work is in calc (the
// engine), plans (scenario files, presets, figures), report (output) and
// model (the terminal interface).
package main

import (
	"os"

	// before Bubble Tea's init: no terminal query unless the full-screen
	// program may need its answer
	_ "github.com/carecost/carecost/internal/termbg"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
