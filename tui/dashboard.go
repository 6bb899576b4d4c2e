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
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
)

// dashboard is the comparison: three option cards, the charts, and the
// warnings and next steps, with what-if keys that re-estimate at once.
type dashboard struct {
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
	selected  int

	status    string
	statusBad bool
	prompt    prompt

	header []string // the title and the verdict
	footer string   // the status or the prompt, one line or none
	body   scroller
}

// The bounds of the what-if keys come from the scenario format, so a
// what-if never leaves a value a file could not hold.
var (
	visitsMin, visitsMax = fieldBounds("care.visits", 1, 365)
	priceMin, priceMax   = fieldBounds("care.out_of_network.cash_rate", 0, 100_000_000)
)

// priceStep is what `[` and `]` change a price by: $5.
const priceStep = calc.Cents(500)

func fieldBounds(path string, lo, hi int64) (int64, int64) {
	if f, ok := plans.Field(path); ok {
		return f.Min, f.Max
	}
	return lo, hi
}

func newDashboard(st theme.Styles, km KeyMap) dashboard {
	return dashboard{styles: st, keys: km}
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
	d.body.scrollTo(0)
	d.recompute()
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
	d.render()
}

func (d *dashboard) setStatus(s string, bad bool) {
	// it names files, which may hold anything: shown escaped
	d.status, d.statusBad = termsafe.Lines(s), bad
	d.render()
}

// capturing reports whether the dashboard takes every key (a prompt is
// open), so the root leaves its own keys alone.
func (d *dashboard) capturing() bool { return d.prompt.active() }

// Update handles the dashboard's keys and the answers of its commands.
func (d dashboard) Update(msg tea.Msg) (dashboard, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		if msg.err != nil {
			d.setStatus("Not saved: "+msg.err.Error(), true)
			return d, nil
		}
		d.saved = msg.req.scenario
		d.source = source{Path: msg.req.path, Label: msg.req.path, Base: baseName(msg.req.path), Sum: msg.sum}
		d.commentsOK = false
		d.setStatus("Saved "+msg.req.path+".", false)
		return d, nil
	case saveExistsMsg:
		d.prompt = confirmPrompt(msg.req.path+" already exists. Replace it?", actSave)
		d.prompt.save = msg.req
		d.prompt.save.overwrite, d.prompt.save.expect = true, "" // the user said yes: no more checks
		d.render()
		return d, nil
	case saveConflictMsg:
		d.prompt = confirmPrompt(msg.req.path+" changed on disk since it was read. Replace it with this scenario?", actSave)
		d.prompt.save = msg.req
		d.prompt.save.expect = "" // the user said yes: replace it
		d.render()
		return d, nil
	case exportedMsg:
		if msg.err != nil {
			d.setStatus("Not exported: "+msg.err.Error(), true)
			return d, nil
		}
		what := "Wrote " + msg.req.path + "."
		if msg.req.scenario != d.saved {
			what = "Wrote " + msg.req.path + ", with the what-if changes not yet saved."
		}
		d.setStatus(what, false)
		return d, nil
	case exportExistsMsg:
		d.prompt = confirmPrompt(msg.req.path+" already exists. Replace it?", actExport)
		d.prompt.export = msg.req
		d.prompt.export.overwrite = true
		d.render()
		return d, nil
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
		return d, nil
	}

	if d.prompt.active() {
		return d.updatePrompt(msg)
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d, nil
	}
	km := d.keys
	switch {
	case key.Matches(k, km.NextOption):
		d.selected = (d.selected + 1) % len(calc.OptionIDs)
		d.render()
	case key.Matches(k, km.PrevOption):
		d.selected = (d.selected + len(calc.OptionIDs) - 1) % len(calc.OptionIDs)
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
	case key.Matches(k, km.Save):
		return d, d.startSave()
	case key.Matches(k, km.Export):
		return d, export(exportRequest{path: exportPath(d.source), scenario: d.scenario, fileWarnings: d.fileWarnings, assumed: d.assumed})
	default:
		if d.body.handleKey(k, km) {
			// the scroller joined its new window; nothing else changes
			return d, nil
		}
	}
	return d, nil
}

func (d dashboard) updatePrompt(msg tea.Msg) (dashboard, tea.Cmd) {
	res, cmd := d.prompt.update(msg, d.keys)
	switch res {
	case promptOpen:
		d.render()
		return d, cmd
	case promptDeclined:
		d.prompt = prompt{}
		d.setStatus("Nothing written.", false)
		return d, nil
	}
	p := d.prompt
	d.prompt = prompt{}
	d.status = ""
	d.render()
	switch p.then {
	case actSave:
		return d, save(p.save)
	case actSaveAs:
		return d, save(saveRequest{path: plans.WithScenarioExt(p.input.Value()), scenario: d.scenario})
	case actExport:
		return d, export(p.export)
	case actAcceptComment:
		d.commentsOK = true
		return d, d.startSave()
	}
	return d, nil
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
	return save(saveRequest{path: src.Path, scenario: d.scenario, overwrite: true, expect: src.Sum})
}

// changeVisits changes the visits of every option by n, within the format's
// bounds.
func (d *dashboard) changeVisits(n int) {
	c := &d.scenario.Care
	for _, v := range []*int{&c.Visits, &c.OutOfNetwork.Visits, &c.Concierge.Visits} {
		*v = int(min(max(int64(*v+n), visitsMin), visitsMax))
	}
	d.given("care.visits", "care.out_of_network.visits", "care.concierge.visits")
	d.status = ""
	d.recompute()
}

// changePrice changes the selected option's price (clarifications.md): in
// network the allowed amount, out of network the cash rate, for the
// concierge the session fee. Without a health plan there is no allowed
// amount to follow, and the clinic's self-pay price is what the patient's
// cost follows: that is the in-network price then.
func (d *dashboard) changePrice(by calc.Cents) {
	c := &d.scenario.Care
	var p *calc.Cents
	switch d.selectedID() {
	case calc.InNetworkClinic:
		p = &c.InNetwork.Allowed
		d.given("care.in_network.allowed")
		if d.scenario.Plan.Type == calc.NoPlan {
			p = &c.InNetwork.SelfPay
			d.given("care.in_network.self_pay")
		}
	case calc.OutOfNetworkCash:
		p = &c.OutOfNetwork.CashRate
		d.given("care.out_of_network.cash_rate")
	case calc.ConciergeTherapy:
		p = &c.Concierge.Fee
		d.given("care.concierge.fee")
	}
	*p = calc.Cents(min(max(int64(*p+by), priceMin), priceMax))
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
		"This scenario has no supplemental policy to switch; e adds one in the walk-through.")
}

func (d *dashboard) toggleAccount() {
	did, on := toggle(&d.scenario.Account, &d.account, calc.Account{Kind: calc.NoAccount},
		func(a calc.Account) bool { return a.Kind != calc.NoAccount && a.Kind != "" })
	d.switched(did, on, "HSA/FSA on.",
		"HSA/FSA off: figures without its tax savings.",
		"This scenario has no HSA or FSA to switch; e adds one in the walk-through.")
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
func (d *dashboard) switched(did, on bool, onText, offText, nothing string) {
	if !did {
		d.setStatus(nothing, false)
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
