// Package userpath reads a path the user typed as a shell would read its
// start: ~ is the home folder. The full-screen program's start screen and
// compare screen and the line-by-line mode read typed paths through it, so
// ~/clients/a.yaml names the same file in each, as the recent files' lists
// show it (recent.Folder).
package userpath

import (
	"os"
	"path/filepath"
	"strings"
)

// Expand reads a typed path starting with ~ as a shell does: ~ alone, or
// followed by a separator, is the home folder (~/clients/a.yaml). ~user is
// not read, nor a ~ further in; without a home folder the path stays as
// typed (then said as a file not found, under its own name).
func Expand(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") && !strings.HasPrefix(p, "~"+string(filepath.Separator)) {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, p[1:])
}
