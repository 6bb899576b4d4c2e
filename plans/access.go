package plans

import (
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text" // named: this package has a func text
)

// FieldValue is one field's value in its units: N for a number (cents,
// basis points, a count, a year; 1 or 0 for true or false), Text for a
// choice or text. Set is false only for a maximum that is not set (no
// maximum).
type FieldValue struct {
	N    int64
	Text string
	Set  bool
}

// access reads and writes one field of a calc.Scenario.
type access struct {
	get func(s *calc.Scenario) FieldValue
	put func(s *calc.Scenario, v FieldValue)
}

// Get reads the field's value from s; the zero FieldValue for a field
// without one (version).
func (f FieldSpec) Get(s *calc.Scenario) FieldValue {
	if f.acc.get == nil {
		return FieldValue{}
	}
	return f.acc.get(s)
}

// Put writes v into the field of s (nothing for a field without one).
func (f FieldSpec) Put(s *calc.Scenario, v FieldValue) {
	if f.acc.put != nil {
		f.acc.put(s, v)
	}
}

// Format shows a value as people read it: "$1,500.00", "20 %", "24",
// "yes", a choice's words ("PPO"), "no maximum".
func (f FieldSpec) Format(v FieldValue) string {
	switch {
	case f.Nullable && !v.Set:
		if f.Empty != "" {
			return f.Empty
		}
		return f.nullWords()
	case f.Kind == KindBool:
		if v.N != 0 {
			return "yes"
		}
		return "no"
	}
	switch f.Kind {
	case KindMoney:
		return calc.Cents(v.N).String()
	case KindPercent:
		return calc.BasisPoints(v.N).String() + " %"
	case KindCount, KindYear:
		return strconv.FormatInt(v.N, 10)
	case KindEnum:
		return f.ChoiceLabel(v.Text)
	case KindDate:
		if d, err := calc.ParseDate(v.Text); err == nil {
			return DateWords(d)
		}
	case KindMonthDay:
		if md, ok := parseMonthDay(v.Text); ok {
			return MonthDayWords(md)
		}
	}
	return v.Text
}

// ChoiceLabel is a choice's value in words ("Original Medicare"); the value
// itself when the field has no words for it.
func (f FieldSpec) ChoiceLabel(value string) string {
	for _, c := range f.Choices {
		if c.Value == value {
			return c.Label
		}
	}
	return strings.ReplaceAll(value, "_", " ")
}

// FileText is the field of s as a scenario file writes it ("1500",
// "202.90", "true", "ppo"), and whether the file writes it at all: a field
// left out because its default gives the same value (the self-pay rate
// equal to the charge, an option's visits equal to the episode's, an empty
// name) is not written, and a maximum that is not set is written as null
// (written, text ""). Writing a file (Marshal) and the walk-through's
// answers both come from here.
func FileText(f FieldSpec, s *calc.Scenario) (text string, written bool) {
	if f.acc.get == nil {
		if f.Path == "version" {
			return "1", true
		}
		return "", false
	}
	if !kindWrites(s, f) || (f.keepOut != nil && f.keepOut(s)) {
		return "", false
	}
	v := f.acc.get(s)
	if f.from != "" {
		if from, ok := Field(f.from); ok && from.acc.get(s) == v {
			return "", false
		}
	}
	if f.omitDefault && v == f.absent(s) {
		return "", false
	}
	switch f.Kind {
	case KindMoney, KindPercent:
		if f.Nullable && !v.Set {
			return "", true
		}
		return plainAmount(v.N), true
	case KindCount:
		if f.Nullable && !v.Set {
			return "", true
		}
		return strconv.FormatInt(v.N, 10), true
	case KindYear:
		return strconv.FormatInt(v.N, 10), v.N != 0
	case KindBool:
		return strconv.FormatBool(v.N != 0), true
	case KindDate:
		if f.Nullable && !v.Set {
			return "", true
		}
	}
	return v.Text, v.Text != ""
}

// plainAmount writes cents or basis points as a file does: whole units
// alone (1500), hundredths with both digits (202.90, not 202.9).
func plainAmount(n int64) string {
	v := calc.Cents(n).Plain()
	if i := strings.IndexByte(v, '.'); i >= 0 && len(v)-i == 2 {
		v += "0"
	}
	return v
}

