package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/internal/userpath"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/tui/theme"
	"github.com/carecost/carecost/tui/walkthrough"
)

// startScreen is the first screen of `carecost` without a file: the demo,
// a new estimate, a file (a recent one, one picked in a folder, or a path
// typed), an example, or the unfinished draft of new answers, which it
// looks for whenever it starts (Init). It also offers a file's own
// unfinished draft when a file that has one is opened (offerDraftMsg).
type startScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int
	draftPath     string // configured ("" the default); see Options.DraftPath

	mode     startMode
	cursor   int
	draft    *interview.Draft // the unfinished walk-through of new answers found
	resume   bool             // a draft was found: offer to resume it
	resumeAt string           // where the draft stopped, in words ("" when unknown)

	// Open a scenario file: the recent files, the picker, a path typed.
	main       string // the draft file of new answers, once found ("" unknown)
	home, cwd  string // for showing folders: ~ for home ("" unknown)
	recent     []recentFile
	listed     bool   // the recent files were found once: the cursor is the user's
	recentNote string // the list could not be read: why (escaped)
	openCursor int
	picker     folderPicker
	path       textinput.Model
	pathBack   startMode // where esc on the path goes

	// A file's unfinished draft, offered before the file is shown.
	offer       *scenarioLoadedMsg
	offerCursor int
	offerBack   startMode

	examples []examples.Example
	exCursor int
	err      string

	view string
}

type startMode int

const (
	startMenu startMode = iota
	startPath
	startExamples
	startOpen   // the recent files, browse, type a path
	startBrowse // the picker
	startOffer  // a file's unfinished draft: resume it or open the file
)

type startChoice int

const (
	choiceDemo startChoice = iota
	choiceResume
	choiceNew
	choiceOpen
	choiceExample
)

type startChoiceItem struct {
	choice      startChoice
	title, desc string
}

// newStart builds the start screen; note, when not "", is shown at once
// (Options.DraftNote).
func newStart(st theme.Styles, km KeyMap, draftPath, note string) *startScreen {
	in := textinput.New()
	in.Prompt = "File: "
	in.Placeholder = "path/to/scenario.yaml"
	in.Cursor.SetMode(cursor.CursorStatic)
	s := &startScreen{styles: st, keys: km, draftPath: draftPath, path: in, examples: exampleList(), pathBack: startOpen}
	if note != "" {
		s.showError(note)
	}
	s.render()
	return s
}

// draftFoundMsg answers findStart.
type draftFoundMsg struct {
	draft     *interview.Draft
	err       error
	main      string // where the draft of new answers is kept
	home, cwd string
	recent    []recentFile // unchecked: checkRecent looks at them
	recentErr error
}

// What the start screen asks of the root, besides screen.go's.
type (
	// openLoadedMsg: a file whose draft was offered is opened as it is
	// saved, as it was read.
	openLoadedMsg struct{ loaded scenarioLoadedMsg }
)

// offerDraftMsg: the root hands the start screen a file that opened and
// has an unfinished draft, to offer it.
type offerDraftMsg struct{ loaded scenarioLoadedMsg }

// Init looks for an unfinished walk-through to offer, and the recent files.
func (s *startScreen) Init() tea.Cmd { return findStart(s.draftPath) }

// items are the menu's choices: the demo first, so Enter reaches a
// comparison (docs/spec/clarifications.md: the demo in one key); the draft last when there is
// one, so the other choices keep their places whether or not a draft
// exists (the same keys always choose the same thing).
func (s *startScreen) items() []startChoiceItem {
	items := []startChoiceItem{{choiceDemo, "Try the built-in demo",
		"Knee replacement rehab on a PPO, every answer filled in: Enter shows its comparison, and e there walks through its answers."}}
	open := "A .yaml or .json scenario: one opened lately, one picked in a folder, or a path typed (carecost init writes a starter)."
	if d := s.fileDrafts(); len(d) == 1 {
		open += " " + termsafe.Text(filepath.Base(d[0])) + " has an unfinished draft."
	} else if len(d) > 1 {
		open += " " + plural(len(d), "file has", "files have") + " an unfinished draft."
	}
	items = append(items,
		startChoiceItem{choiceNew, "Start a new estimate",
			"A few plain questions about your plan and your therapy; typical figures fill in the rest, marked as assumed, and every question is one key away."},
		startChoiceItem{choiceOpen, "Open a scenario file", open},
		startChoiceItem{choiceExample, "Try an example",
			"Ready situations: knee replacement, HDHP with an HSA, Medicare with Medigap, a visit limit, massage…"},
	)
	if s.resume {
		desc := "Your answers from last time, where you left off."
		if s.resumeAt != "" {
			desc = "Your answers from last time, at " + s.resumeAt + "."
		}
		items = append(items, startChoiceItem{choiceResume, "Resume the unfinished draft", desc})
	}
	return items
}

