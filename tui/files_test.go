package tui

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/walkthrough"
)

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestSaveToTheOpenedFile(t *testing.T) {
	m, path := opened(t, "cash.yaml", cashOnlyYAML, 100, 30)
	m = press(t, m, "+", "w")
	if dashOf(m).prompt.active() {
		t.Fatalf("saving an unchanged file without comments asks: %q", dashOf(m).prompt.question)
	}
	s, _ := parse(t, path, mustRead(t, path))
	if s != dashOf(m).scenario || s.Care.Visits != 11 {
		t.Errorf("the file reads back as %+v, want the scenario shown (11 visits)", s.Care)
	}
	if got := mode(t, path); got != 0o600 {
		t.Errorf("mode %v, want 0600", got)
	}
	v := flat(plain(m))
	if strings.Contains(v, "not saved") || strings.Contains(v, "≠") || !strings.Contains(v, "Saved "+path) {
		t.Errorf("after saving the view still shows changes, or no answer:\n%s", plain(m))
	}

	// changed on disk since: ask; n keeps the other program's file
	other := strings.Replace(cashOnlyYAML, "visits: 10", "visits: 30", 1)
	if err := os.WriteFile(path, []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "+", "w")
	if !strings.Contains(dashOf(m).prompt.question, "changed on disk") {
		t.Fatalf("no question about the change on disk: %q", dashOf(m).prompt.question)
	}
	m = press(t, m, "n")
	if mustRead(t, path) != other {
		t.Error("n replaced the file")
	}
	m = press(t, m, "w", "y")
	if s, _ := parse(t, path, mustRead(t, path)); s.Care.Visits != 12 {
		t.Errorf("y did not replace the file: %d visits", s.Care.Visits)
	}
	// saved now: another save asks nothing
	m = press(t, m, "-", "w")
	if dashOf(m).prompt.active() {
		t.Errorf("asks again after its own save: %q", dashOf(m).prompt.question)
	}
}

func TestSavingDropsCommentsOnlyWhenAgreed(t *testing.T) {
	commented := "# my notes on this plan\n" + cashOnlyYAML
	m, path := opened(t, "notes.yaml", commented, 100, 30)
	m = press(t, m, "+", "w")
	if !strings.Contains(dashOf(m).prompt.question, "has comments") {
		t.Fatalf("no question about the comments: %q", dashOf(m).prompt.question)
	}
	m = press(t, m, "n")
	if mustRead(t, path) != commented {
		t.Error("n wrote the file")
	}
	press(t, m, "w", "y")
	if s, _ := parse(t, path, mustRead(t, path)); s.Care.Visits != 11 {
		t.Errorf("y did not save: %d visits", s.Care.Visits)
	}
}

