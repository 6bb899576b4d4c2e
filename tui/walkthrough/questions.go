package walkthrough

import (
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// Question is one answer asked: a scenario field or a walk-through choice.
type Question struct {
	Key   string
	Title string // the question, in the user's words
	Help  string // one line explaining the term (plans.FieldSpec.Help, or the walk-through's own)
	Short string // the answer's label on the review
	// Choices, when not nil, are the answers to pick from.
	Choices []Choice
	// Kind is the field's kind (0 for a walk-through choice).
	Kind plans.FieldKind
	// Empty says what an empty answer means ("no maximum"), when it is allowed.
	Empty string
}

// Choice is one answer to pick.
type Choice struct {
	Label string
	Value string
}

// Page is a few questions shown together (one group of a form; a heading
// in the line-by-line prompt).
type Page struct {
	Title     string
	Note      string
	Questions []Question
	// show: whether the page is asked, given the answers so far (nil:
	// always). It is evaluated when the page is reached, so an answer on
	// an earlier page of the same step decides it.
	show func(a *Answers) bool
}

// Shown reports whether the page is asked with the answers so far.
func (p Page) Shown(a *Answers) bool { return p.show == nil || p.show(a) }

// fieldText is the walk-through's wording of each scenario field: the
// question, and the short label of the review. The one-line explanation is
// the field's Help in plans.Fields unless help overrides it.
var fieldText = map[string]struct{ title, short, help string }{
	"name": {"A name for this estimate", "name",
		"Shown at the top of the comparison, and the file name offered when you save"},
	"year":                 {"Plan year", "year", ""},
	"plan.type":            {"What kind of health plan pays for your therapy?", "plan", ""},
	"plan.premium_monthly": {"Monthly premium", "premium", ""},
	"plan.coverage": {"Whose coverage is it?", "coverage",
		"A family plan also covers your spouse or children and has higher federal limits; the warnings compare your figures with the matching ones"},

	"plan.in_network.deductible": {"Deductible", "deductible", ""},
	"plan.in_network.deductible_met": {"Deductible already met", "met",
		"How much of it is already met this plan year, or sure to be met before therapy starts (for instance by the surgery)"},
	"plan.in_network.deductible_applies": {"Do therapy visits count against the deductible?", "counts against it",
		"Some plans charge only a copay for therapy from the first visit, deductible or not"},
	"plan.in_network.copay":       {"Copay", "copay", ""},
	"plan.in_network.coinsurance": {"Coinsurance, in percent", "coinsurance", ""},
	"plan.in_network.oop_max":     {"Out-of-pocket maximum", "maximum", ""},
	"plan.in_network.oop_spent": {"Already paid toward the maximum", "paid toward it",
		"How much you have already paid toward it this plan year, or are sure to pay before therapy starts (for instance for the surgery)"},

	"plan.out_of_network.covered": {"Does your plan pay anything toward out-of-network therapy?", "covered",
		"Out-of-network benefits pay part of a visit to a therapist who has no contract with your plan; PPO and POS plans usually have them"},
	"plan.out_of_network.deductible": {"Out-of-network deductible", "deductible", ""},
	"plan.out_of_network.deductible_met": {"Deductible already met", "met",
		"How much of it is already met this plan year, or sure to be met before therapy starts"},
	"plan.out_of_network.deductible_applies": {"Do out-of-network visits count against it?", "counts against it",
		"They do in most plans: you then pay the visits in full until this deductible is met"},
	"plan.out_of_network.copay":       {"Copay", "copay", ""},
	"plan.out_of_network.coinsurance": {"Coinsurance, in percent", "coinsurance", ""},
	"plan.out_of_network.oop_max":     {"Out-of-network out-of-pocket maximum", "maximum", ""},
	"plan.out_of_network.oop_spent": {"Already paid toward it", "paid toward it",
		"How much you have already paid toward the out-of-network maximum this plan year, or are sure to pay before therapy starts"},
	"plan.out_of_network.allowed": {"Allowed amount", "allowed", ""},
	"plan.out_of_network.shares_deductible": {"Do the two deductibles count toward each other?", "shared",
		"Some plans have one deductible for both networks: what you pay toward either one counts toward the other too"},

	"plan.visit_limit": {"Visit limit", "limit", ""},
	"plan.visits_used": {"Visits already used", "used", ""},

	"care.service": {"Kind of therapy", "therapy",
		"It decides which Medicare thresholds and account rules apply"},
	"care.medical_necessity_letter": {"Has a doctor written a letter of medical necessity?", "letter",
		"An HSA or FSA pays for massage only with a doctor's letter saying you need it to treat a condition"},
	"care.visits": {"Visits needed", "visits",
		"How many visits the course of therapy needs (a plan of care often says, such as 2 a week for 12 weeks)"},

	"care.in_network.charge": {"The clinic's charge", "charge", ""},
	"care.in_network.allowed": {"Allowed amount", "allowed",
		"The rate your plan negotiated with the clinic for one visit: your share follows it, not the charge"},
	"care.in_network.self_pay": {"Self-pay rate", "self-pay", ""},
	"care.in_network.minutes":  {"Minutes per visit", "minutes", ""},

	"care.out_of_network.cash_rate":             {"Cash rate", "cash rate", ""},
	"care.out_of_network.minutes":               {"Minutes per visit", "minutes", ""},
	"care.out_of_network.visits":                {"Visits", "visits", ""},
	"care.out_of_network.service_fee_percent":   {"Superbill service fee, in percent", "fee", ""},
	"care.out_of_network.service_fee_per_claim": {"Superbill service fee per claim", "fee per claim", ""},
	"care.out_of_network.reimbursement_days":    {"Days until you are paid back", "days to repay", ""},

	"care.concierge.fee":        {"Session fee", "fee", ""},
	"care.concierge.travel_fee": {"Travel fee", "travel", ""},
	"care.concierge.minutes":    {"Minutes per session", "minutes", ""},
	"care.concierge.visits":     {"Sessions", "sessions", ""},
	"care.concierge.superbill": {"Does the concierge give you a superbill?", "superbill",
		"A superbill lets you claim the session fee from the plan as out-of-network care"},

	"supplemental.kind":            {"Kind of supplemental policy", "policy", ""},
	"supplemental.premium_monthly": {"Monthly premium", "premium", ""},
	"supplemental.visits":          {"Extra visits it covers", "extra visits", ""},
	"supplemental.copay":           {"Copay", "copay", ""},
	"supplemental.coinsurance": {"Your share, in percent", "your share",
		"The part of each visit the policy covers that you still pay yourself"},
	"supplemental.per_visit":  {"Amount per visit", "per visit", ""},
	"supplemental.max_visits": {"Visits it pays for", "max visits", ""},
	"supplemental.annual_max": {"Yearly maximum", "yearly maximum", ""},
	"supplemental.deductible": {"Deductible", "deductible", ""},
	"supplemental.covers_out_of_network": {"Does it also pay toward out-of-network care?", "out of network",
		"Some policies pay only toward in-network visits; others also toward the visits you claim with a superbill"},

	"account.kind": {"Do you have an HSA or FSA?", "account", ""},
	"account.balance": {"What the account can pay this year", "balance",
		"For an HSA, the money in it you can spend on therapy; for an FSA, the amount you chose to set aside this year"},
	"account.tax_rate": {"Your tax rate, in percent", "tax rate", taxRateHelp},
}

// taxRateHelp explains the tax rate (asked as a bracket, or typed).
const taxRateHelp = "What you pay into the account escapes this rate: your income-tax bracket, plus 7.65 % payroll tax when you pay in through your employer"

// yesNo are the choices of a true-or-false field.
var yesNo = []Choice{{"Yes", "true"}, {"No", "false"}}

// field is the question for a scenario field.
func field(path string) Question {
	spec, _ := plans.Field(path)
	ft := fieldText[path]
	q := Question{Key: path, Title: ft.title, Short: ft.short, Help: spec.Help, Kind: spec.Kind}
	if ft.help != "" {
		q.Help = ft.help
	}
	if q.Title == "" {
		q.Title = spec.Path
	}
	switch spec.Kind {
	case plans.KindBool:
		q.Choices = yesNo
	case plans.KindEnum:
		for _, e := range spec.Enum {
			q.Choices = append(q.Choices, Choice{Label: enumLabel(path, e), Value: e})
		}
	}
	if spec.Nullable {
		q.Empty = "no maximum"
		if path == "plan.visit_limit" {
			q.Empty = "no limit"
		}
	}
	return q
}

// withEmpty marks a question whose empty answer means its default.
func withEmpty(q Question, meaning string) Question {
	q.Empty = meaning
	return q
}

func withTitle(q Question, title string) Question {
	q.Title = title
	return q
}

func withHelp(q Question, help string) Question {
	q.Help = help
	return q
}

func withChoices(q Question, c []Choice) Question {
	q.Choices = c
	return q
}

// enumLabel is a choice in words.
func enumLabel(path, value string) string {
	switch path {
	case "plan.type":
		return capitalize(plans.PlanTypeName(calc.PlanType(value)))
	case "plan.coverage":
		if value == string(calc.Family) {
			return "A family plan"
		}
		return "Just me (self-only coverage)"
	case "account.kind":
		switch value {
		case string(calc.HSA):
			return "A health savings account (HSA)"
		case string(calc.FSA):
			return "A flexible spending account (FSA)"
		}
		return "No account"
	case "supplemental.kind":
		switch value {
		case string(calc.ExtraVisits):
			return "A policy that covers extra visits past the plan's limit"
		case string(calc.Indemnity):
			return "A policy that pays a fixed amount per visit (indemnity)"
		case string(calc.Secondary):
			return "A secondary plan that pays after yours"
		}
		return "No supplemental policy"
	}
	return capitalize(strings.ReplaceAll(value, "_", " "))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func onlyIf(f func(a *Answers) bool) func(a *Answers) bool { return f }

// Pages lists the pages of a step as they stand with the answers so far.
// Whether a page is asked is decided when it is reached (Page.Shown); what
// depends on an earlier step (the plan type) is decided here.
func (a *Answers) Pages(s Step) []Page {
	switch s {
	case StepPlan:
		return a.planPages()
	case StepInNetwork:
		return a.inNetworkPages()
	case StepOutOfNetwork:
		return a.outOfNetworkPages()
	case StepVisitLimit:
		return []Page{{
			Title: "Visits your plan covers",
			Note:  "Many plans cover only so many therapy visits a year; after that you pay the clinic's self-pay rate.",
			Questions: []Question{
				withEmpty(withHelp(field("plan.visit_limit"),
					"How many therapy visits the plan covers in a plan year, in and out of network together; leave it empty if there is no limit"), "no limit"),
				field("plan.visits_used"),
			},
		}}
	case StepCare:
		return a.carePages()
	case StepAccount:
		return a.accountPages()
	case StepSupplemental:
		return a.supplementalPages()
	}
	return nil
}

// quickSteps are the steps of the short route (Options.Quick): the plan
// type, what the patient pays in network, the visit limit, the therapy and
// the HSA or FSA. Out-of-network benefits and a supplemental policy keep
// their typical answers, marked assumed.
var quickSteps = map[Step]bool{StepPlan: true, StepInNetwork: true, StepVisitLimit: true, StepCare: true, StepAccount: true}

// Asked reports whether a step is asked on the route: every step that
// applies, or on the short route (quick) only its steps.
func (a *Answers) Asked(s Step, quick bool) bool {
	return a.StepApplies(s) && (!quick || quickSteps[s] || s == StepReview)
}

// StepPages are the pages a step asks on the route: Pages, or on the short
// route the few questions most patients can answer — at most ten screens in
// all: the plan type; the deductible and what is met; the copay or
// coinsurance; the out-of-pocket maximum; the visit limit and the visits
// used; the visits needed; the prices, if known; an HSA or FSA and its
// balance.
func (a *Answers) StepPages(s Step, quick bool) []Page {
	if !quick {
		return a.Pages(s)
	}
	switch s {
	case StepPlan:
		return a.planPages()[:1] // the plan type alone
	case StepInNetwork:
		pages := a.inNetworkPages()
		pages[0].Questions = pages[0].Questions[:2] // the deductible and what is met
		pages[2].Questions = pages[2].Questions[:1] // the maximum
		return pages
	case StepCare:
		// titled for a page of their own: the full route's pages say whose
		// price each is
		prices := []Question{withTitle(field("care.in_network.charge"), "The in-network clinic's price for a visit")}
		if a.hasPlan() {
			prices[0] = withTitle(field("care.in_network.allowed"), "The in-network clinic's rate with your plan (allowed amount)")
		}
		prices = append(prices,
			withTitle(field("care.out_of_network.cash_rate"), "The out-of-network therapist's cash rate"),
			withTitle(field("care.concierge.fee"), "The concierge therapist's session fee"))
		return []Page{
			{Title: "The therapy", Questions: []Question{field("care.visits")}},
			{
				Title:     "The prices, if you know them",
				Note:      "Keep a typical price with Enter when you do not know it: the comparison marks it as assumed.",
				Questions: prices,
			},
		}
	case StepAccount:
		pages := a.accountPages()
		pages[1].Questions = pages[1].Questions[:1] // the balance; the tax rate stays typical
		return pages[:2]
	}
	return a.Pages(s)
}

func (a *Answers) planPages() []Page {
	yearHelp := "The plan year picks the federal limits the warnings compare with; leave it empty for " +
		strconv.Itoa(plans.NewestYear) + ", the newest year carecost has figures for"
	return []Page{
		{
			Questions: []Question{withHelp(field("plan.type"),
				"Each kind comes with typical figures, and you can change every one of them")},
		},
		{
			Title: "Coverage",
			show:  onlyIf(func(a *Answers) bool { return a.hasPlan() }),
			Questions: []Question{
				field("plan.coverage"),
				field("plan.premium_monthly"),
			},
		},
		{
			Title: "Name and year",
			Questions: []Question{
				withEmpty(field("name"), "no name"),
				withEmpty(withHelp(field("year"), yearHelp), "the newest year, "+strconv.Itoa(plans.NewestYear)),
			},
		},
	}
}

func (a *Answers) inNetworkPages() []Page {
	return []Page{
		{
			Title: "The deductible",
			Note:  "An in-network therapist has a contract with your plan. The figures are in your plan's summary of benefits.",
			Questions: []Question{
				field("plan.in_network.deductible"),
				field("plan.in_network.deductible_met"),
				withChoices(field("plan.in_network.deductible_applies"), []Choice{
					{"Yes: visits are paid by me until the deductible is met", "true"},
					{"No: the copay or coinsurance starts at the first visit", "false"},
				}),
			},
		},
		{
			Title: "Your share of each visit",
			Questions: []Question{
				field("plan.in_network.copay"),
				field("plan.in_network.coinsurance"),
			},
		},
		{
			Title: "The out-of-pocket maximum",
			Questions: []Question{
				a.inNetworkOOPMax(),
				field("plan.in_network.oop_spent"),
			},
		},
	}
}

// inNetworkOOPMax is the in-network maximum's question: it may be left
// empty (no maximum) only for the plan types that may have none.
func (a *Answers) inNetworkOOPMax() Question {
	q := field("plan.in_network.oop_max")
	help := "The most you pay in network in a plan year, after which the plan pays everything"
	if a.OOPMaxOptional() {
		return withHelp(q, help+"; leave it empty if there is none")
	}
	q.Empty = ""
	return withHelp(q, help+"; "+plans.PlanWithArticle(a.PlanType())+" always has one")
}

func (a *Answers) outOfNetworkPages() []Page {
	covered := field("plan.out_of_network.covered")
	switch a.PlanType() {
	case calc.HMO, calc.EPO:
		covered.Help = "HMO and EPO plans usually pay nothing out of network; say yes only if your plan's documents list out-of-network benefits"
	}
	covered.Choices = []Choice{{"Yes, it pays part", "true"}, {"No, it pays nothing out of network", "false"}}
	isCovered := onlyIf(func(a *Answers) bool { return a.oonCovered() })

	suggestion := "No: use the suggestion below"
	help := "The allowed amount is what the plan recognises for a visit: its share is worked out from it, not from the therapist's cash rate. The plan's customer service can give it for the visit's billing codes."
	if amount, ok := a.SuggestedAllowed(); ok {
		ref, _ := a.medicareReferenceAmount()
		suggestion = "No: use " + amount.String() + ", " + pctWords(SuggestedAllowedPercent) + " of Medicare's " +
			ref.Total.String() + " for a " + strconv.Itoa(a.oonMinutes()) + "-minute visit"
		help += " The suggestion assumes the visit is exercise, neuromuscular re-education and manual therapy (97110, 97112, 97140) in equal parts, at Medicare's national rates; plans commonly allow 110 to 140 % of Medicare. " +
			strings.Join(ref.Notes(), " ")
	}
	return []Page{
		{
			Title:     "Out-of-network benefits",
			Note:      "An out-of-network therapist has no contract with your plan: you pay the cash rate and claim the plan's share with a superbill, a receipt with the visit's billing codes that you send to the plan.",
			Questions: []Question{covered},
		},
		{
			Title: "The out-of-network deductible",
			show:  isCovered,
			Questions: []Question{
				field("plan.out_of_network.deductible"),
				field("plan.out_of_network.deductible_met"),
				withChoices(field("plan.out_of_network.deductible_applies"), []Choice{
					{"Yes: visits are paid by me until the deductible is met", "true"},
					{"No: the plan's share starts at the first visit", "false"},
				}),
				field("plan.out_of_network.shares_deductible"),
			},
		},
		{
			Title: "Your share out of network",
			show:  isCovered,
			Questions: []Question{
				field("plan.out_of_network.copay"),
				field("plan.out_of_network.coinsurance"),
			},
		},
		{
			Title: "The out-of-network maximum",
			show:  isCovered,
			Questions: []Question{
				withHelp(field("plan.out_of_network.oop_max"),
					"The most you pay out of network in a plan year; leave it empty if there is none"),
				field("plan.out_of_network.oop_spent"),
			},
		},
		{
			Title: "The allowed amount",
			show:  isCovered,
			Questions: []Question{{
				Key:   KeyAllowedSource,
				Title: "Do you know the plan's allowed amount for one out-of-network visit?",
				Help:  help,
				Choices: []Choice{
					{"Yes, I will type it", allowedKnown},
					{suggestion, allowedSuggested},
				},
			}},
		},
		{
			Title: "The allowed amount",
			show: onlyIf(func(a *Answers) bool {
				return a.oonCovered() && a.Text(KeyAllowedSource) != allowedSuggested
			}),
			Questions: []Question{withHelp(field("plan.out_of_network.allowed"),
				"What the plan recognises for one out-of-network visit")},
		},
	}
}

func pctWords(bp calc.BasisPoints) string { return bp.String() + " %" }

func (a *Answers) carePages() []Page {
	clinic := []Question{field("care.in_network.charge")}
	if a.hasPlan() {
		clinic = append(clinic, field("care.in_network.allowed"))
	}
	oonNote := "Paid in cash at each visit; the plan pays its share back on a superbill."
	concierge := []Question{field("care.concierge.fee"), field("care.concierge.travel_fee")}
	if a.oonCovered() {
		// without out-of-network benefits no claim is filed: a superbill
		// changes nothing
		concierge = append(concierge, field("care.concierge.superbill"))
	} else if a.hasPlan() {
		oonNote = "Paid in cash at each visit; your plan pays nothing toward it out of network."
	} else {
		oonNote = "Paid in cash at each visit."
	}
	clinic = append(clinic,
		withEmpty(withHelp(field("care.in_network.self_pay"),
			"What the clinic charges for a visit the plan does not cover; leave it empty if it is the same as what it bills"), "same as the charge"),
		field("care.in_network.minutes"))
	return []Page{
		{
			Title: "The therapy",
			Questions: []Question{
				field("care.service"),
				field("care.visits"),
			},
		},
		{
			Title:     "Massage",
			show:      onlyIf(func(a *Answers) bool { return a.Applies("care.medical_necessity_letter") }),
			Questions: []Question{field("care.medical_necessity_letter")},
		},
		{
			Title:     "The in-network clinic",
			Questions: clinic,
		},
		{
			Title: "The out-of-network therapist",
			Note:  oonNote,
			Questions: []Question{
				field("care.out_of_network.cash_rate"),
				field("care.out_of_network.minutes"),
				withEmpty(withHelp(field("care.out_of_network.visits"),
					"How many visits with the out-of-network therapist; leave it empty for the same number as the course of therapy"), "same as the course"),
			},
		},
		{
			Title: "Filing superbills",
			show:  onlyIf(func(a *Answers) bool { return a.oonCovered() }),
			Questions: []Question{
				field("care.out_of_network.service_fee_percent"),
				field("care.out_of_network.service_fee_per_claim"),
				field("care.out_of_network.reimbursement_days"),
			},
		},
		{
			Title:     "The concierge or mobile therapist",
			Note:      "Comes to you, usually for longer sessions, paid in cash.",
			Questions: concierge,
		},
		{
			Title: "Concierge sessions",
			Questions: []Question{
				field("care.concierge.minutes"),
				withEmpty(withHelp(field("care.concierge.visits"),
					"How many concierge sessions; leave it empty for the same number as the course of therapy"), "same as the course"),
			},
		},
	}
}

func (a *Answers) accountPages() []Page {
	brackets := make([]Choice, 0, len(taxBrackets)+1)
	for _, b := range taxBrackets {
		brackets = append(brackets, Choice{
			Label: b.combined + " %: " + b.income + " % income tax + 7.65 % payroll tax",
			Value: b.combined,
		})
	}
	brackets = append(brackets, Choice{"Another rate: I will type it", bracketOther})
	hasAccount := onlyIf(func(a *Answers) bool { return a.accountKind() != string(calc.NoAccount) })
	return []Page{
		{
			Title: "An HSA or FSA",
			Questions: []Question{withHelp(field("account.kind"),
				"A health savings account or flexible spending account pays for care with money not taxed, so therapy costs you less")},
		},
		{
			Title: "The account",
			show:  hasAccount,
			Questions: []Question{
				field("account.balance"),
				{
					Key:     KeyTaxBracket,
					Title:   "Your tax rate on the last dollar you earn",
					Help:    taxRateHelp,
					Choices: brackets,
				},
			},
		},
		{
			Title: "Your tax rate",
			show: onlyIf(func(a *Answers) bool {
				return hasAccount(a) && a.Text(KeyTaxBracket) == bracketOther
			}),
			Questions: []Question{field("account.tax_rate")},
		},
	}
}

func plansHelp(path string) string {
	spec, _ := plans.Field(path)
	return spec.Help
}

// supplementalChoices are the answers to "a second policy?": none, the
// ready policies, or a kind to fill in.
func supplementalChoices() []Choice {
	c := []Choice{{"No", string(calc.NoSupplemental)}}
	for i, p := range plans.SupplementalPresets() {
		c = append(c, Choice{Label: p.Name + " (ready figures)", Value: presetPrefix + strconv.Itoa(i)})
	}
	for _, k := range calc.SupplementalKinds[1:] {
		c = append(c, Choice{Label: "Another: " + lowerFirst(enumLabel("supplemental.kind", string(k))), Value: string(k)})
	}
	return c
}

// lowerFirst lower-cases a label's first letter for use inside a sentence,
// but not an acronym's ("PPO").
func lowerFirst(s string) string {
	if len(s) < 2 || (s[1] >= 'A' && s[1] <= 'Z') {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// choiceKind is the supplemental kind a choice stands for.
func choiceKind(choice string) string {
	if n, ok := strings.CutPrefix(choice, presetPrefix); ok {
		i, err := strconv.Atoi(n)
		presets := plans.SupplementalPresets()
		if err == nil && i >= 0 && i < len(presets) {
			return string(presets[i].Policy.Kind)
		}
		return ""
	}
	return choice
}

// SupplementalDescription is what a choice of the supplemental question
// means ("" when there is nothing to add).
func SupplementalDescription(choice string) string {
	if n, ok := strings.CutPrefix(choice, presetPrefix); ok {
		i, err := strconv.Atoi(n)
		presets := plans.SupplementalPresets()
		if err == nil && i >= 0 && i < len(presets) {
			return presets[i].Description
		}
	}
	switch calc.SupplementalKind(choice) {
	case calc.ExtraVisits:
		return "Covers therapy visits past the plan's yearly visit limit, with its own share of each visit."
	case calc.Indemnity:
		return "Pays you a fixed amount for each visit, whatever else covers it."
	case calc.Secondary:
		return "Pays after your plan, toward what your plan left you to pay."
	}
	return ""
}

func (a *Answers) supplementalPages() []Page {
	pages := []Page{{
		Title: "A second policy",
		Note:  "Some people have a policy beside their health plan that pays toward therapy.",
		Questions: []Question{{
			Key:     KeySupplementalChoice,
			Title:   "Do you have a supplemental policy?",
			Help:    plansHelp("supplemental.kind"),
			Choices: supplementalChoices(),
		}},
	}}
	for _, k := range calc.SupplementalKinds[1:] {
		kind := string(k)
		var qs []Question
		for _, f := range plans.Fields {
			if f.Section() == "supplemental" && f.Kinds != nil && f.BelongsTo(kind) {
				qs = append(qs, field(f.Path))
			}
		}
		for i := 0; i < len(qs); i += 3 {
			pages = append(pages, Page{
				Title:     capitalize(lowerFirst(enumLabel("supplemental.kind", kind))),
				Questions: qs[i:min(i+3, len(qs))],
				// the choice decides, not supplemental.kind: the choice is
				// applied to the fields only when it is left
				show: onlyIf(func(a *Answers) bool { return choiceKind(a.Text(KeySupplementalChoice)) == kind }),
			})
		}
	}
	return pages
}

// ReviewPages are a step's pages as the review lists them: only pages and
// answers that apply, the walk-through's own choices replaced by the fields
// they fill.
func (a *Answers) ReviewPages(s Step) []Page {
	var out []Page
	seen := map[string]bool{}
	for _, p := range a.Pages(s) {
		if !p.Shown(a) {
			continue
		}
		var qs []Question
		for _, q := range p.Questions {
			switch q.Key {
			case KeyAllowedSource:
				q = field("plan.out_of_network.allowed")
			case KeyTaxBracket:
				q = field("account.tax_rate")
			case KeySupplementalChoice:
				q = field("supplemental.kind")
			}
			if seen[q.Key] || !a.Applies(q.Key) {
				continue
			}
			seen[q.Key] = true
			qs = append(qs, q)
		}
		if len(qs) > 0 {
			p.Questions = qs
			out = append(out, p)
		}
	}
	return out
}

// Display is an answer as the review shows it: amounts as dollars, choices
// in words, an empty answer as what it means, and text that is not valid
// quoted as typed.
func (a *Answers) Display(q Question) string {
	raw := a.Text(q.Key)
	if strings.TrimSpace(raw) != "" && plans.ValidateField(q.Key, raw) != nil {
		return strconv.Quote(raw) + " (not valid)"
	}
	t := a.typed(q.Key)
	if t == "" {
		if q.Empty != "" {
			return q.Empty
		}
		// what an empty answer means: the field's default ("0" shown as
		// $0.00), when the default is a value
		spec, _ := plans.Field(q.Key)
		if spec.Default == "" || plans.ValidateField(q.Key, spec.Default) != nil {
			return "not answered"
		}
		t = plans.NormalizeTyped(spec.Kind, spec.Default)
	}
	if q.Key == "plan.type" {
		return plans.PlanTypeName(calc.PlanType(t)) // a name: Original Medicare
	}
	switch q.Kind {
	case plans.KindBool:
		if t == "true" {
			return "yes"
		}
		return "no"
	case plans.KindEnum:
		return lowerFirst(enumLabel(q.Key, t))
	case plans.KindMoney:
		v, _ := calc.ParseDecimal(t)
		return calc.Cents(v).String()
	case plans.KindPercent:
		return t + " %"
	}
	return t
}

// Summary is a page's answers on one line, as the review lists them: "The
// deductible: deductible $1,500.00 · met $0.00". A title the same as the
// step's is left out, and so is a label the same as the page's title.
func (a *Answers) Summary(step Step, p Page, sep string) string {
	parts := make([]string, 0, len(p.Questions))
	assumed := map[string]bool{}
	for _, k := range a.Assumed() {
		assumed[k] = true
	}
	for _, q := range p.Questions {
		shown := a.Display(q)
		if assumed[q.Key] {
			shown += " (assumed)" // a typical figure the user did not give
		}
		meaning := q.Empty != "" && shown == q.Empty
		words := strings.Fields(shown)
		switch {
		case strings.EqualFold(q.Short, p.Title):
			parts = append(parts, shown)
		case meaning && strings.HasPrefix(shown, "no ") && strings.Contains(q.Short, words[len(words)-1]):
			// "no maximum", "no yearly maximum", not "maximum no maximum"
			parts = append(parts, "no "+q.Short)
		case meaning && strings.HasPrefix(shown, "no "):
			parts = append(parts, q.Short+": "+shown) // "max visits: no maximum"
		case meaning && strings.Contains(shown, q.Short):
			parts = append(parts, shown) // "the newest year, 2027"
		default:
			parts = append(parts, q.Short+" "+shown)
		}
	}
	text := strings.Join(parts, sep)
	if p.Title != "" && p.Title != step.Title() {
		text = p.Title + ": " + text
	}
	return text
}
