package linemode

import (
	"bufio"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// The whole line-by-line transcript, as a screen reader hears it, at the
// width of an 80-column terminal: Enter through a preset (every question,
// and the short route, then "a" for every question). The golden files are
// testdata/TestTranscriptGolden/*.golden; after a deliberate change of
// wording, `go test ./linemode -run TestTranscriptGolden -update` and read
// the diff.
func TestTranscriptGolden(t *testing.T) {
	for _, c := range []struct {
		name  string
		pt    calc.PlanType
		quick bool
		input string
	}{
		{"ppo", calc.PPO, false, enters(200)},
		{"medicare", calc.Medicare, false, enters(200)},
		{"no_plan", calc.NoPlan, false, enters(200)},
		{"ppo_quick", calc.PPO, true, enters(18) + "a\n" + enters(200)},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			// what is typed is echoed as a terminal does, so each answer
			// ends its prompt's line
			typed := &echo{r: iotest.OneByteReader(strings.NewReader(c.input)), w: &out}
			sess := &Session{p: &prompter{in: bufio.NewReader(typed), out: &out, width: 80}}
			if _, err := sess.Walk(interview.Options{Scenario: plans.Preset(c.pt), Quick: c.quick}); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			// the text said breaks at 80 columns; a question ends its
			// line with the answer typed, and the terminal wraps a long one
			for i, line := range strings.Split(out.String(), "\n") {
				if n := len([]rune(line)); n > 80 && !strings.Contains(line, ": ") {
					t.Errorf("line %d is %d characters wide: %q", i+1, n, line)
				}
			}
			golden.RequireEqual(t, []byte(out.String()))
		})
	}
}

// echo writes what is read from r to w as it is read.
type echo struct {
	r io.Reader
	w io.Writer
}

func (e *echo) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	e.w.Write(p[:n])
	return n, err
}
