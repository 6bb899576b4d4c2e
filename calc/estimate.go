package calc

import "slices"

// Estimate computes the year of each care option for s, as docs/cost-rules.md
// specifies. It never panics and does no I/O.
func Estimate(s Scenario) Result {
	var r Result
	EstimateInto(&r, s)
	return r
}

// EstimateInto is Estimate writing into r, reusing the storage of r's
// ledgers, plan years and months when it is large enough: the dashboard
// recomputes on every key and need not make garbage each time. Nothing of
// r's previous result may be in use elsewhere.
func EstimateInto(r *Result, s Scenario) {
	need := max(0, s.Care.Visits) + max(0, s.Care.OutOfNetwork.Visits) + max(0, s.Care.Concierge.Visits)
	lines := r.lines[:0]
	if cap(lines) < need {
		lines = make([]Line, 0, need)
	}
	lines = lines[:need]
	warnings := r.Warnings[:0]
	*r = Result{
		Name:                 s.Name,
		PlanPremiums:         s.Plan.PremiumMonthly * 12,
		EmployerContribution: employerContribution(&s.Account),
		Warnings:             scenarioWarnings(warnings, &s),
		lines:                lines,
		years:                r.years[:0],
		months:               r.months[:0],
	}
	bare := s
	bare.Supplemental = Supplemental{Kind: NoSupplemental}
	hasPolicy := s.Supplemental.Kind != NoSupplemental && s.Supplemental.Kind != ""
	for i, id := range OptionIDs {
		o := &r.Options[i]
		estimateOption(&s, id, o, lines, r)
		lines = lines[len(o.Ledger):]
		o.WithoutSupplementalNetCost = o.NetCost
		if hasPolicy {
			var without Option
			estimateOption(&bare, id, &without, nil, nil)
			o.WithoutSupplementalNetCost = without.NetCost
		}
		if s.Plan.Type == Medicare && id == ConciergeTherapy {
			o.Warnings = append(o.Warnings, Warning{Code: WarnMedicareNoOptOut, Plan: Medicare, Option: id})
		}
	}
	r.Cheapest = cheapest(&r.Options)
}

// cheapest is the option with the lowest net cost; a tie keeps the earlier.
func cheapest(options *[numberOfOptions]Option) OptionID {
	best := 0
	for i := 1; i < len(options); i++ {
		if options[i].NetCost < options[best].NetCost {
			best = i
		}
	}
	return options[best].ID
}

// WarnMedicareNoOptOut: physical and occupational therapists cannot opt out
// of Medicare, so a cash-only concierge is available only for services
// Medicare does not cover.
const WarnMedicareNoOptOut WarningCode = "medicare_no_opt_out"

func scenarioWarnings(w []Warning, s *Scenario) []Warning {
	p := &s.Plan
	if p.Type != NoPlan && s.Care.InNetwork.Allowed > s.Care.InNetwork.Charge {
		w = append(w, Warning{Code: WarnAllowedAboveCharge, Amount: s.Care.InNetwork.Allowed, Limit: s.Care.InNetwork.Charge})
	}
	if p.Type != NoPlan && p.VisitLimit.Set && p.VisitsUsed > p.VisitLimit.Value {
		w = append(w, Warning{Code: WarnVisitsUsedAboveLimit, Count: p.VisitsUsed, Limit: Cents(p.VisitLimit.Value)})
	}
	if (p.Type == HMO || p.Type == EPO) && p.OutOfNetwork.Covered {
		w = append(w, Warning{Code: WarnOutOfNetworkOnHMO, Plan: p.Type})
	}
	if s.Care.Service == Massage && !s.Care.MedicalNecessityLetter {
		w = append(w, Warning{Code: WarnMassageWithoutLetter})
	}
	return w
}

// accumulators is where one network's cost sharing stands.
type accumulators struct {
	sharing         *CostSharing
	deductibleLeft  Cents
	oopLeft         Limit[Cents]
	deductibleMetAt OptionalVisit
	oopMetAt        OptionalVisit
}

// newAccumulators starts a network's accumulators before visit before+1,
// with what is left of the deductible and the maximum that applies and what
// has been spent toward it.
func newAccumulators(cs *CostSharing, deductibleLeft Cents, oopMax Limit[Cents], spent Cents, before int) accumulators {
	a := accumulators{sharing: cs, deductibleLeft: max(0, deductibleLeft)}
	if oopMax.Set {
		a.oopLeft = Cap(max(0, oopMax.Value-spent))
		if a.oopLeft.Value == 0 {
			a.oopMetAt = Cap(before)
		}
	}
	if a.deductibleLeft == 0 {
		a.deductibleMetAt = Cap(before)
	}
	return a
}

