// Package batch is `carecost estimate` of many files at once, a
// counselor's folder of clients: the command line's files and folders
// expanded into scenario files (folders walked at any depth, sorted), each
// read through plans.ReadScenarioFile, estimated and written in one of the
// formats, and each file that cannot be estimated reported on standard
// error with its reason while the others go on.
package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
)

// The output formats.
const (
	Table    = "table"
	JSON     = "json"
	Markdown = "markdown"
	CSV      = "csv"
)

// Formats lists the formats of estimate, for its messages.
var Formats = []string{Table, JSON, Markdown, CSV}

// Item is one entry of a run: a scenario file to estimate, or a problem
// found on the way (a folder that cannot be read or holds no scenario),
// reported where it falls in the order.
type Item struct {
	File    string // as named on the command line or found in a folder; "-" standard input
	Problem error  // set for a problem; File is then what it is about
}

// scenarioExt reports a name a folder's walk reads as a scenario: .yaml,
// .yml or .json, in any case.
func scenarioExt(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// Expand turns the names of the command line into the files to estimate,
// in order: a name that is not a folder as it is (a file of any name, or
// "-"; reading it says what is wrong with it), and a folder as its .yaml,
// .yml and .json files at any depth, sorted by path. Inside a folder, names
// starting with a dot (.git, an editor's .#draft.yaml) are skipped, and a
// link to a folder is not followed, so a link that loops back cannot make
// the walk endless; a link to a file is read as the file. A file reached
// twice (named, then in its folder) is estimated once. many reports the
// output for several files: more than one name, or any folder, even one
// holding a single file, so a script reading a folder's output always gets
// the same form.
func Expand(names []string) (items []Item, many bool) {
	many = len(names) > 1
	seen := map[string]bool{}
	add := func(file string) {
		key := filepath.Clean(file)
		if file == "-" {
			key = "-"
		}
		if !seen[key] {
			seen[key] = true
			items = append(items, Item{File: file})
		}
	}
	for _, name := range names {
		if name == "-" {
			add(name)
			continue
		}
		if info, err := os.Stat(name); err != nil || !info.IsDir() {
			add(name) // reading it says what is wrong, if anything
			continue
		}
		many = true
		files, problems := walk(name)
		items = append(items, problems...)
		if len(files) == 0 && len(problems) == 0 {
			items = append(items, Item{File: name, Problem: &plans.ReadError{File: name,
				Problem: "is a folder that holds no scenario file", Allowed: "a folder's .yaml, .yml and .json files are read, in it and in its sub-folders"}})
		}
		for _, f := range files {
			add(f)
		}
	}
	return items, many
}

// walk lists root's scenario files, sorted, and the sub-folders it could
// not read.
func walk(root string) (files []string, problems []Item) {
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, Item{File: path, Problem: &plans.ReadError{File: path,
				Problem: "could not be read: " + systemWords(err), Err: err}})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && scenarioExt(d.Name()) {
			files = append(files, path)
		}
		return nil
	})
	slices.Sort(files)
	return files, problems
}

