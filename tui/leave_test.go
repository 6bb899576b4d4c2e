package tui

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/tui/walkthrough"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// Leaving the dashboard with what-if changes in no file keeps them as the
// draft of the file they are changes to, q and ctrl+c alike, and says where
// after the screen is gone, and how to get them back; the draft of new
// answers is not touched. whatIfYAML has 10 visits; + makes every option
// 11.
func TestLeaveKeepsWhatIfsAsDraft(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		t.Run(k, func(t *testing.T) {
			m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
			m = press(t, m, "+")
			m, end := run(t, m, keyMsg(k))
			want := tea.Msg(tea.QuitMsg{})
			if k == "ctrl+c" {
				want = tea.InterruptMsg{}
			}
			if end != want {
				t.Fatalf("%s ended with %#v, want %#v", k, end, want)
			}
			slot := fileDraftPath(t, m, path)
			d, err := interview.LoadDraft(slot)
			if err != nil || d == nil {
				t.Fatalf("no draft of %s after %s: %v", path, k, err)
			}
			if d.Step != interview.StepReview || d.Path != path {
				t.Errorf("draft at %v for %q, want the review for %q", d.Step, d.Path, path)
			}
			if got := d.Answers["care.visits"]; got != "11" {
				t.Errorf("draft visits %q, want 11 (10 + the what-if)", got)
			}
			if _, err := os.Stat(m.opts.DraftPath); !os.IsNotExist(err) {
				t.Errorf("the draft of new answers was written: %v", err)
			}
			if !strings.Contains(m.quitNote, slot) || !strings.Contains(m.quitNote, "open "+path+" again") {
				t.Errorf("the note after leaving does not say where the changes are: %q", m.quitNote)
			}
		})
	}
}

// Nothing changed, nothing kept: q quits at once and an earlier draft stays
// as it was.
func TestLeaveWithoutChangesKeepsNoDraft(t *testing.T) {
	m, _ := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
	m = press(t, m, "+", "-") // back where the file is: not a change
	if dashOf(m).dirty() {
		t.Fatal("+ then - left the scenario changed")
	}
	m, end := run(t, m, keyMsg("q"))
	if end != (tea.QuitMsg{}) {
		t.Fatalf("q ended with %#v", end)
	}
	if _, err := os.Stat(m.opts.DraftPath); !os.IsNotExist(err) {
		t.Errorf("a draft was written with nothing to keep: %v", err)
	}
	if m.quitNote != "" {
		t.Errorf("note %q with nothing kept", m.quitNote)
	}
}

// From the ledger and the help screen q keeps the changes too.
func TestLeaveFromLedgerAndHelp(t *testing.T) {
	for _, k := range []string{"l", "?"} {
		m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
		m = press(t, m, "+", k)
		if m.state == stateDashboard {
			t.Fatalf("%s did not leave the dashboard", k)
		}
		m, end := run(t, m, keyMsg("q"))
		if end != (tea.QuitMsg{}) {
			t.Fatalf("q after %s ended with %#v", k, end)
		}
		if d, err := interview.LoadDraft(fileDraftPath(t, m, path)); err != nil || d == nil || d.Answers["care.visits"] != "11" {
			t.Errorf("q after %s kept no draft of 11 visits: %+v, %v", k, d, err)
		}
	}
}