// kindWrites: a supplemental or account field is written only for its kinds.
func kindWrites(s *calc.Scenario, f FieldSpec) bool {
	if f.Kinds == nil {
		return true
	}
	switch f.Section() {
	case "supplemental":
		return f.BelongsTo(string(orDefault(s.Supplemental.Kind, calc.NoSupplemental)))
	case "account":
		return f.BelongsTo(string(orDefault(s.Account.Kind, calc.NoAccount)))
	}
	return true
}

func orDefault[T ~string](v, def T) T {
	if v == "" {
		return def
	}
	return v
}

// FileTexts are every field of s as a file writes it, by path, as
// FileText: a field not written is absent, a maximum not set is "".
func FileTexts(s calc.Scenario) map[string]string {
	out := make(map[string]string, len(Fields))
	for _, f := range Fields {
		if t, ok := FileText(f, &s); ok {
			out[f.Path] = t
		}
	}
	return out
}

// AnswerTexts are the walk-through's answers for s: FileTexts, and a
// yes/no or a choice that a file leaves out at its default answered with
// that default, since a question to pick from always has an answer.
func AnswerTexts(s calc.Scenario) map[string]string {
	out := FileTexts(s)
	for _, f := range Fields {
		// a choice whose absence means another field's value (next year's
		// as this year's) keeps that meaning: empty
		if f.Kind != KindBool && f.Kind != KindEnum || !f.omitDefault || f.from != "" || !kindWrites(&s, f) ||
			(f.keepOut != nil && f.keepOut(&s)) {
			continue
		}
		if _, ok := out[f.Path]; !ok {
			out[f.Path] = valueText(f, f.Get(&s))
		}
	}
	return out
}

// The field builders: each makes a row of Fields for one kind of value,
// reading and writing it where at points; the methods below add the rest.

func money(path string, at func(*calc.Scenario) *calc.Cents) FieldSpec {
	return FieldSpec{Path: path, Kind: KindMoney, Max: moneyCeiling, Default: "0", acc: access{
		get: func(s *calc.Scenario) FieldValue { return FieldValue{N: int64(*at(s)), Set: true} },
		put: func(s *calc.Scenario, v FieldValue) { *at(s) = calc.Cents(v.N) },
	}}
}

func percent(path string, at func(*calc.Scenario) *calc.BasisPoints) FieldSpec {
	return FieldSpec{Path: path, Kind: KindPercent, Max: percentCeiling, Default: "0", acc: access{
		get: func(s *calc.Scenario) FieldValue { return FieldValue{N: int64(*at(s)), Set: true} },
		put: func(s *calc.Scenario, v FieldValue) { *at(s) = calc.BasisPoints(v.N) },
	}}
}

func count(path string, lo, hi int64, at func(*calc.Scenario) *int) FieldSpec {
	return FieldSpec{Path: path, Kind: KindCount, Min: lo, Max: hi, acc: access{
		get: func(s *calc.Scenario) FieldValue { return FieldValue{N: int64(*at(s)), Set: true} },
		put: func(s *calc.Scenario, v FieldValue) { *at(s) = int(v.N) },
	}}
}

