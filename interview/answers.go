package interview

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/plans"
)

// Keys of answers that are not scenario fields: choices the walk-through
// offers that fill scenario fields for the user.
const (
	// KeyAllowedSource: "known" (the user types the out-of-network allowed
	// amount) or "suggested" (the Medicare-based suggestion fills it).
	KeyAllowedSource = "walkthrough.oon_allowed"
	// KeyTaxBracket: one of the bracket rates ("29.65") that fills
	// account.tax_rate, or "other" (the user types it).
	KeyTaxBracket = "walkthrough.tax_bracket"
	// KeySupplementalChoice: "none", a kind ("indemnity"), or "preset:N" for
	// plans.SupplementalPresets()[N], which fills the policy's fields.
	KeySupplementalChoice = "walkthrough.supplemental"
	// KeyEvaluation: "yes" (the first visit is an evaluation priced apart:
	// its prices are asked) or "no" (every visit is priced alike: the
	// evaluation prices are not passed to the scenario).
	KeyEvaluation = "walkthrough.evaluation"
	// KeyRange: "yes" (the number of visits is a range: its fewest and
	// most are asked) or "no" (one number: the range is not passed).
	KeyRange = "walkthrough.visits_range"
	// KeyNextYear: "yes" (the plan changes when it renews: next year's
	// plan is asked) or "no" (the same plan renews: next_year is not
	// passed).
	KeyNextYear = "walkthrough.next_year"
)

const (
	yes              = "yes"
	no               = "no"
	allowedKnown     = "known"
	allowedSuggested = "suggested"
	bracketOther     = "other"
	presetPrefix     = "preset:"
)

// choiceSections are the sections a walk-through choice writes while it
// says yes: a range asked for must have its counts, whatever is typed.
var choiceSections = map[string]string{KeyRange: "care.visits_range", KeyNextYear: "next_year"}

// choiceKeys are the answers that are not scenario fields.
var choiceKeys = []string{KeyAllowedSource, KeyTaxBracket, KeySupplementalChoice, KeyEvaluation, KeyRange, KeyNextYear}

// answerKeys lists every key of Answers: the scenario fields (but version)
// in the order of plans.Fields, then the walk-through's own choices.
var answerKeys = func() []string {
	var keys []string
	for _, f := range plans.Fields {
		if f.Path != "version" {
			keys = append(keys, f.Path)
		}
	}
	return append(keys, choiceKeys...)
}()

// IsAnswerKey reports a key the answers hold (a draft keeps only those).
func IsAnswerKey(k string) bool { return slices.Contains(answerKeys, k) }

// Answers are the walk-through's answers exactly as typed, including text
// that does not validate yet, and which of them the user touched. A
// scenario is made of them only through plans.Resolve.
type Answers struct {
	text    map[string]string
	touched map[string]bool
	// fitted are answers worked out for the user from other answers and
	// kept fitted to them until the user changes them: Medigap Plan G's
	// deductible (the Part B deductible still to meet) and the suggested
	// out-of-network allowed amount. Not kept in a draft: after a resume
	// they stand as typed.
	fitted map[string]bool
	// keptUnusual are answers the user kept when asked "unusually high:
	// keep it?", by key, as typed: each is asked once.
	keptUnusual map[string]string
}

// NewAnswers starts answers from a scenario (every field as a scenario file
// writes it), none of them touched. A field a file leaves out because its
// default gives the same value is empty, which means the same.
func NewAnswers(s calc.Scenario) *Answers {
	a := &Answers{text: make(map[string]string, len(answerKeys)), touched: map[string]bool{}, fitted: map[string]bool{}, keptUnusual: map[string]string{}}
	texts := plans.AnswerTexts(s)
	for _, k := range answerKeys {
		a.text[k] = texts[k] // every answer, an empty one included: a draft keeps it empty
	}
	for _, f := range a.choicesFromFields(always) { // every choice from its field
		a.write(f)
	}
	return a
}

// Text is the answer to key as typed.
func (a *Answers) Text(key string) string { return a.text[key] }

// Touched reports whether the user changed the answer.
func (a *Answers) Touched(key string) bool { return a.touched[key] }

// TouchAll marks every answer as the user's (a scenario file's answers).
func (a *Answers) TouchAll() {
	for _, k := range answerKeys {
		a.touched[k] = true
	}
}

