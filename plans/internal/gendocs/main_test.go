package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/plans"
)

// TestDocsMatchFields fails when docs/scenario-format.md is not what
// plans.Fields renders. Regenerate it with
//
//	go run ./plans/internal/gendocs > docs/scenario-format.md
func TestDocsMatchFields(t *testing.T) {
	path := filepath.Join("..", "..", "..", "docs", "scenario-format.md")
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; generate it with: go run ./plans/internal/gendocs > docs/scenario-format.md", err)
	}
	if want := Render(); !bytes.Equal(have, want) {
		t.Errorf("docs/scenario-format.md is out of date with plans.Fields; regenerate it with:\n" +
			"  go run ./plans/internal/gendocs > docs/scenario-format.md")
	}
}

func TestRenderListsEveryField(t *testing.T) {
	doc := string(Render())
	for _, f := range plans.Fields {
		if !strings.Contains(doc, "| `"+f.Name()+"` | "+strings.ReplaceAll(f.Help, "|", "\\|")) {
			t.Errorf("%s is not in the rendered docs", f.Path)
		}
	}
}

// The example in the docs is a valid scenario.
func TestDocsExampleParses(t *testing.T) {
	doc := string(Render())
	start := strings.Index(doc, "```yaml\n")
	end := strings.Index(doc[start+8:], "```")
	if start < 0 || end < 0 {
		t.Fatal("no yaml example")
	}
	example := doc[start+8 : start+8+end]
	s, warnings, err := plans.Parse("example.yaml", []byte(example))
	if err != nil {
		t.Fatal(err)
	}
	if s.Care.Concierge.Visits != 18 || s.Care.OutOfNetwork.Visits != 24 || !s.Plan.OutOfNetwork.Covered || len(warnings) != 0 {
		t.Errorf("example read as %+v, warnings %v", s, warnings)
	}
}
