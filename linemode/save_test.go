package linemode_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/linemode"
	"github.com/carecost/carecost/plans"
)

// dirNames lists the names in dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}

// Saving from the review over an existing file: "yes" replaces it, says
// so once, writes no second file and goes on to the comparison; Enter
// (anything but yes) keeps the file and asks another name. Scripted
// through linemode.Run from the review, so the test does not depend on how
// many questions come before it.
func TestSaveReplacesOnlyOnYes(t *testing.T) {
	want := plans.Preset(calc.PPO)
	// every figure of the preset is assumed (nothing typed): the file
	// leaves out those a file may (the visit lengths, the wait for money
	// back), and opened again marks them assumed
	wantData, err := plans.MarshalFileOmitting("client.yaml", want, interview.NewAnswers(want).Assumed())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		answer  string // to "Replace it?"
		then    string // what follows, up to the comparison
		replace bool
	}{
		{"yes", "yes", "\n", true},
		{"y", "y", "\n", true},
		{"Enter keeps it", "", "other.yaml\n\n", false},
		{"no keeps it", "no", "other.yaml\n\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)          // the default name is offered in the working directory
			file := "client.yaml" // in dir: short enough that no line breaks it
			if err := os.WriteFile(file, []byte("keep me"), 0o600); err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			in := "s\n" + file + "\n" + tt.answer + "\n" + tt.then
			got, err := linemode.Run(strings.NewReader(in), &out, interview.Options{Scenario: want, Step: interview.StepReview})
			if err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			if got != want {
				t.Errorf("returned %+v, want the preset", got)
			}
			text := out.String()
			if strings.Contains(text, "Not saved") {
				t.Errorf("a save that worked says it did not:\n%s", text)
			}
			data, _ := os.ReadFile(file)
			wantFiles := []string{"client.yaml"}
			if tt.replace {
				if string(data) != string(wantData) {
					t.Errorf("client.yaml after yes:\n%s\nwant the preset", data)
				}
				// the PPO preset's 30-minute clinic visit, hour-long sessions
				// out of network and at home, 30 days until money comes back:
				// the file's defaults (30, 60, 60, 30)
				assumed := []string{"care.in_network.minutes", "care.out_of_network.minutes", "care.concierge.minutes", "care.out_of_network.reimbursement_days"}
				if got := plans.DefaultsAssumed(file, data); !slices.Equal(got, assumed) {
					t.Errorf("client.yaml opened again assumes %v, want %v", got, assumed)
				}
				if strings.Count(text, "Saved to ") != 1 || !strings.Contains(text, "Saved to "+file+" (readable by you alone).") {
					t.Errorf("want one 'Saved to %s':\n%s", file, text)
				}
			} else {
				if string(data) != "keep me" {
					t.Errorf("client.yaml replaced without yes: %q", data)
				}
				other, _ := os.ReadFile("other.yaml")
				if string(other) != string(wantData) || !strings.Contains(text, "Saved to other.yaml") {
					t.Errorf("other.yaml: %q\n%s", other, text)
				}
				wantFiles = append(wantFiles, "other.yaml")
			}
			if info, err := os.Stat(file); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("client.yaml: %v, %v; want mode 0600", info, err)
			}
			if names := dirNames(t, dir); !slices.Equal(names, wantFiles) {
				t.Errorf("files written: %v, want %v", names, wantFiles)
			}
		})
	}
}

// Everything the line-by-line mode says goes out with what a terminal would
// act on shown escaped, line breaks kept: a file's name, an answer read
// back from a draft.
func TestSayShowsControlCharactersEscaped(t *testing.T) {
	var out strings.Builder
	s := linemode.NewSession(strings.NewReader(""), &out)
	s.Say("Saved to t\x1b]0;HACKED\a.yaml\u202e\nnext line")
	if got, want := out.String(), "Saved to t\\x1b]0;HACKED\\a.yaml\\u202e\nnext line\n"; got != want {
		t.Errorf("said %q, want %q", got, want)
	}
}

// A hand-written scenario opened with --edit and saved over itself: the
// question before replacing it says its comments go (as the dashboard's w
// asks), and only yes replaces it. A file without comments of its own is
// asked about as existing, without the warning.
func TestSaveOverCommentsSaysSo(t *testing.T) {
	const hand = "version: 1\nname: Knee\nplan:\n  type: none\ncare:\n  visits: 10\n" +
		"  in_network: { charge: 100 } # met by the surgery\n" +
		"  out_of_network: { cash_rate: 150 }\n  concierge: { fee: 200, visits: 8 }\n"
	const warning = "client.yaml already exists. It has comments, which saving does not keep. Replace it?"
	for _, tt := range []struct {
		name, file, answer string
		warned, replace    bool
	}{
		{"comments, yes", hand, "yes\n", true, true},
		{"comments, Enter", hand, "\nother.yaml\n", true, false},
		{"no comments", "version: 1\nname: Knee\nplan:\n  type: none\ncare:\n  visits: 10\n  in_network: { charge: 100 }\n" +
			"  out_of_network: { cash_rate: 150 }\n  concierge: { fee: 200, visits: 8 }\n", "yes\n", false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			file := "client.yaml"
			if err := os.WriteFile(file, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			s, _, err := plans.Parse(file, []byte(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			// s, Enter for the offered name (the file itself), the answer,
			// then Enter for the comparison
			in := "s\n\n" + tt.answer + "\n"
			o := interview.Options{Scenario: s, Path: file, FileSum: plans.ContentSum([]byte(tt.file)), Step: interview.StepReview}
			if _, err := linemode.Run(strings.NewReader(in), &out, o); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			text := out.String()
			if got := strings.Contains(text, warning); got != tt.warned {
				t.Errorf("warned about comments: %v, want %v:\n%s", got, tt.warned, text)
			}
			if !strings.Contains(text, "client.yaml already exists.") {
				t.Errorf("not asked before replacing:\n%s", text)
			}
			data, _ := os.ReadFile(file)
			if replaced := string(data) != tt.file; replaced != tt.replace {
				t.Errorf("replaced: %v, want %v:\n%s", replaced, tt.replace, data)
			}
		})
	}
}
