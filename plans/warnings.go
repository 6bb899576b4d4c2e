package plans

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
)

// Warnings computed from the year's reference figures (docs/scenario-format.md,
// "Warnings"). Each carries the numbers it compares and the year of the
// figure used (Year), and AskedYear when that figure fell back from the year
// asked; WarningText turns it into a sentence.
const (
	// WarnHDHPDeductibleBelowMinimum: an hdhp whose in-network deductible
	// (Amount) is below the IRS minimum (Limit) for its coverage tier.
	WarnHDHPDeductibleBelowMinimum calc.WarningCode = "hdhp_deductible_below_minimum"
	// WarnOOPMaxAboveACA: an in-network maximum (Amount) above the ACA limit
	// (Limit) for the tier; ppo, hmo, epo and pos plans.
	WarnOOPMaxAboveACA calc.WarningCode = "oop_max_above_aca_limit"
	// WarnOOPMaxAboveHDHP: an hdhp's in-network maximum (Amount) above the
	// IRS maximum for an HSA-qualified plan (Limit).
	WarnOOPMaxAboveHDHP calc.WarningCode = "oop_max_above_hdhp_limit"
	// WarnFSAAboveLimit: an FSA balance (Amount) above the salary-reduction
	// limit (Limit).
	WarnFSAAboveLimit calc.WarningCode = "fsa_above_salary_reduction_limit"
	// WarnFSAForfeiture: what this therapy leaves unspent of the FSA under the
	// option that spends most of it (Amount) is more than the carryover limit
	// (Limit); Amount − Limit would be forfeited.
	WarnFSAForfeiture calc.WarningCode = "fsa_forfeiture"
	// WarnHSANotQualified: an HSA (balance in Amount) beside a plan that is
	// not HSA-qualified (Plan).
	WarnHSANotQualified calc.WarningCode = "hsa_plan_not_qualified"
	// WarnEmployerHSAAboveLimit: the employer's HSA contribution (Amount)
	// alone is above the year's HSA contribution limit (Limit) for the
	// plan's coverage tier, which counts it with the patient's own.
	WarnEmployerHSAAboveLimit calc.WarningCode = "employer_hsa_contribution_above_limit"
	// WarnEmployerHSANotQualified: an employer's HSA contribution (Amount)
	// beside a plan that is not HSA-qualified (Plan): it cannot be made, yet
	// the figures count it as typed.
	WarnEmployerHSANotQualified calc.WarningCode = "employer_hsa_contribution_not_qualified"
	// WarnHDHPTherapyBeforeDeductible: an hdhp whose in-network therapy
	// skips the deductible (deductible_applies false) with a copay or
	// coinsurance that leaves the plan paying part of a visit (Amount, the
	// plan's share of the first visit's allowed amount) before the
	// deductible is met. An HSA-qualified plan may pay nothing but
	// preventive care before then, and therapy is not preventive care.
	WarnHDHPTherapyBeforeDeductible calc.WarningCode = "hdhp_therapy_before_deductible"
	// WarnKXThresholdPTSpeech, WarnKXThresholdOT: Original Medicare; the
	// Medicare-allowed amounts of the year pass the KX threshold (Limit) at
	// in-network visit Visit (0: the Count visits already used passed it),
	// with Amount allowed by then.
	WarnKXThresholdPTSpeech calc.WarningCode = "medicare_kx_threshold_pt_slp"
	WarnKXThresholdOT       calc.WarningCode = "medicare_kx_threshold_ot"
	// WarnMedicalReviewPTSpeech, WarnMedicalReviewOT: likewise for the
	// targeted medical review threshold.
	WarnMedicalReviewPTSpeech calc.WarningCode = "medicare_medical_review_pt_slp"
	WarnMedicalReviewOT       calc.WarningCode = "medicare_medical_review_ot"
	// WarnFSAForfeitedAtReset, WarnFSAForfeitedBeyondCarryover,
	// WarnFSAForfeitedAfterGrace: a dated therapy goes on past the end of
	// plan year PlanYear, and the FSA money that year leaves unspent
	// (Limit) is partly lost (Amount): all of it without a carryover or
	// grace period, what is beyond the carryover, what the grace period's
	// visits do not use. Option is the option that loses least of that
	// year's money, Visit its first visit of the next plan year.
	WarnFSAForfeitedAtReset         calc.WarningCode = "fsa_forfeited_at_reset"
	WarnFSAForfeitedBeyondCarryover calc.WarningCode = "fsa_forfeited_beyond_carryover"
	WarnFSAForfeitedAfterGrace      calc.WarningCode = "fsa_forfeited_after_grace"
	// WarnFSALeftAfterTherapy, WarnFSALeftAfterGrace: a dated therapy
	// crosses a plan year's start, and the option that loses least of plan
	// year PlanYear's FSA money ends its therapy in that plan year, leaving
	// Limit unspent, of which Amount is lost when the year ends (all of it
	// without a rule, what is beyond the carryover) or when the next plan
	// year's grace period ends (all of it: other care then may use it).
	WarnFSALeftAfterTherapy calc.WarningCode = "fsa_left_after_therapy"
	WarnFSALeftAfterGrace   calc.WarningCode = "fsa_left_after_grace"
	// WarnYearNotFirstPlanYear: the scenario's year (Count) is not the year
	// in which the plan year of its first visit begins (Year): the federal
	// figures are the written year's, as the file says, not the dates'.
	WarnYearNotFirstPlanYear calc.WarningCode = "year_not_first_plan_year"
)

