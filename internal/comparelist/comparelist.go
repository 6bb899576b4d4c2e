// Package comparelist is the compare screen's list of added plans
// (tui/compare.go), kept on disk so that quitting, a crash or a signal
// does not lose what the user added. It is kept beside a draft file, under
// the draft file's name: the list of a scenario file beside that file's
// own draft (interview.FileDraftPath, claimed as the draft is: another
// live run on the same file keeps its list beside its own side draft
// file), the list of a scenario in no file beside the draft of new
// answers. It holds the references the user added and
// nothing else: a scenario file's absolute path, an example's name, a
// plan type's preset.
package comparelist

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// MaxPlans is how many references a kept list holds: the plans a
// comparison takes (report.MaxPlans, 4) less plan 1, which is the
// dashboard's and never kept.
const MaxPlans = 3

// MaxRef bounds a reference (a path, an example's name, what the
// list is of), in bytes: Linux's PATH_MAX.
const MaxRef = 4096

// MaxSize bounds the list's file: MaxPlans+1 names of
// MaxRef bytes, escaped as JSON (at most 6 bytes a byte), fit
// within it. A larger file is not one carecost wrote, and is not read.
const MaxSize = 128 << 10

// Ref is one plan the user added: exactly one field is set.
type Ref struct {
	File    string        `json:"file,omitempty"`    // a scenario file's absolute, clean path
	Example string        `json:"example,omitempty"` // an example's name ("open-enrollment/….yaml")
	Preset  calc.PlanType `json:"preset,omitempty"`  // a plan type's preset
}

// List is the kept list: the plans added, in order, to the
// comparison of Of (plan 1's file, absolute; or, for a scenario in no
// file, its label: "the built-in demo", "example NAME", "answers not
// saved yet").
type List struct {
	Of    string
	Plans []Ref
}

type listFile struct {
	Version int    `json:"version"`
	Of      string `json:"of"`
	Plans   []Ref  `json:"plans"`
}

// Path is where the compare list kept with the draft file
// draft is: NAME.compare.json beside draft's NAME.yaml (draft.yaml's
// draft.compare.json; drafts/HASH.yaml's drafts/HASH.compare.json). Its
// name cannot be taken for a draft file of another run (draft-PID.yaml).
func Path(draft string) string {
	return strings.TrimSuffix(draft, filepath.Ext(draft)) + ".compare.json"
}

// Parse reads a kept list. A file that is not one carecost
// wrote (not JSON, another version, too large, more plans than a
// comparison takes, a reference that is not one: none or two of its
// fields set, a relative or unclean path, a NUL, a name longer than
// MaxRef, a plan type carecost does not know, a reference listed
// twice) is an error that says what is wrong with it: the list is the
// user's, and half of it would lose the rest without a word.
func Parse(data []byte) (*List, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("it is %d bytes, more than a list of %d plans can be", len(data), MaxPlans)
	}
	var f listFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("it is not the JSON carecost writes (%v)", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("version %d is not one carecost reads", f.Version)
	}
	if f.Of == "" || len(f.Of) > MaxRef || strings.ContainsRune(f.Of, 0) {
		return nil, errors.New("it does not say which scenario its plans are compared with")
	}
	if len(f.Plans) > MaxPlans {
		return nil, fmt.Errorf("it lists %d plans; a comparison takes %d besides plan 1", len(f.Plans), MaxPlans)
	}
	for i, r := range f.Plans {
		if err := r.Check(); err != nil {
			return nil, fmt.Errorf("plan %d: %w", i+2, err)
		}
		if slices.Contains(f.Plans[:i], r) {
			return nil, fmt.Errorf("plan %d is listed twice", i+2)
		}
	}
	return &List{Of: f.Of, Plans: f.Plans}, nil
}

// Check reports a reference the list may not hold.
func (r Ref) Check() error {
	set := 0
	for _, s := range []string{r.File, r.Example, string(r.Preset)} {
		if s == "" {
			continue
		}
		set++
		if len(s) > MaxRef || strings.ContainsRune(s, 0) {
			return errors.New("a name longer than a path can be, or with a NUL")
		}
	}
	switch {
	case set != 1:
		return errors.New("it must name one file, example or preset")
	case r.File != "" && (!filepath.IsAbs(r.File) || filepath.Clean(r.File) != r.File):
		return errors.New("a file's name must be absolute and clean")
	case r.Example != "" && (filepath.IsAbs(r.Example) || filepath.Clean(r.Example) != r.Example || strings.HasPrefix(r.Example, "..")):
		return errors.New("an example's name must be one of the examples'")
	case r.Preset != "" && !slices.Contains(calc.PlanTypes, r.Preset):
		return errors.New("a preset must be one of the plan types")
	}
	return nil
}

// Marshal writes a kept list.
func Marshal(l List) ([]byte, error) {
	f := listFile{Version: 1, Of: l.Of, Plans: l.Plans}
	if f.Plans == nil {
		f.Plans = []Ref{}
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("writing the list of plans compared: %w", err)
	}
	return append(data, '\n'), nil
}

// Load reads the list at path: (nil, nil) when there is none.
// It is read as a scenario file is (plans.ReadScenarioFile: a regular file,
// bounded; never a pipe that blocks). An error says in a sentence that the
// list could not be read and why (its name escaped by the caller).
func Load(path string) (*List, error) {
	data, err := plans.ReadKeptFile(path)
	if err != nil {
		return nil, unreadableList(path, err)
	}
	if data == nil {
		return nil, nil
	}
	l, err := Parse(data)
	if err != nil {
		return nil, unreadableList(path, err)
	}
	return l, nil
}

func unreadableList(path string, err error) error {
	return fmt.Errorf("the plans kept for the comparison, %s, could not be read: %w; it is ignored, and replaced when a plan is added", path, err)
}

// compareWrites orders this run's writes of each list (by path): the
// compare screen writes from commands, which run in no set order, and
// what the program keeps once it has ended (tui's finish) may repeat the
// last. A write older than one done is skipped.
var compareWrites = struct {
	sync.Mutex
	done map[string]int
}{done: map[string]int{}}

// Keep writes l at path as change seq of this run (numbered
// from 1, increasing): atomically, mode 0600 (plans.WriteFile), its folder
// made (0700) when needed. A list of no plans removes the file: nothing is
// kept. A change older than one written already is skipped, as is the
// same change twice.
func Keep(path string, seq int, l List) error {
	compareWrites.Lock()
	defer compareWrites.Unlock()
	if seq <= compareWrites.done[path] {
		return nil
	}
	if len(l.Plans) == 0 {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("forgetting the plans compared: %w", err)
		}
		compareWrites.done[path] = seq
		return nil
	}
	data, err := Marshal(l)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("keeping the plans compared: %w", err)
	}
	if err := plans.WriteFile(path, data, true); err != nil {
		return fmt.Errorf("keeping the plans compared: %w", err)
	}
	compareWrites.done[path] = seq
	return nil
}
