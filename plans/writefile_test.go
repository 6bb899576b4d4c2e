package plans

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
)

func TestWriteFileCreatesWithMode0600(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "knee.yaml")
	if err := WriteFile(path, []byte("version: 1\n"), false); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "version: 1\n" {
		t.Fatalf("read back %q, %v", got, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	assertOnlyFiles(t, dir, "knee.yaml")
}

func TestWriteFileNeverReplacesWithoutOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "knee.yaml")
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("new"), false)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("error %v does not wrap fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "mine" {
		t.Errorf("the file was changed to %q", got)
	}
	assertOnlyFiles(t, dir, "knee.yaml")

	// with overwrite the file is replaced, and is then 0600
	if err := WriteFile(path, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("read back %q", got)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v after overwrite, want 0600", info.Mode().Perm())
	}
	assertOnlyFiles(t, dir, "knee.yaml")
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	// a directory that does not exist: an error, nothing left behind
	if err := WriteFile(filepath.Join(dir, "missing", "x.yaml"), []byte("x"), false); err == nil {
		t.Error("no error writing into a missing directory")
	}
	// a directory in the way of the rename
	sub := filepath.Join(dir, "taken")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(sub, []byte("x"), true); err == nil {
		t.Error("no error replacing a directory")
	}
	assertOnlyFiles(t, dir, "taken")
}

// assertOnlyFiles checks that dir holds exactly names: no temporary file
// is left behind.
func assertOnlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("directory holds %v, want %v", got, names)
	}
	for i := range names {
		if got[i] != names[i] {
			t.Fatalf("directory holds %v, want %v", got, names)
		}
	}
}

func TestFileSlug(t *testing.T) {
	for name, want := range map[string]string{
		"Knee rehab (demo)":    "knee-rehab-demo",
		"  Ms. O'Brien, 2026 ": "ms-o-brien-2026",
		"Ünïcode—only":         "n-code-only",
		"***":                  "",
		"":                     "",
	} {
		if got := FileSlug(name); got != want {
			t.Errorf("FileSlug(%q) = %q, want %q", name, got, want)
		}
	}
	if got := ScenarioFileName(calc.Scenario{Name: "***"}, ""); got != "scenario.yaml" {
		t.Errorf("no usable name: %q", got)
	}
	if got := ScenarioFileName(calc.Scenario{Name: "A b"}, ""); got != "a-b.yaml" {
		t.Errorf("named: %q", got)
	}
	if got := ScenarioFileName(calc.Scenario{Name: "A b"}, "x/c.yaml"); got != "x/c.yaml" {
		t.Errorf("from a file: %q", got)
	}
}

func TestWithScenarioExt(t *testing.T) {
	for in, want := range map[string]string{"knee": "knee.yaml", "knee.yaml": "knee.yaml", "k.json": "k.json", "dir/knee": "dir/knee.yaml", "": ""} {
		if got := WithScenarioExt(in); got != want {
			t.Errorf("WithScenarioExt(%q) = %q, want %q", in, got, want)
		}
	}
}

// ContentSum is the SHA-256 of the contents in hex (the published value of
// "test"); the empty file has a sum too, so "" always means unknown.
func TestContentSum(t *testing.T) {
	if got := ContentSum([]byte("test")); got != "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" {
		t.Errorf("ContentSum(test) = %s", got)
	}
	if ContentSum(nil) == "" {
		t.Error("the empty file's sum is empty: it would read as unknown")
	}
}

// The two handouts of one file sit beside it, named from base, else the
// file's name, else "carecost": the comparison's and the compare screen's
// never replace each other.
func TestHandoutFileNames(t *testing.T) {
	dir := filepath.Join("clients", "ann")
	for _, c := range []struct {
		path, base          string
		comparison, compare string
	}{
		{filepath.Join(dir, "knee.yaml"), "", filepath.Join(dir, "knee-comparison.md"), filepath.Join(dir, "knee-compare.md")},
		{filepath.Join(dir, "knee.yaml"), "ann", filepath.Join(dir, "ann-comparison.md"), filepath.Join(dir, "ann-compare.md")},
		{"", "demo", "demo-comparison.md", "demo-compare.md"},
		{"", "", "carecost-comparison.md", "carecost-compare.md"},
	} {
		if got := HandoutFileName(c.path, c.base); got != c.comparison {
			t.Errorf("HandoutFileName(%q, %q) = %q, want %q", c.path, c.base, got, c.comparison)
		}
		if got := CompareFileName(c.path, c.base); got != c.compare {
			t.Errorf("CompareFileName(%q, %q) = %q, want %q", c.path, c.base, got, c.compare)
		}
	}
}

// A killed write's temporary file is removed once older than the cutoff;
// one changed at or after it (a write under way), the file itself, another
// file's temporary file and a folder of that name are left alone.
func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "recent.json")
	cutoff := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	files := map[string]time.Time{
		"recent.json":             cutoff.Add(-time.Hour),
		".recent.json.tmp-1":      cutoff.Add(-time.Second), // stale: one second before
		".recent.json.tmp-2":      cutoff,                   // not before the cutoff
		".recent.json.tmp-3":      cutoff.Add(time.Second),  // a write under way
		".draft.yaml.tmp-4":       cutoff.Add(-time.Hour),   // another file's
		".recent.json.backup":     cutoff.Add(-time.Hour),
		"x.recent.json.tmp-5":     cutoff.Add(-time.Hour),
		".recent.json.tmp-folder": cutoff.Add(-time.Hour), // a folder, not ours
	}
	for name, mod := range files {
		p := filepath.Join(dir, name)
		var err error
		if strings.HasSuffix(name, "folder") {
			err = os.Mkdir(p, 0o700)
		} else {
			err = os.WriteFile(p, []byte("x"), 0o600)
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	RemoveStaleTemps(path, cutoff)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{".draft.yaml.tmp-4", ".recent.json.backup", ".recent.json.tmp-2", ".recent.json.tmp-3",
		".recent.json.tmp-folder", "recent.json", "x.recent.json.tmp-5"}
	if !slices.Equal(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
}
