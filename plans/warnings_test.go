package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// find returns the warnings of code among ws.
func find(ws []calc.Warning, code calc.WarningCode) []calc.Warning {
	var out []calc.Warning
	for _, w := range ws {
		if w.Code == code {
			out = append(out, w)
		}
	}
	return out
}

// expectOne checks ws has exactly the warning want of its code (want.Code
// empty: none of code).
func expectOne(t *testing.T, ws []calc.Warning, code calc.WarningCode, want calc.Warning) {
	t.Helper()
	got := find(ws, code)
	switch {
	case want.Code == "" && len(got) != 0:
		t.Errorf("unexpected %s: %+v", code, got)
	case want.Code != "" && len(got) != 1:
		t.Errorf("want one %s, got %+v", code, got)
	case want.Code != "" && got[0] != want:
		t.Errorf("%s:\n got %+v\nwant %+v", code, got[0], want)
	}
}

func hdhp(year int, tier calc.Coverage, deductible, oopMax calc.Cents) calc.Scenario {
	s := Preset(calc.HDHP)
	s.Year = year
	s.Plan.Coverage = tier
	s.Plan.InNetwork.Deductible = deductible
	s.Plan.InNetwork.OOPMax = calc.Cap(oopMax)
	return s
}

func TestHDHPDeductibleAgainstIRSMinimum(t *testing.T) {
	code := WarnHDHPDeductibleBelowMinimum
	w := func(amount, limit calc.Cents, year int) calc.Warning {
		return calc.Warning{Code: code, Plan: calc.HDHP, Amount: amount, Limit: limit, Year: year}
	}
	tests := []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// 2026 self-only minimum $1,700 (Rev. Proc. 2025-19): at it fine, a cent below not.
		{"2026 self at minimum", hdhp(2026, calc.Self, 170000, 700000), calc.Warning{}},
		{"2026 self a cent below", hdhp(2026, calc.Self, 169999, 700000), w(169999, 170000, 2026)},
		// family $3,400.
		{"2026 family at minimum", hdhp(2026, calc.Family, 340000, 1400000), calc.Warning{}},
		{"2026 family a cent below", hdhp(2026, calc.Family, 339999, 1400000), w(339999, 340000, 2026)},
		// $3,399.99 is far above the self-only minimum: the tier matters.
		{"2026 self with a family-sized deductible", hdhp(2026, calc.Self, 339999, 700000), calc.Warning{}},
		// 2025 $1,650; no year = 2027, $1,750 (carried, so no fallback).
		{"2025 at minimum", hdhp(2025, calc.Self, 165000, 700000), calc.Warning{}},
		{"2025 a cent below", hdhp(2025, calc.Self, 164999, 700000), w(164999, 165000, 2025)},
		{"no year at 2027 minimum", hdhp(0, calc.Self, 175000, 700000), calc.Warning{}},
		{"no year a cent below", hdhp(0, calc.Self, 174999, 700000), w(174999, 175000, 2027)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), code, tt.want)
		})
	}
}

func TestHDHPOutOfPocketAgainstIRSMaximum(t *testing.T) {
	code := WarnOOPMaxAboveHDHP
	tests := []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// 2026 self-only maximum $8,500; family $17,000.
		{"self at maximum", hdhp(2026, calc.Self, 200000, 850000), calc.Warning{}},
		{"self a cent above", hdhp(2026, calc.Self, 200000, 850001),
			calc.Warning{Code: code, Plan: calc.HDHP, Amount: 850001, Limit: 850000, Year: 2026}},
		{"family at maximum", hdhp(2026, calc.Family, 400000, 1700000), calc.Warning{}},
		{"family a cent above", hdhp(2026, calc.Family, 400000, 1700001),
			calc.Warning{Code: code, Plan: calc.HDHP, Amount: 1700001, Limit: 1700000, Year: 2026}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := FigureWarnings(tt.s, nil)
			expectOne(t, ws, code, tt.want)
			// an hdhp is compared with the HDHP maximum only, never the ACA's
			expectOne(t, ws, WarnOOPMaxAboveACA, calc.Warning{})
		})
	}
	// Above the ACA limit too: still only the HDHP warning.
	ws := FigureWarnings(hdhp(2026, calc.Self, 200000, 1060001), nil)
	expectOne(t, ws, WarnOOPMaxAboveACA, calc.Warning{})
	if len(find(ws, code)) != 1 {
		t.Errorf("want the HDHP warning, got %+v", ws)
	}
}

