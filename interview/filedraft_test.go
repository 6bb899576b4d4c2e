//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package interview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each file's draft has a place of its own beside the draft of new
// answers, named by a hash of the file's absolute path: two files, two
// places; the same file named two ways, one place; the draft of new
// answers is none of them.
func TestFileDraftPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	main := filepath.Join(dir, "carecost", "draft.yaml")
	a, err := FileDraftPath(main, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := FileDraftPath(main, "b.yaml")
	again, _ := FileDraftPath(main, filepath.Join(dir, "sub", "..", "a.yaml"))
	if a == b || a != again || a == main {
		t.Errorf("a %s, b %s, a again %s", a, b, again)
	}
	if filepath.Dir(a) != filepath.Join(dir, "carecost", "drafts") {
		t.Errorf("%s is not in drafts/ beside %s", a, main)
	}
	// a hostile name makes a plain file name: 32 hex digits
	h, _ := FileDraftPath(main, "t\x1b]0;HACKED\a.yaml")
	if base := filepath.Base(h); len(base) != 32+len(".yaml") || strings.ContainsAny(base, "\x1b\a") {
		t.Errorf("draft file %q", base)
	}
	if _, err := FileDraftPath("", "a.yaml"); err == nil {
		t.Error("no draft folder: no error")
	}
}

// A file's draft is claimed as draft.yaml is: once a run (a second claim of
// the same file in the same run is the first); another live run holding
// it gives this one a file of its own and a note naming the file; the
// temporary files a killed run left beside it go; an orphaned draft of the
// file is adopted. Another file's claim is its own.
func TestClaimFileDraft(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "draft.yaml")
	file := filepath.Join(dir, "client.yaml")
	slot, _ := FileDraftPath(main, file)

	// a killed run's leftovers, beside this file's draft and another's
	if err := os.MkdirAll(filepath.Dir(slot), 0o700); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(slot), "."+filepath.Base(slot)+".tmp-4242")
	other, _ := FileDraftPath(main, filepath.Join(dir, "other.yaml"))
	otherTmp := filepath.Join(filepath.Dir(other), "."+filepath.Base(other)+".tmp-4242")
	for _, p := range []string{tmp, otherTmp} {
		if err := os.WriteFile(p, []byte("version: 1\nstep: pl"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	saveNamed(t, sidePath(slot, 4242), "orphan") // its run is gone: its lock is free

	path, note, err := ClaimFileDraft(main, file)
	if err != nil || path != slot || note != "" {
		t.Fatalf("first claim: %s, %q, %v", path, note, err)
	}
	if exists(tmp) {
		t.Error("the leftover temporary file of this file's draft is still there")
	}
	if !exists(otherTmp) {
		t.Error("another file's temporary file was removed by this file's claim")
	}
	if draftName(t, slot) != "orphan" || exists(sidePath(slot, 4242)) {
		t.Error("the orphaned draft of the file was not adopted")
	}
	if again, _, err := ClaimFileDraft(main, file); err != nil || again != slot {
		t.Errorf("claimed again in the same run: %s, %v", again, err)
	}

	// another run holds the next file's draft: this run keeps its own
	held := filepath.Join(dir, "held.yaml")
	heldSlot, _ := FileDraftPath(main, held)
	claim(t, heldSlot) // another open file: to flock, another run
	path, note, err = ClaimFileDraft(main, held)
	if err != nil || path != sidePath(heldSlot, os.Getpid()) {
		t.Fatalf("held by another run: %s, %v", path, err)
	}
	if !strings.Contains(note, "keeps the unfinished draft of "+held) || !strings.Contains(note, path) {
		t.Errorf("note %q", note)
	}
}

// A file's draft is offered for that file only: one naming another file by
// its absolute path (copied by hand) is not; one naming it relatively is,
// and comes back naming the file as opened now.
func TestLoadFileDraft(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.yaml")
	slot := filepath.Join(dir, "drafts", "x.yaml")
	for _, tc := range []struct {
		path string
		want bool
	}{{file, true}, {"a.yaml", true}, {filepath.Join(dir, "b.yaml"), false}} {
		if err := SaveDraft(slot, Draft{Step: StepCare, Path: tc.path, Answers: map[string]string{"care.visits": "12"}}); err != nil {
			t.Fatal(err)
		}
		d, err := LoadFileDraft(slot, file)
		if err != nil || (d != nil) != tc.want {
			t.Errorf("draft of %q: %+v, %v", tc.path, d, err)
		}
		if d != nil && (d.Path != file || d.Answers["care.visits"] != "12") {
			t.Errorf("draft of %q: path %q, answers %v", tc.path, d.Path, d.Answers)
		}
	}
	if d, err := LoadFileDraft(filepath.Join(dir, "none.yaml"), file); d != nil || err != nil {
		t.Errorf("no draft: %+v, %v", d, err)
	}
}
