package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/interview"
)

// leftMsg answers leave: the what-ifs were kept as the draft, or could not
// be.
type leftMsg struct {
	interrupt bool // ctrl+c, not q
	path      string
	err       error
}

// leave ends the program: q quits, ctrl+c interrupts. From the
// walk-through's help, the walk-through keeps its answers as the draft.
// Changes on the
// dashboard that are in no file (what-ifs, or answers from the walk-through
// not saved since) are kept as the draft first, which the start screen
// offers next time: leaving loses nothing the user typed. When the draft
// cannot be written, q stays and says so (a second q quits without them);
// ctrl+c still leaves.
func (m Model) leave(interrupt bool) (Model, tea.Cmd) {
	end := tea.Quit
	if interrupt {
		end = tea.Interrupt
	}
	if m.state == stateHelp && m.back == stateWizard {
		// the walk-through's help: its answers are its draft, kept as its
		// own ctrl+c keeps them
		return m, m.wiz.model.Leave(end)
	}
	if !m.hasScenario || !m.dash.dirty() || (m.quitAnyway && !interrupt) {
		return m, end
	}
	d := interview.DraftOf(m.dash.scenario, m.dash.assumed, m.dash.source.Path, m.dash.source.Sum, time.Now())
	configured := m.opts.DraftPath
	return m, func() tea.Msg {
		path, err := draftPath(configured)
		if err == nil {
			err = interview.SaveDraft(path, d)
		}
		return leftMsg{interrupt: interrupt, path: path, err: err}
	}
}

// left ends the program once leave has kept the draft, or keeps it
// running when q could not.
func (m Model) left(msg leftMsg) (Model, tea.Cmd) {
	if msg.err == nil {
		m.quitNote = "Your changes are not saved in a scenario file.\n" +
			"carecost kept them as an unfinished draft: " + msg.path + "\n" +
			"To get them back, start carecost and choose “Resume the unfinished draft”."
	} else if !msg.interrupt {
		m.quitAnyway = true
		m.state = stateDashboard
		m.dash.setStatus("Your changes could not be kept as a draft ("+msg.err.Error()+"). "+
			"w saves them in a file; q again quits without them.", true)
		return m, nil
	} else {
		m.quitNote = "Your changes are not saved, and could not be kept as a draft: " + msg.err.Error()
	}
	if msg.interrupt {
		return m, tea.Interrupt
	}
	return m, tea.Quit
}

// draftPath is where the walk-through's draft is kept: the configured path,
// or the default one.
func draftPath(configured string) (string, error) {
	if configured != "" {
		return configured, nil
	}
	return interview.DefaultDraftPath()
}