func TestOutOfPocketAgainstACALimit(t *testing.T) {
	code := WarnOOPMaxAboveACA
	plan := func(t calc.PlanType, year int, tier calc.Coverage, oopMax calc.Cents) calc.Scenario {
		s := Preset(t)
		s.Year = year
		s.Plan.Coverage = tier
		s.Plan.InNetwork.OOPMax = calc.Cap(oopMax)
		return s
	}
	tests := []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// 2026 self-only $10,600; family $21,200; 2025 family $18,400; 2027 self $12,000.
		{"ppo 2026 self at limit", plan(calc.PPO, 2026, calc.Self, 1060000), calc.Warning{}},
		{"ppo 2026 self a cent above", plan(calc.PPO, 2026, calc.Self, 1060001),
			calc.Warning{Code: code, Plan: calc.PPO, Amount: 1060001, Limit: 1060000, Year: 2026}},
		{"hmo 2026 family at limit", plan(calc.HMO, 2026, calc.Family, 2120000), calc.Warning{}},
		{"hmo 2026 family a cent above", plan(calc.HMO, 2026, calc.Family, 2120001),
			calc.Warning{Code: code, Plan: calc.HMO, Amount: 2120001, Limit: 2120000, Year: 2026}},
		{"epo 2025 family a cent above", plan(calc.EPO, 2025, calc.Family, 1840001),
			calc.Warning{Code: code, Plan: calc.EPO, Amount: 1840001, Limit: 1840000, Year: 2025}},
		{"pos no year at 2027 limit", plan(calc.POS, 0, calc.Self, 1200000), calc.Warning{}},
		{"pos no year a cent above", plan(calc.POS, 0, calc.Self, 1200001),
			calc.Warning{Code: code, Plan: calc.POS, Amount: 1200001, Limit: 1200000, Year: 2027}},
		// Compared with none of the federal limits.
		{"medicare advantage far above", plan(calc.MedicareAdvantage, 2026, calc.Self, 5000000), calc.Warning{}},
		{"workers comp far above", plan(calc.WorkersComp, 2026, calc.Self, 5000000), calc.Warning{}},
		{"auto pip far above", plan(calc.AutoPIP, 2026, calc.Self, 5000000), calc.Warning{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), code, tt.want)
		})
	}
	// No maximum (allowed for medicare): nothing to compare.
	expectOne(t, FigureWarnings(Preset(calc.Medicare), nil), code, calc.Warning{})
}

func TestFSABalanceAgainstSalaryReductionLimit(t *testing.T) {
	code := WarnFSAAboveLimit
	fsa := func(year int, balance calc.Cents) calc.Scenario {
		s := Preset(calc.PPO)
		s.Year = year
		s.Account = calc.Account{Kind: calc.FSA, Balance: balance, TaxRate: 2965}
		return s
	}
	tests := []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// 2026 $3,400, 2025 $3,300; 2027 not published: falls back to 2026.
		{"2026 at limit", fsa(2026, 340000), calc.Warning{}},
		{"2026 a cent above", fsa(2026, 340001), calc.Warning{Code: code, Amount: 340001, Limit: 340000, Year: 2026}},
		{"2025 at limit", fsa(2025, 330000), calc.Warning{}},
		{"2025 a cent above", fsa(2025, 330001), calc.Warning{Code: code, Amount: 330001, Limit: 330000, Year: 2025}},
		{"no year a cent above", fsa(0, 340001), calc.Warning{Code: code, Amount: 340001, Limit: 340000, Year: 2026, AskedYear: 2027}},
		{"2027 at 2026 limit", fsa(2027, 340000), calc.Warning{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), code, tt.want)
		})
	}
	// An HSA is not compared with the FSA limit.
	s := fsa(2026, 900000)
	s.Account.Kind = calc.HSA
	expectOne(t, FigureWarnings(s, nil), code, calc.Warning{})
}

