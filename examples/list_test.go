package examples

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Every example carried parses and is listed with its name.
func TestList(t *testing.T) {
	files, _ := fs.Glob(FS, "*.yaml")
	list := List()
	if len(list) != len(files) || len(list) < 8 {
		t.Fatalf("%d examples listed of %d files", len(list), len(files))
	}
	for _, e := range list {
		if e.Name == "" {
			t.Errorf("%s has no name", e.File)
		}
	}
	if _, _, err := Load("no-such.yaml"); err == nil {
		t.Error("a missing example loaded")
	}
}

// Every example on disk, in a folder or not, is carried in the binary and
// listed by All (a folder left out of embed.go's pattern fails here), and
// the open-enrollment pairs are among them.
func TestAllCarriesEveryFolder(t *testing.T) {
	var onDisk []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			onDisk = append(onDisk, filepath.ToSlash(path))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, e := range All() {
		listed = append(listed, e.File)
		if e.Name == "" {
			t.Errorf("%s has no name", e.File)
		}
	}
	if !slices.Equal(listed, onDisk) {
		t.Errorf("All lists\n%v\nexamples/ holds\n%v", listed, onDisk)
	}
	for _, f := range []string{"open-enrollment/2027-ppo.yaml", "open-enrollment/20-30-visits/2027-hdhp-hsa.yaml"} {
		if !slices.Contains(listed, f) {
			t.Errorf("%s is not listed", f)
		}
	}
	// the start screen's list stays the top level
	if n := len(List()); n >= len(listed) {
		t.Errorf("List has %d examples, All %d: List should leave the folders out", n, len(listed))
	}
}
