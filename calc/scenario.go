package calc

// Scenario is everything one estimate needs, with every default already
// resolved (plans.Resolve does that from a file or the walk-through). The
// engine trusts nothing else about it: any Scenario, valid or not, gives a
// Result without panicking, but only a validated one gives a meaningful one.
type Scenario struct {
	Name         string
	Year         int // plan year of the reference figures; 0 when unset
	Plan         Plan
	Care         Care
	Supplemental Supplemental
	Account      Account
	// NextYear is the plan of the plan years after the first, for an episode
	// that crosses the plan-year reset (docs/cost-rules.md, "Real episodes").
	// Unset: the same plan renews.
	NextYear NextYear
}

// NextYear is the renewed plan (open enrollment may change its figures). Its
// accumulators (deductible met, out-of-pocket spent, visits used, other
// spending, therapy paid) are where the new plan year starts, normally 0; its
// YearStart is not used (the plan year keeps its start).
type NextYear struct {
	Set  bool
	Plan Plan
}

// PlanType is the kind of health coverage, as the scenario file spells it.
type PlanType string

// The plan types carecost knows.
const (
	PPO               PlanType = "ppo"
	HMO               PlanType = "hmo"
	EPO               PlanType = "epo"
	POS               PlanType = "pos"
	HDHP              PlanType = "hdhp"
	Medicare          PlanType = "medicare"
	MedicareAdvantage PlanType = "medicare_advantage"
	WorkersComp       PlanType = "workers_comp"
	AutoPIP           PlanType = "auto_pip"
	NoPlan            PlanType = "none"
)

// PlanTypes lists every plan type in the order the walk-through offers them.
var PlanTypes = []PlanType{PPO, HMO, EPO, POS, HDHP, Medicare, MedicareAdvantage, WorkersComp, AutoPIP, NoPlan}

// Coverage picks the federal limits (self-only or family) warnings compare with.
type Coverage string

// Coverage tiers.
const (
	Self   Coverage = "self"
	Family Coverage = "family"
)

// Plan is the patient's primary health plan.
type Plan struct {
	Type           PlanType
	PremiumMonthly Cents // the same under every option: reported, never compared
	Coverage       Coverage
	InNetwork      CostSharing
	OutOfNetwork   OutOfNetworkBenefits
	VisitLimit     Limit[int] // therapy visits a plan year, in and out of network together
	VisitsUsed     int        // already used this plan year

	// YearStart is the first day of the plan year (zero: 1 January).
	YearStart MonthDay
	// SharedOOPMax: one out-of-pocket maximum, the in-network OOPMax, for both
	// networks (the out-of-network OOPMax is ignored).
	SharedOOPMax bool
	// TherapyMax is the most the plan pays for therapy in a plan year, both
	// networks together; TherapyPaid what it has paid so far this plan year.
	TherapyMax  Limit[Cents]
	TherapyPaid Cents
}

// CostSharing is what the patient pays of an amount the plan recognises.
type CostSharing struct {
	Deductible        Cents
	DeductibleMet     Cents // applied by claims of this network already this year
	DeductibleApplies bool  // false: therapy skips the deductible
	Copay             Cents // per visit; when > 0 it replaces coinsurance
	Coinsurance       BasisPoints
	OOPMax            Limit[Cents] // out-of-pocket maximum; unset means none
	OOPSpent          Cents

	// CopayAndCoinsurance: the coinsurance applies after the copay, on the
	// rest of the amount, instead of the copay replacing it.
	CopayAndCoinsurance bool
	// CopayOutsideOOP: copays do not count toward the out-of-pocket maximum
	// and are charged whatever it.
	CopayOutsideOOP bool
	// OtherSpending is what the patient will pay out of pocket for other care
	// of this network in the plan year, before the episode: it fills the
	// deductible and the maximum.
	OtherSpending Cents
}

