package calc

import (
	"encoding/binary"
	"testing"
)

// FuzzEstimateEpisode: any Scenario, valid or not, with every field of
// issue 12 filled from the fuzzer's bytes (negative amounts, impossible
// dates, visits a week out of range, a broken range), estimates and
// estimates its range without panicking. Visit counts stay within 0–400:
// the engine allocates a ledger line per visit, and counts are bounded by
// validation before they reach it.
func FuzzEstimateEpisode(f *testing.F) {
	f.Add([]byte("seed"))
	f.Add([]byte{7, 0, 0, 0, 0, 0, 0, 1, 255, 255, 255, 255, 0, 3, 0, 0, 0, 0, 0, 0, 12, 31, 2, 29, 5, 5, 5})
	f.Fuzz(func(t *testing.T, data []byte) {
		b := fuzzBytes(data)
		s := rulesBase(b.intn(0, 400))
		s.Plan.Type = PlanTypes[b.intn(0, len(PlanTypes)-1)]
		s.Plan.VisitsUsed = b.intn(-5, 400)
		if b.bool() {
			s.Plan.VisitLimit = Cap(b.intn(-5, 400))
		}
		for _, cs := range []*CostSharing{&s.Plan.InNetwork, &s.Plan.OutOfNetwork.CostSharing} {
			cs.Deductible, cs.DeductibleMet, cs.Copay = b.cents(), b.cents(), b.cents()
			cs.Coinsurance = BasisPoints(b.intn(-100, 20000))
			cs.OOPMax, cs.OOPSpent = Limit[Cents]{Value: b.cents(), Set: b.bool()}, b.cents()
			cs.CopayAndCoinsurance, cs.CopayOutsideOOP, cs.OtherSpending = b.bool(), b.bool(), b.cents()
		}
		s.Plan.OutOfNetwork.Covered, s.Plan.OutOfNetwork.SharesDeductible, s.Plan.SharedOOPMax = b.bool(), b.bool(), b.bool()
		s.Plan.OutOfNetwork.Allowed = b.cents()
		s.Plan.OutOfNetwork.EvaluationAllowed = Limit[Cents]{Value: b.cents(), Set: b.bool()}
		s.Plan.TherapyMax, s.Plan.TherapyPaid = Limit[Cents]{Value: b.cents(), Set: b.bool()}, b.cents()
		s.Plan.YearStart = MonthDay{b.intn(-2, 14), b.intn(-2, 33)}
		if b.bool() {
			s.NextYear = NextYear{Set: true, Plan: s.Plan}
			s.NextYear.Plan.Type = PlanTypes[b.intn(0, len(PlanTypes)-1)]
			s.NextYear.Plan.InNetwork.Deductible = b.cents()
		}
		s.Care.StartDate = Date{b.intn(-1, 10001), b.intn(-1, 13), b.intn(-1, 32)}
		s.Care.OutOfNetwork.Visits, s.Care.Concierge.Visits = b.intn(0, 400), b.intn(0, 400)
		s.Care.OutOfNetwork.ReimbursementDays = b.intn(-10, 400)
		s.Care.InNetwork.VisitsPerWeek, s.Care.OutOfNetwork.VisitsPerWeek, s.Care.Concierge.VisitsPerWeek =
			b.intn(-3, 9), b.intn(-3, 9), b.intn(-3, 9)
		for _, ev := range []*Evaluations{&s.Care.InNetwork.Evaluations, &s.Care.OutOfNetwork.Evaluations, &s.Care.Concierge.Evaluations} {
			ev.First = VisitPrice{Set: b.bool(), Price: b.cents(), Allowed: b.cents(), SelfPay: b.cents()}
			ev.Re = VisitPrice{Set: b.bool(), Price: b.cents(), Allowed: b.cents(), SelfPay: b.cents()}
			ev.ReEvery = b.intn(-3, 30)
		}
		s.Care.Range = VisitRange{b.intn(-2, 400), b.intn(-2, 400), b.intn(-2, 400)}
		s.Supplemental = Supplemental{Kind: SupplementalKinds[b.intn(0, len(SupplementalKinds)-1)], PremiumMonthly: b.cents(),
			Visits: b.intn(-3, 50), Copay: b.cents(), Coinsurance: BasisPoints(b.intn(-100, 20000)), PerVisit: b.cents(),
			MaxVisits: Limit[int]{Value: b.intn(-3, 50), Set: b.bool()}, AnnualMax: Limit[Cents]{Value: b.cents(), Set: b.bool()},
			Deductible: b.cents(), CoversOutOfNetwork: b.bool(), PaysExcessCharges: b.bool(), LimitingCharge: BasisPoints(b.intn(-100, 30000)),
			IndemnityBasis: []IndemnityBasis{"", ExpenseIncurred, FixedIndemnity, "bogus"}[b.intn(0, 3)],
			Coordination:   []Coordination{"", Supplement, Traditional, NonDuplication, "bogus"}[b.intn(0, 4)],
			Allowed:        Limit[Cents]{Value: b.cents(), Set: b.bool()}}
		s.Account = Account{Kind: AccountKinds[b.intn(0, len(AccountKinds)-1)], Balance: b.cents(), TaxRate: BasisPoints(b.intn(-100, 20000)),
			NextBalance: b.cents(), FSARule: []FSARule{"", NoFSARule, FSACarryover, FSAGrace, "bogus"}[b.intn(0, 4)], Carryover: b.cents()}
		var r Result
		EstimateInto(&r, s)
		EstimateInto(&r, s) // reusing its own storage
		_, _ = EstimateRange(s)
	})
}

// fuzzBytes draws values from the fuzzer's bytes, zero once they run out.
type fuzzSource struct{ data []byte }

func fuzzBytes(data []byte) *fuzzSource { return &fuzzSource{data} }

func (f *fuzzSource) next() uint32 {
	var b [4]byte
	n := copy(b[:], f.data)
	f.data = f.data[n:]
	return binary.LittleEndian.Uint32(b[:])
}

func (f *fuzzSource) intn(lo, hi int) int { return lo + int(f.next()%uint32(hi-lo+1)) }
func (f *fuzzSource) bool() bool          { return f.next()%2 == 1 }

// cents: mostly ordinary amounts, sometimes negative or huge.
func (f *fuzzSource) cents() Cents {
	switch v := f.next(); v % 8 {
	case 0:
		return -Cents(v)
	case 1:
		return Cents(v) * 1000
	default:
		return Cents(v % 1000000)
	}
}