func TestFSAForfeitureBeyondCarryover(t *testing.T) {
	code := WarnFSAForfeiture
	// No plan: every option is cash. In network 2 visits × $150 self-pay =
	// $300; out of network 1 × $175; concierge 1 × ($225 + $25) = $250. The
	// option that spends most of the FSA spends $300.
	cash := func(year int, balance calc.Cents) calc.Scenario {
		s := Preset(calc.NoPlan)
		s.Year = year
		s.Care.Visits = 2
		s.Care.OutOfNetwork.Visits = 1
		s.Care.Concierge.Visits = 1
		s.Account = calc.Account{Kind: calc.FSA, Balance: balance, TaxRate: 2200}
		return s
	}
	tests := []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// 2026 carryover $680: $980 − $300 = $680 unspent, all carried over.
		{"2026 unspent at carryover", cash(2026, 98000), calc.Warning{}},
		// $980.01 − $300 = $680.01: one cent forfeited.
		{"2026 a cent beyond", cash(2026, 98001), calc.Warning{Code: code, Amount: 68001, Limit: 68000, Year: 2026}},
		// 2025 carryover $660: $960 − $300 = $660.
		{"2025 at carryover", cash(2025, 96000), calc.Warning{}},
		{"2025 a cent beyond", cash(2025, 96001), calc.Warning{Code: code, Amount: 66001, Limit: 66000, Year: 2025}},
		// No year: 2027 not published, 2026's $680 used and said.
		{"no year a cent beyond", cash(0, 98001), calc.Warning{Code: code, Amount: 68001, Limit: 68000, Year: 2026, AskedYear: 2027}},
		// A balance the therapy spends entirely: nothing unspent.
		{"all spent", cash(2026, 20000), calc.Warning{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), code, tt.want)
			r := calc.Estimate(tt.s) // the same with the estimate given
			expectOne(t, FigureWarnings(tt.s, &r), code, tt.want)
		})
	}
	// Massage without a letter is not a qualified expense: the whole $1,000 is unspent.
	s := cash(2026, 100000)
	s.Care.Service = calc.Massage
	expectOne(t, FigureWarnings(s, nil), code, calc.Warning{Code: code, Amount: 100000, Limit: 68000, Year: 2026})
	s.Care.MedicalNecessityLetter = true // with one: $1,000 − $300 = $700 > $680
	expectOne(t, FigureWarnings(s, nil), code, calc.Warning{Code: code, Amount: 70000, Limit: 68000, Year: 2026})
}

func TestHSAQualified(t *testing.T) {
	tests := []struct {
		name string
		s    calc.Scenario
		want bool
	}{
		// 2026 self-only: deductible ≥ $1,700 and maximum ≤ $8,500.
		{"at both limits", hdhp(2026, calc.Self, 170000, 850000), true},
		{"deductible a cent below", hdhp(2026, calc.Self, 169999, 850000), false},
		{"maximum a cent above", hdhp(2026, calc.Self, 170000, 850001), false},
		{"family at both limits", hdhp(2026, calc.Family, 340000, 1700000), true},
		{"family maximum a cent above", hdhp(2026, calc.Family, 340000, 1700001), false},
	}
	for _, tt := range tests {
		if got := HSAQualified(tt.s.Plan, tt.s.Year); got != tt.want {
			t.Errorf("%s: HSAQualified = %v", tt.name, got)
		}
		// The HDHP preset carries an HSA: the warning follows qualification.
		want := calc.Warning{}
		if !tt.want {
			want = calc.Warning{Code: WarnHSANotQualified, Plan: calc.HDHP, Amount: 150000, Year: 2026}
		}
		expectOne(t, FigureWarnings(tt.s, nil), WarnHSANotQualified, want)
	}
	noMax := hdhp(2026, calc.Self, 200000, 0)
	noMax.Plan.InNetwork.OOPMax = calc.Limit[calc.Cents]{}
	if HSAQualified(noMax.Plan, 2026) {
		t.Error("an HDHP without a maximum is not HSA-qualified")
	}
	for _, pt := range calc.PlanTypes {
		s := Preset(pt)
		s.Year = 2026
		s.Account = calc.Account{Kind: calc.HSA, Balance: 100000}
		want := calc.Warning{Code: WarnHSANotQualified, Plan: pt, Amount: 100000, Year: 2026}
		if pt == calc.HDHP {
			want = calc.Warning{}
		}
		expectOne(t, FigureWarnings(s, nil), WarnHSANotQualified, want)
	}
}