// fileDrafts are the recent files that have an unfinished draft.
func (s *startScreen) fileDrafts() []string {
	var out []string
	for _, f := range s.recent {
		if f.draft {
			out = append(out, f.path)
		}
	}
	return out
}

// offerResume adds the draft to the menu, keeping the cursor on the same
// choice.
func (s *startScreen) offerResume(at string) {
	chosen := s.items()[s.cursor].choice
	s.resume, s.resumeAt = true, at
	for i, it := range s.items() {
		if it.choice == chosen {
			s.cursor = i
		}
	}
}

func (s *startScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.path.Width = max(10, w-len(s.path.Prompt)-2)
	s.render()
}

// showError tells why a file did not open, staying on the screen.
func (s *startScreen) showError(text string) {
	s.err = termsafe.Lines(text) // it quotes the name typed, or a file's
}

// Update moves the cursor and asks the root for the choice made; it learns
// of the draft and the recent files found (draftFoundMsg,
// recentCheckedMsg), of a folder read (folderReadMsg), of a file that did
// not open, and of a file's draft to offer.
func (s *startScreen) Update(msg tea.Msg) tea.Cmd {
	cmd := s.update(msg)
	s.render()
	return cmd
}

func (s *startScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case draftFoundMsg:
		return s.found(msg)
	case recentCheckedMsg:
		if len(msg.files) == len(s.recent) {
			for i := range msg.files {
				if msg.files[i].path != s.recent[i].path {
					return nil // a list found since replaces it
				}
			}
			s.recent = msg.files
		}
		return nil
	case folderReadMsg:
		s.picker.got(msg)
		return nil
	case openFailedMsg:
		s.showError(msg.text)
		return nil
	case typedFolderMsg:
		if s.mode != startPath {
			return nil // esc since: the path is no longer asked for
		}
		// a folder typed: its files, in the picker
		s.mode = startBrowse
		s.path.Blur()
		return s.picker.read(msg.dir, "")
	case offerDraftMsg:
		if s.mode != startOffer {
			s.offerBack = s.mode
		}
		s.offer, s.offerCursor, s.mode, s.err = &msg.loaded, 0, startOffer, ""
		return nil
	}
	k, isKey := msg.(tea.KeyMsg)
	if !isKey {
		if s.mode == startPath {
			var cmd tea.Cmd
			s.path, cmd = s.path.Update(msg)
			return cmd
		}
		return nil
	}
	switch s.mode {
	case startPath:
		return s.pathKey(k)
	case startExamples:
		return s.examplesKey(k)
	case startOpen:
		return s.openKey(k)
	case startBrowse:
		return s.browseKey(k)
	case startOffer:
		return s.offerKey(k)
	}
	return s.menuKey(k)
}

