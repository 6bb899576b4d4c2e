package calc

// checkIdentities asserts the identities of scenario-format.md on every
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
			if x.Reimbursed != x.PatientPaidUpfront-x.OutOfPocket || x.Reimbursed < 0 || x.WriteOff < 0 ||
				x.PlanPaid < 0 || x.SupplementalPaid < 0 || x.OutOfPocket < 0 || x.Fees < 0 {
				t.Fatalf("%s %s: sign or reimbursement identity broken: %+v", o.ID, where, *x)
			}
		}
		var sum Totals
		uncovered := 0
		for k := range o.Ledger {
			l := &o.Ledger[k]
			check("visit", &l.Totals)
			sum.add(&l.Totals)
			if !l.Covered {
				uncovered++
			}
		}
		check("total", &o.Totals)
		if o.Ledger != nil && (sum != o.Totals || uncovered != o.UncoveredVisits || len(o.Ledger) != o.Visits) {
			t.Fatalf("%s: totals %+v are not the sum of the ledger %+v (uncovered %d vs %d)", o.ID, o.Totals, sum, o.UncoveredVisits, uncovered)
		}
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