// startingFigures are a network's deductible met and out-of-pocket spent at
// the start of a plan year, once the other spending expected that year has
// filled them (docs/cost-rules.md, "Rules real plans have").
func (cs *CostSharing) startingFigures() (met, spent Cents) {
	met, spent = cs.DeductibleMet, cs.OOPSpent
	if other := cs.OtherSpending; other > 0 {
		met += min(other, max(0, cs.Deductible-cs.DeductibleMet))
		spent += other
		if cs.OOPMax.Set {
			spent = min(spent, max(cs.OOPMax.Value, cs.OOPSpent))
		}
	}
	return met, spent
}

// share applies steps 1–5 of option 1 to an amount the plan recognises and
// returns the patient's share, recording which rules applied. A copay and
// coinsurance together, and copays outside the maximum, follow "Rules real
// plans have".
func (a *accumulators) share(amount Cents, visit int, note *Note) Cents {
	cs := a.sharing
	var dedPart Cents
	if cs.DeductibleApplies {
		dedPart = min(amount, a.deductibleLeft)
	}
	rest := amount - dedPart
	var copayPart, coinsPart Cents
	if cs.Copay > 0 {
		copayPart = min(cs.Copay, rest)
		if copayPart > 0 {
			note.Rules |= RuleCopay
			note.Copay = copayPart
		}
	}
	if cs.Copay <= 0 || cs.CopayAndCoinsurance {
		base := rest - copayPart
		coinsPart = Pct(base, cs.Coinsurance)
		if base > 0 && cs.Coinsurance > 0 {
			note.Rules |= RuleCoinsurance
			note.Coinsurance = cs.Coinsurance
		}
	}
	counted := dedPart + coinsPart // what counts toward the maximum
	if !cs.CopayOutsideOOP {
		counted += copayPart
	}
	if a.oopLeft.Set && counted > a.oopLeft.Value {
		// The cap cuts the coinsurance first, then the copay, then the
		// deductible part.
		cut := counted - a.oopLeft.Value
		c := min(cut, coinsPart)
		coinsPart -= c
		cut -= c
		if !cs.CopayOutsideOOP {
			c = min(cut, copayPart)
			copayPart -= c
			cut -= c
		}
		dedPart -= cut
		counted = a.oopLeft.Value
		note.Rules |= RuleOOPMaxReached
		if coinsPart == 0 {
			note.Rules &^= RuleCoinsurance
		}
		if copayPart == 0 {
			note.Rules &^= RuleCopay
		}
	}
	if dedPart > 0 {
		note.Rules |= RuleDeductible
	}
	a.deductibleLeft -= dedPart
	if a.deductibleLeft == 0 && !a.deductibleMetAt.Set {
		a.deductibleMetAt = Cap(visit)
	}
	if a.oopLeft.Set {
		a.oopLeft.Value -= counted
		if a.oopLeft.Value == 0 && !a.oopMetAt.Set {
			a.oopMetAt = Cap(visit)
		}
	}
	if cs.CopayOutsideOOP {
		return counted + copayPart
	}
	return counted
}

// supplementalState is where the supplemental policy stands in one option's
// plan year.
type supplementalState struct {
	policy                  *Supplemental
	extraVisitsUsed         int
	indemnityVisits         int
	paidTowardsMax          Cents // indemnity and secondary annual maximum
	secondaryDeductibleLeft Cents
}

// underAnnualMax caps a payment by what is left of the annual maximum.
func (p *supplementalState) underAnnualMax(pay Cents) Cents {
	if p.policy.AnnualMax.Set {
		pay = min(pay, max(0, p.policy.AnnualMax.Value-p.paidTowardsMax))
	}
	p.paidTowardsMax += pay
	return pay
}

// extraVisit reports whether an extra-visits policy covers a visit past the
// plan's limit, and if so what it pays of the recognised amount.
func (p *supplementalState) extraVisit(recognised Cents) (pays Cents, covers bool) {
	pol := p.policy
	if pol.Kind != ExtraVisits || p.extraVisitsUsed >= pol.Visits {
		return 0, false
	}
	p.extraVisitsUsed++
	var patientPart Cents
	if pol.Copay > 0 {
		patientPart = min(pol.Copay, recognised)
	} else {
		patientPart = Pct(recognised, pol.Coinsurance)
	}
	return recognised - patientPart, true
}

