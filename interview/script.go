// Package interview is carecost's walk-through as data, with no screen of
// its own: the answers as typed, the steps and their pages as a
// declarative script, the rules by which answers follow one another, the
// review's listing, drafts and the one way a scenario file is saved. The
// full-screen walk-through (tui/walkthrough) and the line-by-line mode
// (linemode) render it; it imports neither huh nor Bubble Tea.
package interview

import (
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/plans"
)

// Predicate is a named condition on the answers. One predicate decides both
// whether a page (or a question) is asked and whether its answers apply to
// the scenario, so the two can never disagree.
type Predicate struct {
	Name  string
	holds func(a *Answers) bool
	// drops: while it does not hold, the answers it hides are not passed
	// to the scenario at all (a choice that switches a rule off, such as
	// "every visit costs the same" for the evaluation's prices), rather
	// than kept as valid hidden answers are.
	drops bool
}

// Holds reports whether the condition holds for the answers; the zero
// Predicate always holds.
func (p Predicate) Holds(a *Answers) bool { return p.holds == nil || p.holds(a) }

func and(p, q Predicate) Predicate {
	switch {
	case p.holds == nil:
		return q
	case q.holds == nil:
		return p
	}
	return Predicate{p.Name + " and " + q.Name, func(a *Answers) bool { return p.holds(a) && q.holds(a) }, p.drops || q.drops}
}

// The predicates of the script.
var (
	HasPlan      = Predicate{"there is a health plan", func(a *Answers) bool { return a.hasPlan() }, false}
	PaysOutside  = Predicate{"the plan pays out of network", func(a *Answers) bool { return a.oonCovered() }, false}
	AllowedTyped = Predicate{"the out-of-network allowed amount is typed",
		func(a *Answers) bool { return a.Text(KeyAllowedSource) != allowedSuggested }, false}
	IsMassage  = Predicate{"the therapy is massage", func(a *Answers) bool { return a.typed("care.service") == string(calc.Massage) }, false}
	HasAccount = Predicate{"there is an HSA or FSA", func(a *Answers) bool { return a.accountKind() != string(calc.NoAccount) }, false}
	RateTyped  = Predicate{"the tax rate is typed", func(a *Answers) bool { return a.Text(KeyTaxBracket) == bracketOther }, false}
	Dated      = Predicate{"the first visit's date is given", func(a *Answers) bool { return a.given("care.start_date") }, false}
	Evaluated  = Predicate{"the first visit is priced as an evaluation", func(a *Answers) bool { return a.Text(KeyEvaluation) == yes }, true}
	Ranged     = Predicate{"the number of visits is a range", func(a *Answers) bool { return a.Text(KeyRange) == yes }, true}
	Renewed    = Predicate{"the plan changes when it renews", func(a *Answers) bool { return a.Text(KeyNextYear) == yes }, true}
)

// The predicates of the rules real plans have (issue 12, §5) and of the
// figures a file could hold before the walk-through asked them: each
// question shows only where it changes something.
var (
	// a copay and a coinsurance on one visit, or copays outside the
	// maximum, mean nothing without a copay: "yes" is dropped with it, so
	// a file never switches on a rule that does nothing
	inCopay  = Predicate{"there is an in-network copay", func(a *Answers) bool { return a.positive("plan.in_network.copay") }, true}
	oonCopay = Predicate{"there is an out-of-network copay", func(a *Answers) bool { return a.positive("plan.out_of_network.copay") }, true}
	inCapped = Predicate{"there is an in-network maximum", func(a *Answers) bool { return a.given("plan.in_network.oop_max") }, false}
	// with one maximum for both networks the out-of-network copays count
	// toward the in-network one
	oonCapped = Predicate{"there is an out-of-network maximum", func(a *Answers) bool {
		if a.typed("plan.shared_oop_max") == "true" {
			return a.given("plan.in_network.oop_max")
		}
		return a.given("plan.out_of_network.oop_max")
	}, false}
	// other care fills a deductible or a maximum: without either it
	// changes nothing (workers' compensation, a plan that pays in full)
	inFills = Predicate{"other in-network care fills a deductible or maximum", func(a *Answers) bool {
		return a.positive("plan.in_network.deductible") || a.given("plan.in_network.oop_max")
	}, false}
	oonFills = Predicate{"other out-of-network care fills a deductible or maximum", func(a *Answers) bool {
		return a.positive("plan.out_of_network.deductible") || oonCapped.Holds(a)
	}, false}
	therapyCapped = Predicate{"the plan has a dollar maximum on therapy", func(a *Answers) bool { return a.given("plan.therapy_annual_max") }, false}
	// next year's out-of-network benefits, as the file would read them: a
	// next_year field left empty is this year's
	nextPaysOutside = Predicate{"next year's plan pays out of network", func(a *Answers) bool {
		if a.typed("next_year.type") == string(calc.NoPlan) {
			return false
		}
		if c := a.typed("next_year.out_of_network.covered"); c != "" {
			return c == "true"
		}
		return a.oonCovered()
	}, false}
	paysExcess = Predicate{"the policy pays Medicare excess charges", func(a *Answers) bool {
		return a.typed("supplemental.pays_excess_charges") == "true"
	}, false}
)

