package tui

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/comparelist"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/internal/userpath"
	"github.com/carecost/carecost/plans"
	"github.com/carecost/carecost/report"
	"github.com/carecost/carecost/tui/theme"
	"github.com/carecost/carecost/tui/walkthrough"
)

// compareScreen is plan against plan on the terminal, as `carecost
// compare` prints it (report.ComparePlans): c on the dashboard opens it
// with the dashboard's plan as plan 1, and the user adds up to three more
// from a scenario file, an example that needs the same care, or a plan
// type's preset with plan 1's care. It shows report's matrix of plans ×
// care models of the whole yearly cost (report.PlanTableLines, laid out
// for the window), and x writes report's handout (report.PlanMarkdown).
// The screen does no arithmetic and words nothing report words: what
// report adds to the comparison shows here as it does on the command line.
type compareScreen struct {
	plainScreen
	styles        theme.Styles
	keys          KeyMap
	width, height int
	// draftPath is the configured draft file (Options.DraftPath, ""
	// the default): the plans added are kept beside the drafts
	// (comparekeep.go).
	draftPath string
	// keepSeq numbers the last change to the plans added that was handed
	// to be kept (0 none this run): Run's finish keeps it again, in case
	// its command had not run when the program ended.
	keepSeq int
	// restoring: the plans kept for the scenario shown are being read
	// (restoreCompared); deferred: a change waits for them (keep).
	restoring, deferred bool
	// gone are the plans kept from last time whose file or example is not
	// there now, named (escaped) for the header until the list changes.
	gone []string

	// from is the dashboard's request: plan 1, and the card to go back to.
	from showCompareMsg
	// plans are plan 1 (the dashboard's) and those added, in order.
	plans []comparedPlan
	// matrix is report's comparison of plans; nil with plan 1 alone.
	matrix   *report.PlanComparison
	selected int // the plan d removes

	mode     compareMode
	menu     int // the add menu's cursor
	list     int // the example or preset list's cursor
	path     textinput.Model
	examples []examples.Example // those that need plan 1's care (openMenu)

	status    string
	statusBad bool
	prompt    prompt // replace the handout? (y/n)
	export    planExportRequest

	header []string
	body   pager
	footer string
	view   string
}

// comparedPlan is one plan of the comparison.
type comparedPlan struct {
	// input is what report compares; its File names the plan in report's
	// messages (the dashboard's label, the path typed, "example …").
	input report.PlanInput
	// origin says where the plan came from, beside its name.
	origin string
	// preset is the plan type of a preset plan ("" otherwise): it takes
	// plan 1's care, and takes it again when plan 1 changes.
	preset calc.PlanType
	// ref is what is kept of the plan for next time (comparekeep.go).
	ref comparelist.Ref
}

type compareMode int

const (
	compareMatrix   compareMode = iota
	compareMenu                 // add a plan from: a file, an example, a preset
	comparePath                 // typing a scenario file's path
	compareExamples             // the examples that need plan 1's care
	comparePresets              // the plan types
)

// The add menu's choices, in order.
const (
	addFromFile = iota
	addFromExample
	addFromPreset
	addChoices
)

// The compare screen's messages.
type (
	// showCompareMsg: c on the dashboard, with its plan as plan 1 — the
	// scenario shown, what-ifs included — and the card to go back to.
	showCompareMsg struct {
		scenario calc.Scenario
		warnings []calc.Warning
		source   source
		assumed  []string
		changed  bool // what-ifs not saved in the file
		selected int
	}
	// planLoadedMsg answers loadPlan: a file or an example to add.
	planLoadedMsg struct {
		loaded scenarioLoadedMsg
		origin string
		ref    comparelist.Ref
	}
	// planExportedMsg and planExportExistsMsg answer exportPlans.
	planExportedMsg struct {
		req planExportRequest
		err error
	}
	planExportExistsMsg struct{ req planExportRequest }
)

func (planLoadedMsg) recipient() state       { return stateCompare }
func (planExportedMsg) recipient() state     { return stateCompare }
func (planExportExistsMsg) recipient() state { return stateCompare }

// The compare screen's own keys; it moves, goes back and exports with
// KeyMap's.
var (
	addPlanKey    = key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add plan"))
	removePlanKey = key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "remove plan"))
	plansHint     = key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "plan"))
)