// medicare is Original Medicare with a clinic allowed `allowed` a visit.
func medicare(year int, service calc.Service, allowed calc.Cents, visits, used int) calc.Scenario {
	s := Preset(calc.Medicare)
	s.Year = year
	s.Care.Service = service
	s.Care.InNetwork.Allowed = allowed
	s.Care.Visits = visits
	s.Plan.VisitsUsed = used
	return s
}

func TestKXThreshold(t *testing.T) {
	pt := WarnKXThresholdPTSpeech
	kx := func(code calc.WarningCode, visit, used int, total, limit calc.Cents, year, asked int) calc.Warning {
		return calc.Warning{Code: code, Plan: calc.Medicare, Option: calc.InNetworkClinic,
			Amount: total, Limit: limit, Count: used, Visit: visit, Year: year, AskedYear: asked}
	}
	tests := []struct {
		name string
		s    calc.Scenario
		code calc.WarningCode
		want calc.Warning
	}{
		// 2026 threshold $2,480. 20 visits × $124 = $2,480: reached, not passed.
		{"exactly at threshold", medicare(2026, calc.PhysicalTherapy, 12400, 20, 0), pt, calc.Warning{}},
		// A 21st visit: $2,604 > $2,480 at visit 21.
		{"one visit past", medicare(2026, calc.PhysicalTherapy, 12400, 21, 0), pt, kx(pt, 21, 0, 260400, 248000, 2026, 0)},
		// 24 × $103.33 = $2,479.92: not above.
		{"a cent short over 24 visits", medicare(2026, calc.PhysicalTherapy, 10333, 24, 0), pt, calc.Warning{}},
		// 24 × $103.34 = $2,480.16: above at visit 24 (23 × $103.34 = $2,376.82).
		{"a cent a visit more", medicare(2026, calc.PhysicalTherapy, 10334, 24, 0), pt, kx(pt, 24, 0, 248016, 248000, 2026, 0)},
		// Visits used count first: 20 used × $124 = $2,480, so visit 1 passes it ($2,604).
		{"used visits first", medicare(2026, calc.SpeechTherapy, 12400, 5, 20), pt, kx(pt, 1, 20, 260400, 248000, 2026, 0)},
		// 21 used × $124 = $2,604: already passed before this therapy.
		{"already passed", medicare(2026, calc.PhysicalTherapy, 12400, 5, 21), pt, kx(pt, 0, 21, 260400, 248000, 2026, 0)},
		// Occupational therapy has its own threshold and code.
		{"occupational", medicare(2026, calc.OccupationalTherapy, 12400, 21, 0), WarnKXThresholdOT,
			kx(WarnKXThresholdOT, 21, 0, 260400, 248000, 2026, 0)},
		{"occupational raises no PT warning", medicare(2026, calc.OccupationalTherapy, 12400, 21, 0), pt, calc.Warning{}},
		// 2025 $2,410: 24 × $100 = $2,400 not above, 25 × $100 = $2,500 above at 25.
		{"2025 24 visits", medicare(2025, calc.PhysicalTherapy, 10000, 24, 0), pt, calc.Warning{}},
		{"2025 25 visits", medicare(2025, calc.PhysicalTherapy, 10000, 25, 0), pt, kx(pt, 25, 0, 250000, 241000, 2025, 0)},
		// No year: 2027 not published, 2026's $2,480 used: $100 × 25 = $2,500 at visit 25.
		{"no year falls back", medicare(0, calc.PhysicalTherapy, 10000, 25, 0), pt, kx(pt, 25, 0, 250000, 248000, 2026, 2027)},
		// Not therapy under the KX rules.
		{"chiropractic", medicare(2026, calc.Chiropractic, 12400, 40, 0), pt, calc.Warning{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), tt.code, tt.want)
		})
	}
	// The clinic's charge below the allowed amount: Medicare allows the charge.
	s := medicare(2026, calc.PhysicalTherapy, 12400, 21, 0)
	s.Care.InNetwork.Charge = 10000 // 21 × $100 = $2,100: not above
	expectOne(t, FigureWarnings(s, nil), pt, calc.Warning{})
	// Medicare Advantage is not under the KX rules.
	ma := Preset(calc.MedicareAdvantage)
	ma.Care.Visits = 60
	if ws := FigureWarnings(ma, nil); len(find(ws, pt)) != 0 {
		t.Errorf("Medicare Advantage got a KX warning: %+v", ws)
	}
}