// claim is what a secondary policy sees of a visit the primary covered.
type claim struct {
	share      Cents // the primary's cost share
	recognised Cents // what the primary recognised
	price      Cents // the charge, cash rate or session fee (travel excluded)
	planPaid   Cents
	owed       Cents // what the patient still owes: price − write-off − plan paid
	balance    bool  // out of network: the price above the recognised amount is balance billing
}

// secondaryPays is what a secondary policy pays on a claim, and the part of
// it that is excess charges (docs/cost-rules.md, "Supplemental policies as real
// ones pay").
func (p *supplementalState) secondaryPays(c claim) (pays, excess Cents) {
	pol := p.policy
	if pol.Kind != Secondary {
		return 0, 0
	}
	switch pol.Coordination {
	case Traditional, NonDuplication:
		a := c.recognised
		if pol.Allowed.Set {
			a = pol.Allowed.Value
		}
		a = max(0, min(a, c.price))
		d := max(0, min(a, p.secondaryDeductibleLeft))
		p.secondaryDeductibleLeft -= d
		rest := a - d
		benefit := rest - Pct(rest, pol.Coinsurance)
		if pol.Coordination == NonDuplication {
			benefit -= c.planPaid
		}
		pays = p.underAnnualMax(max(0, min(benefit, c.owed)))
	default: // Supplement: toward the primary's cost share
		d := min(c.share, p.secondaryDeductibleLeft)
		p.secondaryDeductibleLeft -= d
		rest := c.share - d
		pays = p.underAnnualMax(rest - Pct(rest, pol.Coinsurance))
	}
	if pol.PaysExcessCharges && c.balance {
		limit := pol.LimitingChargeRate()
		// Never more than the patient still owes: coordinated as traditional or
		// non-duplication, the balance billing is already part of that.
		over := min(c.price, Pct(c.recognised, limit)) - c.recognised
		if over = min(over, c.owed-pays); over > 0 {
			excess = p.underAnnualMax(over)
			pays += excess
		}
	}
	return pays, excess
}

// DefaultLimitingCharge is Medicare's limiting charge as a share of a
// non-participating provider's recognised amount, 115 %: the figure of every
// year carecost carries (plans.LimitingCharge).
const DefaultLimitingCharge BasisPoints = 11500

// LimitingChargeRate is the most a non-participating provider may bill, as
// a share of the recognised amount: the policy's limiting_charge, or
// DefaultLimitingCharge when the file gives none.
func (pol *Supplemental) LimitingChargeRate() BasisPoints {
	if pol.LimitingCharge <= 0 {
		return DefaultLimitingCharge
	}
	return pol.LimitingCharge
}

// indemnityPays is what an indemnity policy pays on a visit on which the
// patient still owes `owed` after the primary plan.
func (p *supplementalState) indemnityPays(owed Cents) Cents {
	pol := p.policy
	if pol.Kind != Indemnity || (pol.MaxVisits.Set && p.indemnityVisits >= pol.MaxVisits.Value) {
		return 0
	}
	amount := min(pol.PerVisit, max(0, owed))
	if pol.IndemnityBasis == FixedIndemnity {
		amount = max(0, pol.PerVisit) // whatever is owed
	}
	pay := p.underAnnualMax(amount)
	if pay > 0 {
		p.indemnityVisits++
	}
	return pay
}

// planYear is where one option stands in one plan year: the plan of that
// year, its accumulators, the policy's yearly counts.
type planYear struct {
	plan        *Plan
	files       bool // the option files claims with this plan
	oonBenefits bool
	suppOON     bool // the policy pays out of network
	acc         accumulators
	supp        supplementalState
	therapyLeft Limit[Cents]
	firstVisit  int
	visits      int // the option's visits in this plan year so far
}