// Type records text typed into an answer, as a screen's field holds it
// while the user types: a typed answer counts at once (Changed); a choice
// counts when it is left (Settle), so looking through the plan types
// changes nothing. It returns every other key whose answer changed.
func (a *Answers) Type(key, text string) []string {
	if !IsAnswerKey(key) || a.text[key] == text {
		return nil
	}
	a.text[key] = text
	// picked from choices: a yes/no or choice field, or a walk-through
	// choice (the answers that are no field)
	if f, ok := plans.Field(key); !ok || f.Kind == plans.KindBool || f.Kind == plans.KindEnum {
		return nil
	}
	return a.Changed(key)
}

// Set changes an answer as the user gave it and applies what the change
// implies (Changed). It returns every other key whose answer changed.
func (a *Answers) Set(key, text string) []string {
	if !IsAnswerKey(key) {
		return nil
	}
	a.text[key] = text
	return a.Changed(key)
}

// Changed records that the user changed key's answer and applies what the
// change implies (the dependencies). It returns every other key whose
// answer changed, so screens showing them can be refreshed.
func (a *Answers) Changed(key string) []string {
	a.touched[key] = true
	delete(a.fitted, key) // the user's own answer now
	return a.follow(key, false)
}

// Settle applies a choice the user leaves: as a change when its answer is
// not what it was when the choice was reached (was), else as a choice kept
// as it was ("use the suggestion" and a bracket do their work then too).
func (a *Answers) Settle(key, was string) []string {
	if a.text[key] != was {
		return a.Changed(key)
	}
	return a.follow(key, true)
}

// fillHow says how a dependency writes an answer.
type fillHow int

const (
	refill  fillHow = iota // only an answer the user has not touched
	forUser                // as the user's own (touched)
	fitted                 // as the user's, worked out for them (touched and fitted)
	always                 // whatever it was
)

// fill is one answer a dependency writes.
type fill struct {
	key, text string
	how       fillHow
}

// dependency is one way answers follow another: when one of on changes (or,
// with onKeep, a choice of on is kept as it was), fills says what to write.
type dependency struct {
	name   string
	on     []string
	onKeep bool
	fills  func(a *Answers, key string) []fill
}

// dependencies are every way answers follow one another, in the order they
// apply.
var dependencies = []dependency{
	{name: "a new plan type, or a year whose dated figures differ, refills what the user has not touched",
		on: []string{"plan.type", "year"}, fills: presetFills},
	{name: "the typical concierge sessions follow the visits needed, while untouched",
		on: []string{"plan.type", "year", "care.visits"}, fills: conciergeSessionsFills},
	{name: "the walk-through's choices follow the fields they fill, while untouched",
		on: []string{"plan.type", "year"}, fills: func(a *Answers, _ string) []fill { return a.choicesFromFields(refill) }},
	{name: "out-of-network benefits turned on get typical figures where the preset has none",
		on: []string{"plan.type", "year", "plan.out_of_network.covered"}, fills: typicalOONFills},
	{name: "an HSA or FSA gets a typical balance and tax rate where the preset has none",
		on: []string{"plan.type", "year", "account.kind"}, fills: typicalAccountFills},
	{name: "the tax bracket follows the tax rate while untouched",
		on: []string{"plan.type", "year", "account.kind"}, fills: func(a *Answers, _ string) []fill {
			return []fill{{KeyTaxBracket, a.bracketFor(a.Text("account.tax_rate")), refill}}
		}},
	{name: "the suggestion fills the out-of-network allowed amount", on: []string{KeyAllowedSource}, onKeep: true,
		fills: func(a *Answers, _ string) []fill {
			if amount, ok := a.SuggestedAllowed(); ok && a.Text(KeyAllowedSource) == allowedSuggested {
				return []fill{{"plan.out_of_network.allowed", amount.Plain(), fitted}}
			}
			return nil
		}},
	{name: "a tax bracket fills the tax rate", on: []string{KeyTaxBracket}, onKeep: true,
		fills: func(a *Answers, _ string) []fill {
			if b := a.Text(KeyTaxBracket); b != bracketOther && b != "" {
				return []fill{{"account.tax_rate", b, forUser}}
			}
			return nil
		}},
	{name: "a tax rate typed picks its bracket", on: []string{"account.tax_rate"},
		fills: func(a *Answers, _ string) []fill {
			return []fill{{KeyTaxBracket, a.bracketFor(a.Text("account.tax_rate")), forUser}}
		}},
	{name: "a ready policy fills the policy; a kind chosen sets the kind", on: []string{KeySupplementalChoice},
		fills: policyFills},
	{name: "a kind typed picks the choice", on: []string{"supplemental.kind"},
		fills: func(a *Answers, _ string) []fill {
			return []fill{{KeySupplementalChoice, plans.NormalizeTyped(plans.KindEnum, a.Text("supplemental.kind")), forUser}}
		}},
	{name: "a plan that changes when it renews starts as this year's type", on: []string{KeyNextYear},
		fills: func(a *Answers, _ string) []fill {
			if a.Text(KeyNextYear) == yes && a.typed("next_year.type") == "" {
				return []fill{{"next_year.type", a.typed("plan.type"), forUser}}
			}
			return nil
		}},
	{name: "answers worked out for the user follow what they come from",
		on:    []string{"plan.type", "year", "plan.in_network.deductible", "plan.in_network.deductible_met", "care.out_of_network.minutes"},
		fills: fittedFills},
}

