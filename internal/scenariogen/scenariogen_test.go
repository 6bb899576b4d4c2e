package scenariogen

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/carecost/carecost/plans"
)

// Every file the generator writes is a valid scenario: a benchmark of
// files that fail would measure the error path, not the estimate.
func TestFilesAreValidAndVaried(t *testing.T) {
	dir := t.TempDir()
	paths, err := Write(dir, 240)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSorted(paths) {
		t.Error("Write's paths are not in sorted order")
	}
	types := map[string]bool{}
	json := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := plans.Parse(p, data)
		if err != nil {
			t.Fatalf("%s does not parse:\n%v\n%s", p, err, data)
		}
		types[string(s.Plan.Type)] = true
		if strings.HasSuffix(p, ".json") {
			json++
		}
	}
	if len(types) != len(planTypes) {
		t.Errorf("%d plan types, want %d", len(types), len(planTypes))
	}
	// i%4 == 3 is JSON: 60 of 240.
	if json != 60 {
		t.Errorf("%d JSON files, want 60", json)
	}
	if got := filepath.Base(filepath.Dir(paths[100])); got != "clients-001" {
		t.Errorf("file 100 is in %s, want clients-001", got)
	}
}