func TestMedicalReviewThreshold(t *testing.T) {
	code := WarnMedicalReviewPTSpeech
	// $3,000: 30 × $100 reaches it, a 31st visit passes it ($3,100).
	expectOne(t, FigureWarnings(medicare(2026, calc.PhysicalTherapy, 10000, 30, 0), nil), code, calc.Warning{})
	expectOne(t, FigureWarnings(medicare(2026, calc.PhysicalTherapy, 10000, 31, 0), nil), code,
		calc.Warning{Code: code, Plan: calc.Medicare, Option: calc.InNetworkClinic, Amount: 310000, Limit: 300000, Visit: 31, Year: 2026})
	// 2027 carries $3,000 (in force until 2028): no fallback.
	expectOne(t, FigureWarnings(medicare(0, calc.OccupationalTherapy, 10000, 31, 0), nil), WarnMedicalReviewOT,
		calc.Warning{Code: WarnMedicalReviewOT, Plan: calc.Medicare, Option: calc.InNetworkClinic, Amount: 310000, Limit: 300000, Visit: 31, Year: 2027})
}

// Nothing allowed never passes a threshold, however many visits.
func TestThresholdNoAllowed(t *testing.T) {
	s := medicare(2026, calc.PhysicalTherapy, 0, 365, 365)
	expectOne(t, FigureWarnings(s, nil), WarnKXThresholdPTSpeech, calc.Warning{})
	expectOne(t, FigureWarnings(s, nil), WarnMedicalReviewPTSpeech, calc.Warning{})
}

func TestWarningTextSentences(t *testing.T) {
	tests := []struct {
		w    calc.Warning
		want string
	}{
		{calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: calc.HDHP, Amount: 100000, Limit: 170000, Year: 2026},
			"The 2026 IRS minimum deductible for an HSA-qualified plan with self-only coverage is $1,700.00 (IRS Rev. Proc. 2025-19); this plan's $1,000.00 deductible means it is not HSA-qualified."},
		{calc.Warning{Code: WarnHDHPDeductibleBelowMinimum, Plan: calc.HDHP, Amount: 300000, Limit: 340000, Year: 2026},
			"The 2026 IRS minimum deductible for an HSA-qualified plan with family coverage is $3,400.00 (IRS Rev. Proc. 2025-19); this plan's $3,000.00 deductible means it is not HSA-qualified."},
		{calc.Warning{Code: WarnKXThresholdPTSpeech, Plan: calc.Medicare, Amount: 250000, Limit: 241000, Visit: 25, Year: 2025},
			"Physical and speech therapy together, at Medicare-allowed amounts, pass the 2025 KX threshold of $2,410.00 (CMS Physician Fee Schedule final rule for 2025) at in-network visit 25 ($2,500.00 by then): the therapist must document medical necessity from then on, adding the KX modifier to each claim. It is not a cap: Medicare keeps paying for therapy that is necessary."},
		{calc.Warning{Code: WarnFSAForfeiture, Amount: 100000, Limit: 68000, Year: 2026, AskedYear: 2027},
			"Even the option that uses the most of it leaves $1,000.00 of the FSA unspent by this therapy, more than the 2026 carryover limit of $680.00 (IRS Rev. Proc. 2025-32): $320.00 would be forfeited at the end of the plan year unless other medical expenses use it. (2027 figure not yet published; using 2026.)"},
		{calc.Warning{Code: WarnNoOutOfNetworkSection, Plan: calc.POS},
			"This POS plan has no out_of_network section, so the estimate gives it no out-of-network benefits; most POS plans pay part of out-of-network care, so add the section from the plan documents if this one does."},
		{calc.Warning{Code: calc.WarnVisitsUsedAboveLimit, Count: 25, Limit: 20},
			"The 25 therapy visits already used this year are more than the plan's limit of 20: the plan covers no further visit this year."},
	}
	for _, tt := range tests {
		if got := WarningText(tt.w); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.w.Code, got, tt.want)
		}
	}
}