// stamp records which year's figure a warning used.
func stamp(w calc.Warning, v FigureValue) calc.Warning {
	w.Year = v.Year
	if v.FellBack() {
		w.AskedYear = v.Asked
	}
	return w
}

// mustFigure returns a figure that the table is known to carry.
func mustFigure(name FigureName, year int) FigureValue {
	v, ok := Figure(name, year)
	if !ok {
		panic("plans: figure table lacks " + string(name)) // a programming error; tests cover every name used
	}
	return v
}

// HSAQualified reports whether the plan is an HSA-qualified high-deductible
// plan for the year's figures: type hdhp, an in-network deductible at least
// the IRS minimum and an in-network maximum at most the IRS maximum for its
// coverage tier.
func HSAQualified(p calc.Plan, year int) bool {
	if p.Type != calc.HDHP || !p.InNetwork.OOPMax.Set {
		return false
	}
	minDed := mustFigure(ForCoverage(HDHPMinDeductibleSelf, HDHPMinDeductibleFamily, p.Coverage), year)
	maxOOP := mustFigure(ForCoverage(HDHPOOPMaxSelf, HDHPOOPMaxFamily, p.Coverage), year)
	return p.InNetwork.Deductible >= minDed.Amount() && p.InNetwork.OOPMax.Value <= maxOOP.Amount()
}