// positive reports an amount answered, valid and above 0.
func (a *Answers) positive(key string) bool {
	v, err := calc.ParseDecimal(a.typed(key))
	return a.given(key) && err == nil && v > 0
}

// given reports an answer given (an empty maximum is none) and valid.
func (a *Answers) given(key string) bool {
	t := a.typed(key)
	return t != "" && plans.ValidateField(key, t) == nil
}

// reEvaluates holds while an option (its care section) has re-evaluations
// every so many visits; the re-evaluation's prices are dropped otherwise.
func reEvaluates(section string) Predicate {
	key := section + ".re_evaluation_every"
	return Predicate{"re-evaluations come at " + section, func(a *Answers) bool { return a.given(key) && a.typed(key) != "0" }, true}
}

// policyIs holds while the supplemental choice stands for kind (the choice
// decides, not supplemental.kind: a choice is applied when it is left).
func policyIs(kind string) Predicate {
	return Predicate{"the policy is " + kind, func(a *Answers) bool { return choiceKind(a.Text(KeySupplementalChoice)) == kind }, false}
}

// Question is one answer asked: a scenario field (plans.Fields, whose row
// gives its wording) or a walk-through choice that fills one.
type Question struct {
	Key   string
	Title string // the question, in the user's words
	Short string // the answer's label on the review
	Kind  plans.FieldKind
	// Empty says what an empty answer means ("no maximum"), when one is
	// allowed.
	Empty string
	// Fills is the field a walk-through choice fills (the review shows that
	// field in its place).
	Fills string
	// When: asked only while it holds (decided when its step opens).
	When Predicate
	// Quick: asked on the short route too.
	Quick bool

	help    string
	helpFor func(a *Answers) string
	choices []Choice
	choose  func(a *Answers) []Choice
}

// Choice is one answer to pick.
type Choice = plans.Choice

// Help explains the term asked, given the answers so far.
func (q Question) Help(a *Answers) string {
	if q.helpFor != nil {
		return q.helpFor(a)
	}
	return q.help
}

// HelpVaries reports whether Help depends on the answers (a screen works it
// out again when they change).
func (q Question) HelpVaries() bool { return q.helpFor != nil }

// Choices are the answers to pick from (nil: the answer is typed).
func (q Question) Choices(a *Answers) []Choice {
	if q.choose != nil {
		return q.choose(a)
	}
	return q.choices
}

// IsChoice reports a question answered by picking.
func (q Question) IsChoice() bool { return q.choices != nil || q.choose != nil }

// Page is a few questions shown together (a group of a form; a heading in
// the line-by-line mode).
type Page struct {
	Title     string
	Questions []Question
	// When: the page is asked only while it holds, decided as it is
	// reached, so an answer on an earlier page of its step decides it.
	When Predicate
	// QuickOnly: a page of the short route alone; its questions are asked
	// on other pages on the full route.
	QuickOnly bool

	note    string
	noteFor func(a *Answers) string
}

// Note is the page's explanation, given the answers so far.
func (p Page) Note(a *Answers) string {
	if p.noteFor != nil {
		return p.noteFor(a)
	}
	return p.note
}

