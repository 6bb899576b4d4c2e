package plans

import (
	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text" // named: this package has a func text
)

// Field kinds of the supplemental policy and the account, as Kinds lists.
var (
	anyPolicy   = []string{string(calc.ExtraVisits), string(calc.Indemnity), string(calc.Secondary)}
	anyAccount  = []string{string(calc.HSA), string(calc.FSA)}
	extraVisits = string(calc.ExtraVisits)
	fsa         = string(calc.FSA)
	hsa         = string(calc.HSA)
	indemnity   = string(calc.Indemnity)
	secondary   = string(calc.Secondary)
)

// Fields lists every scenario field in the order of the format's reference
// listing (docs/scenario-format.md), one row a field: where it lives in a
// calc.Scenario, its kind and range, its default, what it means in plain
// words, and how the walk-through asks it.
var Fields = withNextYear([]FieldSpec{
	FieldSpec{Path: "version", Kind: KindCount, Min: 1, Max: 1}.required().
		help("The version of the scenario format; always 1"),
	text("name", nameCeiling, func(s *calc.Scenario) *string { return &s.Name }).def("no name").
		help("A name for this scenario, shown at the top of the comparison").
		ask("A name for this estimate", "name").empty("no name").
		explain("Shown at the top of the comparison, and the file name offered when you save"),
	year("year", 2000, 2100, func(s *calc.Scenario) *int { return &s.Year }).
		def("with care.start_date, the year the plan year of the first visit begins; else the newest year carecost has figures for").
		help("The plan year, which picks the federal limits the warnings compare with").
		ask("Plan year", "year"),

	choice("plan.type", calc.PlanTypes, "", func(s *calc.Scenario) *calc.PlanType { return &s.Plan.Type }).required().
		help("The kind of health plan (none: no insurance)").
		ask("What kind of health plan pays for your therapy?", "plan").noun("the plan type").labels(planTypeChoices()...).affects(AllOptions),
	money("plan.premium_monthly", func(s *calc.Scenario) *calc.Cents { return &s.Plan.PremiumMonthly }).
		help("What the plan costs you each month; the same under every option, so it is shown but not compared").
		ask("Monthly premium", "premium").noun("the plan's monthly premium"),
	choice("plan.coverage", []calc.Coverage{calc.Self, calc.Family}, calc.Self, func(s *calc.Scenario) *calc.Coverage { return &s.Plan.Coverage }).
		help("Whose coverage it is: just you (self) or a family plan").
		ask("Whose coverage is it?", "coverage").noun("the coverage").affects(AllOptions).
		labels(Choice{"Just me (self-only coverage)", string(calc.Self)}, Choice{"A family plan", string(calc.Family)}).
		explain("A family plan also covers your spouse or children and has higher federal limits; the warnings compare your figures with the matching ones"),

	money("plan.in_network.deductible", func(s *calc.Scenario) *calc.Cents { return &s.Plan.InNetwork.Deductible }).
		help("What you pay in network before the plan starts paying").
		ask("Deductible", "deductible").noun("the in-network deductible").affects(InNetworkOption),
	money("plan.in_network.deductible_met", func(s *calc.Scenario) *calc.Cents { return &s.Plan.InNetwork.DeductibleMet }).
		standing().
		help("How much of the in-network deductible is already met this plan year, or sure to be met before therapy starts").
		ask("Deductible already met", "met").noun("the in-network deductible already met").affects(InNetworkOption).
		explain("How much of it is already met this plan year, or sure to be met before therapy starts (for instance by the surgery)"),
	yesNo("plan.in_network.deductible_applies", true, func(s *calc.Scenario) *bool { return &s.Plan.InNetwork.DeductibleApplies }).
		help("Whether therapy visits count against the deductible (false for plans where a copay starts at once)").
		ask("Do therapy visits count against the deductible?", "counts against it").noun("whether the in-network deductible applies").
		affects(InNetworkOption).
		labels(Choice{"Yes: visits are paid by me until the deductible is met", "true"},
			Choice{"No: the copay or coinsurance starts at the first visit", "false"}).
		explain("Some plans charge only a copay for therapy from the first visit, deductible or not"),
	money("plan.in_network.copay", func(s *calc.Scenario) *calc.Cents { return &s.Plan.InNetwork.Copay }).
		help("A fixed amount you pay per in-network visit; when above 0 it replaces coinsurance").
		ask("Copay", "copay").noun("the in-network copay").affects(InNetworkOption).
		explain("A fixed amount you pay for each in-network visit, such as $30; it usually replaces the coinsurance"),
	percent("plan.in_network.coinsurance", func(s *calc.Scenario) *calc.BasisPoints { return &s.Plan.InNetwork.Coinsurance }).
		help("Your share of each in-network visit after the deductible, in percent").
		ask("Coinsurance, in percent", "coinsurance").noun("the in-network coinsurance").affects(InNetworkOption),
	moneyMax("plan.in_network.oop_max", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Plan.InNetwork.OOPMax }).
		def("no maximum, which only medicare, workers_comp, auto_pip and none may have").
		help("The most you pay in network in a plan year, after which the plan pays everything").
		ask("Out-of-pocket maximum", "maximum").noun("the in-network out-of-pocket maximum").affects(InNetworkOption),
	money("plan.in_network.oop_spent", func(s *calc.Scenario) *calc.Cents { return &s.Plan.InNetwork.OOPSpent }).
		standing().
		help("How much you have already paid toward the in-network out-of-pocket maximum this plan year").
		ask("Already paid toward the maximum", "paid toward it").noun("what is already paid toward the in-network maximum").
		affects(InNetworkOption).
		explain("How much you have already paid toward it this plan year, or are sure to pay before therapy starts (for instance for the surgery)"),
	yesNo("plan.in_network.copay_and_coinsurance", false, func(s *calc.Scenario) *bool { return &s.Plan.InNetwork.CopayAndCoinsurance }).
		omittedAtDefault().
		help("Whether the in-network coinsurance applies after the copay, on the rest of the visit, instead of the copay replacing it").
		ask("Does the coinsurance apply after the copay?", "copay and coinsurance").noun("the in-network copay with coinsurance").
		affects(InNetworkOption).
		labels(Choice{"Yes: I pay the copay, then the coinsurance on the rest", "true"}, Choice{"No: the copay replaces the coinsurance", "false"}).
		explain("Most plans charge either a copay or a coinsurance for a visit; a few charge both, the copay first. Your plan's summary of benefits (SBC) says so under rehabilitation services: \"$30 copay, then 20 % coinsurance\", for instance"),
	yesNo("plan.in_network.copay_outside_oop_max", false, func(s *calc.Scenario) *bool { return &s.Plan.InNetwork.CopayOutsideOOP }).
		omittedAtDefault().
		help("Whether in-network copays are charged past the out-of-pocket maximum and do not count toward it").
		ask("Do copays go on past the maximum?", "copays past the maximum").noun("the in-network copays past the maximum").
		affects(InNetworkOption).
		labels(Choice{"Yes: copays do not count toward the maximum", "true"}, Choice{"No: copays count and stop at the maximum", "false"}).
		explain("A few plans leave copays out of the out-of-pocket maximum and charge them all year. Your plan's summary of benefits (SBC) lists what the out-of-pocket limit does not include: say yes only if copays are on that list"),
	money("plan.in_network.other_spending", func(s *calc.Scenario) *calc.Cents { return &s.Plan.InNetwork.OtherSpending }).omittedAtDefault().
		standing().
		help("What you will pay in-network for other care this plan year before therapy starts, which fills the deductible and the maximum").
		ask("Other in-network care this plan year", "other care").noun("the other in-network spending").empty("none").affects(InNetworkOption).
		explain("What you expect to pay for other in-network care this plan year before therapy starts (a scan, a surgery), and did not count in what is already met and paid above: it fills the deductible and the maximum first. Leave it empty if you know of none"),

	yesNo("plan.out_of_network.covered", false, func(s *calc.Scenario) *bool { return &s.Plan.OutOfNetwork.Covered }).
		def("false for hmo, epo and none, true otherwise; a plan without an out_of_network section has no out-of-network benefits").
		help("Whether the plan pays anything toward out-of-network care").
		ask("Does your plan pay anything toward out-of-network therapy?", "covered").noun("out-of-network benefits").
		affects(ClaimOptions).
		labels(Choice{"Yes, it pays part", "true"}, Choice{"No, it pays nothing out of network", "false"}).
		explain("Out-of-network benefits pay part of a visit to a therapist who has no contract with your plan; PPO and POS plans usually have them"),
	money("plan.out_of_network.deductible", func(s *calc.Scenario) *calc.Cents { return &s.Plan.OutOfNetwork.Deductible }).
		help("What you pay out of network before the plan starts paying").
		ask("Out-of-network deductible", "deductible").noun("the out-of-network deductible").affects(ClaimOptions),
	money("plan.out_of_network.deductible_met", func(s *calc.Scenario) *calc.Cents { return &s.Plan.OutOfNetwork.DeductibleMet }).
		standing().
		help("How much of the out-of-network deductible is already met this plan year").
		ask("Deductible already met", "met").noun("the out-of-network deductible already met").affects(ClaimOptions).
		explain("How much of it is already met this plan year, or sure to be met before therapy starts"),
	yesNo("plan.out_of_network.deductible_applies", true, func(s *calc.Scenario) *bool { return &s.Plan.OutOfNetwork.DeductibleApplies }).
		help("Whether out-of-network therapy visits count against the out-of-network deductible").
		ask("Do out-of-network visits count against it?", "counts against it").noun("whether the out-of-network deductible applies").
		affects(ClaimOptions).
		labels(Choice{"Yes: visits are paid by me until the deductible is met", "true"},
			Choice{"No: the plan's share starts at the first visit", "false"}).
		explain("They do in most plans: you then pay the visits in full until this deductible is met"),
	money("plan.out_of_network.copay", func(s *calc.Scenario) *calc.Cents { return &s.Plan.OutOfNetwork.Copay }).
		help("A fixed amount you pay per out-of-network visit; when above 0 it replaces coinsurance").
		ask("Copay", "copay").noun("the out-of-network copay").affects(ClaimOptions).
		explain("A fixed amount you pay for each out-of-network visit, such as $30; it usually replaces the coinsurance"),
	percent("plan.out_of_network.coinsurance", func(s *calc.Scenario) *calc.BasisPoints { return &s.Plan.OutOfNetwork.Coinsurance }).
		help("Your share of what the plan recognises out of network, in percent").
		ask("Coinsurance, in percent", "coinsurance").noun("the out-of-network coinsurance").affects(ClaimOptions),
	moneyMax("plan.out_of_network.oop_max", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Plan.OutOfNetwork.OOPMax }).
		help("The most you pay out of network in a plan year").
		ask("Out-of-network out-of-pocket maximum", "maximum").noun("the out-of-network out-of-pocket maximum").affects(ClaimOptions).
		explain("The most you pay out of network in a plan year; leave it empty if there is none"),
	money("plan.out_of_network.oop_spent", func(s *calc.Scenario) *calc.Cents { return &s.Plan.OutOfNetwork.OOPSpent }).
		standing().
		help("How much you have already paid toward the out-of-network maximum this plan year").
		ask("Already paid toward it", "paid toward it").noun("what is already paid toward the out-of-network maximum").
		affects(ClaimOptions).
		explain("How much you have already paid toward the out-of-network maximum this plan year, or are sure to pay before therapy starts"),
	money("plan.out_of_network.allowed", func(s *calc.Scenario) *calc.Cents { return &s.Plan.OutOfNetwork.Allowed }).
		def("0 when out-of-network care is not covered").
		help("What the plan recognises for one out-of-network visit (required when out-of-network care is covered)").
		ask("Allowed amount", "allowed").noun("the out-of-network allowed amount").affects(ClaimOptions).
		explain("What the plan recognises for one out-of-network visit").
		// left out when nothing is covered and it is 0 (its default then), so
		// a file switched to covered: true without it is refused, never
		// estimated with an allowed amount of $0
		leftOutWhen(func(s *calc.Scenario) bool { return !s.Plan.OutOfNetwork.Covered && s.Plan.OutOfNetwork.Allowed == 0 }),
	yesNo("plan.out_of_network.shares_deductible", false, func(s *calc.Scenario) *bool { return &s.Plan.OutOfNetwork.SharesDeductible }).
		help("Whether money applied to either deductible counts toward both").
		ask("Do the two deductibles count toward each other?", "shared").noun("the shared deductible").affects(AllOptions).
		explain("Some plans have one deductible for both networks: what you pay toward either one counts toward the other too"),
	moneyMax("plan.out_of_network.evaluation_allowed", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Plan.OutOfNetwork.EvaluationAllowed }).
		nullable("the allowed amount of a visit").omittedAtDefault().
		help("What the plan recognises for an out-of-network evaluation visit, when it differs from a visit's allowed amount").
		ask("The plan's allowed amount for the evaluation", "evaluation allowed").noun("the out-of-network evaluation's allowed amount").
		affects(ClaimOptions).
		explain("What the plan recognises for the evaluation visit out of network; leave it empty if it is the allowed amount of any visit").
		exampleValue("150"),
	moneyMax("plan.out_of_network.re_evaluation_allowed", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Plan.OutOfNetwork.ReEvaluationAllowed }).
		nullable("the allowed amount of a visit").omittedAtDefault().
		help("What the plan recognises for an out-of-network re-evaluation visit, when it differs from a visit's allowed amount").
		ask("The plan's allowed amount for a re-evaluation", "re-evaluation allowed").noun("the out-of-network re-evaluation's allowed amount").
		affects(ClaimOptions).
		explain("What the plan recognises for a re-evaluation out of network; leave it empty if it is the allowed amount of any visit").
		exampleValue("120"),
	yesNo("plan.out_of_network.copay_and_coinsurance", false, func(s *calc.Scenario) *bool { return &s.Plan.OutOfNetwork.CostSharing.CopayAndCoinsurance }).
		omittedAtDefault().
		help("Whether the out-of-network coinsurance applies after the copay, on the rest of the visit, instead of the copay replacing it").
		ask("Does the coinsurance apply after the copay?", "copay and coinsurance").noun("the out-of-network copay with coinsurance").
		affects(ClaimOptions).
		labels(Choice{"Yes: I pay the copay, then the coinsurance on the rest", "true"}, Choice{"No: the copay replaces the coinsurance", "false"}).
		explain("Most plans charge either a copay or a coinsurance for a visit; a few charge both, the copay first. Your plan's summary of benefits (SBC) says so under rehabilitation services: \"$30 copay, then 20 % coinsurance\", for instance"),
	yesNo("plan.out_of_network.copay_outside_oop_max", false, func(s *calc.Scenario) *bool { return &s.Plan.OutOfNetwork.CostSharing.CopayOutsideOOP }).
		omittedAtDefault().
		help("Whether out-of-network copays are charged past the out-of-pocket maximum and do not count toward it").
		ask("Do copays go on past the maximum?", "copays past the maximum").noun("the out-of-network copays past the maximum").
		affects(ClaimOptions).
		labels(Choice{"Yes: copays do not count toward the maximum", "true"}, Choice{"No: copays count and stop at the maximum", "false"}).
		explain("A few plans leave copays out of the out-of-pocket maximum and charge them all year. Your plan's summary of benefits (SBC) lists what the out-of-pocket limit does not include: say yes only if copays are on that list"),
	money("plan.out_of_network.other_spending", func(s *calc.Scenario) *calc.Cents { return &s.Plan.OutOfNetwork.CostSharing.OtherSpending }).omittedAtDefault().
		standing().
		help("What you will pay out-of-network for other care this plan year before therapy starts, which fills the deductible and the maximum").
		ask("Other out-of-network care this plan year", "other care").noun("the other out-of-network spending").empty("none").affects(ClaimOptions).
		explain("What you expect to pay for other out-of-network care this plan year before therapy starts, and did not count in what is already met and paid above: it fills the out-of-network deductible and maximum first. Leave it empty if you know of none"),

	countMax("plan.visit_limit", 0, visitsCeiling, func(s *calc.Scenario) *calc.Limit[int] { return &s.Plan.VisitLimit }).
		help("How many therapy visits the plan covers in a plan year, in and out of network together").
		ask("Visit limit", "limit").noun("the visit limit").empty("no limit").affects(AllOptions).
		explain("How many therapy visits the plan covers in a plan year, in and out of network together; leave it empty if there is no limit"),
	count("plan.visits_used", 0, visitsCeiling, func(s *calc.Scenario) *int { return &s.Plan.VisitsUsed }).defaultN(0).
		standing().
		help("How many of those visits you have already used this plan year").
		ask("Visits already used", "used").noun("the visits already used").affects(AllOptions),
	monthDay("plan.year_starts", func(s *calc.Scenario) *calc.MonthDay { return &s.Plan.YearStart }).
		notRenewed().
		help("The day the plan year starts, when deductibles and maximums start again; used with care.start_date").
		ask("The day your plan year starts", "year starts").noun("the plan year's start").empty("January 1").affects(AllOptions).
		explain("Written MM-DD (01-01 for January 1, 07-01 for July 1): the day deductibles, maximums and visit limits start again. Your plan's summary of benefits says; most start on January 1"),
	yesNo("plan.shared_oop_max", false, func(s *calc.Scenario) *bool { return &s.Plan.SharedOOPMax }).omittedAtDefault().
		help("Whether the in-network out-of-pocket maximum is one maximum for both networks (the out-of-network oop_max is then not used)").
		ask("Is there one out-of-pocket maximum for both networks?", "one maximum").noun("the shared out-of-pocket maximum").
		affects(AllOptions).
		labels(Choice{"Yes: what I pay in or out of network counts toward one maximum", "true"},
			Choice{"No: each network has its own maximum", "false"}).
		explain("Some plans have one maximum, the in-network one, that in- and out-of-network spending fill together"),
	moneyMax("plan.therapy_annual_max", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Plan.TherapyMax }).
		nullable("no dollar maximum").omittedAtDefault().exampleValue("2000").
		help("The most the plan pays for therapy in a plan year, in and out of network together").
		ask("The most the plan pays for therapy a year", "therapy maximum").noun("the plan's dollar maximum on therapy").
		affects(AllOptions).
		explain("Some plans cap what they pay for therapy a year in dollars rather than visits; leave it empty if yours does not"),
	money("plan.therapy_paid", func(s *calc.Scenario) *calc.Cents { return &s.Plan.TherapyPaid }).omittedAtDefault().
		standing().
		help("What the plan has already paid toward therapy_annual_max this plan year").
		ask("What the plan has already paid for therapy this plan year", "paid by the plan").noun("what the plan has paid toward its therapy maximum").empty("nothing yet").
		affects(AllOptions).
		explain("Only what the plan itself paid, not your share: each explanation of benefits (EOB) the plan sent for this plan year's therapy says it, and so does the plan's website"),

	choice("care.service", calc.Services, calc.PhysicalTherapy, func(s *calc.Scenario) *calc.Service { return &s.Care.Service }).
		help("The kind of therapy").
		ask("Kind of therapy", "therapy").noun("the kind of therapy").affects(AllOptions).
		explain("It decides which Medicare thresholds and account rules apply"),
	yesNo("care.medical_necessity_letter", false, func(s *calc.Scenario) *bool { return &s.Care.MedicalNecessityLetter }).
		help("Whether a doctor has written a letter of medical necessity (massage needs one to be paid from an HSA or FSA)").
		ask("Has a doctor written a letter of medical necessity?", "letter").noun("the letter of medical necessity").affects(AllOptions).
		explain("An HSA or FSA pays for massage only with a doctor's letter saying you need it to treat a condition"),
	count("care.visits", 1, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.Visits }).required().
		help("How many visits the course of therapy needs").
		ask("Visits needed", "visits").noun("the visits needed").affects(InNetworkOption).
		explain("How many visits the course of therapy needs (a plan of care often says, such as 2 a week for 12 weeks)"),
	date("care.start_date", func(s *calc.Scenario) *calc.Date { return &s.Care.StartDate }).nullable("no dates").
		help("The first visit's date: the visits then fall on a weekly pattern, and those on or after the plan year's next start begin a new plan year").
		ask("Date of the first visit", "first visit").noun("the first visit's date").affects(AllOptions).
		explain("Written YYYY-MM-DD (2026-12-14). Visits after the plan year renews meet a new deductible; leave it empty for no dates (one plan year)").
		exampleValue("2026-12-14"),
	count("care.visits_range.fewest", 1, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.Range.Fewest }).
		def("no range").omittedAtDefault().
		help("The fewest visits the course may need, when the count is a range (required in visits_range)").
		ask("The fewest visits it may take", "fewest").noun("the fewest visits").affects(AllOptions).
		explain("The smallest number of visits the course may need (6 weeks at twice a week: 12)").exampleValue("12"),
	count("care.visits_range.likely", 1, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.Range.Likely }).
		defaultFrom("care.visits", "care.visits").leftOutWhen(func(s *calc.Scenario) bool { return s.Care.Range.IsZero() }).
		help("The likeliest number of visits, where the range's weights peak; the one-number estimate stays at care.visits").
		ask("The likeliest number of visits", "likely").noun("the likeliest visits").affects(AllOptions).
		explain("The count the range's weights peak at; leave it empty for the visits needed").exampleValue("18"),
	count("care.visits_range.most", 1, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.Range.Most }).
		def("no range").omittedAtDefault().
		help("The most visits the course may need, when the count is a range (required in visits_range)").
		ask("The most visits it may take", "most").noun("the most visits").affects(AllOptions).
		explain("The largest number of visits the course may need (12 weeks at twice a week: 24)").exampleValue("24"),

	money("care.in_network.charge", func(s *calc.Scenario) *calc.Cents { return &s.Care.InNetwork.Charge }).required().
		help("What the in-network clinic bills for one visit").
		ask("The clinic's charge", "charge").noun("the clinic's charge").affects(InNetworkOption),
	money("care.in_network.allowed", func(s *calc.Scenario) *calc.Cents { return &s.Care.InNetwork.Allowed }).
		def("required unless plan type is none").
		help("The rate your plan negotiated with the clinic for one visit (required unless plan type is none)").
		ask("Allowed amount", "allowed").noun("the in-network allowed amount").affects(InNetworkOption).
		explain("The rate your plan negotiated with the clinic for one visit: your share follows it, not the charge"),
	money("care.in_network.self_pay", func(s *calc.Scenario) *calc.Cents { return &s.Care.InNetwork.SelfPay }).
		defaultFrom("care.in_network.charge", "same as charge").
		help("What the clinic charges for a visit the plan does not cover").
		ask("Self-pay rate", "self-pay").noun("the clinic's self-pay rate").empty("same as the charge").affects(InNetworkOption).
		explain("What the clinic charges for a visit the plan does not cover; leave it empty if it is the same as what it bills"),
	count("care.in_network.minutes", 1, minutesCeiling, func(s *calc.Scenario) *int { return &s.Care.InNetwork.Minutes }).defaultN(30).
		help("One-on-one minutes with the therapist in one clinic visit").
		ask("Minutes per visit", "minutes").noun("the minutes of a clinic visit").affects(InNetworkOption),
	count("care.in_network.visits_per_week", 1, 5, func(s *calc.Scenario) *int { return &s.Care.InNetwork.VisitsPerWeek }).
		defaultN(2).defaultStoredAsZero().
		help("How many clinic visits a week, which dates them from care.start_date (docs/cost-rules.md: the weekly pattern)").
		ask("Clinic visits a week", "clinic").noun("the clinic visits a week").empty("2 a week").affects(InNetworkOption).
		explain("1 to 5; visits fall on a fixed weekly pattern from the first visit (twice a week: Monday and Thursday from a Monday)"),
	price("care.in_network.evaluation.charge", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.InNetwork.Evaluations.First }).
		help("What the clinic bills for the first visit, an evaluation, when it is priced apart").
		ask("The clinic's charge for the evaluation", "evaluation charge").noun("the clinic's evaluation charge").affects(InNetworkOption).
		explain("What the clinic bills for the first visit, the evaluation (often two to three times a visit); leave it empty if it is priced as any visit").
		exampleValue("300"),
	priceFigure("care.in_network.evaluation.allowed", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.InNetwork.Evaluations.First },
		func(p *calc.VisitPrice) *calc.Cents { return &p.Allowed }).def("required with its charge unless plan type is none").
		help("The plan's negotiated rate for the evaluation (required with its charge unless plan type is none)").
		ask("The plan's allowed amount for the evaluation", "evaluation allowed").noun("the evaluation's allowed amount").affects(InNetworkOption).
		explain("The rate your plan negotiated with the clinic for the evaluation visit").exampleValue("200"),
	priceFigure("care.in_network.evaluation.self_pay", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.InNetwork.Evaluations.First },
		func(p *calc.VisitPrice) *calc.Cents { return &p.SelfPay }).defaultFrom("care.in_network.evaluation.charge", "same as its charge").
		help("What the clinic charges for the evaluation when the plan does not cover it").
		ask("Self-pay rate for the evaluation", "evaluation self-pay").noun("the evaluation's self-pay rate").empty("same as its charge").
		affects(InNetworkOption).exampleValue("300"),
	count("care.in_network.re_evaluation_every", 0, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.InNetwork.Evaluations.ReEvery }).
		defaultN(0).omittedAtDefault().
		help("A re-evaluation every so many visits after the first, priced as re_evaluation says (0: none)").
		ask("A re-evaluation every how many visits?", "re-evaluation every").noun("the visits between clinic re-evaluations").
		empty("none").affects(InNetworkOption).
		explain("Many plans of care re-evaluate every 10 visits or every 30 days: visits 11, 21, … are then re-evaluations. 0 for none"),
	price("care.in_network.re_evaluation.charge", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.InNetwork.Evaluations.Re }).
		help("What the clinic bills for a re-evaluation visit, when it is priced apart").
		ask("The clinic's charge for a re-evaluation", "re-evaluation charge").noun("the clinic's re-evaluation charge").affects(InNetworkOption).
		exampleValue("200"),
	priceFigure("care.in_network.re_evaluation.allowed", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.InNetwork.Evaluations.Re },
		func(p *calc.VisitPrice) *calc.Cents { return &p.Allowed }).def("required with its charge unless plan type is none").
		help("The plan's negotiated rate for a re-evaluation (required with its charge unless plan type is none)").
		ask("The plan's allowed amount for a re-evaluation", "re-evaluation allowed").noun("the re-evaluation's allowed amount").affects(InNetworkOption).
		explain("The rate your plan negotiated with the clinic for a re-evaluation visit").exampleValue("150"),
	priceFigure("care.in_network.re_evaluation.self_pay", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.InNetwork.Evaluations.Re },
		func(p *calc.VisitPrice) *calc.Cents { return &p.SelfPay }).defaultFrom("care.in_network.re_evaluation.charge", "same as its charge").
		help("What the clinic charges for a re-evaluation when the plan does not cover it").
		ask("Self-pay rate for a re-evaluation", "re-evaluation self-pay").noun("the re-evaluation's self-pay rate").empty("same as its charge").
		affects(InNetworkOption).exampleValue("200"),

	money("care.out_of_network.cash_rate", func(s *calc.Scenario) *calc.Cents { return &s.Care.OutOfNetwork.CashRate }).required().
		help("What the out-of-network provider charges for one visit, paid at the visit").
		ask("Cash rate", "cash rate").noun("the out-of-network cash rate").affects(OutOfNetworkOption),
	count("care.out_of_network.minutes", 1, minutesCeiling, func(s *calc.Scenario) *int { return &s.Care.OutOfNetwork.Minutes }).defaultN(60).
		help("One-on-one minutes in one out-of-network visit").
		ask("Minutes per visit", "minutes").noun("the minutes of an out-of-network visit").affects(OutOfNetworkOption),
	count("care.out_of_network.visits", 1, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.OutOfNetwork.Visits }).
		defaultFrom("care.visits", "same as care.visits").
		help("How many visits with the out-of-network provider").
		ask("Visits", "visits").noun("the out-of-network visits").empty("same as the course").affects(OutOfNetworkOption).
		explain("How many visits with the out-of-network therapist; leave it empty for the same number as the course of therapy"),
	percent("care.out_of_network.service_fee_percent", func(s *calc.Scenario) *calc.BasisPoints { return &s.Care.OutOfNetwork.ServiceFeePercent }).
		help("A superbill service's fee, in percent of what the plan reimburses").
		ask("Superbill service fee, in percent", "fee").noun("the superbill service's percentage fee").affects(OutOfNetworkOption),
	money("care.out_of_network.service_fee_per_claim", func(s *calc.Scenario) *calc.Cents { return &s.Care.OutOfNetwork.ServiceFeePerClaim }).
		help("A superbill service's fee for every claim filed").
		ask("Superbill service fee per claim", "fee per claim").noun("the superbill service fee per claim").affects(OutOfNetworkOption),
	count("care.out_of_network.reimbursement_days", 0, daysCeiling, func(s *calc.Scenario) *int { return &s.Care.OutOfNetwork.ReimbursementDays }).defaultN(30).
		help("How many days after a visit the plan's money comes back").
		ask("Days until you are paid back", "days to repay").noun("the days until money comes back").affects(ClaimOptions),
	count("care.out_of_network.visits_per_week", 1, 5, func(s *calc.Scenario) *int { return &s.Care.OutOfNetwork.VisitsPerWeek }).
		defaultN(2).defaultStoredAsZero().
		help("How many out-of-network visits a week, which dates them from care.start_date").
		ask("Out-of-network visits a week", "out of network").noun("the out-of-network visits a week").empty("2 a week").affects(OutOfNetworkOption).
		explain("1 to 5, on the same weekly pattern from the first visit"),
	price("care.out_of_network.evaluation.cash_rate", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.OutOfNetwork.Evaluations.First }).
		help("What the out-of-network provider charges for the first visit, an evaluation, when it is priced apart").
		ask("The out-of-network evaluation's cash rate", "evaluation cash rate").noun("the out-of-network evaluation's cash rate").
		affects(OutOfNetworkOption).
		explain("What the out-of-network therapist charges for the first visit, the evaluation; leave it empty if it is priced as any visit").
		exampleValue("250"),
	count("care.out_of_network.re_evaluation_every", 0, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.OutOfNetwork.Evaluations.ReEvery }).
		defaultN(0).omittedAtDefault().
		help("A re-evaluation every so many out-of-network visits after the first (0: none)").
		ask("A re-evaluation every how many visits?", "re-evaluation every").noun("the visits between out-of-network re-evaluations").
		empty("none").affects(OutOfNetworkOption).
		explain("Visits 1 + k, 1 + 2k, … are re-evaluations, priced as the next question says; 0 for none"),
	price("care.out_of_network.re_evaluation.cash_rate", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.OutOfNetwork.Evaluations.Re }).
		help("What the out-of-network provider charges for a re-evaluation visit, when it is priced apart").
		ask("The out-of-network re-evaluation's cash rate", "re-evaluation cash rate").noun("the out-of-network re-evaluation's cash rate").
		affects(OutOfNetworkOption).exampleValue("200"),

	money("care.concierge.fee", func(s *calc.Scenario) *calc.Cents { return &s.Care.Concierge.Fee }).required().
		help("What the concierge or mobile therapist charges for one session").
		ask("Session fee", "fee").noun("the concierge session fee").affects(ConciergeOption),
	money("care.concierge.travel_fee", func(s *calc.Scenario) *calc.Cents { return &s.Care.Concierge.TravelFee }).
		help("A travel fee added to each concierge session").
		ask("Travel fee", "travel").noun("the concierge travel fee").affects(ConciergeOption),
	count("care.concierge.minutes", 1, minutesCeiling, func(s *calc.Scenario) *int { return &s.Care.Concierge.Minutes }).defaultN(60).
		help("One-on-one minutes in one concierge session").
		ask("Minutes per session", "minutes").noun("the minutes of a concierge session").affects(ConciergeOption),
	count("care.concierge.visits", 1, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.Concierge.Visits }).
		defaultFrom("care.visits", "same as care.visits").
		help("How many concierge sessions").
		ask("Sessions", "sessions").noun("the concierge sessions").empty("same as the course").affects(ConciergeOption).
		explain("How many concierge sessions; leave it empty for the same number as the course of therapy"),
	yesNo("care.concierge.superbill", false, func(s *calc.Scenario) *bool { return &s.Care.Concierge.Superbill }).
		help("Whether the concierge gives you a superbill to claim the session fee as out-of-network care").
		ask("Does the concierge give you a superbill?", "superbill").noun("the concierge's superbill").affects(ConciergeOption).
		explain("A superbill lets you claim the session fee from the plan as out-of-network care"),
	count("care.concierge.visits_per_week", 1, 5, func(s *calc.Scenario) *int { return &s.Care.Concierge.VisitsPerWeek }).
		defaultN(1).defaultStoredAsZero().
		help("How many concierge sessions a week, which dates them from care.start_date").
		ask("Concierge sessions a week", "concierge").noun("the concierge sessions a week").empty("1 a week").affects(ConciergeOption).
		explain("1 to 5, on the same weekly pattern from the first visit; a concierge often comes less often, for longer"),
	price("care.concierge.evaluation.fee", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.Concierge.Evaluations.First }).
		help("The concierge's fee for the first session, an evaluation, when it is priced apart (the travel fee is added as to any session)").
		ask("The concierge's fee for the evaluation", "evaluation fee").noun("the concierge's evaluation fee").affects(ConciergeOption).
		explain("The session fee of the first session, the evaluation; the travel fee is added as to any session. Leave it empty if it is priced as any session").
		exampleValue("300"),
	count("care.concierge.re_evaluation_every", 0, visitsCeiling, func(s *calc.Scenario) *int { return &s.Care.Concierge.Evaluations.ReEvery }).
		defaultN(0).omittedAtDefault().
		help("A re-evaluation every so many concierge sessions after the first (0: none)").
		ask("A re-evaluation every how many sessions?", "re-evaluation every").noun("the sessions between concierge re-evaluations").
		empty("none").affects(ConciergeOption).
		explain("Sessions 1 + k, 1 + 2k, … are re-evaluations, priced as the next question says; 0 for none"),
	price("care.concierge.re_evaluation.fee", func(s *calc.Scenario) *calc.VisitPrice { return &s.Care.Concierge.Evaluations.Re }).
		help("The concierge's fee for a re-evaluation session, when it is priced apart").
		ask("The concierge's fee for a re-evaluation", "re-evaluation fee").noun("the concierge's re-evaluation fee").
		affects(ConciergeOption).exampleValue("250").
		explain("The session fee of a re-evaluation; the travel fee is added as to any session"),

	choice("supplemental.kind", calc.SupplementalKinds, calc.NoSupplemental, func(s *calc.Scenario) *calc.SupplementalKind { return &s.Supplemental.Kind }).
		help("A second policy beside the plan: extra visits past the limit, a fixed amount per visit (indemnity), or a secondary plan").
		ask("Kind of supplemental policy", "policy").noun("the supplemental policy").affects(AllOptions).
		labels(Choice{"No supplemental policy", string(calc.NoSupplemental)},
			Choice{"A policy that covers extra visits past the plan's limit", extraVisits},
			Choice{"A policy that pays a fixed amount per visit (indemnity)", indemnity},
			Choice{"A secondary plan that pays after yours", secondary}),
	money("supplemental.premium_monthly", func(s *calc.Scenario) *calc.Cents { return &s.Supplemental.PremiumMonthly }).kinds(anyPolicy...).
		help("What the supplemental policy costs each month").
		ask("Monthly premium", "premium").noun("the policy's monthly premium").affects(AllOptions),
	count("supplemental.visits", 0, visitsCeiling, func(s *calc.Scenario) *int { return &s.Supplemental.Visits }).defaultN(0).kinds(extraVisits).
		help("How many visits past the plan's limit the policy covers").
		ask("Extra visits it covers", "extra visits").noun("the extra visits the policy covers").affects(AllOptions),
	money("supplemental.copay", func(s *calc.Scenario) *calc.Cents { return &s.Supplemental.Copay }).kinds(extraVisits).
		help("What you pay per visit the policy covers; when above 0 it replaces its coinsurance").
		ask("Copay", "copay").noun("the policy's copay").affects(AllOptions),
	percent("supplemental.coinsurance", func(s *calc.Scenario) *calc.BasisPoints { return &s.Supplemental.Coinsurance }).kinds(extraVisits, secondary).
		help("Your share, in percent, of what the policy covers").
		ask("Your share, in percent", "your share").noun("the policy's coinsurance").affects(AllOptions).
		explain("The part of each visit the policy covers that you still pay yourself"),
	money("supplemental.per_visit", func(s *calc.Scenario) *calc.Cents { return &s.Supplemental.PerVisit }).kinds(indemnity).
		help("What the policy pays you for each therapy visit").
		ask("Amount per visit", "per visit").noun("the policy's amount per visit").affects(AllOptions),
	countMax("supplemental.max_visits", 0, visitsCeiling, func(s *calc.Scenario) *calc.Limit[int] { return &s.Supplemental.MaxVisits }).kinds(indemnity).
		help("How many visits the policy pays for in a year (0 means none)").
		ask("Visits it pays for", "max visits").noun("the visits the policy pays for").affects(AllOptions),
	moneyMax("supplemental.annual_max", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Supplemental.AnnualMax }).kinds(indemnity, secondary).
		help("The most the policy pays in a year").
		ask("Yearly maximum", "yearly maximum").noun("the policy's yearly maximum").empty("no yearly maximum").affects(AllOptions),
	money("supplemental.deductible", func(s *calc.Scenario) *calc.Cents { return &s.Supplemental.Deductible }).kinds(secondary).
		help("What you pay before the secondary policy starts paying").
		ask("Deductible", "deductible").noun("the secondary policy's deductible").affects(AllOptions),
	yesNo("supplemental.covers_out_of_network", false, func(s *calc.Scenario) *bool { return &s.Supplemental.CoversOutOfNetwork }).kinds(anyPolicy...).
		help("Whether the policy also pays toward out-of-network and superbilled care").
		ask("Does it also pay toward out-of-network care?", "out of network").noun("the policy's out-of-network cover").affects(ClaimOptions).
		explain("Some policies pay only toward in-network visits; others also toward the visits you claim with a superbill"),
	choice("supplemental.basis", indemnityBases, calc.ExpenseIncurred, func(s *calc.Scenario) *calc.IndemnityBasis { return &s.Supplemental.IndemnityBasis }).
		kinds(indemnity).defaultStoredAsZero().
		help("How the policy pays: up to what you still owe for a visit (expense_incurred), or its amount whatever you owe (fixed)").
		ask("How does it pay?", "pays").noun("how the policy pays").affects(AllOptions).
		labels(Choice{"Up to what I still owe for the visit (expense-incurred)", string(calc.ExpenseIncurred)},
			Choice{"Its amount for every visit, whatever I owe (fixed indemnity)", string(calc.FixedIndemnity)}).
		explain("A fixed indemnity policy pays its amount per visit even when the visit cost you less, and each visit it pays counts toward its visits"),
	choice("supplemental.coordination", coordinations, calc.Supplement, func(s *calc.Scenario) *calc.Coordination { return &s.Supplemental.Coordination }).
		kinds(secondary).defaultStoredAsZero().
		help("How the policy pays after the plan: toward your share (supplement, as Medigap), as if it were primary (traditional), or its benefit less the plan's (non_duplication)").
		ask("How does it pay after your plan?", "coordination").noun("how the secondary coordinates").affects(AllOptions).
		labels(Choice{"Toward what my plan left me to pay (a supplement, such as Medigap)", string(calc.Supplement)},
			Choice{"What it would pay as my only plan, up to what I still owe (traditional)", string(calc.Traditional)},
			Choice{"Its own benefit less what my plan paid (non-duplication)", string(calc.NonDuplication)}).
		explain("A second health plan (a spouse's, say) coordinates benefits by a method its documents name; Medigap and most supplements pay toward your share"),
	moneyMax("supplemental.allowed", func(s *calc.Scenario) *calc.Limit[calc.Cents] { return &s.Supplemental.Allowed }).
		kinds(secondary).nullable("the primary plan's recognised amount").omittedAtDefault().exampleValue("100").
		help("A second plan's own allowed amount for a visit, with coordination traditional or non_duplication").
		ask("The second plan's allowed amount for a visit", "its allowed").noun("the second plan's allowed amount").affects(AllOptions).
		explain("What the second plan itself recognises for a visit; leave it empty if it is what your plan recognises"),
	yesNo("supplemental.pays_excess_charges", false, func(s *calc.Scenario) *bool { return &s.Supplemental.PaysExcessCharges }).
		kinds(secondary).omittedAtDefault().
		help("Whether the policy pays a non-participating therapist's excess charges up to the limiting charge (Medigap Plans G and F do)").
		ask("Does it pay Medicare excess charges?", "excess charges").noun("the policy's excess charges").affects(ClaimOptions).
		labels(Choice{"Yes: it pays what a non-participating therapist charges above Medicare's amount", "true"},
			Choice{"No: those excess charges stay with me", "false"}).
		explain("A therapist who does not participate in Medicare may charge up to 15 % more than Medicare's amount; Medigap Plans G and F pay that, most others do not"),
	percent("supplemental.limiting_charge", func(s *calc.Scenario) *calc.BasisPoints { return &s.Supplemental.LimitingCharge }).
		kinds(secondary).bounds(10000, 20000).defaultN(11500).def("115").defaultStoredAsZero().
		help("The most a non-participating provider may charge, in percent of what the plan recognises; with pays_excess_charges").
		ask("The most the therapist may bill, in percent of Medicare's amount", "limiting charge").noun("the limiting charge").
		empty("115 %, Medicare's limiting charge").affects(ClaimOptions).
		explain("A therapist who does not participate in Medicare may bill you at most 115 % of what Medicare allows them (its limiting charge), and a few states allow less. The Medicare Summary Notice shows the most you may be billed for each visit"),

	choice("account.kind", calc.AccountKinds, calc.NoAccount, func(s *calc.Scenario) *calc.AccountKind { return &s.Account.Kind }).
		help("A health savings account (hsa) or flexible spending account (fsa) that pays for care before tax").
		ask("Do you have an HSA or FSA?", "account").noun("the HSA or FSA").affects(AllOptions).
		labels(Choice{"No account", string(calc.NoAccount)}, Choice{"A health savings account (HSA)", string(calc.HSA)},
			Choice{"A flexible spending account (FSA)", string(calc.FSA)}).
		explain("A health savings account or flexible spending account pays for care with money not taxed, so therapy costs you less"),
	money("account.balance", func(s *calc.Scenario) *calc.Cents { return &s.Account.Balance }).kinds(anyAccount...).
		help("What the account can pay this year (for an FSA, what you elected)").
		ask("What the account can pay this year", "balance").noun("the account balance").affects(AllOptions).
		explain("For an HSA, the money in it you can spend on therapy; for an FSA, the amount you chose to set aside this year"),
	percent("account.tax_rate", func(s *calc.Scenario) *calc.BasisPoints { return &s.Account.TaxRate }).kinds(anyAccount...).
		help("Your combined tax rate on the last dollar earned, in percent (income tax, plus 7.65 for payroll contributions)").
		ask("Your tax rate, in percent", "tax rate").noun("the tax rate").affects(AllOptions).
		explain(TaxRateExplained),
	money("account.employer_contribution", func(s *calc.Scenario) *calc.Cents { return &s.Account.EmployerContribution }).kinds(hsa).
		omittedAtDefault().def("0: no employer contribution").
		help("What your employer puts into your HSA for the plan year, besides the balance; it pays for care first, saves you no tax, and comes off the plan's yearly cost").
		ask("Your employer's HSA contribution this plan year", "employer's contribution").noun("the employer's HSA contribution").empty("none").affects(AllOptions).
		explain("Many employers put money into the HSA of an employee on their high-deductible plan. It pays for care before your own money, and it lowers what the plan costs you over the year"),
	money("account.next_balance", func(s *calc.Scenario) *calc.Cents { return &s.Account.NextBalance }).kinds(fsa).
		omittedAtDefault().def("0: nothing elected for later plan years").
		help("An FSA's election for the plan years after the first, which pays their visits (with care.start_date)").
		ask("Next plan year's FSA election", "next election").noun("next year's FSA election").empty("none").affects(AllOptions).
		explain("What you will set aside in the FSA for the next plan year: it pays the visits after the plan year renews"),
	choice("account.fsa_rule", fsaRules, calc.NoFSARule, func(s *calc.Scenario) *calc.FSARule { return &s.Account.FSARule }).
		kinds(fsa).defaultStoredAsZero().
		help("What becomes of FSA money unspent at the plan year's end: none (forfeited), a carryover, or a grace period of 2½ months").
		ask("What happens to FSA money left at the year's end?", "unspent money").noun("the FSA's rule for unspent money").affects(AllOptions).
		labels(Choice{"It is lost (no carryover, no grace period)", string(calc.NoFSARule)},
			Choice{"Some of it carries over to the next year", string(calc.FSACarryover)},
			Choice{"It pays for care in the first 2½ months of the next year (grace period)", string(calc.FSAGrace)}).
		explain("Your employer's FSA allows a carryover or a grace period, or neither; its plan documents say which"),
	money("account.carryover", func(s *calc.Scenario) *calc.Cents { return &s.Account.Carryover }).kinds(fsa).
		defaultBy(carryoverDefault, carryoverWords()).
		omittedAtDefault().
		help("The most of the FSA that carries over to the next plan year, with fsa_rule carryover").
		ask("The most that carries over", "carries over").noun("the FSA carryover").affects(AllOptions).
		explain("Your employer may allow less than the IRS limit; leave it empty for the limit"),
})

