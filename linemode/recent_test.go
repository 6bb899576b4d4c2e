package linemode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// recentSetup writes two scenario files named apart (Ay plan, Bee plan)
// in dir and a list of recent files beside draft: bee.yaml newest, then
// gone.yaml (no such file), then ay.yaml; it returns the list's path.
func recentSetup(t *testing.T, dir, draft string) string {
	t.Helper()
	for _, f := range [][2]string{{"ay.yaml", "Ay plan"}, {"bee.yaml", "Bee plan"}} {
		s := plans.Preset(calc.PPO)
		s.Name = f[1]
		data, err := plans.MarshalFile(f[0], s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f[0]), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	at := func(d int) time.Time { return time.Date(2025, 1, d, 14, 2, 0, 0, time.Local) }
	data, err := recent.Marshal([]recent.Entry{
		{Path: filepath.Join(dir, "bee.yaml"), Opened: at(3)},
		{Path: filepath.Join(dir, "gone.yaml"), Opened: at(2)},
		{Path: filepath.Join(dir, "ay.yaml"), Opened: at(1)},
	})
	if err != nil {
		t.Fatal(err)
	}
	list := recent.FileName(draft)
	if err := os.WriteFile(list, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return list
}

// first is the newest file of the list at path.
func first(t *testing.T, path string) recent.Entry {
	t.Helper()
	files, err := recent.Load(path)
	if err != nil || len(files) == 0 {
		t.Fatalf("the list of recent files: %v, %v", files, err)
	}
	return files[0]
}

// "Open a scenario file" lists the recent files newest first, each with
// when, "not found" for a file gone, and its folder, then "Type a path";
// a number opens that file's comparison, and the file goes first in the
// list, dated now; the file gone is said, and nothing is shown.
func TestOpenRecentFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", filepath.Join(dir, "home")) // dir is no home's: shown whole
	draft := filepath.Join(dir, "draft.yaml")
	list := recentSetup(t, dir, draft)

	var out, errOut strings.Builder
	// 3: Open a scenario file; 3: ay.yaml, the oldest; Enter finishes
	if code := Main(Options{DraftPath: draft}, strings.NewReader("3\n3\n\n"), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	want := "Which file? The files opened or saved last, newest first:\n" +
		"  1. bee.yaml: opened 3 Jan 2025, in " + dir + "\n" +
		"  2. gone.yaml: opened 2 Jan 2025, not found, in " + dir + "\n" +
		"  3. ay.yaml: opened 1 Jan 2025, in " + dir + "\n" +
		"  4. Type a path\n" +
		"Choice [1, bee.yaml]: "
	if !strings.Contains(out.String(), want) {
		t.Errorf("the list is not shown as\n%s\nin\n%s", want, out.String())
	}
	if !strings.Contains(out.String(), "carecost: Ay plan") || strings.Contains(out.String(), "Bee plan") {
		t.Errorf("3 does not show ay.yaml's comparison alone:\n%s", out.String())
	}
	if f := first(t, list); f.Path != filepath.Join(dir, "ay.yaml") || time.Since(f.Opened) > time.Minute {
		t.Errorf("after opening ay.yaml the list starts with %+v", f)
	}

	out.Reset()
	errOut.Reset()
	if code := Main(Options{DraftPath: draft}, strings.NewReader("3\n3\n"), &out, &errOut); code == 0 {
		t.Errorf("the file gone opened:\n%s", out.String())
	}
	if !strings.Contains(errOut.String(), filepath.Join(dir, "gone.yaml")) || !strings.Contains(errOut.String(), "does not exist") {
		t.Errorf("the file gone is not said: %q", errOut.String())
	}
}

// A list that is not carecost's is said and ignored: the path is asked
// for at once, and the file opened starts the list afresh.
func TestOpenDamagedRecentList(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.yaml")
	list := recentSetup(t, dir, draft)
	if err := os.WriteFile(list, []byte("{\"version\": 1, \"files\": [\x1b"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut strings.Builder
	in := "3\n" + filepath.Join(dir, "bee.yaml") + "\n\n"
	if code := Main(Options{DraftPath: draft}, strings.NewReader(in), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	for _, want := range []string{"The list of recent files, " + list + ", could not be read", "starts afresh",
		"The scenario file's name: ", "carecost: Bee plan"} {
		if !strings.Contains(strings.Join(strings.Fields(out.String()), " "), want) {
			t.Errorf("%q is not said:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "\x1b") {
		t.Errorf("a control character is printed as it is:\n%q", out.String())
	}
	if files, err := recent.Load(list); err != nil || len(files) != 1 || files[0].Path != filepath.Join(dir, "bee.yaml") {
		t.Errorf("the list after opening bee.yaml: %+v, %v", files, err)
	}
}

// A file saved from the review goes first in the list of recent files.
func TestSaveAddsToRecentFiles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	draft := filepath.Join(dir, "draft.yaml")
	list := recentSetup(t, dir, draft)
	var out strings.Builder
	sess := NewSession(strings.NewReader("s\nnew.yaml\n\n"), &out)
	sess.p.recent = list
	if _, err := sess.Walk(interview.Options{Scenario: plans.Preset(calc.PPO), Step: interview.StepReview}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if f := first(t, list); f.Path != filepath.Join(dir, "new.yaml") {
		t.Errorf("after saving new.yaml the list starts with %+v\n%s", f, out.String())
	}
}

// A recent file's name may hold anything: it is shown escaped, on its one
// line (a newline in it would otherwise start a line of its own).
func TestRecentFileNameEscaped(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.yaml")
	list := recentSetup(t, dir, draft)
	data, err := recent.Marshal([]recent.Entry{{Path: filepath.Join(dir, "a\x1b]0;owned\a\n2. fake.yaml")}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(list, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut strings.Builder
	Main(Options{DraftPath: draft}, strings.NewReader("3\n"), &out, &errOut)
	if !strings.Contains(out.String(), `  1. a\x1b]0;owned\a\n2. fake.yaml: not found, in `) {
		t.Errorf("the name is not shown escaped on its line:\n%q", out.String())
	}
	if strings.ContainsAny(out.String(), "\x1b\a") || strings.Contains(out.String(), "\n2. fake") {
		t.Errorf("the name's control characters are printed as they are:\n%q", out.String())
	}
}