func newCompare(st theme.Styles, km KeyMap, draftPath string) *compareScreen {
	in := textinput.New()
	in.Prompt = "File: "
	in.Placeholder = "path/to/scenario.yaml"
	in.Cursor.SetMode(cursor.CursorStatic) // no blinking: nothing to redraw while waiting
	return &compareScreen{styles: st, keys: km, path: in, body: newPager(km), draftPath: draftPath}
}

// SetSize lays the screen out for the window less the footer.
func (c *compareScreen) SetSize(w, h int) {
	c.width, c.height = w, h
	c.path.Width = max(10, w-len(c.path.Prompt)-2)
	c.render()
}

// View returns what Update drew.
func (c *compareScreen) View() string { return c.view }

// Takes every key while a path is typed or a question waits.
func (c *compareScreen) Takes(tea.KeyMsg) bool { return c.mode == comparePath || c.prompt.active() }

// Update shows the dashboard's plan (showCompareMsg), adds and removes
// plans, exports, and asks the root for the dashboard on esc.
func (c *compareScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case showCompareMsg:
		cmd := c.open(msg)
		c.render()
		return cmd
	case comparedKeptMsg:
		cmd := c.restore(msg)
		c.render()
		return cmd
	case keepComparedFailedMsg:
		c.setStatus("The plans added could not be kept for next time: "+msg.err.Error(), true)
	case planLoadedMsg:
		cmd := c.loaded(msg)
		c.render()
		return cmd
	case planExportedMsg:
		if msg.err != nil {
			c.setStatus("Not exported: "+msg.err.Error(), true)
		} else {
			what := "Wrote " + msg.req.path + "."
			if c.from.changed {
				what = "Wrote " + msg.req.path + ", with plan 1's what-if changes not yet saved."
			}
			c.setStatus(what, false)
		}
	case planExportExistsMsg:
		c.prompt = confirmPrompt(msg.req.path+" already exists. Replace it?", actExport)
		c.export = msg.req
		c.export.overwrite = true
	case tea.KeyMsg:
		cmd, redraw := c.key(msg)
		if redraw {
			c.render()
		} else {
			c.compose()
		}
		return cmd
	default:
		return nil
	}
	c.render()
	return nil
}

// key acts on a key; redraw is false when only the pager moved.
func (c *compareScreen) key(k tea.KeyMsg) (cmd tea.Cmd, redraw bool) {
	if c.prompt.active() {
		return c.answer(k), true
	}
	km := c.keys
	switch c.mode {
	case compareMenu:
		switch {
		case key.Matches(k, km.Up):
			c.menu = max(0, c.menu-1)
		case key.Matches(k, km.Down):
			c.menu = min(addChoices-1, c.menu+1)
		case key.Matches(k, km.Choose):
			c.status = ""
			switch c.menu {
			case addFromFile:
				c.mode = comparePath
				return c.path.Focus(), true
			case addFromExample:
				c.mode, c.list = compareExamples, 0
			case addFromPreset:
				c.mode, c.list = comparePresets, 0
			}
		case key.Matches(k, km.Back):
			c.status = ""
			if len(c.plans) < report.MinPlans {
				return send(showDashboardMsg{selected: c.from.selected}), true
			}
			c.mode = compareMatrix
		}
		return nil, true
	case comparePath:
		switch k.Type {
		case tea.KeyEnter:
			p := strings.TrimSpace(c.path.Value())
			if p == "" {
				return nil, true
			}
			c.status = ""
			p = userpath.Expand(p) // ~ as on the start screen
			return loadPlan(loadFile(p, false), p, comparelist.Ref{File: p}), true
		case tea.KeyEsc:
			c.mode, c.status = compareMenu, ""
			c.path.Blur()
			return nil, true
		}
		var cmd tea.Cmd
		c.path, cmd = c.path.Update(walkthrough.EscapeRunes(k))
		return cmd, true
	case compareExamples, comparePresets:
		n := len(c.examples)
		if c.mode == comparePresets {
			n = len(calc.PlanTypes)
		}
		switch {
		case key.Matches(k, km.Up):
			c.list = max(0, c.list-1)
		case key.Matches(k, km.Down):
			c.list = max(0, min(n-1, c.list+1))
		case key.Matches(k, km.Back):
			c.mode, c.status = compareMenu, ""
		case key.Matches(k, km.Choose) && n > 0:
			if c.mode == comparePresets {
				return c.addPreset(calc.PlanTypes[c.list]), true
			}
			ex := c.examples[c.list]
			return loadPlan(loadExample(ex.File), "example "+ex.File, comparelist.Ref{Example: ex.File}), true
		}
		return nil, true
	}

	switch {
	case key.Matches(k, km.Back):
		return send(showDashboardMsg{selected: c.from.selected}), true
	case key.Matches(k, addPlanKey):
		if len(c.plans) >= report.MaxPlans {
			c.setStatus("A comparison takes at most "+itoa(report.MaxPlans)+" plans: d removes the selected one first.", false)
			return nil, true
		}
		c.openMenu()
	case key.Matches(k, removePlanKey):
		return c.remove(), true
	case key.Matches(k, km.NextOption):
		c.selected = (c.selected + 1) % len(c.plans)
	case key.Matches(k, km.PrevOption):
		c.selected = (c.selected + len(c.plans) - 1) % len(c.plans)
	case key.Matches(k, km.Export):
		if c.matrix == nil {
			c.setStatus("Add a plan first: a adds one.", false)
			return nil, true
		}
		return exportPlans(planExportRequest{path: plans.CompareFileName(c.from.source.Path, c.from.source.Base), inputs: c.inputs()}), true
	default:
		return nil, !c.body.Update(k)
	}
	return nil, true
}