// FigureWarnings computes every warning that needs the year's reference
// figures, for the plan's coverage tier. r is s's estimate (nil: it is
// computed); only the FSA forfeiture warning reads it.
func FigureWarnings(s calc.Scenario, r *calc.Result) []calc.Warning {
	ws := UnusualWarnings(s) // first: a figure to check before trusting the rest
	// estimated is r, or s estimated once when a warning needs it and the
	// caller gave none
	estimated := func() *calc.Result {
		if r == nil {
			est := calc.Estimate(s)
			r = &est
		}
		return r
	}
	year := PlanYear(s)
	if s.Year != 0 && s.Care.StartDate.Valid() {
		if begins := FirstPlanYearBegins(s.Care.StartDate, s.Plan.YearStart); begins != s.Year {
			ws = append(ws, calc.Warning{Code: WarnYearNotFirstPlanYear, Count: s.Year, Year: begins})
		}
	}
	p := s.Plan
	tier := p.Coverage

	// A dated episode that reaches plan year 2 (any option's visits) holds
	// its next_year plan, and an FSA's next election, to that plan year's
	// figures too (docs/cost-rules.md, "The next plan year's plan and the
	// federal limits"). Plan year 1's warnings name their plan year only
	// when a next_year plan is in play, so that a scenario without one
	// warns as before.
	reaches := false
	if s.Care.StartDate.Valid() && (s.NextYear.Set || s.Account.Kind == calc.FSA) {
		reaches = reachesPlanYear2(estimated())
	}
	checkNext := reaches && s.NextYear.Set
	firstPY := 0
	if checkNext {
		firstPY = 1
	}
	next := s.NextYear.Plan

	ws = append(ws, planLimitWarnings(p, year, firstPY)...)
	if p.Type == calc.HDHP {
		if paid := planShareBeforeDeductible(s); paid > 0 {
			ws = append(ws, calc.Warning{Code: WarnHDHPTherapyBeforeDeductible, Plan: p.Type, Amount: paid})
		}
	}
	if checkNext {
		ws = append(ws, planLimitWarnings(next, year+1, 2)...)
	}

	switch s.Account.Kind {
	case calc.HSA:
		if !HSAQualified(p, year) {
			ws = append(ws, hsaNotQualified(p, year, firstPY, s.Account.Balance))
			if e := s.Account.EmployerContribution; e > 0 {
				ws = append(ws, calc.Warning{Code: WarnEmployerHSANotQualified, Plan: p.Type, Amount: e})
			}
		}
		if checkNext && !HSAQualified(next, year+1) {
			// the balance carries over; the employer's deposit is plan
			// year 1's alone, so it is not warned of again
			ws = append(ws, hsaNotQualified(next, year+1, 2, s.Account.Balance))
		}
		limit := mustFigure(ForCoverage(HSALimitSelf, HSALimitFamily, tier), year)
		if e := s.Account.EmployerContribution; e > limit.Amount() {
			ws = append(ws, stamp(calc.Warning{Code: WarnEmployerHSAAboveLimit, Amount: e, Limit: limit.Amount()}, limit))
		}
	case calc.FSA:
		limit := mustFigure(FSASalaryReductionLimit, year)
		if s.Account.Balance > limit.Amount() {
			ws = append(ws, stamp(calc.Warning{Code: WarnFSAAboveLimit,
				Amount: s.Account.Balance, Limit: limit.Amount(), PlanYear: firstPY}, limit))
		}
		if reaches {
			// the next election is the account's, not the plan's: checked
			// with or without a next_year plan
			limit := mustFigure(FSASalaryReductionLimit, year+1)
			if s.Account.NextBalance > limit.Amount() {
				ws = append(ws, stamp(calc.Warning{Code: WarnFSAAboveLimit,
					Amount: s.Account.NextBalance, Limit: limit.Amount(), PlanYear: 2}, limit))
			}
		}
		if lost, ok := fsaForfeitures(s, estimated()); ok {
			// a plan year ends during the therapy: what each year's end
			// takes
			ws = append(ws, lost...)
			break
		}
		var spent calc.Cents // the most any option pays from the account
		for _, o := range estimated().Options {
			spent = max(spent, o.PaidFromAccount)
		}
		carry := mustFigure(FSACarryover, year)
		if unspent := s.Account.Balance - spent; unspent > carry.Amount() {
			ws = append(ws, stamp(calc.Warning{Code: WarnFSAForfeiture,
				Amount: unspent, Limit: carry.Amount()}, carry))
		}
	}

	// Original Medicare this plan year, or from the next one on (a patient
	// who turns 65 during the therapy)
	if nextMedicare := s.NextYear.Set && s.NextYear.Plan.Type == calc.Medicare; p.Type == calc.Medicare || nextMedicare {
		kx, review := KXThresholdPTSpeech, MedicalReviewThreshold
		kxCode, reviewCode := WarnKXThresholdPTSpeech, WarnMedicalReviewPTSpeech
		switch s.Care.Service {
		case calc.PhysicalTherapy, calc.SpeechTherapy:
		case calc.OccupationalTherapy:
			kx, kxCode, reviewCode = KXThresholdOT, WarnKXThresholdOT, WarnMedicalReviewOT
		default:
			return ws // the therapy thresholds do not apply to chiropractic or massage
		}
		in := estimated().Option(calc.InNetworkClinic)
		for _, t := range []struct {
			code calc.WarningCode
			name FigureName
		}{{kxCode, kx}, {reviewCode, review}} {
			ws = append(ws, thresholdsByPlanYear(s, in, t.code, t.name)...)
		}
	}
	return ws
}

// planLimitWarnings checks a plan against the federal limits of year for
// its coverage tier: an HDHP's deductible and maximum against the IRS
// figures for an HSA-qualified plan, a PPO's, HMO's, EPO's or POS plan's
// maximum against the ACA limit. planYear is the plan year the warnings
// name (0: none).
func planLimitWarnings(p calc.Plan, year, planYear int) []calc.Warning {
	var ws []calc.Warning
	tier, oop := p.Coverage, p.InNetwork.OOPMax
	switch p.Type {
	case calc.HDHP:
		minDed := mustFigure(ForCoverage(HDHPMinDeductibleSelf, HDHPMinDeductibleFamily, tier), year)
		if p.InNetwork.Deductible < minDed.Amount() {
			ws = append(ws, stamp(calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: p.Type,
				Amount: p.InNetwork.Deductible, Limit: minDed.Amount(), PlanYear: planYear}, minDed))
		}
		maxOOP := mustFigure(ForCoverage(HDHPOOPMaxSelf, HDHPOOPMaxFamily, tier), year)
		if oop.Set && oop.Value > maxOOP.Amount() {
			ws = append(ws, stamp(calc.Warning{Code: WarnOOPMaxAboveHDHP, Plan: p.Type,
				Amount: oop.Value, Limit: maxOOP.Amount(), PlanYear: planYear}, maxOOP))
		}
	case calc.PPO, calc.HMO, calc.EPO, calc.POS:
		// Medicare, Medicare Advantage, workers' comp and auto PIP are not
		// under the ACA's cost-sharing limit; a plan of none has no maximum.
		aca := mustFigure(ForCoverage(ACAOOPMaxSelf, ACAOOPMaxFamily, tier), year)
		if oop.Set && oop.Value > aca.Amount() {
			ws = append(ws, stamp(calc.Warning{Code: WarnOOPMaxAboveACA, Plan: p.Type,
				Amount: oop.Value, Limit: aca.Amount(), PlanYear: planYear}, aca))
		}
	}
	return ws
}