// found takes in what findStart found: the draft of new answers, offered
// on the menu, and the recent files, looked at next.
func (s *startScreen) found(msg draftFoundMsg) tea.Cmd {
	s.draft = msg.draft
	switch {
	case msg.err != nil:
		s.showError("An unfinished walk-through was found but could not be read: " + msg.err.Error())
	case msg.draft != nil:
		at := "the step “" + msg.draft.Step.Title() + "”"
		if msg.draft.Path != "" {
			at += ", changes to " + termsafe.Text(filepath.Base(msg.draft.Path))
		}
		s.offerResume(at)
	}
	s.main, s.home, s.cwd = msg.main, msg.home, msg.cwd
	s.recentNote = ""
	if msg.recentErr != nil {
		s.recentNote = termsafe.Text(msg.recentErr.Error())
	}
	// the marks of a file looked at before stay until it is looked at again
	old := s.recent
	s.recent = msg.recent
	for i := range s.recent {
		if j := slices.IndexFunc(old, func(f recentFile) bool { return f.path == s.recent[i].path }); j >= 0 && old[j].checked {
			s.recent[i].checked, s.recent[i].gone, s.recent[i].draft, s.recent[i].saved = true, old[j].gone, old[j].draft, old[j].saved
		}
	}
	if s.listed && s.openCursor >= len(old) {
		s.openCursor += len(s.recent) - len(old) // on browse or type a path: still there
	}
	s.listed = true
	s.openCursor = max(0, min(s.openCursor, len(s.recent)+openActions-1))
	if len(s.recent) == 0 {
		return nil
	}
	return checkRecent(msg.main, msg.recent)
}

func (s *startScreen) menuKey(k tea.KeyMsg) tea.Cmd {
	items := s.items()
	switch {
	case key.Matches(k, s.keys.Up):
		s.cursor = max(0, s.cursor-1)
	case key.Matches(k, s.keys.Down):
		s.cursor = min(len(items)-1, s.cursor+1)
	case key.Matches(k, s.keys.Choose):
		s.err = ""
		switch items[s.cursor].choice {
		case choiceDemo:
			return send(startDemoMsg{})
		case choiceResume:
			if s.draft == nil {
				return nil
			}
			return send(startResumeMsg{draft: s.draft})
		case choiceNew:
			return send(startNewMsg{})
		case choiceOpen:
			s.mode = startOpen
		case choiceExample:
			s.mode = startExamples
		}
	}
	return nil
}

func (s *startScreen) examplesKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, s.keys.Up):
		s.exCursor = max(0, s.exCursor-1)
	case key.Matches(k, s.keys.Down):
		s.exCursor = min(len(s.examples)-1, s.exCursor+1)
	case key.Matches(k, s.keys.Choose):
		if len(s.examples) > 0 {
			return send(openExampleMsg{file: s.examples[s.exCursor].File})
		}
	case key.Matches(k, s.keys.Back):
		s.mode, s.err = startMenu, ""
	}
	return nil
}

func (s *startScreen) pathKey(k tea.KeyMsg) tea.Cmd {
	switch k.Type {
	case tea.KeyEnter:
		p := strings.TrimSpace(s.path.Value())
		if p == "" {
			return nil
		}
		s.err = ""
		return openTyped(userpath.Expand(p))
	case tea.KeyEsc:
		s.mode, s.err = s.pathBack, ""
		s.path.Blur()
		return nil
	}
	var cmd tea.Cmd
	s.path, cmd = s.path.Update(walkthrough.EscapeRunes(k))
	return cmd
}

// typedFolderMsg answers openTyped: the path typed is a folder.
type typedFolderMsg struct{ dir string }

func (typedFolderMsg) recipient() state { return stateStart }

// openTyped asks the root to open the path typed, or, a folder typed,
// answers typedFolderMsg for the picker to show it. It looks at the path
// in a command: Update does no I/O (a path on a mount that does not
// answer would freeze the screen).
func openTyped(p string) tea.Cmd {
	return func() tea.Msg {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			return typedFolderMsg{dir: p}
		}
		return openPathMsg{path: p}
	}
}

// typePath shows the path prompt, begun with what was typed ("" none),
// esc going back to where it was asked from.
func (s *startScreen) typePath(begun string) tea.Cmd {
	s.pathBack, s.mode, s.err = s.mode, startPath, ""
	if begun != "" {
		s.path.SetValue(begun)
		s.path.CursorEnd()
	}
	return s.path.Focus()
}

