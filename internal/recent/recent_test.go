package recent

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 23, 14, 2, 0, 0, time.UTC)

func paths(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, filepath.Base(e.Path))
	}
	return out
}

// Newest first; a file opened again moves to the front (listed once); the
// eleventh file pushes the oldest out.
func TestAddOrderDedupeBound(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "carecost", "recent.json") // the folder is made
	add := func(name string, minutes int) {
		t.Helper()
		if err := Add(list, filepath.Join(dir, name), t0.Add(time.Duration(minutes)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	add("a.yaml", 0)
	add("b.yaml", 1)
	add("c.yaml", 2)
	add("a.yaml", 3) // again: first, and once
	got, err := Load(list)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.yaml", "c.yaml", "b.yaml"}; fmt.Sprint(paths(got)) != fmt.Sprint(want) {
		t.Errorf("order %v, want %v", paths(got), want)
	}
	if !got[0].Opened.Equal(t0.Add(3 * time.Minute)) {
		t.Errorf("a.yaml dated %v, want the second opening", got[0].Opened)
	}
	if got[0].Path != filepath.Join(dir, "a.yaml") {
		t.Errorf("path %q, want the absolute one", got[0].Path)
	}

	// 3 listed + 8 more = 11: the oldest (b.yaml, opened at minute 1) goes
	for i := range 8 {
		add(fmt.Sprintf("n%d.yaml", i), 10+i)
	}
	got, _ = Load(list)
	if len(got) != Max || Max != 10 {
		t.Fatalf("%d entries, want %d", len(got), Max)
	}
	if got[0].Path != filepath.Join(dir, "n7.yaml") || got[Max-1].Path != filepath.Join(dir, "c.yaml") {
		t.Errorf("after 11 files: %v", paths(got))
	}
	for _, e := range got {
		if filepath.Base(e.Path) == "b.yaml" {
			t.Error("the oldest file was kept past the bound")
		}
	}

	info, err := os.Stat(list)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	if d, _ := os.Stat(filepath.Dir(list)); d.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", d.Mode().Perm())
	}
}

// A relative name is remembered as the absolute path of the file it names.
func TestAddRelative(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	list := filepath.Join(dir, "recent.json")
	if err := Add(list, "x.yaml", t0); err != nil {
		t.Fatal(err)
	}
	got, _ := Load(list)
	if len(got) != 1 || got[0].Path != filepath.Join(dir, "x.yaml") {
		t.Errorf("got %+v", got)
	}
}

// A file that is gone is the list's as any other: the start screen says it
// is gone (tui), and it leaves the list when pushed out.
func TestMissingFilesStay(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "recent.json")
	gone := filepath.Join(dir, "gone.yaml")
	if err := Add(list, gone, t0); err != nil {
		t.Fatal(err)
	}
	if err := Add(list, filepath.Join(dir, "here.yaml"), t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	got, _ := Load(list)
	if len(got) != 2 || got[1].Path != gone {
		t.Errorf("got %v", paths(got))
	}
}

// No list is an empty list, without a note.
func TestLoadNone(t *testing.T) {
	got, err := Load(filepath.Join(t.TempDir(), "recent.json"))
	if got != nil || err != nil {
		t.Errorf("got %v, %v", got, err)
	}
}

