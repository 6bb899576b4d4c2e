package calc

import (
	"reflect"
	"testing"
)

// Hand-worked tests of the real-episode rules of docs/cost-rules.md ("Real
// episodes"): the weekly pattern, the plan-year reset at and beside its
// boundary, money by date and month, the peak cash outstanding, and the HSA
// and FSA across the reset. Every expected figure is worked in the comment.

func date(y, m, d int) Date { return MakeDate(y, m, d) }

// datesOf is the ledger's dates.
func datesOf(o *Option) []Date {
	out := make([]Date, len(o.Ledger))
	for i := range o.Ledger {
		out[i] = o.Ledger[i].Date
	}
	return out
}

func TestWeeklyPattern(t *testing.T) {
	// From Monday 5 January 2026. k = 2: offsets [0, 3]; k = 3: [0, 2, 4];
	// k = 4: [0, 1, 3, 4]; k = 5: [0, 1, 2, 3, 4]; week n starts 7n days on.
	mon := []Date{date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)}
	tests := []struct {
		perWeek int
		want    []Date
	}{
		{1, mon},
		{2, []Date{mon[0], date(2026, 1, 8), mon[1], date(2026, 1, 15), mon[2]}},
		{3, []Date{mon[0], date(2026, 1, 7), date(2026, 1, 9), mon[1], date(2026, 1, 14), date(2026, 1, 16), mon[2]}},
		{4, []Date{mon[0], date(2026, 1, 6), date(2026, 1, 8), date(2026, 1, 9), mon[1], date(2026, 1, 13),
			date(2026, 1, 15), date(2026, 1, 16), mon[2]}},
		{5, []Date{mon[0], date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 8), date(2026, 1, 9), mon[1],
			date(2026, 1, 13), date(2026, 1, 14), date(2026, 1, 15), date(2026, 1, 16), mon[2]}},
		// Out of range: 7 reads as 5, 0 and −1 as the clinic's default, 2.
		{7, []Date{mon[0], date(2026, 1, 6), date(2026, 1, 7)}},
		{0, []Date{mon[0], date(2026, 1, 8), mon[1]}},
		{-1, []Date{mon[0], date(2026, 1, 8), mon[1]}},
	}
	for _, tt := range tests {
		s := rulesBase(len(tt.want))
		s.Care.StartDate = date(2026, 1, 5)
		s.Care.InNetwork.VisitsPerWeek = tt.perWeek
		r := Estimate(s)
		if got := datesOf(r.Option(InNetworkClinic)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%d a week: %v, want %v", tt.perWeek, got, tt.want)
		}
		checkIdentities(t, &r)
	}
	// Defaults: 2 a week out of network, 1 for the concierge.
	s := rulesBase(3)
	s.Care.StartDate = date(2026, 1, 5)
	r := Estimate(s)
	if got := datesOf(r.Option(OutOfNetworkCash)); !reflect.DeepEqual(got, []Date{mon[0], date(2026, 1, 8), mon[1]}) {
		t.Errorf("out of network by default: %v", got)
	}
	if got := datesOf(r.Option(ConciergeTherapy)); !reflect.DeepEqual(got, mon) {
		t.Errorf("concierge by default: %v", got)
	}
}

// resetBase: in network only matters. Charge = allowed = $100, deductible
// $150, 20 %, maximum $1,000; 2 visits, 1 a week.
func resetBase(start Date) Scenario {
	s := rulesBase(2)
	s.Plan.InNetwork = CostSharing{Deductible: d(150), DeductibleApplies: true, Coinsurance: Percent(20), OOPMax: Cap(d(1000))}
	s.Care.StartDate = start
	s.Care.InNetwork.VisitsPerWeek = 1
	return s
}

