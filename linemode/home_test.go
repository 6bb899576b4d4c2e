package linemode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// A path typed with ~ names the file under the home folder, as on the
// full-screen start screen (userpath.Expand): opening ~/bee.yaml opens it,
// not a file under a folder named "~" in the working directory.
func TestOpenTypedPathFromHome(t *testing.T) {
	home, work := t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Chdir(work)
	draft := filepath.Join(work, "draft.yaml")
	if err := os.Remove(recentSetup(t, home, draft)); err != nil { // no list: the path is asked at once
		t.Fatal(err)
	}
	var out, errOut strings.Builder
	in := "3\n~/bee.yaml\n\n" // 3: open a scenario file
	if code := Main(Options{DraftPath: draft}, strings.NewReader(in), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	if !strings.Contains(out.String(), "carecost: Bee plan") {
		t.Errorf("~/bee.yaml did not open the home folder's bee.yaml:\n%s\n%s", out.String(), errOut.String())
	}
}

// Saving to ~/NAME writes NAME.yaml in the home folder (0600); ~ alone is
// a folder, said so, and another name asked for.
func TestSaveTypedPathFromHome(t *testing.T) {
	home, work := t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Chdir(work)
	var out strings.Builder
	sess := NewSession(strings.NewReader("s\n~\n~/client\n\n"), &out)
	if _, err := sess.Walk(interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepReview}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	want := filepath.Join(home, "client.yaml")
	if info, err := os.Stat(want); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("%s: %v, %v; want a file, mode 0600\n%s", want, info, err, out.String())
	}
	if !strings.Contains(out.String(), "Not saved: "+home+" is a folder") || !strings.Contains(out.String(), "Saved to "+want) {
		t.Errorf("want the folder refused, then the save to %s:\n%s", want, out.String())
	}
	if entries, _ := os.ReadDir(work); len(entries) != 0 {
		t.Errorf("written in the working directory: %v", entries)
	}
	if _, err := os.Stat(home + ".yaml"); err == nil {
		t.Errorf("~ alone was saved beside the home folder as %s.yaml", home)
	}
}
