package plans

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
)

// WriteFile writes data to path atomically: a temporary file in the same
// directory is written, flushed to disk and renamed over path, so a reader
// (or a crash) sees the old file or the new one, never half of one. The file
// gets mode 0600: scenarios hold a person's health and money figures. When
// overwrite is false and path exists, nothing is written and the error wraps
// fs.ErrExist.
func WriteFile(path string, data []byte, overwrite bool) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s already exists: %w", path, fs.ErrExist)
		}
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			os.Remove(tmpName)
		}
	}()
	if err = tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if _, err = tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if overwrite {
		err = os.Rename(tmpName, path)
	} else {
		// a hard link fails when path has appeared since the check above,
		// so a file created meanwhile is never replaced
		err = os.Link(tmpName, path)
		if err == nil {
			os.Remove(tmpName)
		} else if _, statErr := os.Lstat(path); errors.Is(err, fs.ErrExist) || statErr == nil {
			return fmt.Errorf("%s already exists: %w", path, fs.ErrExist)
		} else {
			// a file system without hard links: rename, having checked again
			err = os.Rename(tmpName, path)
		}
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// RemoveStaleTemps deletes the temporary files WriteFile writes beside path
// (".NAME.tmp-*") that a process killed between writing and renaming one
// left behind: those last changed before cutoff. A write under way is
// newer than any sane cutoff (it lasts the time to write and flush one
// small file), so a live run's file is left alone when it is not held by a
// lock, as drafts are (interview.ClaimDraft removes theirs under the
// draft's lock, at any age).
func RemoveStaleTemps(path string, cutoff time.Time) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + ".tmp-"
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// syncDir flushes the directory entry of a rename to disk, where the system
// allows it; a failure here loses nothing already written.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// FileSlug makes a file name of a scenario name: "Knee rehab (demo)" →
// "knee-rehab-demo"; "" when the name has no letter or digit.
func FileSlug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

// WithScenarioExt is the file name a user typed for a scenario, with
// ".yaml" added when it has no extension ("knee" → "knee.yaml").
func WithScenarioExt(name string) string {
	if name != "" && filepath.Ext(name) == "" {
		return name + ".yaml"
	}
	return name
}

// ScenarioFileName is the file a scenario is offered to be saved to: the
// file it came from, else its name as a slug + .yaml in the working
// directory ("scenario.yaml" for a scenario without a usable name).
func ScenarioFileName(s calc.Scenario, from string) string {
	if from != "" {
		return from
	}
	if slug := FileSlug(s.Name); slug != "" {
		return slug + ".yaml"
	}
	return "scenario.yaml"
}

// HandoutFileName is where the comparison's Markdown handout is offered to
// be written: BASE-comparison.md beside the scenario file path, or in the
// working directory when there is none. BASE is base when given (an
// example's or the demo's name), else path's name without its extension,
// else "carecost". The dashboard's x and the line-by-line mode both use it.
func HandoutFileName(path, base string) string { return handoutName(path, base, "-comparison.md") }

// CompareFileName is where the Compare plans screen offers its handout:
// BASE-compare.md, placed and named as HandoutFileName's, so the two
// handouts of one file sit side by side without one replacing the other.
func CompareFileName(path, base string) string { return handoutName(path, base, "-compare.md") }

func handoutName(path, base, suffix string) string {
	if base == "" && path != "" {
		b := filepath.Base(path)
		base = strings.TrimSuffix(b, filepath.Ext(b))
	}
	if base == "" {
		base = "carecost"
	}
	name := base + suffix
	if path == "" {
		return name
	}
	return filepath.Join(filepath.Dir(path), name)
}

// ContentSum is the SHA-256 of a file's contents, in hex: what the program,
// its drafts and the walk-through compare to tell whether a scenario file
// changed on disk since it was read or written ("" stands for unknown).
func ContentSum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
