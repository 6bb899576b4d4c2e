package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
)

// Until package wizard lands, the choices that walk through answers open
// the dashboard on them directly.

type wizardState struct{}

// wizardRequest is what the walk-through is opened on.
type wizardRequest struct {
	scenario calc.Scenario
	path     string // the file the scenario came from
	label    string // how the dashboard's title names the source
	base     string // the base of suggested file names
	resume   bool   // resume the draft instead
	fromFile bool   // --edit FILE: the dashboard already holds the file
	step     calc.OptionID
	atOption bool
}

func (m Model) findDraft() tea.Cmd { return nil }

func (m Model) openWizard(req wizardRequest) (Model, tea.Cmd) {
	if req.resume {
		return m, nil
	}
	if !req.fromFile {
		base := req.base
		if base == "" {
			base = slug(req.scenario.Name)
		}
		m.dash.open(req.scenario, nil, source{Path: req.path, Label: req.label, Base: base})
		m.hasScenario = true
	}
	m.state = stateDashboard
	return m, nil
}

func (m Model) editSelected() (Model, tea.Cmd) { return m, nil }

func (m Model) wizardMessage(msg tea.Msg) (bool, Model, tea.Cmd) { return false, m, nil }

func (m Model) updateWizard(msg tea.Msg) (Model, tea.Cmd) { return m, nil }

func (m *Model) resizeWizard(w, h int) {}

func (m *Model) wizardShortHelp() []key.Binding { return nil }

func (m Model) wizardView() string { return "" }
