package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/charmbracelet/x/term"
)

// Exit statuses (scenario-format.md).
const (
	exitOK          = 0
	exitFailure     = 1   // anything else
	exitBadScenario = 2   // a scenario that cannot be estimated
	exitInterrupted = 130 // ctrl+c
)

const usage = `carecost compares a year of therapy three ways: an in-network clinic, an
out-of-network provider with a superbill, and a concierge therapist.

Usage:
  carecost                        the start screen (piped: the demo comparison)
  carecost FILE                   open a scenario on the comparison
  carecost --edit FILE            walk through a scenario's answers
  carecost estimate [--format table|json|markdown] [--no-color] FILE
                                  print the comparison (FILE "-" reads standard input)
  carecost init [--plan TYPE] [--force] [FILE]
                                  write a commented starter scenario

Options:
  --no-color     draw no colour (NO_COLOR does the same)
  --accessible   line-by-line prompts for screen readers (TERM=dumb does the same)
`

// run is the whole program, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if sub, before, after, ok := subcommand(args); ok {
		// --no-color may come before the subcommand too: carecost --no-color estimate FILE
		for _, a := range before {
			if a != "--no-color" && a != "-no-color" {
				fmt.Fprintf(stderr, "carecost: %s goes after %q, or is not an option\n%s", a, sub, usage)
				return exitFailure
			}
		}
		if len(before) > 0 {
			after = append([]string{"--no-color"}, after...)
		}
		switch sub {
		case "estimate":
			return runEstimate(after, stdin, stdout, stderr)
		case "init":
			if len(before) > 0 {
				after = after[1:] // init draws no colour anyway
			}
			return runInit(after, stdout, stderr)
		case "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	fs := flag.NewFlagSet("carecost", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	noColor := fs.Bool("no-color", false, "draw no colour")
	accessible := fs.Bool("accessible", false, "line-by-line prompts for screen readers")
	edit := fs.Bool("edit", false, "walk through the scenario's answers")
	files, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFailure
	}
	if len(files) > 1 {
		fmt.Fprintf(stderr, "carecost: one scenario file at a time; got %d\n%s", len(files), usage)
		return exitFailure
	}
	opts := appOptions{
		file:       first(files),
		edit:       *edit,
		noColor:    *noColor || os.Getenv("NO_COLOR") != "",
		accessible: *accessible || os.Getenv("TERM") == "dumb",
	}
	if *accessible { // asked for by name: line by line even without a terminal
		return runAccessible(opts, stdin, stdout, stderr)
	}
	if opts.edit && opts.file == "" {
		fmt.Fprintln(stderr, "carecost: --edit needs a scenario file")
		return exitFailure
	}
	if !isTerminal(stdin) || !isTerminal(stdout) {
		return runHeadless(opts, stdin, stdout, stderr)
	}
	return runApp(opts, stdin, stdout, stderr)
}

// appOptions are what the interactive program needs from the command line.
type appOptions struct {
	file       string
	edit       bool
	noColor    bool
	accessible bool
	draftPath  string // where the walk-through keeps its draft; "" for the user's config dir
}

// runHeadless is carecost without a terminal: the scenario's comparison (the
// demo's when none is named) as `estimate --format table` prints it.
func runHeadless(opts appOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	if opts.file == "" {
		return printComparison(plans.DemoScenario(), nil, nil, "table", opts.noColor, stdout, stderr)
	}
	args := []string{"--", opts.file}
	if opts.noColor {
		args = append([]string{"--no-color"}, args...)
	}
	return runEstimate(args, stdin, stdout, stderr) // carecost - reads standard input
}

func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

