package interview

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
)

// Drafts of files. New answers, in no file yet, keep their draft in the
// draft file the program is given (draft.yaml, DefaultDraftPath). Answers
// that belong to a scenario file — the walk-through on it, the dashboard's
// what-ifs on it — keep theirs in a draft file of that scenario file's own,
// in drafts/ beside draft.yaml, so that each opened file keeps its own
// unfinished draft and opening one never offers, or replaces, another's.
// Each is claimed (ClaimDraft) as draft.yaml is: a lock per draft file,
// another live run's draft file left alone, the temporary files of a
// killed run removed, an orphaned draft adopted.

// FileDraftPath is where the draft of the scenario file file is kept,
// given main, the draft file of new answers: drafts/NAME.yaml beside it,
// NAME the first 16 bytes of the SHA-256 of file's absolute path, in hex.
// A hash rather than the name itself: any file name, of any length or
// character, makes a short, plain and safe file name, and two files of one
// name in two folders do not share a draft. The draft holds the path it
// belongs to (Draft.Path), which is what is shown.
func FileDraftPath(main, file string) (string, error) {
	if main == "" || file == "" {
		return "", errors.New("keeping the draft of a file: no draft folder")
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", fmt.Errorf("keeping the draft of %s: %w", file, err)
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(filepath.Dir(main), "drafts", hex.EncodeToString(sum[:16])+".yaml"), nil
}

// fileClaims are this run's claims on drafts of files, by the draft file
// asked for: a run claims each at most once (a second ClaimDraft of the same
// file in one process would find it held, by itself), and keeps it until it
// ends, as it keeps draft.yaml's.
var fileClaims = struct {
	sync.Mutex
	held map[string]*DraftClaim
}{held: map[string]*DraftClaim{}}

// ClaimFileDraft takes the draft file of the scenario file file for this
// run (FileDraftPath, ClaimDraft), once a run: path is where this run keeps
// the file's draft, and note, when not "", says that another live run
// keeps the file's usual draft and where this one keeps its answers
// instead. When no claim can be had (a file system without locks, a folder
// that cannot be made), path is the usual draft file and err says why: a
// save there fails or succeeds on its own.
func ClaimFileDraft(main, file string) (path, note string, err error) {
	slot, err := FileDraftPath(main, file)
	if err != nil {
		return "", "", err
	}
	fileClaims.Lock()
	defer fileClaims.Unlock()
	c := fileClaims.held[slot]
	if c == nil {
		if c, err = ClaimDraft(slot); err != nil {
			return slot, "", err
		}
		fileClaims.held[slot] = c
	}
	return c.Path, c.note("the unfinished draft of " + file), nil
}

// LoadFileDraft reads the draft of the scenario file file kept at path
// (ClaimFileDraft): (nil, nil) when there is none, or when the draft there
// names another file by its absolute path (a draft file copied by hand:
// the next save replaces it). A relative name is the file's as it was
// opened, from wherever that was: the draft file's own name already says
// whose it is. The draft returned names file as given now, so a resumed
// draft is saved where the file was opened from.
func LoadFileDraft(path, file string) (*Draft, error) {
	d, err := LoadDraft(path)
	if err != nil || d == nil {
		return d, err
	}
	if filepath.IsAbs(d.Path) {
		if want, err := filepath.Abs(file); err != nil || filepath.Clean(d.Path) != want {
			return nil, nil
		}
	}
	d.Path = file
	return d, nil
}
