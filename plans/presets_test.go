package plans

import (
	"reflect"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

func TestEveryPresetRoundTripsAndEstimates(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		t.Run(string(pt), func(t *testing.T) {
			s := Preset(pt)
			if s.Plan.Type != pt {
				t.Fatalf("preset of %s has type %s", pt, s.Plan.Type)
			}
			data, err := Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			back, warnings, err := Parse(string(pt)+".yaml", data)
			if err != nil {
				t.Fatalf("the preset does not parse: %v\n%s", err, data)
			}
			if !reflect.DeepEqual(back, s) {
				t.Errorf("round trip changed the preset:\n got %+v\nwant %+v\n%s", back, s, data)
			}
			if len(warnings) != 0 {
				t.Errorf("parse warnings: %+v", warnings)
			}
			// A preset is inside every carried year's federal limits.
			for year := OldestYear; year <= NewestYear; year++ {
				s.Year = year
				if ws := FigureWarnings(s, nil); len(ws) != 0 {
					t.Errorf("%d: figure warnings %+v", year, ws)
				}
			}
			r := calc.Estimate(s)
			for _, o := range r.Options {
				if o.Visits == 0 || o.NetCost < 0 {
					t.Errorf("%s: %d visits, net %s", o.ID, o.Visits, o.NetCost)
				}
			}
			if PlanDescription(pt) == "" {
				t.Error("no description")
			}
		})
	}
}

func TestPresetRules(t *testing.T) {
	// HDHP: qualified in every carried year.
	for year := OldestYear; year <= NewestYear; year++ {
		if !HSAQualified(Preset(calc.HDHP).Plan, year) {
			t.Errorf("HDHP preset not HSA-qualified in %d", year)
		}
	}
	// HMO, EPO, Medicare Advantage, workers' comp, none: no out-of-network benefits.
	for _, pt := range []calc.PlanType{calc.HMO, calc.EPO, calc.MedicareAdvantage, calc.WorkersComp, calc.NoPlan} {
		if Preset(pt).Plan.OutOfNetwork.Covered {
			t.Errorf("%s preset has out-of-network benefits", pt)
		}
	}
	// Original Medicare: 2026 Part B deductible $283, 20 %, no maximum, no limit,
	// the $202.90 premium; allowed the 45-minute reference amount $89.51; a
	// non-participating therapist allowed 95 % of it ($85.0345 → $85.03) and
	// charging the limiting charge, 115 % of that ($97.7845 → $97.78).
	m := Preset(calc.Medicare)
	want := calc.CostSharing{Deductible: 28300, DeductibleApplies: true, Coinsurance: 2000}
	if m.Plan.InNetwork != want || m.Plan.VisitLimit.Set || m.Plan.PremiumMonthly != 20290 {
		t.Errorf("Medicare plan %+v", m.Plan)
	}
	if m.Care.InNetwork.Allowed != 8951 || m.Plan.OutOfNetwork.Allowed != 8503 || m.Care.OutOfNetwork.CashRate != 9778 ||
		!m.Plan.OutOfNetwork.SharesDeductible {
		t.Errorf("Medicare care %+v / %+v", m.Care, m.Plan.OutOfNetwork)
	}
	// Medicare Advantage: a copay a visit and an in-network maximum.
	ma := Preset(calc.MedicareAdvantage)
	if ma.Plan.InNetwork.Copay == 0 || !ma.Plan.InNetwork.OOPMax.Set {
		t.Errorf("Medicare Advantage %+v", ma.Plan.InNetwork)
	}
	// An unknown type gets the PPO.
	if Preset("nonsense").Plan.Type != calc.PPO {
		t.Error("unknown type")
	}
}

