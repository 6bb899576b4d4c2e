package plans

import (
	"strconv"

	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text" // named: this package has a func text
)

// Section is one heading of the next steps: a title and its items, each a
// sentence.
type Section struct {
	Title string
	Items []string
}

// NextSteps are what the patient does next, worked out from the scenario
// and its estimate: what to arrange before the first visit for the plan
// type (referral, prior authorization); what a superbill holds and how
// long money takes to come back; the letter of medical necessity; and how
// to appeal a denied claim, by the plan type's rules and deadlines. The
// dashboard, the Markdown handout and the line-by-line mode all say them.
func NextSteps(s *calc.Scenario, r *calc.Result) []Section {
	var out []Section
	add := func(title string, items []string) {
		if len(items) > 0 {
			out = append(out, Section{Title: title, Items: items})
		}
	}
	add("Before the first visit", beforeFirstVisit(s.Plan.Type))
	add("Superbills and money back", superbillSteps(s, r))
	add("Letter of medical necessity", letterSteps(s))
	add("If a claim is denied", appealSteps(s.Plan.Type))
	return out
}

// MoneyBackWhen says roughly when money comes back for an option ("" when
// none does).
func MoneyBackWhen(o *calc.Option) string {
	if o.Reimbursed == 0 {
		return ""
	}
	if o.ID == calc.InNetworkClinic {
		return "after each visit"
	}
	return DelayWords(o.ReimbursementDays)
}

// DelayWords says how long after each visit money comes back.
func DelayWords(days int) string {
	switch {
	case days <= 0:
		return "soon after each visit"
	case days%7 == 0:
		return "about " + strconv.Itoa(days/7) + " weeks after each visit"
	default:
		return "about " + strconv.Itoa(days) + " days after each visit"
	}
}

// beforeFirstVisit is the referral and prior-authorization reminder of each
// plan type (plans.PlanDescription says the same at more length).
func beforeFirstVisit(t calc.PlanType) []string {
	switch t {
	case calc.PPO:
		return []string{"No referral is needed, but ask the plan whether therapy needs prior authorization (some PPOs ask after the first visits) and how many visits a year it covers."}
	case calc.HMO:
		return []string{"Get a referral from your primary care doctor before the first visit, and ask whether more visits need prior authorization.",
			"Out of network the plan pays nothing except in an emergency: get any exception in writing first."}
	case calc.EPO:
		return []string{"A referral is usually not needed, but ask whether therapy needs prior authorization. Out of network the plan pays nothing."}
	case calc.POS:
		return []string{"Get a referral from your primary care doctor — for out-of-network therapy too — and ask whether therapy needs prior authorization."}
	case calc.HDHP:
		return []string{"Ask whether therapy needs a referral or prior authorization: a high-deductible plan follows its network's rules (PPO-like or EPO-like)."}
	case calc.Medicare:
		return []string{"Your doctor must certify the therapist's plan of care (and recertify it at least every 90 days); Medicare needs no other referral or prior authorization."}
	case calc.MedicareAdvantage:
		return []string{"Ask the plan for prior authorization before the first visit: most Medicare Advantage plans require it for therapy, and many need a referral too."}
	case calc.WorkersComp:
		return []string{"The claims adjuster must authorize the treatment and the provider must be one the claim accepts: get both in writing before the first visit."}
	case calc.AutoPIP:
		return []string{"Open a PIP claim with the car insurer and keep the accident report; some states require treatment to start within days of the accident, and the policy's PIP limit may already be partly used."}
	}
	return nil
}

// visitsSpan is "over the year", or across a plan-year reset, where the
// visits fall in more than one year, their first and last days: "from 7
// December 2026 to 25 February 2027".
func visitsSpan(o *calc.Option) string {
	if !o.ResetAtVisit.Set || len(o.Ledger) == 0 {
		return "over the year"
	}
	day := func(d calc.Date) string {
		return MonthDayWords(calc.MonthDay{Month: d.Month, Day: d.Day}) + " " + strconv.Itoa(d.Year)
	}
	return "from " + day(o.Ledger[0].Date) + " to " + day(o.Ledger[len(o.Ledger)-1].Date)
}