// pathStart reports a key that begins a path: typed where a list is
// shown, it opens the path prompt with it.
func pathStart(k tea.KeyMsg) (string, bool) {
	if k.Type == tea.KeyRunes && len(k.Runes) == 1 && (k.Runes[0] == '/' || k.Runes[0] == '~') {
		return string(k.Runes), true
	}
	return "", false
}

// The choices of "Open a scenario file" after the recent files.
const (
	openBrowse = iota
	openType
	openActions
)

func (s *startScreen) openKey(k tea.KeyMsg) tea.Cmd {
	if begun, ok := pathStart(k); ok {
		return s.typePath(begun)
	}
	n := len(s.recent) + openActions
	switch {
	case key.Matches(k, s.keys.Up):
		s.openCursor = max(0, s.openCursor-1)
	case key.Matches(k, s.keys.Down):
		s.openCursor = min(n-1, s.openCursor+1)
	case key.Matches(k, s.keys.Back):
		s.mode, s.err = startMenu, ""
	case key.Matches(k, s.keys.Choose):
		s.err = ""
		switch i := s.openCursor; {
		case i < len(s.recent):
			return send(openPathMsg{path: s.recent[i].path})
		case i-len(s.recent) == openBrowse:
			s.mode = startBrowse
			focus := ""
			if p := &s.picker; p.cursor < len(p.entries) && !p.entries[p.cursor].up {
				focus = p.entries[p.cursor].name
			}
			dir := s.picker.dir
			if dir == "" {
				dir = "." // the current folder, the first time
			}
			return s.picker.read(dir, focus)
		default:
			return s.typePath("")
		}
	}
	return nil
}

func (s *startScreen) browseKey(k tea.KeyMsg) tea.Cmd {
	if begun, ok := pathStart(k); ok {
		return s.typePath(begun)
	}
	if key.Matches(k, s.keys.Back) {
		s.mode, s.err = startOpen, ""
		return nil
	}
	cmd, file := s.picker.update(k)
	if file != "" {
		s.err = ""
		return send(openPathMsg{path: file})
	}
	return cmd
}

func (s *startScreen) offerKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, s.keys.Up):
		s.offerCursor = 0
	case key.Matches(k, s.keys.Down):
		s.offerCursor = 1
	case key.Matches(k, s.keys.Back):
		s.mode, s.offer = s.offerBack, nil
	case key.Matches(k, s.keys.Choose) && s.offer != nil:
		o := *s.offer
		s.mode, s.offer = s.offerBack, nil
		if s.offerCursor == 0 {
			return send(startResumeMsg{draft: o.draft, draftPath: o.draftPath, draftNote: o.draftNote})
		}
		o.draft = nil
		return send(openLoadedMsg{loaded: o})
	}
	return nil
}

// Takes every key while a path is typed.
func (s *startScreen) Takes(tea.KeyMsg) bool { return s.mode == startPath }

// View returns what render drew.
func (s *startScreen) View() string { return s.view }

// render draws the screen, after every change.
func (s *startScreen) render() {
	st := &s.styles
	w := max(20, s.width)
	lines := []string{st.Title.Render("carecost") + " — what a year of therapy costs, three ways", ""}
	switch s.mode {
	case startMenu, startPath, startExamples:
		lines = append(lines, text.Wrap("An in-network clinic, an out-of-network provider with a superbill, or a concierge therapist at home: answer a few questions and compare the three side by side.", w)...)
		lines = append(lines, "")
	}
	var errLines []string
	if s.err != "" {
		errLines = append([]string{""}, theme.Lines(st.Error, "", text.Wrap(s.err, w))...)
	}
	switch s.mode {
	case startMenu:
		for i, it := range s.items() {
			if i == s.cursor {
				lines = append(lines, st.Chosen.Render("▸ "+it.title))
			} else {
				lines = append(lines, "  "+it.title)
			}
			for _, d := range text.Wrap(it.desc, w-4) {
				lines = append(lines, st.Muted.Render("    "+d))
			}
		}
	case startPath:
		lines = append(lines, st.Subtitle.Render("Open a scenario file"), "")
		lines = append(lines, s.path.View(), "")
		lines = append(lines, st.Muted.Render("Enter opens it · esc goes back"))
	case startExamples:
		lines = append(lines, st.Subtitle.Render("Try an example"), "")
		for i, ex := range s.examples {
			item := text.Fit(ex.Name+st.Muted.Render("  "+ex.File), w-2)
			if i == s.exCursor {
				lines = append(lines, st.Chosen.Render("▸ ")+item)
			} else {
				lines = append(lines, "  "+item)
			}
		}
		if len(s.examples) == 0 {
			lines = append(lines, st.Muted.Render("(no examples in this build)"))
		}
	case startOpen:
		lines = append(lines, s.openLines(w, max(1, s.height-len(lines)-len(errLines)))...)
	case startBrowse:
		lines = append(lines, s.browseLines(w, max(1, s.height-len(lines)-len(errLines)))...)
	case startOffer:
		lines = append(lines, s.offerLines(w)...)
	}
	lines = append(lines, errLines...)
	for i := range lines {
		lines[i] = text.Fit(lines[i], w)
	}
	if len(lines) > s.height && s.height > 0 {
		lines = lines[:s.height]
	}
	s.view = strings.Join(lines, "\n")
}