func yesNo(path string, def bool, at func(*calc.Scenario) *bool) FieldSpec {
	f := FieldSpec{Path: path, Kind: KindBool, Default: strconv.FormatBool(def),
		Choices: []Choice{{"Yes", "true"}, {"No", "false"}}, acc: access{
			get: func(s *calc.Scenario) FieldValue { return FieldValue{N: b2i(*at(s)), Set: true} },
			put: func(s *calc.Scenario, v FieldValue) { *at(s) = v.N != 0 },
		}}
	f.zero = FieldValue{N: b2i(def), Set: true}
	return f
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// choice is a KindEnum field; an empty value reads as def (the
// supplemental and account kinds, which a file always writes).
func choice[T ~string](path string, values []T, def T, at func(*calc.Scenario) *T) FieldSpec {
	enum := make([]string, len(values))
	for i, v := range values {
		enum[i] = string(v)
	}
	f := FieldSpec{Path: path, Kind: KindEnum, Enum: enum, Default: string(def), acc: access{
		get: func(s *calc.Scenario) FieldValue { return FieldValue{Text: string(orDefault(*at(s), def)), Set: true} },
		put: func(s *calc.Scenario, v FieldValue) { *at(s) = T(v.Text) },
	}}
	f.zero = FieldValue{Text: string(def), Set: true}
	for _, v := range enum { // words for each value; a row may give better ones
		f.Choices = append(f.Choices, Choice{Label: txt.Capitalize(strings.ReplaceAll(v, "_", " ")), Value: v})
	}
	return f
}

func text(path string, maxLen int64, at func(*calc.Scenario) *string) FieldSpec {
	return FieldSpec{Path: path, Kind: KindText, Max: maxLen, acc: access{
		get: func(s *calc.Scenario) FieldValue { return FieldValue{Text: *at(s), Set: true} },
		put: func(s *calc.Scenario, v FieldValue) { *at(s) = v.Text },
	}}
}

func year(path string, lo, hi int64, at func(*calc.Scenario) *int) FieldSpec {
	f := count(path, lo, hi, at)
	f.Kind = KindYear
	return f
}

// date is a KindDate field; absent, it has no date (Set false), and a file
// leaves it out.
func date(path string, at func(*calc.Scenario) *calc.Date) FieldSpec {
	return FieldSpec{Path: path, Kind: KindDate, Min: minDateYear, Max: maxDateYear, Nullable: true, omitDefault: true, acc: access{
		get: func(s *calc.Scenario) FieldValue {
			if d := *at(s); !d.IsZero() {
				return FieldValue{Text: d.String(), Set: true}
			}
			return FieldValue{}
		},
		put: func(s *calc.Scenario, v FieldValue) {
			d, err := calc.ParseDate(v.Text)
			if !v.Set || err != nil {
				d = calc.Date{}
			}
			*at(s) = d
		},
	}}
}

// monthDay is a KindMonthDay field: absent, January 1, which the
// calc.MonthDay holds as its zero value (so a scenario without the field
// is the one it always was), and a file leaves it out.
func monthDay(path string, at func(*calc.Scenario) *calc.MonthDay) FieldSpec {
	f := FieldSpec{Path: path, Kind: KindMonthDay, Default: "01-01", omitDefault: true, acc: access{
		get: func(s *calc.Scenario) FieldValue {
			md := *at(s)
			if md == (calc.MonthDay{}) {
				md = calc.MonthDay{Month: 1, Day: 1}
			}
			return FieldValue{Text: monthDayText(md), Set: true}
		},
		put: func(s *calc.Scenario, v FieldValue) {
			md, ok := parseMonthDay(v.Text)
			if !ok || md == (calc.MonthDay{Month: 1, Day: 1}) {
				md = calc.MonthDay{}
			}
			*at(s) = md
		},
	}}
	f.zero = FieldValue{Text: "01-01", Set: true}
	return f
}

// price is the price of an evaluation or re-evaluation visit (the charge,
// the cash rate or the fee): written, the visit is priced apart (Set);
// left out, it is priced as any visit, and a file leaves it out.
func price(path string, at func(*calc.Scenario) *calc.VisitPrice) FieldSpec {
	f := FieldSpec{Path: path, Kind: KindMoney, Max: moneyCeiling, acc: access{
		get: func(s *calc.Scenario) FieldValue {
			if p := at(s); p.Set {
				return FieldValue{N: int64(p.Price), Set: true}
			}
			return FieldValue{}
		},
		put: func(s *calc.Scenario, v FieldValue) {
			p := at(s)
			p.Price, p.Set = calc.Cents(v.N), v.Set
		},
	}}
	return f.nullable("a visit priced as any other").empty("priced as any visit").omittedAtDefault()
}

// priceFigure is another amount of an evaluation's price (its allowed
// amount, its self-pay rate), written only with the price.
func priceFigure(path string, at func(*calc.Scenario) *calc.VisitPrice, figure func(*calc.VisitPrice) *calc.Cents) FieldSpec {
	return money(path, func(s *calc.Scenario) *calc.Cents { return figure(at(s)) }).
		leftOutWhen(func(s *calc.Scenario) bool { return !at(s).Set })
}

// maxOf makes a field a maximum: absent or null means none (Set false).
func maxOf[T ~int | ~int64](f FieldSpec, at func(*calc.Scenario) *calc.Limit[T]) FieldSpec {
	f.Nullable = true
	f.Default = "no maximum"
	f.Empty = "no maximum"
	f.acc = access{
		get: func(s *calc.Scenario) FieldValue { l := *at(s); return FieldValue{N: int64(l.Value), Set: l.Set} },
		put: func(s *calc.Scenario, v FieldValue) { *at(s) = calc.Limit[T]{Value: T(v.N), Set: v.Set} },
	}
	return f
}

// moneyMax and countMax are the maximum fields of each kind.
func moneyMax(path string, at func(*calc.Scenario) *calc.Limit[calc.Cents]) FieldSpec {
	return maxOf(FieldSpec{Path: path, Kind: KindMoney, Max: moneyCeiling}, at)
}

func countMax(path string, lo, hi int64, at func(*calc.Scenario) *calc.Limit[int]) FieldSpec {
	return maxOf(FieldSpec{Path: path, Kind: KindCount, Min: lo, Max: hi}, at)
}

// The row methods: each returns the row with one more property.

func (f FieldSpec) help(h string) FieldSpec { f.Help = h; return f }

// ask gives the walk-through's question and the review's label.
func (f FieldSpec) ask(title, short string) FieldSpec { f.Title, f.Short = title, short; return f }

func (f FieldSpec) noun(n string) FieldSpec { f.Noun = n; return f }

func (f FieldSpec) explain(e string) FieldSpec { f.Explain = e; return f }

func (f FieldSpec) empty(meaning string) FieldSpec { f.Empty = meaning; return f }

func (f FieldSpec) affects(o Options) FieldSpec { f.Options = o; return f }

func (f FieldSpec) kinds(k ...string) FieldSpec { f.Kinds = k; return f }

// bounds sets the range in the field's units (a limiting charge above 100 %).
func (f FieldSpec) bounds(lo, hi int64) FieldSpec { f.Min, f.Max = lo, hi; return f }

func (f FieldSpec) labels(c ...Choice) FieldSpec { f.Choices = c; return f }

// def says in words what an absent field means (docs, init's comments).
func (f FieldSpec) def(words string) FieldSpec { f.Default = words; return f }

// defaultN is the value of an absent number field.
func (f FieldSpec) defaultN(n int64) FieldSpec {
	f.zero = FieldValue{N: n, Set: true}
	f.Default = strconv.FormatInt(n, 10)
	return f
}

// defaultBy: an absent field takes the value fn works out; words say how.
func (f FieldSpec) defaultBy(fn func(s *calc.Scenario) FieldValue, words string) FieldSpec {
	f.defaultFn, f.Default = fn, words
	return f
}

// defaultFrom: an absent field takes the value of the field at path.
func (f FieldSpec) defaultFrom(path, words string) FieldSpec {
	f.from, f.Default = path, words
	return f
}

func (f FieldSpec) required() FieldSpec { f.Required, f.Default = true, ""; return f }

func (f FieldSpec) leftOutWhen(out func(s *calc.Scenario) bool) FieldSpec { f.keepOut = out; return f }

// omittedAtDefault leaves the field out of a written file while it holds
// its default: every field from issue 12 on.
func (f FieldSpec) omittedAtDefault() FieldSpec { f.omitDefault = true; return f }

// defaultStoredAsZero keeps the field's default in a Scenario as the zero
// value of its place, which the engine reads as that default (visits a week
// 0: 2 for the clinic), so a scenario without the field, written or built
// in code, is the one it always was; the field reads the zero as its
// default, and a file leaves it out.
func (f FieldSpec) defaultStoredAsZero() FieldSpec {
	inner, def := f.acc, f.zero
	blank := FieldValue{Set: true}
	f.acc = access{
		get: func(s *calc.Scenario) FieldValue {
			if v := inner.get(s); v != blank {
				return v
			}
			return def
		},
		put: func(s *calc.Scenario, v FieldValue) {
			if v == def {
				v = blank
			}
			inner.put(s, v)
		},
	}
	f.omitDefault = true
	return f
}

// exampleValue is what a starter file shows, commented out, for a field
// whose absence means "none".
func (f FieldSpec) exampleValue(text string) FieldSpec { f.example = text; return f }

// nullable: the field may be left out (or null), which means words ("no
// dates", "priced as any visit"); a walk-through's empty answer says the
// same.
func (f FieldSpec) nullable(words string) FieldSpec {
	f.Nullable, f.nullMeans, f.Empty, f.Default = true, words, words, words
	return f
}

// absent is the value a field takes when a file leaves it out, in s as
// resolved so far (a field's from is earlier in Fields).
func (f FieldSpec) absent(s *calc.Scenario) FieldValue {
	if f.defaultFn != nil {
		return f.defaultFn(s)
	}
	if f.from != "" {
		if from, ok := Field(f.from); ok {
			return from.Get(s)
		}
	}
	if f.Nullable {
		return FieldValue{}
	}
	z := f.zero
	z.Set = true
	return z
}

// Relevant reports whether a field means something in s: no visits a week
// nor plan-year start without a start date, no plan figures without a plan, no out-of-network figures (nor a claim service's fees,
// the days until money comes back, the concierge's superbill) when the
// plan pays nothing out of network, only the chosen policy's and account's
// fields, the letter of medical necessity only for massage.
func Relevant(f FieldSpec, s *calc.Scenario) bool {
	switch p := f.Path; {
	case p == "plan.type":
		return true
	case isNextYear(p):
		if !s.NextYear.Set || s.Care.StartDate.IsZero() {
			return false
		}
		planRow, _ := Field("plan." + strings.TrimPrefix(p, nextYearPrefix))
		relevant := false
		onNextYear(s, func(t *calc.Scenario) { relevant = Relevant(planRow, t) })
		return relevant
	case strings.HasSuffix(p, ".visits_per_week"):
		return !s.Care.StartDate.IsZero()
	case p == "plan.year_starts":
		return hasPlan(s) && !s.Care.StartDate.IsZero()
	case strings.HasPrefix(p, "care.visits_range."):
		return !s.Care.Range.IsZero()
	case strings.HasPrefix(p, "plan.out_of_network.") && p != "plan.out_of_network.covered",
		strings.HasPrefix(p, "care.out_of_network.service_fee"), p == "care.out_of_network.reimbursement_days",
		p == "care.concierge.superbill":
		return oonCovered(s)
	case strings.HasPrefix(p, "plan."), p == "care.in_network.allowed", strings.HasPrefix(p, "care.in_network.") && strings.HasSuffix(p, "evaluation.allowed"):
		return hasPlan(s)
	case p == "care.medical_necessity_letter":
		return s.Care.Service == calc.Massage
	case p == "plan.therapy_paid":
		return hasPlan(s) && s.Plan.TherapyMax.Set
	case p == "account.carryover":
		return s.Account.Kind == calc.FSA && s.Account.FSARule == calc.FSACarryover
	case p == "supplemental.allowed":
		return s.Supplemental.Kind == calc.Secondary && s.Supplemental.Coordination != "" && s.Supplemental.Coordination != calc.Supplement
	case p == "supplemental.limiting_charge":
		return s.Supplemental.Kind == calc.Secondary && s.Supplemental.PaysExcessCharges
	case strings.HasPrefix(p, "supplemental.") && p != "supplemental.kind":
		k := orDefault(s.Supplemental.Kind, calc.NoSupplemental)
		return k != calc.NoSupplemental && f.BelongsTo(string(k))
	case strings.HasPrefix(p, "account.") && p != "account.kind":
		k := orDefault(s.Account.Kind, calc.NoAccount)
		return k != calc.NoAccount && f.BelongsTo(string(k))
	}
	return true
}

func hasPlan(s *calc.Scenario) bool    { return s.Plan.Type != calc.NoPlan }
func oonCovered(s *calc.Scenario) bool { return hasPlan(s) && s.Plan.OutOfNetwork.Covered }