func TestWarningTextCaveats(t *testing.T) {
	// The 2026 KX threshold is unconfirmed: the sentence says it is an assumption.
	w := calc.Warning{Code: WarnKXThresholdOT, Plan: calc.Medicare, Amount: 250000, Limit: 248000, Visit: 25, Year: 2026, AskedYear: 2027}
	text := WarningText(w)
	for _, part := range []string{"Occupational therapy", "2026 KX threshold of $2,480.00", "visit 25", "assumption",
		"(figure from several billing references, not yet read in the CMS text itself)", "2027 figure not yet published; using 2026"} {
		if !strings.Contains(text, part) {
			t.Errorf("KX text lacks %q: %s", part, text)
		}
	}
	w.Year, w.Limit, w.AskedYear = 2025, 241000, 0
	if text := WarningText(w); strings.Contains(text, "assumption") || strings.Contains(text, "not yet published") {
		t.Errorf("the 2025 figure is confirmed: %s", text)
	}
	// Before the oldest year carried.
	w = calc.Warning{Code: WarnOOPMaxAboveACA, Plan: calc.PPO, Amount: 1000000, Limit: 920000, Year: 2025, AskedYear: 2024}
	if text := WarningText(w); !strings.Contains(text, "2024 figure not carried; using 2025") {
		t.Errorf("fallback to an older-than-carried year: %s", text)
	}
	// Visits used counted first, and already passed.
	w = calc.Warning{Code: WarnMedicalReviewPTSpeech, Amount: 310000, Limit: 300000, Count: 20, Visit: 11, Year: 2026}
	if text := WarningText(w); !strings.Contains(text, "at in-network visit 11, counting the 20 visits already used") {
		t.Errorf("%s", text)
	}
	w.Visit = 0
	if text := WarningText(w); !strings.Contains(text, "already passed") || !strings.Contains(text, "20 visits used") {
		t.Errorf("%s", text)
	}
	// HSA beside a PPO in 2026 mentions the bronze-plan rule; beside Medicare, Medicare.
	w = calc.Warning{Code: WarnHSANotQualified, Plan: calc.PPO, Amount: 200000, Year: 2026}
	if text := WarningText(w); !strings.Contains(text, "bronze") || !strings.Contains(text, "$2,000.00") || !strings.Contains(text, "a PPO is not HSA-qualified") {
		t.Errorf("%s", text)
	}
	w.Plan, w.Year = calc.Medicare, 2025
	if text := WarningText(w); !strings.Contains(text, "enrolled in Medicare") || strings.Contains(text, "bronze") {
		t.Errorf("%s", text)
	}
}

// Every code anyone raises renders as a sentence, never as its bare code.
func TestWarningTextCoversEveryCode(t *testing.T) {
	codes := []calc.WarningCode{
		calc.WarnAllowedAboveCharge, calc.WarnVisitsUsedAboveLimit, calc.WarnOutOfNetworkOnHMO,
		calc.WarnMassageWithoutLetter, calc.WarnMedicareNoOptOut, WarnNoOutOfNetworkSection,
		WarnHDHPDeductibleBelowMinimum, WarnOOPMaxAboveACA, WarnOOPMaxAboveHDHP, WarnFSAAboveLimit,
		WarnFSAForfeiture, WarnHSANotQualified, WarnHDHPTherapyBeforeDeductible, WarnKXThresholdPTSpeech, WarnKXThresholdOT,
		WarnMedicalReviewPTSpeech, WarnMedicalReviewOT,
		WarnFSAForfeitedAtReset, WarnFSAForfeitedBeyondCarryover, WarnFSAForfeitedAfterGrace,
		WarnEmployerHSAAboveLimit, WarnEmployerHSANotQualified,
		WarnFSALeftAfterTherapy, WarnFSALeftAfterGrace, WarnYearNotFirstPlanYear,
	}
	for _, c := range codes {
		text := WarningText(calc.Warning{Code: c, Plan: calc.PPO, Amount: 100, Limit: 50, Year: 2026, Visit: 3})
		if text == string(c) || !strings.HasSuffix(text, ".") || strings.Contains(text, "%!") {
			t.Errorf("%s renders as %q", c, text)
		}
	}
	if WarningText(calc.Warning{Code: "something_new"}) != "something_new" {
		t.Error("an unknown code is returned as it is")
	}
}

