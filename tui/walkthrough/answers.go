package walkthrough

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
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
)

const (
	allowedKnown     = "known"
	allowedSuggested = "suggested"
	bracketOther     = "other"
	presetPrefix     = "preset:"
)

// SuggestedAllowedPercent is plans.SuggestedAllowedPercent, the share of
// Medicare's reference amount suggested as an out-of-network allowed amount.
const SuggestedAllowedPercent = plans.SuggestedAllowedPercent

// taxBrackets are the combined rates offered for account.tax_rate: a common
// federal income-tax bracket plus 7.65 % payroll tax (FICA), which payroll
// contributions to an HSA or FSA also avoid.
var taxBrackets = []struct{ income, combined string }{
	{"12", "19.65"},
	{"22", "29.65"},
	{"24", "31.65"},
	{"32", "39.65"},
}

// wizardKeys are the answers that are not scenario fields.
var wizardKeys = []string{KeyAllowedSource, KeyTaxBracket, KeySupplementalChoice}

// Answers are the walk-through's answers exactly as typed, including text
// that does not validate yet, and which the user touched. The full-screen
// walk-through binds its forms to them (so they live on the heap and are
// shared by copies of the Model); the line-by-line prompt sets them with Set.
// A scenario is made of them only through plans.Resolve.
type Answers struct {
	text    map[string]*string
	touched map[string]bool
	// fitted are answers the walk-through worked out from other answers
	// and keeps fitted to them until the user changes them: Medigap Plan
	// G's deductible (the Part B deductible still to meet) and the
	// suggested out-of-network allowed amount (from the visit's minutes).
	// Not kept in a draft: after a resume they stand as typed.
	fitted map[string]bool
	// keptUnusual are answers the user kept when asked "unusually high:
	// keep it?", by key, as typed: each is asked once.
	keptUnusual map[string]string
}

// fitInputs are the answers whose change refits the fitted answers.
var fitInputs = map[string]bool{
	"plan.type": true, "year": true, "plan.in_network.deductible": true, "plan.in_network.deductible_met": true,
	"care.out_of_network.minutes": true,
}

// answerKeys lists every key of Answers: the scenario fields (but version)
// in the order of plans.Fields, then the walk-through's own choices.
var answerKeys = func() []string {
	var keys []string
	for _, f := range plans.Fields {
		if f.Path != "version" {
			keys = append(keys, f.Path)
		}
	}
	return append(keys, wizardKeys...)
}()

func isAnswerKey(k string) bool {
	for _, x := range answerKeys {
		if x == k {
			return true
		}
	}
	return false
}

// NewAnswers starts answers from a scenario (every field written as a
// scenario file writes it), none of them touched.
func NewAnswers(s calc.Scenario) *Answers {
	a := &Answers{text: make(map[string]*string, len(answerKeys)), touched: map[string]bool{}, fitted: map[string]bool{},
		keptUnusual: map[string]string{}}
	for _, k := range answerKeys {
		a.text[k] = new(string)
	}
	for k, v := range scenarioTexts(s) {
		*a.text[k] = v
	}
	a.deriveChoices(true)
	return a
}

// scenarioTexts writes each field of s as text, the way a scenario file
// writes it: plans.Marshal, read back by plans.Decode, so the walk-through
// and the file format never disagree about a field. Fields a file leaves out
// because their default gives the same value (an option's visits equal to
// the episode's, the self-pay rate equal to the charge, no maximum) are
// empty text, which means the same.
func scenarioTexts(s calc.Scenario) map[string]string {
	out := map[string]string{}
	data, err := plans.Marshal(s)
	if err != nil {
		return out
	}
	vals, _ := plans.Decode("", data)
	for _, f := range plans.Fields {
		if v, ok := vals[f.Path]; ok && !v.Null && f.Path != "version" {
			out[f.Path] = v.Text
		}
	}
	return out
}

// Text is the answer to key as typed.
func (a *Answers) Text(key string) string {
	if p, ok := a.text[key]; ok {
		return *p
	}
	return ""
}

// ptr is the answer's heap string, for binding a form field to it.
func (a *Answers) ptr(key string) *string { return a.text[key] }

