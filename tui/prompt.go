package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/tui/walkthrough"
)

// prompt is a question on the dashboard's bottom line: yes or no, or a
// file name. While one is open it takes every key.
type prompt struct {
	kind     promptKind
	question string
	input    textinput.Model
	// what to do on yes (or on Enter with a name)
	save   saveRequest
	export exportRequest
	then   promptAction
}

type promptKind int

const (
	promptNone promptKind = iota
	promptConfirm
	promptName
)

type promptAction int

const (
	actSave          promptAction = iota // save.req as it is (overwrite or checks set by the asker)
	actSaveAs                            // a name was asked: save to it, never replacing
	actExport                            // export.req with overwrite
	actAcceptComment                     // saving drops the file's comments: go on
)

func (p *prompt) active() bool { return p.kind != promptNone }

func confirmPrompt(question string, then promptAction) prompt {
	// the question names a file, which may hold anything: shown escaped
	return prompt{kind: promptConfirm, question: termsafe.Text(question), then: then}
}

func namePrompt(question, suggestion string, width int) prompt {
	in := textinput.New()
	in.Prompt = ""
	in.SetValue(suggestion)
	in.CursorEnd()
	in.Cursor.SetMode(cursor.CursorStatic) // no blinking: nothing to redraw while waiting
	in.Width = max(10, width-len(question)-2)
	in.Focus()
	return prompt{kind: promptName, question: termsafe.Text(question), input: in, then: actSaveAs}
}

// promptResult is what a key did to an open prompt.
type promptResult int

const (
	promptOpen     promptResult = iota // still asking
	promptAccepted                     // yes, or Enter on a name
	promptDeclined                     // no, or esc
)

func (p *prompt) update(msg tea.Msg, km KeyMap) (promptResult, tea.Cmd) {
	k, isKey := msg.(tea.KeyMsg)
	switch p.kind {
	case promptConfirm:
		if !isKey {
			return promptOpen, nil
		}
		switch {
		case key.Matches(k, km.Yes):
			return promptAccepted, nil
		case key.Matches(k, km.No):
			return promptDeclined, nil
		}
		return promptOpen, nil
	case promptName:
		if isKey {
			switch k.Type {
			case tea.KeyEnter:
				if p.input.Value() == "" {
					return promptOpen, nil
				}
				return promptAccepted, nil
			case tea.KeyEsc:
				return promptDeclined, nil
			}
		}
		var cmd tea.Cmd
		if isKey {
			msg = walkthrough.EscapeRunes(k)
		}
		p.input, cmd = p.input.Update(msg)
		return promptOpen, cmd
	}
	return promptDeclined, nil
}
