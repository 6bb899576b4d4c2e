package interview

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// Draft is an unfinished walk-through: the step reached, every answer as
// typed (text that does not validate yet included) and which answers the
// user touched. It is its own file, never a scenario file: a scenario is
// written only from a complete, valid set of answers. New answers keep
// theirs in draft.yaml; answers that belong to a scenario file, in that
// file's own draft file beside it (FileDraftPath, filedraft.go).
type Draft struct {
	Step Step
	Path string // the scenario file the answers came from, if any
	// Sum is the SHA-256 (hex) of Path's contents when the answers came
	// from it: a save of the resumed answers asks first when the file
	// changed since ("" when unknown).
	Sum     string
	Answers map[string]string // by field path ("plan.in_network.deductible") or walk-through key
	Touched []string
	// Quick: the walk-through is on the short route (Options.Quick).
	Quick bool
	Saved time.Time
}

// draftFile is draft.yaml as written.
type draftFile struct {
	Version int               `yaml:"version"`
	Saved   string            `yaml:"saved,omitempty"`
	Step    string            `yaml:"step"`
	Path    string            `yaml:"path,omitempty"`
	Sum     string            `yaml:"sum,omitempty"`
	Answers map[string]string `yaml:"answers"`
	Touched []string          `yaml:"touched,omitempty"`
	Quick   bool              `yaml:"quick,omitempty"`
}

const draftHeader = "# carecost: an unfinished walk-through, resumed from the start screen.\n" +
	"# Answers are kept as typed; this is not a scenario file.\n"

// DefaultDraftPath is where the draft of new answers is kept: the user's
// configuration directory ($XDG_CONFIG_HOME, else ~/.config, on Linux),
// carecost/draft.yaml. The drafts of files (drafts/) and the list of
// recent files (internal/recent) are kept beside it.
func DefaultDraftPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding the configuration directory for the draft: %w", err)
	}
	return filepath.Join(dir, "carecost", "draft.yaml"), nil
}

// MarshalDraft writes a draft as draft.yaml.
func MarshalDraft(d Draft) ([]byte, error) {
	f := draftFile{Version: 1, Step: d.Step.String(), Path: d.Path, Sum: d.Sum, Answers: d.Answers, Touched: d.Touched, Quick: d.Quick}
	if !d.Saved.IsZero() {
		f.Saved = d.Saved.UTC().Format(time.RFC3339)
	}
	if f.Answers == nil {
		f.Answers = map[string]string{}
	}
	data, err := yaml.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("writing the draft: %w", err)
	}
	return append([]byte(draftHeader), data...), nil
}

// UnmarshalDraft reads draft.yaml. Answers under keys the walk-through does
// not know are dropped; an unknown step starts at the plan.
func UnmarshalDraft(data []byte) (*Draft, error) {
	var f draftFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("reading the draft: %w", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("reading the draft: version %d is not one carecost reads", f.Version)
	}
	d := &Draft{Path: f.Path, Sum: f.Sum, Quick: f.Quick, Answers: map[string]string{}}
	d.Step, _ = ParseStep(f.Step)
	for k, v := range f.Answers {
		if IsAnswerKey(k) {
			d.Answers[k] = v
		}
	}
	for _, k := range f.Touched {
		if IsAnswerKey(k) {
			d.Touched = append(d.Touched, k)
		}
	}
	if f.Saved != "" {
		d.Saved, _ = time.Parse(time.RFC3339, f.Saved)
	}
	return d, nil
}

// LoadDraft reads the draft at path: (nil, nil) when there is none.
func LoadDraft(path string) (*Draft, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the draft: %w", err)
	}
	d, err := UnmarshalDraft(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// SaveDraft writes the draft atomically with mode 0600, replacing the last
// one, creating its directory (0700) when needed.
func SaveDraft(path string, d Draft) error {
	data, err := MarshalDraft(d)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("saving the draft: %w", err)
	}
	return plans.WriteFile(path, data, true)
}

// RemoveDraft deletes the draft; none there is not an error.
func RemoveDraft(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing the draft: %w", err)
	}
	return nil
}

// draft is the answers' draft at step, belonging to the file at path whose
// contents had the SHA-256 sum (hex; "" unknown).
func (a *Answers) draft(step Step, path, sum string, now time.Time) Draft {
	return Draft{Step: step, Path: path, Sum: sum, Answers: a.Snapshot(), Touched: a.TouchedKeys(), Saved: now}
}

// DraftOf is a whole scenario as a draft at the review, belonging to the
// file at path whose contents had the SHA-256 sum (hex; "" unknown): what
// the program keeps when it ends with changes that are in no file (the
// dashboard's what-ifs). Every answer but the assumed ones (field paths)
// counts as the user's own, so resuming it refills none of them from a
// preset, and the walk-through that resumes it keeps the draft until the
// answers are saved (KeepsDraft).
func DraftOf(s calc.Scenario, assumed []string, path, sum string, now time.Time) Draft {
	if assumed == nil {
		assumed = []string{}
	}
	a := NewAnswersFor(Options{Scenario: s, Assumed: assumed})
	return a.draft(StepReview, path, sum, now)
}

// NewAnswersFor starts the answers a walk-through opens on (both
// walk-throughs start here): the draft's when there is one, over
// o.Scenario; else o.Scenario's, the user's own except o.Assumed when that
// is not nil, all of them when they come from a file (o.Path), none of them
// for a preset.
func NewAnswersFor(o Options) *Answers {
	a := NewAnswers(o.Scenario)
	switch {
	case o.Draft != nil:
		if o.Path != "" {
			a.TouchAll()
		}
		for k, v := range o.Draft.Answers {
			if IsAnswerKey(k) {
				a.text[k] = v
			}
		}
		for _, k := range o.Draft.Touched {
			a.touched[k] = true
		}
	case o.Assumed != nil:
		a.TouchAll()
		for _, k := range o.Assumed {
			delete(a.touched, k)
		}
	case o.Path != "":
		a.TouchAll()
	}
	return a
}