// When the draft cannot be written, q does not quit: it says so, and a
// second q quits without the changes. ctrl+c leaves all the same, and the
// note says the changes were not kept.
func TestLeaveWhenTheDraftCannotBeWritten(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	draft := filepath.Join(blocker, "draft.yaml") // under a file: cannot be made
	open := func() Model {
		path := writeScenario(t, "whatif.yaml", whatIfYAML)
		m := sized(t, Options{File: path, DraftPath: draft}, 100, 30)
		m, _ = run(t, m, m.Init()())
		return press(t, m, "+")
	}

	m, end := run(t, open(), keyMsg("q"))
	if end != nil {
		t.Fatalf("q quit though the changes were not kept: %#v", end)
	}
	if m.state != stateDashboard || !strings.Contains(flat(plain(m)), "could not be kept as a draft") {
		t.Fatalf("nothing said:\n%s", plain(m))
	}
	if _, end = run(t, m, keyMsg("q")); end != (tea.QuitMsg{}) {
		t.Errorf("a second q ended with %#v, want quit", end)
	}

	m, end = run(t, open(), keyMsg("ctrl+c"))
	if end != (tea.InterruptMsg{}) {
		t.Fatalf("ctrl+c ended with %#v", end)
	}
	if !strings.Contains(m.quitNote, "could not be kept") {
		t.Errorf("note %q", m.quitNote)
	}
}

// ctrl+c in a walk-through opened from the dashboard keeps its answers as
// the file's draft, the dashboard's what-ifs among them (the walk-through
// starts from the scenario the dashboard shows).
func TestInterruptInEditKeepsWhatIfs(t *testing.T) {
	m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
	m = press(t, m, "+", "e")
	if m.state != stateWizard {
		t.Fatalf("e opened state %d", m.state)
	}
	_, cmd := m.Update(keyMsg("ctrl+c"))
	msgs := sequenced(t, cmd) // the draft is saved, then the interrupt
	if len(msgs) == 0 || msgs[len(msgs)-1] != (tea.InterruptMsg{}) {
		t.Fatalf("ctrl+c ended with %#v", msgs)
	}
	if d, err := interview.LoadDraft(fileDraftPath(t, m, path)); err != nil || d == nil || d.Answers["care.visits"] != "11" {
		t.Errorf("no draft of the 11 visits: %+v, %v", d, err)
	}
}

// sequenced runs a tea.Sequence's commands in order and returns their
// messages (the sequence's message type is unexported).
func sequenced(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	msg := cmd()
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for i := range v.Len() {
		if c := v.Index(i).Interface().(tea.Cmd); c != nil {
			out = append(out, c())
		}
	}
	return out
}

// The whole way round, in the running program: what-ifs, q, a new start
// offers the file's draft (opening the file from the recent files), and
// resuming it and comparing shows the same figures as before q. whatIfYAML with 11 visits, by hand:
//
//	in network: 11 × $20 coinsurance = $220; the policy pays $20 on visits
//	  1–5 → $120 out of pocket; + $120 premiums − 25 % of $120 from the
//	  HSA ($30) = $210.00.
//	concierge: 9 × $200 = $1,800 − 5 × $30 = $1,650; + $120 − 25 % of the
//	  $1,000 balance ($250) = $1,520.00.
func TestLeaveAndResumeShowTheSameFigures(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	path := writeScenario(t, "whatif.yaml", whatIfYAML)
	m := sized(t, Options{File: path, DraftPath: draft}, 100, 30)
	m, _ = run(t, m, m.Init()())
	m = press(t, m, "+")
	before := dashOf(m).result
	if in, con := before.Options[0].NetCost, before.Options[2].NetCost; in != 21000 || con != 152000 {
		t.Fatalf("before q: in network %v, concierge %v; want $210.00 and $1,520.00", in, con)
	}
	if _, end := run(t, m, keyMsg("q")); end != (tea.QuitMsg{}) {
		t.Fatalf("q ended with %#v", end)
	}

	tm := teatest.NewTestModel(t, New(Options{DraftPath: draft}), teatest.WithInitialTermSize(100, 30))
	resumeFileToComparison(t, tm, "whatif.yaml", "$1,520.00")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.state != stateDashboard {
		t.Fatalf("state %d after resuming", final.state)
	}
	for i, o := range dashOf(final).result.Options {
		if o.NetCost != before.Options[i].NetCost {
			t.Errorf("%s: %v after resuming, %v before q", o.ID, o.NetCost, before.Options[i].NetCost)
		}
	}
	if dashOf(final).scenario.Care.Visits != 11 {
		t.Errorf("resumed %d visits, want 11", dashOf(final).scenario.Care.Visits)
	}
}

