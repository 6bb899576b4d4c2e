package plans

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/carecost/carecost/calc"
)

// The KX warning agrees with adding the visits up one by one: the visits
// already used first, then each in-network visit at min(allowed, charge),
// against the 2026 threshold of $2,480.
func TestKXWarningMatchesRunningTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := Preset(calc.Medicare)
		s.Year = 2026
		s.Care.Service = calc.PhysicalTherapy
		s.Care.InNetwork.Evaluations = calc.Evaluations{} // every visit at one price
		s.Care.InNetwork.Allowed = calc.Cents(rapid.Int64Range(0, 30000).Draw(t, "allowed"))
		s.Care.InNetwork.Charge = calc.Cents(rapid.Int64Range(0, 30000).Draw(t, "charge"))
		s.Care.Visits = rapid.IntRange(1, 365).Draw(t, "visits")
		s.Plan.VisitsUsed = rapid.IntRange(0, 365).Draw(t, "used")
		const threshold = calc.Cents(248000)

		per := min(s.Care.InNetwork.Allowed, s.Care.InNetwork.Charge)
		total := calc.Cents(s.Plan.VisitsUsed) * per
		wantVisit, wantOK, wantTotal := 0, total > threshold, total
		for k := 1; !wantOK && k <= s.Care.Visits; k++ {
			total += per
			if total > threshold {
				wantVisit, wantOK, wantTotal = k, true, total
			}
		}
		kx := find(FigureWarnings(s, nil), WarnKXThresholdPTSpeech)
		if len(kx) != btoi(wantOK) || (wantOK && (kx[0].Visit != wantVisit || kx[0].Amount != wantTotal || kx[0].Limit != threshold)) {
			t.Fatalf("KX warnings %+v, want visit %d total %s: %v", kx, wantVisit, wantTotal, wantOK)
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Whatever the scenario, FigureWarnings does not panic and every warning it
// raises reads as a finished sentence.
func TestFigureWarningsAlwaysRender(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := Preset(rapid.SampledFrom(calc.PlanTypes).Draw(t, "type"))
		s.Year = rapid.SampledFrom([]int{0, 2020, 2025, 2026, 2027, 2031}).Draw(t, "year")
		s.Plan.Coverage = rapid.SampledFrom([]calc.Coverage{calc.Self, calc.Family, ""}).Draw(t, "coverage")
		s.Plan.InNetwork.Deductible = calc.Cents(rapid.Int64Range(0, 2_000_000).Draw(t, "deductible"))
		if rapid.Bool().Draw(t, "oopSet") {
			s.Plan.InNetwork.OOPMax = calc.Cap(calc.Cents(rapid.Int64Range(0, 5_000_000).Draw(t, "oop")))
		}
		s.Care.Service = rapid.SampledFrom(calc.Services).Draw(t, "service")
		s.Care.Visits = rapid.IntRange(0, 365).Draw(t, "visits")
		s.Care.InNetwork.Allowed = calc.Cents(rapid.Int64Range(0, 50000).Draw(t, "allowed"))
		s.Plan.VisitsUsed = rapid.IntRange(0, 365).Draw(t, "used")
		s.Account = calc.Account{
			Kind:    rapid.SampledFrom(calc.AccountKinds).Draw(t, "account"),
			Balance: calc.Cents(rapid.Int64Range(0, 1_000_000).Draw(t, "balance")),
			TaxRate: calc.BasisPoints(rapid.Int64Range(0, 10000).Draw(t, "tax")),
		}
		for _, w := range FigureWarnings(s, nil) {
			text := WarningText(w)
			finished := strings.HasSuffix(text, ".") || strings.HasSuffix(text, ".)")
			if text == string(w.Code) || !finished || strings.Contains(text, "%!") {
				t.Fatalf("%+v renders as %q", w, text)
			}
			if w.AskedYear != 0 && w.AskedYear == w.Year {
				t.Fatalf("AskedYear set without a fallback: %+v", w)
			}
		}
	})
}
