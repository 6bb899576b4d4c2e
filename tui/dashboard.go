package tui

import (
	"errors"
	"io/fs"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// dashboard is the comparison: three option cards, the charts, and the
// warnings and next steps, with what-if keys that re-estimate at once.
type dashboard struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int

	// scenario is what the cards show: saved with the what-ifs applied.
	scenario calc.Scenario
	// saved is the scenario as last read or saved; the cards list the
	// inputs that differ from it.
	saved        calc.Scenario
	source       source
	fileWarnings []calc.Warning
	// policy and account are switched off by p and a, and kept here to
	// switch them back on.
	policy  calc.Supplemental
	account calc.Account
	// commentsOK: the user agreed that saving drops the file's comments.
	commentsOK bool
	// draftKept: the answers came from the walk-through, typed and saved
	// nowhere, and are kept as its draft until w saves them.
	draftKept bool
	// assumed are the figures the user did not give (field paths): a
	// preset's typical figures, a file's defaults. They are said under the
	// cards, and a what-if on one makes it the user's.
	assumed     []string
	assumptions []plans.Assumption

	result    calc.Result // reused: calc.EstimateInto makes no garbage
	warnings  []string
	crossings []report.Crossing
	cum       [3][]calc.Cents
	ep        episode // dates, months, a range (dashboard_episode.go)
	selected  int

	status    string
	statusBad bool
	// editHint is the step a status's "e gives it one" sends the user to,
	// for the next key only; nil: e opens the selected card's step
	editHint *interview.Step
	prompt   prompt

	header []string // the title and the verdict
	footer string   // the status or the prompt, one line or none
	body   pager    // everything below the verdict
	view   string   // all of it, drawn by Update
}

// The bounds of the what-if keys come from the scenario format, so a
// what-if never leaves a value a file could not hold.
var (
	visitsMin, visitsMax = fieldBounds("care.visits", 1, 365)
)

// priceStep is what `[` and `]` change a price by: $5.
const priceStep = calc.Cents(500)

func fieldBounds(path string, lo, hi int64) (int64, int64) {
	if f, ok := plans.Field(path); ok {
		return f.Min, f.Max
	}
	return lo, hi
}

func newDashboard(st theme.Styles, km KeyMap) *dashboard {
	return &dashboard{styles: st, keys: km, body: newPager(km)}
}

// open shows a scenario as read or saved: it becomes the saved one.
// assumed are its figures the user did not give (field paths).
func (d *dashboard) open(s calc.Scenario, fileWarnings []calc.Warning, src source, assumed []string) {
	d.scenario, d.saved = s, s
	d.assumed = assumed
	d.fileWarnings = fileWarnings
	d.source = src
	d.commentsOK, d.draftKept = false, false
	d.policy, d.account = s.Supplemental, s.Account
	d.status, d.statusBad = "", false
	d.prompt = prompt{}
	d.recompute()
	d.body.GotoTop()
	d.compose()
}

// edited shows answers the walk-through completed on the dashboard's
// scenario. The saved scenario stays what it was — the cards show what the
// walk-through changed — unless the answers were saved to another file;
// whether they were saved over the opened one is learnt by checkSaved.
func (d *dashboard) edited(s calc.Scenario, path string, assumed []string) {
	d.assumed = assumed
	if path != "" && path != d.source.Path {
		// the walk-through saved the answers to another file
		d.saved = s
		d.source = source{Path: path, Label: path, Base: baseName(path)}
		d.commentsOK = false
	}
	d.scenario = s
	d.fileWarnings = nil // they were about the file as it was read
	d.policy, d.account = s.Supplemental, s.Account
	d.prompt = prompt{}
	d.recompute()
}

// dirty reports whether the what-ifs changed the scenario since it was
// read or saved.
func (d *dashboard) dirty() bool { return d.scenario != d.saved }

// selectedID is the option of the selected card.
func (d *dashboard) selectedID() calc.OptionID { return calc.OptionIDs[d.selected] }

// SetSize gives the dashboard its share of the window.
func (d *dashboard) SetSize(w, h int) {
	d.width, d.height = w, h
	d.render()
}

// recompute is the one engine call a change makes, then the redraw.
func (d *dashboard) recompute() {
	calc.EstimateInto(&d.result, d.scenario)
	d.assumptions = plans.Assumptions(d.scenario, d.assumed)
	c := report.CompareResult(d.scenario, &d.result, d.fileWarnings, time.Time{})
	d.warnings = c.WarningSentences()
	d.crossings = report.Crossings(&d.result)
	d.ep.update(c)
	d.render()
}