// follow applies the dependencies of key's change (or, kept, of a choice
// kept as it was), returning the keys whose answers changed.
func (a *Answers) follow(key string, kept bool) []string {
	var changed []string
	for _, d := range dependencies {
		if (kept && !d.onKeep) || !slices.Contains(d.on, key) {
			continue
		}
		for _, f := range d.fills(a, key) {
			if a.write(f) {
				changed = append(changed, f.key)
			}
		}
	}
	return changed
}

// write applies one fill; it reports whether the answer changed.
func (a *Answers) write(f fill) bool {
	if _, ok := a.text[f.key]; !ok && !IsAnswerKey(f.key) {
		return false
	}
	switch f.how {
	case refill:
		if a.touched[f.key] {
			return false
		}
	case forUser:
		a.touched[f.key] = true
	case fitted:
		a.touched[f.key], a.fitted[f.key] = true, true
	}
	if a.text[f.key] == f.text {
		return false
	}
	a.text[f.key] = f.text
	return true
}

func presetFills(a *Answers, _ string) []fill {
	t := a.PlanType()
	if t == "" {
		return nil
	}
	texts := plans.AnswerTexts(plans.PresetFor(t, a.year()))
	var out []fill
	for _, k := range answerKeys {
		if k != "plan.type" && k != "year" && !slices.Contains(choiceKeys, k) {
			out = append(out, fill{k, texts[k], refill})
		}
	}
	return out
}

// conciergeSessionsFills keeps the typical concierge sessions in step with
// the visits needed (plans.TypicalConciergeSessions); after a preset's
// refill too, which would put back its 18 beside visits typed.
func conciergeSessionsFills(a *Answers, _ string) []fill {
	n, err := strconv.Atoi(a.typed("care.visits"))
	if err != nil || n < 1 || a.typed("care.concierge.visits") == "" {
		return nil // a problem said on its question; an empty answer is "same as the course"
	}
	return []fill{{"care.concierge.visits", strconv.Itoa(plans.TypicalConciergeSessions(n)), refill}}
}

// choicesFromFields sets the walk-through's own choices from the fields
// they fill.
func (a *Answers) choicesFromFields(how fillHow) []fill {
	// an allowed amount not known yet (the HMO's 0): the suggestion is offered first
	source := allowedSuggested
	if v, err := calc.ParseDecimal(a.typed("plan.out_of_network.allowed")); err == nil && v > 0 {
		source = allowedKnown
	}
	kind := a.typedOr("supplemental.kind", string(calc.NoSupplemental))
	return []fill{{KeyAllowedSource, source, how}, {KeyTaxBracket, a.bracketFor(a.Text("account.tax_rate")), how},
		{KeySupplementalChoice, kind, how}, {KeyEvaluation, yesIf(a.anyText(evaluationKeys)), how},
		{KeyRange, yesIf(a.anyText([]string{"care.visits_range.fewest", "care.visits_range.most"})), how},
		{KeyNextYear, yesIf(a.anyText([]string{"next_year.type"})), how}}
}

// evaluationKeys are the fields of evaluation and re-evaluation visits.
var evaluationKeys = func() []string {
	var out []string
	for _, f := range plans.Fields {
		if strings.Contains(f.Path, "evaluation") {
			out = append(out, f.Path)
		}
	}
	return out
}()

