package tui

import (
	"path/filepath"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/tui/theme"
)

// folderPicker is the start screen's file picker: a folder's sub-folders
// and scenario files, one a line, to walk and choose from. It does what
// bubbles' filepicker does, with its keys, and not with it: in the pinned
// bubbles v1.0.0 that one writes file names to the terminal as they are
// (ESC and all), panics drawing a file removed since the folder was read,
// drops a folder that cannot be read without a word while moving into it,
// loses the cursor when the window grows or shrinks, and reads every
// line's file again at each draw (docs/decisions.md, "The start screen's
// file picker"). The folder is read in a command (readFolder, files.go);
// this only shows what it answered.
type folderPicker struct {
	dir     string        // the folder shown: absolute
	entries []folderEntry // the parent first (when there is one), folders, then files
	others  int           // files of the folder that are not scenario files
	cut     bool          // the folder has more entries than are listed
	hidden  bool          // names starting with a dot are listed
	cursor  int
	top     int // the first entry shown
	rows    int // lines for entries
	err     string
	seq     int // the read asked last: an older one's answer is dropped
	reading bool
}

// folderEntry is one line of the picker.
type folderEntry struct {
	name string
	dir  bool
	up   bool // the parent folder, listed as ../
}

// folderReadMsg answers readFolder.
type folderReadMsg struct {
	seq     int
	dir     string // absolute
	entries []folderEntry
	others  int
	cut     bool
	focus   string // the entry to put the cursor on ("" the first)
	err     error
}

func (folderReadMsg) recipient() state { return stateStart }

// The picker's keys: bubbles' filepicker's, esc left to the start screen
// (it goes back there, not up a folder), and . for the hidden names.
var pickerKeys = struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Open, Parent, Hidden key.Binding
}{
	Up:       key.NewBinding(key.WithKeys("up", "k", "ctrl+p"), key.WithHelp("↑/k", "up")),
	Down:     key.NewBinding(key.WithKeys("down", "j", "ctrl+n"), key.WithHelp("↓/j", "down")),
	PageUp:   key.NewBinding(key.WithKeys("pgup", "K"), key.WithHelp("pgup", "page up")),
	PageDown: key.NewBinding(key.WithKeys("pgdown", "J"), key.WithHelp("pgdn", "page down")),
	Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "first")),
	Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "last")),
	Open:     key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open")),
	Parent:   key.NewBinding(key.WithKeys("left", "h", "backspace"), key.WithHelp("←", "up")),
	Hidden:   key.NewBinding(key.WithKeys("."), key.WithHelp(".", "hidden")),
}

// read asks for dir's entries, the cursor to go on focus once read.
func (p *folderPicker) read(dir, focus string) tea.Cmd {
	p.seq++
	p.reading = true
	return readFolder(p.seq, dir, p.hidden, focus)
}

// got shows a folder read, or says why it could not be: the folder shown
// stays, so the picker never lists one folder under another's name.
func (p *folderPicker) got(msg folderReadMsg) {
	if msg.seq != p.seq {
		return
	}
	p.reading = false
	if msg.err != nil {
		p.err = "The folder could not be read: " + termsafe.Text(msg.err.Error())
		return
	}
	p.err = ""
	p.dir, p.others, p.cut = msg.dir, msg.others, msg.cut
	p.entries = p.entries[:0]
	if parent := filepath.Dir(msg.dir); parent != msg.dir {
		p.entries = append(p.entries, folderEntry{name: "..", dir: true, up: true})
	}
	p.entries = append(p.entries, msg.entries...)
	p.cursor, p.top = 0, 0
	for i, e := range p.entries {
		if !e.up && e.name == msg.focus {
			p.cursor = i
		}
	}
	p.scroll()
}