func systemWords(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Loaded is a scenario file read and resolved.
type Loaded struct {
	File     string // as named
	Data     []byte
	Scenario calc.Scenario
	Warnings []calc.Warning // the file's own (plans.Parse)
}

// Failure is why a file cannot be estimated: it could not be read
// (Unreadable: a *plans.ReadError) or it is not a valid scenario
// (*plans.Errors).
type Failure struct {
	File       string
	Unreadable bool
	Err        error
}

// Error is the message on standard error, as `carecost estimate FILE` has
// always said it: the read error naming the file, or the file and each of
// its problems.
func (f *Failure) Error() string {
	if f.Unreadable {
		return "carecost: " + f.Err.Error()
	}
	return "carecost: " + termsafe.Text(DisplayName(f.File)) + " cannot be estimated:\n" + f.Err.Error()
}

func (f *Failure) Unwrap() error { return f.Err }

// DisplayName is a file's name for people: "standard input" for "-".
func DisplayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// Load reads file (stdin for "-") through plans.ReadScenarioFile and
// resolves it; the error is a *Failure.
func Load(file string, stdin io.Reader) (*Loaded, error) {
	data, err := plans.ReadScenarioFile(file, stdin)
	if err != nil {
		return nil, &Failure{File: file, Unreadable: true, Err: err}
	}
	s, warnings, err := plans.Parse(file, data)
	if err != nil {
		return nil, &Failure{File: file, Err: err}
	}
	return &Loaded{File: file, Data: data, Scenario: s, Warnings: warnings}, nil
}

// Options say how a run writes.
type Options struct {
	Format string    // Table, JSON, Markdown or CSV
	Color  bool      // the table's colour (a terminal, and no NO_COLOR)
	Made   time.Time // when, for the Markdown handout
}

// Summary counts a run's files.
type Summary struct {
	Estimated int
	Failed    int // could not be estimated, whatever the reason
	// Unreadable of Failed could not be read at all (the rest were read
	// and are not valid scenarios).
	Unreadable int
}

// Run estimates the items in order and writes each to stdout in the
// format; many (from Expand) writes the form for several files: JSON Lines
// with each line's file, a table or a handout after a line naming its
// file. A failure is said on stderr where it falls, and the run goes on.
// The error is a failure to write stdout (a closed pipe), which ends the
// run.
func Run(items []Item, many bool, opts Options, stdin io.Reader, stdout, stderr io.Writer) (Summary, error) {
	var sum Summary
	out := bufio.NewWriterSize(stdout, 64<<10)
	var table *report.CSV
	if opts.Format == CSV {
		table = report.NewCSV(out)
	}
	// Tables go straight to stdout, unbuffered: Lip Gloss chooses the
	// colours a table may use from the writer it is given, and a buffer is
	// no terminal (the table once lost its colour on one that way). A table
	// is written in one piece anyway.
	var dest io.Writer = out
	if opts.Format == Table {
		dest = stdout
	}
	fail := func(err error) error {
		sum.Failed++
		if f := (*Failure)(nil); !errors.As(err, &f) || f.Unreadable {
			sum.Unreadable++
		}
		// what came before is out first, so the message falls where it belongs
		if ferr := out.Flush(); ferr != nil {
			return ferr
		}
		fmt.Fprintln(stderr, err)
		return nil
	}
	for _, it := range items {
		if it.Problem != nil {
			if err := fail(&Failure{File: it.File, Unreadable: true, Err: it.Problem}); err != nil {
				return sum, err
			}
			continue
		}
		l, err := Load(it.File, stdin)
		if err != nil {
			if err := fail(err); err != nil {
				return sum, err
			}
			continue
		}
		if err := write(dest, table, l, many, sum.Estimated == 0, opts); err != nil {
			return sum, err
		}
		sum.Estimated++
	}
	if table != nil {
		if err := table.Flush(); err != nil {
			return sum, err
		}
	}
	return sum, out.Flush()
}

// write writes one file's comparison.
func write(w io.Writer, table *report.CSV, l *Loaded, many, first bool, opts Options) error {
	c := report.Compare(l.Scenario, l.Warnings, opts.Made)
	switch opts.Format {
	case CSV:
		// "standard input" rather than "-", which the formula guard would
		// turn into "'-"
		return table.Write(DisplayName(l.File), c)
	case JSON:
		if many {
			return report.JSONLine(w, l.File, c)
		}
		return report.JSON(w, c)
	case Markdown:
		// only the handout lists the figures assumed: the only format that
		// needs the file decoded a second time
		c.Assumed = plans.Assumptions(l.Scenario, plans.DefaultsAssumed(l.File, l.Data))
	}
	if many {
		if _, err := io.WriteString(w, report.FileHeading(DisplayName(l.File), opts.Format == Markdown, first)); err != nil {
			return err
		}
	}
	return Write(w, c, opts.Format, opts.Color)
}

// Write writes one comparison in a format: the table (the default), JSON
// or the Markdown handout.
func Write(w io.Writer, c *report.Comparison, format string, color bool) error {
	switch format {
	case JSON:
		return report.JSON(w, c)
	case Markdown:
		return report.Markdown(w, c)
	}
	return report.Table(w, c, report.TableOptions{Color: color})
}