// anyText reports whether one of keys has an answer other than empty or 0
// (a re-evaluation every 0 visits is none).
func (a *Answers) anyText(keys []string) bool {
	for _, k := range keys {
		if t := a.typed(k); t != "" && t != "0" {
			return true
		}
	}
	return false
}

func yesIf(b bool) string {
	if b {
		return yes
	}
	return no
}

func typicalOONFills(a *Answers, _ string) []fill {
	t := a.PlanType()
	if t == "" || !a.oonCovered() || plans.PresetFor(t, a.year()).Plan.OutOfNetwork.Covered {
		return nil
	}
	texts := plans.AnswerTexts(calc.Scenario{Plan: calc.Plan{OutOfNetwork: plans.TypicalOutOfNetwork()}})
	var out []fill
	for _, f := range plans.Fields {
		if strings.HasPrefix(f.Path, "plan.out_of_network.") && f.Path != "plan.out_of_network.covered" &&
			f.Path != "plan.out_of_network.allowed" {
			out = append(out, fill{f.Path, texts[f.Path], refill})
		}
	}
	return out
}

func typicalAccountFills(a *Answers, _ string) []fill {
	t, kind := a.PlanType(), calc.AccountKind(a.accountKind())
	typical, ok := plans.TypicalAccount(kind)
	if !ok || t == "" || plans.PresetFor(t, a.year()).Account.Kind == kind {
		return nil
	}
	texts := plans.AnswerTexts(calc.Scenario{Account: typical})
	return []fill{{"account.balance", texts["account.balance"], refill}, {"account.tax_rate", texts["account.tax_rate"], refill}}
}

func policyFills(a *Answers, _ string) []fill {
	choice := a.Text(KeySupplementalChoice)
	if p, ok := a.readyPolicy(choice); ok {
		texts := plans.AnswerTexts(calc.Scenario{Supplemental: p})
		var out []fill
		for _, f := range plans.Fields {
			if f.Section() == "supplemental" {
				how := forUser
				if f.Path == "supplemental.deductible" {
					how = fitted // Medigap's deductible follows the Part B deductible left
				}
				out = append(out, fill{f.Path, texts[f.Path], how})
			}
		}
		return out
	}
	if choice == "" || strings.HasPrefix(choice, presetPrefix) {
		return nil
	}
	out := []fill{{"supplemental.kind", choice, forUser}}
	if choice == string(calc.Indemnity) {
		// the choice says "a policy that pays a fixed amount per visit":
		// a fixed indemnity (docs/spec/clarifications.md); its own question
		// can make it expense-incurred
		out = append(out, fill{"supplemental.basis", string(calc.FixedIndemnity), forUser})
	}
	return out
}

func fittedFills(a *Answers, _ string) []fill {
	var out []fill
	if a.fitted["supplemental.deductible"] {
		if p, ok := a.readyPolicy(a.Text(KeySupplementalChoice)); ok {
			texts := plans.AnswerTexts(calc.Scenario{Supplemental: p})
			out = append(out, fill{"supplemental.deductible", texts["supplemental.deductible"], always})
		}
	}
	if a.fitted["plan.out_of_network.allowed"] && a.Text(KeyAllowedSource) == allowedSuggested {
		if amount, ok := a.SuggestedAllowed(); ok {
			out = append(out, fill{"plan.out_of_network.allowed", amount.Plain(), always})
		}
	}
	return out
}

// readyPolicy is the ready policy a choice ("preset:N") stands for, fitted
// to the answers (Medigap Plan G's deductible is the Part B deductible
// still to meet).
func (a *Answers) readyPolicy(choice string) (calc.Supplemental, bool) {
	if !strings.HasPrefix(choice, presetPrefix) {
		return calc.Supplemental{}, false // no need to fit the presets to the answers
	}
	p, ok := preset(choice, plans.SupplementalPresetsFor(a.presetBasis()))
	return p.Policy, ok
}

// preset is the ready policy of presets a choice ("preset:N") stands for.
func preset(choice string, presets []plans.SupplementalPreset) (plans.SupplementalPreset, bool) {
	n, ok := strings.CutPrefix(choice, presetPrefix)
	i, err := strconv.Atoi(n)
	if !ok || err != nil || i < 0 || i >= len(presets) {
		return plans.SupplementalPreset{}, false
	}
	return presets[i], true
}

