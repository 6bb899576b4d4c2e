//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/carecost/carecost/interview"
)

// A run a stop signal ended exits 128 + the signal's number, as a shell
// reports a process the signal killed.
func TestSignalStatus(t *testing.T) {
	for sig, want := range map[os.Signal]int{
		syscall.SIGHUP:  129, // 128 + 1
		syscall.SIGINT:  130, // 128 + 2, ctrl+c's status too
		syscall.SIGTERM: 143, // 128 + 15
		os.Interrupt:    130, // os.Interrupt is SIGINT
	} {
		if got := signalStatus(sig); got != want {
			t.Errorf("signalStatus(%v) = %d, want %d", sig, got, want)
		}
	}
	if got := signalStatus(nil); got != exitFailure {
		t.Errorf("signalStatus(nil) = %d", got)
	}
}

// lockedBuffer is output the line-by-line mode writes while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// SIGTERM to the line-by-line mode (a real signal, to this process: the
// mode catches it while it runs) keeps the answers given as the draft and
// exits 143. A new estimate (2), the plan type kept, step 1 done, a $1,800
// deductible.
func TestAccessibleSignalKeepsTheAnswers(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	r, w := io.Pipe()
	defer w.Close()
	var out, errOut lockedBuffer
	code := make(chan int, 1)
	go func() { code <- run([]string{"--accessible"}, r, &out, &errOut) }()
	waitOut := func(text string) {
		t.Helper()
		for range 500 {
			if strings.Contains(out.String(), text) {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Fatalf("the output never showed %q:\n%s", text, out.String())
	}
	waitOut("Choice [")
	io.WriteString(w, "2\n\n\n1800\n")
	waitOut("Deductible already met")
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-code:
		if c != 143 {
			t.Errorf("exit %d, want 143; standard error: %s", c, errOut.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the line-by-line mode did not end on SIGTERM")
	}
	d, err := interview.LoadDraft(filepath.Join(cfg, "carecost", "draft.yaml"))
	if err != nil || d == nil || d.Answers["plan.in_network.deductible"] != "1800" {
		t.Errorf("draft %+v, %v", d, err)
	}
}
