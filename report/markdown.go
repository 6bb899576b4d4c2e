package report

import (
	"io"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/plans"
)

// Markdown writes the comparison as a handout a counselor can paste into an
// email (docs/spec/clarifications.md, "The cost engine issue"): when it was made, the
// figures' plan year, the options and the figures that differ, warnings,
// each option's assumptions, the questions to ask the insurer, and that it
// is an estimate.
func Markdown(w io.Writer, c *Comparison) error {
	res := c.Result
	s := &c.Scenario
	var b strings.Builder
	title := "A year of therapy, three ways"
	if res.Name != "" {
		title = markdownText(res.Name) + ": a year of therapy, three ways"
	}
	b.WriteString("# " + title + "\n\n")
	if !c.Made.IsZero() {
		b.WriteString("Made on " + c.Made.Format("2 January 2006") + " with carecost")
	} else {
		b.WriteString("Made with carecost")
	}
	if c.FiguresYear > 0 {
		b.WriteString(", using the " + itoa(c.FiguresYear) + " reference figures")
	}
	b.WriteString(".\n\n")
	b.WriteString("**" + Verdict(res) + "**\n\n")

	b.WriteString("| |")
	for i := range res.Options {
		label := res.Options[i].ID.Label()
		if res.Options[i].ID == res.Cheapest {
			label += " (lowest cost)"
		}
		b.WriteString(" " + label + " |")
	}
	b.WriteString("\n|---|---:|---:|---:|\n")
	same := sameForAll(c)
	for _, r := range c.rows() {
		if !r.always && !r.differs(res) {
			continue
		}
		b.WriteString("| " + r.mdLabel() + " |")
		for i := range res.Options {
			b.WriteString(" " + r.cell(&res.Options[i]) + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	if len(same) > 0 {
		b.WriteString("Same for all three: " + strings.Join(same, "; ") + ".\n\n")
	}
	if note := PlanPremiumNote(res); note != "" {
		b.WriteString(note + "\n\n")
	}
	if note := EmployerContributionNote(res); note != "" {
		b.WriteString(note + "\n\n")
	}
	episodeMarkdown(&b, c)

	if len(c.Assumed) > 0 {
		b.WriteString("## Figures assumed\n\n")
		b.WriteString("These were not given, so the estimate uses typical figures; check them, and change them in carecost (e on the comparison) or in the scenario file:\n\n")
		for _, a := range c.Assumed {
			b.WriteString("- " + a.Sentence() + ".\n")
		}
		b.WriteString("\n")
	}
	if ws := c.WarningSentences(); len(ws) > 0 {
		b.WriteString("## Warnings\n\n")
		for _, x := range ws {
			b.WriteString("- " + x + "\n")
		}
		b.WriteString("\n")
	}

	b.WriteString("## What each option assumes\n\n")
	if c.PlanDescription != "" {
		b.WriteString(c.PlanDescription)
		if n := c.planChangeNote(); n != "" {
			b.WriteString(" " + n)
		}
		b.WriteString("\n\n")
	}
	for i := range res.Options {
		o := &res.Options[i]
		b.WriteString("### " + o.ID.Label() + "\n\n")
		for _, a := range assumptions(s, o) {
			b.WriteString("- " + a + "\n")
		}
		b.WriteString("\n")
	}

	if steps := plans.NextSteps(s, res); len(steps) > 0 {
		b.WriteString("## Next steps\n\n")
		for _, sec := range steps {
			b.WriteString("**" + sec.Title + "**\n\n")
			for _, item := range sec.Items {
				b.WriteString("- " + item + "\n")
			}
			b.WriteString("\n")
		}
	}
	if s.Plan.Type == calc.NoPlan {
		b.WriteString("## Questions to ask the providers\n\n")
	} else {
		b.WriteString("## Questions to ask the insurer\n\n")
	}
	for _, q := range append(questions(s), c.episodeQuestions()...) {
		b.WriteString("- " + q + "\n")
	}
	b.WriteString("\n*This is an estimate, not a guarantee of payment: the plan's own documents and claims decide what it pays.*\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownText is text from a file (the scenario's name) as Markdown that
// shows it as written and adds nothing to the handout: every character
// with a meaning inside a line of CommonMark or GitHub's tables is
// escaped with a backslash, and <, > and & are entities, so no link, image,
// emphasis or HTML can come in by the name. Characters a terminal would act
// on are shown as escapes (internal/termsafe) for whoever reads it raw.
// Line starts need nothing more: the name only ever follows other text.
func markdownText(s string) string {
	s = termsafe.Text(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '!':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func pct(bp calc.BasisPoints) string { return bp.String() + " %" }

// filesInFirstYear reports whether the option files claims under the
// scenario's own plan (plan year 1's), which the assumptions describe;
// o.FilesClaims is any plan year's.
func filesInFirstYear(o *calc.Option) bool {
	if len(o.PlanYears) > 0 {
		return o.PlanYears[0].FilesClaims
	}
	return o.FilesClaims
}

// claimsChange is the first day of the first plan year in which the option
// starts filing claims (starts) or stops, when one does: no plan until the
// reset and a plan from it, or the reverse (docs/cost-rules.md, "No plan on
// one side of the reset").
func claimsChange(o *calc.Option) (on calc.Date, starts, ok bool) {
	for i := 1; i < len(o.PlanYears); i++ {
		if py := &o.PlanYears[i]; py.FilesClaims != o.PlanYears[0].FilesClaims {
			return py.Start, py.FilesClaims, true
		}
	}
	return calc.Date{}, false, false
}

// claimsChangeNote says, in the assumptions, what the plan year that
// starts or stops the option's claims changes; "" when none does.
func claimsChangeNote(s *calc.Scenario, o *calc.Option) []string {
	on, starts, ok := claimsChange(o)
	switch {
	case !ok:
		return nil
	case starts && o.ID == calc.InNetworkClinic:
		return []string{"From " + dateWords(on) + " the renewed plan covers the visits at the clinic's negotiated rate, " + s.Care.InNetwork.Allowed.String() +
			" (its figures are under “Dates and the plan-year reset”)."}
	case starts:
		return []string{"From " + dateWords(on) + " the renewed plan covers the visits (its figures are under “Dates and the plan-year reset”).", moneyBack(o)}
	case s.NextYear.Set && s.NextYear.Plan.Type == calc.NoPlan:
		return []string{"From " + dateWords(on) + " there is no health plan: the visits from then are paid in cash and nothing comes back for them."}
	}
	return []string{"From " + dateWords(on) + " the renewed plan does not cover these visits: no claim is filed and nothing comes back for them."}
}

// assumptions lists what an option's figures rest on, in plain words.
func assumptions(s *calc.Scenario, o *calc.Option) []string {
	p, care := &s.Plan, &s.Care
	var a []string
	a = append(a, itoa(o.Visits)+" visits of "+itoa(o.Minutes)+" minutes "+where(o.ID)+".")
	if ev := evaluationText(s, o); ev != "" {
		a = append(a, ev)
	}
	insured := p.Type != calc.NoPlan
	files := filesInFirstYear(o) // p is plan year 1's plan: what it files
	change, starts, _ := claimsChange(o)
	switch o.ID {
	case calc.InNetworkClinic:
		if insured {
			a = append(a, "The clinic charges "+care.InNetwork.Charge.String()+" a visit; the plan's negotiated rate is "+
				care.InNetwork.Allowed.String()+"; a visit the plan does not cover costs "+care.InNetwork.SelfPay.String()+".")
			a = append(a, sharingText(&p.InNetwork, "in-network"))
		} else if starts {
			a = append(a, "Until "+dateWords(change)+" you pay the clinic's self-pay rate, "+care.InNetwork.SelfPay.String()+" a visit.")
		} else {
			a = append(a, "The clinic's self-pay rate is "+care.InNetwork.SelfPay.String()+" a visit.")
		}
	case calc.OutOfNetworkCash:
		pay := "You pay " + care.OutOfNetwork.CashRate.String() + " a visit at the visit"
		if files {
			if plans.TherapistFilesClaim(p.Type) {
				a = append(a, pay+"; the therapist files the claim, and the plan pays its share to you.")
			} else {
				a = append(a, pay+" and file a superbill.")
			}
			a = append(a, "The plan recognises "+p.OutOfNetwork.Allowed.String()+" a visit; anything above that is balance billing, "+whoPaysBalanceBilling(s)+".")
			a = append(a, sharingText(&p.OutOfNetwork.CostSharing, "out-of-network"))
			if p.OutOfNetwork.SharesDeductible {
				a = append(a, "The in- and out-of-network deductibles count toward each other.")
			}
			if f := care.OutOfNetwork; f.ServiceFeePercent > 0 || f.ServiceFeePerClaim > 0 {
				a = append(a, "A claim service charges "+f.ServiceFeePerClaim.String()+" a claim and "+pct(f.ServiceFeePercent)+" of what the plan reimburses.")
			}
			a = append(a, moneyBack(o))
		} else if insured {
			a = append(a, pay+"; no claim is filed.",
				"The plan has no out-of-network benefits: nothing comes back from it.")
		} else if starts {
			a = append(a, pay+"; with no health plan until "+dateWords(change)+", nothing comes back for the visits before then.")
		} else {
			a = append(a, pay+"; without a health plan nothing comes back.")
		}
	case calc.ConciergeTherapy:
		pay := "You pay " + care.Concierge.Fee.String() + " a session"
		if care.Concierge.TravelFee > 0 {
			pay += " plus " + care.Concierge.TravelFee.String() + " travel"
		}
		a = append(a, pay+".")
		if files {
			a = append(a, "The therapist gives a superbill for the session fee; the plan treats it as an out-of-network claim.", moneyBack(o))
		} else if starts {
			a = append(a, "No claim is filed before "+dateWords(change)+".")
		} else {
			a = append(a, "No claim is filed with the plan.")
		}
	}
	a = append(a, claimsChangeNote(s, o)...)
	if files && p.VisitLimit.Set { // a limit means nothing to an option that files no claims
		used := itoa(p.VisitsUsed) + " already used."
		if p.VisitsUsed == 0 {
			used = "none used yet."
		}
		a = append(a, "The plan covers "+itoa(p.VisitLimit.Value)+" therapy visits a year, in and out of network together; "+used)
	}
	switch {
	case o.FromEmployer > 0 && o.FromEmployer == o.PaidFromAccount:
		a = append(a, "Your HSA pays "+o.PaidFromAccount.String()+" of it, all from your employer's contribution, which saves you no tax.")
	case o.FromEmployer > 0:
		a = append(a, "Your HSA pays "+o.PaidFromAccount.String()+" of it, "+o.FromEmployer.String()+" of that from your employer's contribution (no tax saved on it), "+
			"saving "+pct(s.Account.TaxRate)+" tax on the rest: "+o.TaxSavings.String()+".")
	case s.Account.Kind == calc.HSA || s.Account.Kind == calc.FSA:
		a = append(a, "Your "+strings.ToUpper(string(s.Account.Kind))+" pays "+o.PaidFromAccount.String()+" of it, saving "+
			pct(s.Account.TaxRate)+" tax: "+o.TaxSavings.String()+".")
	}
	return a
}

// whoPaysBalanceBilling ends "anything above that is balance billing, …":
// the patient pays it, unless a secondary policy pays excess charges out of
// network, up to the limiting charge (docs/cost-rules.md, "Medigap excess
// charges"): then the policy, and the patient only what is above that.
func whoPaysBalanceBilling(s *calc.Scenario) string {
	sup := &s.Supplemental
	if sup.Kind != calc.Secondary || !sup.PaysExcessCharges || !sup.CoversOutOfNetwork {
		return "which you pay"
	}
	rate := sup.LimitingChargeRate()
	recognised := s.Plan.OutOfNetwork.Allowed
	limit := calc.Pct(recognised, rate)
	t := "which your supplemental policy pays up to the limiting charge, " + limit.String() + " (" + pct(rate) + " of " + recognised.String() + ")"
	if sup.AnnualMax.Set {
		t += ", within its annual maximum of " + sup.AnnualMax.Value.String()
	}
	if rest := s.Care.OutOfNetwork.CashRate - max(limit, recognised); rest > 0 {
		t += "; you pay the rest, " + rest.String() + " a visit"
	}
	return t
}

// where says where an option's visits happen.
func where(id calc.OptionID) string {
	switch id {
	case calc.OutOfNetworkCash:
		return "with a provider of your choice, paid in cash"
	case calc.ConciergeTherapy:
		return "one-on-one at home"
	}
	return "at an in-network clinic"
}

// moneyBack says when the claims' money comes back, or that none does: a
// handout never promises money that the figures do not show.
func moneyBack(o *calc.Option) string {
	if o.Reimbursed > 0 {
		return o.Reimbursed.String() + " comes back in all, " + plans.DelayWords(o.ReimbursementDays) + moneyBackSpan(o) + "."
	}
	// Across the reset "this year" is one of two: name them.
	when, deductible := "this year", "the out-of-network deductible"
	if o.ResetAtVisit.Set && len(o.PlanYears) > 1 {
		var ys []string
		for i := range o.PlanYears {
			ys = append(ys, planYearName(o.PlanYears[i].Start))
		}
		when = "in " + strings.Join(ys[:len(ys)-1], ", ") + " or " + ys[len(ys)-1]
		deductible = "each plan year's out-of-network deductible"
	}
	switch {
	case !o.DeductibleMetAtVisit.Set && o.UncoveredVisits < o.Visits:
		return "Nothing comes back " + when + ": the claims all go toward " + deductible + ", which these visits do not use up."
	case o.UncoveredVisits == o.Visits:
		return "Nothing comes back " + when + ": every visit is past the plan's visit limit."
	}
	return "Nothing comes back " + when + "."
}

func sharingText(cs *calc.CostSharing, network string) string {
	var t string
	switch {
	case cs.Deductible == 0:
		t = "There is no " + network + " deductible"
	case !cs.DeductibleApplies:
		t = "The " + network + " deductible is " + cs.Deductible.String() + " (" + cs.DeductibleMet.String() + " already met), which therapy skips"
	default:
		t = "The " + network + " deductible is " + cs.Deductible.String() + " (" + cs.DeductibleMet.String() + " already met)"
	}
	if cs.Copay > 0 {
		t += "; then a " + cs.Copay.String() + " copay a visit"
	} else {
		t += "; then you pay " + pct(cs.Coinsurance)
	}
	if cs.OOPMax.Set {
		t += "; your costs stop at " + cs.OOPMax.Value.String() + " (" + cs.OOPSpent.String() + " already spent)."
	} else {
		t += "; there is no out-of-pocket maximum."
	}
	return t
}

// questions are what to confirm with the insurer before relying on this.
func questions(s *calc.Scenario) []string {
	if s.Plan.Type == calc.NoPlan {
		return []string{
			"What is your self-pay (cash) rate for a visit, and is there a discount for paying upfront or for a package of visits?",
			"How many visits do you expect the course of therapy to need, and how long is each one-on-one?",
			"Can you give me an itemized receipt (with the CPT and diagnosis codes) for my HSA or FSA?",
		}
	}
	q := []string{
		"How much of my deductible and out-of-pocket maximum have I met so far this plan year?",
		"How many therapy visits does my plan cover a year, are they shared with other therapies (PT, OT, chiropractic), and do in- and out-of-network visits count together?",
		"What is the out-of-network allowed amount for the CPT codes my therapist bills (for example 97110, 97140, 97530)?",
		"Does therapy need a referral or prior authorization?",
	}
	if !plans.TherapistFilesClaim(s.Plan.Type) {
		q = append(q, "Where do I send a superbill, and how long after the visit may I file it?")
	}
	if s.Supplemental.Kind != calc.NoSupplemental && s.Supplemental.Kind != "" {
		q = append(q, "How does my supplemental policy pay: to me or to the provider, and what does it need from me to pay a claim?")
	}
	return q
}
