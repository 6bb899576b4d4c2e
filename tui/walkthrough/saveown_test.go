package walkthrough

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// Saving from the review to the answers' own file (opened from, or saved to
// before), unchanged on disk since and without comments of the user's,
// replaces it without asking "Replace it?": replacing its own file is what
// saving means. Comments, or a change on disk, are still asked about.
func TestReviewSaveOverOwnFile(t *testing.T) {
	written, err := plans.Marshal(plans.DemoScenario())
	if err != nil {
		t.Fatal(err)
	}
	hand := append([]byte("# met by the surgery\n"), written...)
	for _, tt := range []struct {
		name       string
		file, read []byte // on disk, and as the answers read it
		ask        string // the question ("" none)
	}{
		{"unchanged", written, written, ""},
		{"comments", hand, hand, "knee.yaml has comments, which saving does not keep. Replace it?"},
		{"changed on disk", written, []byte("version: 1\n"), "knee.yaml changed on disk since it was read. Replace it?"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			target := filepath.Join(t.TempDir(), "knee.yaml")
			if err := os.WriteFile(target, tt.file, 0o600); err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, interview.Options{Scenario: plans.DemoScenario(), Path: target, FileSum: plans.ContentSum(tt.read)})
			d.enterToReview()
			d.press("s")
			d.press("enter")                                 // the name offered: the file itself
			v := strings.Join(strings.Fields(d.view()), " ") // however it wraps
			if asked := strings.Contains(v, "Replace it?"); asked != (tt.ask != "") || tt.ask != "" && !strings.Contains(v, tt.ask) {
				t.Fatalf("asked %v, want %q:\n%s", asked, tt.ask, d.view())
			}
			if tt.ask != "" {
				if data, _ := os.ReadFile(target); string(data) != string(tt.file) {
					t.Fatalf("replaced before yes: %q", data)
				}
				d.press("y")
			}
			d.wantView(t, "Saved to ")
			data, err := os.ReadFile(target)
			if err != nil || string(data) != string(written) {
				t.Errorf("the file after the save: %q, %v; want the demo as Marshal writes it", data, err)
			}
			if info, err := os.Stat(target); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("mode: %v, %v; want 0600", info, err)
			}
		})
	}
}

// Saved once to a new file, the answers belong to it: saving again there
// replaces it without asking, while it is as written; changed on disk since,
// it is asked about.
func TestReviewSaveAgainToSavedFile(t *testing.T) {
	target := filepath.Join(t.TempDir(), "knee.yaml")
	d := newDriver(t, interview.Options{Scenario: plans.DemoScenario()})
	d.enterToReview()
	d.press("s")
	d.typeText(target)
	d.press("enter")
	d.wantView(t, "Saved to ")
	d.press("s")
	d.press("enter") // offered: the file just saved to
	if v := strings.Join(strings.Fields(d.view()), " "); strings.Contains(v, "Replace it?") || !strings.Contains(v, "Saved to ") {
		t.Fatalf("saving again to its own file asked, or did not save:\n%s", d.view())
	}
	if err := os.WriteFile(target, []byte("edited elsewhere\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.press("s")
	d.press("enter")
	if v := strings.Join(strings.Fields(d.view()), " "); !strings.Contains(v, "knee.yaml changed on disk since it was read. Replace it?") {
		t.Fatalf("a file changed on disk was not asked about:\n%s", d.view())
	}
	d.press("n")
	if data, _ := os.ReadFile(target); string(data) != "edited elsewhere\n" {
		t.Errorf("n replaced the file: %q", data)
	}
}
