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

// A scenario opened with --edit and saved over itself (Enter on the name
// offered): unchanged on disk and without comments of the user's, it is
// replaced without asking, as saving means; with comments the question says
// they go (as the dashboard's w asks) and only yes replaces it; changed on
// disk since it was read, it is asked about, comments and all.
func TestSaveOverOwnFile(t *testing.T) {
	const plain = "version: 1\nname: \"Knee #2\"\nplan:\n  type: none\ncare:\n  visits: 10\n  in_network: { charge: 100 }\n" +
		"  out_of_network: { cash_rate: 150 }\n  concierge: { fee: 200, visits: 8 }\n"
	hand := strings.Replace(plain, "{ charge: 100 }", "{ charge: 100 } # met by the surgery", 1)
	const (
		comments = "client.yaml has comments, which saving does not keep. Replace it?"
		changed  = "client.yaml changed on disk since it was read. Replace it?"
		changedC = "client.yaml changed on disk since it was read. It has comments, which saving does not keep. Replace it?"
	)
	for _, tt := range []struct {
		name, file string
		read       string // what the answers read ("" the file as it is)
		in         string // after s and Enter for the offered name (the file itself)
		ask        string // the question asked ("" none)
		replace    bool
	}{
		{"unchanged, no comments", plain, "", "\n", "", true},
		{"comments, yes", hand, "", "yes\n\n", comments, true},
		{"comments, Enter", hand, "", "\nother.yaml\n\n", comments, false},
		{"changed on disk, yes", plain, "version: 1\n", "yes\n\n", changed, true},
		{"changed on disk, Enter", plain, "version: 1\n", "\nother.yaml\n\n", changed, false},
		{"changed on disk, comments", hand, "version: 1\n", "\nother.yaml\n\n", changedC, false},
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
			read := tt.file
			if tt.read != "" {
				read = tt.read
			}
			var out strings.Builder
			o := interview.Options{Scenario: s, Path: file, FileSum: plans.ContentSum([]byte(read)), Step: interview.StepReview}
			if _, err := linemode.Run(strings.NewReader("s\n\n"+tt.in), &out, o); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			text := out.String()
			if asked := strings.Contains(text, "Replace it?"); asked != (tt.ask != "") || tt.ask != "" && !strings.Contains(text, tt.ask) {
				t.Errorf("asked %v, want %q:\n%s", asked, tt.ask, text)
			}
			data, _ := os.ReadFile(file)
			if replaced := string(data) != tt.file; replaced != tt.replace {
				t.Errorf("replaced: %v, want %v:\n%s", replaced, tt.replace, data)
			}
			if info, err := os.Stat(file); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("client.yaml: %v, %v; want mode 0600", info, err)
			}
			if tt.replace && !strings.Contains(text, "Saved to client.yaml") {
				t.Errorf("no 'Saved to client.yaml':\n%s", text)
			}
		})
	}
}
