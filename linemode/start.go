package linemode

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/carecost/carecost/internal/exitcode"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/internal/stopsig"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/internal/userpath"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
)

// Options are what the line-by-line mode needs from the command line.
type Options struct {
	File string // a scenario file: its comparison is printed
	Edit bool   // walk through File's answers instead
	// DraftPath is where the walk-through keeps its draft; "" is the
	// default (the user's config directory).
	DraftPath string
}

// Main is the line-by-line mode, the screen-reader path (docs/spec/clarifications.md):
// it never starts the full-screen program. carecost FILE prints FILE's comparison
// as the table does; otherwise it offers the start screen's choices as a
// numbered list, asks the walk-through's questions line by line (keeping a
// draft after every step, as the full-screen walk-through does), then prints
// the comparison. Nothing it prints has colour or escape codes.
func Main(opts Options, stdin io.Reader, stdout, stderr io.Writer) int {
	sess := NewSession(stdin, stdout)
	sigs, stop, done := make(chan os.Signal, 2), make(chan os.Signal, 1), make(chan struct{})
	signal.Notify(sigs, stopsig.Signals...)
	defer signal.Stop(sigs)
	defer close(done)
	go stopLineByLine(sigs, stop, done)
	sess.StopOn(stop)
	draftPath, draftNote, release := interview.Claim(opts.DraftPath)
	defer release()
	if draftNote != "" {
		sess.Say(draftNote)
	}
	if draftPath != "" {
		sess.p.recent = recent.FileName(draftPath) // beside the draft, as the start screen's
	}
	walk := interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepPlan, DraftPath: draftPath}
	base := "" // names the handout when there is no file: "carecost-demo", an example's name
	switch {
	case opts.File != "":
		s, warnings, assumed, sum, code := sess.parseFile(opts.File, stderr)
		if code != exitcode.OK {
			return code
		}
		if !opts.Edit {
			_, code := showAccessible(sess, s, warnings, assumed, plans.HandoutFileName(opts.File, ""), false, stdout, stderr)
			return code
		}
		walk.Scenario, walk.Path, walk.FileSum = s, opts.File, sum
	default:
		var code int
		var done bool
		walk, base, done, code = accessibleStart(sess, walk, stdout, stderr)
		if done || code != exitcode.OK {
			return code
		}
	}
	s, err := sess.Walk(walk)
	if err != nil {
		return failed(err, stderr)
	}
	// the handout goes beside the file the answers were saved to or came
	// from, else it is named after the estimate (as the dashboard's x does)
	handout := plans.HandoutFileName(walk.Path, base)
	switch saved, _ := sess.p.w.SavedTo(calc.Scenario{}); {
	case saved != "":
		handout = plans.HandoutFileName(saved, "")
	case walk.Path == "" && base == "":
		handout = plans.HandoutFileName("", plans.FileSlug(s.Name))
	}
	// the engine's and the figures' warnings; the answers always write every section
	_, code := showAccessible(sess, s, nil, sess.p.w.A.Assumed(), handout, false, stdout, stderr)
	return code
}

// accessibleStart offers the start screen's choices. It returns the
// walk-through to run and the name its handout is offered under when it
// has no file (base), or done when the choice printed its comparison and
// needs nothing more.
func accessibleStart(sess *Session, walk interview.Options, stdout, stderr io.Writer) (interview.Options, string, bool, int) {
	var draft *interview.Draft
	if walk.DraftPath != "" {
		draft, _ = interview.LoadDraft(walk.DraftPath) // an unreadable draft is not offered
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
		return walk, "", true, failed(err, stderr)
	}
	if i == 1 && draft != nil {
		sess.Say("Starting anew replaces your unfinished estimate once you finish the first step.")
	}
	base := ""          // names the handout when there is no file
	walk.Quick = i == 1 // a new estimate takes the short route
	switch i {
	case 0, 2, 3:
		var s calc.Scenario
		var warnings []calc.Warning
		var assumed []string // the figures the handout lists as assumed
		var path, sum string
		switch i {
		case 0: // the demo is a demo: its comparison at once
			s, base = plans.DemoScenario(), "carecost-demo"
		case 2:
			path, err = sess.chooseFile()
			if err != nil {
				return walk, "", true, failed(err, stderr)
			}
			var code int
			if s, warnings, assumed, sum, code = sess.parseFile(path, stderr); code != exitcode.OK {
				return walk, "", true, code
			}
		default:
			list := examples.List()
			names := make([]string, len(list))
			for k, e := range list {
				names[k] = e.Name
			}
			k, err := sess.Choose("Which example?", names)
			if err != nil {
				return walk, "", true, failed(err, stderr)
			}
			if s, warnings, err = examples.Load(list[k].File); err != nil {
				return walk, "", true, failed(err, stderr)
			}
			if data, err := examples.FS.ReadFile(list[k].File); err == nil {
				assumed = plans.DefaultsAssumed(list[k].File, data) // as the dashboard's example
			}
			base = strings.TrimSuffix(list[k].File, filepath.Ext(list[k].File))
		}
		edit, code := showAccessible(sess, s, warnings, assumed, plans.HandoutFileName(path, base), true, stdout, stderr)
		if !edit {
			return walk, "", true, code
		}
		walk.Scenario, walk.Path, walk.FileSum = s, path, sum
	case 4:
		walk.Draft, walk.Path, walk.FileSum = draft, draft.Path, draft.Sum
	}
	return walk, base, false, exitcode.OK
}

