package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// fsaAcrossTheReset is docs/cost-rules.md's reset example for all three
// options, 4 visits each from Thursday 24 December 2026 with an FSA: in
// network $100 visits, deductible $200, 20 % (plan year 1, visits 1–3:
// $100 + $100 + $20 = $220); out of network $100 cash with no benefits,
// twice a week (Dec 24, 27, 31 in plan year 1: $300); the concierge $100,
// once a week (Dec 24, 31: $200).
func fsaAcrossTheReset(balance calc.Cents, rule calc.FSARule, carryover calc.Cents) calc.Scenario {
	return calc.Scenario{Year: 2026,
		Plan: calc.Plan{Type: calc.PPO, Coverage: calc.Self, InNetwork: calc.CostSharing{Deductible: 20000, DeductibleApplies: true,
			Coinsurance: 2000, OOPMax: calc.Cap[calc.Cents](100000)}},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 4, StartDate: calc.MakeDate(2026, 12, 24),
			InNetwork:    calc.ClinicCare{Charge: 10000, Allowed: 10000, SelfPay: 10000, Minutes: 30},
			OutOfNetwork: calc.CashCare{CashRate: 10000, Minutes: 60, Visits: 4, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 10000, Minutes: 60, Visits: 4}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.FSA, Balance: balance, TaxRate: 2000, FSARule: rule, Carryover: carryover},
	}
}

func TestFSAForfeitedAtTheReset(t *testing.T) {
	oon := calc.OutOfNetworkCash
	for _, c := range []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// $500, nothing carries over: plan year 1 leaves $280, $200 and
		// $300 unspent by the three options, all lost at its end; the
		// out-of-network provider loses least, $200; its plan year 2
		// begins at visit 4 (January 3).
		{"no carryover", fsaAcrossTheReset(50000, "", 0),
			calc.Warning{Code: WarnFSAForfeitedAtReset, Option: oon, Amount: 20000, Limit: 20000, Visit: 4, PlanYear: 1}},
		// $50 carries over: $230, $150, $250 lost.
		{"carryover $50", fsaAcrossTheReset(50000, calc.FSACarryover, 5000),
			calc.Warning{Code: WarnFSAForfeitedBeyondCarryover, Option: oon, Amount: 15000, Limit: 20000, Visit: 4, PlanYear: 1}},
		// Grace: plan year 2's visits before March 16 use last year's money:
		// in network visit 4 ($100 to the new deductible) uses $100 of $280
		// (lost $180); out of network visit 4 $100 of $200 ($100); the
		// concierge visits 3–4 (Jan 7, 14) $200 of $300 ($100). A tie: the
		// earlier option, out of network.
		{"grace", fsaAcrossTheReset(50000, calc.FSAGrace, 0),
			calc.Warning{Code: WarnFSAForfeitedAfterGrace, Option: oon, Amount: 10000, Limit: 20000, Visit: 4, PlanYear: 1}},
		// $300: out of network spends it all in plan year 1: nothing lost,
		// no warning (the option that loses least loses nothing).
		{"all spent by one option", fsaAcrossTheReset(30000, "", 0), calc.Warning{}},
		// $300.01: one cent lost.
		{"a cent over", fsaAcrossTheReset(30001, "", 0),
			calc.Warning{Code: WarnFSAForfeitedAtReset, Option: oon, Amount: 1, Limit: 1, Visit: 4, PlanYear: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := FigureWarnings(c.s, nil)
			expectOne(t, ws, c.want.Code, c.want)
			if c.want.Code == "" {
				for _, code := range []calc.WarningCode{WarnFSAForfeitedAtReset, WarnFSAForfeiture} {
					if len(find(ws, code)) != 0 {
						t.Errorf("warned %s: %+v", code, ws)
					}
				}
			}
			// across the reset the one-year warning is not given: its
			// arithmetic (the year's election less the episode's spending)
			// would mix two plan years
			if len(find(ws, WarnFSAForfeiture)) != 0 {
				t.Errorf("the one-year forfeiture warning too: %+v", ws)
			}
		})
	}
	// without a reset (a July plan year) the one-year warning stands: $2,000
	// less the $400 out of network spends is $1,600, above 2026's $680
	s := fsaAcrossTheReset(200000, "", 0)
	s.Plan.YearStart = calc.MonthDay{Month: 7, Day: 1}
	expectOne(t, FigureWarnings(s, nil), WarnFSAForfeiture,
		calc.Warning{Code: WarnFSAForfeiture, Amount: 160000, Limit: 68000, Year: 2026})

	text := WarningText(calc.Warning{Code: WarnFSAForfeitedBeyondCarryover, Option: oon, Amount: 15000, Limit: 20000, Visit: 4, PlanYear: 1})
	for _, part := range []string{"before visit 4 with the out-of-network provider", "leaves $200.00 of the FSA unspent",
		"$50.00 of it carries over", "$150.00 is forfeited", "the choice that loses least"} {
		if !strings.Contains(text, part) {
			t.Errorf("text lacks %q: %s", part, text)
		}
	}
}

