package calc

// checkIdentities asserts the identities of docs/scenario-format.md on every
// option and every ledger line of r, and that totals are sums of lines.
// fataler is what checkIdentities needs of *testing.T and *rapid.T, so rapid
// can shrink a failing case.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

func checkIdentities(t fataler, r *Result) {
	t.Helper()
	for i := range r.Options {
		o := &r.Options[i]
		check := func(where string, x *Totals) {
			t.Helper()
			if x.Billed+x.Fees != x.WriteOff+x.PlanPaid+x.SupplementalPaid+x.OutOfPocket {
				t.Fatalf("%s %s: billed+fees %v ≠ write-off+plan+supplemental+out of pocket %v", o.ID, where,
					x.Billed+x.Fees, x.WriteOff+x.PlanPaid+x.SupplementalPaid+x.OutOfPocket)
			}
			// Out of pocket goes below zero only by a fixed indemnity's gain: what
			// the patient owes before the policy never does.
			if x.Reimbursed != x.PatientPaidUpfront-x.OutOfPocket || x.Reimbursed < 0 || x.WriteOff < 0 ||
				x.PlanPaid < 0 || x.SupplementalPaid < 0 || x.OutOfPocket+x.SupplementalPaid < 0 || x.Fees < 0 {
				t.Fatalf("%s %s: sign or reimbursement identity broken: %+v", o.ID, where, *x)
			}
		}
		var sum Totals
		uncovered := 0
		for k := range o.Ledger {
			l := &o.Ledger[k]
			check("visit", &l.Totals)
			if l.OutOfPocket < 0 && !l.Note.Rules.Has(RuleIndemnityPaid) {
				t.Fatalf("%s visit %d: out of pocket %v below zero without an indemnity payment", o.ID, l.Visit, l.OutOfPocket)
			}
			sum.add(&l.Totals)
			if !l.Covered {
				uncovered++
			}
		}
		check("total", &o.Totals)
		if o.Ledger != nil && (sum != o.Totals || uncovered != o.UncoveredVisits || len(o.Ledger) != o.Visits) {
			t.Fatalf("%s: totals %+v are not the sum of the ledger %+v (uncovered %d vs %d)", o.ID, o.Totals, sum, o.UncoveredVisits, uncovered)
		}
		checkDated(t, o)
		if o.NetCost != o.OutOfPocket+o.Premiums-o.TaxSavings {
			t.Fatalf("%s: net cost identity broken", o.ID)
		}
		if o.Visits > 0 && o.Minutes > 0 {
			if o.PerVisit != Cents(divRoundHalfUp(int64(o.NetCost), int64(o.Visits))) ||
				o.PerHour != Cents(divRoundHalfUp(int64(o.NetCost)*60, int64(o.Visits*o.Minutes))) {
				t.Fatalf("%s: per visit / per hour wrong", o.ID)
			}
		}
	}
	for _, o := range r.Options {
		if o.NetCost < r.Option(r.Cheapest).NetCost {
			t.Fatalf("cheapest %s is not the lowest net cost", r.Cheapest)
		}
	}
}

// estimate is Estimate returning a pointer, for one-line checks in tests.
func estimate(s Scenario) *Result {
	r := Estimate(s)
	return &r
}