// bracketFor is the bracket a tax rate is ("29.65"), or other.
func (a *Answers) bracketFor(rate string) string {
	v, err := calc.ParseDecimal(plans.NormalizeTyped(plans.KindPercent, rate))
	if err != nil {
		return bracketOther
	}
	for _, b := range plans.TaxBrackets(a.year()) {
		if int64(b.Combined) == v {
			return b.Combined.String()
		}
	}
	return bracketOther
}

// sectionRoot is the top-level section of a path, with its dot
// ("next_year." for next_year.in_network.deductible).
func sectionRoot(path string) string {
	root, _, _ := strings.Cut(path, ".")
	return root + "."
}

// typed is an answer cleaned as plans.NormalizeTyped cleans it.
func (a *Answers) typed(key string) string {
	spec, ok := plans.Field(key)
	if !ok {
		return strings.TrimSpace(a.Text(key))
	}
	return plans.NormalizeTyped(spec.Kind, a.Text(key))
}

// PlanType is the plan type answered ("" when it is not one).
func (a *Answers) PlanType() calc.PlanType {
	t := calc.PlanType(a.typed("plan.type"))
	if !plans.KnownPlanType(t) {
		return ""
	}
	return t
}

func (a *Answers) hasPlan() bool { return a.PlanType() != calc.NoPlan }

// oonCovered: the plan pays toward out-of-network care (as answered).
func (a *Answers) oonCovered() bool {
	return a.hasPlan() && a.typed("plan.out_of_network.covered") == "true"
}

// typedOr is an answer cleaned (typed), or none while it is empty.
func (a *Answers) typedOr(key, none string) string {
	if t := a.typed(key); t != "" {
		return t
	}
	return none
}

func (a *Answers) accountKind() string { return a.typedOr("account.kind", string(calc.NoAccount)) }

// choiceKind is the supplemental kind a choice stands for.
func choiceKind(choice string) string {
	if !strings.HasPrefix(choice, presetPrefix) {
		return choice
	}
	p, _ := preset(choice, plans.SupplementalPresets())
	return string(p.Policy.Kind)
}

// Describe is more about the choice the user is on, for a screen to show
// below a choice question: a plan type's description, a policy's ("" for
// other questions, or when there is nothing to add).
func Describe(key, choice string) string {
	if key == "plan.type" {
		return plans.PlanDescription(calc.PlanType(choice))
	}
	if key != KeySupplementalChoice {
		return ""
	}
	if p, ok := preset(choice, plans.SupplementalPresets()); ok {
		return p.Description
	}
	switch calc.SupplementalKind(choice) {
	case calc.ExtraVisits:
		return "Covers therapy visits past the plan's yearly visit limit, with its own share of each visit."
	case calc.Indemnity:
		return "Pays you a fixed amount for each visit, whatever else covers it."
	case calc.Secondary:
		return "Pays after your plan, toward what your plan left you to pay."
	}
	return ""
}

// values builds the scenario's Values from the answers (with override
// replacing some answers), as a file would write them: empty answers are
// left out (their default applies), a supplemental or account field of
// another kind is left out, and an answer that does not apply is passed
// only while it is valid (so a hidden answer never blocks the estimate)
// and not switched off by a choice (an evaluation's prices after "every
// visit costs the same").
// hidden lists the fields passed that do not apply.
func (a *Answers) values(override map[string]string) (v plans.Values, hidden map[string]bool) {
	v = plans.Values{"version": {Text: "1"}}
	hidden = map[string]bool{}
	off := map[string]bool{}
	kinds := map[string]string{"supplemental": a.typedOr("supplemental.kind", string(calc.NoSupplemental)), "account": a.accountKind()}
	for key, section := range choiceSections {
		if a.Text(key) == yes && a.Applies(key) {
			v[section] = plans.Value{} // written, so its required fields are asked for
		} else {
			off[section+"."] = true // none of it is passed: its presence alone means something
		}
	}
	for _, f := range plans.Fields {
		if f.Path == "version" {
			continue
		}
		text, ok := override[f.Path]
		if !ok {
			text = a.Text(f.Path)
		}
		t := plans.NormalizeTyped(f.Kind, text)
		if t == "" || off[f.Section()+"."] || off[sectionRoot(f.Path)] {
			continue
		}
		if k, ok := kinds[f.Section()]; ok && !f.BelongsTo(k) {
			continue // a supplemental or account field of another kind
		}
		if !a.Applies(f.Path) {
			if a.switchedOff(f.Path) || plans.ValidateField(f.Path, t) != nil {
				continue
			}
			hidden[f.Path] = true
		}
		v[f.Path] = plans.Value{Text: t}
	}
	return v, hidden
}

