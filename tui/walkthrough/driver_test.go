package walkthrough

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/tui/theme"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// driver runs the walk-through's Update the way Bubble Tea does, but
// synchronously: every command is run and its message fed back, so a test
// sees the screen after a key as the user would once things settle.
// Commands that do not return at once (a cursor's blink timer) are dropped.
type driver struct {
	t         testing.TB
	m         Model
	draftPath string
	out       []tea.Msg // messages for the parent: CompletedMsg, AbortedMsg, tea.InterruptMsg
}

func newDriver(t testing.TB, o interview.Options) *driver {
	t.Helper()
	if o.DraftPath == "" {
		o.DraftPath = filepath.Join(t.TempDir(), "draft.yaml")
	}
	d := &driver{t: t, m: New(Options{Options: o, Styles: theme.DefaultStyles()}), draftPath: o.DraftPath}
	d.m.SetSize(80, 22)
	d.run(d.m.Init())
	return d
}

// skippedCmd reports a command that only waits: a text cursor's blink
// timer (it sleeps half a second and changes nothing a test looks at).
func skippedCmd(cmd tea.Cmd) bool {
	f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
	return f != nil && strings.Contains(f.Name(), "cursor.(*Model).BlinkCmd")
}

// cmdTimeout catches a command that blocks: the test fails naming it.
const cmdTimeout = 5 * time.Second

func (d *driver) deliver(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			d.t.Fatal("the walk-through does not settle")
		}
		msg := queue[0]
		queue = queue[1:]
		switch msg.(type) {
		case CompletedMsg, AbortedMsg, tea.InterruptMsg:
			d.out = append(d.out, msg)
			continue
		}
		m, cmd := d.m.Update(msg)
		d.m = m
		queue = append(queue, runCmds(d.t, cmd)...)
	}
}

func (d *driver) run(cmd tea.Cmd) {
	for _, msg := range runCmds(d.t, cmd) {
		d.deliver(msg)
	}
}

// runCmds runs a command (batches and sequences opened, in order) and
// returns the messages that came back.
func runCmds(t testing.TB, cmd tea.Cmd) []tea.Msg {
	if cmd == nil || skippedCmd(cmd) {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(cmdTimeout):
		t.Fatalf("a command blocks: %s", runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name())
	}
	if msg == nil {
		return nil
	}
	// tea.BatchMsg and Bubble Tea's unexported sequence message are both
	// lists of commands
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out = append(out, runCmds(t, c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func keyMsg(k string) tea.Msg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys by name ("enter", "down", "s").
func (d *driver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.deliver(keyMsg(k))
	}
}

// typeText clears the focused answer and types text.
func (d *driver) typeText(text string) {
	d.t.Helper()
	d.press("ctrl+u")
	for _, r := range text {
		d.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

func (d *driver) view() string { return ansi.Strip(d.m.View()) }

// wholeView is the screen on a terminal wide and tall enough for all of it
// (the whole review, no line wrapped), then back at 80×22.
func (d *driver) wholeView() string {
	d.m.SetSize(300, 500)
	defer d.m.SetSize(80, 22)
	return d.view()
}

func (d *driver) step() interview.Step { return d.m.Step() }

// focusedKey is the key of the focused question ("" on the review).
func (d *driver) focusedKey() string { return d.m.Focused() }

// enterUntil presses Enter until the focused question is key, failing
// after limit presses.
func (d *driver) enterUntil(key string) {
	d.t.Helper()
	for range 80 {
		if d.focusedKey() == key {
			return
		}
		d.press("enter")
	}
	d.t.Fatalf("never reached %s; at step %v, %q\n%s", key, d.step(), d.focusedKey(), d.view())
}

// enterToReview presses Enter until the review shows.
func (d *driver) enterToReview() {
	d.t.Helper()
	for range 80 {
		if d.step() == interview.StepReview {
			return
		}
		d.press("enter")
	}
	d.t.Fatalf("never reached the review; at step %v, %q\n%s", d.step(), d.focusedKey(), d.view())
}

func (d *driver) completed() (CompletedMsg, bool) {
	for _, m := range d.out {
		if c, ok := m.(CompletedMsg); ok {
			return c, true
		}
	}
	return CompletedMsg{}, false
}

func (d *driver) aborted() bool {
	for _, m := range d.out {
		if _, ok := m.(AbortedMsg); ok {
			return true
		}
	}
	return false
}

func (d *driver) wantView(t *testing.T, parts ...string) {
	t.Helper()
	v := d.view()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			t.Errorf("the screen lacks %q:\n%s", p, v)
		}
	}
}

func (d *driver) wantNoView(t *testing.T, parts ...string) {
	t.Helper()
	v := d.view()
	for _, p := range parts {
		if strings.Contains(v, p) {
			t.Errorf("the screen shows %q:\n%s", p, v)
		}
	}
}

// saveAs saves the answers from the review to file and returns what was
// written, failing when nothing was.
func (d *driver) saveAs(file string) []byte {
	d.t.Helper()
	d.press("s")
	d.typeText(file)
	d.press("enter")
	data, err := os.ReadFile(file)
	if err != nil {
		d.t.Fatalf("not saved: %v\n%s", err, d.view())
	}
	return data
}

// answer is the answer to key as typed.
func (d *driver) answer(key string) string { return d.m.Answers().Text(key) }

func mustScenario(t *testing.T, a *interview.Answers) calc.Scenario {
	t.Helper()
	s, _, errs := a.Scenario()
	if len(errs) > 0 {
		t.Fatalf("the answers do not resolve: %v", errs)
	}
	return s
}

func ansiStrip(s string) string { return ansi.Strip(s) }

// Help that depends on the answers follows them: the in-network maximum
// may be left empty for Medicare, not for a PPO (huh works the help out in
// a command; the text is worked out on Update's goroutine, see helpCell).
func TestHelpFollowsTheAnswers(t *testing.T) {
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO)})
	d.enterUntil("plan.in_network.oop_max")
	if v := d.view(); !strings.Contains(v, "a PPO always has one") || strings.Contains(v, "leave it empty") {
		t.Fatalf("PPO's maximum help:\n%s", v)
	}
	for d.step() != interview.StepPlan {
		d.press("esc")
	}
	for d.focusedKey() != "plan.type" {
		d.press("shift+tab")
	}
	for range 10 {
		if d.m.Answers().Text("plan.type") == string(calc.Medicare) {
			break
		}
		d.press("down")
	}
	d.enterUntil("plan.in_network.oop_max")
	if v := d.view(); !strings.Contains(v, "leave it empty if there is none") {
		t.Fatalf("Medicare's maximum help:\n%s", v)
	}
}
