package interview

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// DraftClaim is a run's hold on the file it keeps its draft in. One run at
// a time writes a draft file: it holds an advisory lock (flock) on the file
// beside it, draft.yaml.lock, for as long as it runs. The system drops the
// lock when the process ends however it ends (kill -9 included), so a
// killed run never leaves a stale owner behind, and a process id reused
// later cannot look like one.
//
// A second carecost that finds draft.yaml held by a live run does not
// write it: it keeps its answers in a file of its own beside it,
// draft-PID.yaml (PID its own process id), and says so. A later start that
// holds a draft file with no draft in it adopts the newest such file whose
// owner is gone, so every run's answers are offered again, one draft at a
// time.
type DraftClaim struct {
	// Path is the draft file this run keeps its answers in.
	Path string
	// Other is the process id of the run that holds the draft file asked
	// for, when it is another one (Path is then this run's own file); 0
	// when this run holds it.
	Other int
	lock  *os.File
}

// ClaimDraft takes the draft file at path for this run (or a file of its
// own beside it, when another live run holds path), removes the temporary
// files a killed run left beside it (plans.WriteFile's
// ".draft.yaml.tmp-*"), and adopts an orphaned draft when it holds none.
// Release lets it go; the end of the process does too.
func ClaimDraft(path string) (*DraftClaim, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keeping the draft: %w", err)
	}
	c := &DraftClaim{Path: path}
	lock, held, err := lockFile(path + ".lock")
	if err != nil {
		return nil, err
	}
	if !held {
		c.Other = lockOwner(path + ".lock")
		c.Path = sidePath(path, os.Getpid())
		if lock, held, err = lockFile(c.Path + ".lock"); err != nil {
			return nil, err
		}
		if !held {
			return nil, fmt.Errorf("keeping the draft: %s is held by another run", c.Path)
		}
	}
	c.lock = lock
	removeTemps(c.Path)
	if _, err := os.Lstat(c.Path); errors.Is(err, fs.ErrNotExist) {
		c.adoptOrphan(path)
	}
	return c, nil
}

// Release lets another run take the draft file.
func (c *DraftClaim) Release() {
	if c != nil && c.lock != nil {
		c.lock.Close()
		c.lock = nil
	}
}

// Note says, when this run keeps its answers apart from the draft file
// asked for, why and where; "" otherwise.
func (c *DraftClaim) Note() string { return c.note("the unfinished draft") }

// note is Note for a draft file that keeps what ("the unfinished draft of
// FILE" for a scenario file's).
func (c *DraftClaim) note(what string) string {
	if c == nil || c.Other == 0 {
		return ""
	}
	who := "Another carecost"
	if c.Other > 0 {
		who += " (process " + strconv.Itoa(c.Other) + ")"
	}
	return who + " is running and keeps " + what + "; this one keeps your answers in " + c.Path + "."
}

// lockFile opens (creating it, mode 0600) the lock file at path and tries
// to take its lock without waiting. held reports whether it was taken; the
// file is then returned open, holding it, with this process's id written
// in it for the message another run shows.
func lockFile(path string) (f *os.File, held bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, fmt.Errorf("keeping the draft: %w", err)
	}
	held, err = tryLock(f)
	if err != nil || !held {
		f.Close()
		if err != nil {
			return nil, false, fmt.Errorf("keeping the draft: locking %s: %w", path, err)
		}
		return nil, false, nil
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, true, nil
}

// lockOwner reads the process id a lock file names (-1 when it cannot be
// read: held, by a run whose id is unknown).
func lockOwner(path string) int {
	data, _ := os.ReadFile(path)
	n, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || n <= 0 {
		return -1
	}
	return n
}

// sidePath is the draft file of the run with process id pid when another
// holds path: draft.yaml → draft-4242.yaml.
func sidePath(path string, pid int) string {
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + "-" + strconv.Itoa(pid) + ext
}