// hintEdit says status s, which sends the user to step with e: the next
// e opens the walk-through there, not at the selected card's step.
func (d *dashboard) hintEdit(s string, step interview.Step) {
	d.setStatus(s, false)
	d.editHint = &step
}

func (d *dashboard) setStatus(s string, bad bool) {
	// it names files, which may hold anything: shown escaped
	d.status, d.statusBad = termsafe.Lines(s), bad
	d.render()
}

// Takes every key while a prompt is open.
func (d *dashboard) Takes(tea.KeyMsg) bool { return d.prompt.active() }

// Unsaved is the draft of the changes no file holds: the what-ifs, or the
// walk-through's answers not saved since.
func (d *dashboard) Unsaved() (interview.Draft, bool) {
	if !d.dirty() {
		return interview.Draft{}, false
	}
	return interview.DraftOf(d.scenario, d.assumed, d.source.Path, d.source.Sum, time.Now()), true
}

// Update handles the dashboard's keys, what the root hands it, and the
// answers of its commands.
func (d *dashboard) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case openScenarioMsg:
		d.open(msg.scenario, msg.warnings, msg.source, msg.assumed)
		return nil
	case editedMsg:
		d.edited(msg.scenario, msg.path, msg.assumed)
		return nil
	case draftKeptMsg:
		d.draftKept = true
		d.setStatus("Your answers are kept as an unfinished draft until you save them with w.", false)
		return nil
	case statusMsg:
		d.setStatus(msg.text, msg.bad)
		return nil
	case showDashboardMsg:
		d.selected = msg.selected
		d.render()
		return nil
	case savedMsg:
		if msg.err != nil {
			d.setStatus("Not saved: "+msg.err.Error(), true)
			return nil
		}
		d.saved = msg.req.scenario
		d.source = source{Path: msg.req.path, Label: msg.req.path, Base: baseName(msg.req.path), Sum: msg.sum}
		d.commentsOK = false
		d.setStatus("Saved "+msg.req.path+".", false)
		if d.draftKept {
			d.draftKept = false // saved in a file now: nothing left to resume
			return send(forgetDraftMsg{})
		}
		return nil
	case saveExistsMsg:
		d.prompt = confirmPrompt(msg.req.path+" already exists. Replace it?", actSave)
		d.prompt.save = msg.req
		d.prompt.save.overwrite, d.prompt.save.expect = true, "" // the user said yes: no more checks
		d.render()
		return nil
	case saveConflictMsg:
		d.prompt = confirmPrompt(msg.req.path+" changed on disk since it was read. Replace it with this scenario?", actSave)
		d.prompt.save = msg.req
		d.prompt.save.expect = "" // the user said yes: replace it
		d.render()
		return nil
	case exportedMsg:
		if msg.err != nil {
			d.setStatus("Not exported: "+msg.err.Error(), true)
			return nil
		}
		what := "Wrote " + msg.req.path + "."
		if msg.req.scenario != d.saved {
			what = "Wrote " + msg.req.path + ", with the what-if changes not yet saved."
		}
		d.setStatus(what, false)
		return nil
	case exportExistsMsg:
		d.prompt = confirmPrompt(msg.req.path+" already exists. Replace it?", actExport)
		d.prompt.export = msg.req
		d.prompt.export.overwrite = true
		d.render()
		return nil
	case savedCheckMsg:
		// the walk-through saved its answers to the opened file: they are
		// the saved scenario now, and the file as written is what a later
		// save compares with
		// the file holds something else (answers resumed from a draft of
		// it, changed and saved nowhere): those are unsaved changes to
		// what it holds, and a save checks the file did not change since
		// — as the answers knew it: when the file changed since they were
		// read from it (or since a draft of them was kept), w asks first
		if msg.path == d.source.Path && msg.read {
			d.saved = msg.onDisk
			d.source.Sum, d.source.Comments = msg.sum, msg.comments
			if msg.expect != "" && !msg.same {
				d.source.Sum = msg.expect
			}
			d.render()
		}
		return nil
	}

	if d.prompt.active() {
		return d.updatePrompt(msg)
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	// a message's "e gives it one" holds for the next key only
	hint := d.editHint
	d.editHint = nil
	// One case a key: a new screen reached from the dashboard is one more
	// case asking the root for it with a message, as l and m do.
	km := d.keys
	switch {
	case key.Matches(k, km.Ledger):
		return send(showLedgerMsg{options: ledgerOptions(&d.result), selected: d.selected})
	case key.Matches(k, km.Edit):
		req := d.editRequest()
		if hint != nil {
			req.step = *hint // the step the message sent the user to
		}
		return send(editMsg{req: req})
	case key.Matches(k, km.Compare):
		return send(showCompareMsg{scenario: d.scenario, warnings: d.fileWarnings, source: d.source,
			assumed: d.assumed, changed: d.dirty(), selected: d.selected})
	case moveOption(km, k, &d.selected):
		d.render()
	case key.Matches(k, km.MoreVisits):
		d.changeVisits(1)
	case key.Matches(k, km.FewerVisits):
		d.changeVisits(-1)
	case key.Matches(k, km.PriceUp):
		d.changePrice(priceStep)
	case key.Matches(k, km.PriceDown):
		d.changePrice(-priceStep)
	case key.Matches(k, km.Policy):
		d.togglePolicy()
	case key.Matches(k, km.Account):
		d.toggleAccount()
	case key.Matches(k, km.CashFlow):
		return d.showCashFlow()
	case key.Matches(k, km.Earlier):
		d.moveStart(-startStep)
	case key.Matches(k, km.Later):
		d.moveStart(startStep)
	case key.Matches(k, km.RangeLower):
		d.shiftRange(-1)
	case key.Matches(k, km.RangeHigher):
		d.shiftRange(1)
	case key.Matches(k, km.Narrower):
		d.widenRange(-1)
	case key.Matches(k, km.Wider):
		d.widenRange(1)
	case key.Matches(k, km.Save):
		return d.startSave()
	case key.Matches(k, km.Export):
		return export(exportRequest{path: exportPath(d.source), scenario: d.scenario, fileWarnings: d.fileWarnings, assumed: d.assumed})
	default:
		if d.body.Update(k) {
			d.compose() // the pager drew its new window; nothing else changes
		}
	}
	return nil
}

