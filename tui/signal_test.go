package tui

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/carecost/carecost/interview"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// typingDeductible runs the program (teatest) on a new estimate and types
// 1777 for the in-network deductible (the short route's second question,
// after the plan type kept with Enter), leaving the focus on it: the answer
// is being typed, not yet committed. Then the program gets sig (a stop
// signal relayed by Run) and ends; typingDeductible returns the final
// model.
func typingDeductible(t *testing.T, draft string, sig os.Signal) Model {
	t.Helper()
	tm := teatest.NewTestModel(t, New(Options{DraftPath: draft}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Start a new estimate")
	tm.Send(keyMsg("down"))
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "What kind of health plan")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "What you pay in network")
	for range 5 { // $ 1500 emptied
		tm.Send(keyMsg("backspace"))
	}
	tm.Type("1777")
	waitFor(t, tm, "1777")
	tm.Send(signalMsg{sig: sig})
	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if !ok || final.state != stateWizard {
		t.Fatalf("the program ended off the walk-through")
	}
	return final
}

// A stop signal ends the program (the real loop) from the walk-through,
// the field being typed kept in the draft: the model quits at once, and
// finish (what Run does once the program has ended) keeps the answers and
// says where.
func TestSignalKeepsTheWalkThroughAnswers(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			draft := filepath.Join(t.TempDir(), "draft.yaml")
			m := typingDeductible(t, draft, sig)
			var out bytes.Buffer
			err := finish(m, nil, sig, &out)
			var se *SignalError
			if !errors.As(err, &se) || se.Signal != sig {
				t.Fatalf("finish returned %v, want a SignalError for %v", err, sig)
			}
			d, err := interview.LoadDraft(draft)
			if err != nil || d == nil {
				t.Fatalf("no draft after %v: %v", sig, err)
			}
			if got := d.Answers["plan.in_network.deductible"]; got != "1777" {
				t.Errorf("draft deductible %q, want 1777 (the field being typed)", got)
			}
			if d.Step != interview.StepInNetwork {
				t.Errorf("draft at %v, want the in-network step", d.Step)
			}
			note := out.String()
			if !strings.Contains(note, draft) || !strings.Contains(note, "Resume the unfinished draft") {
				t.Errorf("the note does not say where the answers are:\n%s", note)
			}
		})
	}
}

// The dashboard's what-ifs are kept on a signal as q keeps them.
// whatIfYAML has 10 visits; + makes every option 11.
func TestSignalKeepsTheWhatIfs(t *testing.T) {
	m, path := opened(t, "whatif.yaml", whatIfYAML, 100, 30)
	m = press(t, m, "+")
	m, end := run(t, m, signalMsg{sig: syscall.SIGHUP})
	if end != (tea.QuitMsg{}) {
		t.Fatalf("the signal ended with %#v, want a quit", end)
	}
	var out bytes.Buffer
	if err := finish(m, nil, syscall.SIGHUP, &out); err == nil {
		t.Fatal("finish after SIGHUP returned no error")
	}
	d, err := interview.LoadDraft(fileDraftPath(t, m, path))
	if err != nil || d == nil {
		t.Fatalf("no draft: %v", err)
	}
	if d.Step != interview.StepReview || d.Path != path || d.Answers["care.visits"] != "11" {
		t.Errorf("draft at %v for %q with %q visits, want the review for %q with 11", d.Step, d.Path, d.Answers["care.visits"], path)
	}
	if !strings.Contains(out.String(), "terminal was closed") || !strings.Contains(out.String(), "Your changes") {
		t.Errorf("note:\n%s", out.String())
	}
}

// A walk-through opened with e on the dashboard and left untouched keeps
// nothing of its own (an example's answers are not the user's): the
// dashboard's what-ifs behind it are kept. tkr-ppo.yaml has 17 visits; +
// makes 18.
func TestSignalBehindAnUntouchedWalkThrough(t *testing.T) {
	m := sized(t, Options{}, 100, 30)
	m, _ = run(t, m, openExampleMsg{file: "tkr-ppo.yaml"})
	m = press(t, m, "+", "e")
	if m.state != stateWizard {
		t.Fatalf("state %d after e, want the walk-through", m.state)
	}
	m, _ = run(t, m, signalMsg{sig: syscall.SIGTERM})
	if err := finish(m, nil, syscall.SIGTERM, &bytes.Buffer{}); err == nil {
		t.Fatal("no error")
	}
	d, err := interview.LoadDraft(m.opts.DraftPath)
	if err != nil || d == nil {
		t.Fatalf("no draft: %v", err)
	}
	if got := d.Answers["care.visits"]; got != "18" {
		t.Errorf("draft visits %q, want 18 (17 + the what-if)", got)
	}
}

// Nothing typed, nothing kept: an earlier draft stays as it was, and the
// note only says why carecost stopped.
func TestSignalWithNothingToKeep(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	earlier := []byte("version: 1\nstep: care\nanswers:\n  care.visits: \"30\"\n")
	if err := os.WriteFile(m.opts.DraftPath, earlier, 0o600); err != nil {
		t.Fatal(err)
	}
	m, _ = run(t, m, m.Init()())
	m, _ = run(t, m, signalMsg{sig: syscall.SIGTERM})
	var out bytes.Buffer
	if err := finish(m, nil, syscall.SIGTERM, &out); err == nil {
		t.Fatal("no error")
	}
	if got, _ := os.ReadFile(m.opts.DraftPath); !bytes.Equal(got, earlier) {
		t.Errorf("the earlier draft changed:\n%s", got)
	}
	if strings.TrimSpace(out.String()) != "carecost stopped: it was asked to end (SIGTERM)." {
		t.Errorf("note %q", out.String())
	}
}

