package plans

import (
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
)

// FieldKind is the type of value a scenario field holds.
type FieldKind int

// The kinds of scenario field.
const (
	// KindMoney is dollars with at most two decimals, held as calc.Cents.
	KindMoney FieldKind = iota + 1
	// KindPercent is 0–100 with at most two decimals, held as calc.BasisPoints.
	KindPercent
	// KindCount is a whole number (visits, minutes, days).
	KindCount
	// KindBool is true or false.
	KindBool
	// KindEnum is one word of FieldSpec.Enum.
	KindEnum
	// KindText is free text (the scenario's name).
	KindText
	// KindYear is a four-digit plan year.
	KindYear
	// KindDate is a day written YYYY-MM-DD, held as a calc.Date (Text
	// "2026-12-14" in a FieldValue).
	KindDate
	// KindMonthDay is a day of the year written MM-DD, held as a
	// calc.MonthDay (Text "07-01").
	KindMonthDay
)

// String names the kind in the user's words.
func (k FieldKind) String() string {
	switch k {
	case KindMoney:
		return "amount"
	case KindPercent:
		return "percentage"
	case KindCount:
		return "number"
	case KindBool:
		return "true or false"
	case KindEnum:
		return "choice"
	case KindText:
		return "text"
	case KindYear:
		return "year"
	case KindDate:
		return "date"
	case KindMonthDay:
		return "month and day"
	}
	return "unknown"
}

// Limits of the field kinds, in the units the field is held in.
const (
	// moneyCeiling is $1,000,000 in cents: no therapy figure comes near it, so a
	// larger one is a typing mistake.
	moneyCeiling = 100_000_000
	// percentCeiling is 100 % in basis points.
	percentCeiling = 10_000
	// visitsCeiling bounds every visit count: one visit a day for a year.
	visitsCeiling = 365
	// minutesCeiling is an eight-hour session.
	minutesCeiling = 480
	// daysCeiling bounds reimbursement_days: money back after more than a year is
	// a typing mistake.
	daysCeiling = 365
	// nameCeiling bounds the scenario's name.
	nameCeiling = 200
)

// FieldSpec describes one scenario field. Fields is the one table of them:
// decoding, validation, resolving a scenario and writing one back, the
// walk-through's questions and review, the dashboard's list of what-if
// changes, the assumed figures, the init template and
// docs/scenario-format.md all read it. Adding a field is one row there.
type FieldSpec struct {
	// Path is the field's dotted place in the file:
	// "plan.in_network.deductible", "care.concierge.superbill".
	Path string
	Kind FieldKind
	// Enum lists the allowed values of a KindEnum field, in the order they
	// are offered.
	Enum []string
	// Help is one line in plain words a patient understands.
	Help string
	// Kinds lists, for supplemental.* and account.* fields, the `kind`s the
	// field belongs to; nil means every kind.
	Kinds []string
	// Nullable marks a field whose absence means "none": a maximum (absent
	// or null: no maximum; a number, 0 included, is the cap), a date (no
	// dates), an evaluation's price (priced as any visit).
	Nullable bool
	// Min and Max are the allowed range in the field's units (cents for
	// money, basis points for percentages, the count itself, the year). For a
	// KindText field Max is the longest length in characters.
	Min, Max int64
	// Required: every file must have the field. Fields required only for some
	// plan types (an in-network allowed amount, an in-network maximum, an
	// out-of-network allowed amount when covered) are not marked: Resolve
	// checks them.
	Required bool
	// Default says in words what an absent field means ("same as charge",
	// "30"); empty for required fields.
	Default string

	// The walk-through's wording. Title is the question ("Deductible
	// already met"); Short labels the answer on the review ("met"); Noun
	// names the figure in a sentence, article included ("the in-network
	// deductible already met"); Explain, when set, replaces Help in the
	// walk-through; Empty says what an empty answer means there ("no
	// maximum", "same as the charge"), "" when it may not be empty;
	// Choices label the values of a choice or a yes/no field.
	Title, Short, Noun, Explain, Empty string
	Choices                            []Choice
	// Options are the care options a change of the field changes: the
	// dashboard lists it on their cards.
	Options Options

	acc  access
	zero FieldValue // the value of an absent field
	// from: an absent field takes the value of this field (written
	// earlier in Fields): a self-pay rate the charge's, an option's visits
	// the episode's. The encoder leaves it out when it is that value.
	from string
	// keepOut, when set, leaves the field out of a written file.
	keepOut func(s *calc.Scenario) bool
	// omitDefault leaves the field out of a written file while it holds
	// the value its absence gives. The fields of issue 12 on have it, so a
	// file written by carecost names only the rules it switches on; the
	// older fields are written whole, as they always were.
	omitDefault bool
	// nullMeans is what a Nullable field's absence means, in the words of
	// what is allowed ("no maximum" when empty).
	nullMeans string
	// defaultFn, when set, is the value of an absent field, worked out from
	// the fields before it (an FSA's carryover from the year's figures).
	defaultFn func(s *calc.Scenario) FieldValue
	// isStanding: a plan row saying where this plan year stands (deductible
	// met, out-of-pocket spent, …), which next_year starts again from 0;
	// yearOwn: a plan row of the plan year itself (its start), which
	// next_year does not have (plans/nextyear.go).
	isStanding, yearOwn bool
	// example is a value a starter file shows, commented out, for a field
	// left out because its absence means "none" ("2026-12-14").
	example string
}

