package walkthrough

import (
	"slices"
	"strconv"
	"testing"

	"github.com/carecost/carecost/interview"
)

// The review's jump keys for any number of steps: a digit each, 1 to 9;
// steps past the ninth get none (↑/↓ and enter reach them). Built from
// "1234567", an eighth step sliced past its end and panicked.
func TestJumpKeysAnyNumberOfSteps(t *testing.T) {
	for _, tt := range []struct {
		steps int
		keys  []string
		help  string
	}{
		{1, []string{"1"}, "1"},
		{4, []string{"1", "2", "3", "4"}, "1–4"},
		{7, []string{"1", "2", "3", "4", "5", "6", "7"}, "1–7"},
		{8, []string{"1", "2", "3", "4", "5", "6", "7", "8"}, "1–8"},
		{9, []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1–9"},
		{12, []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1–9"},
	} {
		var s state
		s.review.entries = []reviewEntry{{compare: true}, {save: true}}
		for i := 1; i <= tt.steps; i++ {
			s.review.entries = append(s.review.entries, reviewEntry{step: interview.Step(i), number: i})
		}
		b := s.jumpKey()
		if got := b.Keys(); !slices.Equal(got, tt.keys) {
			t.Errorf("%d steps: keys %q, want %q", tt.steps, got, tt.keys)
		}
		if got := b.Help().Key; got != tt.help {
			t.Errorf("%d steps: help %q, want %q", tt.steps, got, tt.help)
		}
	}
	for n := range 40 { // never a panic, never a key of two characters
		for _, k := range jumpKeys(n).Keys() {
			if _, err := strconv.Atoi(k); err != nil || len(k) != 1 {
				t.Errorf("jumpKeys(%d) has key %q", n, k)
			}
		}
	}
}
