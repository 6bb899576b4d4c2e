package calc

// The engine as it was before issue 12 (real episodes), frozen: the oracle
// for "a scenario without the new fields estimates exactly as before"
// (TestPropertyUndatedEqualsLegacy). Do not change it to follow the engine.

// Estimate computes the year of each care option for s, as docs/cost-rules.md
// specifies. It never panics and does no I/O.
func legacyEstimate(s Scenario) Result {
	var r Result
	legacyEstimateInto(&r, s)
	return r
}

// legacyEstimateInto is Estimate writing into r, reusing the storage of r's
// ledgers when it is large enough: the dashboard recomputes on every key
// and need not make garbage each time. Nothing of r's previous result may
// be in use elsewhere.
func legacyEstimateInto(r *Result, s Scenario) {
	need := max(0, s.Care.Visits) + max(0, s.Care.OutOfNetwork.Visits) + max(0, s.Care.Concierge.Visits)
	lines := r.lines[:0]
	if cap(lines) < need {
		lines = make([]Line, 0, need)
	}
	lines = lines[:need]
	warnings := r.Warnings[:0]
	*r = Result{
		Name:         s.Name,
		PlanPremiums: s.Plan.PremiumMonthly * 12,
		Warnings:     legacyScenarioWarnings(warnings, &s),
		lines:        lines,
	}
	bare := s
	bare.Supplemental = Supplemental{Kind: NoSupplemental}
	hasPolicy := s.Supplemental.Kind != NoSupplemental && s.Supplemental.Kind != ""
	for i, id := range OptionIDs {
		o := &r.Options[i]
		legacyEstimateOption(&s, id, o, lines)
		lines = lines[len(o.Ledger):]
		o.WithoutSupplementalNetCost = o.NetCost
		if hasPolicy {
			var without Option
			legacyEstimateOption(&bare, id, &without, nil)
			o.WithoutSupplementalNetCost = without.NetCost
		}
		if s.Plan.Type == Medicare && id == ConciergeTherapy {
			o.Warnings = append(o.Warnings, Warning{Code: WarnMedicareNoOptOut, Plan: Medicare, Option: id})
		}
	}
	r.Cheapest = r.Options[0].ID
	best := r.Options[0].NetCost
	for _, o := range r.Options[1:] {
		if o.NetCost < best { // strictly lower: a tie keeps the earlier option
			best, r.Cheapest = o.NetCost, o.ID
		}
	}
}