// answer is y or n to "replace the handout?".
func (c *compareScreen) answer(k tea.KeyMsg) tea.Cmd {
	res, _ := c.prompt.update(k, c.keys)
	switch res {
	case promptAccepted:
		c.prompt = prompt{}
		return exportPlans(c.export)
	case promptDeclined:
		c.prompt = prompt{}
		c.status, c.statusBad = "Nothing written.", false
	}
	return nil
}

// open shows the dashboard's plan as plan 1. Plans added for the same
// file (or example, or answers) are kept, presets taking plan 1's care as
// it is now; one that no longer shares plan 1's care — a what-if changed
// it — is set aside with report's reason (and the list kept on disk
// changes with it). Opened for another scenario than last, or first in
// this run, the plans kept on disk for it are read (restoreCompared).
// With plan 1 alone, the add menu opens: there is nothing else to do.
func (c *compareScreen) open(msg showCompareMsg) tea.Cmd {
	var kept []comparedPlan
	same := len(c.plans) > 0 && sameSource(c.from.source, msg.source)
	if same {
		kept = c.plans[1:]
	} else {
		c.gone = nil
	}
	c.from = msg
	// the dashboard's title names its file
	origin := "on the dashboard"
	if msg.changed {
		origin += ", with what-if changes not saved"
	}
	c.plans = []comparedPlan{{input: report.PlanInput{File: msg.source.Label, Scenario: msg.scenario,
		Warnings: msg.warnings, Assumed: msg.assumed}, origin: origin}}
	c.matrix, c.selected = nil, 0
	c.status, c.statusBad, c.prompt = "", false, prompt{}
	var aside []string
	for _, p := range kept {
		if p.preset != "" {
			p.input.Scenario = presetScenario(p.preset, msg.scenario)
		}
		if err := c.add(p); err != nil {
			aside = append(aside, err.Error())
		}
	}
	c.mode = compareMatrix
	var cmd tea.Cmd
	if len(aside) > 0 {
		c.setStatus("Set aside, as plan 1's care changed: "+strings.Join(aside, "\n"), true)
		cmd = c.keep()
	}
	if !same {
		c.restoring, c.deferred = true, false
		cmd = restoreCompared(c.draftPath, msg.source)
	}
	if len(c.plans) < report.MinPlans {
		c.openMenu()
	}
	c.body.GotoTop()
	return cmd
}

// openMenu shows the add menu, with the examples that need plan 1's care.
func (c *compareScreen) openMenu() {
	c.mode, c.menu = compareMenu, 0
	c.examples = c.examples[:0]
	first := c.plans[0].input.Scenario
	for _, ex := range exampleScenarios() {
		if ex.err != nil || len(report.CareDifferences(first.Care, ex.scenario.Care)) > 0 || c.compared(ex.scenario) > 0 {
			continue
		}
		c.examples = append(c.examples, ex.Example)
	}
}

// exampleScenario is an example and its scenario, as examples.Load reads it.
type exampleScenario struct {
	examples.Example
	scenario calc.Scenario
	err      error
}

