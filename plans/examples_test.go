package plans

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/carecost/carecost/calc"
)

// fact is one more figure of an option that examples/README.md states.
type fact struct {
	what   string
	option int // 0 in network, 1 out of network, 2 concierge
	get    func(calc.Option) int64
	want   int64
}

func oopMetAt(o calc.Option) int64 {
	if !o.OOPMaxMetAtVisit.Set {
		return -1
	}
	return int64(o.OOPMaxMetAtVisit.Value)
}
func perHour(o calc.Option) int64 { return int64(o.PerHour) }
func resetAt(o calc.Option) int64 {
	if !o.ResetAtVisit.Set {
		return -1
	}
	return int64(o.ResetAtVisit.Value)
}
func firstYearOOP(o calc.Option) int64 {
	if len(o.PlanYears) == 0 {
		return -1
	}
	return int64(o.PlanYears[0].OutOfPocket)
}
func outOfPocket(o calc.Option) int64      { return int64(o.OutOfPocket) }
func reimbursed(o calc.Option) int64       { return int64(o.Reimbursed) }
func taxSavings(o calc.Option) int64       { return int64(o.TaxSavings) }
func planPaid(o calc.Option) int64         { return int64(o.PlanPaid) }
func supplementalPaid(o calc.Option) int64 { return int64(o.SupplementalPaid) }