// update acts on a key: it moves, or asks for another folder (a command),
// or answers the file chosen (file, not "").
func (p *folderPicker) update(k tea.KeyMsg) (cmd tea.Cmd, file string) {
	n := len(p.entries)
	switch {
	case key.Matches(k, pickerKeys.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(k, pickerKeys.Down):
		p.cursor = max(0, min(n-1, p.cursor+1))
	case key.Matches(k, pickerKeys.PageUp):
		p.cursor = max(0, p.cursor-p.rows)
	case key.Matches(k, pickerKeys.PageDown):
		p.cursor = max(0, min(n-1, p.cursor+p.rows))
	case key.Matches(k, pickerKeys.Top):
		p.cursor = 0
	case key.Matches(k, pickerKeys.Bottom):
		p.cursor = max(0, n-1)
	case key.Matches(k, pickerKeys.Parent):
		return p.up(), ""
	case key.Matches(k, pickerKeys.Hidden):
		p.hidden = !p.hidden
		focus := ""
		if p.cursor < n && !p.entries[p.cursor].up {
			focus = p.entries[p.cursor].name
		}
		return p.read(p.dir, focus), ""
	case key.Matches(k, pickerKeys.Open):
		if p.cursor >= n {
			return nil, ""
		}
		e := p.entries[p.cursor]
		switch {
		case e.up:
			return p.up(), ""
		case e.dir:
			return p.read(filepath.Join(p.dir, e.name), ""), ""
		}
		return nil, filepath.Join(p.dir, e.name)
	}
	p.scroll()
	return nil, ""
}

// up reads the parent folder, the cursor on the folder left.
func (p *folderPicker) up() tea.Cmd {
	parent := filepath.Dir(p.dir)
	if parent == p.dir {
		return nil
	}
	return p.read(parent, filepath.Base(p.dir))
}

// setRows gives the picker n lines for entries, keeping the cursor in
// sight.
func (p *folderPicker) setRows(n int) {
	p.rows = max(1, n)
	p.scroll()
}

// scroll moves the window of entries shown so that the cursor is in it
// and no line is left empty that an entry could fill.
func (p *folderPicker) scroll() {
	n := len(p.entries)
	p.cursor = max(0, min(p.cursor, n-1))
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+p.rows {
		p.top = p.cursor - p.rows + 1
	}
	p.top = max(0, min(p.top, n-p.rows))
}

// lines draws the entries shown, w cells wide, every name escaped
// (internal/termsafe): a file name can hold anything a terminal acts on.
// Folders end with "/", so they are told from files without colour.
func (p *folderPicker) lines(st *theme.Styles, w int) []string {
	var out []string
	for i := p.top; i < len(p.entries) && i < p.top+p.rows; i++ {
		e := p.entries[i]
		name := termsafe.Text(e.name)
		if e.dir {
			name += "/"
		}
		if i == p.cursor {
			out = append(out, st.Chosen.Render("▸ ")+text.Fit(st.Chosen.Render(name), w-2))
		} else {
			out = append(out, "  "+text.Fit(name, w-2))
		}
	}
	return out
}

// summary says what the folder holds that is not listed, and where the
// window of entries is when they do not all fit ("" when nothing is to
// say).
func (p *folderPicker) summary() string {
	var parts []string
	files := 0
	for _, e := range p.entries {
		if !e.dir {
			files++
		}
	}
	switch {
	case p.reading && len(p.entries) == 0:
		parts = append(parts, "Reading the folder…")
	case files == 0:
		parts = append(parts, "No scenario files here (.yaml, .yml, .json)")
	}
	if p.others > 0 {
		parts = append(parts, plural(p.others, "other file", "other files")+" not listed")
	}
	if p.cut {
		parts = append(parts, "only the first "+strconv.Itoa(maxFolderEntries)+" entries are read")
	}
	if !p.hidden {
		parts = append(parts, "hidden files not shown (. shows them)")
	}
	if len(p.entries) > p.rows {
		parts = append(parts, strconv.Itoa(p.top+1)+"–"+strconv.Itoa(min(len(p.entries), p.top+p.rows))+" of "+strconv.Itoa(len(p.entries)))
	}
	s := ""
	for i, part := range parts {
		if i > 0 {
			s += " · "
		}
		s += part
	}
	return s
}

// plural is "1 other file", "3 other files".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