// editRequest opens the walk-through on the scenario shown, at the step of
// the selected card's inputs.
func (d *dashboard) editRequest() wizardRequest {
	assumed := d.assumed
	if assumed == nil {
		assumed = []string{} // every figure on the dashboard is the user's
	}
	return wizardRequest{
		scenario:      d.scenario,
		assumed:       assumed,
		path:          d.source.Path,
		fileSum:       d.source.Sum,
		step:          interview.StepFor(d.selectedID()),
		fromDashboard: true,
		ownDraft:      d.draftKept,
	}
}

// ShortHelp is the dashboard's footer: its keys, or a prompt's.
func (d *dashboard) ShortHelp() []key.Binding {
	switch d.prompt.kind {
	case promptConfirm:
		return d.keys.promptShort()
	case promptName:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")), key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))}
	}
	return d.keys.dashboardShort(d.ep.hasMonths())
}

func (d *dashboard) FullHelp() [][]key.Binding { return d.keys.dashboardFull() }
func (d *dashboard) Glossary() [][2]string     { return dashboardGlossary }

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
	{"< and > (or , and .)", "the first visit a week earlier or later, with a first visit's date: see the plan-year reset at another visit, or not at all."},
	{"{ and }", "with a range of visits, the whole range (fewest, likeliest, most) one visit lower or higher."},
	{"( and )", "with a range of visits, the fewest and the most one visit nearer to the likeliest count, or further from it."},
	{"Dates and the plan-year reset", "with a first visit's date: the visit and day each option starts the new plan year (its deductible and maximum start again), each plan year's out of pocket, and the most cash out at once: what you have paid and not yet got back."},
	{"If the number of visits is not known", "with a range of visits: each option's net cost at every count from the fewest to the most (X where the cheapest option changes), its 10th, 50th and 90th percentiles, and the chance it is the cheapest."},
	{"m", "money out and money back by month, for each option (with a first visit's date)."},
	{"e", "change the answers in the walk-through, at the step that holds the selected card's inputs."},
	{"c", "compare plans: this plan beside others for the same care (from a scenario file, an example or a typical plan), by the whole yearly cost, premiums included."},
	{"w and x", "save the scenario file; export the comparison as Markdown (NAME-comparison.md) beside it. Neither replaces a file without asking."},
}

func (d *dashboard) updatePrompt(msg tea.Msg) tea.Cmd {
	res, cmd := d.prompt.update(msg, d.keys)
	switch res {
	case promptOpen:
		d.render()
		return cmd
	case promptDeclined:
		d.prompt = prompt{}
		d.setStatus("Nothing written.", false)
		return nil
	}
	p := d.prompt
	d.prompt = prompt{}
	d.status = ""
	d.render()
	switch p.then {
	case actSave:
		return save(p.save)
	case actSaveAs:
		return save(saveRequest{path: plans.WithScenarioExt(p.input.Value()), scenario: d.scenario, assumed: d.assumed})
	case actExport:
		return export(p.export)
	case actAcceptComment:
		d.commentsOK = true
		return d.startSave()
	}
	return nil
}