// Touched reports whether the user changed the answer.
func (a *Answers) Touched(key string) bool { return a.touched[key] }

// TouchAll marks every answer as the user's (a scenario file's answers).
func (a *Answers) TouchAll() {
	for _, k := range answerKeys {
		a.touched[k] = true
	}
}

// Set changes an answer as the user typed it and applies what the change
// implies (see Changed). It returns every other key whose answer changed.
func (a *Answers) Set(key, text string) []string {
	p, ok := a.text[key]
	if !ok {
		return nil
	}
	*p = text
	return a.Changed(key)
}

// Changed records that the user changed key's answer (typed into a bound
// form field, or Set) and applies what the change implies: a new plan type
// refills every answer the user has not touched from that type's preset; a
// tax bracket fills the tax rate; "use the suggestion" fills the
// out-of-network allowed amount; a supplemental preset fills the policy. It
// returns every other key whose answer changed, so forms bound to them can
// be refreshed.
func (a *Answers) Changed(key string) []string {
	a.touched[key] = true
	delete(a.fitted, key) // the user's own answer now
	return a.apply(key)
}

// Confirm applies a walk-through choice kept as it was: "use the
// suggestion" fills the allowed amount, a bracket the tax rate, as when they
// are chosen (a default choice does its work too). It returns the keys
// whose answers changed.
func (a *Answers) Confirm(key string) []string {
	switch key {
	case KeyAllowedSource, KeyTaxBracket:
		return a.apply(key)
	}
	return nil
}

// apply makes the answers follow a change of key's answer.
func (a *Answers) apply(key string) []string {
	var changed []string
	set := func(k, v string) {
		if p := a.text[k]; p != nil && *p != v {
			*p = v
			changed = append(changed, k)
		}
	}
	switch key {
	case "plan.type", "year":
		// a new plan type, or a year whose dated figures differ (Original
		// Medicare's Part B), refills what the user has not touched
		t := calc.PlanType(plans.NormalizeTyped(plans.KindEnum, a.Text("plan.type")))
		if !plans.KnownPlanType(t) {
			break
		}
		preset := scenarioTexts(plans.PresetFor(t, a.year()))
		for _, k := range answerKeys {
			if k == "plan.type" || k == "year" || a.touched[k] || isWizardKey(k) {
				continue
			}
			set(k, preset[k])
		}
		changed = append(changed, a.deriveChoices(false)...)
		changed = append(changed, a.fillTypical()...)
	case "plan.out_of_network.covered", "account.kind":
		changed = append(changed, a.fillTypical()...)
	case KeyAllowedSource:
		if a.Text(KeyAllowedSource) == allowedSuggested {
			if amount, ok := a.SuggestedAllowed(); ok {
				a.touched["plan.out_of_network.allowed"] = true
				a.fitted["plan.out_of_network.allowed"] = true
				set("plan.out_of_network.allowed", amount.Plain())
			}
		}
	case KeyTaxBracket:
		if b := a.Text(KeyTaxBracket); b != bracketOther && b != "" {
			a.touched["account.tax_rate"] = true
			set("account.tax_rate", b)
		}
	case KeySupplementalChoice:
		choice := a.Text(KeySupplementalChoice)
		if n, ok := strings.CutPrefix(choice, presetPrefix); ok {
			i, err := strconv.Atoi(n)
			presets := plans.SupplementalPresetsFor(a.presetBasis())
			if err != nil || i < 0 || i >= len(presets) {
				break
			}
			s := calc.Scenario{Supplemental: presets[i].Policy}
			texts := scenarioTexts(s)
			for _, f := range plans.Fields {
				if f.Section() == "supplemental" {
					a.touched[f.Path] = true
					set(f.Path, texts[f.Path])
				}
			}
			a.fitted["supplemental.deductible"] = true
		} else if choice != "" {
			a.touched["supplemental.kind"] = true
			set("supplemental.kind", choice)
		}
	case "account.tax_rate":
		// typed by hand: the bracket follows (a bracket's rate, or other)
		a.touched[KeyTaxBracket] = true
		set(KeyTaxBracket, bracketFor(a.Text("account.tax_rate")))
	case "supplemental.kind":
		a.touched[KeySupplementalChoice] = true
		set(KeySupplementalChoice, plans.NormalizeTyped(plans.KindEnum, a.Text("supplemental.kind")))
	}
	if fitInputs[key] {
		changed = append(changed, a.refit()...)
	}
	return changed
}

