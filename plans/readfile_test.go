//go:build unix

package plans

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// readWithin runs ReadScenarioFile and fails the test if it has not
// returned by the deadline: a read that blocks (a named pipe nobody writes
// to) or runs until memory is gone (/dev/zero) never returns at all, so a
// generous deadline tells it apart without timing anything.
func readWithin(t *testing.T, name string) ([]byte, error) {
	t.Helper()
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := ReadScenarioFile(name, nil)
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("ReadScenarioFile(%s) has not returned: it blocks or reads without end", name)
		return nil, nil
	}
}

// wantReadError checks that err is a *ReadError naming the file whose
// message contains every one of want.
func wantReadError(t *testing.T, err error, file string, want ...string) {
	t.Helper()
	var re *ReadError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v (%T), want a *ReadError", err, err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, file+": ") {
		t.Errorf("%q does not start with the file's name %q", msg, file)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("%q lacks %q", msg, w)
		}
	}
}

func TestReadScenarioFileBounds(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Repeat([]byte("#"), size), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("exactly 1 MiB", func(t *testing.T) {
		// 1,048,576 bytes are read whole
		data, err := readWithin(t, write("exact.yaml", 1<<20))
		if err != nil || len(data) != 1<<20 {
			t.Errorf("%d bytes, %v", len(data), err)
		}
	})
	t.Run("1 MiB and a byte", func(t *testing.T) {
		over := write("over.yaml", 1<<20+1)
		data, err := readWithin(t, over)
		if data != nil {
			t.Errorf("read %d bytes", len(data))
		}
		wantReadError(t, err, over, "1,048,577 bytes", "at most 1 MiB (1,048,576 bytes)")
	})
	t.Run("directory", func(t *testing.T) {
		_, err := readWithin(t, dir)
		wantReadError(t, err, dir, "is a directory", "a regular file of at most 1 MiB", "standard input (-)")
	})
	t.Run("dev zero", func(t *testing.T) {
		// a device that never ends
		_, err := readWithin(t, "/dev/zero")
		wantReadError(t, err, "/dev/zero", "is a device, not a regular file", "at most 1 MiB")
	})
	t.Run("named pipe", func(t *testing.T) {
		// nobody writes to it: opening it for reading would wait for a
		// writer forever
		fifo := filepath.Join(dir, "pipe.yaml")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := readWithin(t, fifo)
		wantReadError(t, err, fifo, "is a named pipe", "at most 1 MiB", "name - and redirect the pipe")
	})
	t.Run("missing", func(t *testing.T) {
		// still fs.ErrNotExist (the program's error screen offers to try
		// again then), in words
		missing := filepath.Join(dir, "nope.yaml")
		_, err := readWithin(t, missing)
		wantReadError(t, err, missing, "nope.yaml: does not exist; check the name")
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%v is not fs.ErrNotExist", err)
		}
	})
}

// zeros is an endless standard input.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestReadScenarioFileStandardInput(t *testing.T) {
	data, err := ReadScenarioFile("-", strings.NewReader("version: 1\n"))
	if err != nil || string(data) != "version: 1\n" {
		t.Errorf("- = %q, %v", data, err)
	}
	data, err = ReadScenarioFile("-", bytes.NewReader(make([]byte, 1<<20)))
	if err != nil || len(data) != 1<<20 {
		t.Errorf("1 MiB on standard input: %d bytes, %v", len(data), err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadScenarioFile("-", zeros{})
		done <- err
	}()
	select {
	case err := <-done:
		wantReadError(t, err, "standard input", "more than a scenario may", "at most 1 MiB")
	case <-time.After(10 * time.Second):
		t.Fatal("an endless standard input is read without end")
	}
}
