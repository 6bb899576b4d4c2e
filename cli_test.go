package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termbg"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestNoTerminalPrintsTheDemo(t *testing.T) {
	code, out, _ := runCLI(t, "")
	if code != exitOK || !strings.Contains(out, "Knee replacement rehab (demo)") || !strings.Contains(out, "Lowest yearly cost") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

func TestEstimateFormats(t *testing.T) {
	file := "testdata/conformance/c00.json"
	code, out, errOut := runCLI(t, "", "estimate", "--format", "json", file)
	// c00's in-network net cost, from c00.expected.json.
	if code != exitOK || !strings.Contains(out, `"net_cost": 106.2`) {
		t.Fatalf("json: exit %d, %s\n%s", code, errOut, out)
	}
	code, out, _ = runCLI(t, "", "estimate", "--format", "markdown", file)
	if code != exitOK || !strings.HasPrefix(out, "# conformance 00") {
		t.Fatalf("markdown: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(file)
	code, out, _ = runCLI(t, string(data), "estimate", "-")
	if code != exitOK || !strings.Contains(out, "$106.20") {
		t.Fatalf("table from standard input: exit %d\n%s", code, out)
	}
}

func TestEstimateExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\nplan:\n  type: ppo\n  in_network: {deductible: 0.295}\n"), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		want string // in standard error
	}{
		{"bad scenario", []string{"estimate", bad}, exitBadScenario, "bad.yaml:4:16: plan.in_network.deductible: 0.295 has more than two decimals"},
		{"missing file", []string{"estimate", filepath.Join(dir, "nope.yaml")}, exitFailure, "nope.yaml"},
		{"unknown format", []string{"estimate", "--format", "xml", bad}, exitFailure, `--format "xml" is not one of table, json, markdown`},
		{"no file", []string{"estimate"}, exitFailure, "Usage: carecost estimate"},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) || out != "" {
			t.Errorf("%s: exit %d (want %d), stderr %q, stdout %q", tt.name, code, tt.code, errOut, out)
		}
	}
}

func TestInit(t *testing.T) {
	// Every plan type's starter scenario estimates.
	for _, p := range []string{"ppo", "hmo", "epo", "pos", "hdhp", "medicare", "medicare_advantage", "workers_comp", "auto_pip", "none"} {
		code, out, errOut := runCLI(t, "", "init", "--plan", p)
		if code != exitOK {
			t.Fatalf("init --plan %s: exit %d: %s", p, code, errOut)
		}
		if code, _, errOut = runCLI(t, out, "estimate", "-"); code != exitOK {
			t.Errorf("init --plan %s does not estimate: %s", p, errOut)
		}
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "client.yaml")
	if code, _, errOut := runCLI(t, "", "init", "--plan", "hdhp", file); code != exitOK {
		t.Fatalf("init to a file: %s", errOut)
	}
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("starter file mode %v, %v; want 0600", info.Mode(), err)
	}
	data, _ := os.ReadFile(file)
	if s, _, err := plans.Parse(file, data); err != nil || s.Plan.Type != "hdhp" {
		t.Fatalf("starter file: %v", err)
	}
	// Never silently overwrite.
	code, _, errOut := runCLI(t, "", "init", "--plan", "ppo", file)
	if code != exitFailure || !strings.Contains(errOut, "already exists; use --force") {
		t.Errorf("overwrite without --force: exit %d, %s", code, errOut)
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(after, data) {
		t.Errorf("the refused init changed the file")
	}
	if code, _, _ := runCLI(t, "", "init", "--plan", "ppo", "--force", file); code != exitOK {
		t.Errorf("--force refused")
	}
	if code, _, errOut := runCLI(t, "", "init", "--plan", "gold"); code != exitFailure || !strings.Contains(errOut, "allowed: ppo, hmo") {
		t.Errorf("unknown plan: exit %d, %s", code, errOut)
	}
}