// refit works the fitted answers out again from the answers they follow:
// a ready policy's deductible (Medigap Plan G: the Part B deductible still
// to meet, which follows the year and the deductible met) and the
// suggested allowed amount (which follows the out-of-network visit's
// minutes). It returns the keys changed.
func (a *Answers) refit() []string {
	var changed []string
	set := func(k, v string) {
		if p := a.text[k]; p != nil && *p != v {
			*p = v
			changed = append(changed, k)
		}
	}
	if a.fitted["supplemental.deductible"] {
		if n, ok := strings.CutPrefix(a.Text(KeySupplementalChoice), presetPrefix); ok {
			presets := plans.SupplementalPresetsFor(a.presetBasis())
			if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < len(presets) {
				texts := scenarioTexts(calc.Scenario{Supplemental: presets[i].Policy})
				set("supplemental.deductible", texts["supplemental.deductible"])
			}
		}
	}
	if a.fitted["plan.out_of_network.allowed"] && a.Text(KeyAllowedSource) == allowedSuggested {
		if amount, ok := a.SuggestedAllowed(); ok {
			set("plan.out_of_network.allowed", amount.Plain())
		}
	}
	return changed
}

// typicalOutOfNetwork are the out-of-network figures a plan said to pay out
// of network gets when its preset has none (an HMO's): the POS preset's,
// a typical plan with out-of-network benefits. The allowed amount is left to
// the walk-through's own question (the Medicare-based suggestion).
var typicalOutOfNetwork = func() map[string]string {
	out := map[string]string{}
	for k, v := range scenarioTexts(plans.Preset(calc.POS)) {
		if strings.HasPrefix(k, "plan.out_of_network.") && k != "plan.out_of_network.covered" &&
			k != "plan.out_of_network.allowed" {
			out[k] = v
		}
	}
	return out
}()

// typicalAccount are the balance and tax rate of an account chosen on a
// plan whose preset has none of that kind: for an HSA the HDHP preset's
// ($1,500 at 29.65 %); for an FSA a $1,500 election at the same rate (22 %
// income tax plus 7.65 % payroll tax: an FSA is funded through payroll).
var typicalAccount = map[calc.AccountKind]calc.Account{
	calc.HSA: plans.Preset(calc.HDHP).Account,
	calc.FSA: {Kind: calc.FSA, Balance: 150000, TaxRate: 2965},
}

// fillTypical fills the untouched answers that the plan type's preset
// leaves without figures while the answers need them: the out-of-network
// figures of a plan said to pay out of network whose preset pays nothing
// there, and the balance and tax rate of an HSA or FSA the preset does not
// have (the tax bracket follows the rate while it is untouched). It returns
// the keys changed.
func (a *Answers) fillTypical() []string {
	var changed []string
	set := func(k, v string) {
		if p := a.text[k]; p != nil && !a.touched[k] && *p != v {
			*p = v
			changed = append(changed, k)
		}
	}
	t := a.PlanType()
	if t != "" && a.oonCovered() && !plans.PresetFor(t, a.year()).Plan.OutOfNetwork.Covered {
		for k, v := range typicalOutOfNetwork {
			set(k, v)
		}
	}
	kind := calc.AccountKind(a.accountKind())
	if typical, ok := typicalAccount[kind]; ok && t != "" && plans.PresetFor(t, a.year()).Account.Kind != kind {
		texts := scenarioTexts(calc.Scenario{Account: typical})
		set("account.balance", texts["account.balance"])
		set("account.tax_rate", texts["account.tax_rate"])
		set(KeyTaxBracket, bracketFor(a.Text("account.tax_rate")))
	}
	sort.Strings(changed)
	return changed
}

