package plans

import "github.com/carecost/carecost/calc"

// Presets: a whole scenario for each plan type, so the walk-through has a
// default for every field and Enter after Enter reaches a comparison. The
// plan figures are typical, not any insurer's; the care figures are
// docs/spec/reference-figures.md's "Typical numbers" (24 visits; in network $150
// charged, $100 allowed, 30 minutes; out of network $175 cash, 60 minutes;
// concierge $225 plus $25 travel, 60 minutes, 18 visits). Presets carry no
// year (the newest figures carried apply) and stay inside every carried
// year's federal limits, so a preset raises no figure warning except the
// Medicare ones the plan type itself implies.

// typicalCare is the care of every preset but Medicare's.
func typicalCare() calc.Care {
	return calc.Care{
		Service: calc.PhysicalTherapy,
		Visits:  24,
		InNetwork: calc.ClinicCare{
			Charge: calc.Dollars(150), Allowed: calc.Dollars(100), SelfPay: calc.Dollars(150), Minutes: 30,
		},
		OutOfNetwork: calc.CashCare{
			CashRate: calc.Dollars(175), Minutes: 60, Visits: 24, ReimbursementDays: 30,
		},
		Concierge: calc.ConciergeCare{
			Fee: calc.Dollars(225), TravelFee: calc.Dollars(25), Minutes: 60, Visits: TypicalConciergeSessions(24),
		},
	}
}

// TypicalConciergeSessions is the typical number of concierge sessions for
// a course of visits: fewer, longer sessions, in the ratio of the typical
// figures (18 sessions for 24 visits), rounded half up, at least 1. The
// walk-through keeps an untouched answer following the visits needed, so a
// patient who needs 10 visits is not compared with 18 sessions.
func TypicalConciergeSessions(visits int) int {
	return max(1, (visits*3+2)/4) // visits × 18/24 = visits × 3/4, half up
}

// TypicalMedicareVisit is the 45-minute visit whose Medicare reference amount
// is the Medicare preset's allowed amount: 15 minutes each of therapeutic
// exercise, neuromuscular re-education and manual therapy (3 units:
// $29.06 + $32.73 + $27.72 = $89.51).
var TypicalMedicareVisit = []Procedure{{CPTExercise, 15}, {CPTNeuromuscular, 15}, {CPTManual, 15}}

func sharing(deductible, coinsurance int64, oopMax int64) calc.CostSharing {
	cs := calc.CostSharing{
		Deductible: calc.Dollars(deductible), DeductibleApplies: true, Coinsurance: calc.Percent(coinsurance),
	}
	if oopMax >= 0 {
		cs.OOPMax = calc.Cap(calc.Dollars(oopMax))
	}
	return cs
}

func copaySharing(deductible, copay, oopMax int64) calc.CostSharing {
	cs := sharing(deductible, 0, oopMax)
	cs.DeductibleApplies = false // the copay starts at the first visit
	cs.Copay = calc.Dollars(copay)
	return cs
}

const noMaximum = -1

func outOfNetwork(cs calc.CostSharing, allowed calc.Cents) calc.OutOfNetworkBenefits {
	return calc.OutOfNetworkBenefits{Covered: true, CostSharing: cs, Allowed: allowed}
}

// Preset returns the whole preset scenario of plan type t (the PPO's for an
// unknown type), with the newest year's figures.
func Preset(t calc.PlanType) calc.Scenario { return PresetFor(t, 0) }

