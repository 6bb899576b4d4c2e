package tui

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/interview"
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

	// The file's unfinished draft (openFile): where this run keeps it, the
	// draft found there (nil none), and a note to show ("" none, escaped):
	// another run keeps the usual one, or it could not be read.
	draftPath string
	draft     *interview.Draft
	draftNote string
}

func baseName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
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
			msg.source.Comments = plans.HasUserComments(data, msg.scenario)
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
	// assumed are the scenario's figures the user did not give (the
	// dashboard's): those a file may leave out are left out, so that the
	// file opened again marks them assumed (plans.MarshalFileOmitting).
	assumed []string
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

// save writes the scenario as a scenario file (plans.MarshalFileOmitting, atomic, 0600),
// after checking that the file reads back: a what-if can leave a value the
// format does not allow, and a saved file must open again.
func save(req saveRequest) tea.Cmd {
	return func() tea.Msg {
		data, err := plans.MarshalFileOmitting(req.path, req.scenario, req.assumed) // JSON for a .json file
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

// clock is the time the start screen dates things by and the list of
// recent files is dated with: a test's fixed one.
var clock = time.Now

// openFile reads a scenario file as loadFile does. A scenario file read
// (even one with problems to fix) goes first in the list of recent files;
// one that opens has its draft file claimed for this run
// (interview.ClaimFileDraft), and the unfinished draft found there comes
// with it, for the root to offer before the file is shown. configured is
// Options.DraftPath: the recent files and the drafts of files live beside
// the draft of new answers.
func openFile(path string, edit bool, configured string) tea.Cmd {
	load := loadFile(path, edit)
	return func() tea.Msg {
		msg, _ := load().(scenarioLoadedMsg)
		var pe *plans.Errors
		if msg.err != nil && !errors.As(msg.err, &pe) {
			return msg
		}
		main, err := draftPath(configured)
		if err != nil {
			return msg // nowhere to keep drafts, nor the list
		}
		// a list that cannot be written loses only a convenience
		_ = recent.Add(recent.FileName(main), path, clock())
		if msg.err != nil {
			return msg
		}
		msg.draftPath, msg.draftNote, err = interview.ClaimFileDraft(main, path)
		if err != nil {
			return msg // the walk-through says so when it cannot keep a draft there
		}
		msg.draftNote = termsafe.Text(msg.draftNote)
		msg.draft, err = interview.LoadFileDraft(msg.draftPath, path)
		if err != nil {
			msg.draftNote = termsafe.Text("The unfinished draft of " + path + " could not be read (" + err.Error() + "); the next change kept replaces it.")
		}
		return msg
	}
}

// remember lists a file the user saved to first among the recent files,
// and claims its draft file for this run, so that e on it finds the claim
// made (ClaimFileDraft keeps it).
func remember(configured, path string) tea.Cmd {
	return func() tea.Msg {
		if main, err := draftPath(configured); err == nil {
			_ = recent.Add(recent.FileName(main), path, clock())
			_, _, _ = interview.ClaimFileDraft(main, path)
		}
		return nil
	}
}

// recentFile is a file of the list of recent files as the start screen
// shows it.
type recentFile struct {
	path    string    // absolute
	opened  time.Time // zero when unknown
	checked bool      // gone and draft are known (checkRecent)
	gone    bool      // no regular file there now
	draft   bool      // it has an unfinished draft
	saved   time.Time // when that draft was kept
}

// findStart looks for what the start screen offers besides its choices:
// the unfinished draft of new answers, and the list of recent files. The
// files themselves are looked at afterwards (checkRecent): a folder that
// answers slowly (a network share) then delays only their marks.
func findStart(configured string) tea.Cmd {
	return func() tea.Msg {
		path, err := draftPath(configured)
		if err != nil {
			return draftFoundMsg{} // nowhere to keep drafts: none to offer
		}
		d, err := interview.LoadDraft(path)
		msg := draftFoundMsg{draft: d, err: err, main: path}
		msg.home, _ = os.UserHomeDir()
		msg.cwd, _ = os.Getwd()
		entries, err := recent.Load(recent.FileName(path))
		msg.recentErr = err
		for _, e := range entries {
			msg.recent = append(msg.recent, recentFile{path: e.Path, opened: e.Opened})
		}
		return msg
	}
}

// recentCheckedMsg answers checkRecent.
type recentCheckedMsg struct{ files []recentFile }

func (recentCheckedMsg) recipient() state { return stateStart }

// checkRecent looks whether each recent file is still there and has an
// unfinished draft (kept beside main, the draft of new answers).
func checkRecent(main string, files []recentFile) tea.Cmd {
	files = slices.Clone(files)
	return func() tea.Msg {
		for i := range files {
			f := &files[i]
			f.checked, f.gone = true, recent.Gone(f.path)
			if slot, err := interview.FileDraftPath(main, f.path); err == nil {
				if d, err := interview.LoadFileDraft(slot, f.path); err == nil && d != nil {
					f.draft, f.saved = true, d.Saved
				}
			}
		}
		return recentCheckedMsg{files: files}
	}
}

// maxFolderEntries bounds a folder's read for the picker: a folder of a
// million files is listed in part, and says so.
const maxFolderEntries = 10000

// readFolder lists dir for the picker (folderPicker): its sub-folders and
// scenario files (.yaml, .yml or .json, in any case), folders first, each
// group by name; names starting with a dot only when hidden is set. A
// symbolic link counts as what it points to; other files (and links that
// lead nowhere) are counted, not listed.
func readFolder(seq int, dir string, hidden bool, focus string) tea.Cmd {
	return func() tea.Msg {
		msg := folderReadMsg{seq: seq, focus: focus}
		abs, err := filepath.Abs(dir)
		if err == nil {
			msg.entries, msg.others, msg.cut, err = listFolder(abs, hidden)
		}
		msg.dir, msg.err = abs, err
		return msg
	}
}

func listFolder(dir string, hidden bool) (entries []folderEntry, others int, cut bool, err error) {
	// a folder, before it is opened: opening a named pipe would wait for
	// a writer
	if info, err := os.Stat(dir); err != nil {
		return nil, 0, false, err
	} else if !info.IsDir() {
		return nil, 0, false, errors.New(dir + " is not a folder")
	}
	f, err := os.Open(dir)
	if err != nil {
		return nil, 0, false, err
	}
	defer f.Close()
	des, err := f.ReadDir(maxFolderEntries + 1)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, false, err
	}
	if len(des) > maxFolderEntries {
		des, cut = des[:maxFolderEntries], true
	}
	for _, d := range des {
		name := d.Name()
		if !hidden && strings.HasPrefix(name, ".") {
			continue
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(filepath.Join(dir, name))
			if err != nil {
				others++
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			entries = append(entries, folderEntry{name: name, dir: true})
		case mode.IsRegular() && scenarioName(name):
			entries = append(entries, folderEntry{name: name})
		default:
			others++
		}
	}
	slices.SortFunc(entries, func(a, b folderEntry) int {
		if a.dir != b.dir {
			if a.dir {
				return -1
			}
			return 1
		}
		if c := strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	return entries, others, cut, nil
}

// scenarioName reports a name the picker offers as a scenario file: .yaml,
// .yml or .json, in any case (what `carecost estimate FOLDER` reads).
func scenarioName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}