// resolve turns the answers into a scenario through plans.Resolve. Errors
// about answers that do not apply are dropped with the answer (and resolved
// again); the errors left are about answers the user can see and change.
func (a *Answers) resolve(override map[string]string) (calc.Scenario, []calc.Warning, plans.Errors) {
	v, hidden := a.values(override)
	for range 4 {
		s, w, err := plans.Resolve("", v)
		if err == nil {
			return s, w, nil
		}
		var errs *plans.Errors
		if !errors.As(err, &errs) {
			return calc.Scenario{}, nil, plans.Errors{{Problem: err.Error()}}
		}
		dropped := false
		var shown plans.Errors
		for _, e := range *errs {
			if hidden[e.Path] {
				delete(v, e.Path)
				delete(hidden, e.Path)
				dropped = true
				continue
			}
			shown = append(shown, e)
		}
		if !dropped {
			plainOOPMaxProblem(v, shown)
			return calc.Scenario{}, nil, shown
		}
	}
	return calc.Scenario{}, nil, plans.Errors{{Problem: "the answers could not be resolved"}}
}

// OOPMaxOptional reports whether the plan type answered may leave the
// in-network out-of-pocket maximum empty (true while the type is not one).
func (a *Answers) OOPMaxOptional() bool {
	t := a.PlanType()
	return t == "" || plans.OOPMaxOptional(t)
}

// plainOOPMaxProblem says "the maximum is missing" in words a patient reads:
// the file's message names plan types as a file writes them ("a ppo plan
// ...; only medicare, workers_comp, auto_pip and none may leave it out").
func plainOOPMaxProblem(v plans.Values, errs plans.Errors) {
	if _, written := v["plan.in_network.oop_max"]; written {
		return
	}
	t := calc.PlanType(v["plan.type"].Text)
	if !plans.KnownPlanType(t) || plans.OOPMaxOptional(t) {
		return
	}
	var none []string
	for _, x := range calc.PlanTypes {
		if plans.OOPMaxOptional(x) {
			none = append(none, shortPlanName(x))
		}
	}
	for i := range errs {
		if errs[i].Path == "plan.in_network.oop_max" {
			errs[i].Problem = text.Capitalize(plans.PlanWithArticle(t)) + " must have an out-of-pocket maximum (only " +
				JoinAnd(none) + " may have none)"
		}
	}
}

// shortPlanName is a plan type's name, shortened where it is long.
func shortPlanName(t calc.PlanType) string {
	switch t {
	case calc.AutoPIP:
		return "PIP"
	case calc.NoPlan:
		return "no plan"
	}
	return plans.PlanTypeName(t)
}

// Scenario is the scenario the answers make, with the warnings that need no
// dated figure, or every problem that keeps them from making one.
func (a *Answers) Scenario() (calc.Scenario, []calc.Warning, plans.Errors) {
	return a.resolve(nil)
}

// Reviewed is Scenario as the review shows it: when the answers make a
// scenario, the figures kept when asked "unusually high: keep it?" are
// warned about first, so they stay in view (plans.UnusualWarnings).
func (a *Answers) Reviewed() (calc.Scenario, []calc.Warning, plans.Errors) {
	s, ws, errs := a.resolve(nil)
	if len(errs) == 0 {
		ws = append(plans.UnusualWarnings(s), ws...)
	}
	return s, ws, errs
}

// Check validates one answer as typed, before it is kept: by the field's own
// rules (plans.ValidateField), then by the rules between fields
// (plans.Resolve of every answer, keeping only the problems of this field,
// such as a deductible met above the deductible). nil for the walk-through's
// own choices and for a valid answer.
func (a *Answers) Check(key, text string) *plans.FieldError {
	if _, ok := plans.Field(key); !ok {
		return nil
	}
	if err := plans.ValidateField(key, text); err != nil {
		var fe *plans.FieldError
		if errors.As(err, &fe) {
			return fe
		}
		return &plans.FieldError{Path: key, Problem: err.Error()}
	}
	_, _, errs := a.resolve(map[string]string{key: text})
	if i := slices.IndexFunc(errs, func(e plans.FieldError) bool { return e.Path == key }); i >= 0 {
		return &errs[i]
	}
	return nil
}

