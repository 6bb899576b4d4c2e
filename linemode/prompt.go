// Package linemode is carecost's accessible, line-by-line mode: the start
// menu as a numbered list, and the walk-through's script (package
// interview) asked one line at a time on plain input and output, for a
// screen reader or a terminal that cannot draw screens (TERM=dumb,
// --accessible). It never starts the full-screen program, and links
// neither Bubble Tea nor huh: it prints each explanation, asks each
// question with its answer in brackets (Enter keeps it), asks again with
// what is allowed when an answer is not valid, and offers to change any
// step before returning the scenario.
package linemode

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/interview"
)

// ErrInputEnded: the input ended before the walk-through finished (no
// scenario is made from a partial set of answers).
var ErrInputEnded = errors.New("the input ended before the walk-through finished")

// StoppedError: a stop signal (SIGHUP, SIGTERM, SIGINT: Session.StopOn)
// ended the conversation. A walk-through kept its answers as the draft
// first.
type StoppedError struct{ Signal os.Signal }

func (e *StoppedError) Error() string { return "stopped by a signal: " + e.Signal.String() }

type prompter struct {
	in  *bufio.Reader
	out io.Writer
	err error // the first write error
	// w is the walk-through being asked (nil before one).
	w *interview.Walk
	o interview.Options
	// width is where println breaks long lines (lineWidth).
	width int
	// stop, when set, ends a wait for a line (StopOn); lines are then read
	// by reader, one at a time, so that the wait can end.
	stop  <-chan os.Signal
	lines chan lineRead
	// drafts counts the drafts kept by this walk-through.
	drafts int
	// recent is the list of recent files (recent.json beside the draft;
	// "" none: nothing is listed).
	recent string
}

// remember lists file, opened or saved, first among the recent files, as
// the full-screen program does; a list that cannot be written loses only
// a convenience.
func (p *prompter) remember(file string) {
	if p.recent != "" {
		_ = recent.Add(p.recent, file, time.Now())
	}
}

// lineRead is one line read, or the error that ended the input.
type lineRead struct {
	line string
	err  error
}

// Session is one line-by-line conversation: every question, menu and
// walk-through of it reads from the same buffered input, so no typed-ahead
// line is lost between them.
type Session struct {
	p *prompter
}

// NewSession starts a conversation on in and out.
func NewSession(in io.Reader, out io.Writer) *Session {
	return &Session{p: &prompter{in: bufio.NewReader(in), out: out, width: lineWidth}}
}

// Run asks the walk-through's questions on in and out, starting from
// o.Scenario (or o.Draft), at o.Step, and returns the scenario the answers
// make (through interview.Walk, as the full-screen walk-through does).
func Run(in io.Reader, out io.Writer, o interview.Options) (calc.Scenario, error) {
	return NewSession(in, out).Walk(o)
}

// Choose asks for one of choices by its number (or the start of its label)
// and returns its index; Enter alone picks the first.
func (s *Session) Choose(question string, choices []string) (int, error) {
	p := s.p
	p.println()
	p.println(question)
	for i, c := range choices {
		p.printf("  %d. %s\n", i+1, c)
	}
	short, _, _ := strings.Cut(choices[0], ":") // the label before its explanation
	for {
		line, err := p.ask("Choice [1, " + short + "]: ")
		if err != nil {
			return 0, err
		}
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" {
			return 0, nil
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(choices) {
			return n - 1, nil
		}
		if i := slices.IndexFunc(choices, func(c string) bool { return strings.HasPrefix(strings.ToLower(c), line) }); i >= 0 {
			return i, nil
		}
		p.println("Not valid: type a number from 1 to " + strconv.Itoa(len(choices)) + ".")
	}
}

// StopOn ends the conversation when a signal comes on stop: the question
// waiting for its line returns a *StoppedError at once, and a walk-through
// keeps its answers as the draft before it returns it. The answers stay
// with the one goroutine that asks, so nothing else touches them: a
// goroutine of the session's only reads lines.
func (s *Session) StopOn(stop <-chan os.Signal) { s.p.stop = stop }

// Ask asks one free-text question and returns the line typed.
func (s *Session) Ask(question string) (string, error) { return s.p.ask(question) }

// Say prints a line.
func (s *Session) Say(line string) { s.p.println(line) }

// lineWidth is where the line-by-line mode breaks long lines, between
// words: a terminal would otherwise cut a word in two at its edge.
const lineWidth = 79

// println and printf are where everything the line-by-line mode says
// goes out; what a terminal would act on in it (a file's name, an answer
// read back from a draft) is shown escaped (internal/termsafe).
func (p *prompter) println(a ...any) {
	if p.err == nil {
		_, p.err = io.WriteString(p.out, strings.Join(text.Wrap(termsafe.Lines(fmt.Sprintln(a...)), p.width), "\n"))
	}
}

func (p *prompter) printf(format string, a ...any) {
	if p.err == nil {
		_, p.err = io.WriteString(p.out, termsafe.Lines(fmt.Sprintf(format, a...)))
	}
}

// ask prints a question and reads one line (without its end).
func (p *prompter) ask(question string) (string, error) {
	p.printf("%s", question)
	if p.err != nil {
		return "", p.err
	}
	line, err := p.readLine()
	if err != nil && (line == "" || !errors.Is(err, io.EOF)) {
		if errors.Is(err, io.EOF) {
			p.println()
			return "", ErrInputEnded
		}
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// readLine reads one line; with StopOn, a signal ends the wait.
func (p *prompter) readLine() (string, error) {
	if p.stop == nil {
		return p.in.ReadString('\n')
	}
	if p.lines == nil {
		p.lines = make(chan lineRead)
		go readLines(p.in, p.lines)
	}
	select {
	case r, ok := <-p.lines:
		if !ok {
			return "", io.EOF
		}
		return r.line, r.err
	case sig := <-p.stop:
		return "", &StoppedError{Signal: sig}
	}
}

// readLines sends in's lines one at a time, then the error that ended
// them, and closes lines.
func readLines(in *bufio.Reader, lines chan<- lineRead) {
	defer close(lines)
	for {
		line, err := in.ReadString('\n')
		lines <- lineRead{line, err}
		if err != nil {
			return
		}
	}
}
