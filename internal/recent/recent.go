// Package recent is the list of the scenario files carecost opened last,
// newest first, which the start screen offers: recent.json beside the
// draft (the user's configuration directory, carecost/). It is a
// convenience, never a source of truth: a list that cannot be read is
// ignored with a note and started afresh, and nothing in it is trusted —
// its names are shown through internal/termsafe, and opening one reads the
// file as any file named by hand is read.
package recent

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/carecost/carecost/plans"
)

// Max is how many files the list keeps: the start screen shows them all at
// 80×24 with the other choices.
const Max = 10

// MaxPath is the longest name kept, in bytes (Linux's PATH_MAX): a longer
// one is no file this system can open.
const MaxPath = 4096

// MaxSize bounds the list's file: Max names of MaxPath bytes, escaped as
// JSON (at most 6 bytes a byte), with their dates, fit well within it. A
// larger file is not one carecost wrote, and is not read.
const MaxSize = 256 << 10

// Entry is one file of the list.
type Entry struct {
	// Path is the file's absolute path, as cleaned by filepath.Abs.
	Path string
	// Opened is when carecost last opened or saved it (zero when the list
	// does not say).
	Opened time.Time
}

// fileJSON is recent.json as written.
type fileJSON struct {
	Version int         `json:"version"`
	Files   []entryJSON `json:"files"`
}

type entryJSON struct {
	Path   string `json:"path"`
	Opened string `json:"opened,omitempty"`
}

// FileName is the list's file beside the draft file main (draft.yaml):
// recent.json in the same folder.
func FileName(main string) string { return filepath.Join(filepath.Dir(main), "recent.json") }

// Parse reads the list's file. A file that is not a list carecost wrote
// (not JSON, another version, too large) is an error, which says what is
// wrong with it; entries that are not usable are dropped one by one: an
// empty or relative name, one longer than MaxPath, one with a NUL (which
// no file name holds), a name listed twice (the first, newest, stays), and
// every entry past Max. An unreadable date is a zero one.
func Parse(data []byte) ([]Entry, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("it is %d bytes, more than a list of %d files can be", len(data), Max)
	}
	var f fileJSON
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("it is not the JSON carecost writes (%v)", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("version %d is not one carecost reads", f.Version)
	}
	var out []Entry
	seen := map[string]bool{}
	for _, e := range f.Files {
		if len(out) == Max {
			break
		}
		if !usable(e.Path) || seen[e.Path] {
			continue
		}
		seen[e.Path] = true
		opened, _ := time.Parse(time.RFC3339, e.Opened)
		if y := opened.UTC().Year(); y < 1 || y > 9999 {
			opened = time.Time{} // an offset past the years RFC 3339 writes
		}
		out = append(out, Entry{Path: e.Path, Opened: opened})
	}
	return out, nil
}

// usable reports a name the list may hold: absolute and clean as
// filepath.Abs makes it, not longer than MaxPath, without NUL.
func usable(path string) bool {
	return path != "" && len(path) <= MaxPath && !strings.ContainsRune(path, 0) &&
		filepath.IsAbs(path) && filepath.Clean(path) == path
}

// Marshal writes the list's file, newest first.
func Marshal(entries []Entry) ([]byte, error) {
	f := fileJSON{Version: 1, Files: []entryJSON{}}
	for _, e := range entries {
		j := entryJSON{Path: e.Path}
		if !e.Opened.IsZero() {
			j.Opened = e.Opened.UTC().Format(time.RFC3339)
		}
		f.Files = append(f.Files, j)
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("writing the list of recent files: %w", err)
	}
	return append(data, '\n'), nil
}

// Load reads the list at path: none there is an empty list. A list that
// cannot be read comes back empty, with an error that says so in a
// sentence for the user (its name escaped by the caller).
func Load(path string) ([]Entry, error) {
	data, err := plans.ReadKeptFile(path)
	if err != nil {
		return nil, unreadable(path, err)
	}
	if data == nil {
		return nil, nil
	}
	entries, err := Parse(data)
	if err != nil {
		return nil, unreadable(path, err)
	}
	return entries, nil
}

func unreadable(path string, err error) error {
	return fmt.Errorf("the list of recent files, %s, could not be read: %w; it starts afresh with the next file opened", path, err)
}

// mu orders this run's changes to the list: each reads it, puts a file
// first and writes it back, and two at once would lose one. Another run's
// change can still be lost to this one's (the last written wins); the
// file is never half written.
var mu sync.Mutex

// Add puts file first in the list at path, dated now: moved there when it
// is listed already, the oldest dropped past Max. A list that cannot be
// read is started afresh. It is written atomically, mode 0600
// (plans.WriteFile), its folder made (0700) when needed.
func Add(path, file string, now time.Time) error {
	abs, err := filepath.Abs(file)
	if err != nil {
		return fmt.Errorf("remembering %s: %w", file, err)
	}
	if !usable(abs) {
		return nil // nothing to remember: no file of this system
	}
	mu.Lock()
	defer mu.Unlock()
	old, _ := Load(path)
	entries := Put(old, Entry{Path: abs, Opened: now})
	data, err := Marshal(entries)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("remembering %s: %w", file, err)
	}
	return plans.WriteFile(path, data, true)
}

// StaleTemp is how old a temporary file of the list's atomic write
// (".recent.json.tmp-*") must be for RemoveLeftovers to take it for a
// killed run's: a write lasts milliseconds, and runs do not lock the list,
// so age alone tells a live run's write from a dead one's.
const StaleTemp = 10 * time.Minute

// RemoveLeftovers deletes, at the start, the temporary files of the list
// at path that a run killed while writing it left (plans.WriteFile's
// ".recent.json.tmp-*"), those older than StaleTemp at now; nothing else
// ever removes them.
func RemoveLeftovers(path string, now time.Time) {
	plans.RemoveStaleTemps(path, now.Add(-StaleTemp))
}

// Put is list with e first, e's path listed once, at most Max entries.
func Put(list []Entry, e Entry) []Entry {
	out := make([]Entry, 0, min(len(list)+1, Max))
	out = append(out, e)
	for _, old := range list {
		if len(out) == Max {
			break
		}
		if old.Path != e.Path {
			out = append(out, old)
		}
	}
	return out
}

// When dates t for a person, by the clock of now: "today 14:02",
// "yesterday 09:10", "2 Jan 14:02", "2 Jan 2025"; "" when unknown. Both
// the start screen and the line-by-line mode list the files by it.
func When(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(now.Location())
	y, m, d := t.Date()
	ny, nm, nd := now.Date()
	yy, ym, yd := now.AddDate(0, 0, -1).Date()
	switch {
	case y == ny && m == nm && d == nd:
		return "today " + t.Format("15:04")
	case y == yy && m == ym && d == yd:
		return "yesterday " + t.Format("15:04")
	case y == ny:
		return t.Format("2 Jan 15:04")
	}
	return t.Format("2 Jan 2006")
}

// Folder shows dir as a person reads it: under home ("" unknown) as ~/…,
// not yet escaped (the caller shows it through internal/termsafe).
func Folder(dir, home string) string {
	if home != "" && home != "/" {
		if dir == home {
			return "~"
		}
		if rel, err := filepath.Rel(home, dir); err == nil && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			return "~" + string(filepath.Separator) + rel
		}
	}
	return dir
}

// Gone reports that no regular file is at path now: the lists mark it
// "not found" and keep it.
func Gone(path string) bool {
	info, err := os.Stat(path)
	return err != nil || !info.Mode().IsRegular()
}
