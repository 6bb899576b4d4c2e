package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/interview"
)

// The start screen's "Open a scenario file": the recent files, the picker,
// a draft per file (issue 13).

// deskNow is the fixed clock of these tests: Monday 23 November 2026,
// 14:30 UTC.
var deskNow = time.Date(2026, 11, 23, 14, 30, 0, 0, time.UTC)

// hostileName holds what a terminal would act on: an OSC title sequence
// (ESC ] 0 ; … BEL).
const hostileName = "t\x1b]0;HACKED\a.yaml"

// desk is a counselor's folder, ~/clients (HOME is a temporary folder),
// made the working directory, the clock fixed at deskNow:
//
//	clients/archive/old.yaml   cashOnlyYAML
//	clients/cash.yaml          cashOnlyYAML
//	clients/whatif.yaml        whatIfYAML
//	clients/t␛]0;HACKED␇.yaml  cashOnlyYAML, a hostile name
//	clients/notes.txt          not a scenario file
//	clients/.hidden.yaml       hidden
//
// It returns the folder and the draft file of new answers
// (~/.config/carecost/draft.yaml, not made).
func desk(t *testing.T) (dir, draft string) {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	dir = filepath.Join(home, "clients")
	for name, text := range map[string]string{
		"archive/old.yaml": cashOnlyYAML, "cash.yaml": cashOnlyYAML, "whatif.yaml": whatIfYAML,
		hostileName: cashOnlyYAML, "notes.txt": "call back Tuesday", ".hidden.yaml": cashOnlyYAML,
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	fixClock(t, deskNow)
	return dir, filepath.Join(home, ".config", "carecost", "draft.yaml")
}

func fixClock(t *testing.T, at time.Time) {
	old := clock
	clock = func() time.Time { return at }
	t.Cleanup(func() { clock = old })
}

// opens lists the files as opened at the times given, oldest first.
func opens(t *testing.T, draft string, files ...any) {
	t.Helper()
	for i := 0; i < len(files); i += 2 {
		if err := recent.Add(recent.FileName(draft), files[i].(string), files[i+1].(time.Time)); err != nil {
			t.Fatal(err)
		}
	}
}

// started is the start screen at w × h, with what it found.
func started(t *testing.T, draft string, w, h int) Model {
	t.Helper()
	m := sized(t, Options{DraftPath: draft}, w, h)
	m, _ = run(t, m, m.Init()())
	return m
}

// keepFileDraft keeps a draft of file at the review: visits more visits
// than cashOnlyYAML's 10, saved at saved.
func keepFileDraft(t *testing.T, draft, file string, visits string, saved time.Time) {
	t.Helper()
	slot, err := interview.FileDraftPath(draft, file)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := parse(t, file, cashOnlyYAML)
	d := interview.DraftOf(s, nil, file, "", saved)
	d.Answers["care.visits"] = visits
	if err := interview.SaveDraft(slot, d); err != nil {
		t.Fatal(err)
	}
}

// The start screen's file screens at 80×24, with fixed names and a fixed
// clock: the recent files (one with a draft, one gone, one hostile), the
// picker in ~/clients, and the offer of a file's draft (go test ./tui -run
// TestStartFilesGolden -update rewrites them; read the diff first).
func TestStartFilesGolden(t *testing.T) {
	here, err := os.Getwd() // where testdata/ is
	if err != nil {
		t.Fatal(err)
	}
	dir, draft := desk(t)
	opens(t, draft,
		filepath.Join(dir, "gone.yaml"), time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC),
		filepath.Join(dir, "archive", "old.yaml"), time.Date(2025, 6, 30, 17, 45, 0, 0, time.UTC),
		filepath.Join(dir, hostileName), time.Date(2026, 11, 20, 11, 0, 0, 0, time.UTC),
		filepath.Join(dir, "whatif.yaml"), time.Date(2026, 11, 22, 9, 10, 0, 0, time.UTC),
		filepath.Join(dir, "cash.yaml"), time.Date(2026, 11, 23, 14, 2, 0, 0, time.UTC))
	keepFileDraft(t, draft, filepath.Join(dir, "cash.yaml"), "11", time.Date(2026, 11, 23, 14, 5, 0, 0, time.UTC))
	for _, tc := range []struct {
		name  string
		keys  []string
		state state
	}{
		{"menu", nil, stateStart},
		{"recent", []string{"down", "down", "enter"}, stateStart},
		{"picker", []string{"down", "down", "enter", "down", "down", "down", "down", "down", "enter"}, stateStart},
		{"offer", []string{"down", "down", "enter", "enter"}, stateStart},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := press(t, started(t, draft, 80, 24), tc.keys...)
			if m.state != tc.state {
				t.Fatalf("state %d:\n%s", m.state, plain(m))
			}
			view := m.View()
			t.Chdir(here)
			golden.RequireEqual(t, []byte(view))
		})
	}
}