// The reset at its boundary: visit 2 the day before, on and after the start
// of the next plan year.
func TestResetBoundary(t *testing.T) {
	// Same plan year: visit 1 $100 to the deductible, visit 2 $50 + 20 % ×
	// $50 = $60: $160. A new plan year at visit 2: its deductible is $150
	// again, visit 2 pays $100: $200.
	tests := []struct {
		name      string
		yearStart MonthDay
		start     Date
		visit2    Date
		reset     bool
	}{
		{"visit 2 on 31 December, the day before", MonthDay{}, date(2026, 12, 24), date(2026, 12, 31), false},
		{"visit 2 on 1 January", MonthDay{}, date(2026, 12, 25), date(2027, 1, 1), true},
		{"visit 2 on 2 January, the day after", MonthDay{}, date(2026, 12, 26), date(2027, 1, 2), true},
		{"visit 1 on 1 January starts plan year 1", MonthDay{}, date(2027, 1, 1), date(2027, 1, 8), false},
		{"a 1 July plan year, visit 2 on 30 June", MonthDay{7, 1}, date(2026, 6, 23), date(2026, 6, 30), false},
		{"a 1 July plan year, visit 2 on 1 July", MonthDay{7, 1}, date(2026, 6, 24), date(2026, 7, 1), true},
		// 29 February is 28 February in a common year, itself in a leap year.
		{"29 February plan year, 2027, visit 2 on the 27th", MonthDay{2, 29}, date(2027, 2, 20), date(2027, 2, 27), false},
		{"29 February plan year, 2027, visit 2 on the 28th", MonthDay{2, 29}, date(2027, 2, 21), date(2027, 2, 28), true},
		{"29 February plan year, 2028, visit 2 on the 28th", MonthDay{2, 29}, date(2028, 2, 21), date(2028, 2, 28), false},
		{"29 February plan year, 2028, visit 2 on the 29th", MonthDay{2, 29}, date(2028, 2, 22), date(2028, 2, 29), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := resetBase(tt.start)
			s.Plan.YearStart = tt.yearStart
			r := Estimate(s)
			o := r.Option(InNetworkClinic)
			wantOOP, wantReset, wantYear := d(160), none, 1
			if tt.reset {
				wantOOP, wantReset, wantYear = d(200), at(2), 2
			}
			l := o.Ledger[1]
			if o.OutOfPocket != wantOOP || o.ResetAtVisit != wantReset || l.Date != tt.visit2 || l.PlanYear != wantYear ||
				o.Ledger[0].PlanYear != 1 || l.Note.Rules.Has(RuleNewPlanYear) != tt.reset {
				t.Errorf("out of pocket %v (want %v), reset %v (want %v), visit 2 on %v (want %v) in plan year %d (want %d)",
					o.OutOfPocket, wantOOP, o.ResetAtVisit, wantReset, l.Date, tt.visit2, l.PlanYear, wantYear)
			}
			checkIdentities(t, &r)
		})
	}
}

// exampleReset is docs/cost-rules.md's reset example: in network, charge =
// allowed = $100, deductible $200, 20 %, maximum $1,000, nothing met; 4
// visits twice a week from 24 December 2026: Dec 24, 27, 31, Jan 3.
func exampleReset() Scenario {
	s := rulesBase(4)
	s.Plan.InNetwork = CostSharing{Deductible: d(200), DeductibleApplies: true, Coinsurance: Percent(20), OOPMax: Cap(d(1000))}
	s.Care.StartDate = date(2026, 12, 24)
	return s
}

