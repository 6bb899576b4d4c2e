package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/batch"
	"github.com/carecost/carecost/internal/exitcode"
	"github.com/carecost/carecost/internal/stopsig"
	"github.com/carecost/carecost/internal/termbg"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/charmbracelet/x/term"
)

// Exit statuses (internal/exitcode, docs/scenario-format.md).
const (
	exitOK          = exitcode.OK
	exitFailure     = exitcode.Failure
	exitBadScenario = exitcode.BadScenario
	exitInterrupted = exitcode.Interrupted
)

// signalStatus is the exit status of a run a stop signal ended (the draft
// kept first): 128 + the signal's number, as a shell reports a process the
// signal killed: SIGHUP 129, SIGINT 130 (ctrl+c's too), SIGTERM 143.
func signalStatus(sig os.Signal) int { return stopsig.Status(sig) }

const usage = `carecost compares a year of therapy three ways: an in-network clinic, an
out-of-network provider with a superbill, and a concierge therapist.

Usage:
  carecost                        the start screen (piped: the demo comparison)
  carecost FILE                   open a scenario on the comparison
  carecost --edit FILE            walk through a scenario's answers
  carecost estimate [--format table|json|markdown|csv] [--no-color] FILE|FOLDER...
                                  print the comparison of each file (- reads standard
                                  input; a folder's scenario files, at any depth)
  carecost compare [--format table|json|markdown] [--no-color] A B [C [D]]
                                  plan against plan: 2 to 4 scenarios of the same care
                                  under different plans, the whole yearly cost of each
  carecost init [--plan TYPE] [--force] [FILE]
                                  write a commented starter scenario
  carecost help                   this text (--help and -h too, after any command)

Options:
  --no-color     draw no colour (NO_COLOR does the same)
  --accessible   line-by-line prompts for screen readers (TERM=dumb does the same)
  --version      the version of carecost
`

const estimateUsage = `Usage: carecost estimate [--format table|json|markdown|csv] [--no-color] FILE|FOLDER...
  Prints the comparison of each scenario file (- reads standard input); a
  folder's .yaml, .yml and .json files are read at any depth, sorted.
  --format    table (the default), json (JSON Lines for several files or a
              folder), markdown or csv (one row per scenario and option)
  --no-color  draw no colour (NO_COLOR does the same)
  A file that cannot be estimated is said on standard error; the others are
  still estimated, and the exit status is then 2.
`

const compareUsage = `Usage: carecost compare [--format table|json|markdown] [--no-color] A B [C [D]]
  Puts 2 to 4 scenario files side by side that need the same care (their
  care sections agree; only care.in_network.allowed, the rate each plan
  negotiated, may differ) under different plans: the whole yearly cost of
  each plan with each care model, its own premiums included, the cheapest
  named and every other cell's difference to it. (- reads standard input.)
  --format    table (the default), json, or markdown: a handout for the
              client, with what to check in each plan's Summary of Benefits
              and Coverage
  --no-color  draw no colour (NO_COLOR does the same)
`

func initUsage() string {
	return `Usage: carecost init [--plan TYPE] [--force] [FILE]
  Writes a starter scenario with a comment on every field, to FILE (.yaml)
  or, without FILE or with -, to standard output.
  --plan   the plan type: ` + plans.PlanTypeList() + ` (default ppo)
  --force  replace FILE if it exists
`
}