// Shown reports whether the page is asked with the answers so far.
func (p Page) Shown(a *Answers) bool { return p.When.Holds(a) }

// stepScript is a step's pages, asked while When holds.
type stepScript struct {
	When  Predicate
	Pages []Page
}

// ask is the question of a scenario field, worded by its row of plans.Fields.
func ask(path string) Question {
	f, _ := plans.Field(path)
	q := Question{Key: path, Title: f.Title, Short: f.Short, Kind: f.Kind, Empty: f.Empty, help: f.Help}
	if f.Explain != "" {
		q.help = f.Explain
	}
	if f.Kind == plans.KindBool || f.Kind == plans.KindEnum {
		q.choices = f.Choices
	}
	return q
}

func (q Question) when(p Predicate) Question               { q.When = p; return q }
func (q Question) quick() Question                         { q.Quick = true; return q }
func (q Question) withHelp(h string) Question              { q.help, q.helpFor = h, nil; return q }
func (q Question) withTitle(t string) Question             { q.Title = t; return q }
func (q Question) withEmpty(e string) Question             { q.Empty = e; return q }
func (q Question) helpBy(f func(*Answers) string) Question { q.helpFor = f; return q }

// script is the walk-through: every step's pages, in order. A new question
// is its field's row in plans.Fields and one line here.
var script = map[Step]stepScript{
	StepPlan: {Pages: []Page{
		{Questions: []Question{ask("plan.type").quick().
			withHelp("Each kind comes with typical figures, and you can change every one of them")}},
		{Title: "Coverage", When: HasPlan, Questions: []Question{ask("plan.coverage"), ask("plan.premium_monthly")}},
		{Title: "Name and year", Questions: []Question{
			ask("name"),
			yearQuestion(),
		}},
	}},
	StepInNetwork: {When: HasPlan, Pages: []Page{
		{Title: "The deductible", note: "An in-network therapist has a contract with your plan. The figures are in your plan's summary of benefits.",
			Questions: []Question{ask("plan.in_network.deductible").quick(), ask("plan.in_network.deductible_met").quick(),
				ask("plan.in_network.deductible_applies")}},
		{Title: "Your share of each visit", Questions: []Question{ask("plan.in_network.copay").quick(), ask("plan.in_network.coinsurance").quick()}},
		{Title: "The copay", When: inCopay, Questions: []Question{ask("plan.in_network.copay_and_coinsurance")}},
		{Title: "The out-of-pocket maximum", Questions: []Question{oopMaxQuestion(), ask("plan.in_network.oop_spent")}},
		{Title: "Copays and the maximum", When: and(inCopay, inCapped), Questions: []Question{ask("plan.in_network.copay_outside_oop_max")}},
		{Title: "Other care", When: inFills, Questions: []Question{ask("plan.in_network.other_spending")}},
	}},
	StepOutOfNetwork: {When: HasPlan, Pages: []Page{
		{Title: "Out-of-network benefits",
			note:      "An out-of-network therapist has no contract with your plan: you pay the cash rate and claim the plan's share with a superbill, a receipt with the visit's billing codes that you send to the plan.",
			Questions: []Question{ask("plan.out_of_network.covered").helpBy(coveredHelp)}},
		{Title: "The out-of-network deductible", When: PaysOutside, Questions: []Question{
			ask("plan.out_of_network.deductible"), ask("plan.out_of_network.deductible_met"),
			ask("plan.out_of_network.deductible_applies"), ask("plan.out_of_network.shares_deductible")}},
		{Title: "Your share out of network", When: PaysOutside, Questions: []Question{
			ask("plan.out_of_network.copay"), ask("plan.out_of_network.coinsurance")}},
		{Title: "The out-of-network copay", When: and(PaysOutside, oonCopay), Questions: []Question{
			ask("plan.out_of_network.copay_and_coinsurance")}},
		{Title: "The out-of-network maximum", When: PaysOutside, Questions: []Question{
			ask("plan.out_of_network.oop_max"), ask("plan.out_of_network.oop_spent"), ask("plan.shared_oop_max")}},
		{Title: "Out-of-network copays and the maximum", When: and(and(PaysOutside, oonCopay), oonCapped), Questions: []Question{
			ask("plan.out_of_network.copay_outside_oop_max")}},
		{Title: "Other care", When: and(PaysOutside, oonFills), Questions: []Question{
			ask("plan.out_of_network.other_spending")}},
		{Title: "The allowed amount", When: PaysOutside, Questions: []Question{allowedSourceQuestion()}},
		{Title: "The allowed amount", When: and(PaysOutside, AllowedTyped), Questions: []Question{ask("plan.out_of_network.allowed")}},
	}},
	StepVisitLimit: {When: HasPlan, Pages: []Page{
		{Title: "Visits your plan covers",
			note:      "Many plans cover only so many therapy visits a year; after that you pay the clinic's self-pay rate.",
			Questions: []Question{ask("plan.visit_limit").quick(), ask("plan.visits_used").quick(), ask("plan.therapy_annual_max")}},
		{Title: "The therapy maximum", When: therapyCapped, Questions: []Question{ask("plan.therapy_paid")}},
	}},
	StepCare: {Pages: []Page{
		{Title: "The therapy", Questions: []Question{ask("care.service"), ask("care.visits").quick()}},
		{Title: "Massage", When: IsMassage, Questions: []Question{ask("care.medical_necessity_letter")}},
		{Title: "How sure is the number?", Questions: []Question{rangeQuestion()}},
		{Title: "The range of visits", When: Ranged, Questions: []Question{ask("care.visits_range.fewest"), ask("care.visits_range.most")}},
		{Title: "The in-network clinic", Questions: []Question{
			ask("care.in_network.charge"), ask("care.in_network.allowed").when(HasPlan),
			ask("care.in_network.self_pay"), ask("care.in_network.minutes")}},
		{Title: "The out-of-network therapist", noteFor: cashNote, Questions: []Question{
			ask("care.out_of_network.cash_rate"), ask("care.out_of_network.minutes"), ask("care.out_of_network.visits")}},
		{Title: "Filing superbills", When: PaysOutside, Questions: []Question{
			ask("care.out_of_network.service_fee_percent"), ask("care.out_of_network.service_fee_per_claim"),
			ask("care.out_of_network.reimbursement_days")}},
		{Title: "The concierge or mobile therapist", note: "Comes to you, usually for longer sessions, paid in cash.",
			Questions: []Question{ask("care.concierge.fee"), ask("care.concierge.travel_fee"),
				ask("care.concierge.superbill").when(PaysOutside)}},
		{Title: "Concierge sessions", Questions: []Question{ask("care.concierge.minutes"), ask("care.concierge.visits")}},
		{Title: "When therapy starts", Questions: []Question{ask("care.start_date")}},
		{Title: "Visits a week", When: Dated, Questions: []Question{ask("care.in_network.visits_per_week"),
			ask("care.out_of_network.visits_per_week"), ask("care.concierge.visits_per_week")}},
		{Title: "The plan year", When: and(Dated, HasPlan), Questions: []Question{ask("plan.year_starts"),
			yesNo(KeyNextYear, "Does your plan change when it renews?",
				"At the plan year's start the deductible and the maximum start again from 0; open enrollment may also change the figures, or the plan",
				"No: the same plan renews", "Yes: I will give next year's figures")}},
		{Title: "Next year's plan", When: and(and(Dated, HasPlan), Renewed), Questions: []Question{ask("next_year.type").
			withHelp("Open enrollment may change the kind of plan too; the same kind keeps the figures below as this year's unless you change them")}},
		{Title: "Next year's figures", When: and(and(Dated, HasPlan), Renewed),
			note: "Leave a figure empty if it stays as this year's. What is met of the deductible and the maximum starts again from 0 either way.",
			Questions: []Question{ask("next_year.in_network.deductible"), ask("next_year.in_network.copay"),
				ask("next_year.in_network.coinsurance"), ask("next_year.in_network.oop_max")}},
		{Title: "Next year out of network", When: and(and(and(Dated, HasPlan), Renewed), nextPaysOutside),
			note: "Leave a figure empty if it stays as this year's. The plan's new summary of benefits, sent before open enrollment, lists them.",
			Questions: []Question{ask("next_year.out_of_network.deductible"), ask("next_year.out_of_network.copay"),
				ask("next_year.out_of_network.coinsurance"), ask("next_year.out_of_network.oop_max")}},
		{Title: "Evaluation visits", Questions: []Question{yesNo(KeyEvaluation, "Is the first visit an evaluation, priced apart?",
			"The first visit is often an evaluation, billed at two to three times a treatment visit, and some plans of care add a re-evaluation every few weeks",
			"No: every visit costs the same", "Yes: I will give its price")}},
		{Title: "The clinic's evaluation", When: Evaluated, Questions: []Question{ask("care.in_network.evaluation.charge"),
			ask("care.in_network.evaluation.allowed").when(HasPlan), ask("care.in_network.re_evaluation_every")}},
		{Title: "The clinic's re-evaluations", When: and(Evaluated, reEvaluates("care.in_network")), Questions: []Question{
			ask("care.in_network.re_evaluation.charge"), ask("care.in_network.re_evaluation.allowed").when(HasPlan)}},
		{Title: "The out-of-network evaluation", When: Evaluated, Questions: []Question{ask("care.out_of_network.evaluation.cash_rate"),
			ask("plan.out_of_network.evaluation_allowed").when(PaysOutside), ask("care.out_of_network.re_evaluation_every")}},
		{Title: "Out-of-network re-evaluations", When: and(Evaluated, reEvaluates("care.out_of_network")), Questions: []Question{
			ask("care.out_of_network.re_evaluation.cash_rate"), ask("plan.out_of_network.re_evaluation_allowed").when(PaysOutside)}},
		{Title: "The concierge's evaluation", When: Evaluated, Questions: []Question{ask("care.concierge.evaluation.fee"),
			ask("care.concierge.re_evaluation_every")}},
		{Title: "Concierge re-evaluations", When: and(Evaluated, reEvaluates("care.concierge")), Questions: []Question{
			ask("care.concierge.re_evaluation.fee")}},
		// the short route asks the prices on a page of their own, each
		// titled with whose price it is
		{Title: "The prices, if you know them", QuickOnly: true,
			note: "Keep a typical price with Enter when you do not know it: the comparison marks it as assumed.",
			Questions: []Question{
				ask("care.in_network.allowed").when(HasPlan).quick().withTitle("The in-network clinic's rate with your plan (allowed amount)"),
				ask("care.in_network.charge").when(noPlan).quick().withTitle("The in-network clinic's price for a visit"),
				ask("care.out_of_network.cash_rate").quick().withTitle("The out-of-network therapist's cash rate"),
				ask("care.concierge.fee").quick().withTitle("The concierge therapist's session fee"),
			}},
	}},
	StepAccount: {Pages: []Page{
		{Title: "An HSA or FSA", Questions: []Question{ask("account.kind").quick()}},
		{Title: "The account", When: HasAccount, Questions: []Question{ask("account.balance").quick(), taxBracketQuestion()}},
		{Title: "Your tax rate", When: and(HasAccount, RateTyped), Questions: []Question{ask("account.tax_rate")}},
		{Title: "Your employer's HSA contribution", When: isHSA, Questions: []Question{ask("account.employer_contribution")}},
		{Title: "The FSA next plan year", When: and(isFSA, Dated), Questions: []Question{ask("account.next_balance"), ask("account.fsa_rule")}},
		{Title: "The carryover", When: and(and(isFSA, Dated), carriesOver), Questions: []Question{ask("account.carryover").
			withEmpty("the IRS limit")}},
	}},
	StepSupplemental: {Pages: supplementalPages()},
}

