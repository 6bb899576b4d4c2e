package walkthrough

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the walk-through's keys. The form's own keys (typing, ↑/↓ in a
// list) come from huh; these are the ones the walk-through adds or names in
// the help.
type KeyMap struct {
	Next      key.Binding // enter: keep the answer, next question
	NextField key.Binding // tab
	PrevField key.Binding // shift+tab: previous question (previous step on the first)
	Back      key.Binding // esc: previous step
	Choose    key.Binding // ↑/↓ in a list
	Filter    key.Binding // / in a list

	// On the review.
	Up, Down key.Binding
	Open     key.Binding // enter on a line
	Jump     key.Binding // 1–7: change that step (the review binds its own steps' digits: jumpKeys)
	Save     key.Binding
	Compare  key.Binding
	Leave    key.Binding
	// Everything leaves the short route for every question.
	Everything key.Binding
	Yes, No    key.Binding // replacing a file
	Cancel     key.Binding // esc while naming a file
	Interrupt  key.Binding // ctrl+c
	// Help: ? shows every key (the program around the walk-through shows
	// it); where ? is text (TypesQuestionMark) it is typed instead.
	Help key.Binding
}

// DefaultKeyMap returns the walk-through's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		NextField: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next question")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous question")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back a step")),
		Choose:    key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),

		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Jump:       key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7"), key.WithHelp("1–7", "change a step")),
		Save:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save as a file")),
		Compare:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "show the comparison")),
		Leave:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "leave")),
		Everything: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "answer every question")),
		Yes:        key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "replace it")),
		No:         key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "keep it")),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Interrupt:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit (the draft stays)")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
	}
}