// run is the whole program, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	stderr = escapingWriter{stderr}
	if sub, before, after, ok := subcommand(args); ok {
		// --no-color may come before the subcommand too: carecost --no-color
		// estimate FILE; and help: carecost --help init
		noColor := false
		for _, a := range before {
			switch a {
			case "--no-color", "-no-color":
				noColor = true
			case "--help", "-help", "-h":
				after = append([]string{"--help"}, after...)
			default:
				fmt.Fprintf(stderr, "carecost: %s goes after %q, or is not an option\n%s", a, sub, usage)
				return exitFailure
			}
		}
		switch sub {
		case "estimate":
			if noColor {
				after = append([]string{"--no-color"}, after...)
			}
			return runEstimate(after, stdin, stdout, stderr)
		case "compare":
			if noColor {
				after = append([]string{"--no-color"}, after...)
			}
			return runCompare(after, stdin, stdout, stderr)
		case "init":
			return runInit(after, stdout, stderr) // init draws no colour anyway
		case "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	fs := flag.NewFlagSet("carecost", flag.ContinueOnError)
	noColor := fs.Bool("no-color", false, "draw no colour")
	accessible := fs.Bool("accessible", false, "line-by-line prompts for screen readers")
	edit := fs.Bool("edit", false, "walk through the scenario's answers")
	showVersion := fs.Bool("version", false, "the version of carecost")
	files, code, ok := parseCommandLine(fs, args, usage, stdout, stderr)
	if !ok {
		return code
	}
	if *showVersion {
		fmt.Fprintln(stdout, version())
		return exitOK
	}
	if len(files) > 0 {
		if msg, ok := notACommand(files[0]); ok {
			fmt.Fprintln(stderr, msg)
			return exitFailure
		}
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
	// one scenario, as the app opens it (a folder is refused, not walked);
	// carecost - reads standard input
	l, err := batch.Load(opts.file, stdin)
	if err != nil {
		fmt.Fprintln(stderr, err)
		if f := (*batch.Failure)(nil); errors.As(err, &f) && !f.Unreadable {
			return exitBadScenario
		}
		return exitFailure
	}
	return printComparison(l.Scenario, l.Warnings, plans.DefaultsAssumed(l.File, l.Data), "table", opts.noColor, stdout, stderr)
}

func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

func runEstimate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("carecost estimate", flag.ContinueOnError)
	format := fs.String("format", batch.Table, "table, json, markdown or csv")
	noColor := fs.Bool("no-color", false, "draw no colour (NO_COLOR does the same)")
	files, code, ok := parseCommandLine(fs, args, estimateUsage, stdout, stderr)
	if !ok {
		return code
	}
	if !slices.Contains(batch.Formats, *format) {
		fmt.Fprintf(stderr, "carecost estimate: --format %q is not one of %s\n", *format, strings.Join(batch.Formats, ", "))
		return exitFailure
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "carecost estimate: name a scenario file or folder (or - for standard input)\n%s", estimateUsage)
		return exitFailure
	}
	if n := countOf(files, "-"); n > 1 {
		fmt.Fprintf(stderr, "carecost estimate: standard input (-) can be read once; it is named %d times\n", n)
		return exitFailure
	}
	items, many := batch.Expand(files)
	opts := batch.Options{Format: *format, Made: time.Now(),
		Color: isTerminal(stdout) && !*noColor && os.Getenv("NO_COLOR") == ""}
	sum, err := batch.Run(items, many, opts, stdin, stdout, stderr)
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	case sum.Failed == 0:
		return exitOK
	case !many && sum.Unreadable > 0:
		return exitFailure // one file that cannot be read, as always
	case many:
		fmt.Fprintf(stderr, "carecost: %d estimated; %d could not be (said above)\n", sum.Estimated, sum.Failed)
	}
	return exitBadScenario
}

// countOf counts x among xs.
func countOf(xs []string, x string) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

// runCompare is carecost compare: plan against plan.
func runCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("carecost compare", flag.ContinueOnError)
	format := fs.String("format", batch.Table, "table, json or markdown")
	noColor := fs.Bool("no-color", false, "draw no colour (NO_COLOR does the same)")
	files, code, ok := parseCommandLine(fs, args, compareUsage, stdout, stderr)
	if !ok {
		return code
	}
	switch *format {
	case batch.Table, batch.JSON, batch.Markdown:
	default:
		fmt.Fprintf(stderr, "carecost compare: --format %q is not one of table, json, markdown\n", *format)
		return exitFailure
	}
	if len(files) < report.MinPlans || len(files) > report.MaxPlans {
		fmt.Fprintf(stderr, "carecost compare: name %d to %d scenario files, one for each plan; got %d\n%s",
			report.MinPlans, report.MaxPlans, len(files), compareUsage)
		return exitFailure
	}
	if n := countOf(files, "-"); n > 1 {
		fmt.Fprintf(stderr, "carecost compare: standard input (-) can be read once; it is named %d times\n", n)
		return exitFailure
	}
	var inputs []report.PlanInput
	status := exitOK
	for _, f := range files { // every file's problems, not only the first's
		l, err := batch.Load(f, stdin)
		if err != nil {
			fmt.Fprintln(stderr, err)
			if fail := (*batch.Failure)(nil); errors.As(err, &fail) && fail.Unreadable {
				status = exitFailure
			} else if status == exitOK {
				status = exitBadScenario
			}
			continue
		}
		inputs = append(inputs, report.PlanInput{File: f, Scenario: l.Scenario, Warnings: l.Warnings,
			Assumed: plans.DefaultsAssumed(l.File, l.Data)})
	}
	if status != exitOK {
		return status
	}
	m, err := report.ComparePlans(inputs, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "carecost compare: %v\n", err)
		return exitBadScenario
	}
	switch *format {
	case batch.JSON:
		err = report.PlanJSON(stdout, m)
	case batch.Markdown:
		err = report.PlanMarkdown(stdout, m)
	default:
		color := isTerminal(stdout) && !*noColor && os.Getenv("NO_COLOR") == ""
		err = report.PlanTable(stdout, m, report.TableOptions{Color: color})
	}
	if err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// printComparison prints the comparison in format; a table has colour only