// What Parse keeps and drops, entry by entry.
func TestParseDropsUnusableEntries(t *testing.T) {
	long := "/" + strings.Repeat("a", MaxPath)
	data := `{"version": 1, "files": [
		{"path": "/d/a.yaml", "opened": "2026-11-23T14:02:00Z"},
		{"path": "relative.yaml"},
		{"path": ""},
		{"path": "/d/../d/unclean.yaml"},
		{"path": "/d/nul\u0000.yaml"},
		{"path": "` + long + `"},
		{"path": "/d/a.yaml", "opened": "2020-01-01T00:00:00Z"},
		{"path": "/d/t\u001b]0;HACKED\u0007.yaml", "opened": "not a date"}
	]}`
	got, err := Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Path != "/d/a.yaml" || !got[0].Opened.Equal(t0) {
		t.Fatalf("got %+v", got)
	}
	// a hostile name is a name: kept as it is, shown escaped by the screen
	if got[1].Path != "/d/t\x1b]0;HACKED\a.yaml" || !got[1].Opened.IsZero() {
		t.Errorf("second entry %+v", got[1])
	}

	// more than Max entries: the first Max
	var b strings.Builder
	b.WriteString(`{"version":1,"files":[`)
	for i := range 25 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"path":"/f%d.yaml"}`, i)
	}
	b.WriteString(`]}`)
	if got, _ := Parse([]byte(b.String())); len(got) != Max || got[Max-1].Path != "/f9.yaml" {
		t.Errorf("25 entries: %d kept, last %v", len(got), got[len(got)-1])
	}
}

// A list that is not one carecost wrote is ignored whole, with a sentence
// that names it and says it starts afresh; the next Add replaces it.
func TestCorruptListIgnoredWithANote(t *testing.T) {
	for name, content := range map[string]string{
		"not JSON":      "files:\n - /a.yaml\n",
		"truncated":     `{"version":1,"files":[{"path":"/a.ya`,
		"wrong version": `{"version":2,"files":[]}`,
		"wrong shape":   `{"version":1,"files":{"path":"/a.yaml"}}`,
		"too large":     `{"version":1,"files":[]}` + strings.Repeat(" ", MaxSize),
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			list := filepath.Join(dir, "recent.json")
			if err := os.WriteFile(list, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := Load(list)
			if got != nil || err == nil || !strings.Contains(err.Error(), list) || !strings.Contains(err.Error(), "starts afresh") {
				t.Fatalf("got %v, %v", got, err)
			}
			if err := Add(list, "/x.yaml", t0); err != nil {
				t.Fatal(err)
			}
			if got, err := Load(list); err != nil || len(got) != 1 {
				t.Errorf("after Add: %v, %v", got, err)
			}
		})
	}
}

// The list's name being a folder or a named pipe: a note, at once (a pipe
// is never opened to wait for a writer).
func TestListThatIsNoFile(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "recent.json")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(folder); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a folder: %v", err)
	}
	if err := Add(folder, "/x.yaml", t0); err == nil {
		t.Error("Add over a folder succeeded")
	}
}

// Marshal and Parse agree.
func TestRoundTrip(t *testing.T) {
	in := []Entry{{Path: "/a/b.yaml", Opened: t0}, {Path: "/c d/é\x1b.json"}}
	data, err := Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Parse(data)
	if err != nil || len(out) != 2 || out[0] != in[0] || out[1].Path != in[1].Path || !out[1].Opened.IsZero() {
		t.Errorf("round trip: %+v, %v\n%s", out, err, data)
	}
}

// Whatever the file holds, Parse does not panic, keeps at most Max usable,
// distinct entries, and what it keeps is written and read back the same.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version":1,"files":[{"path":"/a.yaml","opened":"2026-11-23T14:02:00Z"}]}`))
	f.Add([]byte(`{"version":1,"files":[{"path":"/a.yaml"},{"path":"/a.yaml"},{"path":"b"}]}`))
	f.Add([]byte(`{"version":1,"files":[{"path":"/t\u001b]0;x\u0007.yaml"}]}`))
	f.Add([]byte(`{"version":1,"files":null}`))
	f.Add([]byte(`[[[[[[[[[[`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Parse(data)
		if err != nil {
			if got != nil {
				t.Fatal("entries with an error")
			}
			return
		}
		if len(got) > Max {
			t.Fatalf("%d entries", len(got))
		}
		seen := map[string]bool{}
		for _, e := range got {
			if !usable(e.Path) || seen[e.Path] {
				t.Fatalf("entry %q kept", e.Path)
			}
			seen[e.Path] = true
		}
		again, err := Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(again)
		if err != nil || len(back) != len(got) {
			t.Fatalf("written and read back: %v, %v", back, err)
		}
		for i := range got {
			if back[i].Path != got[i].Path || !back[i].Opened.Equal(got[i].Opened.Truncate(time.Second)) {
				t.Fatalf("entry %d: %+v, then %+v", i, got[i], back[i])
			}
		}
	})
}

// A temporary file of the list's write is a killed run's once StaleTemp
// old: removed one second past it, kept one second short of it (a live
// run's write is milliseconds old).
func TestRemoveLeftovers(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "recent.json")
	stale, live := filepath.Join(dir, ".recent.json.tmp-111"), filepath.Join(dir, ".recent.json.tmp-222")
	for p, age := range map[string]time.Duration{stale: StaleTemp + time.Second, live: StaleTemp - time.Second} {
		if err := os.WriteFile(p, []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, t0.Add(-age), t0.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	RemoveLeftovers(list, t0)
	if _, err := os.Lstat(stale); !os.IsNotExist(err) {
		t.Errorf("the stale temporary file is still there: %v", err)
	}
	if _, err := os.Lstat(live); err != nil {
		t.Errorf("a live run's temporary file was removed: %v", err)
	}
}