var noPlan = Predicate{"there is no health plan", func(a *Answers) bool { return !a.hasPlan() }, false}

// oopMaxQuestion may be left empty (no maximum) only for the plan types
// that may have none.
func oopMaxQuestion() Question {
	q := ask("plan.in_network.oop_max").quick()
	q.helpFor = func(a *Answers) string {
		help := "The most you pay in network in a plan year, after which the plan pays everything"
		if a.OOPMaxOptional() {
			return help + "; leave it empty if there is none"
		}
		return help + "; " + plans.PlanWithArticle(a.PlanType()) + " always has one"
	}
	return q
}

// EmptyMeaning is what an empty answer to q means with the answers so far
// ("" when it may not be empty): the in-network maximum may be empty only
// for the plan types that may have none; an empty year is the first
// visit's plan year once its date is given.
func (q Question) EmptyMeaning(a *Answers) string {
	switch q.Key {
	case "plan.in_network.oop_max":
		if !a.OOPMaxOptional() {
			return ""
		}
	case "year":
		if y, ok := a.datedYear(); ok {
			return "the first visit's plan year, " + strconv.Itoa(y)
		}
	}
	return q.Empty
}

// yearQuestion asks the plan year, whose federal figures the warnings
// compare with; empty, the first visit's date picks it (plans.PlanYear),
// or without one the newest year carried.
func yearQuestion() Question {
	newest := strconv.Itoa(plans.NewestYear)
	q := ask("year").withEmpty("the newest year, " + newest)
	q.helpFor = func(a *Answers) string {
		help := "The plan year picks the federal limits the warnings compare with; leave it empty for "
		if y, ok := a.datedYear(); ok {
			return help + "the year your first visit's plan year begins, " + strconv.Itoa(y)
		}
		return help + "the year your first visit's plan year begins once you give its date, or " + newest +
			", the newest year carecost has figures for"
	}
	return q
}