func TestSaveAsAName(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	m := sized(t, Options{}, 100, 30)
	m, _ = run(t, m, openExampleMsg{file: "tkr-ppo.yaml"})
	if m.state != stateDashboard {
		t.Fatalf("example not opened: state %d", m.state)
	}
	m = press(t, m, "w")
	if dashOf(m).prompt.kind != promptName || dashOf(m).prompt.input.Value() != "tkr-ppo.yaml" {
		t.Fatalf("w without a file: prompt %d %q, want a name offered as tkr-ppo.yaml", dashOf(m).prompt.kind, dashOf(m).prompt.input.Value())
	}
	m = press(t, m, "enter")
	path := filepath.Join(dir, "tkr-ppo.yaml")
	if s, _ := parse(t, path, mustRead(t, path)); s != dashOf(m).scenario {
		t.Error("the saved file does not read back as the scenario")
	}
	if got := mode(t, path); got != 0o600 {
		t.Errorf("mode %v", got)
	}
	if dashOf(m).source.Path != "tkr-ppo.yaml" {
		t.Errorf("after save as, w saves to %q", dashOf(m).source.Path)
	}

	// a name that exists: ask, and n keeps it
	if err := os.WriteFile(filepath.Join(dir, "taken.yaml"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	m2 := sized(t, Options{}, 100, 30)
	m2, _ = run(t, m2, openExampleMsg{file: "acl-hdhp-hsa.yaml"})
	m2 = press(t, m2, "w", "ctrl+u")
	m2 = typeText(t, m2, "taken.yaml")
	m2 = press(t, m2, "enter")
	if !strings.Contains(dashOf(m2).prompt.question, "already exists") {
		t.Fatalf("no question about the existing file: %q", dashOf(m2).prompt.question)
	}
	m2 = press(t, m2, "n")
	if mustRead(t, filepath.Join(dir, "taken.yaml")) != "mine" {
		t.Error("n replaced the existing file")
	}
	// esc on the name leaves without writing
	m2 = press(t, m2, "w", "esc")
	if dashOf(m2).prompt.active() {
		t.Error("esc does not close the name prompt")
	}
}

func TestSaveRefusesAScenarioThatWouldNotOpen(t *testing.T) {
	// a what-if can only reach values the format allows; a scenario the
	// walk-through hands over is validated too; this one is broken by hand
	m, path := opened(t, "cash.yaml", cashOnlyYAML, 100, 30)
	dashOf(m).scenario.Care.InNetwork.Minutes = 0
	m = press(t, m, "w")
	if !dashOf(m).statusBad || !strings.Contains(dashOf(m).status, "would not open again") {
		t.Errorf("status %q", dashOf(m).status)
	}
	if mustRead(t, path) != cashOnlyYAML {
		t.Error("a broken scenario was written")
	}
}

func TestExport(t *testing.T) {
	m, path := opened(t, "cash.yaml", cashOnlyYAML, 100, 30)
	m = press(t, m, "+", "x")
	out := filepath.Join(filepath.Dir(path), "cash-comparison.md")
	got := mustRead(t, out)
	if mode(t, out) != 0o600 {
		t.Errorf("mode %v", mode(t, out))
	}
	// the same document as estimate --format markdown, for the scenario as
	// shown (11 visits): everything but the date line matches
	// cashOnlyYAML writes no minutes: the handout lists the three typical
	// lengths (30, 60, 60) as assumed, as estimate does
	var want bytes.Buffer
	c := report.Compare(dashOf(m).scenario, nil, time.Now())
	c.Assumed = plans.Assumptions(dashOf(m).scenario, plans.DefaultsAssumed("cash.yaml", []byte(cashOnlyYAML)))
	if err := report.Markdown(&want, c); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"- The minutes of a clinic visit, 30: a typical session length.",
		"- The minutes of a concierge session, 60: a typical session length."} {
		if !strings.Contains(got, line) {
			t.Errorf("the export does not say %q", line)
		}
	}
	if dropDate(got) != dropDate(want.String()) {
		t.Errorf("export differs from report.Markdown:\n%s\n---\n%s", got, want.String())
	}
	if !strings.Contains(got, "$1,100.00") {
		t.Error("the export is not of the what-if scenario")
	}
	if !strings.Contains(dashOf(m).status, "what-if changes not yet saved") {
		t.Errorf("status %q does not say the export holds unsaved changes", dashOf(m).status)
	}

	// never replaced without asking
	if err := os.WriteFile(out, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "x")
	if !strings.Contains(dashOf(m).prompt.question, "already exists") {
		t.Fatalf("no question: %q", dashOf(m).prompt.question)
	}
	m = press(t, m, "n")
	if mustRead(t, out) != "mine" {
		t.Error("n replaced the export")
	}
	press(t, m, "x", "y")
	if !strings.Contains(mustRead(t, out), "a year of therapy, three ways") {
		t.Error("y did not replace the export")
	}

	// without a file: in the working directory
	dir := t.TempDir()
	t.Chdir(dir)
	m = sized(t, Options{}, 100, 30)
	m, _ = run(t, m, openExampleMsg{file: "tkr-ppo.yaml"})
	m = press(t, m, "x")
	if _, err := os.Stat(filepath.Join(dir, "tkr-ppo-comparison.md")); err != nil {
		t.Errorf("example export: %v (status %q)", err, dashOf(m).status)
	}
}

func dropDate(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(l, "Made on") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func TestSlugAndPaths(t *testing.T) {
	for in, want := range map[string]string{
		"Knee replacement rehab (demo)": "knee-replacement-rehab-demo",
		"  ACL / HDHP + HSA  ":          "acl-hdhp-hsa",
		"":                              "",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := exportPath(source{Path: filepath.Join("a", "b", "knee.yaml"), Base: "knee"}); got != filepath.Join("a", "b", "knee-comparison.md") {
		t.Errorf("exportPath beside the file: %q", got)
	}
	if got := exportPath(source{Base: "demo"}); got != "demo-comparison.md" {
		t.Errorf("exportPath without a file: %q", got)
	}
}

// Answers typed in the walk-through and saved nowhere stay as its draft
// while the comparison is shown (q loses nothing: the next start offers
// them); w saving them in a file removes the draft.
func TestDraftKeptUntilSaved(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	draft := filepath.Join(dir, "draft.yaml")
	if err := interview.SaveDraft(draft, interview.Draft{Step: interview.StepReview, Answers: map[string]string{"plan.type": "ppo"}}); err != nil {
		t.Fatal(err)
	}
	m := sized(t, Options{DraftPath: draft}, 100, 30)
	m, _ = run(t, m, walkthrough.CompletedMsg{Completion: interview.Completion{Scenario: plans.Preset(calc.PPO)}, DraftKept: true})
	if m.state != stateDashboard || !strings.Contains(plain(m), "kept as an unfinished draft until you save them with w") {
		t.Fatalf("state %d\n%s", m.state, plain(m))
	}
	if _, err := os.Stat(draft); err != nil {
		t.Fatalf("the draft went with the comparison: %v", err)
	}
	m = press(t, m, "w", "enter") // the name offered: typical-ppo.yaml
	if _, err := os.Stat(filepath.Join(dir, "typical-ppo.yaml")); err != nil {
		t.Fatalf("not saved: %v\n%s", err, plain(m))
	}
	if _, err := os.Stat(draft); !os.IsNotExist(err) {
		t.Errorf("the draft is still there after saving: %v", err)
	}
}

// w on a scenario opened from a .json file writes JSON there (a .json file
// must be JSON), which opens again: 10 visits + 1 = 11.
func TestSaveKeepsJSON(t *testing.T) {
	text := `{"version": 1, "name": "Cash only", "plan": {"type": "none"},
 "care": {"visits": 10, "in_network": {"charge": 100}, "out_of_network": {"cash_rate": 150}, "concierge": {"fee": 200}}}`
	m, path := opened(t, "cash.json", text, 100, 30)
	m = press(t, m, "+", "w")
	if strings.Contains(plain(m), "Not saved") || strings.Contains(plain(m), "would not open again") {
		t.Fatalf("not saved:\n%s", plain(m))
	}
	data := mustRead(t, path)
	if !json.Valid([]byte(data)) {
		t.Fatalf("the saved .json file is not JSON:\n%s", data)
	}
	if s, _ := parse(t, path, data); s.Care.Visits != 11 {
		t.Errorf("saved %d visits, want 11", s.Care.Visits)
	}
}

// Answers resumed from a draft of a file and changed: the comparison shows
// them as unsaved changes to what the file holds, and w never replaces the
// file silently when it changed on disk since.
func TestResumedAnswersAreUnsavedChangesToTheirFile(t *testing.T) {
	path := writeScenario(t, "cash.yaml", cashOnlyYAML)
	onDisk, _ := parse(t, path, mustRead(t, path))
	answers := onDisk
	answers.Care.Visits++ // the change typed in the walk-through
	m := sized(t, Options{}, 100, 30)
	m, _ = run(t, m, walkthrough.CompletedMsg{Completion: interview.Completion{Scenario: answers, Path: path}})
	if dashOf(m).saved != onDisk || !dashOf(m).dirty() || !strings.Contains(plain(m), "not saved") {
		t.Fatalf("saved %+v, dirty %v\n%s", dashOf(m).saved.Care.Visits, dashOf(m).dirty(), plain(m))
	}
	if err := os.WriteFile(path, []byte(cashOnlyYAML+"# edited elsewhere\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "w")
	if !strings.Contains(dashOf(m).prompt.question, "changed on disk") {
		t.Errorf("w over a file changed on disk asks nothing: %q\n%s", dashOf(m).prompt.question, plain(m))
	}
	if !strings.HasSuffix(mustRead(t, path), "# edited elsewhere\n") {
		t.Error("the file was replaced")
	}
}

// carecost FILE on what is not a scenario file (a named pipe nobody writes
// to would block the read for ever) shows the error screen at once, naming
// the file and what is allowed; r tries again, the same way.
func TestOpeningANamedPipeIsRefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	m := sized(t, Options{File: fifo}, 100, 30)
	done := make(chan *Model, 1) // a Model is too large for a channel
	go func() {
		m, _ := run(t, m, m.Init()())
		m = press(t, m, "r")
		done <- &m
	}()
	select {
	case p := <-done:
		m = *p
	case <-time.After(10 * time.Second):
		t.Fatal("opening a named pipe has not returned")
	}
	if got := flat(plain(m)); m.state != stateError || !strings.Contains(got, "pipe.yaml: is a named pipe, not a regular file; a scenario is read from a regular file of at most 1 MiB") ||
		!strings.Contains(got, "Check the name, then press r to try again") {
		t.Errorf("state %d:\n%s", m.state, plain(m))
	}
}
