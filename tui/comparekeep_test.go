package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/comparelist"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/report"
)

// The kept list holds every plan a comparison takes besides plan 1.
func TestMaxComparePlans(t *testing.T) {
	if comparelist.MaxPlans != report.MaxPlans-1 {
		t.Errorf("comparelist.MaxPlans = %d, report.MaxPlans = %d", comparelist.MaxPlans, report.MaxPlans)
	}
}

// keptList is the list kept for the scenario file file, given the draft
// file draft (this run holds the file's draft: no other run does).
func keptList(t *testing.T, draft, file string) (string, *comparelist.List) {
	t.Helper()
	slot, err := interview.FileDraftPath(draft, file)
	if err != nil {
		t.Fatal(err)
	}
	path := comparelist.Path(slot)
	l, err := comparelist.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, l
}

// The counselor's route in the real program loop (teatest), twice: a plan
// added from a file and a preset, q; carecost started again on the same
// file, c: both plans are there, in order, without adding them again.
func TestFlowComparedPlansKeptForTheNextRun(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	tm := teatest.NewTestModel(t, New(Options{File: rangedPPO, DraftPath: draft}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "lowest yearly cost")
	tm.Send(keyMsg("c"))
	waitFor(t, tm, "Add plan 2")
	tm.Send(keyMsg("enter")) // a scenario file
	waitFor(t, tm, "File:")
	tm.Type(rangedHDHP)
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "as plan 2")
	tm.Send(keyMsg("a"))
	waitFor(t, tm, "Add plan 3")
	tm.Send(keyMsg("down"))
	tm.Send(keyMsg("down"))
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "Add plan 3: a plan type")
	tm.Send(keyMsg("down")) // an HMO
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "as plan 3")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	var out bytes.Buffer
	if err := finish(final, nil, nil, &out); err != nil { // what Run does once the program has ended
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("a note after keeping the plans: %q", out.String())
	}

	tm = teatest.NewTestModel(t, New(Options{File: rangedPPO, DraftPath: draft}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "lowest yearly cost")
	tm.Send(keyMsg("c"))
	waitFor(t, tm, "kept from last time")
	tm.Send(keyMsg("q"))
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	c := compareOf(m)
	hdhp, _ := filepath.Abs(rangedHDHP)
	if m.state != stateCompare || len(c.plans) != 3 || c.plans[1].ref.File != hdhp || c.plans[2].preset != calc.HMO {
		t.Fatalf("state %d, %d plans:\n%s", m.state, len(c.plans), plain(m))
	}
	view := flat(plain(m))
	for _, want := range []string{"2. 2027 HDHP with an HSA", "3. Typical HMO", "Plans 2 to 3 are kept from last time (d removes one)."} {
		if !strings.Contains(view, want) {
			t.Errorf("no %q:\n%s", want, plain(m))
		}
	}
}

// The list is written at each change (mode 0600, beside the file's own
// draft), and removing the last plan added removes it.
func TestComparedPlansKeptAtEachChange(t *testing.T) {
	m := comparing(t, rangedPPO, 120, 40) // the example added
	file := m.screens[stateCompare].(*compareScreen).from.source.Path
	path, l := keptList(t, m.opts.DraftPath, file)
	abs, _ := filepath.Abs(file)
	if l == nil || l.Of != abs || len(l.Plans) != 1 || l.Plans[0].Example != rangedHDHPx {
		t.Fatalf("kept %+v, want the example %s for %s", l, rangedHDHPx, abs)
	}
	if want := filepath.Join(filepath.Dir(m.opts.DraftPath), "drafts"); filepath.Dir(path) != want {
		t.Errorf("kept in %s, want %s", filepath.Dir(path), want)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the kept list: %v, %v; want mode 600", info, err)
	}
	m = press(t, m, "a", "down", "down", "enter", "enter") // the PPO preset
	if _, l = keptList(t, m.opts.DraftPath, file); l == nil || len(l.Plans) != 2 || l.Plans[1].Preset != calc.PPO {
		t.Fatalf("after the preset: %+v", l)
	}
	m = press(t, m, "d", "d") // plan 3, then plan 2 (selected next)
	if len(compareOf(m).plans) != 1 {
		t.Fatalf("%d plans left:\n%s", len(compareOf(m).plans), plain(m))
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("no plan left, the list is still kept: %v", err)
	}
}

