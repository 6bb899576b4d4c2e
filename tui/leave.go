package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/interview"
)

// Where answers in no file are kept. New answers (a new estimate, the demo,
// an example) keep their draft in the draft file the program is given
// (Options.DraftPath: draft.yaml, or this run's own when another run holds
// it); answers that belong to a scenario file keep theirs in that file's
// own draft file (interview.ClaimFileDraft), offered when the file is
// opened again. So each opened file keeps its own unfinished draft.

// leftMsg answers leave: the what-ifs were kept as the draft, or could not
// be.
type leftMsg struct {
	interrupt bool // ctrl+c, not q
	path      string
	file      string // the scenario file the draft is of ("" new answers)
	err       error
}

// leave ends the program: q quits, ctrl+c interrupts. The walk-through
// (shown, or behind its help) keeps its own answers as the draft first.
// Changes on the dashboard that are in no file (what-ifs, or answers from
// the walk-through not saved since) are kept as the draft first, whichever
// screen is shown — the draft of the file they are changes to, when there
// is one — and the start screen offers them next time: leaving loses
// nothing the user typed. When the draft cannot be written, q stays and
// says so (a second q quits without them); ctrl+c still leaves.
func (m Model) leave(interrupt bool) (Model, tea.Cmd) {
	end := tea.Quit
	if interrupt {
		end = tea.Interrupt
	}
	if cmd := m.owner().Leave(end); cmd != nil {
		return m, cmd
	}
	d, unsaved := m.screens[stateDashboard].Unsaved()
	if !unsaved || (m.quitAnyway && !interrupt) {
		return m, end
	}
	configured := m.opts.DraftPath
	return m, func() tea.Msg {
		path, err := keepUnsaved(configured, d)
		return leftMsg{interrupt: interrupt, path: path, file: d.Path, err: err}
	}
}

// keepUnsaved keeps the dashboard's changes d as the draft of the file
// they are changes to (d.Path), else as the draft of new answers; it
// returns where.
func keepUnsaved(configured string, d interview.Draft) (string, error) {
	path, err := draftPath(configured)
	if err != nil {
		return path, err
	}
	if d.Path != "" {
		if slot, _, _ := interview.ClaimFileDraft(path, d.Path); slot != "" {
			path = slot // a claim that failed: the save there says why, if it fails
		}
	}
	return path, interview.SaveDraft(path, d)
}

// left ends the program once leave has kept the draft, or keeps it
// running when q could not.
func (m Model) left(msg leftMsg) (Model, tea.Cmd) {
	if msg.err == nil {
		m.quitNote = keptNote("changes", msg.path, msg.file)
	} else if !msg.interrupt {
		m.quitAnyway = true
		m.state = stateDashboard
		return m, m.to(stateDashboard, statusMsg{text: "Your changes could not be kept as a draft (" + msg.err.Error() + "). " +
			"w saves them in a file; q again quits without them.", bad: true})
	} else {
		m.quitNote = "Your changes are not saved, and could not be kept as a draft: " + termsafe.Text(msg.err.Error())
	}
	if msg.interrupt {
		return m, tea.Interrupt
	}
	return m, tea.Quit
}

// keptNote says, once the screen is gone, that the user's what ("answers",
// "changes") were kept as a draft at path, and how to get them back: the
// draft of new answers from the start screen's "Resume the unfinished
// draft", a file's by opening the file again. Names are shown escaped.
func keptNote(what, path, file string) string {
	note := "Your " + what + " are not saved in a scenario file.\n" +
		"carecost kept them as an unfinished draft: " + termsafe.Text(path) + "\n"
	if file == "" {
		return note + "To get them back, start carecost and choose “Resume the unfinished draft”."
	}
	return note + "To get them back, open " + termsafe.Text(file) + " again (on the command line, or from “Open a scenario file” " +
		"on the start screen) and resume its draft."
}

// draftOf settles where the walk-through opened on req keeps its draft:
// where it was resumed from when that is said (a file's draft offered when
// the file opened); for a scenario file's answers, that file's draft file
// (interview.ClaimFileDraft: openFile or remember claimed it already in
// their commands, so nothing is read here unless they have not run yet);
// else the draft of new answers — a draft resumed from the menu included,
// whatever file it names (one kept before drafts per file).
func (m Model) draftOf(req wizardRequest) wizardRequest {
	if req.draftPath != "" {
		req.draftFile = req.path
		if req.draft != nil {
			req.draftFile = req.draft.Path
		}
		return req
	}
	if req.path != "" {
		if main, err := draftPath(m.opts.DraftPath); err == nil {
			if slot, note, _ := interview.ClaimFileDraft(main, req.path); slot != "" {
				req.draftPath, req.draftNote, req.draftFile = slot, termsafe.Text(note), req.path
				return req
			}
		}
	}
	req.draftPath, req.draftNote = m.opts.DraftPath, m.opts.DraftNote
	return req
}

// draftPath is where the walk-through's draft of new answers is kept: the
// configured path, or the default one.
func draftPath(configured string) (string, error) {
	if configured != "" {
		return configured, nil
	}
	return interview.DefaultDraftPath()
}