// q or ctrl+c on the walk-through's help keeps the walk-through's answers
// as its draft, at its step, as ctrl+c in the walk-through itself does (the
// help screen is the program's, not the walk-through's).
func TestLeaveFromWalkThroughHelpKeepsItsDraft(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		t.Run(k, func(t *testing.T) {
			m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
			m = press(t, m, "+", "e", "?")
			if m.state != stateHelp || m.back != stateWizard {
				t.Fatalf("? in the walk-through: state %d, back %d", m.state, m.back)
			}
			_, cmd := m.Update(keyMsg(k))
			msgs := sequenced(t, cmd)
			want := tea.Msg(tea.QuitMsg{})
			if k == "ctrl+c" {
				want = tea.InterruptMsg{}
			}
			if len(msgs) == 0 || msgs[len(msgs)-1] != want {
				t.Fatalf("%s ended with %#v", k, msgs)
			}
			d, err := interview.LoadDraft(fileDraftPath(t, m, path))
			if err != nil || d == nil {
				t.Fatalf("no draft: %v", err)
			}
			if d.Step != interview.StepInNetwork || d.Answers["care.visits"] != "11" {
				t.Errorf("draft at %v with visits %q; want the walk-through's step 2 and the 11 visits", d.Step, d.Answers["care.visits"])
			}
		})
	}
}

// What-ifs kept as a draft of a file, resumed after the file was edited
// elsewhere: w asks before replacing it (the draft knows the file as it was
// read). Left alone, the file is replaced at once: nothing changed there.
func TestResumedDraftKnowsItsFile(t *testing.T) {
	for _, edited := range []bool{true, false} {
		t.Run(map[bool]string{true: "edited", false: "unchanged"}[edited], func(t *testing.T) {
			draft := filepath.Join(t.TempDir(), "draft.yaml")
			path := writeScenario(t, "whatif.yaml", whatIfYAML)
			m := sized(t, Options{File: path, DraftPath: draft}, 100, 30)
			m, _ = run(t, m, m.Init()())
			m = press(t, m, "+")
			if _, end := run(t, m, keyMsg("q")); end != (tea.QuitMsg{}) {
				t.Fatalf("q ended with %#v", end)
			}
			if d, err := interview.LoadDraft(fileDraftPath(t, m, path)); err != nil || d == nil || len(d.Sum) != 64 {
				t.Fatalf("the draft does not know its file: %+v, %v", d, err)
			}
			if edited {
				text := strings.Replace(whatIfYAML, "name: What if", "name: Edited elsewhere", 1)
				if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
					t.Fatal(err)
				}
			}

			tm := teatest.NewTestModel(t, New(Options{DraftPath: draft}), teatest.WithInitialTermSize(100, 30))
			resumeFileToComparison(t, tm, "whatif.yaml", "$1,520.00")
			tm.Send(keyMsg("w"))
			if edited {
				waitFor(t, tm, "changed on disk")
				tm.Send(keyMsg("n"))
			} else {
				waitFor(t, tm, "Saved")
			}
			tm.Send(keyMsg("q"))
			tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
			s, _ := parse(t, path, mustRead(t, path))
			switch {
			case edited && s.Name != "Edited elsewhere":
				t.Error("the edit made elsewhere was replaced")
			case !edited && s.Care.Visits != 11:
				t.Errorf("saved %d visits, want the 11 of the what-if", s.Care.Visits)
			}
		})
	}
}

// resumeFileToComparison opens the newest recent file, name, from the start
// screen ("Open a scenario file", the menu's third choice, then the first
// line), resumes the draft offered, and shows the comparison from its
// review, until want is drawn.
func resumeFileToComparison(t *testing.T, tm *teatest.TestModel, name, want string) {
	t.Helper()
	waitFor(t, tm, name+" has an unfinished draft.")
	sendKeys(tm, "down", "down", "enter")
	waitFor(t, tm, "unfinished draft")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "Resume the unfinished draft")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "show the comparison")
	tm.Send(keyMsg("c"))
	waitFor(t, tm, want)
}

