package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

func TestTimedUnitsEightMinuteRule(t *testing.T) {
	// docs/spec/reference-figures.md: 8–22 = 1, 23–37 = 2, 38–52 = 3, 53–67 = 4,
	// 68–82 = 5, 83–97 = 6, then by 15. Each boundary and one minute beside.
	tests := []struct{ minutes, units int }{
		{0, 0}, {7, 0}, {8, 1}, {22, 1}, {23, 2}, {37, 2}, {38, 3}, {52, 3}, {53, 4},
		{67, 4}, {68, 5}, {82, 5}, {83, 6}, {97, 6}, {98, 7}, {112, 7}, {113, 8},
	}
	for _, tt := range tests {
		if got := TimedUnits(tt.minutes); got != tt.units {
			t.Errorf("TimedUnits(%d) = %d, want %d", tt.minutes, got, tt.units)
		}
	}
}

func TestMedicareReferenceAmount(t *testing.T) {
	type units map[CPTCode]int
	tests := []struct {
		name  string
		visit []Procedure
		units units
		total calc.Cents
	}{
		// 45 timed minutes = 3 units, one a code: $29.06 + $32.73 + $27.72 = $89.51.
		{"typical 45 minutes", []Procedure{{CPTExercise, 15}, {CPTNeuromuscular, 15}, {CPTManual, 15}},
			units{CPTExercise: 1, CPTNeuromuscular: 1, CPTManual: 1}, 8951},
		// 47 minutes = 3 units; one full unit each, the third to 97112 (9 minutes
		// left over beats 8): 2 × $32.73 + $29.06 = $94.52.
		{"CMS example 24+23", []Procedure{{CPTExercise, 23}, {CPTNeuromuscular, 24}},
			units{CPTExercise: 1, CPTNeuromuscular: 2}, 9452},
		// 40 minutes = 3 units; 97110 two full units (3 left over), the third
		// to 97140 (7 left over): 2 × $29.06 + $27.72 = $85.84.
		{"33+7", []Procedure{{CPTExercise, 33}, {CPTManual, 7}},
			units{CPTExercise: 2, CPTManual: 1}, 8584},
		// 8-minute rule at a single code: 7 minutes nothing, 8 one unit.
		{"7 minutes", []Procedure{{CPTExercise, 7}}, units{CPTExercise: 0}, 0},
		{"8 minutes", []Procedure{{CPTExercise, 8}}, units{CPTExercise: 1}, 2906},
		{"22 minutes", []Procedure{{CPTExercise, 22}}, units{CPTExercise: 1}, 2906},
		{"23 minutes", []Procedure{{CPTExercise, 23}}, units{CPTExercise: 2}, 5812},
		{"37 minutes", []Procedure{{CPTExercise, 37}}, units{CPTExercise: 2}, 5812},
		{"38 minutes", []Procedure{{CPTExercise, 38}}, units{CPTExercise: 3}, 8718},
		// Two codes of 5 minutes: 10 timed minutes = 1 unit, a tie, to the first listed.
		{"tie 5+5", []Procedure{{CPTManual, 5}, {CPTExercise, 5}},
			units{CPTManual: 1, CPTExercise: 0}, 2772},
		// An evaluation is one unit whatever its minutes, and its minutes are
		// not timed: $97.86 + 10 timed minutes (1 unit) of 97110 $29.06 = $126.92.
		{"evaluation and exercise", []Procedure{{CPTEvalModerate, 40}, {CPTExercise, 10}},
			units{CPTEvalModerate: 1, CPTExercise: 1}, 12692},
		{"re-evaluation alone", []Procedure{{CPTReEval, 0}}, units{CPTReEval: 1}, 6747},
		// 2025 figures: gait training 2 units (30 min) $57.58 + massage 1 unit $29.76 = $87.34.
		{"2025 codes", []Procedure{{CPTGait, 30}, {CPTMassage, 15}},
			units{CPTGait: 2, CPTMassage: 1}, 8734},
		// 97530 20 min + 97035 8 min = 28 min = 2 units: 97530 one full unit
		// (5 minutes left), the second to 97035 (8 left beats 5):
		// $35.07 + $14.36 = $49.43.
		{"activities and ultrasound", []Procedure{{CPTActivities, 20}, {CPTUltrasound, 8}},
			units{CPTActivities: 1, CPTUltrasound: 1}, 4943},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := MedicareReferenceAmount(tt.visit)
			if err != nil {
				t.Fatal(err)
			}
			if r.Total != tt.total {
				t.Errorf("total %s, want %s", r.Total, tt.total)
			}
			for _, l := range r.Lines {
				if l.Units != tt.units[l.Code] {
					t.Errorf("%s: %d units, want %d", l.Code, l.Units, tt.units[l.Code])
				}
			}
		})
	}
}

