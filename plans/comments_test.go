package plans

import (
	"os"
	"path/filepath"
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