func TestResetWorkedExample(t *testing.T) {
	r := Estimate(exampleReset())
	o := r.Option(InNetworkClinic)
	// Visits 1–2 $100 each to the deductible (met at 2); visit 3 $20 (plan
	// $80); visit 4 in plan year 2, the deductible again: $100. Out of pocket
	// $320, plan $80, billed $400.
	checkOption(t, &r, InNetworkClinic, figures{
		billed: d(400), planPaid: d(80), upfront: d(320), oop: d(320), net: d(320), withoutSupp: d(320),
		dedMet: at(2), oopMet: none, firstUncovered: none,
	})
	if want := []Date{date(2026, 12, 24), date(2026, 12, 27), date(2026, 12, 31), date(2027, 1, 3)}; !reflect.DeepEqual(datesOf(o), want) {
		t.Errorf("dates %v, want %v", datesOf(o), want)
	}
	want := []PlanYear{
		// Plan year 1 (began 1 January 2026): visits 1–3, billed 300, plan 80,
		// out of pocket 220; deductible met at visit 2.
		{Year: 1, Start: date(2026, 1, 1), FirstVisit: 1, Visits: 3, FilesClaims: true,
			Totals:               Totals{Billed: d(300), PlanPaid: d(80), PatientPaidUpfront: d(220), OutOfPocket: d(220)},
			DeductibleMetAtVisit: at(2)},
		// Plan year 2: visit 4, $100 to a deductible that stays at $100.
		{Year: 2, Start: date(2027, 1, 1), FirstVisit: 4, Visits: 1, FilesClaims: true,
			Totals: Totals{Billed: d(100), PatientPaidUpfront: d(100), OutOfPocket: d(100)}},
	}
	if o.ResetAtVisit != at(4) || !reflect.DeepEqual(o.PlanYears, want) {
		t.Errorf("reset %v, plan years\n %+v\nwant %+v", o.ResetAtVisit, o.PlanYears, want)
	}
	if l := o.Ledger[3]; l.DeductibleRemaining != Cap(d(100)) || l.OOPRemaining != Cap(d(900)) {
		t.Errorf("visit 4 leaves deductible %v and maximum %v; want $100 and $900", l.DeductibleRemaining, l.OOPRemaining)
	}

	// Undated, visit 4 pays $20: $240.
	s := exampleReset()
	s.Care.StartDate = Date{}
	if got := estimate(s).Option(InNetworkClinic).OutOfPocket; got != d(240) {
		t.Errorf("undated: %v, want $240", got)
	}

	// A next-year plan of deductible $50 and 10 %: visit 4 pays $50 + 10 % ×
	// $50 = $55 (plan $45): $275, plan $125; plan year 2 meets its deductible
	// at visit 4.
	s = exampleReset()
	next := s.Plan
	next.InNetwork.Deductible, next.InNetwork.Coinsurance = d(50), Percent(10)
	s.NextYear = NextYear{Set: true, Plan: next}
	r = Estimate(s)
	o = r.Option(InNetworkClinic)
	if o.OutOfPocket != d(275) || o.PlanPaid != d(125) || len(o.PlanYears) != 2 || o.PlanYears[1].DeductibleMetAtVisit != at(4) ||
		o.DeductibleMetAtVisit != at(2) {
		t.Errorf("with next year's plan: out of pocket %v, plan %v, plan years %+v", o.OutOfPocket, o.PlanPaid, o.PlanYears)
	}
	checkIdentities(t, &r)
}

