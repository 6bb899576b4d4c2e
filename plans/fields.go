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
// decoding, validation, the walk-through, the init template and
// docs/scenario-format.md all read it.
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
	// Nullable marks a maximum: absent or null means there is none; a number,
	// 0 included, is the cap.
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
}

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

// The parts of Allowed that hold only for files: a file's amount is a plain
// number (the walk-through also reads "$1,500.50"), and a file leaves a
// field out for "no maximum" (the walk-through's question says how).
const (
	plainNumberHint = ", written as a plain number (1500 or 1500.50)"
	typedNumberHint = " (1500, 1,500 or $1,500.50)"
	noMaximumHint   = "; leave it out (or null) for no maximum"
)

// AllowedWhenTyped is what is allowed as someone typing an answer in the
// walk-through reads it: amounts may have a dollar sign and thousands
// separators (NormalizeTyped), and leaving a field empty is the question's
// own business, not the file's "null".
func AllowedWhenTyped(allowed string) string {
	allowed = strings.Replace(allowed, plainNumberHint, typedNumberHint, 1)
	return strings.TrimSuffix(allowed, noMaximumHint)
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
	}
	if f.Nullable {
		s += noMaximumHint
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

func enumWords[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// Field kinds of the supplemental policy and the account, as Kinds lists.
var (
	kindsAnyPolicy   = []string{string(calc.ExtraVisits), string(calc.Indemnity), string(calc.Secondary)}
	kindsExtraVisits = []string{string(calc.ExtraVisits)}
	kindsIndemnity   = []string{string(calc.Indemnity)}
	kindsSecondary   = []string{string(calc.Secondary)}
	kindsAnyAccount  = []string{string(calc.HSA), string(calc.FSA)}
)

func specMoney(path, help, def string) FieldSpec {
	return FieldSpec{Path: path, Kind: KindMoney, Help: help, Max: moneyCeiling, Default: def}
}

func specPercent(path, help string) FieldSpec {
	return FieldSpec{Path: path, Kind: KindPercent, Help: help, Max: percentCeiling, Default: "0"}
}

func specBool(path, help, def string) FieldSpec {
	return FieldSpec{Path: path, Kind: KindBool, Help: help, Default: def}
}

func specCount(path, help string, lo, hi int64, def string) FieldSpec {
	return FieldSpec{Path: path, Kind: KindCount, Help: help, Min: lo, Max: hi, Default: def}
}

func specMaximum(f FieldSpec) FieldSpec {
	f.Nullable = true
	f.Default = "no maximum"
	return f
}

func withDefault(def string, f FieldSpec) FieldSpec {
	f.Default = def
	return f
}

func specRequired(f FieldSpec) FieldSpec {
	f.Required = true
	f.Default = ""
	return f
}

func specKinds(kinds []string, f FieldSpec) FieldSpec {
	f.Kinds = kinds
	return f
}

// Fields lists every scenario field in the order of the format's reference
// listing (scenario-format.md).
var Fields = []FieldSpec{
	specRequired(FieldSpec{Path: "version", Kind: KindCount, Min: 1, Max: 1,
		Help: "The version of the scenario format; always 1"}),
	{Path: "name", Kind: KindText, Max: nameCeiling, Default: "no name",
		Help: "A name for this scenario, shown at the top of the comparison"},
	{Path: "year", Kind: KindYear, Min: 2000, Max: 2100, Default: "the newest year carecost has figures for",
		Help: "The plan year, which picks the federal limits the warnings compare with"},

	specRequired(FieldSpec{Path: "plan.type", Kind: KindEnum, Enum: enumWords(calc.PlanTypes),
		Help: "The kind of health plan (none: no insurance)"}),
	specMoney("plan.premium_monthly",
		"What the plan costs you each month; the same under every option, so it is shown but not compared", "0"),
	{Path: "plan.coverage", Kind: KindEnum, Enum: enumWords([]calc.Coverage{calc.Self, calc.Family}), Default: "self",
		Help: "Whose coverage it is: just you (self) or a family plan"},

	specMoney("plan.in_network.deductible", "What you pay in network before the plan starts paying", "0"),
	specMoney("plan.in_network.deductible_met",
		"How much of the in-network deductible is already met this plan year, or sure to be met before therapy starts", "0"),
	specBool("plan.in_network.deductible_applies",
		"Whether therapy visits count against the deductible (false for plans where a copay starts at once)", "true"),
	specMoney("plan.in_network.copay", "A fixed amount you pay per in-network visit; when above 0 it replaces coinsurance", "0"),
	specPercent("plan.in_network.coinsurance", "Your share of each in-network visit after the deductible, in percent"),
	withDefault("no maximum, which only medicare, workers_comp, auto_pip and none may have",
		specMaximum(specMoney("plan.in_network.oop_max",
			"The most you pay in network in a plan year, after which the plan pays everything", ""))),
	specMoney("plan.in_network.oop_spent",
		"How much you have already paid toward the in-network out-of-pocket maximum this plan year", "0"),

	specBool("plan.out_of_network.covered",
		"Whether the plan pays anything toward out-of-network care",
		"false for hmo, epo and none, true otherwise; a plan without an out_of_network section has no out-of-network benefits"),
	specMoney("plan.out_of_network.deductible", "What you pay out of network before the plan starts paying", "0"),
	specMoney("plan.out_of_network.deductible_met",
		"How much of the out-of-network deductible is already met this plan year", "0"),
	specBool("plan.out_of_network.deductible_applies",
		"Whether out-of-network therapy visits count against the out-of-network deductible", "true"),
	specMoney("plan.out_of_network.copay", "A fixed amount you pay per out-of-network visit; when above 0 it replaces coinsurance", "0"),
	specPercent("plan.out_of_network.coinsurance", "Your share of what the plan recognises out of network, in percent"),
	specMaximum(specMoney("plan.out_of_network.oop_max", "The most you pay out of network in a plan year", "")),
	specMoney("plan.out_of_network.oop_spent",
		"How much you have already paid toward the out-of-network maximum this plan year", "0"),
	specMoney("plan.out_of_network.allowed",
		"What the plan recognises for one out-of-network visit (required when out-of-network care is covered)",
		"0 when out-of-network care is not covered"),
	specBool("plan.out_of_network.shares_deductible",
		"Whether money applied to either deductible counts toward both", "false"),

	specMaximum(specCount("plan.visit_limit", "How many therapy visits the plan covers in a plan year, in and out of network together",
		0, visitsCeiling, "")),
	specCount("plan.visits_used", "How many of those visits you have already used this plan year", 0, visitsCeiling, "0"),

	{Path: "care.service", Kind: KindEnum, Enum: enumWords(calc.Services), Default: string(calc.PhysicalTherapy),
		Help: "The kind of therapy"},
	specBool("care.medical_necessity_letter",
		"Whether a doctor has written a letter of medical necessity (massage needs one to be paid from an HSA or FSA)", "false"),
	specRequired(specCount("care.visits", "How many visits the course of therapy needs", 1, visitsCeiling, "")),

	specRequired(specMoney("care.in_network.charge", "What the in-network clinic bills for one visit", "")),
	specMoney("care.in_network.allowed",
		"The rate your plan negotiated with the clinic for one visit (required unless plan type is none)",
		"required unless plan type is none"),
	specMoney("care.in_network.self_pay", "What the clinic charges for a visit the plan does not cover", "same as charge"),
	specCount("care.in_network.minutes", "One-on-one minutes with the therapist in one clinic visit", 1, minutesCeiling, "30"),

	specRequired(specMoney("care.out_of_network.cash_rate", "What the out-of-network provider charges for one visit, paid at the visit", "")),
	specCount("care.out_of_network.minutes", "One-on-one minutes in one out-of-network visit", 1, minutesCeiling, "60"),
	specCount("care.out_of_network.visits", "How many visits with the out-of-network provider", 1, visitsCeiling, "same as care.visits"),
	specPercent("care.out_of_network.service_fee_percent",
		"A superbill service's fee, in percent of what the plan reimburses"),
	specMoney("care.out_of_network.service_fee_per_claim", "A superbill service's fee for every claim filed", "0"),
	specCount("care.out_of_network.reimbursement_days", "How many days after a visit the plan's money comes back", 0, daysCeiling, "30"),

	specRequired(specMoney("care.concierge.fee", "What the concierge or mobile therapist charges for one session", "")),
	specMoney("care.concierge.travel_fee", "A travel fee added to each concierge session", "0"),
	specCount("care.concierge.minutes", "One-on-one minutes in one concierge session", 1, minutesCeiling, "60"),
	specCount("care.concierge.visits", "How many concierge sessions", 1, visitsCeiling, "same as care.visits"),
	specBool("care.concierge.superbill",
		"Whether the concierge gives you a superbill to claim the session fee as out-of-network care", "false"),

	{Path: "supplemental.kind", Kind: KindEnum, Enum: enumWords(calc.SupplementalKinds), Default: string(calc.NoSupplemental),
		Help: "A second policy beside the plan: extra visits past the limit, a fixed amount per visit (indemnity), or a secondary plan"},
	specKinds(kindsAnyPolicy, specMoney("supplemental.premium_monthly", "What the supplemental policy costs each month", "0")),
	specKinds(kindsExtraVisits, specCount("supplemental.visits", "How many visits past the plan's limit the policy covers", 0, visitsCeiling, "0")),
	specKinds(kindsExtraVisits, specMoney("supplemental.copay", "What you pay per visit the policy covers; when above 0 it replaces its coinsurance", "0")),
	specKinds([]string{string(calc.ExtraVisits), string(calc.Secondary)},
		specPercent("supplemental.coinsurance", "Your share, in percent, of what the policy covers")),
	specKinds(kindsIndemnity, specMoney("supplemental.per_visit", "What the policy pays you for each therapy visit", "0")),
	specKinds(kindsIndemnity, specMaximum(specCount("supplemental.max_visits",
		"How many visits the policy pays for in a year (0 means none)", 0, visitsCeiling, ""))),
	specKinds([]string{string(calc.Indemnity), string(calc.Secondary)},
		specMaximum(specMoney("supplemental.annual_max", "The most the policy pays in a year", ""))),
	specKinds(kindsSecondary, specMoney("supplemental.deductible", "What you pay before the secondary policy starts paying", "0")),
	specKinds(kindsAnyPolicy, specBool("supplemental.covers_out_of_network",
		"Whether the policy also pays toward out-of-network and superbilled care", "false")),

	{Path: "account.kind", Kind: KindEnum, Enum: enumWords(calc.AccountKinds), Default: string(calc.NoAccount),
		Help: "A health savings account (hsa) or flexible spending account (fsa) that pays for care before tax"},
	specKinds(kindsAnyAccount, specMoney("account.balance", "What the account can pay this year (for an FSA, what you elected)", "0")),
	specKinds(kindsAnyAccount, specPercent("account.tax_rate",
		"Your combined tax rate on the last dollar earned, in percent (income tax, plus 7.65 for payroll contributions)")),
}

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