// Unusual is the question the walk-throughs ask once about an answer far
// above what a real plan or clinic has (plans.UnusualAnswer, for the plan
// year and coverage answered): "$150,175.00 is unusually high for the
// clinic's charge: … Keep it?". "" when the answer is not unusual, not
// valid yet, or already kept.
func (a *Answers) Unusual(key, text string) string {
	if kept, ok := a.keptUnusual[key]; ok && kept == text {
		return ""
	}
	q, _ := plans.UnusualAnswer(key, text, a.year(), calc.Coverage(a.typed("plan.coverage")))
	return q
}

// KeepUnusual records that the user kept an unusual answer: it is not
// asked about again while it stays as typed.
func (a *Answers) KeepUnusual(key, text string) { a.keptUnusual[key] = text }

// year is the plan year answered, 0 when it is empty or not a valid year
// (the newest year carried).
func (a *Answers) year() int {
	t := plans.NormalizeTyped(plans.KindYear, a.Text("year"))
	if t == "" || plans.ValidateField("year", t) != nil {
		return 0
	}
	y, _ := strconv.Atoi(t)
	return y
}

// presetBasis is what a ready supplemental policy is fitted to: the
// scenario the answers make, or just the year while they make none.
func (a *Answers) presetBasis() calc.Scenario {
	if s, _, errs := a.Scenario(); len(errs) == 0 {
		return s
	}
	return calc.Scenario{Year: a.year()}
}

// SuggestedAllowed is the out-of-network allowed amount suggested when the
// user does not know it: plans.SuggestedAllowedPercent of the Medicare
// reference amount of a typical visit as long as the out-of-network visits
// answered.
func (a *Answers) SuggestedAllowed() (amount calc.Cents, ok bool) {
	ref, ok := a.medicareReferenceAmount()
	if !ok {
		return 0, false
	}
	return plans.SuggestedAllowed(ref.Total, plans.SuggestedAllowedPercent), true
}

func (a *Answers) oonMinutes() int {
	m, err := strconv.Atoi(a.typed("care.out_of_network.minutes"))
	if err != nil || m < 1 || m > plans.MaxVisitMinutes {
		return 60 // the format's default
	}
	return m
}

// medicareReferenceAmount is Medicare's amount for a typical visit as long
// as the out-of-network visits answered, with its caveats (Notes).
func (a *Answers) medicareReferenceAmount() (plans.ReferenceAmount, bool) {
	r, err := plans.MedicareReferenceAmount(plans.TypicalVisit(a.oonMinutes()))
	if err != nil || r.Total <= 0 {
		return plans.ReferenceAmount{}, false
	}
	return r, true
}

// Snapshot copies every answer as typed (for a draft).
func (a *Answers) Snapshot() map[string]string { return maps.Clone(a.text) }

// TouchedKeys lists the touched answers, sorted (touched holds only true).
func (a *Answers) TouchedKeys() []string { return slices.Sorted(maps.Keys(a.touched)) }

// Assumed lists the figures the answers use that the user did not give
// (field paths, in the order of plans.Fields): amounts, rates and counts
// that apply, are not zero or empty, and that the user did not type or
// choose — a preset's typical figures kept with Enter, a typical account —
// and the answers worked out for the user (the suggested allowed amount,
// Medigap's deductible). Zero is not an assumption but "none", and an
// empty answer is a rule ("same as the course"), not a figure.
func (a *Answers) Assumed() []string {
	var out []string
	for _, f := range plans.Fields {
		k := f.Path
		switch f.Kind {
		case plans.KindMoney, plans.KindPercent, plans.KindCount:
		default:
			continue
		}
		if k == "version" || a.touched[k] && !a.fitted[k] {
			continue
		}
		// the cheap tests first: most answers (next year's, a policy's
		// not chosen) are empty, and Applies reads the whole script
		t := a.typed(k)
		if t == "" || plans.ValidateField(k, t) != nil {
			continue
		}
		if v, err := calc.ParseDecimal(t); err == nil && v == 0 {
			continue
		}
		if !a.Applies(k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// JoinAnd lists words as a sentence does: "a, b and c".
func JoinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