// The HSA warning names the plan with the right article.
func TestHSAWarningArticle(t *testing.T) {
	for plan, want := range map[calc.PlanType]string{
		calc.PPO:         "a PPO is not HSA-qualified",
		calc.HMO:         "an HMO is not HSA-qualified",
		calc.EPO:         "an EPO is not HSA-qualified",
		calc.POS:         "a POS plan is not HSA-qualified",
		calc.WorkersComp: "workers' compensation is not HSA-qualified",
	} {
		text := WarningText(calc.Warning{Code: WarnHSANotQualified, Plan: plan, Amount: 100000, Year: 2025})
		if !strings.Contains(text, want) {
			t.Errorf("%s: %q lacks %q", plan, text, want)
		}
	}
}

// An HDHP whose in-network therapy skips the deductible, with a share that
// leaves the plan paying part of the visit, is warned about: an
// HSA-qualified plan pays nothing before the deductible but preventive
// care. The visit below is recognised at min(allowed $100, charge $150) =
// $100.
func TestHDHPTherapyBeforeDeductible(t *testing.T) {
	code := WarnHDHPTherapyBeforeDeductible
	s := func(applies bool, copay, coinsurance calc.Cents) calc.Scenario {
		s := hdhp(2026, calc.Self, 200000, 700000) // inside the IRS limits
		s.Care.InNetwork.Charge, s.Care.InNetwork.Allowed = 15000, 10000
		s.Plan.InNetwork.DeductibleApplies = applies
		s.Plan.InNetwork.Copay = copay
		s.Plan.InNetwork.Coinsurance = calc.BasisPoints(coinsurance)
		return s
	}
	w := func(amount calc.Cents) calc.Warning {
		return calc.Warning{Code: code, Plan: calc.HDHP, Amount: amount}
	}
	tests := []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		// a $30 copay before the deductible: the plan pays 100 − 30 = $70
		{"copay, deductible skipped", s(false, 3000, 0), w(7000)},
		// 20 % coinsurance: the plan pays 80 % of $100 = $80
		{"coinsurance, deductible skipped", s(false, 0, 2000), w(8000)},
		// neither: the plan pays the whole $100 from the first visit
		{"no share, deductible skipped", s(false, 0, 0), w(10000)},
		// the patient pays it all (100 %, or a copay of at least the $100
		// recognised): the plan pays nothing before the deductible
		{"100 % coinsurance", s(false, 0, 10000), calc.Warning{}},
		{"copay of the whole visit", s(false, 10000, 0), calc.Warning{}},
		{"copay a cent below the visit", s(false, 9999, 0), w(1)},
		// therapy counts against the deductible: what an HDHP does
		{"deductible applies, copay", s(true, 3000, 0), calc.Warning{}},
		{"deductible applies, coinsurance", s(true, 0, 2000), calc.Warning{}},
		{"deductible applies, no share", s(true, 0, 0), calc.Warning{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), code, tt.want)
		})
	}
	// other plan types may pay therapy before the deductible
	ppo := s(false, 3000, 0)
	ppo.Plan.Type, ppo.Account = calc.PPO, calc.Account{Kind: calc.NoAccount}
	expectOne(t, FigureWarnings(ppo, nil), code, calc.Warning{})
	// in words: why it matters
	text := WarningText(w(7000))
	for _, want := range []string{"$70.00", "deductible_applies is false", "except preventive care", "therapy is not preventive care", "HSA"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q lacks %q", text, want)
		}
	}
}