// fileDraftPath is where m keeps the draft of the scenario file file.
func fileDraftPath(t testing.TB, m Model, file string) string {
	t.Helper()
	slot, err := interview.FileDraftPath(m.opts.DraftPath, file)
	if err != nil {
		t.Fatal(err)
	}
	return slot
}

// ctrl+c in the walk-through keeps the answers as the draft, and once the
// screen is gone says so and where, as leaving the dashboard's what-ifs
// and a signal do: a patient who typed a figure and pressed ctrl+c is not
// left with a bare prompt, wondering whether the answers are gone. For
// answers of a file (e on its dashboard) the note names the file's draft
// and the file to open again; for new answers, the start screen's resume.
func TestInterruptInWalkThroughSaysWhereTheDraftIs(t *testing.T) {
	t.Run("a file's", func(t *testing.T) {
		m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
		m = press(t, m, "e")
		if m.state != stateWizard {
			t.Fatalf("e opened state %d", m.state)
		}
		m = typeText(t, m, "1234")
		m, end := run(t, m, keyMsg("ctrl+c"))
		if end != (tea.InterruptMsg{}) {
			t.Fatalf("ctrl+c ended with %#v", end)
		}
		slot := fileDraftPath(t, m, path)
		if d, err := interview.LoadDraft(slot); err != nil || d == nil {
			t.Fatalf("no draft of %s: %v", path, err)
		}
		if !strings.Contains(m.quitNote, slot) || !strings.Contains(m.quitNote, "open "+path+" again") {
			t.Errorf("the note after ctrl+c does not say where the answers are: %q", m.quitNote)
		}
	})
	t.Run("new answers", func(t *testing.T) {
		m := sized(t, Options{DraftPath: filepath.Join(t.TempDir(), "draft.yaml")}, 80, 24)
		m, _ = run(t, m, startNewMsg{})
		if m.state != stateWizard {
			t.Fatalf("a new estimate opened state %d", m.state)
		}
		m = press(t, m, "enter") // the plan type kept: an answer given
		m, _ = run(t, m, keyMsg("ctrl+c"))
		if !strings.Contains(m.quitNote, m.opts.DraftPath) || !strings.Contains(m.quitNote, "Resume the unfinished draft") {
			t.Errorf("the note after ctrl+c does not say where the answers are: %q", m.quitNote)
		}
	})
}

// The note printed once the screen is gone, when the draft could not be
// written, quotes the error, which names files: it reaches the terminal
// escaped, as keptNote's paths do (internal/termsafe).
func TestDraftNotKeptNoteIsEscaped(t *testing.T) {
	bad := errors.New("open /tmp/\x1b]0;pwned\x07/draft.yaml: permission denied")
	m := sized(t, Options{}, 80, 24)
	for _, msg := range []tea.Msg{
		leftMsg{interrupt: true, err: bad},
		walkthrough.LeftMsg{Err: bad},
	} {
		next, _ := m.Update(msg)
		note := next.(Model).quitNote
		if !strings.Contains(note, "permission denied") || strings.ContainsAny(note, "\x1b\x07") {
			t.Errorf("%T: the note %q", msg, note)
		}
	}
}

// The same on a signal: the draft under a folder named with an escape
// cannot be made (its parent is a file), and the note names it escaped.
func TestSignalDraftNotKeptNoteIsEscaped(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "fi\x1b]0;pwned\x07le")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	path := writeScenario(t, "whatif.yaml", whatIfYAML)
	m := sized(t, Options{File: path, DraftPath: filepath.Join(blocker, "draft.yaml")}, 100, 30)
	m, _ = run(t, m, m.Init()())
	m = press(t, m, "+")
	note := m.keepDraft(syscall.SIGHUP)
	if !strings.Contains(note, "could not be kept as a draft") || strings.ContainsAny(note, "\x1b\x07") {
		t.Errorf("the note %q", note)
	}
}
