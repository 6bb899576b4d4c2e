package termbg

import "testing"

func TestMayAsk(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	xterm := env(map[string]string{"TERM": "xterm-256color"})
	for _, c := range []struct {
		args []string
		get  func(string) string
		want bool
	}{
		// the full-screen program, in colour: its adaptive colours need the answer
		{nil, xterm, true},
		{[]string{"client.yaml"}, xterm, true},
		{[]string{"--edit", "client.yaml"}, xterm, true},
		{[]string{"client.yaml", "estimate"}, xterm, true}, // a second argument is no subcommand
		{[]string{"--no-color=false"}, xterm, true},
		{[]string{"--no-colour"}, xterm, true}, // not a flag of carecost's: an error, not no colour
		// subcommands: no full-screen program
		{[]string{"estimate", "client.yaml"}, xterm, false},
		{[]string{"--no-color", "estimate", "-"}, xterm, false},
		{[]string{"init", "--plan", "hdhp", "-"}, xterm, false},
		{[]string{"help"}, xterm, false},
		// no colour, or the line-by-line mode
		{[]string{"-no-color"}, xterm, false},
		{[]string{"client.yaml", "--no-color"}, xterm, false},
		{[]string{"--no-color=true"}, xterm, false},
		{[]string{"--accessible"}, xterm, false},
		{[]string{"-h"}, xterm, false},
		{[]string{"--help"}, xterm, false},
		{[]string{"--version"}, xterm, false},
		// a word that is no file and no command: "unknown command", no program
		{[]string{"estimte"}, xterm, false},
		{[]string{"--edit", "report"}, xterm, false},
		{[]string{"termbg.go"}, xterm, true},    // a file: opened
		{[]string{"nothere.yaml"}, xterm, true}, // a path: its error screen offers to read it again
		{nil, env(map[string]string{"TERM": "xterm", "NO_COLOR": "1"}), false},
		{nil, env(map[string]string{"TERM": "dumb"}), false},
		// "-" is standard input, an argument, not a flag
		{[]string{"-", "estimate"}, xterm, true},
	} {
		if got := MayAsk(c.args, c.get); got != c.want {
			t.Errorf("MayAsk(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}