// beginYear starts a plan year with plan at visit firstVisit. (It returns
// the year by value: a pointer stored through a pointer parameter would make
// the scenario escape to the heap on every estimate.)
func beginYear(s *Scenario, id OptionID, plan *Plan, firstVisit int) planYear {
	insured := plan.Type != NoPlan
	y := planYear{plan: plan, oonBenefits: insured && plan.OutOfNetwork.Covered, firstVisit: firstVisit}
	switch id {
	case InNetworkClinic:
		y.files = insured
	case OutOfNetworkCash:
		y.files = y.oonBenefits
	case ConciergeTherapy:
		y.files = y.oonBenefits && s.Care.Concierge.Superbill
	}
	// Deductibles start where both networks' claims left them when they
	// cross-accumulate (docs/cost-rules.md, option 2); a shared maximum likewise.
	in, oon := &plan.InNetwork, &plan.OutOfNetwork.CostSharing
	inMet, inSpent := in.startingFigures()
	oonMet, oonSpent := oon.startingFigures()
	inLeft, oonLeft := in.Deductible-inMet, oon.Deductible-oonMet
	if y.oonBenefits && plan.OutOfNetwork.SharesDeductible {
		inLeft -= oonMet
		oonLeft -= inMet
	}
	inMax, oonMax := in.OOPMax, oon.OOPMax
	if y.oonBenefits && plan.SharedOOPMax {
		oonMax = inMax
		inSpent += oonSpent
		oonSpent = inSpent
	}
	if id == InNetworkClinic {
		y.acc = newAccumulators(in, inLeft, inMax, inSpent, firstVisit-1)
	} else {
		y.acc = newAccumulators(oon, oonLeft, oonMax, oonSpent, firstVisit-1)
	}
	y.supp = supplementalState{policy: &s.Supplemental, secondaryDeductibleLeft: s.Supplemental.Deductible}
	y.suppOON = y.oonBenefits && s.Supplemental.CoversOutOfNetwork
	if plan.TherapyMax.Set {
		y.therapyLeft = Cap(max(0, plan.TherapyMax.Value-plan.TherapyPaid))
	}
	return y
}

// payPlan is what the plan pays of planPart under its dollar maximum on
// therapy; the rest is the patient's, outside every accumulator.
func (y *planYear) payPlan(planPart Cents, note *Note) Cents {
	if !y.therapyLeft.Set {
		return planPart
	}
	paid := max(0, min(planPart, y.therapyLeft.Value))
	y.therapyLeft.Value -= paid
	if paid < planPart {
		note.Rules |= RuleTherapyMax
	}
	return paid
}

// renewal is the plan of the plan years after the first: the next year's,
// or the same plan with its accumulators at 0.
func renewal(s *Scenario) Plan {
	if s.NextYear.Set {
		return s.NextYear.Plan
	}
	p := s.Plan
	renew(&p)
	return p
}

// renew sets a plan's accumulators to 0: the plan of plan years 3 and later,
// and of plan year 2 without a next year's plan.
func renew(p *Plan) {
	p.VisitsUsed, p.TherapyPaid = 0, 0
	p.InNetwork.DeductibleMet, p.InNetwork.OOPSpent, p.InNetwork.OtherSpending = 0, 0, 0
	oon := &p.OutOfNetwork.CostSharing
	oon.DeductibleMet, oon.OOPSpent, oon.OtherSpending = 0, 0, 0
}

// weekOffsets are the days of the week's visits, by visits a week
// (docs/cost-rules.md, "The weekly pattern").
var weekOffsets = [6][5]int{1: {0}, 2: {0, 3}, 3: {0, 2, 4}, 4: {0, 1, 3, 4}, 5: {0, 1, 2, 3, 4}}

// visitDay is how many days after the start visit n (from 1) falls, at k
// visits a week.
func visitDay(n, k int) int { return 7*((n-1)/k) + weekOffsets[k][(n-1)%k] }

func visitsPerWeek(v, fallback int) int {
	switch {
	case v < 1:
		return fallback
	case v > 5:
		return 5
	}
	return v
}

// kindOf is how visit k is priced.
func (ev *Evaluations) kindOf(k int) VisitKind {
	switch {
	case k == 1 && ev.First.Set:
		return Evaluation
	case ev.ReEvery > 0 && k > 1 && (k-1)%ev.ReEvery == 0 && ev.Re.Set:
		return ReEvaluation
	}
	return Treatment
}

// price is the evaluation price of a visit of kind, nil for a treatment visit.
func (ev *Evaluations) price(kind VisitKind) *VisitPrice {
	switch kind {
	case Evaluation:
		return &ev.First
	case ReEvaluation:
		return &ev.Re
	}
	return nil
}

// maxReimbursementDays bounds the delay of money back for the dates: the
// scenario format allows a year; the engine survives anything.
const maxReimbursementDays = 3650

// employerContribution is the employer's deposit an account takes: an
// HSA's, never below 0.
func employerContribution(a *Account) Cents {
	if a.Kind != HSA {
		return 0
	}
	return max(0, a.EmployerContribution)
}

// planCost is Result.PlanCost of s: the plan's premiums less the
// employer's HSA contribution.
func planCost(s *Scenario) Cents {
	return s.Plan.PremiumMonthly*12 - employerContribution(&s.Account)
}