// OutOfNetworkBenefits is the plan's out-of-network coverage.
type OutOfNetworkBenefits struct {
	Covered bool // false: the plan pays nothing out of network
	CostSharing
	Allowed          Cents // what the plan recognises per visit
	SharesDeductible bool  // the two deductibles cross-accumulate

	// EvaluationAllowed and ReEvaluationAllowed are what the plan recognises
	// for an evaluation and a re-evaluation visit; unset: Allowed.
	EvaluationAllowed   Limit[Cents]
	ReEvaluationAllowed Limit[Cents]
}

// Limit is an optional cap: a maximum that may be absent. The zero value is
// "no limit"; a set limit of 0 is a cap of 0.
type Limit[T ~int | ~int64] struct {
	Value T
	Set   bool
}

// Cap returns a set Limit of v.
func Cap[T ~int | ~int64](v T) Limit[T] { return Limit[T]{Value: v, Set: true} }

// Service is the kind of therapy.
type Service string

// Services.
const (
	PhysicalTherapy     Service = "physical_therapy"
	OccupationalTherapy Service = "occupational_therapy"
	SpeechTherapy       Service = "speech_therapy"
	Chiropractic        Service = "chiropractic"
	Massage             Service = "massage"
)

// Services lists every service in the order the walk-through offers them.
var Services = []Service{PhysicalTherapy, OccupationalTherapy, SpeechTherapy, Chiropractic, Massage}

// Care is the episode of therapy and what each care model charges.
type Care struct {
	Service                Service
	MedicalNecessityLetter bool
	Visits                 int // the episode's visits; options may override
	InNetwork              ClinicCare
	OutOfNetwork           CashCare
	Concierge              ConciergeCare

	// StartDate is the first visit's date. Zero: no dates, one plan year.
	StartDate Date
	// Range is the visit count as fewest, likely and most (EstimateRange);
	// zero: no range.
	Range VisitRange
}

// VisitRange is an uncertain visit count: 1 ≤ Fewest ≤ Likely ≤ Most.
type VisitRange struct{ Fewest, Likely, Most int }

// IsZero reports whether there is no range.
func (v VisitRange) IsZero() bool { return v == VisitRange{} }

// Valid reports whether 1 ≤ Fewest ≤ Likely ≤ Most ≤ 365.
func (v VisitRange) Valid() bool {
	return 1 <= v.Fewest && v.Fewest <= v.Likely && v.Likely <= v.Most && v.Most <= MaxRangeVisits
}

// MaxRangeVisits bounds a range, as the scenario format bounds visits.
const MaxRangeVisits = 365

// Evaluations prices an option's evaluation visits: the first visit (First)
// and every ReEvery-th visit after it (Re). An unset price leaves that visit
// priced as any other.
type Evaluations struct {
	First, Re VisitPrice
	ReEvery   int // 0: no re-evaluations
}

// VisitPrice is the price of an evaluation visit. Price is the in-network
// charge, the out-of-network cash rate or the concierge fee; Allowed and
// SelfPay are the in-network allowed amount and self-pay rate.
type VisitPrice struct {
	Set     bool
	Price   Cents
	Allowed Cents
	SelfPay Cents
}

// ClinicCare is the in-network clinic's prices.
type ClinicCare struct {
	Charge  Cents // what the clinic bills a covered visit
	Allowed Cents // the plan's negotiated rate
	SelfPay Cents // what it bills a visit the plan does not cover
	Minutes int   // one-on-one minutes a visit

	VisitsPerWeek int // 1–5 with a start date; 0: 2
	Evaluations   Evaluations
}

// CashCare is the out-of-network provider, paid in cash.
type CashCare struct {
	CashRate           Cents
	Minutes            int
	Visits             int
	ServiceFeePercent  BasisPoints // superbill service, on what the plan reimburses
	ServiceFeePerClaim Cents       // superbill service, on every claim filed
	ReimbursementDays  int

	VisitsPerWeek int // 1–5 with a start date; 0: 2
	Evaluations   Evaluations
}

// ConciergeCare is the concierge or mobile therapist, paid in cash.
type ConciergeCare struct {
	Fee       Cents
	TravelFee Cents
	Minutes   int
	Visits    int
	Superbill bool // the concierge gives a superbill for the session fee

	VisitsPerWeek int // 1–5 with a start date; 0: 1
	Evaluations   Evaluations
}

