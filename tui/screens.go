package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/tui/theme"
)

// errorScreen says why a scenario could not be opened: every problem of the
// file, each with its line and field. The file is left as it is; r reads it
// again after it has been fixed in an editor.
type errorScreen struct {
	styles        theme.Styles
	width, height int
	title         string
	problems      []string
	path          string // the file to read again; "" for an example
	edit          bool   // it was opened for the walk-through
	missing       bool   // the file was not there
	body          scroller
}

// show puts title and problems on the screen. They quote a file's name and
// its keys and values, which may hold anything: what a terminal would act
// on is shown escaped (an unknown key with ESC ] 0 ; … BEL once retitled
// the terminal and erased this screen).
func (e *errorScreen) show(title string, problems []string, path string, edit, missing bool) {
	safe := make([]string, len(problems))
	for i, p := range problems {
		safe[i] = termsafe.Text(p)
	}
	e.title, e.problems, e.path, e.edit, e.missing = termsafe.Text(title), safe, path, edit, missing
	e.body.scrollTo(0)
	e.render()
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
	lines := styleLines(st.Error, wrap(e.title, w))
	lines = append(lines, "")
	for _, p := range e.problems {
		lines = append(lines, bullet(p, w)...)
	}
	lines = append(lines, "")
	hint := "Nothing was changed. Press esc for the start screen."
	if e.missing {
		hint = "Check the name, then press r to try again, or esc for the start screen."
	} else if e.path != "" {
		hint = "Nothing was changed in the file. Fix it in an editor and press r to read it again, or esc for the start screen."
	}
	lines = append(lines, styleLines(st.Muted, wrap(hint, w))...)
	e.body.setHeight(e.height)
	e.body.setLines(lines)
}

func (e errorScreen) View() string { return e.body.view }

// helpScreen is the full help of the screen it was opened from, with what
// each figure of the dashboard means.
type helpScreen struct {
	styles        theme.Styles
	width, height int
	groups        [][]key.Binding
	glossary      [][2]string
	body          scroller
}

func (h *helpScreen) show(groups [][]key.Binding, glossary [][2]string) {
	h.groups, h.glossary = groups, glossary
	h.body.scrollTo(0)
	h.render()
}

func (h *helpScreen) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.render()
}

// ledgerGlossary explains the ledger's columns.
var ledgerGlossary = [][2]string{
	{"Billed", "what the provider asks for the visit, travel fee included."},
	{"Plan paid", "what the health plan pays of it."},
	{"Policy paid", "what the supplemental policy pays."},
	{"You pay", "what you pay at the visit, claim-service fees included."},
	{"Money back", "what the plan or a policy pays you later."},
	{"Costs you", "what the visit finally costs you: you pay − money back."},
	{"Deduct. left", "the deductible still to meet after the visit."},
	{"OOP max left", "what you can still pay before the out-of-pocket maximum stops your costs."},
	{"Rule that applied", "deductible, copay or coinsurance, out-of-pocket maximum reached, past the visit limit, balance billing (the provider's price above what the plan recognises), fees."},
}

// dashboardGlossary explains the cards' figures and the what-if keys.
var dashboardGlossary = [][2]string{
	{"Net yearly cost", "what the year of therapy costs you: out of pocket + supplemental policy premiums − HSA/FSA tax savings. The plan's own premium is the same under every option and left out."},
	{"Out of pocket", "what the visits finally cost you, after any money back."},
	{"Paid upfront", "the cash you pay at the visits, before anything comes back."},
	{"Money back", "what the plan or a policy pays you later, after you send superbills."},
	{"Per hour one-on-one (Per 1:1 hour)", "the net yearly cost per hour of one-on-one time with the therapist."},
	{"Visits covered (Covered)", "how many of the visits the plan (or an extra-visits policy) covers, and how many it does not (\"2 not\"): those you pay in full."},
	{"≠ lines", "inputs that differ from the saved scenario: the what-if changes. w saves them."},
	{"+/-", "one visit more or fewer for every option."},
	{"[ and ]", "$5 less or more for the selected option: in network the allowed amount (the plan's negotiated rate, which your share follows; without a plan, the self-pay price), out of network the cash rate, for the concierge the session fee."},
	{"p and a", "switch the supplemental policy or the HSA/FSA off and on, to see what each is worth."},
	{"e", "change the answers in the walk-through, at the step that holds the selected card's inputs."},
	{"w and x", "save the scenario file; export the comparison as Markdown (NAME-comparison.md) beside it. Neither replaces a file without asking."},
}

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
			lines = append(lines, bullet(st.Bold.Render(g[0])+": "+g[1], h.width)...)
		}
	}
	h.body.setHeight(h.height)
	h.body.setLines(lines)
}

func (h helpScreen) View() string { return h.body.view }
