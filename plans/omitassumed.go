package plans

import (
	"slices"

	"github.com/carecost/carecost/calc"
)

// MarshalFileOmitting is MarshalFile leaving out the assumed figures (field
// paths: the walk-through's Answers.Assumed, the dashboard's) that a file
// can leave out (OmittedAssumed): read back, they are the same figures and
// DefaultsAssumed marks them assumed again. The other assumed figures are
// written, as MarshalFile writes them.
func MarshalFileOmitting(path string, s calc.Scenario, assumed []string) ([]byte, error) {
	var skip map[string]bool
	for _, p := range OmittedAssumed(s, assumed) {
		if skip == nil {
			skip = map[string]bool{}
		}
		skip[p] = true
	}
	return marshalFile(path, s, skip)
}

// OmittedAssumed are the assumed figures of s that a saved file leaves out,
// in DefaultsAssumed's order: the typical defaults (typicalDefaults: the visit
// lengths and the days until money comes back) that hold their default, a
// constant that depends on no other field. Every other assumed figure is
// written: its absence reads back as another value (0, "same as the
// charge"), or is refused (a clinic's charge is required), or is not marked
// assumed again (a file's figures are the user's), and a saved file must
// give back the same estimate. docs/decisions.md says so.
func OmittedAssumed(s calc.Scenario, assumed []string) []string {
	var out []string
	for _, p := range typicalDefaults {
		f, ok := Field(p)
		if !ok || !slices.Contains(assumed, p) {
			continue
		}
		if _, written := FileText(f, &s); written && f.Get(&s) == f.absent(&s) {
			out = append(out, f.Path)
		}
	}
	return out
}
