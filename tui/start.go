package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/tui/theme"
)

// startScreen is the first screen of `carecost` without a file: the demo,
// a new estimate, a file, an example, or the unfinished draft.
type startScreen struct {
	styles        theme.Styles
	keys          KeyMap
	width, height int

	mode     startMode
	cursor   int
	resume   bool   // a draft was found: offer to resume it
	resumeAt string // where the draft stopped, in words ("" when unknown)

	path     textinput.Model
	examples []examples.Example
	exCursor int
	err      string
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

// The start screen's requests to the root.
type (
	startDemoMsg    struct{}
	startNewMsg     struct{}
	startResumeMsg  struct{}
	openPathMsg     struct{ path string }
	openExampleMsg  struct{ file string }
	startChoiceItem struct {
		choice      startChoice
		title, desc string
	}
)

func newStart(st theme.Styles, km KeyMap) startScreen {
	in := textinput.New()
	in.Prompt = "File: "
	in.Placeholder = "path/to/scenario.yaml"
	in.Cursor.SetMode(cursor.CursorStatic)
	return startScreen{styles: st, keys: km, path: in, examples: exampleList()}
}

// items are the menu's choices: the demo first, so Enter reaches a
// comparison (clarifications.md: the demo in one key); the draft last when there is
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
}

// showError tells why a file did not open, staying on the screen.
func (s *startScreen) showError(text string) {
	s.err = termsafe.Lines(text) // it quotes the name typed, or a file's
}

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

func (s startScreen) Update(msg tea.Msg) (startScreen, tea.Cmd) {
	k, isKey := msg.(tea.KeyMsg)
	switch s.mode {
	case startPath:
		if isKey {
			switch k.Type {
			case tea.KeyEnter:
				p := strings.TrimSpace(s.path.Value())
				if p == "" {
					return s, nil
				}
				s.err = ""
				return s, send(openPathMsg{path: p})
			case tea.KeyEsc:
				s.mode, s.err = startMenu, ""
				s.path.Blur()
				return s, nil
			}
		}
		var cmd tea.Cmd
		s.path, cmd = s.path.Update(msg)
		return s, cmd
	case startExamples:
		if !isKey {
			return s, nil
		}
		switch {
		case key.Matches(k, s.keys.Up):
			s.exCursor = max(0, s.exCursor-1)
		case key.Matches(k, s.keys.Down):
			s.exCursor = min(len(s.examples)-1, s.exCursor+1)
		case key.Matches(k, s.keys.Choose):
			if len(s.examples) > 0 {
				return s, send(openExampleMsg{file: s.examples[s.exCursor].File})
			}
		case key.Matches(k, s.keys.Back):
			s.mode, s.err = startMenu, ""
		}
		return s, nil
	}
	if !isKey {
		return s, nil
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
			return s, send(startDemoMsg{})
		case choiceResume:
			return s, send(startResumeMsg{})
		case choiceNew:
			return s, send(startNewMsg{})
		case choiceOpen:
			s.mode = startPath
			return s, s.path.Focus()
		case choiceExample:
			s.mode = startExamples
		}
	}
	return s, nil
}

// capturing reports whether the screen takes every key (typing a path).
func (s *startScreen) capturing() bool { return s.mode == startPath }

func (s startScreen) View() string {
	st := &s.styles
	w := max(20, s.width)
	var lines []string
	lines = append(lines, st.Title.Render("carecost")+" — what a year of therapy costs, three ways", "")
	lines = append(lines, wrap("An in-network clinic, an out-of-network provider with a superbill, or a concierge therapist at home: answer a few questions and compare the three side by side.", w)...)
	lines = append(lines, "")
	switch s.mode {
	case startMenu:
		for i, it := range s.items() {
			if i == s.cursor {
				lines = append(lines, st.Chosen.Render("▸ "+it.title))
			} else {
				lines = append(lines, "  "+it.title)
			}
			for _, d := range wrap(it.desc, w-4) {
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
			text := fit(ex.Name+st.Muted.Render("  "+ex.File), w-2)
			if i == s.exCursor {
				lines = append(lines, st.Chosen.Render("▸ ")+text)
			} else {
				lines = append(lines, "  "+text)
			}
		}
		if len(s.examples) == 0 {
			lines = append(lines, st.Muted.Render("(no examples in this build)"))
		}
	}
	if s.err != "" {
		lines = append(lines, "")
		lines = append(lines, styleLines(st.Error, wrap(s.err, w))...)
	}
	for i := range lines {
		lines[i] = fit(lines[i], w)
	}
	if len(lines) > s.height && s.height > 0 {
		lines = lines[:s.height]
	}
	return strings.Join(lines, "\n")
}

// ShortHelp is the start screen's footer.
func (s startScreen) ShortHelp() []key.Binding {
	switch s.mode {
	case startPath:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")), s.keys.Back}
	case startExamples:
		return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Choose, s.keys.Back, s.keys.Quit}
	}
	return s.keys.startShort()
}