// sideFiles lists the draft files of other runs beside path
// (draft-PID.yaml), whether or not a draft is in them: the names of their
// lock files, without ".lock", count too.
func sideFiles(path string) []string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext) + "-"
	matches, _ := filepath.Glob(globEscape(stem) + "*") // sorted: a lock file follows its draft file
	var out []string
	for _, m := range matches {
		name := strings.TrimSuffix(m, ".lock")
		pid := strings.TrimSuffix(strings.TrimPrefix(name, stem), ext)
		if n, err := strconv.Atoi(pid); err != nil || n <= 0 || strconv.Itoa(n) != pid || !strings.HasSuffix(name, ext) || slices.Contains(out, name) {
			continue
		}
		out = append(out, name)
	}
	return out
}

// removeTemps deletes the temporary files plans.WriteFile writes beside
// path before renaming one over it (".draft.yaml.tmp-*"): any there while
// this run holds path were left by a run killed in the middle of a write.
func removeTemps(path string) {
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+globEscape(filepath.Base(path))+".tmp-*"))
	for _, m := range matches {
		os.Remove(m)
	}
}

// globEscape quotes the characters filepath.Glob reads as a pattern.
func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	return r.Replace(s)
}

// adoptOrphan moves the newest draft of a run that is gone (its lock free)
// into c.Path, and clears away the files of the others that are gone and
// left no draft. Drafts of live runs are not touched.
func (c *DraftClaim) adoptOrphan(path string) {
	type orphan struct {
		path string
		lock *os.File
		mod  int64
	}
	var found []orphan
	for _, side := range sideFiles(path) {
		if side == c.Path {
			continue
		}
		lock, held, err := lockFile(side + ".lock")
		if err != nil || !held {
			continue // its run is alive, or the file is not ours to judge
		}
		removeTemps(side)
		info, err := os.Lstat(side)
		if err != nil || !info.Mode().IsRegular() {
			// nothing left to adopt: the lock file goes, while held so no
			// other run is between the check and the removal
			os.Remove(side + ".lock")
			lock.Close()
			continue
		}
		found = append(found, orphan{side, lock, info.ModTime().UnixNano()})
	}
	sort.Slice(found, func(i, j int) bool { return found[i].mod > found[j].mod })
	for i, o := range found {
		if i == 0 && os.Rename(o.path, c.Path) == nil {
			os.Remove(o.path + ".lock")
		}
		o.lock.Close()
	}
}

// Claim takes the draft file for this run (ClaimDraft): the
// configured one, or draft.yaml in the user's config directory; another
// live carecost holding it gives this run a file of its own, and note
// says so. When no claim can be had (no config directory, a file system
// without locks), the path is used as it is.
func Claim(configured string) (path, note string, release func()) {
	path = configured
	if path == "" {
		p, err := DefaultDraftPath()
		if err != nil {
			return "", "", func() {} // the walk-through says the draft cannot be kept
		}
		path = p
	}
	c, err := ClaimDraft(path)
	if err != nil {
		return path, "", func() {}
	}
	removeFileDraftTemps(filepath.Join(filepath.Dir(path), "drafts"))
	return c.Path, c.Note(), c.Release
}

// removeFileDraftTemps deletes, at the start, the temporary files a run
// killed while writing a file's draft left in dir (drafts/, FileDraftPath:
// ".NAME.yaml.tmp-*"). A file's draft is otherwise claimed, and its
// temporary files removed, only when that file is opened again, which may
// be never. The temporary file of a draft another live run holds is left
// alone: its write may be under way. A draft without a lock file was never
// claimed by a run that is still alive, so no lock is made for it.
func removeFileDraftTemps(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	byDraft := map[string][]string{}
	for _, m := range matches {
		base := filepath.Base(m)
		i := strings.LastIndex(base, ".tmp-")
		byDraft[base[1:i]] = append(byDraft[base[1:i]], m)
	}
	for name, temps := range byDraft {
		lockPath := filepath.Join(dir, name+".lock")
		if fileExists(lockPath) {
			lock, held, err := lockFile(lockPath)
			if err != nil || !held {
				continue // a live run holds it
			}
			defer lock.Close() // until the temporary files are gone
		}
		for _, m := range temps {
			os.Remove(m)
		}
	}
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