// datedYear is the year the first visit's plan year begins, with a valid
// first visit's date answered (the plan year's start as answered, January
// 1 while it is not valid).
func (a *Answers) datedYear() (int, bool) {
	if !a.given("care.start_date") {
		return 0, false
	}
	start, err := calc.ParseDate(a.typed("care.start_date"))
	if err != nil {
		return 0, false
	}
	md, _ := plans.ParseMonthDay(a.typed("plan.year_starts"))
	return plans.FirstPlanYearBegins(start, md), true
}

func coveredHelp(a *Answers) string {
	switch a.PlanType() {
	case calc.HMO, calc.EPO:
		return "HMO and EPO plans usually pay nothing out of network; say yes only if your plan's documents list out-of-network benefits"
	}
	f, _ := plans.Field("plan.out_of_network.covered")
	return f.Explain
}

func cashNote(a *Answers) string {
	switch {
	case a.oonCovered():
		return "Paid in cash at each visit; the plan pays its share back on a superbill."
	case a.hasPlan():
		return "Paid in cash at each visit; your plan pays nothing toward it out of network."
	}
	return "Paid in cash at each visit."
}

// yesNo is a walk-through choice whose yes asks more: the evaluation's
// prices, option by option; next year's plan.
func yesNo(key, title, help, noLabel, yesLabel string) Question {
	return Question{Key: key, Title: title, help: help, choices: []Choice{{Label: noLabel, Value: no}, {Label: yesLabel, Value: yes}}}
}