// SupplementalKind is the kind of supplemental policy.
type SupplementalKind string

// Supplemental kinds.
const (
	NoSupplemental SupplementalKind = "none"
	ExtraVisits    SupplementalKind = "extra_visits"
	Indemnity      SupplementalKind = "indemnity"
	Secondary      SupplementalKind = "secondary"
)

// SupplementalKinds lists every supplemental kind.
var SupplementalKinds = []SupplementalKind{NoSupplemental, ExtraVisits, Indemnity, Secondary}

// Supplemental is the one optional supplemental policy. Fields that do not
// belong to its Kind are ignored.
type Supplemental struct {
	Kind               SupplementalKind
	PremiumMonthly     Cents
	Visits             int          // extra_visits: visits covered past the plan's limit
	Copay              Cents        // extra_visits
	Coinsurance        BasisPoints  // extra_visits, secondary
	PerVisit           Cents        // indemnity
	MaxVisits          Limit[int]   // indemnity
	AnnualMax          Limit[Cents] // indemnity, secondary
	Deductible         Cents        // secondary
	CoversOutOfNetwork bool         // extra_visits, secondary

	// PaysExcessCharges (secondary, Medigap G and F): pays a non-participating
	// provider's balance billing up to LimitingCharge (a share of the
	// recognised amount; 0 reads as 115 %).
	PaysExcessCharges bool
	LimitingCharge    BasisPoints
	// IndemnityBasis (indemnity): expense-incurred (zero value) or fixed.
	IndemnityBasis IndemnityBasis
	// Coordination (secondary): supplement (zero value), traditional or
	// non-duplication; Allowed is the second plan's own allowed amount
	// (unset: the primary's recognised amount for the visit).
	Coordination Coordination
	Allowed      Limit[Cents]
}

// IndemnityBasis is how an indemnity policy pays.
type IndemnityBasis string

// Indemnity bases. The zero value is ExpenseIncurred.
const (
	ExpenseIncurred IndemnityBasis = "expense_incurred" // at most what the patient still owes
	FixedIndemnity  IndemnityBasis = "fixed"            // its amount per visit, whatever is owed
)

// Coordination is how a secondary policy coordinates with the primary plan.
type Coordination string

// Coordination methods. The zero value is Supplement.
const (
	Supplement     Coordination = "supplement"      // Medigap-style: pays toward the primary's cost share
	Traditional    Coordination = "traditional"     // pays what it would as primary, at most what is owed
	NonDuplication Coordination = "non_duplication" // its benefit less what the primary paid
)

// AccountKind is the tax-advantaged account.
type AccountKind string

// Account kinds.
const (
	NoAccount AccountKind = "none"
	HSA       AccountKind = "hsa"
	FSA       AccountKind = "fsa"
)

// AccountKinds lists every account kind.
var AccountKinds = []AccountKind{NoAccount, HSA, FSA}

// Account is an HSA or FSA that pays qualified expenses before tax.
type Account struct {
	Kind    AccountKind
	Balance Cents       // what it can pay this year (FSA: the election)
	TaxRate BasisPoints // combined marginal rate

	// EmployerContribution is what the employer puts into an HSA for the
	// plan year, on top of Balance (the patient's own money): it pays
	// first and saves the patient no tax (docs/cost-rules.md, "An
	// employer's HSA contribution"). An HSA's only: other kinds ignore it.
	EmployerContribution Cents

	// NextBalance is an FSA's election for every plan year after the first.
	NextBalance Cents
	// FSARule is what becomes of an FSA's unspent money at the plan-year
	// reset; Carryover is the most a carryover rule carries (the year's IRS
	// limit, filled in by plans).
	FSARule   FSARule
	Carryover Cents
}

// FSARule is an FSA's rule for money unspent at the end of a plan year.
type FSARule string

// FSA rules. The zero value is NoFSARule: unspent money is forfeited.
const (
	NoFSARule    FSARule = "none"
	FSACarryover FSARule = "carryover" // up to Carryover moves to the next plan year
	FSAGrace     FSARule = "grace"     // it pays expenses of the next 2½ months
)