// hsaNotQualified is the warning of an HSA (balance) beside plan p, which
// is not HSA-qualified for year's figures, in plan year planYear (0: none
// named).
func hsaNotQualified(p calc.Plan, year, planYear int, balance calc.Cents) calc.Warning {
	v := mustFigure(ForCoverage(HDHPMinDeductibleSelf, HDHPMinDeductibleFamily, p.Coverage), year)
	return stamp(calc.Warning{Code: WarnHSANotQualified, Plan: p.Type, Amount: balance, PlanYear: planYear}, v)
}

// reachesPlanYear2 reports whether some option of a dated estimate has a
// visit in plan year 2.
func reachesPlanYear2(r *calc.Result) bool {
	for _, o := range r.Options {
		if len(o.PlanYears) > 1 {
			return true
		}
	}
	return false
}

// fsaForfeitures are what the end of each plan year of a dated therapy
// takes of an FSA, once any option's therapy goes on past plan year 1 (ok
// false when none does: the one-year warning speaks then). For each plan
// year, every option in therapy that year loses part of the year's money:
// one still in therapy after the year's end what calc.PlanYear.Forfeited
// says, one whose therapy ends in it what the FSA's rule leaves of its
// unspent money (beyond the carryover; all of it otherwise, unless other
// care uses it). One warning a plan year names the option that loses
// least, when even it loses something.
func fsaForfeitures(s calc.Scenario, r *calc.Result) (ws []calc.Warning, ok bool) {
	years := 0
	for _, o := range r.Options {
		years = max(years, len(o.PlanYears))
	}
	if years < 2 {
		return nil, false
	}
	atReset, after := WarnFSAForfeitedAtReset, WarnFSALeftAfterTherapy
	switch s.Account.FSARule {
	case calc.FSACarryover:
		atReset = WarnFSAForfeitedBeyondCarryover
	case calc.FSAGrace:
		atReset, after = WarnFSAForfeitedAfterGrace, WarnFSALeftAfterGrace
	}
	for y := 1; y <= years; y++ {
		var w calc.Warning
		found := false
		for _, o := range r.Options {
			if len(o.PlanYears) < y {
				continue // its therapy ended in an earlier plan year
			}
			cand := calc.Warning{Option: o.ID, Limit: max(0, o.PlanYears[y-1].Unspent), PlanYear: y}
			if len(o.PlanYears) > y {
				cand.Code, cand.Amount, cand.Visit = atReset, o.PlanYears[y-1].Forfeited, o.PlanYears[y].FirstVisit
			} else {
				cand.Code, cand.Amount = after, cand.Limit
				if s.Account.FSARule == calc.FSACarryover {
					cand.Amount -= min(cand.Limit, max(0, s.Account.Carryover))
				}
			}
			if !found || cand.Amount < w.Amount {
				w, found = cand, true
			}
		}
		if found && w.Amount > 0 {
			ws = append(ws, w)
		}
	}
	return ws, true
}

// thresholdsByPlanYear finds where Medicare-allowed amounts pass a therapy
// threshold in each plan year of the in-network option (one without dates),
// docs/spec/reference-figures.md's count: it is the one path for every
// Medicare threshold, so a warning reads the same with or without dates and
// evaluations, and names its plan year only when the option has two or
// more. The threshold is counted per plan year (Medicare's is the calendar
// year's), from the visits already used that year (plan year 1's as the
// scenario says, a later one's as next_year says, normally 0), each visit
// at what Medicare allows for it (an evaluation at its own allowed amount),
// with the figure of that plan year (the scenario's year, then one more a
// plan year). A plan year under another plan type (next_year) has none.
func thresholdsByPlanYear(s calc.Scenario, in *calc.Option, code calc.WarningCode, name FigureName) []calc.Warning {
	years := in.PlanYears
	if len(years) == 0 {
		years = []calc.PlanYear{{FirstVisit: 1, Visits: in.Visits}}
	}
	treatment := min(s.Care.InNetwork.Allowed, s.Care.InNetwork.Charge)
	var out []calc.Warning
	for _, py := range years {
		plan := s.Plan
		if py.Year > 1 {
			plan = calc.Plan{Type: s.Plan.Type} // renewed from 0
			if s.NextYear.Set {
				plan = s.NextYear.Plan
			}
		}
		if plan.Type != calc.Medicare {
			continue
		}
		v := mustFigure(name, PlanYear(s)+max(0, py.Year-1))
		w := calc.Warning{Code: code, Plan: plan.Type, Option: calc.InNetworkClinic, Limit: v.Amount(), Count: plan.VisitsUsed}
		if len(in.PlanYears) > 1 {
			w.PlanYear = py.Year // named only where there is another to tell it from
		}
		total := calc.Cents(plan.VisitsUsed) * treatment
		passed := total > w.Limit
		for k := py.FirstVisit; !passed && k < py.FirstVisit+py.Visits && k <= len(in.Ledger); k++ {
			total += visitAllowed(s, in.Ledger[k-1].Kind)
			if total > w.Limit {
				w.Visit, passed = k, true
			}
		}
		if passed {
			w.Amount = total
			out = append(out, stamp(w, v))
		}
	}
	return out
}