func legacyScenarioWarnings(w []Warning, s *Scenario) []Warning {
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

// legacyAccumulators is where one network's cost sharing stands.
type legacyAccumulators struct {
	sharing         *CostSharing
	deductibleLeft  Cents
	oopLeft         Limit[Cents]
	deductibleMetAt OptionalVisit
	oopMetAt        OptionalVisit
}

func legacyNewAccumulators(cs *CostSharing, deductibleLeft Cents) legacyAccumulators {
	a := legacyAccumulators{sharing: cs, deductibleLeft: max(0, deductibleLeft)}
	if cs.OOPMax.Set {
		a.oopLeft = Cap(max(0, cs.OOPMax.Value-cs.OOPSpent))
		if a.oopLeft.Value == 0 {
			a.oopMetAt = Cap(0)
		}
	}
	if a.deductibleLeft == 0 {
		a.deductibleMetAt = Cap(0)
	}
	return a
}

// share applies steps 1–5 of option 1 to an amount the plan recognises and
// returns the patient's share, recording which rules applied.
func (a *legacyAccumulators) share(amount Cents, visit int, note *Note) Cents {
	cs := a.sharing
	var dedPart Cents
	if cs.DeductibleApplies {
		dedPart = min(amount, a.deductibleLeft)
	}
	rest := amount - dedPart
	var after Cents
	if cs.Copay > 0 {
		after = min(cs.Copay, rest)
		if after > 0 {
			note.Rules |= RuleCopay
			note.Copay = after
		}
	} else {
		after = Pct(rest, cs.Coinsurance)
		if rest > 0 && cs.Coinsurance > 0 {
			note.Rules |= RuleCoinsurance
			note.Coinsurance = cs.Coinsurance
		}
	}
	share := dedPart + after
	if a.oopLeft.Set && share > a.oopLeft.Value {
		// The cap cuts `after` first, then the deductible part.
		cut := share - a.oopLeft.Value
		fromAfter := min(cut, after)
		after -= fromAfter
		dedPart -= cut - fromAfter
		share = a.oopLeft.Value
		note.Rules |= RuleOOPMaxReached
		if after == 0 {
			note.Rules &^= RuleCopay | RuleCoinsurance
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
		a.oopLeft.Value -= share
		if a.oopLeft.Value == 0 && !a.oopMetAt.Set {
			a.oopMetAt = Cap(visit)
		}
	}
	return share
}

// legacySupplementalState is where the supplemental policy stands in one option.
type legacySupplementalState struct {
	policy                  *Supplemental
	extraVisitsUsed         int
	indemnityVisits         int
	paidTowardsMax          Cents // indemnity and secondary annual maximum
	secondaryDeductibleLeft Cents
}

// underAnnualMax caps a payment by what is left of the annual maximum.
func (p *legacySupplementalState) underAnnualMax(pay Cents) Cents {
	if p.policy.AnnualMax.Set {
		pay = min(pay, max(0, p.policy.AnnualMax.Value-p.paidTowardsMax))
	}
	p.paidTowardsMax += pay
	return pay
}

// extraVisit reports whether an extra-visits policy covers a visit past the
// plan's limit, and if so what it pays of the recognised amount.
func (p *legacySupplementalState) extraVisit(recognised Cents) (pays Cents, covers bool) {
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

// secondaryPays is what a secondary policy pays of the primary's share.
func (p *legacySupplementalState) secondaryPays(share Cents) Cents {
	if p.policy.Kind != Secondary {
		return 0
	}
	d := min(share, p.secondaryDeductibleLeft)
	p.secondaryDeductibleLeft -= d
	rest := share - d
	return p.underAnnualMax(rest - Pct(rest, p.policy.Coinsurance))
}

// indemnityPays is what an indemnity policy pays on a visit on which the
// patient still owes `owed` after the primary plan.
func (p *legacySupplementalState) indemnityPays(owed Cents) Cents {
	pol := p.policy
	if pol.Kind != Indemnity || (pol.MaxVisits.Set && p.indemnityVisits >= pol.MaxVisits.Value) {
		return 0
	}
	pay := p.underAnnualMax(min(pol.PerVisit, max(0, owed)))
	if pay > 0 {
		p.indemnityVisits++
	}
	return pay
}

// legacyEstimateOption fills o with option id's year, writing its ledger into the
// front of lines; with lines nil it keeps no ledger (the without-supplemental
// pass needs only the totals).
func legacyEstimateOption(s *Scenario, id OptionID, o *Option, lines []Line) {
	plan := &s.Plan
	care := &s.Care
	insured := plan.Type != NoPlan
	outOfNetworkBenefits := insured && plan.OutOfNetwork.Covered

	o.ID = id
	switch id {
	case InNetworkClinic:
		o.Visits, o.Minutes = care.Visits, care.InNetwork.Minutes
		o.FilesClaims = insured
	case OutOfNetworkCash:
		o.Visits, o.Minutes = care.OutOfNetwork.Visits, care.OutOfNetwork.Minutes
		o.FilesClaims = outOfNetworkBenefits
		o.ReimbursementDays = care.OutOfNetwork.ReimbursementDays
	case ConciergeTherapy:
		o.Visits, o.Minutes = care.Concierge.Visits, care.Concierge.Minutes
		o.FilesClaims = outOfNetworkBenefits && care.Concierge.Superbill
		o.ReimbursementDays = care.OutOfNetwork.ReimbursementDays
	}
	if o.Visits < 0 {
		o.Visits = 0
	}

	// Deductibles start where both networks' claims left them when they
	// cross-accumulate (docs/cost-rules.md, option 2).
	in, oon := &plan.InNetwork, &plan.OutOfNetwork.CostSharing
	inLeft := in.Deductible - in.DeductibleMet
	oonLeft := oon.Deductible - oon.DeductibleMet
	if outOfNetworkBenefits && plan.OutOfNetwork.SharesDeductible {
		inLeft -= oon.DeductibleMet
		oonLeft -= in.DeductibleMet
	}
	var acc legacyAccumulators
	if id == InNetworkClinic {
		acc = legacyNewAccumulators(in, inLeft)
	} else {
		acc = legacyNewAccumulators(oon, oonLeft)
	}
	supp := legacySupplementalState{policy: &s.Supplemental, secondaryDeductibleLeft: s.Supplemental.Deductible}
	suppOutOfNetwork := outOfNetworkBenefits && s.Supplemental.CoversOutOfNetwork

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
		withinLimit := !plan.VisitLimit.Set || plan.VisitsUsed+k <= plan.VisitLimit.Value
		primaryCovers := o.FilesClaims && withinLimit
		if o.FilesClaims && !withinLimit {
			note.Rules |= RulePastVisitLimit
		}
		var owedAfterPrimary Cents // billed − write_off − plan_paid, for indemnity
		switch id {
		case InNetworkClinic:
			allowed := min(care.InNetwork.Allowed, care.InNetwork.Charge)
			switch {
			case primaryCovers:
				t.Billed = care.InNetwork.Charge
				t.WriteOff = t.Billed - allowed
				share := acc.share(allowed, k, note)
				t.PlanPaid = allowed - share
				t.SupplementalPaid = supp.secondaryPays(share)
				line.Covered = true
			case o.FilesClaims: // past the limit: perhaps an extra-visits policy
				if pays, ok := supp.extraVisit(allowed); ok {
					t.Billed = care.InNetwork.Charge
					t.WriteOff = t.Billed - allowed
					t.SupplementalPaid = pays
					note.Rules |= RuleExtraVisits
					line.Covered = true
					break
				}
				t.Billed = care.InNetwork.SelfPay
			default:
				t.Billed = care.InNetwork.SelfPay
				note.Rules |= RuleNoCoverage
			}
			owedAfterPrimary = t.Billed - t.WriteOff - t.PlanPaid
			// The plan and the policies pay the clinic; the patient pays the rest at the visit.
			t.PatientPaidUpfront = owedAfterPrimary - t.SupplementalPaid
		case OutOfNetworkCash, ConciergeTherapy:
			price := care.OutOfNetwork.CashRate
			if id == ConciergeTherapy {
				price = care.Concierge.Fee
				t.Billed = price + care.Concierge.TravelFee
				if care.Concierge.TravelFee > 0 {
					note.Rules |= RuleTravelFee
				}
				if !care.Concierge.Superbill {
					note.Rules |= RuleNoSuperbill
				}
			} else {
				t.Billed = price
			}
			if !outOfNetworkBenefits {
				note.Rules |= RuleNoCoverage
			}
			recognised := min(price, plan.OutOfNetwork.Allowed)
			if o.FilesClaims && price > recognised {
				note.Rules |= RuleBalanceBilled
				note.BalanceBilled = price - recognised
			}
			switch {
			case primaryCovers:
				share := acc.share(recognised, k, note)
				t.PlanPaid = recognised - share
				if suppOutOfNetwork {
					t.SupplementalPaid = supp.secondaryPays(share)
				}
				line.Covered = true
			case o.FilesClaims && suppOutOfNetwork:
				if pays, ok := supp.extraVisit(recognised); ok {
					t.SupplementalPaid = pays
					note.Rules |= RuleExtraVisits
					line.Covered = true
				}
			}
			if id == OutOfNetworkCash && o.FilesClaims {
				// A claim is filed on every visit, past the limit too.
				t.Fees = care.OutOfNetwork.ServiceFeePerClaim + Pct(t.PlanPaid, care.OutOfNetwork.ServiceFeePercent)
				if t.Fees > 0 {
					note.Rules |= RuleServiceFee
				}
			}
			owedAfterPrimary = t.Billed - t.PlanPaid
			t.PatientPaidUpfront = t.Billed + t.Fees
		}
		if pay := supp.indemnityPays(owedAfterPrimary); pay > 0 {
			t.SupplementalPaid += pay
			note.Rules |= RuleIndemnityPaid
		}
		if s.Supplemental.Kind == Secondary && t.SupplementalPaid > 0 {
			note.Rules |= RuleSecondaryPaid
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
		if o.FilesClaims {
			line.DeductibleRemaining = Cap(acc.deductibleLeft)
			line.OOPRemaining = acc.oopLeft
		}
		o.Totals.add(t)
	}

	if o.FilesClaims {
		o.DeductibleMetAtVisit = acc.deductibleMetAt
		o.OOPMaxMetAtVisit = acc.oopMetAt
	}
	if s.Supplemental.Kind != NoSupplemental && s.Supplemental.Kind != "" {
		o.Premiums = s.Supplemental.PremiumMonthly * 12
	}
	o.PaidFromAccount, o.TaxSavings = legacyTaxSavings(s, &o.Totals)
	o.NetCost = o.OutOfPocket + o.Premiums - o.TaxSavings
	if o.Visits > 0 {
		o.PerVisit = Cents(divRoundHalfUp(int64(o.NetCost), int64(o.Visits)))
		if o.Minutes > 0 {
			o.PerHour = Cents(divRoundHalfUp(int64(o.NetCost)*60, int64(o.Visits)*int64(o.Minutes)))
		}
	}
}

// taxSavings is what the HSA or FSA pays and the tax that saves, taken once
// on the option's yearly totals.
func legacyTaxSavings(s *Scenario, t *Totals) (paid, saved Cents) {
	a := &s.Account
	if a.Kind != HSA && a.Kind != FSA {
		return 0, 0
	}
	qualified := t.OutOfPocket - t.Fees // balance billing and travel fee included
	if s.Care.Service == Massage && !s.Care.MedicalNecessityLetter {
		qualified = 0
	}
	paid = max(0, min(qualified, a.Balance))
	return paid, Pct(paid, a.TaxRate)
}
