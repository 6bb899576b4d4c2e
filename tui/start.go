package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/tui/theme"
)

// startScreen is the first screen of `carecost` without a file: the demo,
// a new estimate, a file, an example, or the unfinished draft, which it
// looks for whenever it starts (Init).
type startScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int
	draftPath     string // configured ("" the default); see Options.DraftPath

	mode     startMode
	cursor   int
	draft    *interview.Draft // the unfinished walk-through found
	resume   bool             // a draft was found: offer to resume it
	resumeAt string           // where the draft stopped, in words ("" when unknown)

	path     textinput.Model
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
	s := &startScreen{styles: st, keys: km, draftPath: draftPath, path: in, examples: exampleList()}
	if note != "" {
		s.showError(note)
	}
	s.render()
	return s
}

// draftFoundMsg answers findDraft.
type draftFoundMsg struct {
	draft *interview.Draft
	err   error
}

// Init looks for an unfinished walk-through to offer.
func (s *startScreen) Init() tea.Cmd {
	configured := s.draftPath
	return func() tea.Msg {
		path, err := draftPath(configured)
		if err != nil {
			return draftFoundMsg{} // nowhere to keep drafts: none to offer
		}
		d, err := interview.LoadDraft(path)
		return draftFoundMsg{draft: d, err: err}
	}
}

// items are the menu's choices: the demo first, so Enter reaches a
// comparison (docs/spec/clarifications.md: the demo in one key); the draft last when there is
// one, so the other choices keep their places whether or not a draft
// exists (the same keys always choose the same thing).
func (s *startScreen) items() []startChoiceItem {
	items := []startChoiceItem{{choiceDemo, "Try the built-in demo",
		"Knee replacement rehab on a PPO, every answer filled in: Enter shows its comparison, and e there walks through its answers."}}
	items = append(items,
		startChoiceItem{choiceNew, "Start a new estimate",
			"A few plain questions about your plan and your therapy; typical figures fill in the rest, marked as assumed, and every question is one key away."},
		startChoiceItem{choiceOpen, "Open a scenario file",
			"A .yaml or .json scenario (carecost init writes a starter)."},
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
// of the draft found (draftFoundMsg) and of a file that did not open.
func (s *startScreen) Update(msg tea.Msg) tea.Cmd {
	cmd := s.update(msg)
	s.render()
	return cmd
}

func (s *startScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case draftFoundMsg:
		s.draft = msg.draft
		switch {
		case msg.err != nil:
			s.showError("An unfinished walk-through was found but could not be read: " + msg.err.Error())
		case msg.draft != nil:
			s.offerResume("the step “" + msg.draft.Step.Title() + "”")
		}
		return nil
	case openFailedMsg:
		s.showError(msg.text)
		return nil
	}
	k, isKey := msg.(tea.KeyMsg)
	switch s.mode {
	case startPath:
		if isKey {
			switch k.Type {
			case tea.KeyEnter:
				p := strings.TrimSpace(s.path.Value())
				if p == "" {
					return nil
				}
				s.err = ""
				return send(openPathMsg{path: p})
			case tea.KeyEsc:
				s.mode, s.err = startMenu, ""
				s.path.Blur()
				return nil
			}
		}
		var cmd tea.Cmd
		s.path, cmd = s.path.Update(msg)
		return cmd
	case startExamples:
		if !isKey {
			return nil
		}
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
	if !isKey {
		return nil
	}
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
			s.mode = startPath
			return s.path.Focus()
		case choiceExample:
			s.mode = startExamples
		}
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
	var lines []string
	lines = append(lines, st.Title.Render("carecost")+" — what a year of therapy costs, three ways", "")
	lines = append(lines, text.Wrap("An in-network clinic, an out-of-network provider with a superbill, or a concierge therapist at home: answer a few questions and compare the three side by side.", w)...)
	lines = append(lines, "")
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
	}
	if s.err != "" {
		lines = append(lines, "")
		lines = append(lines, styleLines(st.Error, text.Wrap(s.err, w))...)
	}
	for i := range lines {
		lines[i] = text.Fit(lines[i], w)
	}
	if len(lines) > s.height && s.height > 0 {
		lines = lines[:s.height]
	}
	s.view = strings.Join(lines, "\n")
}

// ShortHelp is the start screen's footer.
func (s *startScreen) ShortHelp() []key.Binding {
	switch s.mode {
	case startPath:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")), s.keys.Back}
	case startExamples:
		return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Choose, s.keys.Back, s.keys.Quit}
	}
	return s.keys.startShort()
}

// FullHelp is the start screen's keys on the help screen.
func (s *startScreen) FullHelp() [][]key.Binding { return s.keys.startFull() }