// visitAllowed is what Medicare allows for an in-network visit of a kind:
// min(allowed, charge) of its price.
func visitAllowed(s calc.Scenario, kind calc.VisitKind) calc.Cents {
	in := s.Care.InNetwork
	switch ev := in.Evaluations; {
	case kind == calc.Evaluation && ev.First.Set:
		return min(ev.First.Allowed, ev.First.Price)
	case kind == calc.ReEvaluation && ev.Re.Set:
		return min(ev.Re.Allowed, ev.Re.Price)
	}
	return min(in.Allowed, in.Charge)
}

// planShareBeforeDeductible is what the plan pays of an in-network visit
// that skips the deductible (deductible_applies false): the amount it
// recognises, min(allowed, charge), less the copay, or less the coinsurance
// when there is no copay (as the engine shares a visit). 0 when therapy
// counts against the deductible, or the patient's share is the whole visit.
func planShareBeforeDeductible(s calc.Scenario) calc.Cents {
	cs := s.Plan.InNetwork
	if cs.DeductibleApplies {
		return 0
	}
	amount := min(s.Care.InNetwork.Allowed, s.Care.InNetwork.Charge)
	patient := calc.Pct(amount, cs.Coinsurance)
	if cs.Copay > 0 {
		patient = min(cs.Copay, amount)
	}
	return max(0, amount-patient)
}

// PlanWithArticle is the plan type's name as a sentence uses it: "a PPO",
// "an HMO", "workers' compensation" (no article for the insurance kinds).
func PlanWithArticle(t calc.PlanType) string {
	switch t {
	case calc.HMO, calc.EPO:
		return "an " + PlanTypeName(t)
	case calc.WorkersComp, calc.AutoPIP, calc.NoPlan, calc.Medicare:
		return PlanTypeName(t)
	}
	return "a " + PlanTypeName(t)
}

// PlanTypeName is a plan type in words: "PPO", "Original Medicare".
func PlanTypeName(t calc.PlanType) string {
	switch t {
	case calc.PPO:
		return "PPO"
	case calc.HMO:
		return "HMO"
	case calc.EPO:
		return "EPO"
	case calc.POS:
		return "POS plan"
	case calc.HDHP:
		return "high-deductible plan (HDHP)"
	case calc.Medicare:
		return "Original Medicare"
	case calc.MedicareAdvantage:
		return "Medicare Advantage plan"
	case calc.WorkersComp:
		return "workers' compensation"
	case calc.AutoPIP:
		return "auto insurance personal injury protection (PIP)"
	case calc.NoPlan:
		return "no health plan"
	}
	return string(t)
}

// shortPlanName is a plan type as a countable noun: "PPO", "POS plan", "HDHP".
func shortPlanName(t calc.PlanType) string {
	if t == calc.HDHP {
		return "high-deductible plan"
	}
	return PlanTypeName(t)
}

// figureNameFor is the figure a figure-based warning compares with. A
// warning that carries a tier-dependent figure names the tier by its Limit.
func figureNameFor(w calc.Warning) (FigureName, bool) {
	tier := func(self, family FigureName) FigureName {
		if v, ok := Figure(family, w.Year); ok && v.Amount() == w.Limit && w.Limit != 0 {
			return family
		}
		return self
	}
	switch w.Code {
	case WarnHDHPDeductibleBelowMinimum, WarnHSANotQualified:
		return tier(HDHPMinDeductibleSelf, HDHPMinDeductibleFamily), true
	case WarnOOPMaxAboveACA:
		return tier(ACAOOPMaxSelf, ACAOOPMaxFamily), true
	case WarnOOPMaxAboveHDHP:
		return tier(HDHPOOPMaxSelf, HDHPOOPMaxFamily), true
	case WarnFSAAboveLimit:
		return FSASalaryReductionLimit, true
	case WarnEmployerHSAAboveLimit:
		return tier(HSALimitSelf, HSALimitFamily), true
	case WarnFSAForfeiture:
		return FSACarryover, true
	case WarnKXThresholdPTSpeech:
		return KXThresholdPTSpeech, true
	case WarnKXThresholdOT:
		return KXThresholdOT, true
	case WarnMedicalReviewPTSpeech, WarnMedicalReviewOT:
		return MedicalReviewThreshold, true
	}
	return "", false
}