// The visit limit and the supplemental policy's counts start again.
func TestResetRenewsLimitsAndPolicies(t *testing.T) {
	// 4 visits from 24 December (Dec 24, 27, 31, Jan 3), in network $100 =
	// allowed, no deductible, 20 %.
	t.Run("visit limit", func(t *testing.T) {
		// Limit 3, 2 used: visit 1 covered ($20); visits 2–3 past the limit,
		// self-pay $100; visit 4 in plan year 2 covered again ($20). Out of
		// pocket 240, plan 160, 2 uncovered. Undated, visit 4 is self-pay: 320.
		s := rulesBase(4)
		s.Care.StartDate = date(2026, 12, 24)
		s.Plan.VisitLimit, s.Plan.VisitsUsed = Cap(3), 2
		checkOption(t, estimate(s), InNetworkClinic, figures{
			billed: d(400), planPaid: d(160), upfront: d(240), oop: d(240), net: d(240), withoutSupp: d(240),
			dedMet: at(0), oopMet: none, firstUncovered: at(2), uncovered: 2,
		})
		s.Care.StartDate = Date{}
		if got := estimate(s).Option(InNetworkClinic).OutOfPocket; got != d(320) {
			t.Errorf("undated: %v, want $320", got)
		}
	})
	t.Run("extra visits", func(t *testing.T) {
		// Limit 0: the plan covers nothing; a rider covers 1 visit a plan year
		// at 20 %: visit 1 ($20, rider $80), visits 2–3 self-pay $100, visit 4
		// the rider again: 240. Undated: 20 + 300 = 320.
		s := rulesBase(4)
		s.Care.StartDate = date(2026, 12, 24)
		s.Plan.VisitLimit = Cap(0)
		s.Supplemental = Supplemental{Kind: ExtraVisits, Visits: 1, Coinsurance: Percent(20)}
		if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{d(80), 0, 0, d(80)}) {
			t.Errorf("rider by visit %v", got)
		}
		s.Care.StartDate = Date{}
		if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{d(80), 0, 0, 0}) {
			t.Errorf("undated rider by visit %v", got)
		}
	})
	t.Run("indemnity annual maximum", func(t *testing.T) {
		// No plan, every option $100 a visit; indemnity $50, annual max $50.
		// Twice a week (clinic, out of network) the reset is at visit 4: 50, 0,
		// 0, 50. Once a week (concierge: Dec 24, 31, Jan 7, 14) at visit 3: 50,
		// 0, 50, 0. Undated: 50 and nothing more.
		s := rulesBase(4)
		s.Plan.Type = NoPlan
		s.Care.StartDate = date(2026, 12, 24)
		s.Care.OutOfNetwork.CashRate = d(100)
		s.Care.Concierge = ConciergeCare{Fee: d(100), Minutes: 60, Visits: 4}
		s.Supplemental = Supplemental{Kind: Indemnity, PerVisit: d(50), AnnualMax: Cap(d(50))}
		r := Estimate(s)
		want := map[OptionID][]Cents{InNetworkClinic: {d(50), 0, 0, d(50)}, OutOfNetworkCash: {d(50), 0, 0, d(50)},
			ConciergeTherapy: {d(50), 0, d(50), 0}}
		for id, w := range want {
			if got := suppByVisit(r.Option(id)); !sameCents(got, w) {
				t.Errorf("%s: policy by visit %v, want %v", id, got, w)
			}
		}
		if r.Option(ConciergeTherapy).ResetAtVisit != at(3) {
			t.Errorf("concierge reset at %v, want 3", r.Option(ConciergeTherapy).ResetAtVisit)
		}
		checkIdentities(t, &r)
	})
	t.Run("secondary deductible", func(t *testing.T) {
		// Secondary: deductible $30, 0 %. Share $20 a visit. Plan year 1: visit
		// 1 $20 to its deductible, visit 2 $10 more and pays $10, visit 3 pays
		// $20; plan year 2: visit 4 $20 to a new deductible. Pays 30 (undated:
		// 50).
		s := rulesBase(4)
		s.Care.StartDate = date(2026, 12, 24)
		s.Supplemental = Supplemental{Kind: Secondary, Deductible: d(30)}
		if got := suppByVisit(estimate(s).Option(InNetworkClinic)); !sameCents(got, []Cents{0, d(10), d(20), 0}) {
			t.Errorf("secondary by visit %v", got)
		}
	})
}