func TestPresetEstimates(t *testing.T) {
	tests := []struct {
		plan               calc.PlanType
		in, out, concierge calc.Cents
		cheapest           calc.OptionID
	}{
		// PPO: $1,500 deductible = 15 visits × $100; 9 visits × 20 % × $100 = $180;
		// $1,680. Out of network $110 recognised × 24 = $2,640 < $3,000 deductible:
		// nothing back, 24 × $175 = $4,200. Concierge without superbill 18 × $250 = $4,500.
		{calc.PPO, 168000, 420000, 450000, calc.InNetworkClinic},
		// HMO: $40 copay from the first visit × 24 = $960; nothing out of network.
		{calc.HMO, 96000, 420000, 450000, calc.InNetworkClinic},
		// EPO: $1,000 deductible = 10 visits; 14 × $20 = $280; $1,280.
		{calc.EPO, 128000, 420000, 450000, calc.InNetworkClinic},
		// POS: $30 copay × 24 = $720. Out of network, $2,500 deductible: 22
		// visits × $110 = $2,420, visit 23: $80 deductible + 40 % × $30 = $12 →
		// share $92, plan $18; visit 24: 40 % × $110 = $44, plan $66. Plan pays
		// $84: 24 × $175 − $84 = $4,116.
		{calc.POS, 72000, 411600, 450000, calc.InNetworkClinic},
		// HDHP: $2,000 deductible = 20 visits; 4 × $20 = $80; $2,080, of which
		// the HSA pays its $1,500 balance, saving 29.65 % = $444.75: $1,635.25.
		// Out of network 24 × $110 = $2,640 < $4,000: $4,200 − $444.75 =
		// $3,755.25. Concierge $4,500 − $444.75 = $4,055.25.
		{calc.HDHP, 163525, 375525, 405525, calc.InNetworkClinic},
		// Medicare: $89.51 allowed; 3 visits to the deductible $268.53; visit 4
		// $14.47 + 20 % × $75.04 ($15.008 → $15.01) = $29.48; 20 visits × 20 % ×
		// $89.51 ($17.902 → $17.90) = $358.00; $656.01.
		// Non-participating: recognised $85.03, the one $283 deductible: 3 ×
		// $85.03 = $255.09, visit 4 $27.91 + 20 % × $57.12 ($11.424 → $11.42):
		// plan $45.70; 20 visits plan $85.03 − $17.01 = $68.02 → $1,360.40.
		// 24 × $97.78 = $2,346.72 − $1,406.10 = $940.62.
		{calc.Medicare, 65601, 94062, 450000, calc.InNetworkClinic},
		// Medicare Advantage: $30 copay × 24 = $720.
		{calc.MedicareAdvantage, 72000, 420000, 450000, calc.InNetworkClinic},
		// Workers' comp: authorized care paid in full.
		{calc.WorkersComp, 0, 420000, 450000, calc.InNetworkClinic},
		// PIP: 20 % × $100 × 24 = $480; out of network 20 % × $110 = $22 plus
		// $65 above the recognised amount = $87 × 24 = $2,088.
		{calc.AutoPIP, 48000, 208800, 450000, calc.InNetworkClinic},
		// None: 24 × $150 self-pay = $3,600.
		{calc.NoPlan, 360000, 420000, 450000, calc.InNetworkClinic},
	}
	for _, tt := range tests {
		r := calc.Estimate(Preset(tt.plan))
		got := [3]calc.Cents{r.Options[0].NetCost, r.Options[1].NetCost, r.Options[2].NetCost}
		want := [3]calc.Cents{tt.in, tt.out, tt.concierge}
		if got != want || r.Cheapest != tt.cheapest {
			t.Errorf("%s: net %v cheapest %s, want %v %s", tt.plan, got, r.Cheapest, want, tt.cheapest)
		}
	}
}

func TestDemoScenario(t *testing.T) {
	s := DemoScenario()
	data, err := Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	back, parseWarnings, err := Parse("demo.yaml", data)
	if err != nil || !reflect.DeepEqual(back, s) || len(parseWarnings) != 0 {
		t.Fatalf("demo round trip: %v %+v\n%s", err, parseWarnings, data)
	}
	r := calc.Estimate(s)
	// In network: deductible met by the surgery ($1,500 − $1,500 = 0). Visits
	// 1–20 at 20 % × $100 = $20 → $400; visits 21–24 past the 20-visit limit at
	// the $150 self-pay rate → $600. $1,000, all from the HSA: saves 29.65 % =
	// $296.50. Net $703.50.
	// Out of network: the deductibles cross-accumulate, $3,000 − $1,500 met in
	// network = $1,500 left. Recognised $110: visits 1–13 → $1,430 to the
	// deductible; visit 14 $70 + 40 % × $40 = $86, plan $24; visits 15–20 40 % ×
	// $110 = $44, plan $66 × 6 = $396. Plan $420. 20 × $175 + 20 × $2 claim fee
	// − $420 = $3,120; qualified $3,080, the HSA pays its $2,000, saving $593.
	// Net $2,527.00.
	// Concierge with superbill: 16 visits, same deductible path: plan $24 + 2 ×
	// $66 = $156; 16 × $250 − $156 = $3,844; HSA $2,000 saves $593: $3,251.00.
	want := [3]calc.Cents{70350, 252700, 325100}
	got := [3]calc.Cents{r.Options[0].NetCost, r.Options[1].NetCost, r.Options[2].NetCost}
	if got != want || r.Cheapest != calc.InNetworkClinic {
		t.Errorf("demo net %v cheapest %s, want %v in_network", got, r.Cheapest, want)
	}
	// The HSA beside a PPO: the one figure warning, with 2027's figures.
	ws := FigureWarnings(s, &r)
	if len(ws) != 1 || ws[0] != (calc.Warning{Code: WarnHSANotQualified, Plan: calc.PPO, Amount: 200000, Year: 2027}) {
		t.Errorf("demo warnings %+v", ws)
	}
}

