package plans

import (
	"bytes"

	"github.com/carecost/carecost/calc"
)

// comments lists the comments of a YAML file: the text after each "#" that
// starts a line or follows a space. A "#" inside a quoted value can be
// taken for one; that only asks once more before saving.
func comments(data []byte) []string {
	var out []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		switch i := bytes.Index(t, []byte(" #")); {
		case bytes.HasPrefix(t, []byte("#")):
			out = append(out, string(bytes.TrimSpace(t[1:])))
		case i >= 0:
			out = append(out, string(bytes.TrimSpace(t[i+2:])))
		}
	}
	return out
}

// HasUserComments reports whether a scenario file (data, which reads as s)
// has comments that saving s would not write again (Marshal writes a few
// of its own). Every save asks before it replaces such a file: the
// dashboard's w, and the line-by-line mode through FileHasUserComments.
func HasUserComments(data []byte, s calc.Scenario) bool {
	own := map[string]bool{}
	if written, err := Marshal(s); err == nil {
		for _, c := range comments(written) {
			own[c] = true
		}
	}
	for _, c := range comments(data) {
		if !own[c] {
			return true
		}
	}
	return false
}

// FileHasUserComments reports whether the file at path has comments that
// replacing it with a scenario would drop (HasUserComments): false when it
// cannot be read. A file that does not read as a scenario has none of
// Marshal's own, so any comment in it counts.
func FileHasUserComments(path string) bool {
	data, err := ReadScenarioFile(path, nil)
	if err != nil {
		return false
	}
	s, _, err := Parse(path, data)
	if err != nil {
		return len(comments(data)) > 0
	}
	return HasUserComments(data, s)
}
