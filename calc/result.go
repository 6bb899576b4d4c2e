package calc

// OptionID names a care model. The JSON output uses these spellings.
type OptionID string

// The three care models, in the order they are always reported.
const (
	InNetworkClinic  OptionID = "in_network"
	OutOfNetworkCash OptionID = "out_of_network"
	ConciergeTherapy OptionID = "concierge"
	numberOfOptions           = 3
)

// OptionIDs lists the options in report order.
var OptionIDs = [numberOfOptions]OptionID{InNetworkClinic, OutOfNetworkCash, ConciergeTherapy}

// Label is the option's name for people.
func (id OptionID) Label() string {
	switch id {
	case InNetworkClinic:
		return "In-network clinic"
	case OutOfNetworkCash:
		return "Out-of-network provider"
	case ConciergeTherapy:
		return "Concierge therapist"
	}
	return string(id)
}

// Result is one estimate: the three options and what applies to all.
type Result struct {
	Name         string
	PlanPremiums Cents // the plan's own premium for the year; in no net cost
	// EmployerContribution is the employer's deposit into the HSA for the
	// year (0 without an HSA); like the premiums, in no net cost.
	EmployerContribution Cents
	Cheapest             OptionID
	Warnings             []Warning
	Options              [numberOfOptions]Option

	lines  []Line      // the storage of the three ledgers
	years  []PlanYear  // the storage of the options' plan years
	months []MonthFlow // the storage of the options' months
}

// PlanCost is what the plan itself costs over the year whatever the care:
// its premiums less the employer's HSA contribution. An option's whole
// yearly cost (carecost compare) is its net cost plus this.
func (r *Result) PlanCost() Cents { return r.PlanPremiums - r.EmployerContribution }

// Option returns the option with the given id.
func (r *Result) Option(id OptionID) *Option {
	for i := range r.Options {
		if r.Options[i].ID == id {
			return &r.Options[i]
		}
	}
	return nil
}

// Totals are the money figures of an option or of one ledger line. For every
// line and every option: Billed + Fees = WriteOff + PlanPaid +
// SupplementalPaid + OutOfPocket, and Reimbursed = PatientPaidUpfront −
// OutOfPocket ≥ 0.
type Totals struct {
	Billed             Cents // what the provider asks, travel fee included
	WriteOff           Cents // what the in-network clinic forgoes above the allowed amount
	PlanPaid           Cents // what the primary plan pays
	SupplementalPaid   Cents // what the supplemental policy pays
	Fees               Cents // superbill-service fees
	PatientPaidUpfront Cents // cash out before anything comes back
	Reimbursed         Cents // money that comes back to the patient later
	OutOfPocket        Cents // what the care finally costs the patient
}

func (t *Totals) add(o *Totals) {
	t.Billed += o.Billed
	t.WriteOff += o.WriteOff
	t.PlanPaid += o.PlanPaid
	t.SupplementalPaid += o.SupplementalPaid
	t.Fees += o.Fees
	t.PatientPaidUpfront += o.PatientPaidUpfront
	t.Reimbursed += o.Reimbursed
	t.OutOfPocket += o.OutOfPocket
}

func (t *Totals) sub(o *Totals) {
	t.Billed -= o.Billed
	t.WriteOff -= o.WriteOff
	t.PlanPaid -= o.PlanPaid
	t.SupplementalPaid -= o.SupplementalPaid
	t.Fees -= o.Fees
	t.PatientPaidUpfront -= o.PatientPaidUpfront
	t.Reimbursed -= o.Reimbursed
	t.OutOfPocket -= o.OutOfPocket
}

// OptionalVisit is the visit at which something happened — the deductible
// met, the out-of-pocket maximum reached, the first visit not covered — or
// none (Set false; JSON null). 0 means it stood so before the first visit.
// docs/cost-rules.md calls these figures markers.
type OptionalVisit = Limit[int]

// Option is one care model's year.
type Option struct {
	ID      OptionID
	Visits  int
	Minutes int
	Totals
	Premiums        Cents // the supplemental policy's premium for the year
	PaidFromAccount Cents // what the HSA/FSA pays
	// FromEmployer is the part of PaidFromAccount that was the employer's
	// HSA contribution, which saves no tax.
	FromEmployer Cents
	TaxSavings   Cents
	NetCost      Cents // OutOfPocket + Premiums − TaxSavings
	PerVisit     Cents
	PerHour      Cents // net cost per hour of one-on-one time

	// WithoutSupplementalNetCost is NetCost with neither the policy's
	// payments nor its premium.
	WithoutSupplementalNetCost Cents

	DeductibleMetAtVisit OptionalVisit
	OOPMaxMetAtVisit     OptionalVisit
	FirstUncoveredVisit  OptionalVisit
	UncoveredVisits      int

	// FilesClaims is false for an option the primary plan never sees in
	// any of its plan years: plan type none, no out-of-network benefits,
	// concierge without superbill. PlanYear.FilesClaims says it per year.
	FilesClaims       bool
	ReimbursementDays int // how long money back takes after a visit
	Warnings          []Warning
	Ledger            []Line

	// With a start date (docs/cost-rules.md, "Real episodes"); empty or zero
	// without one.

	// ResetAtVisit is the first visit of plan year 2.
	ResetAtVisit OptionalVisit
	// PlanYears are the totals of each plan year with visits, in order.
	PlanYears []PlanYear
	// Months are money out and money back by calendar month, every month
	// from the first visit's to the last in which money moves.
	Months []MonthFlow
	// PeakCashOutstanding is the most the patient has paid out and not yet
	// got back at any moment, and PeakCashOn the first day it stands there.
	PeakCashOutstanding Cents
	PeakCashOn          Date
}

