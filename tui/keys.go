package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
)

// KeyMap is every key of the program's own screens (the walk-through has
// its own). Each screen lists the ones that work there in its ShortHelp and
// FullHelp; the footer shows them.
type KeyMap struct {
	// moving
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	NextOption, PrevOption                  key.Binding

	// what if
	MoreVisits, FewerVisits key.Binding
	PriceUp, PriceDown      key.Binding
	Policy, Account         key.Binding
	// a real episode's: the first visit's date, the range of visits
	Earlier, Later          key.Binding
	RangeLower, RangeHigher key.Binding
	Narrower, Wider         key.Binding

	// actions
	Edit, Save, Export, Ledger key.Binding
	CashFlow                   key.Binding
	Compare                    key.Binding
	Choose, Back, Reload       key.Binding
	Yes, No                    key.Binding

	Help, Quit, Interrupt key.Binding
}

// DefaultKeyMap returns carecost's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "bottom")),

		NextOption: key.NewBinding(key.WithKeys("tab", "right"), key.WithHelp("tab/→", "next option")),
		PrevOption: key.NewBinding(key.WithKeys("shift+tab", "left"), key.WithHelp("←", "previous option")),

		MoreVisits:  key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "one visit more")),
		FewerVisits: key.NewBinding(key.WithKeys("-", "_"), key.WithHelp("-", "one visit fewer")),
		PriceUp:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "price $5 higher")),
		PriceDown:   key.NewBinding(key.WithKeys("["), key.WithHelp("[", "price $5 lower")),
		Policy:      key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "policy on/off")),
		Account:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "HSA/FSA on/off")),
		// , and . are < and > without shift, as = is +
		Earlier:     key.NewBinding(key.WithKeys("<", ","), key.WithHelp("<", "start a week earlier")),
		Later:       key.NewBinding(key.WithKeys(">", "."), key.WithHelp(">", "start a week later")),
		RangeLower:  key.NewBinding(key.WithKeys("{"), key.WithHelp("{", "range 1 visit lower")),
		RangeHigher: key.NewBinding(key.WithKeys("}"), key.WithHelp("}", "range 1 visit higher")),
		Narrower:    key.NewBinding(key.WithKeys("("), key.WithHelp("(", "range narrower")),
		Wider:       key.NewBinding(key.WithKeys(")"), key.WithHelp(")", "range wider")),

		Edit:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Save:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "save")),
		Export: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "export .md")),
		Ledger: key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "ledger")),
		// m: money by month, the cash-flow view
		CashFlow: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "money by month")),
		Choose:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Reload:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "read the file again")),
		Yes:      key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:       key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "no")),

		// the dashboard's plan against others (compare.go)
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare plans")),

		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

// moveOption moves *selected to the next option (tab, →) or the previous
// one (shift+tab, ←), round the three, and reports whether k was one of
// those keys: the dashboard, the ledger and the money by month move alike.
func moveOption(km KeyMap, k tea.KeyMsg, selected *int) bool {
	n := len(calc.OptionIDs)
	switch {
	case key.Matches(k, km.NextOption):
		*selected = (*selected + 1) % n
	case key.Matches(k, km.PrevOption):
		*selected = (*selected + n - 1) % n
	default:
		return false
	}
	return true
}

// The help of each screen: the footer shows ShortHelp, the help screen
// FullHelp.

// Pairs of keys as the short footer shows them.
var (
	optionsHint = key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "option"))
	visitsHint  = key.NewBinding(key.WithKeys("+", "-"), key.WithHelp("+/-", "visits"))
	priceHint   = key.NewBinding(key.WithKeys("[", "]"), key.WithHelp("[/]", "price"))
	moreHint    = key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more"))
)

// dashboardShort is the dashboard's footer. A dated episode's shows m,
// the money by month, in the place of [/] (the help still lists them): the
// footer must fit 80 columns.
func (k KeyMap) dashboardShort(dated bool) []key.Binding {
	if dated {
		months := k.CashFlow
		months.SetHelp("m", "months")
		return []key.Binding{optionsHint, visitsHint, k.Ledger, months, k.Edit, moreHint, k.Quit}
	}
	return []key.Binding{optionsHint, visitsHint, priceHint, k.Ledger, k.Edit, moreHint, k.Quit}
}

func (k KeyMap) dashboardFull() [][]key.Binding {
	return [][]key.Binding{
		{k.PrevOption, k.NextOption, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.MoreVisits, k.FewerVisits, k.PriceDown, k.PriceUp, k.Policy, k.Account,
			k.Earlier, k.Later, k.RangeLower, k.RangeHigher, k.Narrower, k.Wider},
		{k.Ledger, k.CashFlow, k.Compare, k.Edit, k.Save, k.Export, k.Help, k.Quit},
	}
}

func (k KeyMap) cashFlowShort() []key.Binding {
	return []key.Binding{optionsHint, k.Up, k.Down, k.Back, moreHint, k.Quit}
}

func (k KeyMap) cashFlowFull() [][]key.Binding {
	back := k.Back
	back.SetHelp("esc/m", "back")
	return [][]key.Binding{
		{k.PrevOption, k.NextOption},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{back, k.Help, k.Quit},
	}
}

func (k KeyMap) ledgerShort() []key.Binding {
	return []key.Binding{optionsHint, k.Up, k.Down, k.Back, moreHint, k.Quit}
}

func (k KeyMap) ledgerFull() [][]key.Binding {
	return [][]key.Binding{
		{k.PrevOption, k.NextOption},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Back, k.Help, k.Quit},
	}
}

func (k KeyMap) startShort() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Choose, k.Quit}
}

func (k KeyMap) promptShort() []key.Binding {
	return []key.Binding{k.Yes, k.No}
}

func (k KeyMap) errorShort() []key.Binding {
	return []key.Binding{k.Reload, k.Back, k.Up, k.Down, k.Quit}
}

func (k KeyMap) helpShort() []key.Binding {
	close := k.Back
	close.SetHelp("esc/?", "close help")
	return []key.Binding{close, k.Up, k.Down, k.Quit}
}

func (k KeyMap) startFull() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Choose, k.Back}, {k.Help, k.Quit}}
}