// The Medicare therapy thresholds are counted per plan year: Original
// Medicare, $100 allowed a visit, 20 visits used this year, 40 visits
// twice a week from Tuesday 1 December 2026. Visits 1–9 fall in December
// (visit 9 on Dec 29, visit 10 on January 1: plan year 2).
func TestTherapyThresholdsPerPlanYear(t *testing.T) {
	s := medicare(2026, calc.PhysicalTherapy, 10000, 40, 20)
	s.Care.StartDate = calc.MakeDate(2026, 12, 1)
	ws := FigureWarnings(s, nil)
	// KX $2,480 (2026): plan year 1 from 20 × $100 = $2,000: visit 5 makes
	// $2,500. Plan year 2 from 0 with 2027's threshold (not carried: 2026's
	// $2,480): its 25th visit, visit 34, makes $2,500.
	kx := find(ws, WarnKXThresholdPTSpeech)
	want := []calc.Warning{
		{Code: WarnKXThresholdPTSpeech, Plan: calc.Medicare, Option: calc.InNetworkClinic, Amount: 250000, Limit: 248000,
			Count: 20, Visit: 5, Year: 2026, PlanYear: 1},
		{Code: WarnKXThresholdPTSpeech, Plan: calc.Medicare, Option: calc.InNetworkClinic, Amount: 250000, Limit: 248000,
			Visit: 34, Year: 2026, AskedYear: 2027, PlanYear: 2},
	}
	if len(kx) != 2 || kx[0] != want[0] || kx[1] != want[1] {
		t.Errorf("KX per plan year:\n got %+v\nwant %+v", kx, want)
	}
	// Review $3,000: plan year 1's 9 visits reach $2,900 only; plan year 2's
	// 31st visit, visit 40, makes $3,100. Undated it would be visit 11.
	review := find(ws, WarnMedicalReviewPTSpeech)
	if len(review) != 1 || review[0].Visit != 40 || review[0].Amount != 310000 || review[0].PlanYear != 2 {
		t.Errorf("review per plan year: %+v", review)
	}
	undated := s
	undated.Care.StartDate = calc.Date{}
	if r := find(FigureWarnings(undated, nil), WarnMedicalReviewPTSpeech); len(r) != 1 || r[0].Visit != 11 || r[0].PlanYear != 0 {
		t.Errorf("undated review: %+v", r)
	}
	// next year's plan says how many visits it has used: 30 used make
	// $3,000, so the 1st visit of plan year 2 (visit 10) passes the KX
	// threshold ($3,100) and the review threshold too
	s.NextYear = calc.NextYear{Set: true, Plan: s.Plan}
	s.NextYear.Plan.VisitsUsed = 30
	kx = find(FigureWarnings(s, nil), WarnKXThresholdPTSpeech)
	if len(kx) != 2 || kx[1].Visit != 0 || kx[1].Count != 30 || kx[1].Amount != 300000 || kx[1].PlanYear != 2 {
		t.Errorf("next year's visits used: %+v", kx)
	}
	// a next year under another plan: no Medicare threshold then
	s.NextYear.Plan = calc.Plan{Type: calc.MedicareAdvantage, Coverage: calc.Self}
	if kx := find(FigureWarnings(s, nil), WarnKXThresholdPTSpeech); len(kx) != 1 || kx[0].PlanYear != 1 {
		t.Errorf("Medicare Advantage next year: %+v", kx)
	}
	text := WarningText(want[1])
	if !strings.Contains(text, "Physical and speech therapy together in plan year 2, at Medicare-allowed amounts, pass the 2026 KX threshold") ||
		!strings.Contains(text, "at in-network visit 34") {
		t.Errorf("text: %s", text)
	}
}

