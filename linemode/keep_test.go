package linemode

import (
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// syncBuffer is output written by the walk-through's goroutine and read by
// the test's.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// typist is a walk-through running on a pipe the test types into, as a
// person at a terminal would, line by line.
type typist struct {
	t     *testing.T
	in    *io.PipeWriter
	out   *syncBuffer
	stop  chan os.Signal
	draft string
	done  chan struct{} // closed when Walk has returned err
	err   error
}

func startTypist(t *testing.T) *typist {
	r, w := io.Pipe()
	ty := &typist{t: t, in: w, out: &syncBuffer{}, stop: make(chan os.Signal, 1),
		draft: filepath.Join(t.TempDir(), "draft.yaml"), done: make(chan struct{})}
	sess := &Session{p: &prompter{in: bufio.NewReader(r), out: ty.out, width: 1 << 20}}
	sess.StopOn(ty.stop)
	go func() {
		_, ty.err = sess.Walk(interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: ty.draft})
		close(ty.done)
	}()
	t.Cleanup(func() {
		// the input ends; the walk-through keeps its draft and returns,
		// before the temporary directory goes
		w.Close()
		select {
		case <-ty.done:
		case <-time.After(5 * time.Second):
			t.Error("the walk-through did not end with its input")
		}
	})
	return ty
}

// line types a line, then waits until the walk-through asks its next
// question (the output ends with a prompt, ": ").
func (ty *typist) line(text string) {
	ty.t.Helper()
	before := len(ty.out.String())
	if _, err := io.WriteString(ty.in, text+"\n"); err != nil {
		ty.t.Fatal(err)
	}
	for range 500 {
		if o := ty.out.String(); len(o) > before && strings.HasSuffix(o, ": ") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	ty.t.Fatalf("no next question after %q:\n%s", text, ty.out.String())
}

func (ty *typist) waitQuestion() {
	ty.t.Helper()
	for range 500 {
		if strings.HasSuffix(ty.out.String(), ": ") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	ty.t.Fatalf("no question:\n%s", ty.out.String())
}

// The line-by-line draft follows every answer, not every step: the family
// plan is kept as soon as it is answered, while the walk-through waits for
// the next question of the step (a kill -9 there loses nothing given).
func TestDraftFollowsEveryAnswerLineByLine(t *testing.T) {
	ty := startTypist(t)
	ty.waitQuestion()
	ty.line("") // the plan type, kept: nothing new to keep
	if _, err := os.Stat(ty.draft); !os.IsNotExist(err) {
		t.Fatalf("a draft before anything was answered: %v", err)
	}
	ty.line("2") // a family plan
	d, err := interview.LoadDraft(ty.draft)
	if err != nil || d == nil {
		t.Fatalf("no draft after an answer: %v", err)
	}
	if d.Step != interview.StepPlan || d.Answers["plan.coverage"] != "family" {
		t.Errorf("draft at %v with coverage %q, want the plan step and family", d.Step, d.Answers["plan.coverage"])
	}
}

// A stop signal while the walk-through waits for a line ends it at once
// with a StoppedError, the answers kept as the draft, and says where.
func TestStopKeepsTheAnswers(t *testing.T) {
	ty := startTypist(t)
	ty.waitQuestion()
	ty.line("")
	ty.line("2")
	ty.line("45") // the monthly premium
	ty.stop <- syscall.SIGHUP
	select {
	case <-ty.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the walk-through did not end on the signal")
	}
	err := ty.err
	var stopped *StoppedError
	if !errors.As(err, &stopped) || stopped.Signal != syscall.SIGHUP {
		t.Fatalf("Walk returned %v, want a StoppedError for SIGHUP", err)
	}
	d, lerr := interview.LoadDraft(ty.draft)
	if lerr != nil || d == nil {
		t.Fatalf("no draft: %v", lerr)
	}
	if d.Answers["plan.coverage"] != "family" || d.Answers["plan.premium_monthly"] != "45" {
		t.Errorf("draft coverage %q, premium %q", d.Answers["plan.coverage"], d.Answers["plan.premium_monthly"])
	}
	if !strings.Contains(ty.out.String(), "Your answers are kept as an unfinished draft: "+ty.draft) {
		t.Errorf("the walk-through did not say where the answers are:\n%s", ty.out.String())
	}
}