// rangeQuestion asks whether the number of visits is known or a range;
// a range asks its fewest and most (the likeliest is the visits needed).
func rangeQuestion() Question {
	q := Question{Key: KeyRange, Title: "How sure are you of the number of visits?",
		help: "A plan of care often says \"2 a week for 6 to 12 weeks\": with a range, carecost works out every count from the fewest to the most, and how likely each way is the cheapest"}
	q.choose = func(a *Answers) []Choice {
		sure := "Sure enough: the visits needed"
		if n := a.typed("care.visits"); plans.ValidateField("care.visits", n) == nil && n != "" {
			sure = "Sure enough: " + n + " visits"
		}
		return []Choice{{Label: sure, Value: no}, {Label: "It is a range: I will give the fewest and the most", Value: yes}}
	}
	return q
}

// allowedSourceQuestion asks whether the out-of-network allowed amount is
// known, offering the Medicare-based suggestion otherwise.
func allowedSourceQuestion() Question {
	q := Question{Key: KeyAllowedSource, Fills: "plan.out_of_network.allowed",
		Title: "Do you know the plan's allowed amount for one out-of-network visit?"}
	q.choose = func(a *Answers) []Choice {
		suggestion := "No: use the suggestion below"
		if amount, ok := a.SuggestedAllowed(); ok {
			ref, _ := a.medicareReferenceAmount()
			suggestion = "No: use " + amount.String() + ", " + plans.SuggestedAllowedPercent.String() + " % of Medicare's " +
				ref.Total.String() + " for a " + strconv.Itoa(a.oonMinutes()) + "-minute visit"
		}
		return []Choice{{Label: "Yes, I will type it", Value: allowedKnown}, {Label: suggestion, Value: allowedSuggested}}
	}
	q.helpFor = func(a *Answers) string {
		help := "The allowed amount is what the plan recognises for a visit: its share is worked out from it, not from the therapist's cash rate. The plan's customer service can give it for the visit's billing codes."
		if ref, ok := a.medicareReferenceAmount(); ok {
			help += " The suggestion assumes the visit is exercise, neuromuscular re-education and manual therapy (97110, 97112, 97140) in equal parts, at Medicare's national rates; plans commonly allow 110 to 140 % of Medicare. " +
				strings.Join(ref.Notes(), " ")
		}
		return help
	}
	return q
}