// An evaluation counts at its own allowed amount toward the thresholds:
// $200 then $100 a visit, 20 used ($2,000): visit 1 makes $2,200, visit 3
// $2,400, visit 4 $2,500 (at $100 for every visit: visit 5).
func TestThresholdCountsTheEvaluation(t *testing.T) {
	s := medicare(2026, calc.PhysicalTherapy, 10000, 10, 20)
	s.Care.InNetwork.Evaluations.First = calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000}
	kx := find(FigureWarnings(s, nil), WarnKXThresholdPTSpeech)
	if len(kx) != 1 || kx[0].Visit != 4 || kx[0].Amount != 250000 || kx[0].PlanYear != 0 {
		t.Errorf("KX with an evaluation: %+v", kx)
	}
}

// Every plan year's end is warned about, not only plan year 1's: the
// reset example with next year's election $400 (account.next_balance).
// Plan year 2 is each option's last: in network visit 4 pays $100 (the
// deductible again), out of network visit 4 $100, the concierge visits
// 3–4 (Jan 7, 14) $200.
func TestFSALeftInTheLastPlanYear(t *testing.T) {
	con := calc.ConciergeTherapy
	with := func(rule calc.FSARule, carryover, next calc.Cents) calc.Scenario {
		s := fsaAcrossTheReset(50000, rule, carryover)
		s.Account.NextBalance = next
		return s
	}
	for _, c := range []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// no rule: $400 less $100, $100, $200 paid leaves $300, $300, $200,
		// all lost; the concierge loses least
		{"no rule", with("", 0, 40000),
			calc.Warning{Code: WarnFSALeftAfterTherapy, Option: con, Amount: 20000, Limit: 20000, PlanYear: 2}},
		// $200: the concierge spends it all, nothing lost; $200.01: a cent
		{"no rule, all spent", with("", 0, 20000), calc.Warning{}},
		{"no rule, a cent over", with("", 0, 20001),
			calc.Warning{Code: WarnFSALeftAfterTherapy, Option: con, Amount: 1, Limit: 1, PlanYear: 2}},
		// carryover $50: plan year 1's $50 carried in, $450 less what each
		// pays: $350, $350, $250 unspent; beyond $50: $300, $300, $200
		{"carryover $50", with(calc.FSACarryover, 5000, 40000),
			calc.Warning{Code: WarnFSALeftAfterTherapy, Option: con, Amount: 20000, Limit: 25000, PlanYear: 2}},
		// $200 elected: the concierge leaves $250 − $200 = $50, all carried
		// over; $200.01 leaves $50.01, a cent beyond it
		{"carryover, all kept", with(calc.FSACarryover, 5000, 20000), calc.Warning{}},
		{"carryover, a cent beyond", with(calc.FSACarryover, 5000, 20001),
			calc.Warning{Code: WarnFSALeftAfterTherapy, Option: con, Amount: 1, Limit: 5001, PlanYear: 2}},
		// grace: every plan year 2 visit is in the grace period and uses
		// last year's money first ($100, $100, $200 of $280, $200, $300), so
		// each option leaves the whole $400 election: a tie, the earlier
		// option named
		{"grace", with(calc.FSAGrace, 0, 40000),
			calc.Warning{Code: WarnFSALeftAfterGrace, Option: calc.InNetworkClinic, Amount: 40000, Limit: 40000, PlanYear: 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := FigureWarnings(c.s, nil)
			for _, code := range []calc.WarningCode{WarnFSALeftAfterTherapy, WarnFSALeftAfterGrace} {
				want := calc.Warning{} // none of this code
				if c.want.Code == code {
					want = c.want
				}
				expectOne(t, ws, code, want)
			}
			// plan year 1's end is still said, as before
			if r := append(append(find(ws, WarnFSAForfeitedAtReset), find(ws, WarnFSAForfeitedBeyondCarryover)...),
				find(ws, WarnFSAForfeitedAfterGrace)...); len(r) != 1 || r[0].PlanYear != 1 {
				t.Errorf("plan year 1's end: %+v", r)
			}
		})
	}
	text := WarningText(calc.Warning{Code: WarnFSALeftAfterTherapy, Option: con, Amount: 20000, Limit: 25000, PlanYear: 2})
	for _, part := range []string{"ends in plan year 2", "leaves $250.00 of that year's FSA unspent", "with the concierge, the choice that loses least",
		"$50.00 of it carries over", "$200.00 is forfeited"} {
		if !strings.Contains(text, part) {
			t.Errorf("text lacks %q: %s", part, text)
		}
	}
}

