package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
)

// terminalSafe fails when text would make a terminal act rather than show:
// a control character other than a line feed, a bidirectional control, or
// invalid UTF-8.
func terminalSafe(t *testing.T, what string, text []byte) {
	t.Helper()
	if !utf8.Valid(text) {
		t.Fatalf("%s is not valid UTF-8: %q", what, text)
	}
	for _, r := range string(text) {
		if r != '\n' && termsafe.Escapes(r) {
			t.Fatalf("%s holds %U: %q", what, r, text)
		}
	}
}

// Any bytes, read as a scenario file under any name, go through every
// output carecost writes: `estimate` in every format (table, Markdown,
// JSON, CSV) and `compare` in every format (table, Markdown, JSON), the
// file named first and second beside a copy of itself, and beside an
// example. The problems on standard
// error, the tables, the handouts and the CSV (printed to a terminal as
// often as opened in a spreadsheet) may hold no character the terminal
// would act on; JSON is for programs, not terminals: it must be valid JSON.
// The name is the file's (a hostile one reaches the CSV's file column and
// a nameless plan's label); a name no file can have reads the bytes from
// standard input instead.
func FuzzEveryOutput(f *testing.F) {
	for _, pattern := range []string{"examples/*.yaml", "testdata/conformance/c0*.json", "testdata/tui/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data, filepath.Base(file))
		}
	}
	for _, seed := range []string{
		hostileYAML,
		"version: 1\n\"\\e]0;HACKED\\a\": 1\n",
		"version: 1\nname: \"\\u202eevil\"\n",
		"version: 1\n\xff\xfe: 1\n",
		"version: 1\nplan: {type: \"\\x9b31m\"}\n",
		"version: 1\nplan:\n\tin_network: 1\n",
		"{\"version\": 1, \"\x1b]0;x\x07\": 1}",
		"\x1b]0;HACKED\x07",
		"version: 1\nname: \"a\\u2028b\\u0085c\\x7f\"\n",
	} {
		f.Add([]byte(seed), "s.yaml")
	}
	// a valid scenario without a name under hostile names: its label is
	// the file's name
	const nameless = "version: 1\nplan: {type: none}\ncare: {visits: 1, in_network: {charge: 1}, out_of_network: {cash_rate: 1}, concierge: {fee: 1}}\n"
	for _, name := range []string{"t\x1b]0;HACKED\a.yaml", "evil\u202egpj.yaml", "a\x9b31m.json", "=cmd\r.yaml"} {
		f.Add([]byte(nameless), name)
		f.Add([]byte(hostileYAML), name)
	}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // no run's files are shared
		for _, format := range []string{"table", "markdown", "json", "csv"} {
			var out, errOut bytes.Buffer
			code := run([]string{"estimate", "--format", format, "-"}, bytes.NewReader(data), &out, &errOut)
			checkOutput(t, "estimate --format "+format, format, code, out.Bytes(), errOut.Bytes())
		}
		file := "-"
		if usableName(name) {
			file = filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(file, data, 0o600); err != nil {
				file = "-" // a name this file system refuses
			}
		}
		var out, errOut bytes.Buffer
		code := run([]string{"estimate", "--format", "csv", file}, bytes.NewReader(data), &out, &errOut)
		checkOutput(t, "estimate --format csv of the named file", "csv", code, out.Bytes(), errOut.Bytes())
		// compare wants plans for the same care: the bytes against a copy
		// of themselves (either first), and against an example, whose
		// differences it lists
		copied := filepath.Join(t.TempDir(), "other.yaml")
		if err := os.WriteFile(copied, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"table", "markdown", "json"} {
			for _, files := range [][]string{{file, copied}, {copied, file}, {file, "examples/tkr-ppo.yaml"}} {
				var out, errOut bytes.Buffer
				args := append([]string{"compare", "--format", format}, files...)
				code := run(args, bytes.NewReader(data), &out, &errOut)
				checkOutput(t, "compare --format "+format, format, code, out.Bytes(), errOut.Bytes())
			}
		}
		// a file named .json is read by the JSON rules, with their own messages
		if _, _, err := plans.Parse("s.json", data); err != nil {
			terminalSafe(t, "the problems of s.json", []byte(err.Error()))
		}
	})
}

// checkOutput fails one run (what) whose standard error holds a character
// a terminal would act on, that fails and writes output anyway (but the
// CSV's header), or whose output is not valid JSON (format json) or not
// safe for a terminal.
func checkOutput(t *testing.T, what, format string, code int, out, errOut []byte) {
	t.Helper()
	terminalSafe(t, what+": standard error", errOut)
	switch {
	case code != exitOK && format != "csv": // the CSV keeps its header, and the rows of any other file
		if len(out) > 0 {
			t.Fatalf("%s: exit %d with output %q", what, code, out)
		}
	case format == "json":
		if !json.Valid(out) {
			t.Fatalf("%s: not valid JSON: %q", what, out)
		}
	case format == "csv": // its records end in CRLF (RFC 4180); a cell's CR is escaped
		terminalSafe(t, what, bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n")))
	default:
		terminalSafe(t, what, out)
	}
}

// usableName reports a name a file in a folder can have here: one path
// element, neither . nor .., without NUL, of at most 255 bytes.
func usableName(name string) bool {
	return name != "" && name != "." && name != ".." && len(name) <= 255 &&
		!strings.ContainsAny(name, "/\x00") && name != "-"
}
