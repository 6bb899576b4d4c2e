package plans

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"

	"github.com/carecost/carecost/internal/termsafe"
)

// MaxScenarioSize is the most a scenario file may hold: 1 MiB. The largest
// example is under 2 KB and a scenario has fewer than a hundred fields, so
// anything near the bound is another file named by mistake (or one made to
// exhaust memory: /dev/zero would otherwise be read until memory ran out).
const MaxScenarioSize = 1 << 20

// sizeWords is MaxScenarioSize in words, for messages.
const sizeWords = "1 MiB (1,048,576 bytes)"

// ReadError says why a scenario could not be read, naming the file, what
// was wrong and what is allowed. It wraps the system's error where there is
// one, so errors.Is(err, fs.ErrNotExist) still tells a missing file.
type ReadError struct {
	File    string // as named; "standard input" for "-"
	Problem string // "is a directory, not a scenario file"
	Allowed string // what may be read instead; may be empty
	Err     error  // the system's error, or nil
}

// Error names the file escaped (internal/termsafe): a name can hold
// anything, ESC included.
func (e *ReadError) Error() string {
	s := termsafe.Text(e.File) + ": " + e.Problem
	if e.Allowed != "" {
		s += "; " + e.Allowed
	}
	return s
}

func (e *ReadError) Unwrap() error { return e.Err }

// allowedSource is what carecost reads a scenario from.
const allowedSource = "a scenario is read from a regular file of at most " + sizeWords + ", or from standard input (-)"

// ReadScenarioFile reads a scenario: the file name, or stdin when name is
// "-". Every way carecost reads a scenario goes through here, so each has
// the same bound: more than MaxScenarioSize bytes, or a path that is not a
// regular file (a directory, a device such as /dev/zero, a named pipe that
// might never be written to), is refused at once with a *ReadError, before
// anything is read from it. Standard input is read through the same limit.
func ReadScenarioFile(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		if stdin == nil {
			// the program's own input (keys, answers) is standard input then
			return nil, &ReadError{File: fileLabel(name), Problem: "is not read as a scenario here: it is where your keys or answers come from",
				Allowed: "name the scenario file, or use carecost estimate -"}
		}
		return readLimited(fileLabel(name), stdin)
	}
	// Stat first: opening a named pipe waits for a writer, which may never come.
	info, err := os.Stat(name)
	if err != nil {
		return nil, openError(name, err)
	}
	if e := checkFileInfo(name, info); e != nil {
		return nil, e
	}
	// Non-blocking, in case the name became a named pipe since the Stat:
	// the open returns at once and the check below refuses it.
	f, err := os.OpenFile(name, os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, openError(name, err)
	}
	if e := checkFileInfo(name, info); e != nil {
		return nil, e
	}
	return readLimited(name, f)
}

// checkFileInfo refuses what is not a regular file of at most
// MaxScenarioSize bytes.
func checkFileInfo(name string, info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsRegular():
		if info.Size() > MaxScenarioSize {
			return tooLarge(name, info.Size())
		}
		return nil
	case m.IsDir():
		return &ReadError{File: name, Problem: "is a directory, not a scenario file", Allowed: allowedSource}
	case m&fs.ModeNamedPipe != 0:
		return &ReadError{File: name, Problem: "is a named pipe, not a regular file",
			Allowed: "a scenario is read from a regular file of at most " + sizeWords + ", or from standard input: for a pipe, name - and redirect the pipe to it"}
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return &ReadError{File: name, Problem: "is a device, not a regular file", Allowed: allowedSource}
	case m&fs.ModeSocket != 0:
		return &ReadError{File: name, Problem: "is a socket, not a regular file", Allowed: allowedSource}
	}
	return &ReadError{File: name, Problem: "is not a regular file", Allowed: allowedSource}
}

func tooLarge(name string, size int64) error {
	problem := "is larger than a scenario file may be"
	if size > 0 {
		problem = "is " + groupThousands(size) + " bytes, larger than a scenario file may be"
	}
	return &ReadError{File: name, Problem: problem, Allowed: "at most " + sizeWords + ": is it the right file?"}
}

// readLimited reads r to its end, refusing more than MaxScenarioSize bytes
// (a file that grew since it was checked, or standard input).
func readLimited(label string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxScenarioSize+1))
	if err != nil {
		return nil, &ReadError{File: label, Problem: "could not be read: " + systemWords(err), Err: err}
	}
	if len(data) > MaxScenarioSize {
		if label == fileLabel("-") {
			return nil, &ReadError{File: label, Problem: "holds more than a scenario may", Allowed: "at most " + sizeWords}
		}
		return nil, tooLarge(label, 0)
	}
	return data, nil
}

// openError says why a file could not be opened.
func openError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &ReadError{File: name, Problem: "does not exist", Allowed: "check the name and the folder it is in", Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &ReadError{File: name, Problem: "you are not allowed to read it (permission denied)", Err: err}
	}
	return &ReadError{File: name, Problem: "could not be opened: " + systemWords(err), Err: err}
}

// systemWords is a system error without the operation and path that
// *fs.PathError puts in front (the message names the file already).
func systemWords(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// groupThousands writes n with commas: 1048577 → "1,048,577".
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return neg + s
}