// Each example's headline figures, worked by hand from docs/cost-rules.md before
// the engine was run. Amounts in cents.
func TestExamples(t *testing.T) {
	type want struct {
		net      [3]calc.Cents // in network, out of network, concierge
		without  [3]calc.Cents // without the supplemental policy (= net without one)
		cheapest calc.OptionID
		warnings []calc.Warning // the scenario's warnings: Parse's, the engine's, FigureWarnings'
		facts    []fact         // other figures examples/README.md states
	}
	same := func(n [3]calc.Cents) [3]calc.Cents { return n }
	examples := map[string]want{
		// In network: deductible met by the surgery; OOP max $5,000 − $4,700 spent
		// = $300 left. 20 % × $110 = $22 a visit: visits 1–13 = $286, visit 14
		// capped at $14 (OOP max met), visits 15–17 free. $300.00.
		// Out of network: $4,000 deductible, 12 × min($160, $120) = $1,440: never
		// met, nothing back: 12 × $160 = $1,920.00.
		// Concierge with superbill: 12 × $120 = $1,440 to the deductible, nothing
		// back: 12 × ($250 + $25) = $3,300.00.
		"tkr-ppo.yaml": {net: [3]calc.Cents{30000, 192000, 330000}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"OOP maximum met at visit", 0, oopMetAt, 14}}},

		// In network: $175 allowed; 17 visits × $175 = $2,975 to the deductible;
		// visit 18: $25 + 20 % × $150 = $30 → $55; visits 19–24: 20 % × $175 = $35
		// × 6 = $210. $3,240; the HSA pays its $3,000, saving 29.65 % = $889.50:
		// $2,350.50.
		// Out of network: 24 × $100 = $2,400 < $6,000 deductible: nothing back;
		// 24 × $125 = $3,000, all from the HSA: $3,000 − $889.50 = $2,110.50.
		// Concierge: 18 × $230 = $4,140, HSA $3,000: $4,140 − $889.50 = $3,250.50.
		// The cash clinic is cheapest while the deductible is not met.
		"acl-hdhp-hsa.yaml": {net: [3]calc.Cents{235050, 211050, 325050}, cheapest: calc.OutOfNetworkCash,
			facts: []fact{
				{"tax savings", 0, taxSavings, 88950}, {"tax savings", 1, taxSavings, 88950}, {"tax savings", 2, taxSavings, 88950},
			}},

		// In network: deductible met, $35 copay × 20 covered visits = $700;
		// visits 21–40 past the limit at the $90 self-pay rate = $1,800. $2,500.00.
		// Out of network: deductibles cross-accumulate: $2,000 − $1,000 met in
		// network = $1,000 left. Recognised $90: visits 1–11 = $990; visit 12:
		// $10 + 40 % × $80 = $32 → share $42, plan $48; visits 13–20: 40 % × $90
		// = $36, plan $54 × 8 = $432. Plan $480; visits 21–40 past the limit.
		// 40 × $130 − $480 = $4,720.00.
		// Concierge: no superbill, 24 × $200 = $4,800.00.
		"low-back-visit-limit.yaml": {net: [3]calc.Cents{250000, 472000, 480000}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"plan paid", 1, planPaid, 48000}}},

		// The rider: $18 × 12 = $216 premium. In network visits 21–40 are covered
		// by it: the patient pays 20 % × $95 = $19 × 20 = $380; $700 + $380 +
		// $216 = $1,296.00. Out of network it covers visits 21–40 too:
		// 90 − 20 % × $90 = $72 back × 20 = $1,440: $4,720 − $1,440 + $216 =
		// $3,496.00. Concierge files no claim: $4,800 + $216 = $5,016.00.
		// Without the rider: the figures of low-back-visit-limit.yaml.
		"low-back-visit-limit-rider.yaml": {net: [3]calc.Cents{129600, 349600, 501600},
			without: [3]calc.Cents{250000, 472000, 480000}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"rider paid", 1, supplementalPaid, 144000}}},

		// In network: 10 visits used of 30, so visits 1–20 are covered at the
		// $30 copay = $600; visits 21–24 at the $120 self-pay rate = $480.
		// $1,080, all from the FSA, saving 29.65 % = $320.22 ($320.2200):
		// $759.78.
		// Out of network: nothing from an HMO; 12 × $200 = $2,400; the FSA pays
		// its $1,500, saving $444.75: $1,955.25.
		// Concierge: 12 × $250 = $3,000 − $444.75 = $2,555.25.
		"hmo-out-of-network-specialist.yaml": {net: [3]calc.Cents{75978, 195525, 255525}, cheapest: calc.InNetworkClinic},

		// In network: deductible met, $40 copay × 24 = $960.00 (per hour of
		// one-on-one time: $960 × 60 / (24 × 20) = $120.00).
		// Out of network: recognised $130, deductible $1,500: visits 1–11 =
		// $1,430; visit 12: $70 + 30 % × $60 = $18 → $88, plan $42; visits 13–16:
		// 30 % × $130 = $39, plan $91 × 4 = $364. Plan $406: 16 × $180 − $406 =
		// $2,474.00 (per hour $2,474 × 60 / (16 × 50) = $185.55).
		// Concierge with superbill: same deductible path over 12 visits: plan $42.
		// 12 × $275 − $42 = $3,258.00 (per hour $3,258 / 12 = $271.50).
		"concierge-vs-clinic.yaml": {net: [3]calc.Cents{96000, 247400, 325800}, cheapest: calc.InNetworkClinic,
			facts: []fact{
				{"per hour", 0, perHour, 12000}, {"per hour", 1, perHour, 18555}, {"per hour", 2, perHour, 27150},
				{"money back", 2, reimbursed, 4200},
			}},

		// Without a letter massage is not a qualified expense: no tax saved.
		// In network: 20 % × $60 = $12 × 12 = $144.00. Out of network: no
		// benefits, 12 × $110 = $1,320.00. Concierge: 10 × $170 = $1,700.00.
		// The FSA pays nothing: all $1,200 unspent, $520 beyond the 2026 carryover.
		"massage-without-letter.yaml": {net: [3]calc.Cents{14400, 132000, 170000}, cheapest: calc.InNetworkClinic,
			warnings: []calc.Warning{
				{Code: calc.WarnMassageWithoutLetter},
				{Code: WarnFSAForfeiture, Amount: 120000, Limit: 68000, Year: 2026},
			}},

		// With the letter: in network $144 from the FSA saves 29.65 % = $42.696
		// → $42.70: $101.30. Out of network the FSA pays its $1,200, saving
		// $355.80: $1,320 − $355.80 = $964.20. Concierge $1,700 − $355.80 =
		// $1,344.20. Nothing forfeited.
		"massage-with-letter.yaml": {net: [3]calc.Cents{10130, 96420, 134420}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"tax savings", 1, taxSavings, 35580}}},

		// Premium: Plan G $150 × 12 = $1,800.
		// In network, Medicare alone: visits 1–3 × $89.51 = $268.53 to the $283
		// deductible; visit 4: $14.47 + 20 % × $75.04 ($15.008 → $15.01) = $29.48;
		// visits 5–36: 20 % × $89.51 ($17.902 → $17.90) × 32 = $572.80. $870.81.
		// Plan G's $283 deductible takes the first $283 of those shares, then
		// pays 100 %: the patient pays $283.00 + $1,800 = $2,083.00.
		// Out of network (non-participating): recognised $85.03, $12.75 balance
		// billed a visit. Visits 1–3 $255.09; visit 4: $27.91 + 20 % × $57.12
		// ($11.424 → $11.42), plan $45.70; visits 5–36: 20 % × $85.03 ($17.006 →
		// $17.01), plan $68.02 × 32 = $2,176.64; plan $2,222.34. Without Plan G:
		// 36 × $97.78 = $3,520.08 − $2,222.34 = $1,297.74. Plan G pays all but
		// the $283 deductible of the shares ($11.42 + 32 × $17.01 = $555.74)
		// and, with pays_excess_charges, each visit's excess charge: the
		// limiting charge pct($85.03, 115 %) = $97.7845 → $97.78, less $85.03 =
		// $12.75 (36 × $12.75 = $459): the patient pays the $283 deductible
		// alone, $283 + $1,800 = $2,083.00 — the same as in network (before
		// pays_excess_charges, $2,542.00: the $459 more issue 12 names). A tie
		// goes to the earlier option.
		// Concierge, no claim: 24 × $225 = $5,400 + $1,800 = $7,200.00.
		// KX (2026, $2,480): 27 × $89.51 = $2,416.77, 28 × = $2,506.28 → visit 28.
		// Review ($3,000): 33 × = $2,953.83, 34 × = $3,043.34 → visit 34.
		"medicare-medigap-g.yaml": {net: [3]calc.Cents{208300, 208300, 720000},
			without: [3]calc.Cents{87081, 129774, 540000}, cheapest: calc.InNetworkClinic,
			warnings: []calc.Warning{
				{Code: WarnKXThresholdPTSpeech, Plan: calc.Medicare, Option: calc.InNetworkClinic,
					Amount: 250628, Limit: 248000, Visit: 28, Year: 2026},
				{Code: WarnMedicalReviewPTSpeech, Plan: calc.Medicare, Option: calc.InNetworkClinic,
					Amount: 304334, Limit: 300000, Visit: 34, Year: 2026},
			}},

		// Premium: $12 × 12 = $144. In network: $120 allowed, $250 deductible:
		// visits 1–2 $240; visit 3: $10 + 20 % × $110 = $22 → $32; visits 4–20:
		// $24 × 17 = $408. PIP leaves $680. Indemnity $40 a visit up to what is
		// owed, 10 visits: $40 + $40 + $32 + 7 × $24 = $280: $680 − $280 + $144 =
		// $544.00 (without: $680.00).
		// Out of network: recognised $140 (cash $150, $10 balance billed), the
		// shared $250 deductible: visit 1 $140; visit 2: $110 + 20 % × $30 = $6 →
		// $116, plan $24; visits 3–16: $28, plan $112 × 14 = $1,568. Plan $1,592.
		// 16 × $150 − $1,592 = $808 (without). Owed after PIP: $150, $126, then
		// $38: indemnity $40 + $40 + 8 × $38 = $384: $808 − $384 + $144 = $568.00.
		// Concierge with superbill: recognised $140 of the $200 fee: visit 1
		// nothing back, visit 2 plan $24, visits 3–12 $112 × 10 = $1,120; plan
		// $1,144. 12 × $230 − $1,144 = $1,616 (without). Indemnity $40 × 10 =
		// $400: $1,616 − $400 + $144 = $1,360.00.
		"car-accident-pip.yaml": {net: [3]calc.Cents{54400, 56800, 136000},
			without: [3]calc.Cents{68000, 80800, 161600}, cheapest: calc.InNetworkClinic},

		// December start (docs/cost-rules.md, "Dated visits and the plan-year
		// reset"). Twice a week from Monday 7 December 2026: Dec 7, 10, 14, 17,
		// 21, 24, 28, 31, then Jan 4 2027 — visit 9 opens plan year 2.
		// In network: the surgery met the 2026 deductible: visits 1–8 pay 20 %
		// × $100 = $20: $160. From visit 9 next year's $1,750 deductible: 16 ×
		// $100 = $1,600, not met. $1,760 (undated it would be 24 × $20 = $480).
		// FSA: plan year 1 pays its $160 (tax pct($160, 29.65 %) = $47.44) and
		// leaves $840, of which the $680 IRS limit carries over ($160 lost);
		// plan year 2 has $1,500 + $680 = $2,180 for $1,600: pays it (tax
		// $474.40). $1,760 − $521.84 = $1,238.16.
		// Out of network: the $3,000 deductible is met in neither year (8 ×
		// $110, then 16 × $110 = $1,760): 24 × $175 = $4,200. FSA: $1,000 of
		// plan year 1's $1,400 (nothing left to carry), $1,500 of plan year
		// 2's $2,800: tax $296.50 + $444.75 = $741.25: $3,458.75.
		// Concierge once a week: Dec 7, 14, 21, 28, then Jan 4 (visit 5); its
		// superbills recognise $110 a visit, never past the deductible: 12 ×
		// $250 = $3,000. FSA $1,000 + $1,500, tax $741.25: $2,258.75.
		// No forfeiture warning: out of network and the concierge leave nothing
		// of 2026's election.
		"december-reset.yaml": {net: [3]calc.Cents{123816, 345875, 225875}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"reset at visit", 0, resetAt, 9}, {"reset at visit", 1, resetAt, 9}, {"reset at visit", 2, resetAt, 5},
				{"plan year 1 out of pocket", 0, firstYearOOP, 16000}, {"out of pocket", 0, outOfPocket, 176000},
				{"tax savings", 0, taxSavings, 52184}}},

		// Evaluations (docs/cost-rules.md, "Evaluation and re-evaluation
		// visits"). In network: visit 1, the evaluation, $200 allowed to the
		// $500 deductible; visits 2–4 $100 each meet it; visits 5–10 20 % ×
		// $100 = $20 (× 6 = $120); visit 11, a re-evaluation ((11 − 1) mod 10 =
		// 0), 20 % × $150 = $30; visits 12–20 9 × $20 = $180. 200 + 300 + 120
		// + 30 + 180 = $830.00 (every visit alike: $500 + 15 × $20 = $800).
		// Out of network: visit 1 $250, recognised min($250, $160) = $160 to
		// the $1,000 deductible; visits 2–8 7 × $110 = $770 ($70 left); visit
		// 9: $70 + 40 % × $40 = $86, plan $24; visits 10–20: plan $66 × 11 =
		// $726. Paid $250 + 19 × $175 = $3,575, back $750: $2,825.00.
		// Concierge, no superbill: $300 + $25, then 15 × $250: $4,075.00.
		"evaluation-priced.yaml": {net: [3]calc.Cents{83000, 282500, 407500}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"plan paid", 1, planPaid, 75000}}},

		// A range (docs/cost-rules.md, "A range of visits"); the one-number
		// estimate at care.visits, 18: in network $1,000 + 8 × $20 = $1,160;
		// out of network 18 × $80 = $1,440; the concierge 9 × $250 = $2,250.
		// The range itself: TestRangedExample.
		"ranged-six-to-twelve-weeks.yaml": {net: [3]calc.Cents{116000, 144000, 225000}, cheapest: calc.InNetworkClinic},

		// Medigap G, the Part B deductible met: in network Medicare pays $89.51
		// − pct($89.51, 20 %) = $89.51 − $17.90 = $71.61, Plan G the $17.90;
		// the patient nothing. Out of network Medicare recognises $85.03 and
		// pays $85.03 − $17.01 = $68.02; Plan G pays $17.01 and the excess
		// $97.78 − $85.03 = $12.75: $29.76 back with Medicare's: nothing left.
		// Both cost Plan G's premium, $1,800.00. The concierge: 16 × $225 =
		// $3,600 + $1,800 = $5,400.00. Without Plan G: 20 × $17.90 = $358.00;
		// 20 × ($97.78 − $68.02) = $595.20; $3,600.00.
		"medigap-g-nonparticipating.yaml": {net: [3]calc.Cents{180000, 180000, 540000},
			without: [3]calc.Cents{35800, 59520, 360000}, cheapest: calc.InNetworkClinic,
			facts: []fact{{"supplemental paid", 1, supplementalPaid, 59520}}},
	}

	files, err := filepath.Glob("../examples/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 8 {
		t.Fatalf("%d examples, want at least 8", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			w, ok := examples[name]
			if !ok {
				t.Fatalf("no hand-worked figures for %s", name)
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, warnings, err := Parse(f, data)
			if err != nil {
				t.Fatal(err)
			}
			r := calc.Estimate(s)
			var net, without [3]calc.Cents
			for i, o := range r.Options {
				net[i], without[i] = o.NetCost, o.WithoutSupplementalNetCost
			}
			if w.without == ([3]calc.Cents{}) {
				w.without = same(w.net)
			}
			if net != w.net || without != w.without || r.Cheapest != w.cheapest {
				t.Errorf("net %v without %v cheapest %s\nwant %v without %v cheapest %s",
					net, without, r.Cheapest, w.net, w.without, w.cheapest)
			}
			for _, f := range w.facts {
				if got := f.get(r.Options[f.option]); got != f.want {
					t.Errorf("%s %s = %d, want %d", r.Options[f.option].ID, f.what, got, f.want)
				}
			}
			all := append(append(warnings, r.Warnings...), FigureWarnings(s, &r)...)
			if !slices.Equal(all, w.warnings) {
				t.Errorf("warnings %+v\nwant %+v", all, w.warnings)
			}
			for _, x := range all {
				if WarningText(x) == string(x.Code) {
					t.Errorf("no sentence for %s", x.Code)
				}
			}
		})
	}
	for name := range examples {
		if _, err := os.Stat(filepath.Join("../examples", name)); err != nil {
			t.Errorf("hand-worked figures for a missing example: %v", err)
		}
	}
}