// Flags may follow the file; - is standard output for init as it is
// standard input for estimate; a .json name is refused with the reason.
func TestArgumentsAsPeopleTypeThem(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.yaml")
	if code, _, errOut := runCLI(t, "", "init", file, "--plan", "medicare"); code != exitOK {
		t.Fatalf("init FILE --plan: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "init", file, "--force"); code != exitOK {
		t.Fatalf("init FILE --force: exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(file)
	if s, _, err := plans.Parse(file, data); err != nil || s.Plan.Type != "ppo" {
		t.Fatalf("after --force the file is %v, %v; want the ppo starter", s.Plan.Type, err)
	}
	code, out, _ := runCLI(t, "", "estimate", file, "--format", "json")
	if code != exitOK || !strings.HasPrefix(out, "{") {
		t.Errorf("estimate FILE --format json: exit %d, %.40q", code, out)
	}
	code, out, _ = runCLI(t, "", "init", "-", "--plan", "none")
	if code != exitOK || !strings.Contains(out, "plan:") {
		t.Errorf("init -: exit %d, %.40q", code, out)
	}
	if _, err := os.Stat("-"); err == nil {
		os.Remove("-")
		t.Errorf("init - wrote a file named -")
	}
	code, _, errOut := runCLI(t, "", "init", filepath.Join(dir, "b.json"))
	if code != exitFailure || !strings.Contains(errOut, "name it .yaml") {
		t.Errorf("init b.json: exit %d, %s", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "estimate")
	if code != exitFailure || !strings.Contains(errOut, "name a scenario file or folder") {
		t.Errorf("estimate without a file: exit %d, %s", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "init", "a.yaml", "b.yaml")
	if code != exitFailure || !strings.Contains(errOut, "one file at a time") {
		t.Errorf("init two files: exit %d, %s", code, errOut)
	}
}

func TestAccessibleWalksThroughLineByLine(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg) // the draft goes here, not to the user's
	t.Setenv("HOME", cfg)
	draft := filepath.Join(cfg, "carecost", "draft.yaml")
	// 2: a new estimate, on the short route (6 steps, the review
	// included); Enter keeps every default (the PPO preset); the
	// comparison follows. The preset by hand: deductible $1,500 met by
	// fifteen $100 visits, then 20 % of $100 = $20 for nine more:
	// 1,500 + 180 = $1,680.
	code, out, errOut := runCLI(t, "2\n"+strings.Repeat("\n", 200), "--accessible")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "1. Try the built-in demo") || !strings.Contains(out, "Step 1 of 6") ||
		!strings.Contains(out, "Lowest yearly cost: In-network clinic, $1,680.00.") {
		t.Fatalf("no start choices, walk-through or comparison:\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("escape codes in the accessible mode")
	}
	if _, err := os.Stat(draft); err == nil {
		t.Errorf("the draft is left after the comparison")
	}
	// Ended early (no more input) after step 2 (the plan type, step 1
	// done, five answers of step 2, which is done then): a clear error,
	// not a comparison; the draft kept at step 3, where the walk-through
	// goes on, mode 0600.
	code, _, errOut = runCLI(t, "2\n"+strings.Repeat("\n", 6)+"\n", "--accessible")
	if code != exitFailure || errOut == "" {
		t.Errorf("input ended mid-walk: exit %d, %q", code, errOut)
	}
	info, err := os.Stat(draft)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("no 0600 draft after step 1: %v %v", info, err)
	}
	// The next start offers to resume it (choice 5), at step 3.
	code, out, _ = runCLI(t, "5\n"+strings.Repeat("\n", 200), "--accessible")
	if code != exitOK || !strings.Contains(out, "5. Resume your unfinished estimate, at the step Visit limit") ||
		!strings.Contains(out, "Lowest yearly cost: In-network clinic, $1,680.00.") {
		t.Fatalf("resume: exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "Step 3 of 6") || strings.Contains(out, "Step 1 of 6: Your health plan\n\nWhat kind") {
		t.Errorf("resume did not start at step 3:\n%s", out)
	}
	// An answer typed (a $900 deductible) and saved nowhere: the
	// comparison, and the answers stay as the draft, at the review.
	code, out, _ = runCLI(t, "2\n\n\n900\n"+strings.Repeat("\n", 200), "--accessible")
	if code != exitOK || !strings.Contains(out, "kept as an unfinished draft") {
		t.Fatalf("typed answers: exit %d\n%s", code, out)
	}
	d, err := interview.LoadDraft(draft)
	if err != nil || d == nil || d.Step != interview.StepReview || d.Answers["plan.in_network.deductible"] != "900" {
		t.Errorf("draft after typed answers: %+v, %v", d, err)
	}
}

// carecost FILE in the accessible mode prints FILE's comparison; from the
// review a scenario can be saved (0600, never silently replacing a file).
func TestAccessibleFileAndSave(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	code, out, errOut := runCLI(t, "", "--accessible", "testdata/tui/cash-only.yaml")
	// by hand (testdata/tui/cash-only.yaml): 10 × $100 = $1,000 in network
	if code != exitOK || !strings.Contains(out, "Lowest yearly cost: In-network clinic, $1,000.00.") || strings.Contains(out, "Step 1") {
		t.Fatalf("FILE: exit %d %s\n%s", code, errOut, out)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "client.yaml")
	if err := os.WriteFile(file, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	// new estimate, Enter through to the review, s, the taken name, no to
	// replacing it, another name, then Enter for the comparison
	other := filepath.Join(dir, "client-2.yaml")
	input := "2\n" + strings.Repeat("\n", 60)
	code, out, errOut = runCLI(t, input, "--accessible")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The Enter presses that reach the review, counted on that first run:
	// every question asked before it (its answer in brackets; the start
	// choice is answered by the 2) and every "step N is done" line.
	before := out[:strings.Index(out, "Press Enter to show the comparison")]
	enters := strings.Count(before, "]: ") - 1 + strings.Count(before, "is done. Press Enter")
	input = "2\n" + strings.Repeat("\n", enters)
	input += "s\n" + file + "\n\n" + other + "\n\n"
	code, out, errOut = runCLI(t, input, "--accessible")
	if code != exitOK || !strings.Contains(out, "already exists. Replace it?") || !strings.Contains(out, "Saved to "+other) {
		t.Fatalf("save: exit %d %s\n%s", code, errOut, out)
	}
	if data, _ := os.ReadFile(file); string(data) != "keep me" {
		t.Errorf("the taken file was replaced: %q", data)
	}
	info, err := os.Stat(other)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("saved file: %v %v", info, err)
	}
	data, _ := os.ReadFile(other)
	if s, _, err := plans.Parse(other, data); err != nil || s != plans.Preset(calc.PPO) {
		t.Errorf("saved\n%s\nwant the PPO preset (%v)", data, err)
	}
	// nothing typed: the preset's visit lengths (30, 60, 60) and 30 days
	// until money comes back, the file's defaults, are left out and read
	// back assumed (docs/decisions.md, "Saving keeps what it can of the
	// assumed")
	assumed := []string{"care.in_network.minutes", "care.out_of_network.minutes", "care.concierge.minutes", "care.out_of_network.reimbursement_days"}
	if got := plans.DefaultsAssumed(other, data); !slices.Equal(got, assumed) {
		t.Errorf("saved file assumes %v, want %v", got, assumed)
	}
}

// --no-color is taken by estimate, before or after the subcommand; other
// options in front of a subcommand are refused with the reason.
func TestNoColorFlag(t *testing.T) {
	for _, args := range [][]string{
		{"estimate", "--no-color", "examples/tkr-ppo.yaml"},
		{"estimate", "examples/tkr-ppo.yaml", "--no-color"},
		{"--no-color", "estimate", "examples/tkr-ppo.yaml"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Lowest yearly cost") || strings.Contains(out, "\x1b") {
			t.Errorf("%v: exit %d, %s", args, code, errOut)
		}
	}
	code, _, errOut := runCLI(t, "", "--edit", "estimate", "examples/tkr-ppo.yaml")
	if code != exitFailure || !strings.Contains(errOut, `--edit goes after "estimate", or is not an option`) {
		t.Errorf("--edit estimate: exit %d, %s", code, errOut)
	}
	if code, out, _ := runCLI(t, "", "--no-color", "init", "--plan", "hmo"); code != exitOK || !strings.Contains(out, "type: hmo") {
		t.Errorf("--no-color init: exit %d", code)
	}
}

// Without a terminal, carecost - reads the scenario from standard input,
// as estimate - does (examples/tkr-ppo.yaml: in network $300.00, by hand in
// plans/examples_test.go).
func TestHeadlessReadsStandardInput(t *testing.T) {
	data, err := os.ReadFile("examples/tkr-ppo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, string(data), "-")
	if code != exitOK || !strings.Contains(out, "Lowest yearly cost: In-network clinic, $300.00.") {
		t.Errorf("exit %d %s\n%s", code, errOut, out)
	}
}

// The accessible mode shows a file's warnings as estimate does: a PPO
// written without an out_of_network section is warned about.
func TestAccessibleKeepsTheFileWarnings(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	file := filepath.Join(t.TempDir(), "ppo.yaml")
	text := "version: 1\nplan: {type: ppo, in_network: {deductible: 1000, coinsurance: 20, oop_max: 5000}}\n" +
		"care: {visits: 10, in_network: {charge: 150, allowed: 100}, out_of_network: {cash_rate: 150}, concierge: {fee: 200}}\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	_, want, _ := runCLI(t, "", "estimate", file)
	code, out, errOut := runCLI(t, "", "--accessible", file)
	if code != exitOK || !strings.Contains(want, "out_of_network section") ||
		!strings.Contains(strings.Join(strings.Fields(out), " "), "has no out_of_network section") {
		t.Errorf("exit %d %s\n%s\nestimate printed:\n%s", code, errOut, out, want)
	}
}

// Input that ends in the middle of a step keeps the answers given so far:
// a new estimate, plan type kept, a family plan (2), then the input ends.
func TestAccessibleKeepsAnswersWhenInputEnds(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	// a new estimate (2) takes the short route: the plan type kept, step 1
	// done, then a $900 deductible, and the input ends
	code, _, _ := runCLI(t, "2\n\n\n900\n", "--accessible")
	if code != exitFailure {
		t.Errorf("exit %d", code)
	}
	d, err := interview.LoadDraft(filepath.Join(cfg, "carecost", "draft.yaml"))
	if err != nil || d == nil || d.Step != interview.StepInNetwork || d.Answers["plan.in_network.deductible"] != "900" || !d.Quick {
		t.Errorf("draft %+v, %v", d, err)
	}
}

// No subcommand runs the full-screen program, so none may make carecost ask
// the terminal for its background (internal/termbg decides that before
// main runs, from the same arguments); a file name in the subcommand's
// place still may.
func TestSubcommandsAskTheTerminalNothing(t *testing.T) {
	xterm := func(k string) string {
		if k == "TERM" {
			return "xterm-256color"
		}
		return ""
	}
	for _, sub := range subcommands {
		for _, args := range [][]string{{sub}, {"--no-color", sub, "x.yaml"}, {sub, "--format", "json", "-"}} {
			if got, _, _, ok := subcommand(args); !ok || got != sub {
				t.Fatalf("subcommand(%q) = %q, %v", args, got, ok)
			}
			if termbg.MayAsk(args, xterm) {
				t.Errorf("carecost %s may ask the terminal for its background", strings.Join(args, " "))
			}
		}
	}
	if !termbg.MayAsk([]string{"client.yaml"}, xterm) {
		t.Error("the full-screen program on client.yaml may not ask: its colours would be guessed")
	}
}

// A figure far above what a real clinic has is estimated as written (the
// file stays valid, exit 0) with a warning to check it, in every format.
func TestEstimateWarnsOfUnusualFigures(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "typo.yaml")
	s := plans.Preset(calc.PPO)
	s.Care.InNetwork.Charge = 15017500 // 175 typed after a suggested 150
	data, err := plans.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, data, 0o600)
	for _, format := range []string{"table", "markdown", "json"} {
		code, out, errOut := runCLI(t, "", "estimate", "--format", format, file)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		if !strings.Contains(out, "The clinic's charge of $150,175.00 is unusually high") {
			t.Errorf("%s: no warning:\n%s", format, out)
		}
	}
}

// The demo is a demo in the line-by-line mode too: choice 1 prints its
// comparison at once (no question asked), and e walks through its answers.
func TestAccessibleDemoInOneChoice(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	code, out, errOut := runCLI(t, "1\n\n", "--accessible")
	if code != exitOK || !strings.Contains(out, "carecost: Knee replacement rehab (demo)") || !strings.Contains(out, "Lowest yearly cost") {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	if strings.Contains(out, "Step 1 of") {
		t.Errorf("the demo asked questions:\n%s", out)
	}
	code, out, _ = runCLI(t, "1\ne\n"+strings.Repeat("\n", 200), "--accessible")
	if code != exitOK || !strings.Contains(out, "Step 1 of 8") || strings.Count(out, "Lowest yearly cost") != 2 {
		t.Fatalf("e after the demo: exit %d, %d comparisons\n%s", code, strings.Count(out, "Lowest yearly cost"), out)
	}
}

// Every way the command line reads a scenario refuses what is not a
// regular file of at most 1 MiB, naming the file and the limit, at once:
// estimate, the headless carecost FILE and the line-by-line mode (a named
// pipe nobody writes to would block them, /dev/zero fill memory).
func TestScenarioInputIsBounded(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, bytes.Repeat([]byte("#"), 1<<20+1), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	for _, tt := range []struct {
		file, want string
	}{
		{fifo, "is a named pipe"},
		{"/dev/zero", "is a device, not a regular file"},
		{dir, "is a directory"},
		{big, "is 1,048,577 bytes"},
	} {
		for _, args := range [][]string{{"estimate", tt.file}, {tt.file}, {"--accessible", tt.file}} {
			if args[0] == "estimate" && tt.file == dir {
				continue // estimate reads a folder's scenario files: below
			}
			done := make(chan struct{})
			var code int
			var out, errOut string
			go func() {
				defer close(done)
				code, out, errOut = runCLI(t, "", args...)
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("carecost %v has not returned", args)
			}
			if code != exitFailure || out != "" || !strings.Contains(errOut, tt.file+": "+tt.want) ||
				!strings.Contains(errOut, "at most 1 MiB") {
				t.Errorf("carecost %v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
			}
		}
	}
	// estimate of the folder reads its two files, each refused at once
	// with its reason (exit 2: some files could not be estimated)
	code, out, errOut := runCLI(t, "", "estimate", dir)
	if code != exitBadScenario || out != "" || !strings.Contains(errOut, big+": is 1,048,577 bytes") ||
		!strings.Contains(errOut, fifo+": is a named pipe") || !strings.Contains(errOut, "carecost: 0 estimated; 2 could not be (said above)") {
		t.Errorf("estimate DIR: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// standard input through the same limit
	code, _, errOut = runCLI(t, strings.Repeat("#", 1<<20+1), "estimate", "-")
	if code != exitFailure || !strings.Contains(errOut, "standard input: holds more than a scenario may; at most 1 MiB") {
		t.Errorf("estimate - of 1 MiB + 1: exit %d, %q", code, errOut)
	}
}

// hostileYAML holds an OSC title sequence in an unknown key and in the
// name, and a bidirectional override in another key.
const hostileYAML = "version: 1\n\"\\e]0;HACKED\\a\": 1\n\"evil\\u202egpj\": 2\nname: \"x\\e]0;HACKED\\a\"\n" +
	"plan: {type: none}\ncare: {visits: 1, in_network: {charge: 1}, out_of_network: {cash_rate: 1}, concierge: {fee: 1}}\n"

// Nothing carecost writes for a terminal holds a character the terminal
// would act on: the problems of a hostile file, a hostile file name, a
// hostile flag. Each is shown escaped instead.
func TestMessagesShowControlCharactersEscaped(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := t.TempDir()
	file := filepath.Join(dir, "h\x1b[2J.yaml")
	if err := os.WriteFile(file, []byte(hostileYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	shownFile := filepath.Join(dir, `h\x1b[2J.yaml`)
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"estimate", file}, []string{shownFile + `:2:1: \x1b]0;HACKED\a: unknown field "\x1b]0;HACKED\a"`,
			`:3:1: evil\u202egpj: unknown field "evil\u202egpj"`, `name: contains the control character \x1b`}},
		{[]string{"--accessible", file}, []string{shownFile + `:2:1: \x1b]0;HACKED\a: unknown field`}},
		{[]string{file}, []string{shownFile + `:2:1: \x1b]0;HACKED\a: unknown field`}},
		{[]string{"estimate", filepath.Join(dir, "no\x1b]0;T\a.yaml")}, []string{`no\x1b]0;T\a.yaml: does not exist`}},
		{[]string{"estimate", "--\x1b]0;T\a", file}, []string{`-\x1b]0;T\a`}},
	} {
		code, out, errOut := runCLI(t, "", tt.args...)
		if code == exitOK || strings.ContainsAny(out+errOut, "\x1b\a\u202e") {
			t.Errorf("carecost %q: exit %d, stdout %q, stderr %q", tt.args, code, out, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("carecost %q: stderr lacks %s:\n%s", tt.args, w, errOut)
			}
		}
	}
}

// A mistyped command is said as such (by edit distance), unless a file of
// that name exists, which is opened as always; a word that is neither says
// what the commands are; a missing path says so plainly.
func TestUnknownCommand(t *testing.T) {
	data, err := os.ReadFile("testdata/tui/cash-only.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // where no file is named like a command
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"estimte", "x.yaml"}, `carecost: unknown command "estimte"; did you mean estimate? (carecost help lists the commands)`},
		{[]string{"inti"}, `carecost: unknown command "inti"; did you mean init?`},
		{[]string{"hlep"}, `carecost: unknown command "hlep"; did you mean help?`},
		{[]string{"--no-color", "Estimate"}, `did you mean estimate?`},
		{[]string{"report"}, `carecost: "report" is neither a command nor a file here; the commands are estimate, compare, init, help (carecost help says more)`},
		{[]string{"nothere.yaml"}, `carecost: nothere.yaml: does not exist; check the name and the folder it is in`},
	} {
		code, out, errOut := runCLI(t, "", tt.args...)
		if code != exitFailure || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("carecost %q: exit %d, stdout %q, stderr %q; want %q", tt.args, code, out, errOut, tt.want)
		}
	}
	// a file named like a mistyped command is a file: opened (here printed,
	// as without a terminal; testdata/tui/cash-only.yaml's $1,000 in network)
	if err := os.WriteFile("estimte", data, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(t, "", "estimte"); code != exitOK || !strings.Contains(out, "Lowest yearly cost: In-network clinic, $1,000.00.") {
		t.Errorf("a file named estimte: exit %d, %s\n%s", code, errOut, out)
	}
}

// --version prints the version on standard output; a test binary is built
// from the working tree, so "(devel)", with the commit when the build
// recorded one.
func TestVersion(t *testing.T) {
	code, out, errOut := runCLI(t, "", "--version")
	if code != exitOK || errOut != "" || !regexp.MustCompile(`^carecost (\(devel\)|v[0-9]\S*)( \(commit [0-9a-f]{1,12}(, with changes not committed)?\))?\n$`).MatchString(out) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// Help asked for goes to standard output with status 0, for carecost and
// each command, however it is asked; a wrong flag goes to standard error
// with the usage and status 1.
func TestHelp(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--help"}, "Usage:\n  carecost "},
		{[]string{"-h"}, "Usage:\n  carecost "},
		{[]string{"help"}, "Usage:\n  carecost "},
		{[]string{"--no-color", "--help"}, "Usage:\n  carecost "},
		{[]string{"estimate", "--help"}, "Usage: carecost estimate [--format table|json|markdown|csv] [--no-color] FILE|FOLDER..."},
		{[]string{"estimate", "-h", "x.yaml"}, "Usage: carecost estimate"},
		{[]string{"--help", "estimate"}, "Usage: carecost estimate"},
		{[]string{"init", "--help"}, "Usage: carecost init [--plan TYPE] [--force] [FILE]"},
		{[]string{"init", "-h"}, "--plan   the plan type: ppo, hmo"},
	} {
		code, out, errOut := runCLI(t, "", tt.args...)
		if code != exitOK || errOut != "" || !strings.Contains(out, tt.want) {
			t.Errorf("carecost %q: exit %d, stdout %q, stderr %q", tt.args, code, out, errOut)
		}
	}
	for _, args := range [][]string{{"--frmat", "x.yaml"}, {"estimate", "--frmat", "json", "x.yaml"}, {"init", "--plna", "hdhp"}} {
		code, out, errOut := runCLI(t, "", args...)
		if code != exitFailure || out != "" || !strings.Contains(errOut, "flag provided but not defined") || !strings.Contains(errOut, "Usage") {
			t.Errorf("carecost %q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

// init FILE says on standard error what it wrote, where, and what next;
// init - says nothing beside the starter file.
func TestInitSaysWhatItWrote(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "x.yaml")
	code, out, errOut := runCLI(t, "", "init", "--plan", "hdhp", file)
	want := "Wrote a starter scenario for a high-deductible plan (HDHP) to " + file +
		" (readable by you alone). Change its figures to yours, then: carecost estimate " + file + "\n"
	if code != exitOK || out != "" || errOut != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errOut, want)
	}
	code, _, errOut = runCLI(t, "", "init", "--force", file)
	if want := "Replaced " + file + " with a starter scenario for a PPO (readable by you alone)."; code != exitOK || !strings.HasPrefix(errOut, want) {
		t.Errorf("--force: exit %d, stderr %q; want it to start %q", code, errOut, want)
	}
	code, out, errOut = runCLI(t, "", "init", "-")
	if code != exitOK || errOut != "" || !strings.HasPrefix(out, "# ") {
		t.Errorf("init -: exit %d, stderr %q, stdout %.40q", code, errOut, out)
	}
	for name, want := range map[string]string{
		"x.yaml":          "x.yaml",
		"a/b-c_d+e.yaml":  "a/b-c_d+e.yaml",
		"my plan.yaml":    "'my plan.yaml'",
		"ann's.yaml":      `'ann'\''s.yaml'`,
		"$HOME.yaml":      "'$HOME.yaml'",
		"x;rm -rf ~.yaml": "'x;rm -rf ~.yaml'",
	} {
		if got := shellWord(name); got != want {
			t.Errorf("shellWord(%q) = %q, want %q", name, got, want)
		}
	}
}

// dropMadeOn removes the handout's "Made on <date>" line, which a test
// running across midnight would see change.
func dropMadeOn(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(l, "Made on ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// After its comparison the line-by-line mode offers the Markdown handout:
// h, then Enter for NAME-comparison.md beside the scenario (as the
// dashboard's x names it); the file is what estimate --format markdown
// prints, mode 0600; an existing handout is replaced only on yes.
func TestAccessibleSavesTheHandout(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := t.TempDir()
	file := filepath.Join(dir, "cash.yaml")
	data, err := os.ReadFile("testdata/tui/cash-only.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	_, want, _ := runCLI(t, "", "estimate", "--format", "markdown", file)
	handout := filepath.Join(dir, "cash-comparison.md")

	code, out, errOut := runCLI(t, "h\n\n", "--accessible", file)
	got, _ := os.ReadFile(handout)
	if code != exitOK || dropMadeOn(string(got)) != dropMadeOn(want) || !strings.Contains(flat(out), "Saved the handout to "+handout+" (readable by you alone).") {
		t.Fatalf("exit %d %s\n%s\nhandout:\n%s", code, errOut, out, got)
	}
	if info, err := os.Stat(handout); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("handout: %v, %v; want mode 0600", info, err)
	}
	if !strings.Contains(out, "Save the handout to which file? ["+handout+"]: ") {
		t.Errorf("the name offered is not %s:\n%s", handout, out)
	}

	// it exists now: Enter keeps it and asks another name (.md added)
	if err := os.WriteFile(handout, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other")
	code, out, _ = runCLI(t, "h\n\n\n"+other+"\n\n", "--accessible", file)
	if got, _ := os.ReadFile(handout); code != exitOK || string(got) != "keep me" || !strings.Contains(out, "already exists. Replace it?") {
		t.Errorf("replaced without yes: exit %d, %q\n%s", code, got, out)
	}
	if got, _ := os.ReadFile(other + ".md"); dropMadeOn(string(got)) != dropMadeOn(want) {
		t.Errorf("other.md:\n%s", got)
	}
	// yes replaces it
	code, out, _ = runCLI(t, "h\n\nyes\n\n", "--accessible", file)
	if got, _ := os.ReadFile(handout); code != exitOK || dropMadeOn(string(got)) != dropMadeOn(want) || strings.Contains(out, "Not saved") {
		t.Errorf("yes: exit %d, %q\n%s", code, got, out)
	}
	// Enter, or the input's end, finishes without a handout
	os.Remove(handout)
	for _, in := range []string{"\n", ""} {
		if code, _, errOut := runCLI(t, in, "--accessible", file); code != exitOK {
			t.Errorf("input %q: exit %d, %s", in, code, errOut)
		}
		if _, err := os.Stat(handout); err == nil {
			t.Errorf("input %q wrote a handout", in)
		}
	}
}

// Answers walked through and saved nowhere: the handout is named after the
// estimate, in the working directory (Typical PPO → typical-ppo). The walk
// is resumed from a draft at its review, so the test does not depend on
// the number of questions.
func TestAccessibleHandoutAfterTheWalk(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	t.Chdir(t.TempDir())
	// the clinic visit's minutes were never given: the handout says so
	d := interview.DraftOf(plans.Preset(calc.PPO), []string{"care.in_network.minutes"}, "", "", time.Now())
	if err := interview.SaveDraft(filepath.Join(cfg, "carecost", "draft.yaml"), d); err != nil {
		t.Fatal(err)
	}
	// resume, Enter on the review for the comparison, h, Enter for the name
	code, out, errOut := runCLI(t, "resume\n\nh\n\n", "--accessible")
	if code != exitOK || !strings.Contains(out, "Save the handout to which file? [typical-ppo-comparison.md]: ") {
		t.Fatalf("exit %d %s\n%s", code, errOut, out)
	}
	got, err := os.ReadFile("typical-ppo-comparison.md")
	if err != nil || !strings.HasPrefix(string(got), "# Typical PPO: a year of therapy, three ways") ||
		!strings.Contains(string(got), "## Figures assumed") || !strings.Contains(string(got), "- The minutes of a clinic visit, 30") {
		t.Errorf("%v\n%s", err, got)
	}
}

// flat is s with every run of white space one space: a long line the
// line-by-line mode broke (between words, or after a hyphen) reads whole
// again.
func flat(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "-\n", "-")), " ")
}

// The line-by-line mode says the next steps after the comparison, as the
// dashboard and the handout do (plans.NextSteps): for the examples' PPO,
// what to arrange before the first visit and how to appeal a denial.
func TestAccessibleSaysTheNextSteps(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	code, out, errOut := runCLI(t, "", "--accessible", "examples/tkr-ppo.yaml")
	if code != exitOK || !strings.Contains(out, "\nBefore the first visit\n") || !strings.Contains(out, "\nIf a claim is denied\n") {
		t.Fatalf("exit %d %s\n%s", code, errOut, out)
	}
}

// Either mode's start removes what a run killed while writing the list of
// recent files left beside the draft, an hour old, and leaves the
// temporary file of a write under way (a second old) to its run.
func TestStartRemovesRecentListLeftovers(t *testing.T) {
	for _, args := range [][]string{{"--accessible"}, {"--accessible", "testdata/tui/cash-only.yaml"}} {
		cfg := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", cfg)
		t.Setenv("HOME", cfg)
		dir := filepath.Join(cfg, "carecost")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		stale, live := filepath.Join(dir, ".recent.json.tmp-1234"), filepath.Join(dir, ".recent.json.tmp-5678")
		now := time.Now()
		for p, mod := range map[string]time.Time{stale: now.Add(-time.Hour), live: now.Add(-time.Second)} {
			if err := os.WriteFile(p, []byte(`{"version": 1, "fi`), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chtimes(p, mod, mod); err != nil {
				t.Fatal(err)
			}
		}
		runCLI(t, "", args...) // Enter is not pressed: it ends at once
		if _, err := os.Lstat(stale); !os.IsNotExist(err) {
			t.Errorf("%v: the killed run's temporary file is still there: %v", args, err)
		}
		if _, err := os.Lstat(live); err != nil {
			t.Errorf("%v: a live run's temporary file was removed: %v", args, err)
		}
	}
}