func TestMedicareReferenceAmountNotes(t *testing.T) {
	// Two units whose practice-expense RVUs are not carried: the reduction
	// is not applied and the note names both codes; 97116 uses its 2025
	// amount, 97110 its 2026 one.
	r, _ := MedicareReferenceAmount([]Procedure{{CPTGait, 15}, {CPTExercise, 15}})
	notes := strings.Join(r.Notes(), "\n")
	if !strings.Contains(notes, "Before the multiple-procedure reduction") || !strings.Contains(notes, "not carried yet for 97116, 97110.") ||
		!strings.Contains(notes, "97116 (gait training) uses its 2025 amount") || strings.Contains(notes, "97110 (therapeutic exercise) uses") ||
		r.Reduced || r.Total != 2879+2906 {
		t.Errorf("notes: %s (reduced %v, total %s)", notes, r.Reduced, r.Total)
	}
	// One unit: nothing to reduce, nothing said about it.
	r, _ = MedicareReferenceAmount([]Procedure{{CPTExercise, 15}})
	if notes := strings.Join(r.Notes(), "\n"); notes != "" || r.Unreduced != nil {
		t.Errorf("one unit: notes %q, unreduced %v", notes, r.Unreduced)
	}
	r, _ = MedicareReferenceAmount([]Procedure{{CPTExercise, 7}})
	if notes := strings.Join(r.Notes(), "\n"); !strings.Contains(notes, "under the 8 minutes") {
		t.Errorf("notes for 7 minutes: %s", notes)
	}
}

func TestMedicareReferenceAmountErrors(t *testing.T) {
	tests := []struct {
		visit []Procedure
		want  string
	}{
		{nil, "at least one code"},
		{[]Procedure{{"97999", 15}}, "not one carecost carries"},
		{[]Procedure{{"97010", 10}}, "bundled"},
		{[]Procedure{{"97014", 10}}, "G0283"},
		{[]Procedure{{CPTExercise, 15}, {CPTExercise, 10}}, "listed twice"},
		{[]Procedure{{CPTExercise, -1}}, "minutes must be 0 to 480"},
		{[]Procedure{{CPTExercise, 481}}, "minutes must be 0 to 480"},
		{[]Procedure{{CPTExercise, 300}, {CPTManual, 181}}, "more than 480"},
	}
	for _, tt := range tests {
		_, err := MedicareReferenceAmount(tt.visit)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q", tt.visit, err, tt.want)
		}
	}
	if _, err := MedicareReferenceAmount([]Procedure{{CPTExercise, 300}, {CPTManual, 180}}); err != nil {
		t.Errorf("480 minutes in all is allowed: %v", err)
	}
}

// Every split of a visit's timed minutes among three codes bills exactly the
// units the 8-minute rule gives the total, and no code more units than its
// minutes justify.
func TestReferenceUnitsAddUp(t *testing.T) {
	for a := 0; a <= 60; a++ {
		for b := 0; b <= 60; b++ {
			for c := 0; c <= 40; c += 3 {
				r, err := MedicareReferenceAmount([]Procedure{{CPTExercise, a}, {CPTManual, b}, {CPTActivities, c}})
				if err != nil {
					t.Fatal(err)
				}
				sum := 0
				for _, l := range r.Lines {
					sum += l.Units
					if l.Units > l.Minutes/15+1 || (l.Minutes == 0 && l.Units > 0) {
						t.Fatalf("%d/%d/%d: %s gets %d units for %d minutes", a, b, c, l.Code, l.Units, l.Minutes)
					}
				}
				if sum != TimedUnits(a+b+c) {
					t.Fatalf("%d/%d/%d: %d units, want %d", a, b, c, sum, TimedUnits(a+b+c))
				}
			}
		}
	}
}

