package examples

import (
	"io/fs"
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