// account is where the HSA or FSA stands across an option's plan years
// (docs/cost-rules.md, "HSA and FSA across the reset").
type account struct {
	a    *Account
	left Cents // HSA: the balance left
	// HSA: the employer's deposit left, which pays before the balance
	// (docs/cost-rules.md, "An employer's HSA contribution")
	employerLeft Cents
	unspent      Cents // FSA: what the previous plan year left
	// forfeited: FSA money of the previous plan year lost when settle
	// moved to this one (beyond the carryover, or what the grace period's
	// expenses did not use)
	forfeited Cents
}

// settle is what the account pays of plan year's qualified expenses, of
// which grace were incurred in the grace period, and how much of it was
// the employer's HSA contribution (which saves no tax).
func (acc *account) settle(year int, qualified, grace Cents) (paid, fromEmployer Cents) {
	a := acc.a
	switch a.Kind {
	case HSA:
		if year <= 1 {
			acc.left, acc.employerLeft = max(0, a.Balance), employerContribution(a)
		}
		paid = min(qualified, acc.left+acc.employerLeft)
		fromEmployer = min(paid, acc.employerLeft)
		acc.employerLeft -= fromEmployer
		acc.left -= paid - fromEmployer
		return paid, fromEmployer
	case FSA:
		return acc.settleFSA(year, qualified, grace), 0
	}
	return 0, 0
}

// settleFSA is settle of an FSA: its election is the year's, and what a
// plan year leaves follows its rule.
func (acc *account) settleFSA(year int, qualified, grace Cents) Cents {
	a := acc.a
	if year <= 1 {
		avail := max(0, a.Balance)
		paid := min(qualified, avail)
		acc.unspent = avail - paid
		return paid
	}
	election := max(0, a.NextBalance)
	switch a.FSARule {
	case FSACarryover:
		carried := min(acc.unspent, max(0, a.Carryover))
		acc.forfeited = acc.unspent - carried
		avail := election + carried
		paid := min(qualified, avail)
		acc.unspent = avail - paid
		return paid
	case FSAGrace:
		fromOld := min(grace, acc.unspent)
		acc.forfeited = acc.unspent - fromOld
		fromNew := min(qualified-fromOld, election)
		acc.unspent = election - fromNew
		return fromOld + fromNew
	}
	acc.forfeited = acc.unspent
	paid := min(qualified, election)
	acc.unspent = election - paid
	return paid
}

// optionRun is one option's episode in progress.
type optionRun struct {
	s     *Scenario
	o     *Option
	keep  *Result // where plan years and months go; nil: totals only
	y     planYear
	acct  account
	dated bool

	yearNo    int    // 1, 2, …; 0 undated
	yearStart Date   // the current plan year's first day
	graceEnd  Date   // FSA grace: visits before it may use last year's money
	yearBase  Totals // the option's totals when the current plan year began
	grace     Cents  // qualified expenses in the grace period this year
	firstYear int    // index of the option's first plan year in keep.years
}

// closeYear settles the current plan year: the account, the tax, the
// option's markers, and its plan-year totals when they are kept.
func (r *optionRun) closeYear() {
	o, s := r.o, r.s
	current := o.Totals
	current.sub(&r.yearBase)
	qualified := max(0, current.OutOfPocket-current.Fees) // balance billing and travel fee included
	if s.Care.Service == Massage && !s.Care.MedicalNecessityLetter {
		qualified = 0
	}
	grace := max(0, min(r.grace, qualified))
	paid, fromEmployer := r.acct.settle(r.yearNo, qualified, grace)
	var tax Cents
	if s.Account.Kind == HSA || s.Account.Kind == FSA {
		tax = Pct(paid-fromEmployer, s.Account.TaxRate) // the employer's money was never taxed pay
	}
	o.PaidFromAccount += paid
	o.FromEmployer += fromEmployer
	o.TaxSavings += tax
	if r.y.files {
		// The option's markers are the first across its plan years.
		if !o.DeductibleMetAtVisit.Set {
			o.DeductibleMetAtVisit = r.y.acc.deductibleMetAt
		}
		if !o.OOPMaxMetAtVisit.Set {
			o.OOPMaxMetAtVisit = r.y.acc.oopMetAt
		}
	}
	if r.dated && r.keep != nil && r.yearNo > 1 && len(r.keep.years) > r.firstYear {
		// the previous plan year is this option's last one kept
		r.keep.years[len(r.keep.years)-1].Forfeited = r.acct.forfeited
	}
	if r.dated && r.keep != nil && r.y.visits > 0 {
		py := PlanYear{Year: r.yearNo, Start: r.yearStart, FirstVisit: r.y.firstVisit, Visits: r.y.visits,
			Totals: current, PaidFromAccount: paid, TaxSavings: tax, Unspent: r.acct.unspent, FilesClaims: r.y.files}
		if r.y.files {
			py.DeductibleMetAtVisit, py.OOPMaxMetAtVisit = r.y.acc.deductibleMetAt, r.y.acc.oopMetAt
		}
		r.keep.years = append(r.keep.years, py)
	}
	r.yearBase, r.grace = o.Totals, 0
}