// PlanYear is one plan year of an option's episode.
type PlanYear struct {
	Year       int  // 1: the plan year containing the start date
	Start      Date // its first day
	FirstVisit int  // numbered as in the ledger
	Visits     int
	Totals
	PaidFromAccount Cents
	TaxSavings      Cents
	// Forfeited is the FSA money of this plan year lost at its end: what it
	// left unspent beyond the carryover, or what the next plan year's grace
	// period did not use, or all of it without either. Known only when the
	// episode goes on into the next plan year; 0 otherwise, and for an HSA.
	Forfeited Cents
	// Unspent is the FSA money this plan year leaves at its end, before its
	// rule takes or carries any of it (docs/cost-rules.md, "HSA and FSA
	// across the reset": u); 0 for an HSA.
	Unspent Cents
	// FilesClaims: the option files claims under this plan year's plan
	// (docs/cost-rules.md, "No plan on one side of the reset").
	FilesClaims bool
	// The plan year's own markers, numbered as in the ledger; a marker that
	// already stands at 0 when the year begins is its first visit − 1.
	DeductibleMetAtVisit OptionalVisit
	OOPMaxMetAtVisit     OptionalVisit
}

// MonthFlow is the money of one calendar month.
type MonthFlow struct {
	Year, Month int
	Out         Cents // paid at visits that month (patient_paid_upfront)
	Back        Cents // money back arriving that month
}

// Line is one visit of an option's ledger.
type Line struct {
	Visit int
	// Covered: the primary plan or an extra-visits policy covers the visit.
	Covered bool
	Totals
	DeductibleRemaining Limit[Cents] // unset for an option that files no claims
	OOPRemaining        Limit[Cents] // unset without a maximum or without claims
	Note                Note

	Kind        VisitKind // treatment, evaluation or re-evaluation
	Date        Date      // zero without a start date
	PlanYear    int       // 1, 2, …; 0 without a start date
	MoneyBackOn Date      // when its money back arrives; zero without any
}

// VisitKind is how a visit is priced.
type VisitKind uint8

// Visit kinds. A visit is an evaluation or re-evaluation only when its
// option prices one (Evaluations).
const (
	Treatment VisitKind = iota
	Evaluation
	ReEvaluation
)

// String is the JSON spelling: "", "evaluation", "re_evaluation".
func (k VisitKind) String() string {
	switch k {
	case Evaluation:
		return "evaluation"
	case ReEvaluation:
		return "re_evaluation"
	}
	return ""
}

// Note records which rules applied to a visit, as values; report renders
// them ("deductible", "coinsurance 20 %", "past visit limit").
type Note struct {
	Rules         Rule
	Copay         Cents       // with RuleCopay
	Coinsurance   BasisPoints // with RuleCoinsurance
	BalanceBilled Cents       // with RuleBalanceBilled
}

// Rule is a set of rule flags.
type Rule uint32

// The rules a ledger note can name.
const (
	RuleDeductible     Rule = 1 << iota // part of the visit went to the deductible
	RuleCopay                           // a copay applied
	RuleCoinsurance                     // coinsurance applied
	RuleOOPMaxReached                   // the out-of-pocket maximum cut the share
	RulePastVisitLimit                  // the plan's visit limit was reached
	RuleExtraVisits                     // an extra-visits policy covered it
	RuleBalanceBilled                   // the provider asked more than the plan recognises
	RuleNoCoverage                      // plan type none, or no out-of-network benefits
	RuleNoSuperbill                     // concierge without superbill
	RuleSecondaryPaid                   // a secondary policy paid part of the share
	RuleIndemnityPaid                   // an indemnity policy paid
	RuleServiceFee                      // a superbill-service fee was charged
	RuleTravelFee                       // the concierge's travel fee
	RuleNewPlanYear                     // the first visit of a new plan year
	RuleExcessCharges                   // a secondary policy paid excess charges
	RuleTherapyMax                      // the plan's dollar maximum on therapy ran out
	RuleEvaluation                      // priced as the evaluation
	RuleReEvaluation                    // priced as a re-evaluation
)

// Has reports whether every flag of x is in r.
func (r Rule) Has(x Rule) bool { return r&x == x }

// WarningCode identifies a warning. The engine raises the codes below; plans
// adds the ones that need the year's reference figures.
type WarningCode string

// Warnings the engine raises without any dated figure.
const (
	// WarnAllowedAboveCharge: Amount is the allowed amount, Limit the charge.
	WarnAllowedAboveCharge WarningCode = "allowed_above_charge"
	// WarnVisitsUsedAboveLimit: Count is visits used, Limit the visit limit.
	WarnVisitsUsedAboveLimit WarningCode = "visits_used_above_limit"
	// WarnOutOfNetworkOnHMO: an HMO or EPO with out-of-network benefits.
	WarnOutOfNetworkOnHMO WarningCode = "out_of_network_on_hmo_epo"
	// WarnMassageWithoutLetter: massage without a letter of medical necessity
	// is not a qualified HSA/FSA expense.
	WarnMassageWithoutLetter WarningCode = "massage_without_letter"
)

// Warning is a fact worth telling, as values; plans.WarningText renders it.
type Warning struct {
	Code   WarningCode
	Plan   PlanType
	Amount Cents
	Limit  Cents
	Count  int
	Visit  int
	Year   int // the year of the figure used
	// AskedYear is the scenario's year when the figure fell back to an
	// earlier one (0 otherwise).
	AskedYear int
	Option    OptionID
	// Field is the scenario field a warning is about, by its path in the
	// file ("care.in_network.charge"), for a warning about one figure.
	Field string
	// PlanYear is the plan year of a dated episode the warning is about (1,
	// 2, …); 0 for the whole episode, or without dates.
	PlanYear int
}