// superbillSteps says what a superbill holds and how long money takes to
// come back, when an option files claims itself (out of network, or a
// concierge who gives superbills).
func superbillSteps(s *calc.Scenario, r *calc.Result) []string {
	var out []string
	filed := false
	for _, id := range []calc.OptionID{calc.OutOfNetworkCash, calc.ConciergeTherapy} {
		o := r.Option(id)
		if o == nil || !o.FilesClaims {
			continue
		}
		filed = true
		text := "With the " + txt.LowerFirst(o.ID.Label()) + " you pay " + o.PatientPaidUpfront.String() + " at the visits " + visitsSpan(o)
		if when := MoneyBackWhen(o); when != "" {
			text += " and " + o.Reimbursed.String() + " comes back, " + when + "."
		} else {
			text += " and nothing comes back"
			if !o.DeductibleMetAtVisit.Set {
				text += ": the claims only count toward the deductible."
			} else {
				text += " (the ledger shows why)."
			}
		}
		out = append(out, text)
	}
	if !filed {
		if s.Plan.Type != calc.NoPlan && !s.Plan.OutOfNetwork.Covered {
			return []string{"The plan has no out-of-network benefits, so a superbill brings nothing back from it; an HSA or FSA can still pay the out-of-network and concierge options."}
		}
		return nil
	}
	if TherapistFilesClaim(s.Plan.Type) {
		// no superbill to file
		return append(out, "A therapist who does not participate in Medicare must still file your claim; Medicare then pays its share to you, and the Medicare Summary Notice shows what it allowed. A cash-only concierge is possible only for services Medicare does not cover.")
	}
	out = append(out,
		"A superbill must show: your name, date of birth and member ID; the therapist's name, address, license, NPI and tax ID; each visit's date and place; the procedure codes (CPT, with minutes or units) and the charge for each; the diagnosis codes (ICD-10); and what you paid.",
		"Send it to the claims address on your insurance card within the plan's filing deadline (often 90 days to a year after the visit), and keep a copy.")
	if r.Option(calc.ConciergeTherapy) != nil && !r.Option(calc.ConciergeTherapy).FilesClaims && s.Plan.OutOfNetwork.Covered {
		out = append(out, "The concierge gives no superbill here: ask whether they would, since the plan has out-of-network benefits.")
	}
	return out
}

// letterSteps is the letter of medical necessity: massage needs one to be
// an HSA/FSA expense, and an account administrator may ask for one.
func letterSteps(s *calc.Scenario) []string {
	var out []string
	hasAccount := s.Account.Kind == calc.HSA || s.Account.Kind == calc.FSA
	if s.Care.Service == calc.Massage {
		if s.Care.MedicalNecessityLetter {
			out = append(out, "Keep the doctor's letter of medical necessity with your receipts: the HSA or FSA administrator, or the plan, can ask for it.")
		} else {
			out = append(out, "Ask your doctor for a letter of medical necessity naming the condition and why massage treats it: without it massage is not an HSA or FSA expense, and plans rarely cover it.")
		}
	}
	if hasAccount {
		out = append(out, "Keep every receipt and superbill: the HSA or FSA administrator can ask for proof that each visit was medical care, sometimes with a letter of medical necessity.")
	}
	return out
}

// appealSteps is how to appeal a denied claim under the plan type.
func appealSteps(t calc.PlanType) []string {
	switch t {
	case calc.NoPlan:
		return nil
	case calc.Medicare:
		return []string{"Ask for a redetermination within 120 days of the Medicare Summary Notice that shows the denial, with the therapist's notes and the doctor's certification of the plan of care.",
			"If that fails, ask for a reconsideration by a Qualified Independent Contractor (within 180 days)."}
	case calc.WorkersComp:
		return []string{"Ask for the denial in writing with its reason, and ask your state's workers' compensation board how to request a hearing; the treating doctor's report carries most weight."}
	case calc.AutoPIP:
		return []string{"Ask the insurer for the denial in writing with its reason; send the treating provider's notes and a letter of medical necessity; if it stands, your state's insurance department or arbitration can review it."}
	}
	return []string{
		"Ask for the denial in writing with its reason and code; a wrong code or a missing referral is often fixed by resubmitting.",
		"Otherwise file the plan's internal appeal (you have 180 days from the denial under the ACA) with the therapist's notes and a letter of medical necessity from your doctor.",
		"If the plan upholds the denial, ask for an external review by an independent reviewer.",
	}
}