// taxBracketQuestion offers the year's tax brackets (plans.TaxBrackets) for
// the account's tax rate, or another rate typed.
func taxBracketQuestion() Question {
	q := Question{Key: KeyTaxBracket, Fills: "account.tax_rate", Title: "Your tax rate on the last dollar you earn",
		help: plans.TaxRateExplained}
	q.choose = func(a *Answers) []Choice {
		var out []Choice
		for _, b := range plans.TaxBrackets(a.year()) {
			out = append(out, Choice{
				Label: b.Combined.String() + " %: " + b.Income.String() + " % income tax + " + b.FICAFigure.Rate().String() + " % payroll tax",
				Value: b.Combined.String(),
			})
		}
		return append(out, Choice{Label: "Another rate: I will type it", Value: bracketOther})
	}
	return q
}

// supplementalPages ask whether there is a policy (none, a ready one, or a
// kind to fill in), then that kind's fields, three to a page.
func supplementalPages() []Page {
	choices := []Choice{{Label: "No", Value: string(calc.NoSupplemental)}}
	for i, p := range plans.SupplementalPresets() {
		choices = append(choices, Choice{Label: p.Name + " (ready figures)", Value: presetPrefix + strconv.Itoa(i)})
	}
	kindField, _ := plans.Field("supplemental.kind")
	for _, k := range calc.SupplementalKinds[1:] {
		choices = append(choices, Choice{Label: "Another: " + text.LowerFirst(kindField.ChoiceLabel(string(k))), Value: string(k)})
	}
	pages := []Page{{
		Title: "A second policy",
		note:  "Some people have a policy beside their health plan that pays toward therapy.",
		Questions: []Question{{Key: KeySupplementalChoice, Fills: "supplemental.kind", Title: "Do you have a supplemental policy?",
			help: kindField.Help, choices: choices}},
	}}
	for _, k := range calc.SupplementalKinds[1:] {
		kind := string(k)
		var qs []Question
		for _, f := range plans.Fields {
			if f.Section() == "supplemental" && f.Kinds != nil && f.BelongsTo(kind) && !askedApart[f.Path] {
				qs = append(qs, ask(f.Path))
			}
		}
		title := text.Capitalize(text.LowerFirst(kindField.ChoiceLabel(kind)))
		for i := 0; i < len(qs); i += 3 {
			pages = append(pages, Page{Title: title, Questions: qs[i:min(i+3, len(qs))], When: policyIs(kind)})
		}
	}
	secondary := policyIs(string(calc.Secondary))
	return append(pages,
		Page{Title: "How it pays after your plan", When: secondary, Questions: []Question{ask("supplemental.coordination")}},
		Page{Title: "The second plan's allowed amount", When: and(secondary, coordinated),
			Questions: []Question{ask("supplemental.allowed")}},
		Page{Title: "Excess charges", When: and(secondary, isMedicare), Questions: []Question{ask("supplemental.pays_excess_charges")}},
		Page{Title: "The most you may be billed", When: and(and(secondary, isMedicare), paysExcess),
			note:      "With Original Medicare the out-of-network therapist is one who does not participate: Medicare pays you back, and the therapist may bill more than Medicare's amount, up to a limit.",
			Questions: []Question{ask("supplemental.limiting_charge")}},
	)
}