func TestSuggestedAllowed(t *testing.T) {
	tests := []struct {
		ref  calc.Cents
		pct  calc.BasisPoints
		want calc.Cents
	}{
		{8951, 12000, 10741}, // $89.51 × 120 % = $107.412 → $107.41
		{8951, 11000, 9846},  // × 110 % = $98.461 → $98.46
		{8951, 9500, 8503},   // × 95 % = $85.0345 → $85.03
		{1001, 5000, 501},    // $10.01 × 50 % = $5.005 → half up $5.01
		{8951, 0, 0},
	}
	for _, tt := range tests {
		if got := SuggestedAllowed(tt.ref, tt.pct); got != tt.want {
			t.Errorf("SuggestedAllowed(%s, %s) = %s, want %s", tt.ref, tt.pct, got, tt.want)
		}
	}
}

func TestTypicalVisit(t *testing.T) {
	tests := []struct {
		minutes int
		split   [3]int
		total   calc.Cents
	}{
		// 45 = 15/15/15: 3 units, one a code: $89.51 (the Medicare preset).
		{45, [3]int{15, 15, 15}, 8951},
		// 30 = 10/10/10: 2 units, to the first two (a tie of 10 minutes left over):
		// $29.06 + $32.73 = $61.79.
		{30, [3]int{10, 10, 10}, 6179},
		// 60 = 20/20/20: 4 units, one full each, the fourth to the first: 2 ×
		// $29.06 + $32.73 + $27.72 = $118.57.
		{60, [3]int{20, 20, 20}, 11857},
		// 40 = 14/13/13: 3 units, none full; by minutes left over 97110 (14), then
		// the tie 97112 before 97140: $29.06 + $32.73 + $27.72 = $89.51.
		{40, [3]int{14, 13, 13}, 8951},
		{0, [3]int{0, 0, 0}, 0},
	}
	for _, tt := range tests {
		v := TypicalVisit(tt.minutes)
		if len(v) != 3 || v[0].Minutes != tt.split[0] || v[1].Minutes != tt.split[1] || v[2].Minutes != tt.split[2] {
			t.Errorf("TypicalVisit(%d) = %v", tt.minutes, v)
			continue
		}
		r, err := MedicareReferenceAmount(v)
		if err != nil || r.Total != tt.total {
			t.Errorf("TypicalVisit(%d): %s, %v; want %s", tt.minutes, r.Total, err, tt.total)
		}
	}
}

// withPracticeExpense is the carried rates with practice-expense RVUs given
// (hundredths): illustrative figures for testing the rule, not CMS's.
func withPracticeExpense(pe map[CPTCode]int64) []CPTRate {
	rates := CPTRates()
	for i := range rates {
		if v, ok := pe[rates[i].Code]; ok {
			rates[i].PracticeExpenseRVU = calc.Cap(v)
		}
	}
	return rates
}

