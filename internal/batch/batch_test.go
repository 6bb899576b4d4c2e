package batch

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/plans"
)

// cashOnly is a scenario anyone can check: no plan, so every visit is
// paid at its cash price. In network $80 × 2 = $160; out of network
// $100 × 2 = $200; concierge ($150 + $20) × 2 = $340.
const cashOnly = `version: 1
name: %s
plan: {type: none}
care:
  visits: 2
  in_network: {charge: 80}
  out_of_network: {cash_rate: 100}
  concierge: {fee: 150, travel_fee: 20, visits: 2}
`

func scenario(name string) string { return strings.Replace(cashOnly, "%s", name, 1) }

func writeFile(t *testing.T, path, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func files(items []Item) []string {
	var out []string
	for _, it := range items {
		if it.Problem == nil {
			out = append(out, it.File)
		}
	}
	return out
}

func TestExpandWalksFoldersSorted(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.yaml", "a.yml", "C.JSON", "sub/z.yaml", "sub/deeper/m.json",
		"notes.txt", "handout-comparison.md", ".hidden.yaml", ".git/config.yaml", "sub/.#draft.yaml",
	} {
		writeFile(t, filepath.Join(dir, name), scenario("x"))
	}
	items, many := Expand([]string{dir})
	if !many {
		t.Error("a folder is not many: its output must not depend on how many files it holds")
	}
	// Sorted by path (bytes): "C.JSON" < "a.yml" < "b.yaml" < "sub/…";
	// within sub, "deeper/m.json" < "z.yaml". Not .txt or .md, nothing
	// starting with a dot.
	want := []string{"C.JSON", "a.yml", "b.yaml", "sub/deeper/m.json", "sub/z.yaml"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if got := files(items); !slices.Equal(got, want) {
		t.Errorf("Expand:\n got %q\nwant %q", got, want)
	}
}

func TestExpandKeepsTheCommandLineOrderAndEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, filepath.Join(dir, "a.yaml"), scenario("a"))
	b := writeFile(t, filepath.Join(dir, "b.yaml"), scenario("b"))
	other := writeFile(t, filepath.Join(t.TempDir(), "other.txt"), scenario("named"))
	// b named first, then the folder (a, then b again: once), then a
	// file named as it is whatever its extension, then a missing one.
	items, many := Expand([]string{b, dir, other, "missing.yaml"})
	want := []string{b, a, other, "missing.yaml"}
	if got := files(items); !slices.Equal(got, want) || !many {
		t.Errorf("Expand: %q (many %v), want %q", got, many, want)
	}
	if items, many := Expand([]string{a}); len(items) != 1 || many {
		t.Errorf("one file: %v, many %v; want it alone and not many", items, many)
	}
	if items, many := Expand([]string{"-"}); len(items) != 1 || items[0].File != "-" || many {
		t.Errorf("standard input: %v, many %v", items, many)
	}
}

// A link that loops back to its own folder is not followed (it would
// never end); a link to a file is read as the file; a link named like a
// scenario that points to a folder or nowhere is a file that cannot be
// read, said as such.
func TestExpandSymlinks(t *testing.T) {
	dir := t.TempDir()
	real := writeFile(t, filepath.Join(dir, "real.yaml"), scenario("real"))
	for link, target := range map[string]string{
		"loop":        dir,
		"loop.yaml":   dir,
		"up":          "..",
		"linked.yaml": real,
		"gone.yaml":   filepath.Join(dir, "nowhere.yaml"),
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan []Item)
	go func() { items, _ := Expand([]string{dir}); done <- items }()
	var items []Item
	select {
	case items = <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Expand of a folder with a link loop did not return")
	}
	want := []string{"gone.yaml", "linked.yaml", "loop.yaml", "real.yaml"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if got := files(items); !slices.Equal(got, want) {
		t.Fatalf("Expand:\n got %q\nwant %q", got, want)
	}
	var out, errOut bytes.Buffer
	sum, err := Run(items, true, Options{Format: CSV}, nil, &out, &errOut)
	// real.yaml and linked.yaml estimate; gone.yaml does not exist and
	// loop.yaml is a folder.
	if err != nil || sum.Estimated != 2 || sum.Failed != 2 || sum.Unreadable != 2 {
		t.Fatalf("Run: %+v, %v\n%s", sum, err, errOut.String())
	}
	for _, want := range []string{"gone.yaml: does not exist", "loop.yaml: is a directory"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("standard error lacks %q:\n%s", want, errOut.String())
		}
	}
}

func TestExpandEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "notes.txt"), "nothing here")
	items, many := Expand([]string{dir})
	if len(items) != 1 || items[0].Problem == nil || !many {
		t.Fatalf("Expand of a folder without scenarios: %v", items)
	}
	var re *plans.ReadError
	if !errors.As(items[0].Problem, &re) || !strings.Contains(re.Error(), "holds no scenario file") {
		t.Errorf("problem: %v", items[0].Problem)
	}
}

// A file that cannot be estimated is said on standard error with its
// reason where it falls; the others are estimated and written.
func TestRunGoesOnPastAFailure(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "1.yaml"), scenario("first"))
	writeFile(t, filepath.Join(dir, "2.yaml"), "version: 1\nplan: {type: ppo, in_network: {deductible: 0.295}}\n")
	writeFile(t, filepath.Join(dir, "3.yaml"), scenario("third"))
	items, many := Expand([]string{dir})
	var out, errOut bytes.Buffer
	sum, err := Run(items, many, Options{Format: CSV}, nil, &out, &errOut)
	if err != nil || sum.Estimated != 2 || sum.Failed != 1 || sum.Unreadable != 0 {
		t.Fatalf("Run: %+v, %v", sum, err)
	}
	if want := "2.yaml cannot be estimated:\n"; !strings.Contains(errOut.String(), want) ||
		!strings.Contains(errOut.String(), "plan.in_network.deductible: 0.295 has more than two decimals") {
		t.Errorf("standard error:\n%s", errOut.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// a header, then three rows for each of the two good files
	if len(rows) != 7 || rows[1][1] != "first" || rows[4][1] != "third" {
		t.Fatalf("rows: %q", rows)
	}
}

// Several files as JSON are JSON Lines: one object a line, its file first.
func TestRunJSONLines(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, filepath.Join(dir, "a.yaml"), scenario("first"))
	b := writeFile(t, filepath.Join(dir, "b.yaml"), scenario("second"))
	items, many := Expand([]string{a, b})
	var out, errOut bytes.Buffer
	if _, err := Run(items, many, Options{Format: JSON}, nil, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), out.String())
	}
	for i, f := range []string{a, b} {
		if !strings.HasPrefix(lines[i], `{"file":"`+f+`","schema":1,`) {
			t.Errorf("line %d: %.80s…", i+1, lines[i])
		}
		// $80 × 2 = $160 in network
		if !strings.Contains(lines[i], `"id":"in_network","label":"In-network clinic","visits":2,"minutes":30,"billed":160,`) {
			t.Errorf("line %d lacks the in-network figures: %s", i+1, lines[i])
		}
	}
}

// Tables one after another, each after a line naming its file.
func TestRunTablesNameTheirFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), scenario("first"))
	writeFile(t, filepath.Join(dir, "b.yaml"), scenario("second"))
	items, many := Expand([]string{dir})
	for _, format := range []string{Table, Markdown} {
		var out, errOut bytes.Buffer
		if _, err := Run(items, many, Options{Format: format}, nil, &out, &errOut); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		ia := strings.Index(s, "File: "+filepath.Join(dir, "a.yaml"))
		ib := strings.Index(s, "File: "+filepath.Join(dir, "b.yaml"))
		if format == Markdown { // the path escaped as Markdown: nothing to escape here but the folder's _
			ia = strings.Index(s, "a.yaml\n\n# first")
			ib = strings.Index(s, "b.yaml\n\n# second")
		}
		if ia < 0 || ib < ia || strings.Count(s, "Lowest yearly cost") != 2 {
			t.Errorf("%s: files not named in order:\n%s", format, s)
		}
	}
}