// Every name the file screens show is shown escaped: the recent files, the
// picker, the offer of a draft, the menu's line about drafts, the note of a
// folder that cannot be read. TestMain draws without colour, so no ESC at
// all may be in a view; U+202E (right-to-left override) neither.
func TestFileNamesAreShownEscaped(t *testing.T) {
	dir, draft := desk(t)
	rtl := "evil\u202egpj.yaml"
	if err := os.WriteFile(filepath.Join(dir, rtl), []byte(cashOnlyYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	opens(t, draft, filepath.Join(dir, rtl), deskNow, filepath.Join(dir, hostileName), deskNow)
	keepFileDraft(t, draft, filepath.Join(dir, hostileName), "11", deskNow)
	check := func(where string, m Model, want ...string) {
		t.Helper()
		v := m.View()
		if strings.ContainsAny(v, "\x1b\a\u202e") {
			t.Errorf("%s: raw control characters:\n%q", where, v)
		}
		for _, w := range want {
			if !strings.Contains(flat(v), w) {
				t.Errorf("%s lacks %s:\n%s", where, w, v)
			}
		}
	}
	// each from a start screen of its own: a copy of the root shares its
	// screens
	open := func(keys ...string) Model {
		return press(t, started(t, draft, 80, 24), append([]string{"down", "down", "enter"}, keys...)...)
	}
	check("the menu", started(t, draft, 80, 24), `t\x1b]0;HACKED\a.yaml has an unfinished draft`)
	check("the recent files", open(), `t\x1b]0;HACKED\a.yaml`, `evil\u202egpj.yaml`)
	check("the picker", open("down", "down", "enter"), `t\x1b]0;HACKED\a.yaml`, `evil\u202egpj.yaml`)
	check("the offer", open("enter"), `t\x1b]0;HACKED\a.yaml has an unfinished draft`)

	// a folder whose name is hostile, that cannot be read once the picker
	// is in it: the note names it escaped
	bad := filepath.Join(dir, "d\x1b[2Jir")
	if err := os.Mkdir(bad, 0o700); err != nil {
		t.Fatal(err)
	}
	p := open("down", "down", "enter")       // the picker, on ../
	p = press(t, p, "down", "down", "enter") // archive/, then d␛[2Jir/, empty
	check("an empty folder", p, `~/clients/d\x1b[2Jir`, "No scenario files here")
	if err := os.Remove(bad); err != nil {
		t.Fatal(err)
	}
	check("a folder gone", press(t, p, "."), `The folder could not be read`, `d\x1b[2Jir`)
}

// A recent file opened by keys: the menu's third choice, then the second
// file of the list (whatif.yaml, opened yesterday), in the running program.
// whatIfYAML's concierge option costs $1,320.00 (its comment works it out).
func TestOpenARecentFileByKeys(t *testing.T) {
	dir, draft := desk(t)
	opens(t, draft, filepath.Join(dir, "whatif.yaml"), deskNow.Add(-26*time.Hour), filepath.Join(dir, "cash.yaml"), deskNow.Add(-time.Hour))
	tm := teatest.NewTestModel(t, New(Options{DraftPath: draft}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Open a scenario file")
	sendKeys(tm, "down", "down", "enter")
	waitFor(t, tm, "yesterday 12:30")
	sendKeys(tm, "down", "enter")
	waitFor(t, tm, "$1,320.00")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.state != stateDashboard || dashOf(final).source.Path != filepath.Join(dir, "whatif.yaml") {
		t.Fatalf("state %d, file %q", final.state, dashOf(final).source.Path)
	}
	// opened again, it is first now
	list, err := recent.Load(recent.FileName(draft))
	if err != nil || len(list) != 2 || list[0].Path != filepath.Join(dir, "whatif.yaml") || !list[0].Opened.Equal(deskNow) {
		t.Errorf("recent files after opening whatif.yaml: %+v, %v", list, err)
	}
}

// A file picked with the picker, in the running program: ~/clients has no
// recent file yet, so the cursor is on "Browse"; archive/ is the second
// line (after ../), old.yaml the second line there. cashOnlyYAML's
// concierge: 8 × ($200 + $20) = $1,760.00.
func TestPickAFileWithThePicker(t *testing.T) {
	dir, draft := desk(t)
	tm := teatest.NewTestModel(t, New(Options{DraftPath: draft}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Open a scenario file")
	sendKeys(tm, "down", "down", "enter")
	waitFor(t, tm, "Browse the files of a folder")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "archive/")
	sendKeys(tm, "down", "enter")
	waitFor(t, tm, "old.yaml")
	sendKeys(tm, "down", "enter")
	waitFor(t, tm, "$1,760.00")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if want := filepath.Join(dir, "archive", "old.yaml"); final.state != stateDashboard || dashOf(final).source.Path != want {
		t.Fatalf("state %d, file %q, want the dashboard of %s", final.state, dashOf(final).source.Path, want)
	}
}

// The picker's moves: what it lists (folders first, with /; scenario
// files; others counted; hidden names on .), up a folder with the cursor on
// the folder left, esc back to the list, and / starting a typed path.
func TestPickerMoves(t *testing.T) {
	dir, draft := desk(t)
	m := press(t, started(t, draft, 80, 24), "down", "down", "enter", "enter")
	p := &startOf(m).picker
	var names []string
	for _, e := range p.entries {
		names = append(names, e.name)
	}
	if got, want := strings.Join(names, " "), ".. archive cash.yaml "+hostileName+" whatif.yaml"; got != want {
		t.Fatalf("entries %q, want %q", got, want)
	}
	if p.dir != dir || p.others != 1 || !strings.Contains(plain(m), "1 other file not listed") || !strings.Contains(plain(m), "archive/") {
		t.Errorf("dir %s, others %d\n%s", p.dir, p.others, plain(m))
	}
	// . shows .hidden.yaml, among the files
	m = press(t, m, ".")
	if !strings.Contains(plain(m), ".hidden.yaml") || !strings.Contains(plain(m), "archive/") {
		t.Errorf(". does not show the hidden file:\n%s", plain(m))
	}
	m = press(t, m, ".")
	// into archive/, then up: the cursor back on archive/
	m = press(t, m, "down", "enter")
	if startOf(m).picker.dir != filepath.Join(dir, "archive") {
		t.Fatalf("in %s", startOf(m).picker.dir)
	}
	m = press(t, m, "left")
	if p := startOf(m).picker; p.dir != dir || p.entries[p.cursor].name != "archive" {
		t.Errorf("up from archive/: in %s on %q", p.dir, p.entries[p.cursor].name)
	}
	// a folder that went since it was listed: said, and the picker stays
	// where it is, on what it listed (bubbles' filepicker took the new
	// folder as current, listing the old one's files under its name)
	if err := os.Rename(filepath.Join(dir, "archive"), filepath.Join(dir, "moved")); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "enter")
	if p := startOf(m).picker; p.dir != dir || p.entries[p.cursor].name != "archive" || !strings.Contains(flat(plain(m)), "The folder could not be read") {
		t.Errorf("into a folder gone: in %s on %q\n%s", p.dir, p.entries[p.cursor].name, plain(m))
	}
	// ../ goes up too
	m = press(t, m, "home", "enter")
	if startOf(m).picker.dir != filepath.Dir(dir) {
		t.Errorf("../: in %s", startOf(m).picker.dir)
	}
	// / types a path, esc comes back to the picker, esc again to the list
	m = press(t, m, "/")
	if startOf(m).mode != startPath || startOf(m).path.Value() != "/" {
		t.Errorf("/ in the picker: mode %d, path %q", startOf(m).mode, startOf(m).path.Value())
	}
	if m = press(t, m, "esc"); startOf(m).mode != startBrowse {
		t.Errorf("esc on the path: mode %d", startOf(m).mode)
	}
	// ~ is the home folder, as the lists show it: ~/clients/whatif.yaml
	// (whatIfYAML's concierge: $1,320.00)
	m = press(t, m, "~")
	m = typeText(t, m, "/clients/whatif.yaml")
	if m = press(t, m, "enter"); m.state != stateDashboard || dashOf(m).source.Path != filepath.Join(dir, "whatif.yaml") {
		t.Fatalf("~/clients/whatif.yaml: state %d\n%s", m.state, plain(m))
	}
	m, _ = run(t, m, showStartMsg{}) // back on the start screen: the path, then esc to the picker
	m = press(t, m, "esc")
	if m = press(t, m, "esc"); startOf(m).mode != startOpen {
		t.Errorf("esc in the picker: mode %d", startOf(m).mode)
	}
}

// The picker follows the window: with 40 files and the cursor on the last,
// a window made short keeps it in sight, and made tall again fills every
// line with entries.
func TestPickerFollowsResizes(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%02d.yaml", i)), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	m := press(t, started(t, filepath.Join(t.TempDir(), "draft.yaml"), 80, 24), "down", "down", "enter", "enter", "end")
	shown := func(m Model) int { return strings.Count(plain(m), ".yaml") }
	if !strings.Contains(plain(m), "▸ f39.yaml") {
		t.Fatalf("end: the last file is not chosen:\n%s", plain(m))
	}
	before := shown(m)
	m, _ = run(t, m, tea.WindowSizeMsg{Width: 80, Height: 12})
	if !strings.Contains(plain(m), "▸ f39.yaml") || shown(m) >= before {
		t.Errorf("made short: %d files shown (were %d)\n%s", shown(m), before, plain(m))
	}
	m, _ = run(t, m, tea.WindowSizeMsg{Width: 80, Height: 40})
	// 40 rows: the footer 1, the title 2, the folder 2, the summary 3
	// (a blank line, and at 80 columns "hidden files…" and "33–41 of 41"
	// make one line), so 32 lines of entries, all of them files
	if !strings.Contains(plain(m), "▸ f39.yaml") || shown(m) < 30 {
		t.Errorf("made tall: %d files shown\n%s", shown(m), plain(m))
	}
	if lines := strings.Count(m.View(), "\n") + 1; lines != 40 {
		t.Errorf("%d lines at 40 rows", lines)
	}
}

// A file that has an unfinished draft, opened (here on the command line,
// --edit included), is offered first: resumed, its answers come back
// (cashOnlyYAML with 11 visits: concierge 9 × $220 = $1,980.00); opened as
// saved, the file's own figures (8 × $220 = $1,760.00) and the draft stays.
func TestResumeAFileDraft(t *testing.T) {
	dir, draft := desk(t)
	cash := filepath.Join(dir, "cash.yaml")
	// the draft, as a run before left it: what-ifs, then q
	m := sized(t, Options{File: cash, DraftPath: draft}, 80, 24)
	m, _ = run(t, m, m.Init()())
	m = press(t, m, "+")
	if _, end := run(t, m, keyMsg("q")); end != (tea.QuitMsg{}) {
		t.Fatalf("q ended with %#v", end)
	}
	slot, _ := interview.FileDraftPath(draft, cash)

	tm := teatest.NewTestModel(t, New(Options{File: "cash.yaml", DraftPath: draft}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "cash.yaml has an unfinished draft")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "Show the comparison")
	tm.Send(keyMsg("c"))
	waitFor(t, tm, "$1,980.00")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.wizard.draftPath != slot || final.wizard.draftFile != "cash.yaml" {
		t.Errorf("the resumed walk-through kept its draft in %q for %q, want %s", final.wizard.draftPath, final.wizard.draftFile, slot)
	}
	if s := dashOf(final).scenario; s.Care.Visits != 11 {
		t.Errorf("resumed %d visits, want 11", s.Care.Visits)
	}

	// opened as saved: the file, and the draft stays for next time
	for _, edit := range []bool{false, true} {
		m = sized(t, Options{File: cash, Edit: edit, DraftPath: draft}, 80, 24)
		m, _ = run(t, m, m.Init()())
		if m.state != stateStart || !strings.Contains(plain(m), "Open cash.yaml as it is saved") {
			t.Fatalf("edit %v: no offer:\n%s", edit, plain(m))
		}
		m = press(t, m, "down", "enter")
		want := map[bool]state{false: stateDashboard, true: stateWizard}[edit]
		if m.state != want || dashOf(m).scenario.Care.Visits != 10 {
			t.Errorf("edit %v, opened as saved: state %d, %d visits", edit, m.state, dashOf(m).scenario.Care.Visits)
		}
		if d, err := interview.LoadDraft(slot); err != nil || d == nil || d.Answers["care.visits"] != "11" {
			t.Errorf("edit %v: the draft did not stay: %+v, %v", edit, d, err)
		}
	}
	// esc on the offer: the start screen, nothing opened
	m = sized(t, Options{File: cash, DraftPath: draft}, 80, 24)
	m, _ = run(t, m, m.Init()())
	if m = press(t, m, "esc"); m.state != stateStart || startOf(m).mode != startMenu {
		t.Errorf("esc on the offer: state %d, mode %d", m.state, startOf(m).mode)
	}
}

// Two files keep two drafts: what-ifs on each, left with q, are kept each
// in its own draft file, neither replacing the other nor the draft of new
// answers; each is offered when its own file is opened. cash.yaml's 10
// visits + 1; whatif.yaml's 10 + 2.
func TestTwoFilesKeepTwoDrafts(t *testing.T) {
	dir, draft := desk(t)
	if err := interview.SaveDraft(draft, interview.Draft{Step: interview.StepCare, Answers: map[string]string{"care.visits": "30"}}); err != nil {
		t.Fatal(err)
	}
	leaveWith := func(file string, keys ...string) {
		t.Helper()
		m := sized(t, Options{File: file, DraftPath: draft}, 80, 24)
		m, _ = run(t, m, m.Init()())
		m = press(t, m, keys...)
		if _, end := run(t, m, keyMsg("q")); end != (tea.QuitMsg{}) {
			t.Fatalf("q ended with %#v", end)
		}
	}
	cash, whatif := filepath.Join(dir, "cash.yaml"), filepath.Join(dir, "whatif.yaml")
	leaveWith(cash, "+")
	leaveWith(whatif, "+", "+")
	for file, visits := range map[string]string{cash: "11", whatif: "12", "": "30"} {
		slot := draft
		if file != "" {
			slot, _ = interview.FileDraftPath(draft, file)
		}
		if d, err := interview.LoadDraft(slot); err != nil || d == nil || d.Answers["care.visits"] != visits {
			t.Errorf("the draft of %q: %+v, %v; want %s visits", file, d, err, visits)
		}
	}
	// from the start screen: both files marked, each offering its own
	m := started(t, draft, 80, 24)
	if v := flat(plain(m)); !strings.Contains(v, "2 files have an unfinished draft") || !strings.Contains(v, "Resume the unfinished draft") {
		t.Errorf("the menu does not offer the drafts:\n%s", plain(m))
	}
	m = press(t, m, "down", "down", "enter")
	if n := strings.Count(plain(m), "unfinished draft"); n != 2 {
		t.Errorf("%d files marked:\n%s", n, plain(m))
	}
	for i, want := range []string{"whatif.yaml", "cash.yaml"} {
		// each from a start screen of its own (a copy shares the screens)
		o := press(t, started(t, draft, 80, 24), "down", "down", "enter")
		o = press(t, o, append(strings.Fields(strings.Repeat("down ", i)), "enter")...)
		if !strings.Contains(plain(o), want+" has an unfinished draft") {
			t.Fatalf("line %d offers:\n%s", i+1, plain(o))
		}
		visits := map[string]string{"cash.yaml": "11", "whatif.yaml": "12"}[want]
		if got := startOf(o).offer.draft.Answers["care.visits"]; got != visits {
			t.Errorf("%s offers the draft of %s visits, want %s", want, got, visits)
		}
	}
}

// A draft.yaml from before drafts per file (one slot for everything, here
// what-ifs on cash.yaml) keeps working: offered on the menu, saying whose
// changes they are; resumed, it stays in draft.yaml, and w saving the
// answers removes it from there.
func TestOneDraftFromBeforeStillWorks(t *testing.T) {
	dir, draft := desk(t)
	cash := filepath.Join(dir, "cash.yaml")
	s, _ := parse(t, cash, cashOnlyYAML)
	s.Care.Visits = 11
	if err := interview.SaveDraft(draft, interview.DraftOf(s, nil, cash, "", deskNow)); err != nil {
		t.Fatal(err)
	}
	m := started(t, draft, 80, 24)
	if !strings.Contains(flat(plain(m)), "Resume the unfinished draft") || !strings.Contains(flat(plain(m)), "changes to cash.yaml") {
		t.Fatalf("the old draft is not offered:\n%s", plain(m))
	}
	m = press(t, m, "down", "down", "down", "down", "enter")
	if m.state != stateWizard || m.wizard.draftPath != draft || m.wizard.draftFile != "" {
		t.Fatalf("resumed: state %d, draft %q for %q", m.state, m.wizard.draftPath, m.wizard.draftFile)
	}
	m = press(t, m, "c")
	if m.state != stateDashboard || dashOf(m).scenario.Care.Visits != 11 {
		t.Fatalf("compared: state %d\n%s", m.state, plain(m))
	}
	m = press(t, m, "w")
	if m.state == stateDashboard && dashOf(m).prompt.active() {
		m = press(t, m, "y") // cashOnlyYAML has no comments, but the file may have changed: either way, yes
	}
	if _, err := os.Stat(draft); !os.IsNotExist(err) {
		t.Errorf("the old draft is still there after saving: %v\n%s", err, plain(m))
	}
	if slot, _ := interview.FileDraftPath(draft, cash); fileExists(slot) {
		t.Error("a draft of the file was written")
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// The recent files' marks and notes: a file gone says so and, chosen, says
// it cannot be opened, on the start screen; a list that is not one carecost
// wrote is ignored with a note, and replaced by the next file opened.
func TestRecentFilesGoneAndCorrupt(t *testing.T) {
	dir, draft := desk(t)
	gone := filepath.Join(dir, "gone.yaml")
	opens(t, draft, gone, deskNow)
	m := press(t, started(t, draft, 80, 24), "down", "down", "enter")
	if !strings.Contains(plain(m), "gone.yaml") || !strings.Contains(plain(m), "not found") {
		t.Fatalf("a file gone is not marked:\n%s", plain(m))
	}
	m = press(t, m, "enter")
	if m.state != stateStart || !strings.Contains(flat(plain(m)), "does not exist") {
		t.Errorf("a file gone, chosen: state %d\n%s", m.state, plain(m))
	}

	list := recent.FileName(draft)
	if err := os.WriteFile(list, []byte("\x1b]0;HACKED\a not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	m = press(t, started(t, draft, 80, 24), "down", "down", "enter")
	if v := flat(plain(m)); !strings.Contains(v, "could not be read") || !strings.Contains(v, "starts afresh") || strings.Contains(v, "gone.yaml") {
		t.Errorf("a corrupt list:\n%s", plain(m))
	}
	m = press(t, m, "/") // a path typed from the list
	m = typeText(t, m, strings.TrimPrefix(filepath.Join(dir, "cash.yaml"), "/"))
	m = press(t, m, "enter")
	if got, err := recent.Load(list); err != nil || len(got) != 1 || got[0].Path != filepath.Join(dir, "cash.yaml") {
		t.Errorf("after opening cash.yaml: %+v, %v", got, err)
	}
}

// A scenario saved under a new name (w on an example) is listed among the
// recent files, first.
func TestSavedFileIsRemembered(t *testing.T) {
	dir, draft := desk(t)
	m := sized(t, Options{DraftPath: draft}, 100, 30)
	m, _ = run(t, m, openExampleMsg{file: "tkr-ppo.yaml"})
	m = press(t, m, "w", "enter") // the name offered: tkr-ppo.yaml, here
	got, err := recent.Load(recent.FileName(draft))
	if err != nil || len(got) != 1 || got[0].Path != filepath.Join(dir, "tkr-ppo.yaml") || !got[0].Opened.Equal(deskNow) {
		t.Errorf("recent files after w: %+v, %v\n%s", got, err, plain(m))
	}
}

// The loading screen names the file being read (carecost FILE, r on the
// error screen): escaped too. A hostile name there once reached the
// terminal raw, retitling it for good, before the error screen (escaped)
// replaced the loading screen.
func TestLoadingNamesTheFileEscaped(t *testing.T) {
	dir, draft := desk(t)
	m := sized(t, Options{File: hostileName, DraftPath: draft}, 80, 24)
	if v := m.View(); m.state != stateLoading || strings.ContainsAny(v, "\x1b\a") || !strings.Contains(v, `Opening t\x1b]0;HACKED\a.yaml`) {
		t.Errorf("state %d, view %q", m.state, v)
	}
	r, _ := m.Update(reloadMsg{path: filepath.Join(dir, hostileName)}) // the file not read yet
	if v := r.View(); strings.ContainsAny(v, "\x1b\a") || !strings.Contains(flat(v), `HACKED\a.yaml again`) {
		t.Errorf("after r: view %q", v)
	}
}

// Ten recent files in a short window (80×14): the list scrolls to keep the
// chosen file in sight, and browse and type a path stay on screen. The
// list found again (back from the picker, with the files the same) keeps
// the cursor on the same choice.
func TestRecentFilesScroll(t *testing.T) {
	dir, draft := desk(t)
	for i := range 10 {
		opens(t, draft, filepath.Join(dir, fmt.Sprintf("f%d.yaml", i)), deskNow.Add(time.Duration(i)*time.Minute))
	}
	m := press(t, started(t, draft, 80, 14), "down", "down", "enter")
	if v := plain(m); !strings.Contains(v, "▸ f9.yaml") || !strings.Contains(v, "Browse the files") || !strings.Contains(v, "Type a path") || strings.Contains(v, "f0.yaml") {
		t.Fatalf("the top of the list:\n%s", v)
	}
	m = press(t, m, "end", "down", "down", "down", "down", "down", "down", "down", "down", "down")
	if v := plain(m); !strings.Contains(v, "▸ f0.yaml") || strings.Contains(v, "f9.yaml") || !strings.Contains(v, "Type a path") {
		t.Errorf("the oldest chosen:\n%s", v)
	}
}

// The list found again with one file more (a file with problems opened
// from the picker, esc on the error screen, esc on the picker) keeps the
// cursor on "Browse", where it was, not on the file that moved there.
func TestRecentFilesFoundAgainKeepTheCursor(t *testing.T) {
	dir, draft := desk(t)
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("version: 1\nname: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	opens(t, draft, filepath.Join(dir, "cash.yaml"), deskNow, filepath.Join(dir, "whatif.yaml"), deskNow)
	m := press(t, started(t, draft, 80, 24), "down", "down", "enter", "down", "down", "enter") // browse
	m = press(t, m, "down", "down", "enter")                                                   // ../, archive/, bad.yaml
	if m.state != stateError {
		t.Fatalf("bad.yaml: state %d\n%s", m.state, plain(m))
	}
	m = press(t, m, "esc", "esc")
	if v := plain(m); !strings.Contains(v, "bad.yaml") || !strings.Contains(v, "▸ Browse the files") {
		t.Errorf("back on the list:\n%s", v)
	}
}

// sendKeys sends keys to the running program one by one.
func sendKeys(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

// A folder typed as the path opens the picker in it, rather than refusing
// it as "a directory, not a scenario file".
func TestTypedFolderOpensThePicker(t *testing.T) {
	dir, draft := desk(t)
	m := press(t, started(t, draft, 80, 24), "down", "down", "enter", "/")
	m = typeText(t, m, strings.TrimPrefix(filepath.Join(dir, "archive"), "/"))
	m = press(t, m, "enter")
	if startOf(m).mode != startBrowse || startOf(m).picker.dir != filepath.Join(dir, "archive") {
		t.Errorf("a folder typed: mode %d in %q\n%s", startOf(m).mode, startOf(m).picker.dir, plain(m))
	}
	if strings.Contains(plain(m), "not a scenario file") {
		t.Errorf("the folder refused:\n%s", plain(m))
	}
}

// Enter on a typed path looks at the path in a command, not in Update: a
// folder made after enter and before the command runs is still found to be
// a folder (Update looking at it itself would have asked to open it as a
// file, and been told "not a scenario file").
func TestTypedPathIsLookedAtInACommand(t *testing.T) {
	dir, draft := desk(t)
	later := filepath.Join(dir, "made-later")
	m := press(t, started(t, draft, 80, 24), "down", "down", "enter", "/")
	m = typeText(t, m, strings.TrimPrefix(later, "/"))
	next, cmd := m.Update(keyMsg("enter"))
	m = next.(Model)
	if err := os.Mkdir(later, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, msg := range runCmd(cmd) {
		m, _ = run(t, m, msg)
	}
	if startOf(m).mode != startBrowse || startOf(m).picker.dir != later {
		t.Errorf("the folder made after enter: mode %d in %q\n%s", startOf(m).mode, startOf(m).picker.dir, plain(m))
	}
}