// exampleScenarios are the examples read once: they are built into the
// program and never change, and reading all of them at each a (about 5 ms)
// is work Update need not do again.
var exampleScenarios = sync.OnceValue(func() []exampleScenario {
	var out []exampleScenario
	for _, ex := range examples.All() {
		s, _, err := examples.Load(ex.File)
		out = append(out, exampleScenario{Example: ex, scenario: s, err: err})
	}
	return out
})

// compared is the number (from 1) of the plan that is scenario s, or 0.
func (c *compareScreen) compared(s calc.Scenario) int {
	for i, p := range c.plans {
		if p.input.Scenario == s {
			return i + 1
		}
	}
	return 0
}

// add puts p last in the comparison, or says why report refuses it (its
// care differs from plan 1's) and leaves the comparison as it was.
func (c *compareScreen) add(p comparedPlan) error {
	if n := c.compared(p.input.Scenario); n > 0 {
		return errors.New(termsafe.Text(planName(p)) + " is plan " + itoa(n) + " already.")
	}
	plansNow := append(slices.Clone(c.plans), p)
	m, err := report.ComparePlans(inputsOf(plansNow), time.Time{})
	if err != nil {
		return err
	}
	c.plans, c.matrix = plansNow, m
	return nil
}

// added adds p and says so, or says why not; the list is kept (keep).
func (c *compareScreen) added(p comparedPlan) tea.Cmd {
	if err := c.add(p); err != nil {
		c.setStatus("Not added: "+err.Error(), true)
		return nil
	}
	c.mode, c.selected = compareMatrix, len(c.plans)-1
	c.path.Blur()
	c.path.SetValue("")
	c.setStatus("Added "+c.matrix.Plans[c.selected].Label+" as plan "+itoa(len(c.plans))+".", false)
	c.body.GotoTop()
	return c.keep()
}

// loaded adds the file or example read, or says why it could not be read.
func (c *compareScreen) loaded(msg planLoadedMsg) tea.Cmd {
	l := msg.loaded
	if l.err != nil {
		why := errorText(l.err) // names the file
		if pe := (*plans.Errors)(nil); errors.As(l.err, &pe) {
			why = msg.origin + " cannot be estimated:\n" + why
		}
		c.setStatus("Not added: "+why, true)
		return nil
	}
	return c.added(loadedPlan(msg))
}

// loadedPlan is the plan of a file or an example read without error.
func loadedPlan(msg planLoadedMsg) comparedPlan {
	l := msg.loaded
	return comparedPlan{input: report.PlanInput{File: l.source.Label, Scenario: l.scenario, Warnings: l.warnings,
		Assumed: l.assumed}, origin: termsafe.Text(msg.origin), ref: msg.ref}
}

// addPreset adds plan type t's preset with plan 1's care.
func (c *compareScreen) addPreset(t calc.PlanType) tea.Cmd {
	return c.added(c.presetPlan(t))
}

// presetPlan is plan type t's preset with plan 1's care.
func (c *compareScreen) presetPlan(t calc.PlanType) comparedPlan {
	return comparedPlan{input: report.PlanInput{File: "preset " + string(t), Scenario: presetScenario(t, c.plans[0].input.Scenario),
		Assumed: presetAssumed}, origin: "a preset: typical figures with plan 1's care", preset: t, ref: comparelist.Ref{Preset: t}}
}

// remove takes the selected plan out; plan 1 stays (it is the dashboard's).
// The list is kept (keep): the last plan removed removes the kept file.
func (c *compareScreen) remove() tea.Cmd {
	if c.selected == 0 || c.matrix == nil {
		c.setStatus("Plan 1 is the dashboard's and stays: ←/→ selects another to remove.", false)
		return nil
	}
	gone := c.matrix.Plans[c.selected].Label
	c.plans = slices.Delete(slices.Clone(c.plans), c.selected, c.selected+1)
	c.matrix = nil
	if len(c.plans) >= report.MinPlans {
		// the plans left shared plan 1's care already
		c.matrix, _ = report.ComparePlans(c.inputs(), time.Time{})
	}
	c.selected = min(c.selected, len(c.plans)-1)
	c.setStatus("Removed "+gone+".", false)
	if c.matrix == nil {
		c.openMenu()
	}
	return c.keep()
}

func (c *compareScreen) inputs() []report.PlanInput { return inputsOf(c.plans) }

