package tui

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
)

// Every file the program reads or writes is read or written here, in a
// tea.Cmd that captures values only and answers with a message.

// source is where the dashboard's scenario came from.
type source struct {
	// Path is the file on disk that `w` saves to; "" for the demo, an
	// example, or answers not yet saved.
	Path string
	// Label is how the title names it: "tkr-ppo.yaml", "example
	// tkr-ppo.yaml", "the built-in demo".
	Label string
	// Base starts the names offered for saving and exporting: "tkr-ppo".
	Base string
	// Sum is plans.ContentSum of the file when read or last saved, to tell
	// whether it changed on disk since ("" unknown).
	Sum string
	// Comments: the file has comments, which saving (plans.Marshal) does
	// not keep.
	Comments bool
}

// scenarioLoadedMsg answers loadFile and loadExample.
type scenarioLoadedMsg struct {
	source   source
	scenario calc.Scenario
	warnings []calc.Warning // the file's, from plans.Parse
	err      error          // reading or parsing; *plans.Errors for a bad file
	edit     bool           // open the walk-through on it, not the dashboard
	assumed  []string       // the typical defaults it leaves out (plans.DefaultsAssumed)
}

func baseName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// comments lists the comments of a YAML file: the text after each "#" that
// starts a line or follows a space. A "#" inside a quoted value can be
// taken for one; that only asks once more before saving.
func comments(data []byte) []string {
	var out []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		switch i := bytes.Index(t, []byte(" #")); {
		case bytes.HasPrefix(t, []byte("#")):
			out = append(out, string(bytes.TrimSpace(t[1:])))
		case i >= 0:
			out = append(out, string(bytes.TrimSpace(t[i+2:])))
		}
	}
	return out
}

// hasUserComments reports whether a scenario file has comments that
// saving s would not write again (plans.Marshal writes a few of its own).
func hasUserComments(data []byte, s calc.Scenario) bool {
	own := map[string]bool{}
	if written, err := plans.Marshal(s); err == nil {
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

// loadFile reads and parses a scenario file.
func loadFile(path string, edit bool) tea.Cmd {
	return func() tea.Msg {
		msg := scenarioLoadedMsg{edit: edit, source: source{Path: path, Label: path, Base: baseName(path)}}
		data, err := plans.ReadScenarioFile(path, nil)
		if err != nil {
			msg.err = err
			return msg
		}
		msg.source.Sum = plans.ContentSum(data)
		msg.scenario, msg.warnings, msg.err = plans.Parse(path, data)
		if msg.err == nil {
			msg.source.Comments = hasUserComments(data, msg.scenario)
			msg.assumed = plans.DefaultsAssumed(path, data)
		}
		return msg
	}
}

// loadExample parses one of the examples carried in the binary. It has no
// file on disk: saving asks for a name.
func loadExample(name string) tea.Cmd {
	return func() tea.Msg {
		msg := scenarioLoadedMsg{source: source{Label: "example " + name, Base: baseName(name)}}
		msg.scenario, msg.warnings, msg.err = examples.Load(name)
		if data, err := examples.FS.ReadFile(name); err == nil && msg.err == nil {
			msg.assumed = plans.DefaultsAssumed(name, data)
		}
		return msg
	}
}

// exampleList names the examples carried in the binary (memory, not disk).
func exampleList() []examples.Example { return examples.List() }

// saveRequest is one attempt to write the scenario.
type saveRequest struct {
	path      string
	scenario  calc.Scenario
	overwrite bool
	// expect, when not "": before replacing path, compare it with expect
	// (plans.ContentSum) and answer saveConflictMsg when it changed since
	// it was read.
	expect string
}

type savedMsg struct {
	req saveRequest
	sum string // plans.ContentSum of what was written
	err error
}

// saveExistsMsg: path exists and the request may not replace it.
type saveExistsMsg struct{ req saveRequest }

// saveConflictMsg: the opened file changed on disk since it was read.
type saveConflictMsg struct{ req saveRequest }

// save writes the scenario as a scenario file (plans.Marshal, atomic, 0600),
// after checking that the file reads back: a what-if can leave a value the
// format does not allow, and a saved file must open again.
func save(req saveRequest) tea.Cmd {
	return func() tea.Msg {
		data, err := plans.MarshalFile(req.path, req.scenario) // JSON for a .json file
		if err != nil {
			return savedMsg{req: req, err: err}
		}
		if _, _, err := plans.Parse(req.path, data); err != nil {
			return savedMsg{req: req, err: errors.New("the scenario as it stands would not open again, so it was not saved:\n" + err.Error())}
		}
		if req.expect != "" {
			cur, err := plans.ReadScenarioFile(req.path, nil)
			if err == nil && plans.ContentSum(cur) != req.expect {
				return saveConflictMsg{req: req}
			}
		}
		err = plans.WriteFile(req.path, data, req.overwrite)
		if errors.Is(err, fs.ErrExist) {
			return saveExistsMsg{req: req}
		}
		return savedMsg{req: req, sum: plans.ContentSum(data), err: err}
	}
}

// exportRequest is one attempt to write the Markdown comparison.
type exportRequest struct {
	path         string
	scenario     calc.Scenario
	fileWarnings []calc.Warning
	assumed      []string // the figures the user did not give
	overwrite    bool
}

type exportedMsg struct {
	req exportRequest
	err error
}

type exportExistsMsg struct{ req exportRequest }

// export writes the comparison of the scenario as shown — what-ifs
// included — as the Markdown handout `estimate --format markdown` prints.
// It estimates again from the scenario's value rather than share the
// dashboard's result with Update.
func export(req exportRequest) tea.Cmd {
	return func() tea.Msg {
		var buf bytes.Buffer
		c := report.Compare(req.scenario, req.fileWarnings, time.Now())
		c.Assumed = plans.Assumptions(req.scenario, req.assumed)
		if err := report.Markdown(&buf, c); err != nil {
			return exportedMsg{req: req, err: err}
		}
		err := plans.WriteFile(req.path, buf.Bytes(), req.overwrite)
		if errors.Is(err, fs.ErrExist) {
			return exportExistsMsg{req: req}
		}
		return exportedMsg{req: req, err: err}
	}
}

// exportPath is NAME-comparison.md beside the scenario file, or in the
// working directory when there is none (plans.HandoutFileName, as the
// line-by-line mode offers it).
func exportPath(src source) string { return plans.HandoutFileName(src.Path, src.Base) }

// slug makes a file name of a scenario name: "Knee rehab (demo)" →
// "knee-rehab-demo".
func slug(name string) string { return plans.FileSlug(name) }