// An episode of three plan years: the reset example's clinic and
// out-of-network provider (4 visits), and the concierge once a week for 55
// sessions: Dec 24 and 31, 2026 (plan year 1, $200), Jan 7 to Dec 30, 2027
// (52 sessions, $5,200), and Jan 6, 2028 (visit 55, plan year 3, $100).
// FSA $500, then $6,000 a plan year, no rule.
func TestFSAEveryPlanYearOfTheEpisode(t *testing.T) {
	s := fsaAcrossTheReset(50000, "", 0)
	s.Care.Concierge.Visits = 55
	s.Account.NextBalance = 600000
	ws := FigureWarnings(s, nil)
	want := []calc.Warning{
		// plan year 1: $280, $200, $300 lost at its end (as before)
		{Code: WarnFSAForfeitedAtReset, Option: calc.OutOfNetworkCash, Amount: 20000, Limit: 20000, Visit: 4, PlanYear: 1},
		// plan year 2: the clinic and the out-of-network provider end in it
		// with $6,000 − $100 = $5,900 left; the concierge pays $5,200 and
		// loses $800 when plan year 3 begins at visit 55
		{Code: WarnFSAForfeitedAtReset, Option: calc.ConciergeTherapy, Amount: 80000, Limit: 80000, Visit: 55, PlanYear: 2},
	}
	if got := find(ws, WarnFSAForfeitedAtReset); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("at the resets:\n got %+v\nwant %+v", got, want)
	}
	// plan year 3: the concierge alone, $6,000 − $100
	expectOne(t, ws, WarnFSALeftAfterTherapy,
		calc.Warning{Code: WarnFSALeftAfterTherapy, Option: calc.ConciergeTherapy, Amount: 590000, Limit: 590000, PlanYear: 3})
	if text := WarningText(want[1]); !strings.Contains(text, "before visit 55 with the concierge): plan year 2 leaves $800.00") {
		t.Errorf("text: %s", text)
	}

	// an option whose therapy ends in plan year 1 counts there too: 3
	// out-of-network visits (Dec 24–31) leave $200, lost at the year's end
	s.Care.OutOfNetwork.Visits = 3
	s.Care.OutOfNetwork.Evaluations = calc.Evaluations{}
	first := find(FigureWarnings(s, nil), WarnFSALeftAfterTherapy)
	if len(first) != 2 || first[0] != (calc.Warning{Code: WarnFSALeftAfterTherapy, Option: calc.OutOfNetworkCash, Amount: 20000, Limit: 20000, PlanYear: 1}) {
		t.Errorf("plan year 1 ended in: %+v", first)
	}
}