// chooseFile asks which file to open: one of the recent files by its
// number (newest first, as the start screen lists them, with when, "not
// found" and its folder), or a path typed. A list that cannot be read is
// said and ignored, as the start screen does.
func (sess *Session) chooseFile() (string, error) {
	var files []recent.Entry
	if sess.p.recent != "" {
		var err error
		if files, err = recent.Load(sess.p.recent); err != nil {
			sess.Say(text.Capitalize(termsafe.Text(err.Error())) + ".")
		}
	}
	if len(files) > 0 {
		home, _ := os.UserHomeDir()
		choices := make([]string, 0, len(files)+1)
		for _, f := range files {
			// the name first: Choose offers what comes before ":" as Enter's
			about := termsafe.Text(filepath.Base(f.Path)) + ":"
			if d := recent.When(f.Opened, time.Now()); d != "" {
				about += " opened " + d + ","
			}
			if recent.Gone(f.Path) {
				about += " not found,"
			}
			choices = append(choices, about+" in "+termsafe.Text(recent.Folder(filepath.Dir(f.Path), home)))
		}
		i, err := sess.Choose("Which file? The files opened or saved last, newest first:", append(choices, "Type a path"))
		if err != nil || i < len(files) {
			return files[min(i, len(files)-1)].Path, err
		}
	}
	for {
		name, err := sess.Ask("The scenario file's name: ")
		if name = strings.TrimSpace(name); name != "" || err != nil {
			return userpath.Expand(name), err // ~ as on the start screen
		}
	}
}

// parseFile reads and validates a scenario file, saying what is wrong; its
// warnings (a missing out_of_network section, …) and the typical figures
// it leaves out (assumed) go with the comparison, and sum (the contents'
// SHA-256, hex) with a draft of its answers. A file read, even one with
// problems to fix, goes first in the recent files, as the start screen's.
func (sess *Session) parseFile(name string, stderr io.Writer) (s calc.Scenario, warnings []calc.Warning, assumed []string, sum string, code int) {
	data, err := plans.ReadScenarioFile(name, nil)
	if err != nil {
		return calc.Scenario{}, nil, nil, "", failed(err, stderr)
	}
	sess.p.remember(name)
	s, warnings, err = plans.Parse(name, data)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %s cannot be estimated:\n%v\n", name, err)
		return calc.Scenario{}, nil, nil, "", exitcode.BadScenario
	}
	return s, warnings, plans.DefaultsAssumed(name, data), plans.ContentSum(data), exitcode.OK
}

// showAccessible prints the comparison as the table does (the file's
// warnings with it), without colour, then offers what may follow: h saves
// it as the Markdown handout, listing the figures assumed (field paths)
// as estimate's does (handout offered as the file's name), e walks
// through its answers (when canEdit; edit reports it), Enter finishes, as
// does the input's end (a script that reads the comparison is done then).
func showAccessible(sess *Session, s calc.Scenario, warnings []calc.Warning, assumed []string, handout string, canEdit bool, stdout, stderr io.Writer) (edit bool, code int) {
	sess.Say("")
	if err := sess.p.err; err != nil {
		return false, failed(err, stderr)
	}
	c := report.Compare(s, warnings, time.Now())
	c.Assumed = plans.Assumptions(s, assumed)
	if err := report.Table(stdout, c, report.TableOptions{}); err != nil {
		return false, failed(err, stderr)
	}
	for _, sec := range plans.NextSteps(&c.Scenario, c.Result) {
		sess.Say("")
		sess.Say(sec.Title)
		for _, item := range sec.Items {
			sess.Say("- " + item)
		}
	}
	// short enough for one line of 80 columns
	question := "Type h for a Markdown handout of this comparison, or press Enter to finish: "
	if canEdit {
		question = "Type h for a Markdown handout, e to change the answers, Enter to finish: "
	}
	for {
		line, err := sess.Ask(question)
		switch word := strings.ToLower(strings.TrimSpace(line)); {
		case err != nil:
		case word == "e" && canEdit:
			return true, exitcode.OK
		case word == "h":
			var md bytes.Buffer
			if err := report.Markdown(&md, c); err != nil {
				return false, failed(err, stderr)
			}
			if err = sess.SaveHandout(md.Bytes(), handout); err == nil {
				continue
			}
		case word != "":
			sess.Say("Not one of the choices.")
			continue
		}
		// Enter finishes, as does the input's end
		if err == nil || errors.Is(err, ErrInputEnded) {
			return false, exitcode.OK
		}
		return false, failed(err, stderr)
	}
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
	os.Exit(stopsig.Status(sig))
}

// failed says why the line-by-line mode ends early and gives the exit
// status: 128 + n for a stop signal (StoppedError), else exitcode.Failure.
func failed(err error, stderr io.Writer) int {
	fmt.Fprintf(stderr, "carecost: %v\n", err)
	var stopped *StoppedError
	if errors.As(err, &stopped) {
		return stopsig.Status(stopped.Signal)
	}
	return exitcode.Failure
}