// tierWords is "self-only coverage" or "family coverage" for a figure name.
func tierWords(n FigureName) string {
	if strings.HasSuffix(string(n), "_family") {
		return "family coverage"
	}
	return "self-only coverage"
}

// figureCaveats is what a figure-based sentence adds about its figure: the
// year it fell back to, and that an unconfirmed figure is an assumption.
func figureCaveats(w calc.Warning, n FigureName) string {
	var b strings.Builder
	if w.AskedYear != 0 && w.AskedYear != w.Year {
		if w.AskedYear > w.Year {
			fmt.Fprintf(&b, " (%d figure not yet published; using %d.)", w.AskedYear, w.Year)
		} else {
			fmt.Fprintf(&b, " (%d figure not carried; using %d.)", w.AskedYear, w.Year)
		}
	}
	if v, ok := Figure(n, w.Year); ok && v.Unconfirmed {
		fmt.Fprintf(&b, " The %d figure is an assumption (%s): check it before relying on it.", w.Year, v.Note)
	}
	return b.String()
}

func source(n FigureName, year int) string {
	v, _ := Figure(n, year)
	return v.Source
}

// WarningText renders any warning, the engine's and the figure-based ones,
// as a sentence a patient understands, citing the figure, its year and its
// source in words. An unknown code is returned as it is.
func WarningText(w calc.Warning) string {
	n, _ := figureNameFor(w)
	caveats := figureCaveats(w, n)
	switch w.Code {
	case calc.WarnAllowedAboveCharge:
		return fmt.Sprintf("The in-network allowed amount (%s) is above the clinic's charge (%s): the plan pays on the lesser, so the estimate uses %s a visit. Check the allowed amount with the plan.",
			w.Amount, w.Limit, w.Limit)
	case calc.WarnVisitsUsedAboveLimit:
		return fmt.Sprintf("The %d therapy visits already used this year are more than the plan's limit of %d: the plan covers no further visit this year.",
			w.Count, int64(w.Limit))
	case calc.WarnOutOfNetworkOnHMO:
		return fmt.Sprintf("This %s is given out-of-network benefits: most HMOs and EPOs pay nothing out of network except in an emergency, so check the plan documents before counting on money back.",
			PlanTypeName(w.Plan))
	case calc.WarnMassageWithoutLetter:
		return "Massage without a letter of medical necessity from a doctor is not a qualified HSA or FSA expense, and plans rarely cover it: ask the doctor for a letter."
	case calc.WarnMedicareNoOptOut:
		return "Medicare: physical and occupational therapists cannot opt out of Medicare, so a Medicare-covered visit must be billed to Medicare — a cash-only concierge arrangement is available only for services Medicare does not cover, or if you refuse in writing to have the claim filed."
	case WarnNoOutOfNetworkSection:
		return fmt.Sprintf("This %s has no out_of_network section, so the estimate gives it no out-of-network benefits; most %ss pay part of out-of-network care, so add the section from the plan documents if this one does.",
			PlanTypeName(w.Plan), shortPlanName(w.Plan))
	case WarnHDHPDeductibleBelowMinimum:
		return fmt.Sprintf("The %d IRS minimum deductible for an HSA-qualified plan with %s is %s (%s); this plan's %s deductible%s means it is not HSA-qualified.%s",
			w.Year, tierWords(n), w.Limit, source(n, w.Year), w.Amount, inPlanYear(w), caveats)
	case WarnOOPMaxAboveACA:
		return fmt.Sprintf("This plan's in-network out-of-pocket maximum of %s%s is above the %d ACA limit of %s for %s (%s): a plan under the ACA cannot set it higher, so check the figure in the plan documents.%s",
			w.Amount, inPlanYear(w), w.Year, w.Limit, tierWords(n), source(n, w.Year), caveats)
	case WarnOOPMaxAboveHDHP:
		return fmt.Sprintf("This plan's in-network out-of-pocket maximum of %s%s is above the %d IRS maximum of %s for an HSA-qualified plan with %s (%s): the plan is not HSA-qualified.%s",
			w.Amount, inPlanYear(w), w.Year, w.Limit, tierWords(n), source(n, w.Year), caveats)
	case WarnHSANotQualified:
		why := fmt.Sprintf("%s is not HSA-qualified (only a high-deductible plan within the IRS limits is)", PlanWithArticle(w.Plan))
		switch w.Plan {
		case calc.HDHP:
			why = fmt.Sprintf("this plan is outside the %d IRS limits for an HSA-qualified plan (see above)", w.Year)
		case calc.Medicare, calc.MedicareAdvantage:
			why = "no one enrolled in Medicare can contribute to an HSA"
		case calc.NoPlan:
			why = "without an HSA-qualified health plan no one can contribute to an HSA"
		}
		when := "this year"
		if w.PlanYear > 0 {
			when = "that plan year"
		}
		text := fmt.Sprintf("An HSA beside this plan%s: %s, so no new contributions can be made %s; the existing %s balance can still pay for therapy tax-free.",
			inPlanYear(w), why, when, w.Amount)
		if w.Year >= 2026 && (w.Plan == calc.PPO || w.Plan == calc.HMO || w.Plan == calc.EPO || w.Plan == calc.POS) {
			text += " From 2026 exchange bronze and catastrophic plans count as HSA-compatible (IRS Notice 2026-5): if yours is one, choose plan type hdhp."
		}
		return text + caveats
	case WarnEmployerHSANotQualified:
		return fmt.Sprintf("The employer cannot pay into the HSA beside this plan either (see above): its %s contribution will not come, yet the figures count it. Take it out (account.employer_contribution), or compare the plan the HSA goes with.",
			w.Amount)
	case WarnEmployerHSAAboveLimit:
		return fmt.Sprintf("The employer's HSA contribution of %s is above the %d IRS limit of %s for %s (%s), which counts the employer's contributions and yours together (%s more from 55): check the figure with the employer.%s",
			w.Amount, w.Year, w.Limit, tierWords(n), source(n, w.Year), catchUp(w.Year), caveats)
	case WarnHDHPTherapyBeforeDeductible:
		return fmt.Sprintf("This high-deductible plan pays toward in-network therapy before the deductible is met (it pays %s of a visit: deductible_applies is false), "+
			"but an HSA-qualified plan may pay nothing before the deductible except preventive care, and therapy is not preventive care: "+
			"either therapy does count against the deductible (check the plan documents) or the plan is not HSA-qualified, and no one covered by it can contribute to an HSA.",
			w.Amount)
	case WarnFSAAboveLimit:
		what := fmt.Sprintf("The FSA balance of %s", w.Amount)
		if w.PlanYear > 0 {
			what = fmt.Sprintf("The FSA election of %s for plan year %d", w.Amount, w.PlanYear)
		}
		return fmt.Sprintf("%s is above the %d health FSA salary-reduction limit of %s (%s): an employee can put in at most that, so the rest must be a carryover or employer money.%s",
			what, w.Year, w.Limit, source(n, w.Year), caveats)
	case WarnFSAForfeitedAtReset, WarnFSAForfeitedBeyondCarryover, WarnFSAForfeitedAfterGrace:
		return forfeitedText(w)
	case WarnFSALeftAfterTherapy, WarnFSALeftAfterGrace:
		return leftAfterText(w)
	case WarnYearNotFirstPlanYear:
		return fmt.Sprintf("The scenario's year is %d, but the first visit falls in the plan year that begins in %d: the warnings compare with %d's federal figures all the same. Make the year %d, or leave it out so the first visit's date decides.",
			w.Count, w.Year, w.Count, w.Year)
	case WarnFSAForfeiture:
		return fmt.Sprintf("Even the option that uses the most of it leaves %s of the FSA unspent by this therapy, more than the %d carryover limit of %s (%s): %s would be forfeited at the end of the plan year unless other medical expenses use it.%s",
			w.Amount, w.Year, w.Limit, source(n, w.Year), w.Amount-w.Limit, caveats)
	case WarnUnusuallyHigh:
		return unusualText(w)
	case WarnKXThresholdPTSpeech, WarnKXThresholdOT:
		threshold := fmt.Sprintf("the %d KX threshold of %s (%s)", w.Year, w.Limit, source(n, w.Year))
		return thresholdWhere(w, threshold) + ": the therapist must document medical necessity from then on, adding the KX modifier to each claim. It is not a cap: Medicare keeps paying for therapy that is necessary." + caveats
	case WarnMedicalReviewPTSpeech, WarnMedicalReviewOT:
		threshold := fmt.Sprintf("the %d targeted medical review threshold of %s (%s)", w.Year, w.Limit, source(n, w.Year))
		return thresholdWhere(w, threshold) + ": Medicare may review the therapy records before paying for more." + caveats
	}
	return string(w.Code)
}