// Money by date: docs/cost-rules.md's example, and the same with money back
// after 3 days, where money back and visits fall on the same days.
func TestMoneyByDateAndPeakCash(t *testing.T) {
	s := rulesBase(6)
	s.Care.StartDate = date(2026, 1, 5)
	s.Care.OutOfNetwork.CashRate = d(100) // = allowed: $100 out, $60 back a visit
	s.Care.OutOfNetwork.ReimbursementDays = 10
	r := Estimate(s)
	o := r.Option(OutOfNetworkCash)
	visits := []Date{date(2026, 1, 5), date(2026, 1, 8), date(2026, 1, 12), date(2026, 1, 15), date(2026, 1, 19), date(2026, 1, 22)}
	back := []Date{date(2026, 1, 15), date(2026, 1, 18), date(2026, 1, 22), date(2026, 1, 25), date(2026, 1, 29), date(2026, 2, 1)}
	for i, l := range o.Ledger {
		if l.Date != visits[i] || l.MoneyBackOn != back[i] {
			t.Errorf("visit %d on %v, money back %v; want %v, %v", i+1, l.Date, l.MoneyBackOn, visits[i], back[i])
		}
	}
	// Running total: 100, 200, 300, 400 then 340 (Jan 15: the visit first),
	// 280, 380, 480 then 420 (Jan 22), 360, 300, 240. Peak $480 on 22 January.
	// January: out 6 × 100 = 600, back 5 × 60 = 300; February: back 60.
	wantMonths := []MonthFlow{{2026, 1, d(600), d(300)}, {2026, 2, 0, d(60)}}
	if o.PeakCashOutstanding != d(480) || o.PeakCashOn != date(2026, 1, 22) || !reflect.DeepEqual(o.Months, wantMonths) {
		t.Errorf("peak %v on %v, months %+v", o.PeakCashOutstanding, o.PeakCashOn, o.Months)
	}
	checkIdentities(t, &r)

	// Money back after 3 days: Jan 8, 11, 15, 18, 22, 25. Running: Jan 5 100;
	// Jan 8 200 then 140; Jan 11 80; Jan 12 180; Jan 15 280 then 220; Jan 18
	// 160; Jan 19 260; Jan 22 360 then 300; Jan 25 240. Peak $360 on Jan 22.
	s.Care.OutOfNetwork.ReimbursementDays = 3
	o = estimate(s).Option(OutOfNetworkCash)
	if o.PeakCashOutstanding != d(360) || o.PeakCashOn != date(2026, 1, 22) {
		t.Errorf("3 days: peak %v on %v, want $360 on 2026-01-22", o.PeakCashOutstanding, o.PeakCashOn)
	}

	// In network nothing comes back: peak = everything paid, on the last visit
	// (6 × $20 = $120 on Jan 22); no money-back dates.
	in := estimate(s).Option(InNetworkClinic)
	if in.PeakCashOutstanding != d(120) || in.PeakCashOn != date(2026, 1, 22) || in.Ledger[0].MoneyBackOn != (Date{}) ||
		!reflect.DeepEqual(in.Months, []MonthFlow{{2026, 1, d(120), 0}}) {
		t.Errorf("in network: peak %v on %v, months %+v", in.PeakCashOutstanding, in.PeakCashOn, in.Months)
	}

	// Undated: no dates, months or peak.
	s.Care.StartDate = Date{}
	o = estimate(s).Option(OutOfNetworkCash)
	if o.PeakCashOutstanding != 0 || o.Months != nil || o.PlanYears != nil || o.Ledger[0].Date != (Date{}) || o.Ledger[0].PlanYear != 0 {
		t.Errorf("undated: peak %v, months %v, plan years %v, first line %+v", o.PeakCashOutstanding, o.Months, o.PlanYears, o.Ledger[0])
	}
}

// A month with nothing between the first and the last is listed.
func TestMonthsWithoutMoneyAreListed(t *testing.T) {
	// One visit on 30 January, money back 60 days later, 31 March.
	s := rulesBase(1)
	s.Care.StartDate = date(2026, 1, 30)
	s.Care.OutOfNetwork.CashRate = d(100)
	s.Care.OutOfNetwork.ReimbursementDays = 60
	o := estimate(s).Option(OutOfNetworkCash)
	want := []MonthFlow{{2026, 1, d(100), 0}, {2026, 2, 0, 0}, {2026, 3, 0, d(60)}}
	if !reflect.DeepEqual(o.Months, want) || o.Ledger[0].MoneyBackOn != date(2026, 3, 31) {
		t.Errorf("months %+v, money back %v", o.Months, o.Ledger[0].MoneyBackOn)
	}
}