// on a terminal, and never with noColor or NO_COLOR. assumed are the
// figures the scenario assumes (the handout lists them).
func printComparison(s calc.Scenario, warnings []calc.Warning, assumed []string, format string, noColor bool, stdout, stderr io.Writer) int {
	c := report.Compare(s, warnings, time.Now())
	c.Assumed = plans.Assumptions(s, assumed)
	color := isTerminal(stdout) && !noColor && os.Getenv("NO_COLOR") == ""
	if err := batch.Write(stdout, c, format, color); err != nil {
		fmt.Fprintf(stderr, "carecost: %v\n", err)
		return exitFailure
	}
	return exitOK
}

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("carecost init", flag.ContinueOnError)
	plan := fs.String("plan", "ppo", "plan type: "+plans.PlanTypeList())
	force := fs.Bool("force", false, "replace FILE if it exists")
	files, code, ok := parseCommandLine(fs, args, initUsage(), stdout, stderr)
	if !ok {
		return code
	}
	if len(files) > 1 {
		fmt.Fprintf(stderr, "carecost init: one file at a time; got %d\n%s", len(files), initUsage())
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
		if _, err = stdout.Write(data); err != nil {
			fmt.Fprintf(stderr, "carecost init: %v\n", err)
			return exitFailure
		}
		return exitOK
	}
	_, statErr := os.Lstat(file)
	if err = plans.WriteFile(file, data, *force); errors.Is(err, os.ErrExist) {
		fmt.Fprintf(stderr, "carecost init: %s already exists; use --force to replace it\n", file)
		return exitFailure
	}
	if err != nil {
		fmt.Fprintf(stderr, "carecost init: %v\n", err)
		return exitFailure
	}
	// said on standard error, so that init - stays a clean starter file
	did := "Wrote a starter scenario for " + plans.PlanWithArticle(t) + " to " + file
	if statErr == nil {
		did = "Replaced " + file + " with a starter scenario for " + plans.PlanWithArticle(t)
	}
	fmt.Fprintf(stderr, "%s (readable by you alone). Change its figures to yours, then: carecost estimate %s\n", did, shellWord(file))
	return exitOK
}

// shellWord is name as a shell reads it back as one word: as it is when it
// holds nothing a shell treats specially, else in single quotes.
func shellWord(name string) string {
	if name != "" && strings.IndexFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./+,:@%", r))
	}) < 0 {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", `'\''`) + "'"
}

// escapingWriter shows what a terminal would act on as escapes
// (internal/termsafe), keeping line breaks: every message on standard
// error may quote a file name, a key or a value from the command line or a
// file. Each Write is a whole message (fmt and flag write one at a time),
// so no character is split between two.
type escapingWriter struct{ w io.Writer }

func (e escapingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(e.w, termsafe.Lines(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// subcommands are carecost's subcommands (internal/termbg knows them too:
// none of them runs the full-screen program).
var subcommands = []string{"estimate", "compare", "init", "help"}

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

// parseCommandLine parses fs's flags among args and returns the other
// arguments (ok). -h or --help prints help on standard output and exits 0:
// help asked for is no error. A flag that is wrong is said on standard
// error (package flag says what was wrong), with help, and exits 1.
func parseCommandLine(fs *flag.FlagSet, args []string, help string, stdout, stderr io.Writer) (files []string, code int, ok bool) {
	fs.SetOutput(stderr)
	fs.Usage = func() {} // help is printed below, on the stream that fits
	files, err := parseFlags(fs, args)
	switch {
	case err == nil:
		return files, exitOK, true
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, help)
		return nil, exitOK, false
	}
	fmt.Fprint(stderr, help)
	return nil, exitFailure, false
}

// notACommand says what is wrong when carecost is given a word that is
// neither a file nor a command: "carecost estimte" is a command mistyped
// (by edit distance), "carecost report" a command that does not exist.
// A file of that name is opened as always, and a name that looks like a
// path (with a dot or a slash) is left to the file's own message.
func notACommand(name string) (string, bool) {
	if !termbg.Unknown(name) { // the same test decides that no terminal query is needed
		return "", false
	}
	if near, ok := plans.NearestName(name, subcommands); ok {
		return fmt.Sprintf("carecost: unknown command %q; did you mean %s? (carecost help lists the commands)", name, near), true
	}
	return fmt.Sprintf("carecost: %q is neither a command nor a file here; the commands are %s (carecost help says more)",
		name, strings.Join(subcommands, ", ")), true
}

// version is carecost's version: the module's (v1.2.0 when installed with
// go install …@v1.2.0, "(devel)" when built from a clone) and the commit it
// was built from, when the build recorded one.
func version() string {
	v, rev, modified := "(devel)", "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	out := "carecost " + v
	if rev != "" {
		out += " (commit " + rev[:min(12, len(rev))]
		if modified {
			out += ", with changes not committed"
		}
		out += ")"
	}
	return out
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
