package plans

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/carecost/carecost/calc"
)

// comments lists the comments of a YAML file, each line's text after its
// "#". A file that reads as YAML has them from its node tree, which is
// exact: a "#" inside a quoted or block value, or with no space before it
// (a#b), is part of the value. A file that does not read has no tree; its
// lines are scanned for a "#" that starts one or follows whitespace outside
// quotes (scanComments); so does one of comments alone, which the library
// reads as no document at all.
func comments(data []byte) []string {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || doc.Kind == 0 {
		return scanComments(data) // no tree: broken, or comments alone
	}
	var out []string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for _, line := range strings.Split(c, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					out = append(out, strings.TrimSpace(strings.TrimPrefix(line, "#")))
				}
			}
		}
		for _, k := range n.Content {
			walk(k)
		}
	}
	walk(&doc)
	return out
}

// scanComments finds the comments of a file the YAML library cannot read,
// line by line: a "#" at the start of a line or after whitespace, outside
// single or double quotes. A quoted value running over lines, or a block
// value, can be taken for holding one; that only asks once more before a
// broken file is replaced.
func scanComments(data []byte) []string {
	var out []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		var quote byte
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case quote == '"' && c == '\\':
				i++ // an escaped character, a quote among them
			case quote == '\'' && c == '\'' && i+1 < len(line) && line[i+1] == '\'':
				i++ // '' is a quote inside single quotes
			case quote != 0 && c == quote:
				quote = 0
			case quote != 0:
			case (c == '"' || c == '\'') && (i == 0 || bytes.IndexByte([]byte(" \t[{,"), line[i-1]) >= 0):
				quote = c // a quote opens a value only where one begins: don't is plain
			case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
				out = append(out, string(bytes.TrimSpace(line[i+1:])))
				i = len(line)
			}
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
// replacing it with a scenario would drop (DataHasUserComments): false when
// it cannot be read.
func FileHasUserComments(path string) bool {
	data, err := ReadScenarioFile(path, nil)
	if err != nil {
		return false
	}
	return DataHasUserComments(path, data)
}

// DataHasUserComments reports whether data, the contents of the file at
// path, has comments that replacing it with a scenario would drop
// (HasUserComments). A file that does not read as a scenario has none of
// Marshal's own, so any comment in it counts.
func DataHasUserComments(path string, data []byte) bool {
	s, _, err := Parse(path, data)
	if err != nil {
		return len(comments(data)) > 0
	}
	return HasUserComments(data, s)
}