// openLines draws "Open a scenario file" in rows lines at most: the recent
// files (scrolled to keep the cursor in sight when they do not fit), then
// browse and type a path.
func (s *startScreen) openLines(w, rows int) []string {
	st := &s.styles
	head := []string{st.Subtitle.Render("Open a scenario file"), "", "Recent files"}
	var list []string // the recent files' lines, one a file
	nameW := 0
	for _, f := range s.recent {
		nameW = max(nameW, ansi.StringWidth(termsafe.Text(filepath.Base(f.path))))
	}
	nameW = min(nameW, max(12, (w-4)/2))
	now := clock()
	for i, f := range s.recent {
		// what matters first, the folder last: a long one is cut
		name := text.PadRight(text.Fit(termsafe.Text(filepath.Base(f.path)), nameW), nameW)
		var about []string
		if d := when(f.opened, now); d != "" {
			about = append(about, st.Muted.Render(d))
		}
		switch {
		case f.gone:
			about = append(about, st.Warn.Render("not found"))
		case f.draft:
			about = append(about, st.Warn.Render("unfinished draft"))
		}
		about = append(about, st.Muted.Render(s.folder(filepath.Dir(f.path))))
		list = append(list, s.openLine(i, name, "  "+strings.Join(about, st.Muted.Render(" · ")), w))
	}
	if len(s.recent) == 0 {
		list = append(list, st.Muted.Render("  (none yet: the files you open are listed here)"))
	}
	var note []string
	if s.recentNote != "" {
		note = theme.Lines(st.Error, "", text.Wrap(s.recentNote, w))
	}
	browseIn := s.picker.dir
	if browseIn == "" {
		browseIn = s.cwd
	}
	from := ""
	if browseIn != "" {
		from = st.Muted.Render("  from " + s.folder(browseIn))
	}
	tail := []string{"", s.openLine(len(s.recent)+openBrowse, "Browse the files of a folder", from, w),
		s.openLine(len(s.recent)+openType, "Type a path", st.Muted.Render("  (/ or ~ starts one from the lists too)"), w)}
	// the recent files get what the rest leaves, at least one line
	fit := max(1, rows-len(head)-len(note)-len(tail))
	if len(list) > fit {
		top := 0
		if s.openCursor < len(s.recent) {
			top = max(0, min(s.openCursor-fit+1, len(list)-fit))
		}
		list = list[top : top+fit]
	}
	out := append(head, list...)
	out = append(out, note...)
	return append(out, tail...)
}

// openLine is line i of "Open a scenario file", its title and what is
// said about it, marked when chosen.
func (s *startScreen) openLine(i int, title, about string, w int) string {
	if i == s.openCursor {
		return text.Fit(s.styles.Chosen.Render("▸ "+title)+about, w)
	}
	return text.Fit("  "+title+about, w)
}