// estimateOption fills o with option id's episode, writing its ledger into
// the front of lines and its plan years and months into keep's storage;
// with lines and keep nil it keeps neither (the without-supplemental pass
// and the range need only the totals).
func estimateOption(s *Scenario, id OptionID, o *Option, lines []Line, keep *Result) {
	care := &s.Care
	o.ID = id
	var perWeek int
	var ev *Evaluations
	switch id {
	case InNetworkClinic:
		o.Visits, o.Minutes = care.Visits, care.InNetwork.Minutes
		perWeek, ev = visitsPerWeek(care.InNetwork.VisitsPerWeek, 2), &care.InNetwork.Evaluations
	case OutOfNetworkCash:
		o.Visits, o.Minutes = care.OutOfNetwork.Visits, care.OutOfNetwork.Minutes
		o.ReimbursementDays = care.OutOfNetwork.ReimbursementDays
		perWeek, ev = visitsPerWeek(care.OutOfNetwork.VisitsPerWeek, 2), &care.OutOfNetwork.Evaluations
	case ConciergeTherapy:
		o.Visits, o.Minutes = care.Concierge.Visits, care.Concierge.Minutes
		o.ReimbursementDays = care.OutOfNetwork.ReimbursementDays
		perWeek, ev = visitsPerWeek(care.Concierge.VisitsPerWeek, 1), &care.Concierge.Evaluations
	}
	if o.Visits < 0 {
		o.Visits = 0
	}

	r := optionRun{s: s, o: o, keep: keep, acct: account{a: &s.Account}}
	r.y = beginYear(s, id, &s.Plan, 1)
	// Any plan year's claims make the option one that files them: no plan
	// now and a plan after the reset, or the reverse (docs/cost-rules.md,
	// "No plan on one side of the reset").
	o.FilesClaims = r.y.files

	// Dates (docs/cost-rules.md, "Dated visits and the plan-year reset").
	var startDay int64
	var nextStart Date
	delay := max(0, min(care.OutOfNetwork.ReimbursementDays, maxReimbursementDays))
	if r.dated = care.StartDate.Valid() && care.StartDate.Year > 1; r.dated {
		startDay = care.StartDate.days()
		r.yearNo, r.yearStart = 1, s.Plan.YearStart.In(care.StartDate.Year)
		if care.StartDate.Before(r.yearStart) {
			r.yearStart = s.Plan.YearStart.In(care.StartDate.Year - 1)
		}
		nextStart = s.Plan.YearStart.In(r.yearStart.Year + 1)
		if keep != nil {
			r.firstYear = len(keep.years)
		}
	}
	var renewed Plan // the plan of plan years 2 and later, made at the first reset

	if lines != nil {
		o.Ledger = lines[:o.Visits:o.Visits]
	}
	var scratch Line
	for k := 1; k <= o.Visits; k++ {
		line := &scratch
		if o.Ledger != nil {
			line = &o.Ledger[k-1]
		}
		*line = Line{Visit: k}
		t := &line.Totals
		note := &line.Note
		if r.dated {
			line.Date = dateOfDays(startDay + int64(visitDay(k, perWeek)))
			for !line.Date.Before(nextStart) {
				r.closeYear()
				if r.yearNo == 1 {
					renewed = renewal(s)
					o.ResetAtVisit = Cap(k)
				} else {
					renew(&renewed)
				}
				r.yearNo++
				r.yearStart, nextStart = nextStart, s.Plan.YearStart.In(nextStart.Year+1)
				r.graceEnd = r.yearStart.AddMonths(2).AddDays(15)
				r.y = beginYear(s, id, &renewed, k)
				o.FilesClaims = o.FilesClaims || r.y.files
				note.Rules |= RuleNewPlanYear
			}
			line.PlanYear = r.yearNo
		}
		y := &r.y
		plan := y.plan
		y.visits++
		withinLimit := !plan.VisitLimit.Set || plan.VisitsUsed+y.visits <= plan.VisitLimit.Value
		maxLeft := !y.therapyLeft.Set || y.therapyLeft.Value > 0
		primaryCovers := y.files && withinLimit && maxLeft
		if y.files && !withinLimit {
			note.Rules |= RulePastVisitLimit
		} else if y.files && !maxLeft {
			note.Rules |= RuleTherapyMax
		}
		line.Kind = ev.kindOf(k)
		switch line.Kind {
		case Evaluation:
			note.Rules |= RuleEvaluation
		case ReEvaluation:
			note.Rules |= RuleReEvaluation
		}
		evPrice := ev.price(line.Kind)
		var owedAfterPrimary Cents // billed − write_off − plan_paid, for indemnity
		var excess Cents
		switch id {
		case InNetworkClinic:
			charge, allowed, selfPay := care.InNetwork.Charge, care.InNetwork.Allowed, care.InNetwork.SelfPay
			if evPrice != nil {
				charge, allowed, selfPay = evPrice.Price, evPrice.Allowed, evPrice.SelfPay
			}
			allowed = min(allowed, charge)
			switch {
			case primaryCovers:
				t.Billed = charge
				t.WriteOff = t.Billed - allowed
				share := y.acc.share(allowed, k, note)
				t.PlanPaid = y.payPlan(allowed-share, note)
				t.SupplementalPaid, excess = y.supp.secondaryPays(claim{share: share, recognised: allowed, price: charge,
					planPaid: t.PlanPaid, owed: allowed - t.PlanPaid})
				line.Covered = true
			case y.files && !withinLimit: // past the limit: perhaps an extra-visits policy
				if pays, ok := y.supp.extraVisit(allowed); ok {
					t.Billed = charge
					t.WriteOff = t.Billed - allowed
					t.SupplementalPaid = pays
					note.Rules |= RuleExtraVisits
					line.Covered = true
					break
				}
				t.Billed = selfPay
			case y.files: // the dollar maximum on therapy is used up
				t.Billed = selfPay
			default:
				t.Billed = selfPay
				note.Rules |= RuleNoCoverage
			}
			owedAfterPrimary = t.Billed - t.WriteOff - t.PlanPaid
			// The plan and the policies pay the clinic; the patient pays the rest at the visit.
			t.PatientPaidUpfront = owedAfterPrimary - t.SupplementalPaid
		case OutOfNetworkCash, ConciergeTherapy:
			price := care.OutOfNetwork.CashRate
			if id == ConciergeTherapy {
				price = care.Concierge.Fee
			}
			if evPrice != nil {
				price = evPrice.Price
			}
			t.Billed = price
			if id == ConciergeTherapy {
				t.Billed += care.Concierge.TravelFee
				if care.Concierge.TravelFee > 0 {
					note.Rules |= RuleTravelFee
				}
				if !care.Concierge.Superbill {
					note.Rules |= RuleNoSuperbill
				}
			}
			if !y.oonBenefits {
				note.Rules |= RuleNoCoverage
			}
			allowed := plan.OutOfNetwork.Allowed
			if line.Kind == Evaluation && plan.OutOfNetwork.EvaluationAllowed.Set {
				allowed = plan.OutOfNetwork.EvaluationAllowed.Value
			} else if line.Kind == ReEvaluation && plan.OutOfNetwork.ReEvaluationAllowed.Set {
				allowed = plan.OutOfNetwork.ReEvaluationAllowed.Value
			}
			recognised := min(price, allowed)
			if y.files && price > recognised {
				note.Rules |= RuleBalanceBilled
				note.BalanceBilled = price - recognised
			}
			switch {
			case primaryCovers:
				share := y.acc.share(recognised, k, note)
				t.PlanPaid = y.payPlan(recognised-share, note)
				if y.suppOON {
					t.SupplementalPaid, excess = y.supp.secondaryPays(claim{share: share, recognised: recognised, price: price,
						planPaid: t.PlanPaid, owed: price - t.PlanPaid, balance: true})
				}
				line.Covered = true
			case y.files && !withinLimit && y.suppOON:
				if pays, ok := y.supp.extraVisit(recognised); ok {
					t.SupplementalPaid = pays
					note.Rules |= RuleExtraVisits
					line.Covered = true
				}
			}
			if id == OutOfNetworkCash && y.files {
				// A claim is filed on every visit, past the limit too.
				t.Fees = care.OutOfNetwork.ServiceFeePerClaim + Pct(t.PlanPaid, care.OutOfNetwork.ServiceFeePercent)
				if t.Fees > 0 {
					note.Rules |= RuleServiceFee
				}
			}
			owedAfterPrimary = t.Billed - t.PlanPaid
			t.PatientPaidUpfront = t.Billed + t.Fees
		}
		if pay := y.supp.indemnityPays(owedAfterPrimary); pay > 0 {
			t.SupplementalPaid += pay
			note.Rules |= RuleIndemnityPaid
		}
		if s.Supplemental.Kind == Secondary && t.SupplementalPaid > 0 {
			note.Rules |= RuleSecondaryPaid
		}
		if excess > 0 {
			note.Rules |= RuleExcessCharges
		}
		t.OutOfPocket = t.Billed + t.Fees - t.WriteOff - t.PlanPaid - t.SupplementalPaid
		t.Reimbursed = t.PatientPaidUpfront - t.OutOfPocket
		if !line.Covered {
			o.UncoveredVisits++
		}
		// The first visit the plan does not cover, even when a rider covers it.
		if !primaryCovers && !o.FirstUncoveredVisit.Set {
			o.FirstUncoveredVisit = Cap(k)
		}
		if y.files {
			line.DeductibleRemaining = Cap(y.acc.deductibleLeft)
			line.OOPRemaining = y.acc.oopLeft
		}
		if r.dated && t.Reimbursed > 0 {
			line.MoneyBackOn = line.Date.AddDays(delay)
		}
		o.Totals.add(t)
		if r.yearNo > 1 && s.Account.FSARule == FSAGrace && line.Date.Before(r.graceEnd) {
			r.grace += t.OutOfPocket - t.Fees
		}
	}
	r.closeYear()

	if s.Supplemental.Kind != NoSupplemental && s.Supplemental.Kind != "" {
		o.Premiums = s.Supplemental.PremiumMonthly * 12
	}
	o.NetCost = o.OutOfPocket + o.Premiums - o.TaxSavings
	if o.Visits > 0 {
		o.PerVisit = Cents(divRoundHalfUp(int64(o.NetCost), int64(o.Visits)))
		if o.Minutes > 0 {
			o.PerHour = Cents(divRoundHalfUp(int64(o.NetCost)*60, int64(o.Visits)*int64(o.Minutes)))
		}
	}
	if r.dated && keep != nil {
		if n := len(keep.years); n > r.firstYear {
			o.PlanYears = keep.years[r.firstYear:n:n]
		}
		if len(o.Ledger) > 0 {
			moneyByMonth(o, keep)
			peakCash(o)
		}
	}
}