// A signal right after a change, before its command ran: Run's finish
// keeps the list as the screen showed it.
func TestSignalKeepsTheComparedPlans(t *testing.T) {
	m := comparing(t, rangedPPO, 120, 40)
	m = press(t, m, "a", "down", "down", "enter")
	tm, _ := m.Update(keyMsg("enter")) // the PPO preset: its command not run
	m = tm.(Model)
	tm, _ = m.Update(signalMsg{sig: syscall.SIGTERM})
	m = tm.(Model)
	file := compareOf(m).from.source.Path
	if _, l := keptList(t, m.opts.DraftPath, file); l == nil || len(l.Plans) != 1 {
		t.Fatalf("before finish: %+v", l)
	}
	var out bytes.Buffer
	finish(m, nil, syscall.SIGTERM, &out)
	if _, l := keptList(t, m.opts.DraftPath, file); l == nil || len(l.Plans) != 2 || l.Plans[1].Preset != calc.PPO {
		t.Errorf("after finish: %+v", l)
	}
}

// reopened is a new run on file with the draft file draft, on the
// compare screen.
func reopened(t *testing.T, file, draft string) Model {
	t.Helper()
	m := sized(t, Options{File: file, DraftPath: draft}, 120, 40)
	m, _ = run(t, m, m.Init()())
	m = press(t, m, "c")
	if m.state != stateCompare {
		t.Fatalf("state %d:\n%s", m.state, plain(m))
	}
	return m
}