// PresetFor returns the preset of plan type t with the dated figures of
// year (0: the newest year carried, and the scenario's year left out). Only
// Original Medicare's figures (Part B premium and deductible) change with
// the year; the other presets' typical figures sit inside every carried
// year's limits.
func PresetFor(t calc.PlanType, year int) calc.Scenario {
	s := calc.Scenario{
		Year:         year,
		Name:         "Typical " + PlanTypeName(t),
		Plan:         calc.Plan{Type: t, Coverage: calc.Self},
		Care:         typicalCare(),
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
	p := &s.Plan
	thirty := calc.Cap(30)
	switch t {
	case calc.HMO:
		p.InNetwork = copaySharing(500, 40, 5000)
		p.VisitLimit = thirty
	case calc.EPO:
		p.InNetwork = sharing(1000, 20, 6500)
		p.VisitLimit = thirty
	case calc.POS:
		p.InNetwork = copaySharing(1000, 30, 6000)
		p.OutOfNetwork = outOfNetwork(sharing(2500, 40, 12000), calc.Dollars(110))
		p.VisitLimit = thirty
	case calc.HDHP:
		// $2,000 and $7,000 are inside every carried year's IRS limits for an
		// HSA-qualified plan ($1,750 minimum deductible and $8,300 maximum at
		// the strictest), so the HSA beside it is qualified.
		p.InNetwork = sharing(2000, 20, 7000)
		p.OutOfNetwork = outOfNetwork(sharing(4000, 40, 14000), calc.Dollars(110))
		p.VisitLimit = thirty
		s.Account = calc.Account{Kind: calc.HSA, Balance: calc.Dollars(1500), TaxRate: 2965} // 22 % income tax + 7.65 % FICA
	case calc.Medicare:
		medicarePreset(&s, year)
	case calc.MedicareAdvantage:
		p.InNetwork = copaySharing(0, 30, 5000)
		p.InNetwork.DeductibleApplies = true // no deductible: nothing to skip
	case calc.WorkersComp:
		// Authorized care is paid in full: no deductible, no share, no maximum needed.
		p.InNetwork = sharing(0, 0, noMaximum)
	case calc.AutoPIP:
		// PIP commonly pays 80 % of a reasonable amount, from any provider.
		p.InNetwork = sharing(0, 20, noMaximum)
		p.OutOfNetwork = outOfNetwork(sharing(0, 20, noMaximum), calc.Dollars(110))
		p.OutOfNetwork.SharesDeductible = true
	case calc.NoPlan:
		s.Name = "Paying cash, no health plan"
		p.InNetwork = calc.CostSharing{DeductibleApplies: true}
		s.Care.InNetwork.Allowed = 0 // nothing is covered, nothing is allowed
	default: // calc.PPO, and anything unknown
		p.Type = calc.PPO
		s.Name = "Typical " + PlanTypeName(calc.PPO)
		p.InNetwork = sharing(1500, 20, 6000)
		p.OutOfNetwork = outOfNetwork(sharing(3000, 40, 12000), calc.Dollars(110))
		p.VisitLimit = thirty
	}
	return s
}

// medicarePreset fills Original Medicare: the Part B premium and deductible,
// 20 % coinsurance, no out-of-pocket maximum, no visit limit; the clinic
// allowed the reference amount of a 45-minute visit. The out-of-network
// provider is a non-participating therapist (therapists cannot opt out):
// Medicare allows 95 % of the fee schedule, the therapist may charge up to
// the limiting charge (115 % of that), and the one Part B deductible is
// shared by both.
func medicarePreset(s *calc.Scenario, year int) {
	p := &s.Plan
	deductible := mustFigure(PartBDeductible, year).Amount()
	coinsurance := mustFigure(PartBCoinsurance, year).Rate()
	partB := calc.CostSharing{Deductible: deductible, DeductibleApplies: true, Coinsurance: coinsurance}
	p.PremiumMonthly = mustFigure(PartBPremium, year).Amount()
	p.InNetwork = partB
	ref, _ := MedicareReferenceAmount(TypicalMedicareVisit)
	nonPar := calc.Pct(ref.Total, mustFigure(NonParticipatingAllowed, year).Rate())
	p.OutOfNetwork = calc.OutOfNetworkBenefits{Covered: true, CostSharing: partB, Allowed: nonPar, SharesDeductible: true}
	s.Care.InNetwork.Allowed = ref.Total
	s.Care.InNetwork.Minutes = 45
	s.Care.OutOfNetwork.CashRate = calc.Pct(nonPar, mustFigure(LimitingCharge, year).Rate())
	s.Care.OutOfNetwork.Minutes = 45
}

// TherapistFilesClaim reports whether, under plan type t, the therapist
// files the out-of-network claim, rather than the patient with a superbill:
// under Original Medicare no physical or occupational therapist may opt out,
// so one who does not participate still files the claim, and Medicare pays
// the patient its share (docs/spec/reference-figures.md).
func TherapistFilesClaim(t calc.PlanType) bool { return t == calc.Medicare }

// PlanDescription says in plain words how plan type t treats therapy:
// referrals, prior authorization, out-of-network rules. The walk-through and
// the report show it.
func PlanDescription(t calc.PlanType) string {
	switch t {
	case calc.PPO:
		return "A PPO lets you see any therapist without a referral. In network you pay the deductible, then coinsurance or a copay, up to the out-of-pocket maximum. Out of network it pays a share of its own allowed amount after a separate, larger deductible, and the therapist may bill you the rest. Many PPOs limit therapy visits a year (often 20 to 60, shared by physical and occupational therapy and chiropractic, in and out of network) and some ask for prior authorization after the first visits."
	case calc.HMO:
		return "An HMO usually needs a referral from your primary care doctor before therapy, and often prior authorization for more visits. In network you usually pay a fixed copay per visit. It pays nothing out of network except in an emergency, so an out-of-network therapist or a concierge is paid entirely by you (an HSA or FSA can still pay)."
	case calc.EPO:
		return "An EPO covers only its own network, like an HMO, but usually without a referral; prior authorization may still be needed. In network you pay the deductible and coinsurance up to the out-of-pocket maximum; out of network it pays nothing."
	case calc.POS:
		return "A POS plan works like an HMO in network (a referral from your primary care doctor, usually a copay per visit) and also pays part of out-of-network care, after a separate deductible and at a higher coinsurance. Out-of-network therapy may need a referral too."
	case calc.HDHP:
		return "A high-deductible plan pays nothing for therapy until the deductible is met, so the first visits cost you the plan's negotiated rate; then you pay coinsurance up to the out-of-pocket maximum. Within the IRS limits it is HSA-qualified, so therapy can be paid from an HSA before tax. Referrals and out-of-network benefits follow the plan's network (PPO-like or EPO-like)."
	case calc.Medicare:
		return "Original Medicare (Part B) covers medically necessary outpatient therapy under a plan of care your doctor certifies, with no visit limit. You pay the Part B deductible, then 20 % of the Medicare-approved amount, with no out-of-pocket maximum (a Medigap policy can pay that 20 %). Past the KX threshold the therapist must document medical necessity. Therapists cannot opt out of Medicare: one who does not participate still files your claim, may charge up to the limiting charge, and Medicare pays you back its share."
	case calc.MedicareAdvantage:
		return "A Medicare Advantage plan replaces Original Medicare's cost sharing with its own: usually a copay per therapy visit, prior authorization for therapy after the first visits, and an in-network out-of-pocket maximum. Most are HMOs that pay nothing out of network; Medicare Advantage PPOs pay part."
	case calc.WorkersComp:
		return "Workers' compensation pays in full for therapy for a work injury, with no deductible or copay, when the claims adjuster authorizes the treatment and an approved provider gives it; some states limit the visits per injury. Care the claim does not authorize, or an unapproved provider, is paid by you."
	case calc.AutoPIP:
		return "Personal injury protection (PIP) in a car insurance policy pays a share of medical bills after an accident, whoever was at fault, up to the policy's PIP limit, which carecost does not model: check how much of it is left. There is no network: any licensed provider can bill it, and the insurer pays its share of a reasonable amount. Some states require treatment to start soon after the accident."
	case calc.NoPlan:
		return "Without a health plan nothing is covered: every option is paid in cash. Clinics often have a self-pay rate below their billed charge, so ask. An HSA or FSA, or an indemnity policy, can still help."
	}
	return ""
}

// SupplementalPreset is a ready supplemental policy and what it does.
type SupplementalPreset struct {
	Name        string
	Description string
	Policy      calc.Supplemental
}

// MedigapPlanG is Medigap Plan G for a Part B deductible still to meet of
// deductibleLeft: a secondary policy that leaves the patient the Part B
// deductible and pays all the rest of Medicare's cost share (its deductible
// is the Part B deductible still to meet, its coinsurance 0 %), and a
// non-participating therapist's excess charges up to the limiting charge
// (docs/spec/clarifications.md). Premiums vary by state and age; $150 a
// month is a placeholder to change.
func MedigapPlanG(deductibleLeft calc.Cents) calc.Supplemental {
	return calc.Supplemental{
		Kind: calc.Secondary, PremiumMonthly: calc.Dollars(150), Deductible: max(0, deductibleLeft),
		CoversOutOfNetwork: true, PaysExcessCharges: true,
	}
}

// MedigapPlanF is Medigap Plan F: as Plan G, and it pays the Part B
// deductible too (no deductible of its own). Only people eligible for
// Medicare before 2020 may buy it. $200 a month is a placeholder to change.
func MedigapPlanF() calc.Supplemental {
	return calc.Supplemental{
		Kind: calc.Secondary, PremiumMonthly: calc.Dollars(200), CoversOutOfNetwork: true, PaysExcessCharges: true,
	}
}

// SupplementalPresets lists the ready supplemental policies: Medigap Plan G
// (with the newest Part B deductible carried, none of it met yet), a fixed
// accident indemnity policy, an extra-visits rider and Medigap Plan F.
// Premiums and benefits are placeholders to change.
func SupplementalPresets() []SupplementalPreset {
	return SupplementalPresetsFor(calc.Scenario{})
}

// SupplementalPresetsFor lists the ready supplemental policies for the
// scenario s: Medigap Plan G's deductible is the Part B deductible still to
// meet — for Original Medicare the plan's own deductible less what is
// already met, otherwise the Part B deductible of s's year (PlanYear).
func SupplementalPresetsFor(s calc.Scenario) []SupplementalPreset {
	partB := mustFigure(PartBDeductible, PlanYear(s))
	left := partB.Amount()
	if s.Plan.Type == calc.Medicare {
		left = max(0, s.Plan.InNetwork.Deductible-s.Plan.InNetwork.DeductibleMet)
	}
	return []SupplementalPreset{
		{
			Name: "Medigap Plan G",
			Description: "Pays Medicare's 20 % and a non-participating therapist's excess charges (up to the limiting charge, 115 % of Medicare's amount), but not the Part B deductible (" +
				partB.Amount().String() + " in " + itoa(int64(partB.Year)) + "): its deductible is the part of it still to meet.",
			Policy: MedigapPlanG(left),
		},
		{
			Name:        "Accident indemnity policy",
			Description: "Pays you a fixed amount for each treatment after an accident, whatever else covers it and whatever the treatment cost you, up to a number of treatments.",
			Policy: calc.Supplemental{
				Kind: calc.Indemnity, PremiumMonthly: calc.Dollars(15), PerVisit: calc.Dollars(50), MaxVisits: calc.Cap(10),
				IndemnityBasis: calc.FixedIndemnity,
			},
		},
		{
			Name:        "Extra-visits rider",
			Description: "Covers therapy visits past the plan's yearly visit limit, with its own share of each visit.",
			Policy: calc.Supplemental{
				Kind: calc.ExtraVisits, PremiumMonthly: calc.Dollars(18), Visits: 20, Coinsurance: calc.Percent(20),
				CoversOutOfNetwork: true,
			},
		},
		{
			// last, so the ready policies listed before it keep their
			// places (a draft names one by its place)
			Name: "Medigap Plan F",
			Description: "As Plan G, and it pays the Part B deductible too, so Medicare-covered therapy costs you nothing but the premium. " +
				"Only people eligible for Medicare before 2020 may have it.",
			Policy: MedigapPlanF(),
		},
	}
}

// DemoScenario is the built-in demo `go run .` shows: rehab after a total
// knee replacement on a PPO. The surgery has met the in-network deductible
// and most of the out-of-pocket maximum; the plan covers 20 therapy visits
// and the deductibles cross-accumulate. The patient compares 24 clinic
// visits, 20 longer visits with an out-of-network therapist filing
// superbills through a $2-a-claim service, and 16 visits from a mobile
// therapist who gives superbills. An HSA kept from a former high-deductible
// plan pays, which draws the "not HSA-qualified" warning.
func DemoScenario() calc.Scenario {
	s := Preset(calc.PPO)
	s.Name = "Knee replacement rehab (demo)"
	p := &s.Plan
	p.InNetwork.DeductibleMet = calc.Dollars(1500)
	p.InNetwork.OOPSpent = calc.Dollars(4200)
	p.OutOfNetwork.SharesDeductible = true
	p.VisitLimit = calc.Cap(20)
	c := &s.Care
	c.OutOfNetwork.Visits = 20
	c.OutOfNetwork.ServiceFeePerClaim = calc.Dollars(2)
	c.Concierge.Visits = 16
	c.Concierge.Superbill = true
	s.Account = calc.Account{Kind: calc.HSA, Balance: calc.Dollars(2000), TaxRate: 2965}
	return s
}

// TaxBracket is a tax rate the walk-through offers for an HSA or FSA: a
// federal income-tax bracket's rate plus the employee's FICA, which payroll
// contributions to an HSA or FSA also avoid.
type TaxBracket struct {
	Income, Combined calc.BasisPoints
	// Income and FICA are the dated figures used (their year and source).
	IncomeFigure, FICAFigure FigureValue
}

// TaxBrackets are the brackets offered for year (0: the newest carried):
// 12, 22, 24 and 32 % income tax, each plus 7.65 % FICA.
func TaxBrackets(year int) []TaxBracket {
	fica := mustFigure(FICAEmployee, year)
	var out []TaxBracket
	for _, n := range []FigureName{IncomeTax12, IncomeTax22, IncomeTax24, IncomeTax32} {
		v := mustFigure(n, year)
		out = append(out, TaxBracket{Income: v.Rate(), Combined: v.Rate() + fica.Rate(), IncomeFigure: v, FICAFigure: fica})
	}
	return out
}

// TypicalAccount is the balance and tax rate of an HSA or FSA chosen on a
// plan whose preset has none of that kind: for an HSA the HDHP preset's
// ($1,500 at 29.65 %); for an FSA a $1,500 election at the same rate (22 %
// income tax plus 7.65 % payroll tax: an FSA is funded through payroll).
// ok is false for any other kind.
func TypicalAccount(kind calc.AccountKind) (a calc.Account, ok bool) {
	switch kind {
	case calc.HSA:
		return PresetFor(calc.HDHP, 0).Account, true
	case calc.FSA:
		return calc.Account{Kind: calc.FSA, Balance: calc.Dollars(1500), TaxRate: 2965}, true
	}
	return calc.Account{}, false
}

// TypicalOutOfNetwork are the out-of-network benefits of a plan said to pay
// out of network whose preset pays nothing there (an HMO's): the POS
// preset's, a typical plan with out-of-network benefits. Its allowed amount
// is left to the walk-through's suggestion (SuggestedAllowed).
func TypicalOutOfNetwork() calc.OutOfNetworkBenefits {
	o := PresetFor(calc.POS, 0).Plan.OutOfNetwork
	o.Allowed = 0
	return o
}

// PriceField is the field of the price `[` and `]` change on an option's
// card (docs/spec/clarifications.md, "The dashboard issue"): in network the allowed
// amount, the plan's negotiated rate that the patient's share follows —
// without a plan the clinic's self-pay rate, which is what the patient
// pays then —; out of network the cash rate; for the concierge the session
// fee.
func PriceField(id calc.OptionID, t calc.PlanType) string {
	switch id {
	case calc.OutOfNetworkCash:
		return "care.out_of_network.cash_rate"
	case calc.ConciergeTherapy:
		return "care.concierge.fee"
	}
	if t == calc.NoPlan {
		return "care.in_network.self_pay"
	}
	return "care.in_network.allowed"
}
