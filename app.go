package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/model"
	"github.com/carecost/carecost/model/wizard"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/prompt"
	"github.com/carecost/carecost/report"
)

// runApp starts the interactive program on a terminal.
func runApp(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	if opts.accessible {
		return runAccessible(opts, stdin, stdout, stderr)
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

// runAccessible is the screen-reader path (clarifications.md): it never
// starts the full-screen program. It asks the walk-through's questions line
// by line, then prints the comparison as the table does.
func runAccessible(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	start := wizard.Options{Scenario: plans.Preset(calc.PPO), Step: wizard.StepPlan}
	if opts.file != "" {
		data, err := os.ReadFile(opts.file)
		if err != nil {
			fmt.Fprintf(stderr, "carecost: %v\n", err)
			return exitFailure
		}
		s, _, err := plans.Parse(opts.file, data)
		if err != nil {
			fmt.Fprintf(stderr, "carecost: %s cannot be estimated:\n%v\n", opts.file, err)
			return exitBadScenario
		}
		start.Scenario, start.Path = s, opts.file
	}
	s, err := prompt.Run(stdin, stdout, start)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	fmt.Fprintln(stdout)
	c := report.Compare(s, nil, time.Now())
	if err := report.Table(stdout, c, report.TableOptions{}); err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	return exitOK
}
