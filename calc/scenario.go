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
}

// OutOfNetworkBenefits is the plan's out-of-network coverage.
type OutOfNetworkBenefits struct {
	Covered bool // false: the plan pays nothing out of network
	CostSharing
	Allowed          Cents // what the plan recognises per visit
	SharesDeductible bool  // the two deductibles cross-accumulate
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
}

// ClinicCare is the in-network clinic's prices.
type ClinicCare struct {
	Charge  Cents // what the clinic bills a covered visit
	Allowed Cents // the plan's negotiated rate
	SelfPay Cents // what it bills a visit the plan does not cover
	Minutes int   // one-on-one minutes a visit
}

// CashCare is the out-of-network provider, paid in cash.
type CashCare struct {
	CashRate           Cents
	Minutes            int
	Visits             int
	ServiceFeePercent  BasisPoints // superbill service, on what the plan reimburses
	ServiceFeePerClaim Cents       // superbill service, on every claim filed
	ReimbursementDays  int
}

// ConciergeCare is the concierge or mobile therapist, paid in cash.
type ConciergeCare struct {
	Fee       Cents
	TravelFee Cents
	Minutes   int
	Visits    int
	Superbill bool // the concierge gives a superbill for the session fee
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
}

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
}