// A kept list that is not carecost's is said, escaped, and ignored: plan 1
// alone, the add menu open; the next plan added replaces it.
func TestComparedPlansDamagedList(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d\x1b]0;HACKED\a")
	draft := filepath.Join(dir, "draft.yaml")
	file, _ := filepath.Abs(rangedPPO)
	slot, _ := interview.FileDraftPath(draft, file)
	path := comparelist.Path(slot)
	os.MkdirAll(filepath.Dir(path), 0o700)
	if err := os.WriteFile(path, []byte(`{"version":1,"of":"`+file+`","plans":[{"file":"relative.yaml"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	m := reopened(t, file, draft)
	view := m.View()
	if strings.Contains(view, "\x1b]0;HACKED") || strings.Contains(view, "\a") {
		t.Errorf("the folder's name reached the terminal unescaped:\n%q", view)
	}
	if v := flat(plain(m)); !strings.Contains(v, "could not be read") || !strings.Contains(v, `d\x1b]0;HACKED\a`) ||
		!strings.Contains(v, "absolute and clean") || len(compareOf(m).plans) != 1 || !strings.Contains(v, "Add plan 2") {
		t.Errorf("the damaged list is not said:\n%s", plain(m))
	}
	press(t, m, "down", "down", "enter", "enter") // the PPO preset
	if _, l := keptList(t, draft, file); l == nil || len(l.Plans) != 1 || l.Plans[0].Preset != calc.PPO {
		t.Errorf("not replaced: %+v", l)
	}
}

// A plan kept whose file is gone is shown as not found, and stays in the
// list until the list changes.
func TestComparedPlanFileGone(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "hdhp.yaml")
	if err := os.WriteFile(plan, []byte(mustRead(t, rangedHDHP)), 0o600); err != nil {
		t.Fatal(err)
	}
	draft := filepath.Join(dir, "config", "draft.yaml")
	file, _ := filepath.Abs(rangedPPO)
	m := reopened(t, file, draft)
	m = press(t, m, "enter")
	m = typeText(t, m, plan)
	m = press(t, m, "enter")
	if len(compareOf(m).plans) != 2 {
		t.Fatalf("not added:\n%s", plain(m))
	}
	os.Remove(plan)
	m = reopened(t, file, draft)
	v := flat(plain(m))
	if len(compareOf(m).plans) != 1 || !strings.Contains(v, "✗ not found: "+plan) || !strings.Contains(v, "Not found now: "+plan+".") {
		t.Errorf("the gone file is not shown:\n%s", plain(m))
	}
	if _, l := keptList(t, draft, file); l == nil || len(l.Plans) != 1 || l.Plans[0].File != plan {
		t.Errorf("the list changed on opening: %+v", l)
	}
}

// A scenario in no file keeps its plans beside the draft of new answers,
// offered for the same scenario (the demo again) and not for another
// (an example).
func TestComparedPlansOfTheDemo(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	m := sized(t, Options{DraftPath: draft}, 120, 40)
	m, _ = run(t, m, startDemoMsg{})
	m = press(t, m, "c", "down", "down", "enter", "down", "enter") // the HMO preset
	if len(compareOf(m).plans) != 2 {
		t.Fatalf("not added:\n%s", plain(m))
	}
	l, err := comparelist.Load(filepath.Join(filepath.Dir(draft), "draft.compare.json"))
	if err != nil || l == nil || l.Of != "the built-in demo" || len(l.Plans) != 1 {
		t.Fatalf("kept %+v, %v", l, err)
	}
	m = sized(t, Options{DraftPath: draft}, 120, 40)
	m, _ = run(t, m, startDemoMsg{})
	if m = press(t, m, "c"); len(compareOf(m).plans) != 2 || compareOf(m).plans[1].preset != calc.HMO {
		t.Errorf("the demo again:\n%s", plain(m))
	}
	m = sized(t, Options{DraftPath: draft}, 120, 40)
	m, _ = run(t, m, openExampleMsg{file: "tkr-ppo.yaml"})
	if m = press(t, m, "c"); len(compareOf(m).plans) != 1 {
		t.Errorf("the demo's plans offered for an example:\n%s", plain(m))
	}
}

// A kept reference is shown escaped: the list is a file anyone could have
// written, its names are untrusted.
func TestComparedPlanGoneNameEscaped(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	file, _ := filepath.Abs(rangedPPO)
	slot, _ := interview.FileDraftPath(draft, file)
	gone := filepath.Join(t.TempDir(), "x\x1b]0;HACKED\a.yaml")
	if err := comparelist.Keep(comparelist.Path(slot), int(compareChanges.Add(1)),
		comparelist.List{Of: file, Plans: []comparelist.Ref{{File: gone}}}); err != nil {
		t.Fatal(err)
	}
	m := reopened(t, file, draft)
	if view := m.View(); strings.Contains(view, "\x1b]0;HACKED") || strings.Contains(view, "\a") ||
		!strings.Contains(flat(plain(m)), `✗ not found: `+filepath.Dir(gone)+`/x\x1b]0;HACKED\a.yaml`) {
		t.Errorf("view:\n%q", view)
	}
}

// A plan added while the kept list was being read: both are compared, and
// the list is kept anew with both.
func TestComparedPlanAddedWhileRestoring(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	file, _ := filepath.Abs(rangedPPO)
	slot, _ := interview.FileDraftPath(draft, file)
	if err := comparelist.Keep(comparelist.Path(slot), int(compareChanges.Add(1)),
		comparelist.List{Of: file, Plans: []comparelist.Ref{{Preset: calc.HMO}}}); err != nil {
		t.Fatal(err)
	}
	m := sized(t, Options{File: file, DraftPath: draft}, 120, 40)
	m, _ = run(t, m, m.Init()())
	tm, cmd := m.Update(keyMsg("c"))
	m = tm.(Model)
	open := runCmd(cmd) // the dashboard's request: showCompareMsg
	if len(open) != 1 {
		t.Fatalf("c: %v", open)
	}
	tm, restoreCmd := m.Update(open[0]) // the list's read held back
	m = tm.(Model)
	m = press(t, m, "down", "down", "enter", "enter") // the PPO preset, kept at once
	m, _ = run(t, m, restoreCmd())
	if c := compareOf(m); len(c.plans) != 3 || c.plans[1].preset != calc.PPO || c.plans[2].preset != calc.HMO {
		t.Fatalf("%d plans:\n%s", len(c.plans), plain(m))
	}
	if _, l := keptList(t, draft, file); l == nil || len(l.Plans) != 2 || l.Plans[0].Preset != calc.PPO || l.Plans[1].Preset != calc.HMO {
		t.Errorf("kept %+v, want the PPO and the HMO", l)
	}
}

// A list that cannot be written is said on the screen, and again once the
// program has ended; the plans stay compared.
func TestComparedPlansCannotBeKept(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	draft := filepath.Join(blocker, "draft.yaml") // its folder is a file: nothing can be made there
	file, _ := filepath.Abs(rangedPPO)
	m := reopened(t, file, draft)
	m = press(t, m, "down", "down", "enter", "enter") // the PPO preset
	if v := flat(plain(m)); len(compareOf(m).plans) != 2 || !strings.Contains(v, "The plans added could not be kept for next time:") {
		t.Errorf("the failed write is not said:\n%s", plain(m))
	}
	var out bytes.Buffer
	finish(m, nil, nil, &out)
	if !strings.Contains(out.String(), "The plans added on the compare screen could not be kept for next time:") {
		t.Errorf("finish said %q", out.String())
	}
}