// inPlanYear names the plan year a warning is about, as the Medicare
// thresholds do: " in plan year 2"; nothing for a warning of the whole
// episode.
func inPlanYear(w calc.Warning) string {
	if w.PlanYear <= 0 {
		return ""
	}
	return " in plan year " + strconv.Itoa(w.PlanYear)
}

// forfeitedText says what the plan year's end takes of an FSA.
func forfeitedText(w calc.Warning) string {
	kept := w.Limit - w.Amount
	var why string
	switch w.Code {
	case WarnFSAForfeitedBeyondCarryover:
		why = fmt.Sprintf("%s of it carries over to the next plan year and the rest is lost", kept)
	case WarnFSAForfeitedAfterGrace:
		why = fmt.Sprintf("the next plan year's visits in the grace period use %s of it and the rest is lost when the grace period ends", kept)
	default:
		why = "the FSA has neither a carryover nor a grace period, so all of it is lost"
	}
	return fmt.Sprintf("The plan year ends during the therapy (before visit %d %s): plan year %d leaves %s of the FSA unspent, and %s: %s is forfeited, even %s, unless other medical expenses of the plan year use it. Elect less, or plan other care before the year ends.",
		w.Visit, optionWords(w.Option), max(1, w.PlanYear), w.Limit, why, w.Amount, leastWords(w.Option))
}

