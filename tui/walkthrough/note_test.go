package walkthrough

import (
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A note under the steps names files (another carecost keeps the draft of
// FILE), which may hold anything: it reaches the terminal escaped, so a
// title sequence in a file name does not retitle the terminal.
func TestDraftNoteIsEscaped(t *testing.T) {
	o := Options{DraftNote: "Another carecost keeps the unfinished draft of /tmp/\x1b]0;HACKED\a.yaml."}
	o.DraftPath = filepath.Join(t.TempDir(), "draft.yaml")
	m, _ := New(o).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	v := m.View()
	if strings.Contains(v, "\x1b]") || strings.Contains(v, "\a") {
		t.Errorf("the note's title sequence reached the view raw: %q", v)
	}
	if !strings.Contains(v, "Another carecost keeps the unfinished draft") {
		t.Errorf("the note is not shown:\n%s", v)
	}
}
