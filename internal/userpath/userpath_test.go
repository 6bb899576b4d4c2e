package userpath

import (
	"path/filepath"
	"testing"
)

func TestExpand(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, tt := range []struct{ in, want string }{
		{"~", home},
		{"~/", home},
		{"~/clients/a.yaml", filepath.Join(home, "clients", "a.yaml")},
		{"~//a.yaml", filepath.Join(home, "a.yaml")},
		{"~bob/a.yaml", "~bob/a.yaml"}, // another user's home is not read
		{"a/~/b.yaml", "a/~/b.yaml"},
		{"./~", "./~"},
		{"", ""},
		{"/abs/a.yaml", "/abs/a.yaml"},
	} {
		if got := Expand(tt.in); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	t.Setenv("HOME", "") // no home folder: as typed
	if got := Expand("~/a.yaml"); got != "~/a.yaml" {
		t.Errorf("without a home, Expand(~/a.yaml) = %q", got)
	}
}