// leftAfterText says what a plan year's end takes of an FSA after the
// therapy has ended.
func leftAfterText(w calc.Warning) string {
	var why string
	switch {
	case w.Code == WarnFSALeftAfterGrace:
		why = "the grace period lets care in the first 2½ months of the next plan year use it; what it does not use is then lost"
	case w.Amount < w.Limit:
		why = fmt.Sprintf("%s of it carries over to the next plan year and the rest is lost at the plan year's end", w.Limit-w.Amount)
	default:
		why = "the FSA has neither a carryover nor a grace period, so all of it is lost at the plan year's end"
	}
	return fmt.Sprintf("The therapy ends in plan year %d and leaves %s of that year's FSA unspent, even %s; %s: %s is forfeited unless other medical expenses use it. Elect less for that plan year, or plan other care.",
		max(1, w.PlanYear), w.Limit, leastWords(w.Option), why, w.Amount)
}

// optionWords names an option's visits: "with the out-of-network provider".
func optionWords(id calc.OptionID) string {
	switch id {
	case calc.InNetworkClinic:
		return "at the in-network clinic"
	case calc.OutOfNetworkCash:
		return "with the out-of-network provider"
	case calc.ConciergeTherapy:
		return "with the concierge"
	}
	return string(id)
}

func leastWords(id calc.OptionID) string {
	return "with " + strings.TrimPrefix(strings.TrimPrefix(optionWords(id), "with "), "at ") + ", the choice that loses least"
}

// thresholdWhere says where a Medicare threshold is passed.
func thresholdWhere(w calc.Warning, threshold string) string {
	what := "Physical and speech therapy together"
	if w.Code == WarnKXThresholdOT || w.Code == WarnMedicalReviewOT {
		what = "Occupational therapy"
	}
	what += inPlanYear(w)
	switch {
	case w.Visit == 0:
		return fmt.Sprintf("%s, at Medicare-allowed amounts, already passed %s with the %d visits used this year (%s)",
			what, threshold, w.Count, w.Amount)
	case w.Count > 0:
		return fmt.Sprintf("%s, at Medicare-allowed amounts, pass %s at in-network visit %d, counting the %d visits already used this year (%s by then)",
			what, threshold, w.Visit, w.Count, w.Amount)
	}
	return fmt.Sprintf("%s, at Medicare-allowed amounts, pass %s at in-network visit %d (%s by then)",
		what, threshold, w.Visit, w.Amount)
}

// catchUp is the HSA catch-up contribution at 55 of year ("$1,000.00").
func catchUp(year int) string {
	v, _ := Figure(HSACatchUp, year)
	return v.Amount().String()
}

// HSARoomSentence says how much of the year's HSA limit an employer's
// deposit e leaves for the patient's own contributions, for the plan's
// year and coverage tier: the limit counts the two together.
func HSARoomSentence(s calc.Scenario, e calc.Cents) string {
	n := ForCoverage(HSALimitSelf, HSALimitFamily, s.Plan.Coverage)
	v := mustFigure(n, PlanYear(s))
	src := v.Source
	if v.FellBack() {
		src += fmt.Sprintf("; the %d figure is not carried", v.Asked)
	}
	head := fmt.Sprintf("The employer's %s counts toward the %d IRS limit of %s for %s (%s) together with your own contributions: ",
		e, v.Year, v.Amount(), tierWords(n), src)
	if e >= v.Amount() {
		return head + fmt.Sprintf("it leaves you no room of your own, but the %s catch-up from 55.", catchUp(v.Year))
	}
	return head + fmt.Sprintf("you can put in at most %s yourself (%s more from 55).", v.Amount()-e, catchUp(v.Year))
}