func TestMultipleProcedureReduction(t *testing.T) {
	type reductions map[CPTCode]calc.Cents
	tests := []struct {
		name      string
		pe        map[CPTCode]int64
		visit     []Procedure
		reduction reductions
		total     calc.Cents
	}{
		{
			// docs/cost-rules.md's example: 97110 × 2 ($29.06) and 97140 × 1 ($27.72),
			// PE RVUs 0.50 and 0.30. 97110's first unit in full; its second less
			// round(50 × 334009 / 20000 = 835.0225) = $8.35; 97140's unit less
			// round(30 × 334009 / 20000 = 501.0135) = $5.01. 58.12 − 8.35 + 27.72 −
			// 5.01 = $72.48.
			name: "cost-rules example", pe: map[CPTCode]int64{CPTExercise: 50, CPTManual: 30},
			visit:     []Procedure{{CPTExercise, 30}, {CPTManual, 15}},
			reduction: reductions{CPTExercise: 835, CPTManual: 501}, total: 7248,
		},
		{
			// The highest PE is listed second: 97140 (0.60) is paid in full, both
			// 97110 units reduced by $8.35: 58.12 − 16.70 + 27.72 = $69.14.
			name: "highest listed second", pe: map[CPTCode]int64{CPTExercise: 50, CPTManual: 60},
			visit:     []Procedure{{CPTExercise, 30}, {CPTManual, 15}},
			reduction: reductions{CPTExercise: 1670}, total: 6914,
		},
		{
			// A tie (0.50 each): the first listed is paid in full. 97112 × 1
			// ($32.73) first, 97110 × 1: 97110 less $8.35: 32.73 + 20.71 = $53.44.
			name: "a tie goes to the first listed", pe: map[CPTCode]int64{CPTExercise: 50, CPTNeuromuscular: 50},
			visit:     []Procedure{{CPTNeuromuscular, 15}, {CPTExercise, 15}},
			reduction: reductions{CPTExercise: 835}, total: 5344,
		},
		{
			// An evaluation (PE 1.20) with 15 minutes of 97110 (0.50): the
			// evaluation in full ($97.86), 97110 less $8.35: $118.57.
			name: "evaluation with the highest", pe: map[CPTCode]int64{CPTEvalModerate: 120, CPTExercise: 50},
			visit:     []Procedure{{CPTEvalModerate, 40}, {CPTExercise, 15}},
			reduction: reductions{CPTExercise: 835}, total: 11857,
		},
		{
			// A 2025 code uses 2025's conversion factor, $32.3465: 97116 × 2
			// ($28.79), PE 0.50: the second unit less round(50 × 323465 / 20000 =
			// 808.6625) = $8.09: 57.58 − 8.09 = $49.49.
			name: "2025 code, 2025 conversion factor", pe: map[CPTCode]int64{CPTGait: 50},
			visit:     []Procedure{{CPTGait, 30}},
			reduction: reductions{CPTGait: 809}, total: 4949,
		},
		{
			// Half a cent rounds up: PE 0.03 × 334009 / 20000 = 50.10135 → $0.50;
			// PE 0.01: 16.70045 → $0.17. 97035 × 2 ($14.36), PE 0.01: 28.72 −
			// 0.17 = $28.55.
			name: "rounding to the cent", pe: map[CPTCode]int64{CPTUltrasound: 1},
			visit:     []Procedure{{CPTUltrasound, 30}},
			reduction: reductions{CPTUltrasound: 17}, total: 2855,
		},
		{
			// One code's PE missing: nothing reduced, and that code named.
			name: "a figure missing", pe: map[CPTCode]int64{CPTExercise: 50},
			visit:     []Procedure{{CPTExercise, 15}, {CPTManual, 15}},
			reduction: reductions{}, total: 2906 + 2772,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := referenceAmount(tt.visit, withPracticeExpense(tt.pe))
			if err != nil {
				t.Fatal(err)
			}
			var sum calc.Cents
			for _, l := range r.Lines {
				sum += l.Reduction
				if l.Reduction != tt.reduction[l.Code] {
					t.Errorf("%s: reduction %s, want %s", l.Code, l.Reduction, tt.reduction[l.Code])
				}
			}
			if r.Total != tt.total || r.Reduction != sum || r.Reduced != (len(r.Unreduced) == 0) {
				t.Errorf("total %s (want %s), reduction %s, reduced %v, unreduced %v", r.Total, tt.total, r.Reduction, r.Reduced, r.Unreduced)
			}
		})
	}
	r, _ := referenceAmount([]Procedure{{CPTExercise, 30}, {CPTManual, 15}}, withPracticeExpense(map[CPTCode]int64{CPTExercise: 50, CPTManual: 30}))
	if notes := strings.Join(r.Notes(), " "); !strings.Contains(notes, "multiple-procedure reduction is applied") || !strings.Contains(notes, "$13.36 in all") {
		t.Errorf("notes: %s", notes)
	}
}

// The 2026 national amounts are total RVUs × the 2026 conversion factor of
// the dated figures: the evaluation's 2.93 RVU (docs/spec/reference-figures.md) ×
// $33.4009 = $97.864637 → $97.86.
func TestEvaluationAmountIsRVUTimesConversionFactor(t *testing.T) {
	cf, _ := Figure(ConversionFactor, 2026)
	for _, v := range [][]Procedure{TypicalEvaluationVisit(), {{Code: CPTEvalLow}}, {{Code: CPTEvalHigh}}} {
		r, err := MedicareReferenceAmount(v)
		if err != nil || cf.Value != 334009 || r.Total != calc.Cents(roundHalfUpDiv(293*cf.Value, 10000)) || r.Total != 9786 {
			t.Errorf("%v: %s, %v (conversion factor %v)", v, r.Total, err, cf)
		}
	}
	if r, _ := MedicareReferenceAmount(TypicalReEvaluationVisit()); r.Total != 6747 {
		t.Errorf("re-evaluation %s, want $67.47", r.Total)
	}
}
