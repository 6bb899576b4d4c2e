package plans

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
)

// WarnNoOutOfNetworkSection: a plan of a type that usually has
// out-of-network benefits (ppo, pos, hdhp) was written without an
// out_of_network section, so carecost assumes it has none. Plan is the plan
// type.
const WarnNoOutOfNetworkSection calc.WarningCode = "no_out_of_network_section"

// Parse reads a scenario file: Decode, then Resolve. On error it returns
// *Errors with every problem of the file.
func Parse(filename string, data []byte) (calc.Scenario, []calc.Warning, error) {
	v, errs, bad := decodeScenario(filename, data)
	if bad[""] {
		return calc.Scenario{}, nil, &errs
	}
	return resolveValues(fileLabel(filename), v, bad, errs)
}

// Resolve validates Values and fills every default, giving the Scenario the
// engine estimates and the warnings that need no dated figure. Values are
// read as a file writes them: the walk-through passes typed answers through
// NormalizeTyped first, and includes "version" ("1") like a file. Paths not in
// Fields (nor sections) are unknown-field errors. On error it returns
// *Errors with every problem.
func Resolve(filename string, v Values) (calc.Scenario, []calc.Warning, error) {
	return resolveValues(fileLabel(filename), v, nil, nil)
}

// ValidateField checks one typed answer of the walk-through by the rules of
// the file format (after NormalizeTyped, so "$1,500.50" is accepted). Empty
// text is an absent field: an error only for a required field. Rules that
// involve other fields (a deductible met above the deductible) are checked
// by Resolve. The error is a *FieldError without file or line.
func ValidateField(path, text string) error {
	spec, ok := Field(path)
	if !ok {
		sec, name := "", path
		if i := strings.LastIndexByte(path, '.'); i >= 0 {
			sec, name = path[:i], path[i+1:]
		}
		e := unknownFieldError("", 0, 0, sec, name)
		return &e
	}
	text = NormalizeTyped(spec.Kind, text)
	if text == "" {
		if spec.Required {
			return &FieldError{Path: path, Problem: "is required", Allowed: spec.Allowed()}
		}
		return nil
	}
	if _, _, problem := checkValue(spec, Value{Text: text}); problem != "" {
		return &FieldError{Path: path, Problem: problem, Allowed: spec.Allowed()}
	}
	return nil
}

