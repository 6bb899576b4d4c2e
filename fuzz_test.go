package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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

// Any bytes, read as a scenario file, go through every output carecost
// writes for a terminal: the problems on standard error, or the table and
// the Markdown handout; none may hold a character the terminal would act
// on. JSON is for programs, not terminals: it must be valid JSON.
func FuzzEveryOutput(f *testing.F) {
	for _, pattern := range []string{"examples/*.yaml", "testdata/conformance/c0*.json", "testdata/tui/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
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
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []string{"table", "markdown", "json"} {
			var out, errOut bytes.Buffer
			code := run([]string{"estimate", "--format", format, "-"}, bytes.NewReader(data), &out, &errOut)
			terminalSafe(t, format+": standard error", errOut.Bytes())
			switch {
			case code != exitOK:
				if out.Len() > 0 {
					t.Fatalf("%s: exit %d with output %q", format, code, out.Bytes())
				}
			case format == "json":
				if !json.Valid(out.Bytes()) {
					t.Fatalf("not valid JSON: %q", out.Bytes())
				}
			default:
				terminalSafe(t, format, out.Bytes())
			}
		}
		// a file named .json is read by the JSON rules, with their own messages
		if _, _, err := plans.Parse("s.json", data); err != nil {
			terminalSafe(t, "the problems of s.json", []byte(err.Error()))
		}
	})
}