func inputsOf(ps []comparedPlan) []report.PlanInput {
	out := make([]report.PlanInput, len(ps))
	for i, p := range ps {
		out[i] = p.input
	}
	return out
}

// planName names a plan before report has: its scenario's name, else where
// it came from.
func planName(p comparedPlan) string {
	if p.input.Scenario.Name != "" {
		return p.input.Scenario.Name
	}
	return p.input.File
}

// presetScenario is plan type t's preset (plans.PresetFor, in plan 1's
// year) with plan 1's care: what a plan of that type would cost this
// client. The in-network allowed amount is the plan's negotiated rate,
// so it stays the preset's where the preset sets its own (Medicare's fee
// schedule; nothing without a plan), and is plan 1's otherwise.
func presetScenario(t calc.PlanType, first calc.Scenario) calc.Scenario {
	s := plans.PresetFor(t, first.Year)
	allowed := s.Care.InNetwork.Allowed
	s.Care = first.Care
	if t == calc.Medicare || t == calc.NoPlan {
		s.Care.InNetwork.Allowed = allowed
	}
	return s
}

// presetAssumed are a preset's figures the user did not give, for the
// handout: the plan's, the account's and a policy's — but not the
// premium, which a preset leaves at $0 rather than guess (the screen
// says so).
var presetAssumed = func() []string {
	var out []string
	for _, f := range plans.Fields {
		if f.Path == "plan.premium_monthly" {
			continue
		}
		for _, prefix := range []string{"plan.", "account.", "supplemental."} {
			if strings.HasPrefix(f.Path, prefix) {
				out = append(out, f.Path)
			}
		}
	}
	return out
}()

// loadPlan reads a file or an example (load: loadFile or loadExample) for
// the compare screen rather than the dashboard; ref is what is kept of it,
// a file by its absolute path (made here: it asks the system for the
// working folder).
func loadPlan(load tea.Cmd, origin string, ref comparelist.Ref) tea.Cmd {
	return func() tea.Msg {
		l, _ := load().(scenarioLoadedMsg)
		if ref.File != "" {
			if abs, err := filepath.Abs(ref.File); err == nil {
				ref.File = abs
			}
		}
		return planLoadedMsg{loaded: l, origin: origin, ref: ref}
	}
}

// planExportRequest is one attempt to write the compare handout.
type planExportRequest struct {
	path      string
	inputs    []report.PlanInput
	overwrite bool
}

// exportPlans writes report's handout of the comparison (what `carecost
// compare --format markdown` prints), estimating again from the inputs
// rather than share the screen's comparison with Update.
func exportPlans(req planExportRequest) tea.Cmd {
	return func() tea.Msg {
		m, err := report.ComparePlans(req.inputs, time.Now())
		if err != nil {
			return planExportedMsg{req: req, err: err}
		}
		var buf bytes.Buffer
		if err := report.PlanMarkdown(&buf, m); err != nil {
			return planExportedMsg{req: req, err: err}
		}
		err = plans.WriteFile(req.path, buf.Bytes(), req.overwrite)
		if errors.Is(err, fs.ErrExist) {
			return planExportExistsMsg{req: req}
		}
		return planExportedMsg{req: req, err: err}
	}
}

func (c *compareScreen) setStatus(s string, bad bool) {
	// it quotes file names and a file's values: shown escaped
	c.status, c.statusBad = termsafe.Lines(s), bad
}

// ShortHelp is the footer: the keys of the mode shown.
func (c *compareScreen) ShortHelp() []key.Binding {
	km := c.keys
	if c.prompt.active() {
		return km.promptShort()
	}
	switch c.mode {
	case compareExamples:
		if len(c.examples) == 0 { // nothing to move to or choose
			return []key.Binding{km.Back, km.Quit}
		}
		return []key.Binding{km.Up, km.Down, km.Choose, km.Back, km.Quit}
	case compareMenu, comparePresets:
		return []key.Binding{km.Up, km.Down, km.Choose, km.Back, km.Quit}
	case comparePath:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "add")), km.Back}
	}
	export := km.Export
	export.SetHelp("x", "export") // "export .md" would not leave q room at 80 columns
	return []key.Binding{plansHint, addPlanKey, removePlanKey, export, km.Back, moreHint, km.Quit}
}