// HSA and FSA across the reset: docs/cost-rules.md's example. Plan year 1's
// qualified expenses $220, plan year 2's $100; tax rate 20 %.
func TestAccountsAcrossTheReset(t *testing.T) {
	tests := []struct {
		name       string
		account    Account
		paid, tax  Cents
		paidByYear [2]Cents
		// forfeited is plan year 1's FSA money lost at its end: the $80
		// it leaves beyond what carries over or what the grace period uses
		forfeited Cents
	}{
		// FSA, elections $300 and $0: plan year 1 pays 220 (tax 44), 80 unspent.
		// None: plan year 2 pays 0. Tax 44.
		{"FSA, forfeited", Account{Kind: FSA, Balance: d(300), TaxRate: Percent(20)}, d(220), d(44), [2]Cents{d(220), 0}, d(80)},
		// Carryover $50: plan year 2 pays 50 (tax 10). 54.
		{"FSA, carryover $50", Account{Kind: FSA, Balance: d(300), TaxRate: Percent(20), FSARule: FSACarryover, Carryover: d(50)},
			d(270), d(54), [2]Cents{d(220), d(50)}, d(30)},
		// Carryover at and beside the $80 unspent: 79 → 79 (tax 15.80); 80 → 80
		// (16); 81 → still 80 (16).
		{"FSA, carryover $79", Account{Kind: FSA, Balance: d(300), TaxRate: Percent(20), FSARule: FSACarryover, Carryover: d(79)},
			d(299), dc(59, 80), [2]Cents{d(220), d(79)}, d(1)},
		{"FSA, carryover $80", Account{Kind: FSA, Balance: d(300), TaxRate: Percent(20), FSARule: FSACarryover, Carryover: d(80)},
			d(300), d(60), [2]Cents{d(220), d(80)}, 0},
		{"FSA, carryover $81", Account{Kind: FSA, Balance: d(300), TaxRate: Percent(20), FSARule: FSACarryover, Carryover: d(81)},
			d(300), d(60), [2]Cents{d(220), d(80)}, 0},
		// Grace: visit 4 (3 January) is in the grace period: 80 from last year's
		// money (tax 16). 60.
		{"FSA, grace", Account{Kind: FSA, Balance: d(300), TaxRate: Percent(20), FSARule: FSAGrace}, d(300), d(60), [2]Cents{d(220), d(80)}, 0},
		// Next year's election $30 with nothing carried: pays 30 (tax 6): 50.
		{"FSA, next election", Account{Kind: FSA, Balance: d(300), NextBalance: d(30), TaxRate: Percent(20)},
			d(250), d(50), [2]Cents{d(220), d(30)}, d(80)},
		// HSA $250: 220 then the 30 left (tax 6): 50. At $220: 0 left. $221: 1.
		{"HSA $250", Account{Kind: HSA, Balance: d(250), TaxRate: Percent(20)}, d(250), d(50), [2]Cents{d(220), d(30)}, 0},
		{"HSA $220", Account{Kind: HSA, Balance: d(220), TaxRate: Percent(20)}, d(220), d(44), [2]Cents{d(220), 0}, 0},
		{"HSA $221", Account{Kind: HSA, Balance: d(221), TaxRate: Percent(20)}, d(221), dc(44, 20), [2]Cents{d(220), d(1)}, 0},
		// An employer's deposit pays first, in each plan year, and saves no
		// tax. $250 and $100: plan year 1 pays 220, 100 of it the deposit's
		// (tax 20 % × 120 = 24); plan year 2 pays 100 of the 130 left (tax
		// 20): 44.
		{"HSA $250, deposit $100", Account{Kind: HSA, Balance: d(250), EmployerContribution: d(100), TaxRate: Percent(20)},
			d(320), d(44), [2]Cents{d(220), d(100)}, 0},
		// Only a deposit of $300: 220, then the 80 it leaves; no tax.
		{"HSA $0, deposit $300", Account{Kind: HSA, EmployerContribution: d(300), TaxRate: Percent(20)},
			d(300), 0, [2]Cents{d(220), d(80)}, 0},
		// $100 of the patient's and a deposit at and beside plan year 1's
		// $220. $219: plan year 1 pays 219 + 1 of the patient's (tax 0.20),
		// plan year 2 the 99 left (19.80): 20.00. $220: 220 of the deposit,
		// then 100 of the patient's (20). $221: 220, then 1 of the deposit
		// and 99 of the patient's (19.80).
		{"HSA $100, deposit $219", Account{Kind: HSA, Balance: d(100), EmployerContribution: d(219), TaxRate: Percent(20)},
			d(319), d(20), [2]Cents{d(220), d(99)}, 0},
		{"HSA $100, deposit $220", Account{Kind: HSA, Balance: d(100), EmployerContribution: d(220), TaxRate: Percent(20)},
			d(320), d(20), [2]Cents{d(220), d(100)}, 0},
		{"HSA $100, deposit $221", Account{Kind: HSA, Balance: d(100), EmployerContribution: d(221), TaxRate: Percent(20)},
			d(320), dc(19, 80), [2]Cents{d(220), d(100)}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := exampleReset()
			s.Account = tt.account
			r := Estimate(s)
			o := r.Option(InNetworkClinic)
			if o.PaidFromAccount != tt.paid || o.TaxSavings != tt.tax || len(o.PlanYears) != 2 ||
				o.PlanYears[0].PaidFromAccount != tt.paidByYear[0] || o.PlanYears[1].PaidFromAccount != tt.paidByYear[1] ||
				o.NetCost != d(320)-tt.tax {
				t.Errorf("paid %v (want %v), tax %v (want %v), plan years %+v", o.PaidFromAccount, tt.paid, o.TaxSavings, tt.tax, o.PlanYears)
			}
			if len(o.PlanYears) == 2 && (o.PlanYears[0].Forfeited != tt.forfeited || o.PlanYears[1].Forfeited != 0) {
				t.Errorf("forfeited %v then %v, want %v then 0 (the last plan year's end is not in the episode)",
					o.PlanYears[0].Forfeited, o.PlanYears[1].Forfeited, tt.forfeited)
			}
			checkIdentities(t, &r)
		})
	}
}