// examples/ranged-six-to-twelve-weeks.yaml over its range, worked by hand
// (docs/cost-rules.md, "A range of visits"): fewest 12, likely 18, most 24.
// Weights w(n) = 7 (n − 11) up to 18 and 7 (25 − n) from it: 7, 14, …, 49,
// …, 7; W = 7 × (28 + 21) = 343. Net costs: in network $100 n to the
// $1,000 deductible, then $1,000 + $20 (n − 10); out of network $80 n;
// the concierge round_half_up(n × 9 / 18) sessions × $250. Out of network
// is cheapest at 12 ($960 < $1,040) and 13 ($1,040 < $1,060), the clinic
// from 14 ($1,080 < $1,120): weights 7 + 14 = 21 and 322; the cheapest
// changes at 14. Percentiles (10 % of 343 = 34.3, 50 % = 171.5, 90 % =
// 308.7; cumulative weights by n: 7, 21, 42, 70, 105, 147, 196, 238, 273,
// 301, 322, 336, 343): n = 14, 18, 22 for every option, whose costs rise
// with n: in network $1,080, $1,160, $1,240; out of network $1,120, $1,440,
// $1,760; the concierge 7, 9, 11 sessions: $1,750, $2,250, $2,750.
func TestRangedExample(t *testing.T) {
	data, err := os.ReadFile("../examples/ranged-six-to-twelve-weeks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := Parse("ranged.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := calc.EstimateRange(s)
	if !ok || r.TotalWeight != 343 {
		t.Fatalf("%+v, %v", r, ok)
	}
	want := [3]struct {
		weight        int64
		p10, p50, p90 calc.Cents
		fewest, most  calc.RangePoint
	}{
		{322, 108000, 116000, 124000, calc.RangePoint{Visits: 12, NetCost: 104000}, calc.RangePoint{Visits: 24, NetCost: 128000}},
		{21, 112000, 144000, 176000, calc.RangePoint{Visits: 12, NetCost: 96000}, calc.RangePoint{Visits: 24, NetCost: 192000}},
		{0, 175000, 225000, 275000, calc.RangePoint{Visits: 6, NetCost: 150000}, calc.RangePoint{Visits: 12, NetCost: 300000}},
	}
	for i, w := range want {
		o := r.Options[i]
		if o.CheapestWeight != w.weight || o.P10 != w.p10 || o.P50 != w.p50 || o.P90 != w.p90 || o.Fewest != w.fewest || o.Most != w.most {
			t.Errorf("%s: %+v", o.ID, o)
		}
	}
	// 21/343 = 6.12 %, 322/343 = 93.88 %
	if r.CheapestPercent(0) != 9388 || r.CheapestPercent(1) != 612 {
		t.Errorf("probabilities %v, %v", r.CheapestPercent(0), r.CheapestPercent(1))
	}
	if len(r.Changes) != 1 || r.Changes[0] != (calc.CheapestChange{Visits: 14, From: calc.OutOfNetworkCash, To: calc.InNetworkClinic}) {
		t.Errorf("changes %+v", r.Changes)
	}
}

// examples/medigap-g-nonparticipating.yaml without pays_excess_charges: the
// $12.75 excess of each of the 20 visits stays with the patient: $1,800 +
// $255 = $2,055.00 out of network.
func TestMedigapExampleWithoutExcessCharges(t *testing.T) {
	data, err := os.ReadFile("../examples/medigap-g-nonparticipating.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := Parse("medigap.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	s.Supplemental.PaysExcessCharges = false
	if o := calc.Estimate(s).Options[1]; o.NetCost != 205500 {
		t.Errorf("without excess charges paid: %v", o.NetCost)
	}
}