// checkDated asserts what holds of an option's dates, plan years, months and
// peak cash: plan years add up to the option; each line's plan year and
// date follow the ledger's order; money back arrives a fixed delay after
// its visit; months add up to money out and back; the peak is the running
// total's maximum, taken payments first. An undated option has none of it.
func checkDated(t fataler, o *Option) {
	t.Helper()
	if o.Ledger == nil {
		return
	}
	if len(o.Ledger) == 0 || o.Ledger[0].Date.IsZero() {
		for k := range o.Ledger {
			if l := &o.Ledger[k]; !l.Date.IsZero() || l.PlanYear != 0 || !l.MoneyBackOn.IsZero() {
				t.Fatalf("%s: an undated ledger has a dated line %+v", o.ID, *l)
			}
		}
		if o.PlanYears != nil || o.Months != nil || o.PeakCashOutstanding != 0 || !o.PeakCashOn.IsZero() || o.ResetAtVisit.Set {
			t.Fatalf("%s: undated but plan years %v, months %v, peak %v, reset %v", o.ID, o.PlanYears, o.Months, o.PeakCashOutstanding, o.ResetAtVisit)
		}
		return
	}
	var years Totals
	visits, paid, tax := 0, Cents(0), Cents(0)
	for i, y := range o.PlanYears {
		years.add(&y.Totals)
		paid += y.PaidFromAccount
		tax += y.TaxSavings
		if y.FirstVisit != visits+1 || y.Visits <= 0 || (i > 0 && y.Year <= o.PlanYears[i-1].Year) {
			t.Fatalf("%s: plan year %+v out of order", o.ID, y)
		}
		for k := y.FirstVisit; k < y.FirstVisit+y.Visits; k++ {
			if o.Ledger[k-1].PlanYear != y.Year || o.Ledger[k-1].Date.Before(y.Start) {
				t.Fatalf("%s: visit %d (%v) is not in plan year %d from %v", o.ID, k, o.Ledger[k-1].Date, y.Year, y.Start)
			}
		}
		visits += y.Visits
	}
	if years != o.Totals || visits != o.Visits || paid != o.PaidFromAccount || tax != o.TaxSavings {
		t.Fatalf("%s: plan years %+v do not add up to the option %+v", o.ID, o.PlanYears, o.Totals)
	}
	if reset := len(o.PlanYears) > 1; reset != o.ResetAtVisit.Set || reset && o.ResetAtVisit.Value != o.PlanYears[1].FirstVisit {
		t.Fatalf("%s: reset at %v with plan years %+v", o.ID, o.ResetAtVisit, o.PlanYears)
	}
	delay := -1
	var out, back Cents
	for k := range o.Ledger {
		l := &o.Ledger[k]
		if k > 0 && l.Date.Before(o.Ledger[k-1].Date) {
			t.Fatalf("%s: visit %d on %v before visit %d", o.ID, k+1, l.Date, k)
		}
		out += l.PatientPaidUpfront
		if l.Reimbursed == 0 {
			if !l.MoneyBackOn.IsZero() {
				t.Fatalf("%s: visit %d has a money-back date without money back", o.ID, k+1)
			}
			continue
		}
		back += l.Reimbursed
		if n := l.Date.DaysUntil(l.MoneyBackOn); delay == -1 {
			delay = n
		} else if n != delay || n < 0 {
			t.Fatalf("%s: money back after %d days, and %d days before", o.ID, n, delay)
		}
	}
	var mOut, mBack Cents
	for i, m := range o.Months {
		mOut += m.Out
		mBack += m.Back
		if i > 0 && (Date{m.Year, m.Month, 1}) != (Date{o.Months[i-1].Year, o.Months[i-1].Month, 1}).AddMonths(1) {
			t.Fatalf("%s: months skip from %+v to %+v", o.ID, o.Months[i-1], m)
		}
	}
	if mOut != out || mBack != back || mOut != o.PatientPaidUpfront || mBack != o.Reimbursed {
		t.Fatalf("%s: months add up to %v out and %v back, the ledger %v and %v", o.ID, mOut, mBack, out, back)
	}
	if peak := slowPeak(o); peak != o.PeakCashOutstanding {
		t.Fatalf("%s: peak %v, a day-by-day walk gives %v", o.ID, o.PeakCashOutstanding, peak)
	}
}

// slowPeak walks every day of the episode: that day's payments, the peak,
// then that day's money back.
func slowPeak(o *Option) Cents {
	first, last := o.Ledger[0].Date, o.Ledger[len(o.Ledger)-1].Date
	for k := range o.Ledger {
		if l := &o.Ledger[k]; !l.MoneyBackOn.IsZero() && last.Before(l.MoneyBackOn) {
			last = l.MoneyBackOn
		}
	}
	var running, peak Cents
	for day := first; !last.Before(day); day = day.AddDays(1) {
		for k := range o.Ledger {
			if o.Ledger[k].Date == day {
				running += o.Ledger[k].PatientPaidUpfront
				peak = max(peak, running)
			}
		}
		for k := range o.Ledger {
			if o.Ledger[k].MoneyBackOn == day {
				running -= o.Ledger[k].Reimbursed
			}
		}
	}
	return peak
}