// The choices of supplemental.basis and supplemental.coordination, in the
// order offered.
var (
	indemnityBases = []calc.IndemnityBasis{calc.ExpenseIncurred, calc.FixedIndemnity}
	coordinations  = []calc.Coordination{calc.Supplement, calc.Traditional, calc.NonDuplication}
	fsaRules       = []calc.FSARule{calc.NoFSARule, calc.FSACarryover, calc.FSAGrace}
)

// carryoverWords says what an absent carryover is, with the newest figure.
func carryoverWords() string {
	v := mustFigure(FSACarryover, 0)
	return "with fsa_rule carryover, the IRS carryover limit of the plan year (" + itoa(int64(v.Year)) + ": " +
		v.Amount().Plain() + "); 0 otherwise"
}

// carryoverDefault is an FSA's carryover when the file does not say: with
// a carryover rule, the IRS limit of the plan year's figures (plans/figures.go,
// from docs/spec/reference-figures.md); without one, nothing carries over.
func carryoverDefault(s *calc.Scenario) FieldValue {
	if s.Account.Kind != calc.FSA || s.Account.FSARule != calc.FSACarryover {
		return FieldValue{Set: true}
	}
	return FieldValue{N: int64(mustFigure(FSACarryover, PlanYear(*s)).Amount()), Set: true}
}

// TaxRateExplained explains the tax rate, asked as a bracket or typed.
const TaxRateExplained = "What you pay into the account escapes this rate: your income-tax bracket, plus 7.65 % payroll tax when you pay in through your employer"

// planTypeChoices are the plan types in words, in the order offered.
func planTypeChoices() []Choice {
	out := make([]Choice, len(calc.PlanTypes))
	for i, t := range calc.PlanTypes {
		out[i] = Choice{Label: txt.Capitalize(PlanTypeName(t)), Value: string(t)}
	}
	return out
}
