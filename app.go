package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
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
	draftPath, draftNote, release := claimDraft(opts.draftPath)
	defer release()
	err := model.Run(model.Options{
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
	var stopped *model.SignalError
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

// claimDraft takes the draft file for this run (wizard.ClaimDraft): the
// configured one, or draft.yaml in the user's config directory; another
// live carecost holding it gives this run a file of its own, and note
// says so. When no claim can be had (no config directory, a file system
// without locks), the path is used as it is.
func claimDraft(configured string) (path, note string, release func()) {
	path = configured
	if path == "" {
		p, err := wizard.DefaultDraftPath()
		if err != nil {
			return "", "", func() {} // the walk-through says the draft cannot be kept
		}
		path = p
	}
	c, err := wizard.ClaimDraft(path)
	if err != nil {
		return path, "", func() {}
	}
	return c.Path, c.Note(), c.Release
}

// stopLineByLine hands the first stop signal to the line-by-line session
// (stop), which keeps its answers as the draft at once (it owns them) and
// ends. Should it not end within a moment (its output blocked), or should
// a second signal come, the process ends anyway: the draft already holds
// every answer given, kept after each.
func stopLineByLine(sigs <-chan os.Signal, stop chan<- os.Signal, done <-chan struct{}) {
	var sig os.Signal
	select {
	case <-done:
		return
	case sig = <-sigs:
	}
	stop <- sig
	select {
	case <-done:
		return
	case <-sigs:
	case <-time.After(2 * time.Second):
	}
	os.Exit(signalStatus(sig))
}

// sessionFailed says why the line-by-line session ended early and gives the
// exit status: 128 + n for a stop signal (prompt.StoppedError).
func sessionFailed(err error, stderr io.Writer) int {
	fmt.Fprintf(stderr, "carecost: %v\n", err)
	var stopped *prompt.StoppedError
	if errors.As(err, &stopped) {
		return signalStatus(stopped.Signal)
	}
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
	sigs, stop, done := make(chan os.Signal, 2), make(chan os.Signal, 1), make(chan struct{})
	signal.Notify(sigs, model.StopSignals...)
	defer signal.Stop(sigs)
	defer close(done)
	go stopLineByLine(sigs, stop, done)
	sess.StopOn(stop)
	draftPath, draftNote, release := claimDraft(opts.draftPath)
	defer release()
	if draftNote != "" {
		sess.Say(draftNote)
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
		return sessionFailed(err, stderr)
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
		"Try the built-in demo: every answer is filled in, press Enter through the questions",
		"Start a new estimate",
		"Open a scenario file",
		"Try an example",
	}
	if draft != nil {
		choices = append(choices, "Resume your unfinished estimate, at the step "+draft.Step.Title())
	}
	sess.Say("carecost: what a year of therapy costs, three ways.")
	i, err := sess.Choose("What would you like to do?", choices)
	if err != nil {
		return walk, true, sessionFailed(err, stderr)
	}
	if i == 1 && draft != nil {
		sess.Say("Starting anew replaces your unfinished estimate once you finish the first step.")
	}
	switch i {
	case 0:
		walk.Scenario = plans.DemoScenario()
	case 2, 3:
		var s calc.Scenario
		var warnings []calc.Warning
		var path, sum string
		if i == 2 {
			for path == "" {
				name, err := sess.Ask("The scenario file's name: ")
				if err != nil {
					return walk, true, sessionFailed(err, stderr)
				}
				path = strings.TrimSpace(name)
			}
			var code int
			if s, warnings, sum, code = parseFile(path, stderr); code != exitOK {
				return walk, true, code
			}
		} else {
			list := examples.List()
			names := make([]string, len(list))
			for k, e := range list {
				names[k] = e.Name
			}
			k, err := sess.Choose("Which example?", names)
			if err != nil {
				return walk, true, sessionFailed(err, stderr)
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
		var stopped *prompt.StoppedError
		if errors.As(err, &stopped) {
			return walk, true, sessionFailed(err, stderr)
		}
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