// deriveChoices sets the walk-through's own choices from the fields they
// fill (all of them, or only those not touched), returning the keys changed.
func (a *Answers) deriveChoices(all bool) []string {
	var changed []string
	set := func(k, v string) {
		if (all || !a.touched[k]) && *a.text[k] != v {
			*a.text[k] = v
			changed = append(changed, k)
		}
	}
	// an allowed amount not known yet (the HMO's 0): the suggestion is offered first
	if v, err := calc.ParseDecimal(a.typed("plan.out_of_network.allowed")); err == nil && v > 0 {
		set(KeyAllowedSource, allowedKnown)
	} else {
		set(KeyAllowedSource, allowedSuggested)
	}
	set(KeyTaxBracket, bracketFor(a.Text("account.tax_rate")))
	kind := plans.NormalizeTyped(plans.KindEnum, a.Text("supplemental.kind"))
	if kind == "" {
		kind = string(calc.NoSupplemental)
	}
	set(KeySupplementalChoice, kind)
	return changed
}

func bracketFor(rate string) string {
	rate = plans.NormalizeTyped(plans.KindPercent, rate)
	v, err := calc.ParseDecimal(rate)
	if err != nil {
		return bracketOther
	}
	for _, b := range taxBrackets {
		if w, _ := calc.ParseDecimal(b.combined); w == v {
			return b.combined
		}
	}
	return bracketOther
}