// The terminal gone under the program (Bubble Tea's read fails before
// SIGHUP arrives, or with none at all): the answers are kept all the same,
// and the error stays Run's answer.
func TestTerminalLostKeepsTheAnswers(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	m := typingDeductible(t, draft, nil)
	lost := fmt.Errorf("%w: %w", tea.ErrProgramKilled, syscall.EIO)
	if err := finish(m, lost, nil, &bytes.Buffer{}); !errors.Is(err, syscall.EIO) {
		t.Fatalf("finish returned %v, want the read error", err)
	}
	d, err := interview.LoadDraft(draft)
	if err != nil || d == nil || d.Answers["plan.in_network.deductible"] != "1777" {
		t.Fatalf("draft %+v (%v), want the deductible typed, 1777", d, err)
	}
	// ctrl+c (the model kept the draft itself) and a panic are left alone
	if err := os.Remove(draft); err != nil {
		t.Fatal(err)
	}
	for _, end := range []error{tea.ErrInterrupted, fmt.Errorf("%w: %w", tea.ErrProgramKilled, tea.ErrProgramPanic)} {
		if got := finish(m, end, nil, &bytes.Buffer{}); got != end {
			t.Errorf("finish(%v) = %v", end, got)
		}
		if d, _ := interview.LoadDraft(draft); d != nil {
			t.Errorf("after %v finish wrote a draft", end)
		}
	}
}

// fakeProgram records what the relay asks of the program.
type fakeProgram struct {
	sent   chan tea.Msg
	killed chan struct{}
}

func (p *fakeProgram) Send(msg tea.Msg) { p.sent <- msg }
func (p *fakeProgram) Kill()            { p.killed <- struct{}{} }

// fakeClock hands the relay timers the test fires.
type fakeClock struct{ asked chan chan time.Time }

func (c *fakeClock) after(time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.asked <- ch
	return ch
}

func receive[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("the relay never %s", what)
	}
	var zero T
	return zero
}

func quiet[T any](t *testing.T, ch <-chan T, what string) {
	t.Helper()
	select {
	case <-ch:
		t.Fatalf("the relay %s", what)
	case <-time.After(50 * time.Millisecond):
	}
}

type relayRig struct {
	sigs    chan os.Signal
	ended   chan struct{}
	got     chan os.Signal
	p       *fakeProgram
	clock   *fakeClock
	gaveUp  chan os.Signal
	stopped chan struct{}
}

func startRelay() *relayRig {
	r := &relayRig{
		sigs: make(chan os.Signal, 2), ended: make(chan struct{}), got: make(chan os.Signal, 1),
		p:      &fakeProgram{sent: make(chan tea.Msg, 1), killed: make(chan struct{}, 4)},
		clock:  &fakeClock{asked: make(chan chan time.Time, 2)},
		gaveUp: make(chan os.Signal, 1), stopped: make(chan struct{}),
	}
	go func() {
		relay(r.sigs, r.p, r.ended, r.got, r.clock.after, func(sig os.Signal) { r.gaveUp <- sig })
		close(r.stopped)
	}()
	return r
}

// The relay hands a signal to Run and the model, and sees that the process
// ends even when the program does not: killed after the grace, given up on
// (abandon: the process ends) after the hard deadline.
func TestRelayDeadlines(t *testing.T) {
	r := startRelay()
	r.sigs <- syscall.SIGTERM
	if got := receive(t, r.got, "told Run of the signal"); got != syscall.SIGTERM {
		t.Errorf("Run told %v", got)
	}
	if msg := receive(t, r.p.sent, "sent the model the signal"); msg != (signalMsg{sig: syscall.SIGTERM}) {
		t.Errorf("sent %#v", msg)
	}
	grace := receive(t, r.clock.asked, "started the grace")
	quiet(t, r.p.killed, "killed the program before the grace was over")
	grace <- time.Now()
	receive(t, r.p.killed, "killed the program after the grace")
	hard := receive(t, r.clock.asked, "started the hard deadline")
	quiet(t, r.gaveUp, "gave up before the hard deadline")
	hard <- time.Now()
	if sig := receive(t, r.gaveUp, "gave up after the hard deadline"); sig != syscall.SIGTERM {
		t.Errorf("gave up with %v", sig)
	}
	receive(t, r.stopped, "returned")
}

// A program that ends in time is neither killed nor given up on; a second
// signal kills it at once (Run keeps the draft all the same).
func TestRelayEndsWithTheProgram(t *testing.T) {
	r := startRelay()
	r.sigs <- syscall.SIGHUP
	receive(t, r.p.sent, "sent the model the signal")
	grace := receive(t, r.clock.asked, "started the grace")
	r.sigs <- syscall.SIGHUP
	receive(t, r.p.killed, "killed the program on a second signal")
	close(r.ended)
	receive(t, r.stopped, "returned when the program ended")
	grace <- time.Now()
	quiet(t, r.gaveUp, "gave up on a program that had ended")

	r = startRelay() // no signal at all
	close(r.ended)
	receive(t, r.stopped, "returned when the program ended")
	quiet(t, r.p.sent, "sent something without a signal")
}