// Choice is one value of a choice, in words.
type Choice struct {
	Label string
	Value string
}

// Options is a set of the care options (calc.OptionIDs), by bit.
type Options uint8

// The options a field can change.
const (
	InNetworkOption Options = 1 << iota
	OutOfNetworkOption
	ConciergeOption
	// ClaimOptions are the options that file out-of-network claims.
	ClaimOptions = OutOfNetworkOption | ConciergeOption
	AllOptions   = InNetworkOption | OutOfNetworkOption | ConciergeOption
)

// Has reports whether the set holds option i (the index in calc.OptionIDs).
func (o Options) Has(i int) bool { return o&(1<<i) != 0 }

// Section returns the dotted path of the mapping the field lives in ("" for
// the top level).
func (f FieldSpec) Section() string {
	i := strings.LastIndexByte(f.Path, '.')
	if i < 0 {
		return ""
	}
	return f.Path[:i]
}

// Name returns the field's key within its section ("deductible").
func (f FieldSpec) Name() string {
	return f.Path[strings.LastIndexByte(f.Path, '.')+1:]
}

// BelongsTo reports whether the field belongs to the supplemental or account
// kind k (always true for fields without Kinds).
func (f FieldSpec) BelongsTo(k string) bool {
	if f.Kinds == nil {
		return true
	}
	for _, x := range f.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Label is the field in a few words, for a list of changes: its noun
// without the article ("in-network deductible already met").
func (f FieldSpec) Label() string { return strings.TrimPrefix(f.Noun, "the ") }

// The parts of Allowed that hold only for files: a file's amount is a plain
// number (the walk-through also reads "$1,500.50"), and a file leaves a
// field out for "no maximum" (the walk-through's question says how).
const (
	plainNumberHint = ", written as a plain number (1500 or 1500.50)"
	typedNumberHint = " (1500, 1,500 or $1,500.50)"
	nullHint        = "; leave it out (or null) for "
)

// AllowedWhenTyped is what is allowed as someone typing an answer in the
// walk-through reads it: amounts may have a dollar sign and thousands
// separators (NormalizeTyped), and leaving a field empty is the question's
// own business, not the file's "null".
func AllowedWhenTyped(allowed string) string {
	allowed = strings.Replace(allowed, plainNumberHint, typedNumberHint, 1)
	return withoutNullHint(allowed)
}

// withoutNullHint is what is allowed without what leaving the field out
// means: for a field that must be written after all.
func withoutNullHint(allowed string) string {
	if i := strings.LastIndex(allowed, nullHint); i >= 0 {
		return allowed[:i]
	}
	return allowed
}

// nullWords is what the absence of a Nullable field means.
func (f FieldSpec) nullWords() string {
	if f.nullMeans != "" {
		return f.nullMeans
	}
	return "no maximum"
}

// Allowed describes in words what the field accepts, as error messages and
// the docs say it: "a percentage from 0 to 100 with at most two decimals".
func (f FieldSpec) Allowed() string {
	var s string
	switch f.Kind {
	case KindMoney:
		s = "an amount in dollars from " + calc.Cents(f.Min).Plain() + " to " + calc.Cents(f.Max).Plain() +
			" with at most two decimals" + plainNumberHint
	case KindPercent:
		s = "a percentage from " + calc.BasisPoints(f.Min).String() + " to " + calc.BasisPoints(f.Max).String() +
			" with at most two decimals"
	case KindCount:
		if f.Min == f.Max {
			return itoa(f.Min)
		}
		s = "a whole number from " + itoa(f.Min) + " to " + itoa(f.Max)
	case KindYear:
		s = "a four-digit year from " + itoa(f.Min) + " to " + itoa(f.Max)
	case KindBool:
		s = "true or false"
	case KindEnum:
		s = "one of " + strings.Join(f.Enum, ", ")
	case KindText:
		s = "text of at most " + itoa(f.Max) + " characters on one line, without control characters"
	case KindDate:
		s = "a date written YYYY-MM-DD (such as 2026-12-14) in the years " + itoa(f.Min) + " to " + itoa(f.Max)
	case KindMonthDay:
		s = "a month and day written MM-DD (such as 07-01 for July 1)"
	}
	if f.Nullable {
		s += nullHint + f.nullWords()
	}
	return s
}

// Field returns the spec of the field at path.
func Field(path string) (FieldSpec, bool) {
	i, ok := fieldIndex[path]
	if !ok {
		return FieldSpec{}, false
	}
	return Fields[i], true
}

var fieldIndex = func() map[string]int {
	m := make(map[string]int, len(Fields))
	for i, f := range Fields {
		m[f.Path] = i
	}
	return m
}()

// Sections lists the mappings of a scenario file ("plan",
// "plan.in_network", ...), in the order they first appear in Fields.
var Sections = func() []string {
	var out []string
	seen := map[string]bool{"": true}
	for _, f := range Fields {
		// every parent owns a field listed before its subsections, so "plan"
		// comes before "plan.in_network"
		if s := f.Section(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}()

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