// A patient who turns 65 during the therapy: a PPO this plan year, then
// Original Medicare (next_year). The thresholds count plan year 2 alone,
// from next year's visits used (none), with that year's figure: the
// reset example of TestTherapyThresholdsPerPlanYear ($100 a visit, 40
// visits twice a week from Tuesday 1 December 2026, visits 10–40 in plan
// year 2).
func TestTherapyThresholdsWhenMedicareStartsNextYear(t *testing.T) {
	s := medicare(2026, calc.PhysicalTherapy, 10000, 40, 20)
	s.Care.StartDate = calc.MakeDate(2026, 12, 1)
	medicarePlan := s.Plan
	medicarePlan.VisitsUsed = 0
	s.Plan = Preset(calc.PPO).Plan
	s.Plan.VisitsUsed = 20 // the PPO's, which Medicare does not count
	s.NextYear = calc.NextYear{Set: true, Plan: medicarePlan}
	ws := FigureWarnings(s, nil)
	// KX $2,480 (2027 not carried: 2026's): plan year 2 from $0, its 25th
	// visit, visit 34, makes $2,500 (its 24th, visit 33, $2,400)
	expectOne(t, ws, WarnKXThresholdPTSpeech, calc.Warning{Code: WarnKXThresholdPTSpeech, Plan: calc.Medicare,
		Option: calc.InNetworkClinic, Amount: 250000, Limit: 248000, Visit: 34, Year: 2026, AskedYear: 2027, PlanYear: 2})
	// review $3,000: its 31st visit, visit 40, makes $3,100
	expectOne(t, ws, WarnMedicalReviewPTSpeech, calc.Warning{Code: WarnMedicalReviewPTSpeech, Plan: calc.Medicare,
		Option: calc.InNetworkClinic, Amount: 310000, Limit: 300000, Visit: 40, Year: 2027, PlanYear: 2})
	// 39 visits: plan year 2's 30 reach $3,000 exactly, not above
	s.Care.Visits = 39
	expectOne(t, FigureWarnings(s, nil), WarnMedicalReviewPTSpeech, calc.Warning{})

	// the therapy ends before the plan year does: no Medicare visit, none
	s.Care.Visits = 9
	for _, code := range []calc.WarningCode{WarnKXThresholdPTSpeech, WarnMedicalReviewPTSpeech} {
		expectOne(t, FigureWarnings(s, nil), code, calc.Warning{})
	}
}

// A dated therapy inside one plan year names no plan year in its Medicare
// thresholds, with an evaluation priced apart as without one: the same
// example as TestThresholdCountsTheEvaluation ($200, then $100 a visit, 20
// used: visit 4 makes $2,000 + $200 + 3 × $100 = $2,500 > $2,480), its 10
// visits twice a week from Monday 2 March 2026, all in plan year 1.
func TestThresholdOnePlanYearNamesNone(t *testing.T) {
	for _, evaluated := range []bool{false, true} {
		s := medicare(2026, calc.PhysicalTherapy, 10000, 10, 20)
		s.Care.StartDate = calc.MakeDate(2026, 3, 2)
		want := calc.Warning{Code: WarnKXThresholdPTSpeech, Plan: calc.Medicare, Option: calc.InNetworkClinic,
			Amount: 250000, Limit: 248000, Count: 20, Visit: 5, Year: 2026} // 20 × $100 + 5 × $100 = $2,500
		if evaluated {
			s.Care.InNetwork.Evaluations.First = calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000}
			want.Visit = 4
		}
		expectOne(t, FigureWarnings(s, nil), WarnKXThresholdPTSpeech, want)
		for _, w := range find(FigureWarnings(s, nil), WarnKXThresholdPTSpeech) {
			if text := WarningText(w); strings.Contains(text, "plan year") {
				t.Errorf("evaluated %v: %s", evaluated, text)
			}
		}
	}
}
