package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/examples"
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
// starts the full-screen program. carecost FILE prints FILE's comparison
// as the table does; otherwise it offers the start screen's choices as a
// numbered list, asks the walk-through's questions line by line (keeping a
// draft after every step, as the full-screen walk-through does), then prints
// the comparison. Nothing it prints has colour or escape codes.
func runAccessible(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	sess := prompt.NewSession(stdin, stdout)
	draftPath := opts.draftPath
	if draftPath == "" {
		if p, err := wizard.DefaultDraftPath(); err == nil {
			draftPath = p
		}
	}
	walk := wizard.Options{Scenario: plans.Preset(calc.PPO), Step: wizard.StepPlan, DraftPath: draftPath}
	switch {
	case opts.file != "":
		s, warnings, sum, code := parseFile(opts.file, stderr)
		if code != exitOK {
			return code
		}
		if !opts.edit {
			return printAccessible(sess, s, warnings, stdout, stderr)
		}
		walk.Scenario, walk.Path, walk.FileSum = s, opts.file, sum
	default:
		var code int
		var done bool
		walk, done, code = accessibleStart(sess, walk, stdout, stderr)
		if done || code != exitOK {
			return code
		}
	}
	s, err := sess.Walk(walk)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	return printAccessible(sess, s, nil, stdout, stderr) // the engine's and the figures' warnings; the answers always write every section
}

// accessibleStart offers the start screen's choices. It returns the
// walk-through to run, or done when the choice printed its comparison and
// needs nothing more.
func accessibleStart(sess *prompt.Session, walk wizard.Options, stdout, stderr io.Writer) (wizard.Options, bool, int) {
	var draft *wizard.Draft
	if walk.DraftPath != "" {
		draft, _ = wizard.LoadDraft(walk.DraftPath) // an unreadable draft is not offered
	}
	choices := []string{
		"Try the built-in demo: its comparison at once, then e to walk through its answers",
		"Start a new estimate: a few questions, typical figures for the rest",
		"Open a scenario file",
		"Try an example",
	}
	if draft != nil {
		choices = append(choices, "Resume your unfinished estimate, at the step "+draft.Step.Title())
	}
	sess.Say("carecost: what a year of therapy costs, three ways.")
	i, err := sess.Choose("What would you like to do?", choices)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return walk, true, exitFailure
	}
	if i == 1 && draft != nil {
		sess.Say("Starting anew replaces your unfinished estimate once you finish the first step.")
	}
	walk.Quick = i == 1 // a new estimate takes the short route
	switch i {
	case 0, 2, 3:
		var s calc.Scenario
		var warnings []calc.Warning
		var path, sum string
		switch i {
		case 0: // the demo is a demo: its comparison at once
			s = plans.DemoScenario()
		case 2:
			for path == "" {
				name, err := sess.Ask("The scenario file's name: ")
				if err != nil {
					fmt.Fprintf(stderr, "carecost: %v\n", err)
					return walk, true, exitFailure
				}
				path = strings.TrimSpace(name)
			}
			var code int
			if s, warnings, sum, code = parseFile(path, stderr); code != exitOK {
				return walk, true, code
			}
		default:
			list := examples.List()
			names := make([]string, len(list))
			for k, e := range list {
				names[k] = e.Name
			}
			k, err := sess.Choose("Which example?", names)
			if err != nil {
				fmt.Fprintf(stderr, "carecost: %v\n", err)
				return walk, true, exitFailure
			}
			if s, warnings, err = examples.Load(list[k].File); err != nil {
				fmt.Fprintf(stderr, "carecost: %v\n", err)
				return walk, true, exitFailure
			}
		}
		if code := printAccessible(sess, s, warnings, stdout, stderr); code != exitOK {
			return walk, true, code
		}
		line, err := sess.Ask("Type e to change these answers, or press Enter to finish: ")
		if err != nil || strings.ToLower(strings.TrimSpace(line)) != "e" {
			return walk, true, exitOK
		}
		walk.Scenario, walk.Path, walk.FileSum = s, path, sum
	case 4:
		walk.Draft = draft
		walk.Path, walk.FileSum = draft.Path, draft.Sum
	}
	return walk, false, exitOK
}

// parseFile reads and validates a scenario file, saying what is wrong; its
// warnings (a missing out_of_network section, …) go with the comparison,
// and sum (the contents' SHA-256, hex) with a draft of its answers.
func parseFile(name string, stderr io.Writer) (s calc.Scenario, warnings []calc.Warning, sum string, code int) {
	data, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return calc.Scenario{}, nil, "", exitFailure
	}
	s, warnings, err = plans.Parse(name, data)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %s cannot be estimated:\n%v\n", name, err)
		return calc.Scenario{}, nil, "", exitBadScenario
	}
	return s, warnings, plans.ContentSum(data), exitOK
}

// printAccessible prints the comparison as the table does (the file's
// warnings with it), without colour.
func printAccessible(sess *prompt.Session, s calc.Scenario, warnings []calc.Warning, stdout, stderr io.Writer) int {
	sess.Say("")
	if err := sess.Err(); err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	c := report.Compare(s, warnings, time.Now())
	if err := report.Table(stdout, c, report.TableOptions{}); err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	return exitOK
}