// askedApart are the supplemental fields asked on pages of their own, each
// when it means something: a second plan's allowed amount only when it
// coordinates as a plan does, excess charges only beside Medicare, and the
// limiting charge only when the policy pays them.
var askedApart = map[string]bool{"supplemental.coordination": true, "supplemental.allowed": true,
	"supplemental.pays_excess_charges": true, "supplemental.limiting_charge": true}

var (
	coordinated = Predicate{"the secondary coordinates as a second plan", func(a *Answers) bool {
		c := a.typed("supplemental.coordination")
		return c == string(calc.Traditional) || c == string(calc.NonDuplication)
	}, false}
	isMedicare = Predicate{"the plan is Original Medicare", func(a *Answers) bool { return a.PlanType() == calc.Medicare }, false}
	isFSA      = Predicate{"the account is an FSA", func(a *Answers) bool { return a.accountKind() == string(calc.FSA) }, false}
	isHSA      = Predicate{"the account is an HSA", func(a *Answers) bool { return a.accountKind() == string(calc.HSA) }, false}
	// the carryover is passed only with a carryover rule: the file refuses
	// it otherwise
	carriesOver = Predicate{"unspent FSA money carries over", func(a *Answers) bool {
		return a.typed("account.fsa_rule") == string(calc.FSACarryover)
	}, true}
)

// Pages are a step's pages on the route (quick: the short route's), each
// with the questions asked given the answers so far (Question.When is
// decided here, when the step opens; Page.When as each page is reached).
func (a *Answers) Pages(s Step, quick bool) []Page {
	var out []Page
	for _, p := range script[s].Pages {
		if p.QuickOnly && !quick {
			continue
		}
		p.Questions = slices.DeleteFunc(slices.Clone(p.Questions), func(q Question) bool { return (quick && !q.Quick) || !q.When.Holds(a) })
		if len(p.Questions) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// Asked reports whether a step is asked on the route: while its predicate
// holds and it has something to ask (on the short route, short-route
// questions).
func (a *Answers) Asked(s Step, quick bool) bool {
	if s == StepReview {
		return true
	}
	if s < StepPlan || s > StepReview || !script[s].When.Holds(a) {
		return false
	}
	return !quick || len(a.Pages(s, true)) > 0
}

// StepApplies reports whether a step is asked on the full route.
func (a *Answers) StepApplies(s Step) bool { return a.Asked(s, false) }

// askings yields the predicates that decide each place where key is asked
// on the full route (a field filled by a walk-through choice is asked where
// the choice is): the step's, the page's and the question's.
func askings(key string) iter.Seq[[3]Predicate] {
	return func(yield func([3]Predicate) bool) {
		for _, st := range Steps {
			sc, ok := script[st]
			if !ok {
				continue
			}
			for _, p := range sc.Pages {
				if p.QuickOnly {
					continue
				}
				for _, q := range p.Questions {
					if (q.Key == key || q.Fills == key) && !yield([3]Predicate{sc.When, p.When, q.When}) {
						return
					}
				}
			}
		}
	}
}

// switchedOff reports an answer that a choice switched off: wherever it
// is asked, a predicate that drops what it hides does not hold.
func (a *Answers) switchedOff(key string) bool {
	found := false
	for ws := range askings(key) {
		found = true
		if !slices.ContainsFunc(ws[:], func(w Predicate) bool { return w.drops && !w.Holds(a) }) {
			return false
		}
	}
	return found
}

// Applies reports whether an answer means anything with the other answers:
// its step, its page and its question are asked (a field filled by a
// walk-through choice applies where the choice is asked). An answer that
// does not apply is kept but passed to the scenario only while it is valid.
func (a *Answers) Applies(key string) bool {
	for ws := range askings(key) {
		if ws[0].Holds(a) && ws[1].Holds(a) && ws[2].Holds(a) {
			return true
		}
	}
	return false
}