func TestSupplementalPresets(t *testing.T) {
	ps := SupplementalPresets()
	if len(ps) != 4 {
		t.Fatalf("%d presets", len(ps))
	}
	g := ps[0].Policy
	// Plan G: secondary, the Part B deductible ($283 in 2026), 0 %, and the
	// excess charges (docs/spec/clarifications.md).
	if ps[0].Name != "Medigap Plan G" || g.Kind != calc.Secondary || g.Deductible != 28300 || g.Coinsurance != 0 ||
		!g.PaysExcessCharges || !g.CoversOutOfNetwork || !strings.Contains(ps[0].Description, "$283.00 in 2026") {
		t.Errorf("Plan G %+v", ps[0])
	}
	// Plan F: the same without a deductible; last, so the others keep
	// their places in a draft.
	if f := ps[3].Policy; ps[3].Name != "Medigap Plan F" || f.Kind != calc.Secondary || f.Deductible != 0 ||
		f.Coinsurance != 0 || !f.PaysExcessCharges || !f.CoversOutOfNetwork {
		t.Errorf("Plan F %+v", ps[3])
	}
	// the accident policy is a fixed indemnity, as its description says
	if ps[1].Policy.IndemnityBasis != calc.FixedIndemnity {
		t.Errorf("accident indemnity %+v", ps[1].Policy)
	}
	if MedigapPlanG(-5).Deductible != 0 || MedigapPlanG(10000).Deductible != 10000 {
		t.Error("MedigapPlanG deductible")
	}
	kinds := map[calc.SupplementalKind]bool{}
	for _, p := range ps {
		kinds[p.Policy.Kind] = true
		// Each policy fits a scenario that parses.
		s := Preset(calc.PPO)
		s.Supplemental = p.Policy
		data, err := Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if back, _, err := Parse("s.yaml", data); err != nil || !reflect.DeepEqual(back, s) {
			t.Errorf("%s: %v", p.Name, err)
		}
	}
	if !kinds[calc.Indemnity] || !kinds[calc.ExtraVisits] {
		t.Errorf("kinds %v", kinds)
	}
}

// Original Medicare's preset follows the year asked (docs/spec/reference-figures.md:
// Part B premium $185.00 in 2025 and $202.90 in 2026, deductible $257 and
// $283); 2027 carries the 2026 figures; 0 is the newest and leaves the
// year out. Other presets do not change with the year.
func TestPresetForYear(t *testing.T) {
	for _, c := range []struct {
		year                int
		premium, deductible calc.Cents
	}{
		{2025, 18500, 25700},
		{2026, 20290, 28300},
		{2027, 20290, 28300},
		{0, 20290, 28300},
	} {
		s := PresetFor(calc.Medicare, c.year)
		if s.Year != c.year || s.Plan.PremiumMonthly != c.premium || s.Plan.InNetwork.Deductible != c.deductible ||
			s.Plan.OutOfNetwork.Deductible != c.deductible {
			t.Errorf("%d: year %d, premium %d, deductibles %d/%d; want premium %d, deductible %d",
				c.year, s.Year, s.Plan.PremiumMonthly, s.Plan.InNetwork.Deductible, s.Plan.OutOfNetwork.Deductible,
				c.premium, c.deductible)
		}
	}
	if PresetFor(calc.Medicare, 0) != Preset(calc.Medicare) {
		t.Error("PresetFor(medicare, 0) differs from Preset(medicare)")
	}
	ppo := PresetFor(calc.PPO, 2025)
	ppo.Year = 0
	if ppo != Preset(calc.PPO) {
		t.Error("the PPO preset changes with the year")
	}
}

// Medigap Plan G's deductible is the Part B deductible still to meet:
// Original Medicare's own deductible less what is met; for another plan
// the year's Part B deductible.
func TestSupplementalPresetsFor(t *testing.T) {
	planG := func(s calc.Scenario) calc.Cents { return SupplementalPresetsFor(s)[0].Policy.Deductible }
	med := Preset(calc.Medicare) // deductible $283
	med.Plan.InNetwork.DeductibleMet = 10000
	if got := planG(med); got != 18300 { // 283 − 100 = 183
		t.Errorf("medicare with $100 met: %d, want 18300", got)
	}
	med.Plan.InNetwork.DeductibleMet = 28300
	if got := planG(med); got != 0 { // all met
		t.Errorf("medicare all met: %d, want 0", got)
	}
	if got := planG(PresetFor(calc.Medicare, 2025)); got != 25700 {
		t.Errorf("medicare 2025: %d, want 25700", got)
	}
	if got := planG(calc.Scenario{Year: 2025}); got != 25700 {
		t.Errorf("another plan, 2025: %d, want 25700", got)
	}
	if got := SupplementalPresets()[0].Policy.Deductible; got != 28300 {
		t.Errorf("SupplementalPresets: %d, want 28300", got)
	}
}