// startSave saves to the opened file (asking first when that drops its
// comments; save asks again if it changed on disk), or asks for a name.
func (d *dashboard) startSave() tea.Cmd {
	src := d.source
	if src.Path == "" {
		base := src.Base
		if base == "" {
			base = slug(d.scenario.Name)
		}
		if base == "" {
			base = "scenario"
		}
		d.prompt = namePrompt("Save as:", base+".yaml", d.width)
		d.render()
		return nil
	}
	if src.Comments && !d.commentsOK {
		d.prompt = confirmPrompt(src.Path+" has comments, which saving does not keep. Save anyway?", actAcceptComment)
		d.render()
		return nil
	}
	return save(saveRequest{path: src.Path, scenario: d.scenario, overwrite: true, expect: src.Sum, assumed: d.assumed})
}

// changeVisits changes the visits of every option by n, within the format's
// bounds.
func (d *dashboard) changeVisits(n int) {
	c := &d.scenario.Care
	linked := !c.Range.IsZero() && c.Range.Likely == c.Visits
	d.moveVisits(n)
	if linked {
		// the visits needed are the range's likeliest count (it defaults to
		// them): it follows, the range stretching to keep it inside
		r := &c.Range
		r.Likely = c.Visits
		r.Fewest, r.Most = min(r.Fewest, r.Likely), max(r.Most, r.Likely)
		d.given(rangeFewest, rangeLikely, rangeMost)
	}
	d.status = ""
	d.recompute()
}

// moveVisits moves the visits of the course and of each option by n, within
// the format's bounds.
func (d *dashboard) moveVisits(n int) {
	c := &d.scenario.Care
	for _, v := range []*int{&c.Visits, &c.OutOfNetwork.Visits, &c.Concierge.Visits} {
		*v = int(min(max(int64(*v+n), visitsMin), visitsMax))
	}
	d.given("care.visits", "care.out_of_network.visits", "care.concierge.visits")
}

// changePrice changes the selected option's price, the one plans.PriceField
// names (docs/spec/clarifications.md), within the format's bounds; the price is the
// user's from then on.
func (d *dashboard) changePrice(by calc.Cents) {
	f, _ := plans.Field(plans.PriceField(d.selectedID(), d.scenario.Plan.Type))
	v := f.Get(&d.scenario)
	v.N = min(max(v.N+int64(by), f.Min), f.Max)
	f.Put(&d.scenario, v)
	d.given(f.Path)
	d.status = ""
	d.recompute()
}

// given makes figures the user's own: a what-if chose them.
func (d *dashboard) given(paths ...string) {
	d.assumed = slices.DeleteFunc(slices.Clone(d.assumed), func(p string) bool { return slices.Contains(paths, p) })
}

func (d *dashboard) togglePolicy() {
	did, on := toggle(&d.scenario.Supplemental, &d.policy, calc.Supplemental{Kind: calc.NoSupplemental},
		func(p calc.Supplemental) bool { return p.Kind != calc.NoSupplemental && p.Kind != "" })
	d.switched(did, on, "Supplemental policy on.",
		"Supplemental policy off: figures without it and its premium.",
		"This scenario has no supplemental policy to switch; e adds one in the walk-through.", interview.StepSupplemental)
}

func (d *dashboard) toggleAccount() {
	did, on := toggle(&d.scenario.Account, &d.account, calc.Account{Kind: calc.NoAccount},
		func(a calc.Account) bool { return a.Kind != calc.NoAccount && a.Kind != "" })
	d.switched(did, on, "HSA/FSA on.",
		"HSA/FSA off: figures without its tax savings.",
		"This scenario has no HSA or FSA to switch; e adds one in the walk-through.", interview.StepAccount)
}

// toggle switches *cur off (keeping it in *kept) when it is on, or back on
// from *kept. It reports whether anything was switched and whether *cur is
// on now.
func toggle[T any](cur, kept *T, off T, isOn func(T) bool) (switched, on bool) {
	switch {
	case isOn(*cur):
		*kept, *cur = *cur, off
		return true, false
	case isOn(*kept):
		*cur = *kept
		return true, true
	}
	return false, false
}

// switched says what a toggle did and recomputes.
func (d *dashboard) switched(did, on bool, onText, offText, nothing string, where interview.Step) {
	if !did {
		d.hintEdit(nothing, where)
		return
	}
	d.status, d.statusBad = offText, false
	if on {
		d.status = onText
	}
	d.recompute()
}

// errorText is a load error in words.
func errorText(err error) string {
	var pe *plans.Errors
	var re *plans.ReadError
	switch {
	case errors.As(err, &pe):
		return pe.Error()
	case errors.As(err, &re): // says what was wrong and names the file
		return re.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "The file does not exist (" + err.Error() + ")."
	}
	return err.Error()
}