// FullHelp is every key of the screen, for the help screen.
func (c *compareScreen) FullHelp() [][]key.Binding {
	km := c.keys
	next, prev := km.NextOption, km.PrevOption
	next.SetHelp("tab/→", "next plan")
	prev.SetHelp("←", "previous plan")
	return [][]key.Binding{
		{prev, next, km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom},
		{addPlanKey, removePlanKey, km.Export, km.Back, km.Help, km.Quit},
	}
}

// Glossary explains the matrix, its figure as the handout defines it (the
// whole cost of the therapy across the reset, an employer's contribution).
func (c *compareScreen) Glossary() [][2]string {
	name, def := "whole yearly cost", report.WholeCostDefinition
	if c.matrix != nil {
		name, def = c.matrix.WholeCostName(), c.matrix.Definition()
	}
	return append([][2]string{{text.Capitalize(name), strings.TrimPrefix(def, "The "+name+" is ")}}, compareGlossary...)
}

// compareGlossary explains the rest of the matrix, in report's terms.
var compareGlossary = [][2]string{
	{"lowest cost, +$…", "the cheapest cell of the matrix, and how much more every other cell costs than it (\"same\" for a tie)."},
	{"10th and 90th percentile", "with a range of visits, each cell is the cost at the likely count and the two lines under a plan weigh every count of the range: at least 1 episode in 10 costs no more than the 10th percentile, at least 9 in 10 no more than the 90th (as estimate says)."},
	{"a", "add a plan for the same care: from a scenario file (its path), an example that needs the same care, or a plan type's typical figures (a preset) with plan 1's care. At most " + itoa(report.MaxPlans) + " plans."},
	{"d", "remove the selected plan (←/→ select); plan 1 is the dashboard's and stays. The plans added are kept for the next run on the same scenario, beside the drafts; removing them all forgets them."},
	{"x", "export the handout for the client as Markdown (NAME-compare.md beside plan 1's file, what carecost compare --format markdown prints): the recommendation, the matrix, the assumptions, what to check in each plan's Summary of Benefits and Coverage. It never replaces a file without asking."},
}

// render redraws every string the screen shows, after every change.
func (c *compareScreen) render() {
	if c.width <= 0 || c.height <= 0 {
		return
	}
	w := c.width
	c.header = c.headerLines(w)
	c.footer = c.statusLines(w)
	bodyH := max(0, bodyHeight(c.height, c.header, c.footer))
	var lines []string
	if c.mode == compareMatrix {
		lines = c.matrixLines(w)
	} else {
		lines = c.addLines(w)
		if len(lines) > bodyH {
			lines = lines[:bodyH]
		}
	}
	for i := range lines {
		lines[i] = text.Fit(lines[i], w)
	}
	c.body.Set(w, bodyH, lines)
	c.compose()
}

// compose joins the header, the body's window and the status, after a
// redraw or a scroll.
func (c *compareScreen) compose() {
	c.view = framed(c.header, &c.body, c.footer)
}

// headerLines are the title and the plans, the selected one marked.
func (c *compareScreen) headerLines(w int) []string {
	st := &c.styles
	what := " · the whole yearly cost of a year of therapy under each plan"
	if c.matrix != nil && c.matrix.WholeCostName() != "whole yearly cost" {
		what = " · the " + c.matrix.WholeCostName() + " under each plan" // the visits cross a plan year's reset
	}
	lines := []string{text.Fit(st.Header.Render("Compare plans")+st.Muted.Render(what), w)}
	for i, p := range c.plans {
		name := planName(p)
		if c.matrix != nil {
			name = c.matrix.Plans[i].Label // report's, told apart when two read alike
		}
		mark := "  "
		if c.mode == compareMatrix && i == c.selected && len(c.plans) > 1 {
			mark = st.Chosen.Render("▸ ")
		}
		lines = append(lines, text.Fit(mark+itoa(i+1)+". "+termsafe.Text(name)+st.Muted.Render(" · "+p.origin), w))
	}
	for _, g := range c.gone {
		lines = append(lines, text.Fit(st.Error.Render("  ✗ not found: ")+g+st.Muted.Render(" · kept until the list changes"), w))
	}
	return lines
}