func isWizardKey(k string) bool {
	for _, x := range wizardKeys {
		if x == k {
			return true
		}
	}
	return false
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

func (a *Answers) supplementalKind() string {
	k := a.typed("supplemental.kind")
	if k == "" {
		return string(calc.NoSupplemental)
	}
	return k
}

func (a *Answers) accountKind() string {
	k := a.typed("account.kind")
	if k == "" {
		return string(calc.NoAccount)
	}
	return k
}

// Applies reports whether a scenario field means anything with the other
// answers: no plan figures without a plan, no out-of-network figures when
// the plan pays nothing out of network (the concierge's superbill included:
// no claim is filed), only the chosen supplemental kind's and account's
// fields, the letter of medical necessity only for massage.
// A field that does not apply is not asked; its answer is kept and passed
// on only while it is valid.
func (a *Answers) Applies(key string) bool {
	switch {
	case isWizardKey(key):
		return true
	case key == "name", key == "year", key == "plan.type":
		return true
	case key == "plan.coverage", key == "plan.premium_monthly",
		strings.HasPrefix(key, "plan.in_network."), key == "plan.visit_limit", key == "plan.visits_used",
		key == "plan.out_of_network.covered", key == "care.in_network.allowed":
		return a.hasPlan()
	case strings.HasPrefix(key, "plan.out_of_network."),
		strings.HasPrefix(key, "care.out_of_network.service_fee"), key == "care.out_of_network.reimbursement_days",
		key == "care.concierge.superbill":
		return a.oonCovered()
	case key == "care.medical_necessity_letter":
		return a.typed("care.service") == string(calc.Massage)
	case strings.HasPrefix(key, "supplemental.") && key != "supplemental.kind":
		spec, _ := plans.Field(key)
		return spec.BelongsTo(a.supplementalKind()) && a.supplementalKind() != string(calc.NoSupplemental)
	case strings.HasPrefix(key, "account.") && key != "account.kind":
		return a.accountKind() != string(calc.NoAccount)
	}
	return true
}

// StepApplies reports whether a step has anything to ask: the in-network,
// out-of-network and visit-limit steps ask nothing without a health plan.
func (a *Answers) StepApplies(s Step) bool {
	switch s {
	case StepInNetwork, StepOutOfNetwork, StepVisitLimit:
		return a.hasPlan()
	}
	return s >= StepPlan && s <= StepReview
}

// values builds the scenario's Values from the answers (with override
// replacing some answers), as a file would write them: empty answers are
// left out (their default applies), a supplemental or account field of
// another kind is left out, and an answer that does not apply is passed
// only while it is valid (so a hidden answer never blocks the estimate).
// hidden lists the fields passed that do not apply.
func (a *Answers) values(override map[string]string) (v plans.Values, hidden map[string]bool) {
	v = plans.Values{"version": {Text: "1"}}
	hidden = map[string]bool{}
	text := func(k string) string {
		if t, ok := override[k]; ok {
			return t
		}
		return a.Text(k)
	}
	for _, f := range plans.Fields {
		if f.Path == "version" {
			continue
		}
		t := plans.NormalizeTyped(f.Kind, text(f.Path))
		if t == "" {
			continue
		}
		switch f.Section() {
		case "supplemental":
			if !f.BelongsTo(a.supplementalKind()) {
				continue
			}
		case "account":
			if !f.BelongsTo(a.accountKind()) {
				continue
			}
		}
		if !a.Applies(f.Path) {
			if plans.ValidateField(f.Path, t) != nil {
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
	for i := range errs {
		if errs[i].Path == "plan.in_network.oop_max" {
			errs[i].Problem = oopMaxRequired(t)
		}
	}
}

// oopMaxRequired is the rule in words: "A PPO must have an out-of-pocket
// maximum (only Original Medicare, workers' compensation, PIP and no plan
// may have none)".
func oopMaxRequired(t calc.PlanType) string {
	var none []string
	for _, x := range calc.PlanTypes {
		if plans.OOPMaxOptional(x) {
			none = append(none, shortPlanName(x))
		}
	}
	return capitalize(plans.PlanWithArticle(t)) + " must have an out-of-pocket maximum (only " +
		joinAnd(none) + " may have none)"
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

// joinAnd lists words as a sentence does: "a, b and c".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// Scenario is the scenario the answers make, with the warnings that need no
// dated figure, or every problem that keeps them from making one.
func (a *Answers) Scenario() (calc.Scenario, []calc.Warning, plans.Errors) {
	return a.resolve(nil)
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
	for i := range errs {
		if errs[i].Path == key {
			return &errs[i]
		}
	}
	return nil
}

// year is the plan year answered, 0 when it is empty or not a valid year
// (the newest year carried).
func (a *Answers) year() int {
	t := plans.NormalizeTyped(plans.KindYear, a.Text("year"))
	if t == "" || plans.ValidateField("year", t) != nil {
		return 0
	}
	y, err := strconv.Atoi(t)
	if err != nil {
		return 0
	}
	return y
}

// presetBasis is what a ready supplemental policy is fitted to (Medigap
// Plan G's deductible is the Part B deductible still to meet): the
// scenario the answers make, or just the year while they make none.
func (a *Answers) presetBasis() calc.Scenario {
	if s, _, errs := a.Scenario(); len(errs) == 0 {
		return s
	}
	return calc.Scenario{Year: a.year()}
}

// SuggestedAllowed is the out-of-network allowed amount suggested when the
// user does not know it: SuggestedAllowedPercent of the Medicare reference
// amount of a typical visit as long as the out-of-network visits answered.
func (a *Answers) SuggestedAllowed() (amount calc.Cents, ok bool) {
	ref, ok := a.medicareReference()
	if !ok {
		return 0, false
	}
	return plans.SuggestedAllowed(ref, SuggestedAllowedPercent), true
}

func (a *Answers) oonMinutes() int {
	m, err := strconv.Atoi(a.typed("care.out_of_network.minutes"))
	if err != nil || m < 1 || m > plans.MaxVisitMinutes {
		return 60 // the format's default
	}
	return m
}

func (a *Answers) medicareReference() (calc.Cents, bool) {
	r, ok := a.medicareReferenceAmount()
	return r.Total, ok
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

// Snapshot copies every answer as typed (for a draft, or a command that must
// not share the heap strings with Update).
func (a *Answers) Snapshot() map[string]string {
	out := make(map[string]string, len(a.text))
	for k, p := range a.text {
		out[k] = *p
	}
	return out
}

// TouchedKeys lists the touched answers, sorted.
func (a *Answers) TouchedKeys() []string {
	var out []string
	for k, t := range a.touched {
		if t {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
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
		if k == "version" || !a.Applies(k) || a.touched[k] && !a.fitted[k] {
			continue
		}
		t := a.typed(k)
		if t == "" || plans.ValidateField(k, t) != nil {
			continue
		}
		if v, err := calc.ParseDecimal(t); err == nil && v == 0 {
			continue
		}
		out = append(out, k)
	}
	return out
}