// browseLines draws the picker in rows lines: the folder, its entries in
// what is left, and what it does not list.
func (s *startScreen) browseLines(w, rows int) []string {
	st := &s.styles
	p := &s.picker
	head := []string{st.Subtitle.Render("Open a scenario file: ") + s.folderFit(p.dir, w-ansi.StringWidth("Open a scenario file: ")), ""}
	var foot []string
	if p.err != "" {
		foot = append(foot, theme.Lines(st.Error, "", text.Wrap(p.err, w))...)
	}
	if sum := p.summary(); sum != "" {
		foot = append(foot, theme.Lines(st.Muted, "", text.Wrap(sum, w))...)
	}
	if len(foot) > 0 {
		foot = append([]string{""}, foot...)
	}
	p.setRows(rows - len(head) - len(foot))
	out := append(head, p.lines(st, w)...)
	return append(out, foot...)
}

// offerLines draws the offer of a file's unfinished draft.
func (s *startScreen) offerLines(w int) []string {
	st := &s.styles
	if s.offer == nil {
		return nil
	}
	o := s.offer
	name := termsafe.Text(filepath.Base(o.source.Path))
	out := []string{st.Subtitle.Render(name + " has an unfinished draft"), ""}
	kept := "Your changes to it"
	if d := when(o.draft.Saved, clock()); d != "" {
		kept += ", kept " + d
	}
	kept += " at the step “" + o.draft.Step.Title() + "”, are in no file yet."
	out = append(out, text.Wrap(kept, w)...)
	out = append(out, "")
	items := [2][2]string{
		{"Resume the unfinished draft", "Your answers as you left them; " + name + " changes only when you save them."},
		{"Open " + name + " as it is saved", "The draft stays until other changes to the file are kept."},
	}
	for i, it := range items {
		if i == s.offerCursor {
			out = append(out, st.Chosen.Render("▸ "+it[0]))
		} else {
			out = append(out, "  "+it[0])
		}
		for _, d := range text.Wrap(it[1], w-4) {
			out = append(out, st.Muted.Render("    "+d))
		}
	}
	return out
}

// folder shows a folder as a person reads it: under the home folder as
// ~/…, escaped.
func (s *startScreen) folder(dir string) string { return termsafe.Text(recent.Folder(dir, s.home)) }

// folderFit is folder cut to w cells from the left: the end of a path
// says where one is.
func (s *startScreen) folderFit(dir string, w int) string {
	f := s.folder(dir)
	if w < 2 {
		return ""
	}
	if ansi.StringWidth(f) > w {
		f = "…" + ansi.TruncateLeft(f, ansi.StringWidth(f)-w+1, "")
	}
	return f
}

// when dates t for a person (recent.When, which the line-by-line mode's
// list shares).
func when(t, now time.Time) string { return recent.When(t, now) }

// Keys of the start screen's lists that are not in KeyMap.
var typePathHint = key.NewBinding(key.WithKeys("/", "~"), key.WithHelp("/", "type a path"))

// ShortHelp is the start screen's footer.
func (s *startScreen) ShortHelp() []key.Binding {
	switch s.mode {
	case startPath:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")), s.keys.Back}
	case startExamples:
		return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Choose, s.keys.Back, s.keys.Quit}
	case startOpen:
		return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Choose, typePathHint, s.keys.Back, s.keys.Quit}
	case startBrowse:
		return []key.Binding{pickerKeys.Open, pickerKeys.Parent, pickerKeys.Hidden, typePathHint, s.keys.Back, s.keys.Quit}
	case startOffer:
		return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Choose, s.keys.Back, s.keys.Quit}
	}
	return s.keys.startShort()
}

// FullHelp is the start screen's keys on the help screen.
func (s *startScreen) FullHelp() [][]key.Binding {
	switch s.mode {
	case startBrowse:
		k := pickerKeys
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Open, k.Parent, k.Hidden, typePathHint, s.keys.Back}, {s.keys.Help, s.keys.Quit}}
	case startOpen:
		return [][]key.Binding{{s.keys.Up, s.keys.Down, s.keys.Choose, typePathHint, s.keys.Back}, {s.keys.Help, s.keys.Quit}}
	}
	return s.keys.startFull()
}