// matrixLines are report's table of the comparison at the window's width,
// a note on each preset, and where to check the figures.
func (c *compareScreen) matrixLines(w int) []string {
	st := &c.styles
	lines := []string{""}
	if c.matrix == nil {
		return append(lines, text.Wrap("Plan 1 is the plan on the dashboard. Press a to add a plan to compare with it.", w)...)
	}
	lines = append(lines, report.PlanTableLines(c.matrix, w, report.PlanStyles{Bold: st.Bold, Good: st.Good, Faint: st.Muted})...)
	for i, p := range c.plans {
		if p.preset == "" {
			continue
		}
		note := termsafe.Text(c.matrix.Plans[i].Label) + " is a preset: a plan type's typical figures, not any insurer's, with plan 1's care."
		if p.input.Scenario.Plan.PremiumMonthly == 0 {
			note += " It has no premium, so its whole yearly cost leaves the premium out: a file of the real plan compares better."
		}
		lines = append(lines, "")
		lines = append(lines, theme.Lines(st.Assumed, "", text.Wrap(note, w))...)
	}
	lines = append(lines, "")
	lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("An estimate, not a guarantee of payment: check each plan's Summary of Benefits and Coverage. x exports the handout, which lists what to check.", w))...)
	return lines
}

// addLines are the add menu, the path typed, or a list to choose from.
func (c *compareScreen) addLines(w int) []string {
	st := &c.styles
	n := len(c.plans) + 1
	lines := []string{""}
	item := func(chosen bool, s string) string {
		if chosen {
			return st.Chosen.Render("▸ " + s)
		}
		return "  " + s
	}
	switch c.mode {
	case compareMenu:
		lines = append(lines, st.Subtitle.Render("Add plan "+itoa(n)+": the same care under another plan"), "")
		exDesc := "None of the examples needs this care."
		if k := len(c.examples); k == 1 {
			exDesc = "One needs the same care: " + c.examples[0].Name + "."
		} else if k > 1 {
			exDesc = itoa(k) + " need the same care."
		}
		choices := [addChoices][2]string{
			{"A scenario file", "Type its path: the same client's care under another plan (.yaml or .json)."},
			{"An example", exDesc},
			{"A typical plan (preset)", "A plan type's typical figures, with plan 1's care."},
		}
		for i, ch := range choices {
			lines = append(lines, item(i == c.menu, ch[0]))
			for _, d := range text.Wrap(ch[1], max(10, w-4)) {
				lines = append(lines, st.Muted.Render("    "+d))
			}
		}
	case comparePath:
		lines = append(lines, st.Subtitle.Render("Add plan "+itoa(n)+" from a scenario file"), "", c.path.View(), "",
			st.Muted.Render("Enter adds it · esc goes back"))
	case compareExamples:
		lines = append(lines, st.Subtitle.Render("Add plan "+itoa(n)+" from an example"), "")
		for i, ex := range c.examples {
			lines = append(lines, item(i == c.list, termsafe.Text(ex.Name)+st.Muted.Render("  "+ex.File)))
		}
		if len(c.examples) == 0 {
			lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("No example needs the same care as plan 1 (their visits and prices differ). esc goes back: a file or a preset can still be added.", w))...)
		} else {
			lines = append(lines, "")
			lines = append(lines, theme.Lines(st.Muted, "", text.Wrap("Only the examples that need the same care as plan 1 are listed.", w))...)
		}
	case comparePresets:
		lines = append(lines, st.Subtitle.Render("Add plan "+itoa(n)+": a plan type's typical figures, with plan 1's care"), "")
		for i, t := range calc.PlanTypes {
			lines = append(lines, item(i == c.list, text.Capitalize(plans.PlanTypeName(t))))
		}
	}
	return lines
}

// statusLines are the question waiting, or the answer to the last action.
func (c *compareScreen) statusLines(w int) string {
	st := &c.styles
	if c.prompt.active() {
		return strings.Join(theme.Lines(st.Prompt, "", text.Wrap(c.prompt.question+" (y/n)", w)), "\n")
	}
	if c.status == "" {
		return ""
	}
	style := st.Status
	if c.statusBad {
		style = st.Error
	}
	// report's refusal lists a field a line, indented: kept indented
	var lines []string
	for _, para := range strings.Split(c.status, "\n") {
		if rest, ok := strings.CutPrefix(para, "  "); ok {
			lines = append(lines, text.WrapIndent("  ", rest, w)...)
		} else {
			lines = append(lines, text.Wrap(para, w)...)
		}
	}
	// as many lines as leave the plans and a few of the body in sight
	if most := max(4, c.height-len(c.header)-6); len(lines) > most {
		lines = append(lines[:most-1], "… (and more)")
	}
	return strings.Join(theme.Lines(style, "", lines), "\n")
}
