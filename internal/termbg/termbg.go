// Package termbg settles, before Bubble Tea's init runs, whether carecost
// may ask the terminal for its background colour.
//
// Bubble Tea v1's init calls lipgloss.HasDarkBackground, which writes a
// query to the terminal and waits for the answer: up to termenv's 5-second
// timeout on a terminal that never answers (script(1), some editor, hook
// and CI terminals), and the query's bytes are left in the output. Only the
// full-screen program draws colours that depend on the background. For
// every other way carecost runs (estimate, compare, init, help, --version,
// --no-color, NO_COLOR, the line-by-line mode) this package gives Lip Gloss an answer
// first, so nothing is asked.
//
// It must be initialised before Bubble Tea. main imports it; it imports
// nothing Bubble Tea does not (Lip Gloss and the standard library); and Go
// initialises packages in import-path order as far as their imports allow,
// where github.com/carecost sorts before github.com/charmbracelet. .ci's
// real-terminal test checks the result on the built binary.
package termbg

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

func init() {
	if !MayAsk(os.Args[1:], os.Getenv) {
		// any answer will do: nothing drawn depends on it
		lipgloss.SetHasDarkBackground(true)
	}
}

// MayAsk reports whether carecost, run with args, may draw the full-screen
// program in colour, the only thing that needs the terminal's background:
// no subcommand (the first argument that is not a flag is not estimate,
// compare, init or help, nor a word that names no file, which carecost answers with
// "unknown command"), no --no-color, --accessible, --help or --version,
// and neither NO_COLOR nor TERM=dumb. The flags are carecost's own, all booleans, so a
// flag never takes the next argument as its value.
func MayAsk(args []string, getenv func(string) string) bool {
	if getenv("NO_COLOR") != "" || getenv("TERM") == "dumb" {
		return false
	}
	first := true // the next argument that is not a flag is the first one
	for _, a := range args {
		if a != "-" && strings.HasPrefix(a, "-") {
			if offFlag(a) {
				return false
			}
			continue
		}
		if first {
			switch a {
			case "estimate", "compare", "init", "help":
				return false
			}
			if Unknown(a) {
				return false
			}
			first = false
		}
	}
	return true
}

// Unknown reports whether arg, standing where a scenario file goes, is
// neither a file nor a path: a word with no dot or slash that names nothing
// in the working directory ("estimte", "report"). carecost takes it for a
// command mistyped, says so and stops, rather than open the program on a
// file that is not there (cli.go's notACommand).
func Unknown(arg string) bool {
	if arg == "" || arg == "-" || strings.ContainsAny(arg, "./"+string(filepath.Separator)) {
		return false
	}
	_, err := os.Lstat(arg)
	return errors.Is(err, fs.ErrNotExist)
}

// offFlag reports whether a is one of the flags under which no colour
// depends on the background: --no-color, --accessible, -h, --help or
// --version, set true ("-no-color", "--no-color", "--no-color=true"), as package flag
// reads them.
func offFlag(a string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	name, value, hasValue := strings.Cut(name, "=")
	switch name {
	case "no-color", "accessible", "h", "help", "version":
	default:
		return false
	}
	if !hasValue {
		return true
	}
	on, err := strconv.ParseBool(value)
	return err == nil && on
}
