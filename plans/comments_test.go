package plans

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const cashOnly = `version: 1
name: Cash only
plan:
  type: none
care:
  visits: 10
  in_network: { charge: 100 }
  out_of_network: { cash_rate: 150 }
  concierge: { fee: 200, travel_fee: 20, visits: 8 }
`

// Comments of the user's count; those Marshal writes itself do not, nor a
// "#" inside a value.
func TestHasUserComments(t *testing.T) {
	s, _, err := Parse("cash.yaml", []byte(cashOnly))
	if err != nil {
		t.Fatal(err)
	}
	written, err := Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		cashOnly:                  false,
		"# mine\n" + cashOnly:     true,
		cashOnly + "x: 1 # why\n": true,
		string(written):           false, // the comments Marshal writes itself
		"name: A#1\n" + cashOnly:  false,
	} {
		if got := HasUserComments([]byte(text), s); got != want {
			t.Errorf("HasUserComments(%q) = %v, want %v", text, got, want)
		}
	}
}

// The file a save would replace, as the line-by-line mode asks about it.
func TestFileHasUserComments(t *testing.T) {
	dir := t.TempDir()
	s, _, err := Parse("cash.yaml", []byte(cashOnly))
	if err != nil {
		t.Fatal(err)
	}
	written, err := Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		text string
		want bool
	}{
		"hand.yaml":    {strings.Replace(cashOnly, "visits: 10", "visits: 10 # met by the surgery", 1), true},
		"plain.yaml":   {cashOnly, false},
		"written.yaml": {string(written), false},
		"broken.yaml":  {"# notes\nnot: [a scenario\n", true}, // no scenario to tell Marshal's own from
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(c.text), 0o600); err != nil {
			t.Fatal(err)
		}
		if got := FileHasUserComments(path); got != c.want {
			t.Errorf("%s: FileHasUserComments = %v, want %v", name, got, c.want)
		}
	}
	if FileHasUserComments(filepath.Join(dir, "none.yaml")) {
		t.Error("a missing file has comments")
	}
}

// Only real YAML comments count: a "#" that starts a line (after spaces) or
// follows whitespace outside quotes. Each case is worked by hand from the
// YAML rules; the files that do not read as YAML go through scanComments,
// the others through the node tree, and both are checked.
func TestCommentsOnlyRealOnes(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
		yaml bool // reads as YAML (else only scanComments is checked)
	}{
		{`name: "Clinic #2"`, nil, true},
		{`name: 'Clinic #2'`, nil, true},
		{`name: 'it''s #2'`, nil, true},
		{`name: "say \"#2\" # x"`, nil, true},
		{"name: a#b", nil, true},
		{"name: Clinic#2 # real", []string{"real"}, true},
		{"# top", []string{"top"}, true},
		{"   # indented", []string{"indented"}, true},
		{"name: \"Clinic #2\" # after", []string{"after"}, true},
		{"name: x\t# tab before", []string{"tab before"}, true},
		{"name: don't # c", []string{"c"}, true},
		{"items: ['#1', \"#2\"] # list", []string{"list"}, true},
		{"#", []string{""}, false}, // an empty comment: the tree drops it, the scan keeps it
		{"not: [a \"#1\" # c", []string{"c"}, false},
		{"not: [a '#1' # c", []string{"c"}, false},
		{"not: [a#1", nil, false},
	} {
		if got := scanComments([]byte(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("scanComments(%q) = %q, want %q", c.text, got, c.want)
		}
		if !c.yaml {
			continue
		}
		if got := comments([]byte(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("comments(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// a whole file, with a block value only the tree knows holds no comment
	file := "# one\n\n# two\na: 1 # three\n# four\nb:\n  - '#' # five\n  # six\nc: |\n  # not one\n# seven\n"
	if got, want := comments([]byte(file)), []string{"one", "two", "three", "four", "five", "six", "seven"}; !slices.Equal(got, want) {
		t.Errorf("comments(%q) = %q, want %q", file, got, want)
	}
}

// A quoted "#" in a scenario is no comment: no warning that saving drops
// comments.
func TestHasUserCommentsQuotedHash(t *testing.T) {
	text := strings.Replace(cashOnly, "name: Cash only", `name: "Clinic #2"`, 1)
	s, _, err := Parse("cash.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if HasUserComments([]byte(text), s) {
		t.Errorf("HasUserComments says %q has comments", text)
	}
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, []byte(strings.Replace(text, "visits: 10", "visits: 10 # 'quoted' # twice", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if !FileHasUserComments(path) {
		t.Error("a real comment after a quoted # is not seen")
	}
}

// Whatever the bytes, finding comments never panics, and a "#" that starts
// the data is always one (the scan's and the tree's).
func FuzzComments(f *testing.F) {
	for _, s := range []string{cashOnly, `name: "a #b"`, "'#'\n#x", "a: |\n  # in a block\n", "\"\\", "'''#", "# x\n- [\"#\", '#'] # y"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = comments(data)
		if got := scanComments(append([]byte("#x\n"), data...)); len(got) == 0 || got[0] != "x" {
			t.Errorf("scanComments missed the first line's comment: %q", got)
		}
	})
}