// The FSA's grace period ends with 15 March for a 1 January plan year.
func TestFSAGraceBoundary(t *testing.T) {
	// No plan: every visit $100, once a week, 12 visits; FSA elections $2,000
	// and $0, grace, tax 10 %. Plan year 1 holds visit 1 only: paid 100 (tax
	// 10), 1,900 unspent. From 28 December 2026 visit 12 is on 15 March 2027
	// (77 days on): all 11 visits of plan year 2 are in the grace period, paid
	// 1,100 (tax 110): 120 in all. From 29 December visit 12 is on 16 March:
	// only visits 2–11 are, 1,000 (tax 100): 110. Forfeited: 1,900 − 1,100 =
	// 800, and 1,900 − 1,000 = 900.
	for _, tt := range []struct {
		start     Date
		last      Date
		tax       Cents
		forfeited Cents
	}{
		{date(2026, 12, 28), date(2027, 3, 15), d(120), d(800)},
		{date(2026, 12, 29), date(2027, 3, 16), d(110), d(900)},
	} {
		s := rulesBase(12)
		s.Plan.Type = NoPlan
		s.Care.StartDate = tt.start
		s.Care.InNetwork.VisitsPerWeek = 1
		s.Account = Account{Kind: FSA, Balance: d(2000), TaxRate: Percent(10), FSARule: FSAGrace}
		o := estimate(s).Option(InNetworkClinic)
		if o.Ledger[11].Date != tt.last || o.TaxSavings != tt.tax {
			t.Errorf("from %v: visit 12 on %v, tax %v; want %v, %v", tt.start, o.Ledger[11].Date, o.TaxSavings, tt.last, tt.tax)
		}
		if len(o.PlanYears) != 2 || o.PlanYears[0].Forfeited != tt.forfeited {
			t.Errorf("from %v: plan years %+v, want %v forfeited at the first's end", tt.start, o.PlanYears, tt.forfeited)
		}
	}
}

