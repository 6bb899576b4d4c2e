package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/tui/theme"
)

// loadingScreen says which file is being read.
type loadingScreen struct {
	plainScreen
	keys  KeyMap
	text  string
	width int
	view  string
}

func newLoading(km KeyMap, text string) *loadingScreen {
	l := &loadingScreen{keys: km, text: termsafe.Text(text)} // it names the file, which can hold anything
	l.render()
	return l
}

func (l *loadingScreen) Update(tea.Msg) tea.Cmd { return nil }

func (l *loadingScreen) SetSize(w, _ int) {
	l.width = w
	l.render()
}

func (l *loadingScreen) render() {
	l.view = l.text
	if l.width > 0 {
		l.view = strings.Join(text.Wrap(l.text, l.width), "\n")
	}
}

func (l *loadingScreen) View() string              { return l.view }
func (l *loadingScreen) ShortHelp() []key.Binding  { return []key.Binding{l.keys.Quit} }
func (l *loadingScreen) FullHelp() [][]key.Binding { return nil }

// errorScreen says why a scenario could not be opened: every problem of the
// file, each with its line and field. The file is left as it is; r reads it
// again after it has been fixed in an editor, esc goes to the start screen.
type errorScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int
	msg           showErrorMsg
	body          pager
}

func newError(st theme.Styles, km KeyMap) *errorScreen {
	return &errorScreen{styles: st, keys: km, body: newPager(km)}
}

// Update shows a new error (showErrorMsg), scrolls, and asks the root to
// read the file again or to show the start screen.
func (e *errorScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case showErrorMsg:
		e.show(msg)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, e.keys.Reload) && e.msg.path != "":
			return send(reloadMsg{path: e.msg.path, edit: e.msg.edit})
		case key.Matches(msg, e.keys.Back):
			return send(showStartMsg{})
		}
		e.body.Update(msg)
	}
	return nil
}

// show puts the title and problems on the screen. They quote a file's name
// and its keys and values, which may hold anything: what a terminal would
// act on is shown escaped (an unknown key with ESC ] 0 ; … BEL once
// retitled the terminal and erased this screen).
func (e *errorScreen) show(msg showErrorMsg) {
	safe := make([]string, len(msg.problems))
	for i, p := range msg.problems {
		safe[i] = termsafe.Text(p)
	}
	msg.title, msg.problems = termsafe.Text(msg.title), safe
	e.msg = msg
	e.render()
	e.body.GotoTop()
}

func (e *errorScreen) SetSize(w, h int) {
	e.width, e.height = w, h
	e.render()
}

func (e *errorScreen) render() {
	if e.width <= 0 {
		return
	}
	st := &e.styles
	w := e.width
	lines := theme.Lines(st.Error, "", text.Wrap(e.msg.title, w))
	lines = append(lines, "")
	for _, p := range e.msg.problems {
		lines = append(lines, text.WrapIndent("• ", p, w)...)
	}
	lines = append(lines, "")
	hint := "Nothing was changed. Press esc for the start screen."
	if e.msg.missing {
		hint = "Check the name, then press r to try again, or esc for the start screen."
	} else if e.msg.path != "" {
		hint = "Nothing was changed in the file. Fix it in an editor and press r to read it again, or esc for the start screen."
	}
	lines = append(lines, theme.Lines(st.Muted, "", text.Wrap(hint, w))...)
	e.body.Set(w, e.height, lines)
}

func (e *errorScreen) View() string { return e.body.View() }

// ShortHelp is the error screen's footer: r only when there is a file to
// read again.
func (e *errorScreen) ShortHelp() []key.Binding {
	keys := e.keys.errorShort()
	if e.msg.path == "" {
		keys = keys[1:]
	}
	return keys
}

// FullHelp is nil: the footer names every key of the error screen, and ?
// shows no help here.
func (e *errorScreen) FullHelp() [][]key.Binding { return nil }

// helpScreen is the full help of the screen it was opened from, with what
// each of its figures means.
type helpScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int
	groups        [][]key.Binding
	glossary      [][2]string
	body          pager
}

func newHelp(st theme.Styles, km KeyMap) *helpScreen {
	return &helpScreen{styles: st, keys: km, body: newPager(km)}
}

// Update shows the help it is given (showHelpMsg), scrolls, and asks the
// root to close it on esc (? is the root's own).
func (h *helpScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case showHelpMsg:
		h.groups, h.glossary = msg.groups, msg.glossary
		h.render()
		h.body.GotoTop()
	case tea.KeyMsg:
		if key.Matches(msg, h.keys.Back) {
			return send(closeHelpMsg{})
		}
		h.body.Update(msg)
	}
	return nil
}

func (h *helpScreen) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.render()
}

func (h *helpScreen) View() string              { return h.body.View() }
func (h *helpScreen) ShortHelp() []key.Binding  { return h.keys.helpShort() }
func (h *helpScreen) FullHelp() [][]key.Binding { return nil }

func (h *helpScreen) render() {
	if h.width <= 0 {
		return
	}
	st := &h.styles
	hm := help.New()
	hm.Styles = st.Help
	hm.Width = h.width
	lines := []string{st.Title.Render("Keys"), ""}
	lines = append(lines, strings.Split(hm.FullHelpView(h.groups), "\n")...)
	if len(h.glossary) > 0 {
		lines = append(lines, "", st.Title.Render("What the figures mean"), "")
		for _, g := range h.glossary {
			lines = append(lines, text.WrapIndent("• ", st.Bold.Render(g[0])+": "+g[1], h.width)...)
		}
	}
	h.body.Set(h.width, h.height, lines)
}
