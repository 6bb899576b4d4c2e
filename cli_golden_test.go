package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Every shipped example in every format `estimate` prints, as a user
// reads it: testdata/TestExamplesGolden/<example>/<format>.golden. The
// figures are checked by hand elsewhere (examples/list_test.go, the
// conformance cases); these files catch a change of layout or wording. After
// a deliberate change, `go test . -run TestExamplesGolden -update` and read
// the diff.
func TestExamplesGolden(t *testing.T) {
	files, err := filepath.Glob("examples/*.yaml")
	if err != nil || len(files) < 10 {
		t.Fatalf("examples: %v %v", files, err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			for _, format := range []string{"table", "markdown", "json", "csv"} {
				t.Run(format, func(t *testing.T) {
					code, out, errOut := runCLI(t, "", "estimate", "--format", format, f)
					if code != 0 {
						t.Fatalf("exit %d: %s", code, errOut)
					}
					golden.RequireEqual(t, []byte(dropMadeOn(out)))
				})
			}
		})
	}
}