// Plan year 3 renews the next year's plan with its accumulators at 0.
func TestThirdPlanYearRenewsTheNextYearsPlan(t *testing.T) {
	// Once a week from Thursday 24 December 2026: visit 2 on 31 December, visit
	// 3 on 7 January 2027 (plan year 2); 2027 has 365 days, so 52 weeks (364
	// days) after visit 3, visit 55 falls on 6 January 2028 (plan year 3) and
	// visit 54 on 30 December 2027.
	// In network $100 = allowed, 20 %, no deductible this year; next year's
	// plan: deductible $200 already met (deductible_met 200). Plan year 2 pays
	// 20 % from its first visit (its deductible marker is visit 2, before
	// its first visit); plan year 3 starts with the deductible unmet: visits
	// 55 and 56 pay $100 each.
	s := rulesBase(56)
	s.Care.StartDate = date(2026, 12, 24)
	s.Care.InNetwork.VisitsPerWeek = 1
	next := s.Plan
	next.InNetwork.Deductible, next.InNetwork.DeductibleMet = d(200), d(200)
	s.NextYear = NextYear{Set: true, Plan: next}
	r := Estimate(s)
	o := r.Option(InNetworkClinic)
	for _, tt := range []struct {
		visit, year int
		on          Date
		pays        Cents
	}{
		{3, 2, date(2027, 1, 7), d(20)},
		{54, 2, date(2027, 12, 30), d(20)},
		{55, 3, date(2028, 1, 6), d(100)},
		{56, 3, date(2028, 1, 13), d(100)},
	} {
		if l := o.Ledger[tt.visit-1]; l.Date != tt.on || l.PlanYear != tt.year || l.OutOfPocket != tt.pays {
			t.Errorf("visit %d: %v in plan year %d pays %v; want %v, %d, %v", tt.visit, l.Date, l.PlanYear, l.OutOfPocket, tt.on, tt.year, tt.pays)
		}
	}
	if len(o.PlanYears) != 3 || o.PlanYears[2].Start != date(2028, 1, 1) || o.PlanYears[2].FirstVisit != 55 || o.ResetAtVisit != at(3) ||
		o.PlanYears[1].DeductibleMetAtVisit != at(2) || o.PlanYears[2].DeductibleMetAtVisit != at(56) {
		t.Errorf("plan years %+v, reset at %v", o.PlanYears, o.ResetAtVisit)
	}
	checkIdentities(t, &r)
}

// What each plan year leaves unspent of an FSA, before its rule, as the
// account settled it. No plan, $100 a visit once a week from Tuesday 29
// December 2026: visit 1 in plan year 1, visits 2–12 in plan year 2 ($1,100),
// visits 2–11 in the grace period (visit 12 is on 16 March 2027). Elections
// $2,000, then $1,500. Plan year 1 pays $100: $1,900 unspent, whatever the
// rule. Plan year 2:
//   - none: pays min($1,100, $1,500) = $1,100, leaves $400;
//   - carryover $50: may spend $1,500 + min($1,900, $50) = $1,550, pays
//     $1,100, leaves $450;
//   - grace: the old $1,900 pays the grace period's $1,000, the election the
//     remaining $100: leaves $1,500 − $100 = $1,400 (not $1,500 − $1,100).
func TestPlanYearUnspent(t *testing.T) {
	for _, tt := range []struct {
		rule      FSARule
		carryover Cents
		unspent   Cents
	}{
		{NoFSARule, 0, d(400)},
		{FSACarryover, d(50), d(450)},
		{FSAGrace, 0, d(1400)},
	} {
		s := rulesBase(12)
		s.Plan.Type = NoPlan
		s.Care.StartDate = date(2026, 12, 29)
		s.Care.InNetwork.VisitsPerWeek = 1
		s.Account = Account{Kind: FSA, Balance: d(2000), NextBalance: d(1500), TaxRate: Percent(10),
			FSARule: tt.rule, Carryover: tt.carryover}
		o := estimate(s).Option(InNetworkClinic)
		if len(o.PlanYears) != 2 || o.PlanYears[0].Unspent != d(1900) || o.PlanYears[1].Unspent != tt.unspent {
			t.Errorf("%q: plan years %+v, want %v then %v unspent", tt.rule, o.PlanYears, d(1900), tt.unspent)
		}
	}
}