// thousandsGrouped matches digits grouped by commas: 1,500 or 12,345,678.90.
var thousandsGrouped = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?$`)

// NormalizeTyped cleans a typed answer of the walk-through before
// validation: spaces around it go; for money a "$" and thousands separators
// go ("$1,500.50" → "1500.50"; a comma that does not group thousands, as in
// "1,50", stays, so validation rejects it rather than misread it); for a
// percentage a "%" goes ("20%" → "20"); a choice is lower-cased with spaces
// as underscores ("Physical therapy" → "physical_therapy"); yes and no are
// true and false. A number typed as only its symbol ("$") stays as typed: it
// is no empty answer. Files get none of this.
func NormalizeTyped(kind FieldKind, text string) string {
	s := strings.TrimSpace(text)
	switch kind {
	case KindMoney, KindPercent, KindCount:
		// signs and dollar signs in front, in any order: -$5, $-5
		prefix := "-"
		if kind == KindMoney {
			prefix = "-$"
		}
		neg := false
		for s != "" && strings.ContainsRune(prefix, rune(s[0])) {
			neg = neg || s[0] == '-'
			s = strings.TrimSpace(s[1:])
		}
		if kind == KindPercent {
			s = strings.TrimRight(s, "% \t")
		}
		if thousandsGrouped.MatchString(s) {
			s = strings.ReplaceAll(s, ",", "")
		}
		if neg {
			s = "-" + s
		}
		if s == "" {
			// only a sign or a symbol ("$", "%", "-"): not a number, and
			// not an empty answer either, so validation says so
			s = strings.TrimSpace(text)
		}
	case KindBool:
		switch strings.ToLower(s) {
		case "true", "yes", "y":
			s = "true"
		case "false", "no", "n":
			s = "false"
		}
	case KindEnum:
		s = strings.ToLower(s)
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '_' }), "_")
	case KindDate, KindMonthDay:
		s = normalizeDateTyped(kind, s)
	}
	return strings.TrimSpace(s)
}

// leadingZero reports a number whose whole part has a zero in front of
// other digits ("0150", "-007", "00.5"): YAML 1.1 reads 0150 as octal 104,
// so carecost refuses it rather than guess (a notation is never
// reinterpreted). It returns the number written plainly, to suggest.
func leadingZero(t string) (plain string, ok bool) {
	sign, digits := "", t
	if strings.HasPrefix(t, "-") {
		sign, digits = "-", t[1:]
	}
	whole, frac, hasDot := strings.Cut(digits, ".")
	if len(whole) < 2 || whole[0] != '0' || !allDigitsText(whole) {
		return "", false
	}
	plain = sign + strings.TrimLeft(whole, "0")
	if strings.TrimLeft(whole, "0") == "" {
		plain = sign + "0"
	}
	if hasDot {
		plain += "." + frac
	}
	return plain, true
}

// check validates one written value against its spec. It returns the value
// as a number (cents, basis points, count, year, 1 for true) or as text (a
// choice, the name), or the problem in words. A null value of a nullable
// field is not passed here.
func checkValue(spec FieldSpec, val Value) (n int64, text string, problem string) {
	t := val.Text
	shown := shownValue(val)
	if val.Null {
		return 0, "", "is empty"
	}
	switch spec.Kind {
	case KindMoney, KindPercent:
		if val.Quoted {
			return 0, "", quotedNumber(spec.Kind, t)
		}
		if z, ok := leadingZero(t); ok {
			return 0, "", shown + " starts with a zero, which could be read as another number; write " + z
		}
		v, err := calc.ParseDecimal(t)
		switch {
		case errors.Is(err, calc.ErrTooLarge):
			return 0, "", shown + " is above " + calc.Cents(spec.Max).Plain()
		case errors.Is(err, calc.ErrNotANumber) && looksLikeNumberNotation(t):
			return 0, "", shown + " is written in a notation carecost does not read; write a plain decimal like 1500.50"
		case errors.Is(err, calc.ErrNotANumber):
			return 0, "", shown + " is not a number"
		case err != nil:
			return 0, "", shown + " " + err.Error()
		case v > spec.Max:
			return 0, "", shown + " is above " + calc.Cents(spec.Max).Plain()
		case v < spec.Min:
			return 0, "", shown + " is below " + calc.Cents(spec.Min).Plain()
		}
		return v, "", ""
	case KindCount, KindYear:
		if val.Quoted {
			return 0, "", quotedNumber(spec.Kind, t)
		}
		digits := strings.TrimPrefix(t, "-")
		if digits == "" || !allDigitsText(digits) {
			if looksLikeNumberNotation(t) {
				return 0, "", shown + " is not a whole number written plainly"
			}
			return 0, "", shown + " is not a number"
		}
		if z, ok := leadingZero(t); ok {
			return 0, "", shown + " starts with a zero, which could be read as another number; write " + z
		}
		digits = strings.TrimLeft(digits, "0")
		if len(digits) > 12 {
			digits = digits[:12] // far out of range either way
		}
		v, _ := strconv.ParseInt("0"+digits, 10, 64)
		if strings.HasPrefix(t, "-") {
			v = -v
		}
		switch {
		case v > spec.Max && spec.Min == spec.Max:
			return 0, "", shown + " is not a version carecost reads"
		case v > spec.Max:
			return 0, "", shown + " is above " + itoa(spec.Max)
		case v < spec.Min && spec.Min == spec.Max:
			return 0, "", shown + " is not a version carecost reads"
		case v < spec.Min:
			return 0, "", shown + " is below " + itoa(spec.Min)
		}
		return v, "", ""
	case KindBool:
		if val.Quoted {
			return 0, "", shown + " is text, not true or false; write it without quotes"
		}
		switch t {
		case "true", "True", "TRUE":
			return 1, "", ""
		case "false", "False", "FALSE":
			return 0, "", ""
		}
		return 0, "", shown + " is not true or false"
	case KindEnum:
		for _, e := range spec.Enum {
			if t == e {
				return 0, t, ""
			}
		}
		problem = shown + " is not one of the choices"
		if near, ok := nearestName(t, spec.Enum); ok {
			problem += "; did you mean " + strconv.Quote(near) + "?"
		}
		return 0, "", problem
	case KindDate:
		// a date is text to YAML's reader either way (unquoted it is a
		// timestamp there, but the node keeps the text as written): it is
		// read from the text, exactly, quoted or not
		d, problem := dateProblem(spec, t)
		if problem != "" {
			return 0, "", shown + problem
		}
		return 0, d.String(), ""
	case KindMonthDay:
		md, problem := monthDayProblem(t)
		if problem != "" {
			return 0, "", shown + problem
		}
		return 0, monthDayText(md), ""
	case KindText:
		if !utf8.ValidString(t) {
			return 0, "", "is not valid UTF-8 text"
		}
		// a name is shown on screens and in the handout: nothing in it may
		// act on a terminal (a line break, ESC, a bidirectional control)
		if i := strings.IndexFunc(t, termsafe.Escapes); i >= 0 {
			r, _ := utf8.DecodeRuneInString(t[i:])
			return 0, "", "contains the control character " + termsafe.Text(string(r)) + ", which a terminal would act on instead of showing"
		}
		if utf8.RuneCountInString(t) > int(spec.Max) {
			return 0, "", "is longer than " + itoa(spec.Max) + " characters"
		}
		return 0, t, ""
	}
	return 0, "", "has a kind carecost does not know"
}

// show is how a message quotes a written value: as written, in quotes when
// it was quoted or is not a plain word.
func shownValue(val Value) string {
	t := val.Text
	if !val.Quoted && t != "" && utf8.RuneCountInString(t) <= 40 && utf8.ValidString(t) && strings.IndexFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || termsafe.Escapes(r) || r == '"' || r == '\\'
	}) < 0 {
		return t
	}
	return quoteForMessage(t)
}

// quotedNumber is the problem of a number written as a string.
func quotedNumber(kind FieldKind, t string) string {
	p := quoteForMessage(t) + " is text, not a number"
	if z, ok := leadingZero(NormalizeTyped(kind, t)); ok {
		t = z // suggest the number as a file may write it: "0150" → 150
	}
	if clean := NormalizeTyped(kind, t); clean != t && clean != "" {
		if _, err := calc.ParseDecimal(clean); err == nil {
			return p + "; write it without quotes or separators: " + clean
		}
	}
	if _, err := calc.ParseDecimal(t); err == nil {
		return p + "; write it without quotes: " + t
	}
	return p
}

// looksLikeNumberNotation: text a YAML reader would take for a number in some notation
// (1_500, 1e3, 0x10, +5, .5, 1500.): reported as notation, not as "not a
// number".
func looksLikeNumberNotation(t string) bool {
	if t == "" {
		return false
	}
	hasDigit := false
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case strings.ContainsRune("+-._eExXoOabcdefABCDEF", r):
		default:
			return false
		}
	}
	return hasDigit && t[0] != 'e' && t[0] != 'E'
}

func allDigitsText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// scenarioResolver turns Values into a Scenario.
type scenarioResolver struct {
	file string
	v    Values
	errs Errors
	// got holds every valid value by path; a field with an error or not
	// written is absent.
	got map[string]resolvedValue
	// bad holds the paths written wrongly: no further error about them.
	bad map[string]bool
	// sections holds every section a written path is in (built once: the
	// rules ask about a dozen sections of the same file)
	sections map[string]bool
}

type resolvedValue struct {
	n    int64
	text string
	// null: a nullable field written as null whose absence means another
	// field's value (a next_year maximum): null is then "none", not absent
	null bool
}

func resolveValues(file string, v Values, bad map[string]bool, errs Errors) (calc.Scenario, []calc.Warning, error) {
	r := &scenarioResolver{file: file, v: v, errs: errs, got: map[string]resolvedValue{}, bad: map[string]bool{}}
	for p := range bad {
		r.bad[p] = true
	}
	for p, val := range v {
		if _, ok := fieldIndex[p]; ok || isSectionPath(p) {
			continue
		}
		sec, name := "", p
		if i := strings.LastIndexByte(p, '.'); i >= 0 {
			sec, name = p[:i], p[i+1:]
		}
		r.errs = append(r.errs, unknownFieldError(file, val.Line, val.Col, sec, name))
	}
	for _, spec := range Fields {
		val, ok := v[spec.Path]
		if !ok {
			continue
		}
		if val.Null && spec.Nullable {
			if spec.from != "" {
				r.got[spec.Path] = resolvedValue{null: true}
			}
			continue
		}
		n, text, problem := checkValue(spec, val)
		if problem != "" {
			r.fail(spec.Path, val, problem, spec.Allowed())
			continue
		}
		r.got[spec.Path] = resolvedValue{n: n, text: text}
	}
	s, warnings := r.scenario()
	if len(r.errs) > 0 {
		sortFieldErrors(r.errs)
		errs := r.errs
		return calc.Scenario{}, nil, &errs
	}
	return s, warnings, nil
}

func (r *scenarioResolver) fail(path string, at Value, problem, allowed string) {
	r.errs = append(r.errs, FieldError{File: r.file, Line: at.Line, Col: at.Col, Path: path, Problem: problem, Allowed: allowed})
	r.bad[path] = true
}

// written: the field is in the file, valid or not, null included, or a
// section it is in was written wrongly (so it was not read).
func (r *scenarioResolver) written(path string) bool {
	if _, ok := r.v[path]; ok || r.bad[path] {
		return true
	}
	for s := path; ; {
		i := strings.LastIndexByte(s, '.')
		if i < 0 {
			return false
		}
		s = s[:i]
		if r.bad[s] {
			return true
		}
	}
}

func (r *scenarioResolver) has(path string) bool {
	_, ok := r.got[path]
	return ok
}

// sectionWritten: the section is in the file, as a mapping or through any
// field inside it.
func (r *scenarioResolver) sectionWritten(section string) bool {
	if _, ok := r.v[section]; ok || r.bad[section] {
		return true
	}
	if r.sections == nil {
		r.sections = map[string]bool{}
		for p := range r.v {
			for i := strings.LastIndexByte(p, '.'); i > 0; i = strings.LastIndexByte(p[:i], '.') {
				r.sections[p[:i]] = true
			}
		}
	}
	if r.sections[section] {
		return true
	}
	prefix := section + "."
	for p := range r.bad {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// where is the place to point at for a field that is not written: its
// section's key, or the nearest written parent's.
func (r *scenarioResolver) where(path string) Value {
	for s := path; s != ""; {
		i := strings.LastIndexByte(s, '.')
		if i < 0 {
			break
		}
		s = s[:i]
		if val, ok := r.v[s]; ok {
			return Value{Line: val.Line, Col: val.Col}
		}
	}
	return Value{}
}

// missing reports a field that must be written and is not.
func (r *scenarioResolver) missing(path, why string) {
	if r.written(path) {
		return // already reported, or null (reported as empty)
	}
	spec, _ := Field(path)
	problem := "is missing"
	if why != "" {
		problem += " (" + why + ")"
	}
	r.fail(path, r.where(path), problem, withoutNullHint(spec.Allowed()))
}

// planTypesWithoutOOPMax may leave the in-network maximum out.
var planTypesWithoutOOPMax = map[calc.PlanType]bool{
	calc.Medicare: true, calc.WorkersComp: true, calc.AutoPIP: true, calc.NoPlan: true,
}

// OOPMaxOptional reports whether plan type t may leave the in-network
// out-of-pocket maximum out (docs/scenario-format.md: all but medicare,
// workers_comp, auto_pip and none must have one).
func OOPMaxOptional(t calc.PlanType) bool { return planTypesWithoutOOPMax[t] }

func (r *scenarioResolver) scenario() (calc.Scenario, []calc.Warning) {
	var s calc.Scenario
	var warnings []calc.Warning

	// every field from the table: its value as written, or its default
	for _, f := range Fields {
		if f.Required {
			r.missing(f.Path, "")
		}
		if g, ok := r.got[f.Path]; ok {
			f.Put(&s, FieldValue{N: g.n, Text: g.text, Set: !g.null})
		} else {
			f.Put(&s, f.absent(&s))
		}
	}

	// then the rules between fields
	p := &s.Plan
	typeKnown := r.has("plan.type")
	r.costSharing(&p.InNetwork, "plan.in_network")
	r.costSharing(&p.OutOfNetwork.CostSharing, "plan.out_of_network")

	oonSection := r.sectionWritten("plan.out_of_network")
	if !r.has("plan.out_of_network.covered") {
		p.OutOfNetwork.Covered = oonSection && p.Type != calc.HMO && p.Type != calc.EPO && p.Type != calc.NoPlan
	}

	// a field whose absence means another's value takes it as the rules
	// above left it (next_year's out-of-network cover, its plan's)
	for _, f := range Fields {
		if _, ok := r.got[f.Path]; !ok && f.from != "" {
			f.Put(&s, f.absent(&s))
		}
	}

	if typeKnown {
		if !planTypesWithoutOOPMax[p.Type] && !p.InNetwork.OOPMax.Set {
			why := "a " + string(p.Type) + " plan has an in-network out-of-pocket maximum; only medicare, workers_comp, auto_pip and none may leave it out"
			if val, ok := r.v["plan.in_network.oop_max"]; ok && val.Null && !r.bad["plan.in_network.oop_max"] {
				spec, _ := Field("plan.in_network.oop_max")
				r.fail("plan.in_network.oop_max", val, "is null, but "+why,
					withoutNullHint(spec.Allowed()))
			} else {
				r.missing("plan.in_network.oop_max", why)
			}
		}
		if p.Type != calc.NoPlan {
			r.missing("care.in_network.allowed", "required unless plan type is none")
		}
		if p.Type != calc.NoPlan && p.OutOfNetwork.Covered && !r.has("plan.out_of_network.allowed") &&
			!r.written("plan.out_of_network.allowed") {
			at := r.where("plan.out_of_network.allowed")
			if val, ok := r.v["plan.out_of_network.covered"]; ok {
				at = val
			}
			why := "required when out-of-network care is covered"
			if !r.has("plan.out_of_network.covered") {
				why += ", as it is by default for a " + string(p.Type) + " plan with an out_of_network section (write covered: false if it is not)"
			}
			spec, _ := Field("plan.out_of_network.allowed")
			r.fail("plan.out_of_network.allowed", at, "is missing ("+why+")", spec.Allowed())
		}
		if !oonSection && (p.Type == calc.PPO || p.Type == calc.POS || p.Type == calc.HDHP) {
			warnings = append(warnings, calc.Warning{Code: WarnNoOutOfNetworkSection, Plan: p.Type})
		}
	}

	r.nextYearRules(&s)
	r.evaluations(&s, typeKnown)
	r.visitsRange(&s)
	r.secondaryRules(&s)
	r.episodeRules(&s)

	if !r.bad["supplemental.kind"] {
		r.belongs("supplemental", string(s.Supplemental.Kind))
	}
	if !r.bad["account.kind"] {
		r.belongs("account", string(s.Account.Kind))
	}
	return s, warnings
}

// costSharing checks one network's amounts against each other.
func (r *scenarioResolver) costSharing(cs *calc.CostSharing, section string) {
	dedOK := !r.bad[section+".deductible"]
	if dedOK && r.has(section+".deductible_met") && cs.DeductibleMet > cs.Deductible {
		r.fail(section+".deductible_met", r.v[section+".deductible_met"],
			cs.DeductibleMet.Plain()+" is above the deductible, "+cs.Deductible.Plain(),
			"an amount from 0 to the deductible")
	}
	if !cs.OOPMax.Set {
		return
	}
	if dedOK && cs.OOPMax.Value < cs.Deductible {
		r.fail(section+".oop_max", r.v[section+".oop_max"],
			cs.OOPMax.Value.Plain()+" is below the deductible, "+cs.Deductible.Plain(),
			"an amount at least the deductible (the deductible counts toward the maximum)")
	}
	if r.has(section+".oop_spent") && cs.OOPSpent > cs.OOPMax.Value {
		r.fail(section+".oop_spent", r.v[section+".oop_spent"],
			cs.OOPSpent.Plain()+" is above the out-of-pocket maximum, "+cs.OOPMax.Value.Plain(),
			"an amount from 0 to the out-of-pocket maximum")
	}
}

// belongs reports each field of section (supplemental or account) written
// for a kind other than the one chosen.
func (r *scenarioResolver) belongs(section, kind string) {
	if r.bad[section] {
		return // the section itself is malformed: its fields were not written
	}
	for _, spec := range Fields {
		if spec.Section() != section || spec.Kinds == nil || spec.BelongsTo(kind) || !r.written(spec.Path) {
			continue
		}
		val := r.v[spec.Path]
		if r.bad[spec.Path] {
			continue
		}
		noun := "kind"
		if len(spec.Kinds) > 1 {
			noun = "kinds"
		}
		is := kind
		if !r.written(section + ".kind") {
			is += " (the default: the file does not set it)"
		}
		problem := "belongs to " + section + " " + noun + " " + strings.Join(spec.Kinds, ", ") +
			", but " + section + ".kind is " + is
		allowed := "remove it"
		if len(spec.Kinds) == 1 {
			allowed += ", or set " + section + ".kind: " + spec.Kinds[0]
		}
		r.fail(spec.Path, val, problem, allowed)
		delete(r.got, spec.Path)
	}
}

// evaluationPrices are the options' evaluation sections: where they are,
// the price that must be written in each, and whether an allowed amount
// comes with it (the in-network clinic's).
var evaluationPrices = []struct {
	section, price string
	allowed        bool
	at             func(s *calc.Scenario) *calc.Evaluations
}{
	{"care.in_network", "charge", true, func(s *calc.Scenario) *calc.Evaluations { return &s.Care.InNetwork.Evaluations }},
	{"care.out_of_network", "cash_rate", false, func(s *calc.Scenario) *calc.Evaluations { return &s.Care.OutOfNetwork.Evaluations }},
	{"care.concierge", "fee", false, func(s *calc.Scenario) *calc.Evaluations { return &s.Care.Concierge.Evaluations }},
}

// evaluations checks each option's evaluation and re-evaluation prices
// (docs/cost-rules.md, "Evaluation and re-evaluation visits"): a section
// written needs its price, and in network its allowed amount unless there
// is no plan; re-evaluations need both a price and how often they come.
// A section left out leaves its visits priced as any visit.
func (r *scenarioResolver) evaluations(s *calc.Scenario, typeKnown bool) {
	for _, e := range evaluationPrices {
		ev := e.at(s)
		for _, kind := range []string{"evaluation", "re_evaluation"} {
			sec := e.section + "." + kind
			vp := &ev.First
			if kind == "re_evaluation" {
				vp = &ev.Re
			}
			if !r.sectionWritten(sec) {
				*vp = calc.VisitPrice{}
				continue
			}
			pricePath := sec + "." + e.price
			if !r.written(pricePath) {
				r.missing(pricePath, "required in "+sec)
				continue
			}
			if e.allowed && typeKnown && s.Plan.Type != calc.NoPlan {
				r.missing(sec+".allowed", "required with "+pricePath+" unless plan type is none")
			}
		}
		every := e.section + ".re_evaluation_every"
		switch pricePath := e.section + ".re_evaluation." + e.price; {
		case r.bad[every] || r.bad[pricePath]:
		case ev.ReEvery > 0 && !ev.Re.Set && !r.sectionWritten(e.section+".re_evaluation"):
			// said of the price, not of how often: the walk-through asks
			// how often first and the price on the next page
			r.missing(pricePath, "required when "+every+" is set; leave re_evaluation_every out for no re-evaluations")
		case ev.Re.Set && ev.ReEvery == 0:
			r.fail(pricePath, r.v[pricePath], "prices a re-evaluation, but re_evaluation_every does not say how often one comes",
				"write "+every+" too (10: visits 11, 21, … are re-evaluations), or leave the re_evaluation section out")
		}
	}
}

// visitsRange checks a range of visits (docs/cost-rules.md, "A range of
// visits"): fewest and most written, 1 ≤ fewest ≤ likely ≤ most ≤ 365
// (likely, left out, is care.visits), and no option's count, scaled to the
// most visits, above the ceiling. Left out, there is no range.
func (r *scenarioResolver) visitsRange(s *calc.Scenario) {
	const sec = "care.visits_range"
	if !r.sectionWritten(sec) {
		s.Care.Range = calc.VisitRange{}
		return
	}
	r.missing(sec+".fewest", "required in "+sec)
	r.missing(sec+".most", "required in "+sec)
	if r.bad[sec+".likely"] || r.bad["care.visits"] {
		return
	}
	v := s.Care.Range
	likely := itoa(int64(v.Likely))
	if !r.has(sec + ".likely") {
		likely += " (care.visits)"
	}
	if r.has(sec+".fewest") && v.Fewest > v.Likely {
		r.fail(sec+".fewest", r.v[sec+".fewest"], itoa(int64(v.Fewest))+" is above the likeliest count, "+likely,
			"a whole number from 1 to the likeliest count")
	}
	if !r.has(sec + ".most") {
		return
	}
	if v.Most < v.Likely {
		r.fail(sec+".most", r.v[sec+".most"], itoa(int64(v.Most))+" is below the likeliest count, "+likely,
			"a whole number from the likeliest count to "+itoa(visitsCeiling))
		return
	}
	// each option's count is scaled by its ratio to care.visits
	for _, o := range []struct {
		path   string
		visits int
	}{{"care.out_of_network.visits", s.Care.OutOfNetwork.Visits}, {"care.concierge.visits", s.Care.Concierge.Visits}} {
		if n := scaledCount(v.Most, o.visits, s.Care.Visits); n > visitsCeiling {
			r.fail(sec+".most", r.v[sec+".most"], "at "+itoa(int64(v.Most))+" visits, "+o.path+" scaled from "+
				itoa(int64(o.visits))+" of "+itoa(int64(s.Care.Visits))+" would be "+itoa(int64(n))+", above "+itoa(visitsCeiling),
				"a count whose every option's share stays at most "+itoa(visitsCeiling))
			return
		}
	}
}

// scaledCount is calc's scaling of an option's visits to a count of the
// range: round_half_up(n × visits / base), never below 1.
func scaledCount(n, visits, base int) int {
	if base <= 0 {
		return n
	}
	return max(1, int((2*int64(n)*int64(visits)+int64(base))/(2*int64(base))))
}

// secondaryRules: a secondary policy's figures that only one way of paying
// uses are written only with it (docs/cost-rules.md, "Supplemental
// policies as real ones pay").
func (r *scenarioResolver) secondaryRules(s *calc.Scenario) {
	sp := &s.Supplemental
	if sp.Kind != calc.Secondary || r.bad["supplemental.kind"] {
		return
	}
	if r.has("supplemental.limiting_charge") && !sp.PaysExcessCharges && !r.bad["supplemental.pays_excess_charges"] {
		r.fail("supplemental.limiting_charge", r.v["supplemental.limiting_charge"],
			"is used only when the policy pays excess charges", "set pays_excess_charges: true, or leave limiting_charge out")
	}
	if r.has("supplemental.allowed") && (sp.Coordination == "" || sp.Coordination == calc.Supplement) && !r.bad["supplemental.coordination"] {
		r.fail("supplemental.allowed", r.v["supplemental.allowed"],
			"is used only by a second plan that coordinates as traditional or non_duplication (a supplement pays toward the plan's cost share)",
			"set coordination: traditional or non_duplication, or leave allowed out")
	}
}

// episodeRules: figures of issue 12 that mean something only beside
// another one are written only with it, and what is already paid toward a
// maximum stays within it.
func (r *scenarioResolver) episodeRules(s *calc.Scenario) {
	p := &s.Plan
	switch {
	case !r.has("plan.therapy_paid") || r.bad["plan.therapy_annual_max"]:
	case !p.TherapyMax.Set:
		r.fail("plan.therapy_paid", r.v["plan.therapy_paid"], "is used only with plan.therapy_annual_max",
			"write therapy_annual_max too, or leave therapy_paid out")
	case p.TherapyPaid > p.TherapyMax.Value:
		r.fail("plan.therapy_paid", r.v["plan.therapy_paid"],
			p.TherapyPaid.Plain()+" is above the plan's dollar maximum on therapy, "+p.TherapyMax.Value.Plain(),
			"an amount from 0 to the therapy maximum")
	}
	a := &s.Account
	if a.Kind == calc.FSA && r.has("account.carryover") && a.FSARule != calc.FSACarryover && !r.bad["account.fsa_rule"] {
		r.fail("account.carryover", r.v["account.carryover"], "is used only with fsa_rule: carryover",
			"set fsa_rule: carryover, or leave carryover out")
	}
}