// monthIndex numbers calendar months: consecutive months, consecutive numbers.
func monthIndex(d Date) int { return d.Year*12 + d.Month - 1 }

// moneyByMonth fills o.Months from its dated ledger, every month from the
// first visit's to the last in which money moves, in keep's storage.
func moneyByMonth(o *Option, keep *Result) {
	first := monthIndex(o.Ledger[0].Date)
	last := first
	for k := range o.Ledger {
		l := &o.Ledger[k]
		last = max(last, monthIndex(l.Date))
		if !l.MoneyBackOn.IsZero() {
			last = max(last, monthIndex(l.MoneyBackOn))
		}
	}
	n, start := last-first+1, len(keep.months)
	keep.months = slices.Grow(keep.months, n)[:start+n]
	months := keep.months[start : start+n : start+n]
	for i := range months {
		m := first + i
		months[i] = MonthFlow{Year: m / 12, Month: m%12 + 1}
	}
	for k := range o.Ledger {
		l := &o.Ledger[k]
		months[monthIndex(l.Date)-first].Out += l.PatientPaidUpfront
		if !l.MoneyBackOn.IsZero() {
			months[monthIndex(l.MoneyBackOn)-first].Back += l.Reimbursed
		}
	}
	o.Months = months
}

// peakCash finds the most the patient has paid out and not yet got back:
// payments and money back in date order, a day's payments before its money
// back (docs/cost-rules.md, "When money moves"). Both are in date order already:
// visits by number, money back a fixed delay after them.
func peakCash(o *Option) {
	var running Cents
	lines := o.Ledger
	j := 0 // the next line whose money back is still to come
	for i := range lines {
		for ; j < len(lines) && (lines[j].MoneyBackOn.IsZero() || lines[j].MoneyBackOn.Before(lines[i].Date)); j++ {
			if !lines[j].MoneyBackOn.IsZero() {
				running -= lines[j].Reimbursed
			}
		}
		running += lines[i].PatientPaidUpfront
		if running > o.PeakCashOutstanding {
			o.PeakCashOutstanding, o.PeakCashOn = running, lines[i].Date
		}
	}
}
