//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package interview

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func claim(t *testing.T, path string) *DraftClaim {
	t.Helper()
	c, err := ClaimDraft(path)
	if err != nil {
		t.Fatalf("ClaimDraft: %v", err)
	}
	t.Cleanup(c.Release)
	return c
}

func saveNamed(t *testing.T, path, name string) {
	t.Helper()
	if err := SaveDraft(path, Draft{Step: StepPlan, Answers: map[string]string{"name": name}}); err != nil {
		t.Fatal(err)
	}
}

func draftName(t *testing.T, path string) string {
	t.Helper()
	d, err := LoadDraft(path)
	if err != nil {
		t.Fatal(err)
	}
	if d == nil {
		return ""
	}
	return d.Answers["name"]
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// Two runs on one draft: the second does not write the first's file; it
// keeps its answers in one of its own and says where. Once both are gone,
// a start that finds no draft in draft.yaml adopts the other's, so both
// are offered again, one after the other.
func TestClaimTwoRunsOnOneDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "carecost", "draft.yaml")
	first := claim(t, path)
	if first.Path != path || first.Other != 0 || first.Note() != "" {
		t.Fatalf("first claim: %+v, note %q", first, first.Note())
	}
	second := claim(t, path)
	side := filepath.Join(filepath.Dir(path), "draft-"+strconv.Itoa(os.Getpid())+".yaml")
	if second.Path != side || second.Other != os.Getpid() {
		t.Fatalf("second claim: path %q, other %d; want %q and this process", second.Path, second.Other, side)
	}
	if note := second.Note(); !strings.Contains(note, side) || !strings.Contains(note, "Another carecost") {
		t.Errorf("the second run's note: %q", note)
	}
	saveNamed(t, first.Path, "first")
	saveNamed(t, second.Path, "second")
	if draftName(t, path) != "first" || draftName(t, side) != "second" {
		t.Fatalf("drafts %q and %q", draftName(t, path), draftName(t, side))
	}
	first.Release()
	second.Release()

	third := claim(t, path) // draft.yaml holds a draft: it is the one offered
	if third.Path != path || draftName(t, path) != "first" || draftName(t, side) != "second" {
		t.Fatalf("third claim %q: drafts %q and %q", third.Path, draftName(t, path), draftName(t, side))
	}
	if err := RemoveDraft(path); err != nil { // finished and saved in a file
		t.Fatal(err)
	}
	third.Release()
	fourth := claim(t, path)
	if fourth.Path != path || draftName(t, path) != "second" {
		t.Fatalf("fourth claim %q: draft %q, want the second run's adopted", fourth.Path, draftName(t, path))
	}
	if exists(side) || exists(side+".lock") {
		t.Errorf("the adopted draft's files are still there")
	}
}

// A draft of a live run is never adopted: its run still writes it.
func TestClaimLeavesLiveDraftsAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	first := claim(t, path)
	second := claim(t, path)
	saveNamed(t, second.Path, "second")
	first.Release()
	third := claim(t, path)
	if third.Path != path || exists(path) || draftName(t, second.Path) != "second" {
		t.Fatalf("a live run's draft was taken: %q now holds %q", path, draftName(t, path))
	}
}

// Leftover temporary files of a killed run's write (plans.WriteFile's
// ".draft.yaml.tmp-*") are removed at the next start; not while another
// live run holds the draft (they may be its write under way), and never
// another file's.
func TestClaimRemovesLeftoverTemps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.yaml")
	leftovers := []string{".draft.yaml.tmp-123456", ".draft.yaml.tmp-9"}
	others := []string{".client.yaml.tmp-123", "draft.yaml.tmp-1", ".draft.yaml.bak"}
	for _, n := range append(append([]string{}, leftovers...), others...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("half a dra"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	first := claim(t, path)
	for _, n := range leftovers {
		if exists(filepath.Join(dir, n)) {
			t.Errorf("%s is still there", n)
		}
	}
	for _, n := range others {
		if !exists(filepath.Join(dir, n)) {
			t.Errorf("%s was removed", n)
		}
	}
	inFlight := filepath.Join(dir, ".draft.yaml.tmp-77")
	if err := os.WriteFile(inFlight, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	claim(t, path) // a second run, while the first holds the draft
	if !exists(inFlight) {
		t.Errorf("the live run's temporary file was removed")
	}
	first.Release()
}

// A run killed with kill -9 leaves no stale owner: the system drops its
// lock with the process, so the next start holds draft.yaml again.
func TestClaimAfterAKilledRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldDraft$")
	cmd.Env = append(os.Environ(), "CARECOST_HOLD_DRAFT="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "held" {
		t.Fatalf("the helper said %q, %v", line, err)
	}
	c, err := ClaimDraft(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Path == path || c.Other != cmd.Process.Pid {
		t.Errorf("claimed %q, other %d, while process %d holds it", c.Path, c.Other, cmd.Process.Pid)
	}
	c.Release()
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no clean-up of its own
		t.Fatal(err)
	}
	cmd.Wait()
	if c = claim(t, path); c.Path != path || c.Other != 0 {
		t.Errorf("after the holder was killed: claimed %q, other %d", c.Path, c.Other)
	}
}

// TestHelperHoldDraft is TestClaimAfterAKilledRun's other process: it holds
// the draft named by CARECOST_HOLD_DRAFT until it is killed.
func TestHelperHoldDraft(t *testing.T) {
	path := os.Getenv("CARECOST_HOLD_DRAFT")
	if path == "" {
		return // run as a test of its own: nothing to hold
	}
	c, err := ClaimDraft(path)
	if err != nil || c.Path != path {
		os.Stdout.WriteString("not held\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("held\n")
	time.Sleep(time.Minute)
	os.Exit(1)
}

// The start (Claim) also removes what a run killed while writing a file's
// draft left in drafts/ (".NAME.yaml.tmp-*"), but not the temporary file of
// a draft another live run holds (its write may be under way), nor
// anything else there.
func TestClaimRemovesLeftoverFileDraftTemps(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "draft.yaml")
	drafts := filepath.Join(dir, "drafts")
	if err := os.MkdirAll(drafts, 0o700); err != nil {
		t.Fatal(err)
	}
	live := claim(t, filepath.Join(drafts, "live.yaml")) // another run on a file's draft
	_ = live
	// gone.yaml's lock is free (its run was killed); never.yaml has no lock
	if err := os.WriteFile(filepath.Join(drafts, "gone.yaml.lock"), []byte("4242\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	leftovers := []string{".gone.yaml.tmp-1", ".gone.yaml.tmp-22", ".never.yaml.tmp-3"}
	kept := []string{".live.yaml.tmp-5", "gone.yaml", ".gone.yaml.bak", "x.yaml.tmp-1"}
	for _, n := range append(append([]string{}, leftovers...), kept...) {
		if err := os.WriteFile(filepath.Join(drafts, n), []byte("half a dra"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	_, _, release := Claim(main)
	defer release()
	for _, n := range leftovers {
		if exists(filepath.Join(drafts, n)) {
			t.Errorf("%s is still there", n)
		}
	}
	for _, n := range kept {
		if !exists(filepath.Join(drafts, n)) {
			t.Errorf("%s was removed", n)
		}
	}
	if exists(filepath.Join(drafts, "never.yaml.lock")) {
		t.Errorf("a lock file was left for never.yaml")
	}
}