func runEstimate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("carecost estimate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "table", "table, json or markdown")
	noColor := fs.Bool("no-color", false, "draw no colour (NO_COLOR does the same)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: carecost estimate [--format table|json|markdown] [--no-color] FILE   (FILE - reads standard input)")
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFailure
	}
	switch *format {
	case "table", "json", "markdown":
	default:
		fmt.Fprintf(stderr, "carecost estimate: --format %q is not one of table, json, markdown\n", *format)
		return exitFailure
	}
	if len(files) != 1 {
		fmt.Fprintf(stderr, "carecost estimate: name one scenario file (or - for standard input); got %d\n", len(files))
		fs.Usage()
		return exitFailure
	}
	name := files[0]
	data, err := readScenario(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	s, warnings, err := plans.Parse(name, data)
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %s cannot be estimated:\n%v\n", displayName(name), err)
		return exitBadScenario
	}
	return printComparison(s, warnings, plans.DefaultsAssumed(name, data), *format, *noColor, stdout, stderr)
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

func readScenario(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		if stdin == nil {
			return nil, errors.New("no standard input to read")
		}
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// printComparison prints the comparison in format; a table has colour only
// on a terminal, and never with noColor or NO_COLOR. assumed are the
// figures the scenario assumes (the handout lists them).
func printComparison(s calc.Scenario, warnings []calc.Warning, assumed []string, format string, noColor bool, stdout, stderr io.Writer) int {
	c := report.Compare(s, warnings, time.Now())
	c.Assumed = plans.Assumptions(s, assumed)
	var err error
	switch format {
	case "json":
		err = report.JSON(stdout, c)
	case "markdown":
		err = report.Markdown(stdout, c)
	default:
		color := isTerminal(stdout) && !noColor && os.Getenv("NO_COLOR") == ""
		err = report.Table(stdout, c, report.TableOptions{Color: color})
	}
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	return exitOK
}

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("carecost init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	plan := fs.String("plan", "ppo", "plan type: "+plans.PlanTypeList())
	force := fs.Bool("force", false, "replace FILE if it exists")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: carecost init [--plan TYPE] [--force] [FILE]\n  TYPE: %s\n", plans.PlanTypeList())
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFailure
	}
	if len(files) > 1 {
		fmt.Fprintf(stderr, "carecost init: one file at a time; got %d\n", len(files))
		fs.Usage()
		return exitFailure
	}
	file := first(files)
	if file == "-" {
		file = "" // standard output, as estimate's - is standard input
	}
	if strings.EqualFold(filepath.Ext(file), ".json") {
		fmt.Fprintf(stderr, "carecost init: the starter is YAML with a comment on every field; name it .yaml, not %s\n", file)
		return exitFailure
	}
	t := calc.PlanType(*plan)
	if !plans.KnownPlanType(t) {
		fmt.Fprintf(stderr, "carecost init: --plan %q is not a plan type; allowed: %s\n", *plan, plans.PlanTypeList())
		return exitFailure
	}
	data, err := plans.StarterScenario(t)
	if err != nil {
		fmt.Fprintf(stderr, "carecost init: %v\n", err)
		return exitFailure
	}
	if file == "" {
		_, err = stdout.Write(data)
	} else if err = plans.WriteFile(file, data, *force); errors.Is(err, os.ErrExist) {
		fmt.Fprintf(stderr, "carecost init: %s already exists; use --force to replace it\n", file)
		return exitFailure
	}
	if err != nil {
		fmt.Fprintf(stderr, "carecost init: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// subcommands are carecost's subcommands (internal/termbg knows them too:
// none of them runs the full-screen program).
var subcommands = []string{"estimate", "init", "help"}

// subcommand finds the subcommand among args: the first argument that is not
// an option. before are the options in front of it, after the rest.
func subcommand(args []string) (sub string, before, after []string, ok bool) {
	for i, a := range args {
		if a == "-" || !strings.HasPrefix(a, "-") {
			if slices.Contains(subcommands, a) {
				return a, args[:i], args[i+1:], true
			}
			return "", nil, nil, false
		}
	}
	return "", nil, nil, false
}

// parseFlags parses flags wherever they stand among the arguments
// (`carecost init a.yaml --force` as well as `carecost init --force
// a.yaml`) and returns the other arguments in order; everything after "--"
// is an argument.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// first is the first of args, or "".
func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}
