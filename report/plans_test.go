package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
	"github.com/charmbracelet/x/exp/golden"
)

// cashPlan is noneScenario (no plan: $160.58, $200.00 and $340.00 a year)
// with a monthly premium for the plan.
func cashPlan(name string, premiumMonthly calc.Cents) calc.Scenario {
	s := noneScenario()
	s.Name = name
	s.Plan.PremiumMonthly = premiumMonthly
	return s
}

// copayPPO needs the same care as noneScenario under a PPO with a $20
// copay and no deductible, no out-of-network benefits, at $150 a month: in
// network 2 × $20 = $40.00 (the $60 rate it negotiated is the only care
// figure that differs, and may); out of network nothing comes back, $100 ×
// 2 = $200.00; concierge ($150 + $20) × 2 = $340.00.
func copayPPO() calc.Scenario {
	s := noneScenario()
	s.Name = "PPO with copay"
	s.Plan = calc.Plan{Type: calc.PPO, PremiumMonthly: 15000, Coverage: calc.Self,
		InNetwork: calc.CostSharing{DeductibleApplies: true, Copay: 2000, OOPMax: calc.Cap[calc.Cents](500000)}}
	s.Care.InNetwork.Allowed = 6000
	return s
}

func comparePlans(t *testing.T, ss ...calc.Scenario) *PlanComparison {
	t.Helper()
	var in []PlanInput
	for i, s := range ss {
		in = append(in, PlanInput{File: string(rune('a'+i)) + ".yaml", Scenario: s})
	}
	m, err := ComparePlans(in, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestComparePlansByHand(t *testing.T) {
	m := comparePlans(t, cashPlan("Cash only", 10000), copayPPO(), cashPlan("Dear plan", 20000))
	// whole = net + premium × 12:
	//   Cash only ($100 a month, $1,200 a year): 160.58 + 1200 = 1360.58;
	//     200 + 1200 = 1400.00; 340 + 1200 = 1540.00
	//   PPO ($150, $1,800): 40 + 1800 = 1840.00; 200 + 1800 = 2000.00;
	//     340 + 1800 = 2140.00
	//   Dear plan ($200, $2,400): 2560.58, 2600.00, 2740.00
	want := [3][3]calc.Cents{{136058, 140000, 154000}, {184000, 200000, 214000}, {256058, 260000, 274000}}
	for i := range want {
		for k, id := range calc.OptionIDs {
			if got := m.Whole(Cell{i, id}); got != want[i][k] {
				t.Errorf("plan %d %s: %s, want %s", i, id, got, want[i][k])
			}
		}
	}
	if m.Cheapest != (Cell{0, calc.InNetworkClinic}) {
		t.Errorf("cheapest %v, want plan 0 in network", m.Cheapest)
	}
	// differences to 1360.58: 1400 − 1360.58 = 39.42; 1840 − 1360.58 = 479.42
	if d := m.differenceText(Cell{0, calc.OutOfNetworkCash}); d != "+$39.42" {
		t.Errorf("difference %q", d)
	}
	if d := m.differenceText(Cell{1, calc.InNetworkClinic}); d != "+$479.42" {
		t.Errorf("difference %q", d)
	}
	// The best of the other plans is the PPO in network, $1,840.00:
	// $479.42 more. Its name has a "with": a comma before the option's.
	want1 := "Lowest whole yearly cost: Cash only with an in-network clinic, $1,360.58 a year, premiums included: " +
		"$479.42 less than the best of the other plans, PPO with copay, with an in-network clinic ($1,840.00)."
	if got := m.Recommendation(func(s string) string { return s }); got != want1 {
		t.Errorf("recommendation\n got %s\nwant %s", got, want1)
	}
	var out bytes.Buffer
	if err := PlanTable(&out, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	t.Run("table", func(t *testing.T) { golden.RequireEqual(t, out.Bytes()) })
	for _, l := range strings.Split(out.String(), "\n") {
		if len([]rune(l)) > 78 || strings.HasSuffix(l, " ") {
			t.Errorf("line too wide or with trailing space: %q", l)
		}
	}
	if !strings.Contains(out.String(), "PPO with copay                   $1,840.00         $2,000.00         $2,140.00\n"+
		"                                  +$479.42          +$639.42          +$779.42\n") {
		t.Errorf("the PPO's row and its differences (1840/2000/2140 − 1360.58) are not as worked:\n%s", out.String())
	}
}

// A tie goes to the earlier plan, then the earlier option; the tied cell
// says "same"; two plans of one name get their files.
func TestComparePlansTie(t *testing.T) {
	m := comparePlans(t, cashPlan("Cash only", 10000), cashPlan("Cash only", 10000))
	if m.Cheapest != (Cell{0, calc.InNetworkClinic}) {
		t.Errorf("cheapest %v", m.Cheapest)
	}
	if d := m.differenceText(Cell{1, calc.InNetworkClinic}); d != "same" {
		t.Errorf("the tied cell says %q", d)
	}
	if m.Plans[0].Label != "Cash only (a.yaml)" || m.Plans[1].Label != "Cash only (b.yaml)" {
		t.Errorf("labels %q, %q", m.Plans[0].Label, m.Plans[1].Label)
	}
	want := "Lowest whole yearly cost: Cash only (a.yaml) with an in-network clinic, $1,360.58 a year, premiums included; " +
		"Cash only (b.yaml) with an in-network clinic costs the same."
	if got := m.Recommendation(func(s string) string { return s }); got != want {
		t.Errorf("recommendation\n got %s\nwant %s", got, want)
	}
}

func TestPlanLabel(t *testing.T) {
	for _, tt := range []struct{ file, name, want string }{
		{"clients/2027-ppo.yaml", "", "2027-ppo"},
		{"clients/2027-ppo.yaml", "Acme PPO", "Acme PPO"},
		{"-", "", "standard input"},
		{"x/.yaml", "", ".yaml"},
	} {
		if got := planLabel(PlanInput{File: tt.file, Scenario: calc.Scenario{Name: tt.name}}); got != tt.want {
			t.Errorf("planLabel(%q, %q) = %q, want %q", tt.file, tt.name, got, tt.want)
		}
	}
}

func TestCompareNeedsTheSameCare(t *testing.T) {
	a := noneScenario()
	b := copayPPO() // differs in care.in_network.allowed only: the plan's
	if d := CareDifferences(a.Care, b.Care); len(d) != 0 {
		t.Errorf("the negotiated rate counted as care: %v", d)
	}
	b.Care.Visits = 3
	b.Care.InNetwork.Charge = 9000
	b.Care.Service = calc.Chiropractic
	b.Care.OutOfNetwork.ServiceFeePercent = 150
	_, err := ComparePlans([]PlanInput{{File: "a.yaml", Scenario: a}, {File: "b\x1b.yaml", Scenario: b}}, time.Time{})
	var mm *CareMismatch
	if !errors.As(err, &mm) {
		t.Fatalf("error %v, want a *CareMismatch", err)
	}
	// in the order of calc.Care: service, visits, charge, service fee
	want := "the scenarios compared must share the care needed (the care section; only care.in_network.allowed, the plan's negotiated rate, may differ) and differ in the plan; these do not:\n" +
		"  b\\x1b.yaml has care.service: chiropractic there, physical_therapy in a.yaml\n" +
		"  b\\x1b.yaml has care.visits: 3 there, 2 in a.yaml\n" +
		"  b\\x1b.yaml has care.in_network.charge: $90.00 there, $80.29 in a.yaml\n" +
		"  b\\x1b.yaml has care.out_of_network.service_fee_percent: 1.5 % there, 0 % in a.yaml"
	if err.Error() != want {
		t.Errorf("message\n%s\nwant\n%s", err, want)
	}
	if _, err := ComparePlans([]PlanInput{{Scenario: a}}, time.Time{}); err == nil {
		t.Error("one plan compared")
	}
}

// Every care field of the field table is compared: changing any one of
// them in the second scenario yields exactly one difference, named as a
// file spells it; the in-network allowed amount, the plan's rate, yields
// none.
func TestEveryCareFieldCompared(t *testing.T) {
	a := plans.Preset(calc.PPO).Care
	n := 0
	for _, f := range plans.Fields {
		if !strings.HasPrefix(f.Path, "care.") {
			continue
		}
		n++
		s := calc.Scenario{Care: a}
		v := f.Get(&s)
		switch {
		case f.Kind == plans.KindBool:
			v.N = 1 - v.N
		case f.Kind == plans.KindEnum:
			for _, e := range f.Enum {
				if e != v.Text {
					v.Text = e
					break
				}
			}
		case f.Kind == plans.KindText:
			v.Text += "x"
		case f.Kind == plans.KindDate && !v.Set:
			v.Set, v.Text = true, "2026-12-14"
		case f.Kind == plans.KindDate, f.Kind == plans.KindMonthDay:
			v.Text = "12-14"
			if f.Kind == plans.KindDate {
				v.Text = "2027-12-14"
			}
		case f.Nullable && !v.Set:
			v.Set, v.N = true, 1
		default:
			v.N++
		}
		f.Put(&s, v)
		got := CareDifferences(a, s.Care)
		if f.Path == "care.in_network.allowed" {
			if len(got) != 0 {
				t.Errorf("%s, the plan's rate, counted as care: %+v", f.Path, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Path != f.Path {
			t.Errorf("changing %s: differences %+v", f.Path, got)
		}
	}
	if n < 18 {
		t.Errorf("only %d care fields in the field table", n)
	}
}

// loadExample reads a scenario of examples/ as the command line does.
func loadExample(t *testing.T, file string) PlanInput {
	t.Helper()
	data, err := os.ReadFile("../examples/" + file)
	if err != nil {
		t.Fatal(err)
	}
	s, ws, err := plans.Parse(file, data)
	if err != nil {
		t.Fatal(err)
	}
	return PlanInput{File: "examples/" + file, Scenario: s, Warnings: ws, Assumed: plans.DefaultsAssumed(file, data)}
}

// The open-enrollment examples: a 2027 PPO against a 2027 HDHP with an
// HSA and an employer's deposit, 24 visits of physical therapy.
func TestOpenEnrollmentExample(t *testing.T) {
	m, err := ComparePlans([]PlanInput{loadExample(t, "open-enrollment/2027-ppo.yaml"),
		loadExample(t, "open-enrollment/2027-hdhp-hsa.yaml")}, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	// PPO ($210 a month: $2,520 a year), in network at $115 a visit:
	//   visits 1–8 go to the $1,000 deductible, 8 × 115 = 920; visit 9:
	//   the last 80 of it plus 20 % of 35 = 7, 87; visits 10–24: 15 × 20 %
	//   of 115 = 15 × 23 = 345. 920 + 87 + 345 = 1352; + 2520 = 3872.00.
	//   Out of network 20 × $150 = $3,000, nothing back (20 × $110 = 2,200
	//   < the $2,500 deductible): 3000 + 2520 = 5520.00. Concierge 18 ×
	//   ($225 + $25) = 4,500, its claims 18 × 110 = 1,980 < 2,500: 4500 +
	//   2520 = 7020.00.
	// HDHP ($95: $1,140 a year), HSA $2,400 of the employee's own and $750
	//   of the employer's (spent first, no tax saved on it) at 29.65 %, in
	//   network at $120: visits 1–16 to the $2,000 deductible, 1,920; visit
	//   17: 80 + 10 % of 40 = 84; visits 18–24: 7 × 12 = 84. 1920 + 84 + 84
	//   = 2088, all from the HSA, 750 of it the employer's: tax 29.65 % ×
	//   1338 = 396.717 → 396.72; 2088 − 396.72 = 1691.28; + 1140 − 750 =
	//   2081.28. Out of network 3,000 (2,200 < the $4,000 deductible), all
	//   from the HSA: tax 29.65 % × 2250 = 667.125 → 667.13; 3000 − 667.13
	//   + 390 = 2722.87. Concierge 4,500: the HSA pays its 3,150, tax 29.65 %
	//   × 2400 = 711.60: 4500 − 711.60 + 390 = 4178.40.
	want := [2][3]calc.Cents{{387200, 552000, 702000}, {208128, 272287, 417840}}
	for i := range want {
		for k, id := range calc.OptionIDs {
			if got := m.Whole(Cell{i, id}); got != want[i][k] {
				t.Errorf("%s %s: %s, want %s", m.Plans[i].Label, id, got, want[i][k])
			}
		}
	}
	// The HDHP in network is cheapest: 3872.00 − 2081.28 = 1790.72 less than the PPO's best.
	if m.Cheapest != (Cell{1, calc.InNetworkClinic}) || m.More(Cell{0, calc.InNetworkClinic}) != 179072 {
		t.Errorf("cheapest %v, the PPO in network %s more", m.Cheapest, m.More(Cell{0, calc.InNetworkClinic}))
	}
	var table, md, js bytes.Buffer
	if err := PlanTable(&table, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := PlanMarkdown(&md, m); err != nil {
		t.Fatal(err)
	}
	if err := PlanJSON(&js, m); err != nil {
		t.Fatal(err)
	}
	t.Run("table", func(t *testing.T) { golden.RequireEqual(t, table.Bytes()) })
	t.Run("markdown", func(t *testing.T) { golden.RequireEqual(t, md.Bytes()) })
	t.Run("json", func(t *testing.T) { golden.RequireEqual(t, js.Bytes()) })

	for _, want := range []string{
		"**Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic, $2,081.28 a year, premiums included: $1,790.72 less than the best of the other plan, 2027 PPO with an in-network clinic ($3,872.00).**",
		// 2722.87 − 2081.28 = 641.59; 4178.40 − 2081.28 = 2097.12
		"| 2027 HDHP with an HSA | **$2,081.28 (lowest cost)** | $2,722.87 (+$641.59) | $4,178.40 (+$2,097.12) |",
		"| 2027 HDHP with an HSA | $1,140.00 | $750.00 |",
		// 2027 self-only: $4,500 − $750 = $3,750
		"you can put in at most $3,750.00 yourself",
		"## What to check in each plan's Summary of Benefits and Coverage",
		"**Deductible**", "**Out-of-pocket maximum**", "**Therapy visit limit**", "whether it is shared", "**Out-of-network benefits**",
		"**Prior authorization**",
		// 2027 self-only: at least $1,750, at most $8,700; the HDHP's $2,000 and $5,500 are within
		"**HSA eligibility**: by its figures the plan is within the 2027 IRS limits for self-only coverage (a deductible of at least $1,750.00, an out-of-pocket maximum of at most $8,700.00), so it can go with an HSA.",
		"not a guarantee of payment",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("handout lacks %q", want)
		}
	}
	var v struct {
		Cheapest struct {
			Plan   int
			Option string
			Whole  json.Number `json:"whole_yearly_cost"`
		}
		Plans []struct {
			HSA     bool `json:"hsa_qualified"`
			Options []struct {
				Whole json.Number `json:"whole_yearly_cost"`
				More  json.Number `json:"more_than_cheapest"`
			}
		}
	}
	dec := json.NewDecoder(&js)
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	// 7020 − 2081.28 = 4938.72
	if v.Cheapest.Plan != 1 || v.Cheapest.Option != "in_network" || v.Cheapest.Whole != "2081.28" ||
		v.Plans[0].HSA || !v.Plans[1].HSA || v.Plans[0].Options[2].Whole != "7020" || v.Plans[0].Options[2].More != "4938.72" {
		t.Errorf("JSON: %+v", v)
	}
}

// A plan's name reaches the handout escaped as Markdown and the table
// escaped for the terminal, as estimate's do (TestNameIsEscaped).
func TestPlanNamesAreEscaped(t *testing.T) {
	m := comparePlans(t, cashPlan("*Acme* | <b>\x1b]0;T\a", 10000), copayPPO())
	var md, table strings.Builder
	if err := PlanMarkdown(&md, m); err != nil {
		t.Fatal(err)
	}
	if err := PlanTable(&table, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if want := `| \*Acme\* \| &lt;b&gt;\\x1b\]0;T\\a |`; !strings.Contains(md.String(), want) {
		t.Errorf("handout lacks %s:\n%s", want, md.String())
	}
	if strings.Contains(md.String()+table.String(), "\x1b") {
		t.Error("an escape character reached the output")
	}
	if !strings.Contains(table.String(), `*Acme* | <b>\x1b]0;T\a`) {
		t.Errorf("table:\n%s", table.String())
	}
}

// Plans of different years each use their own year's figures, and the
// outputs say which; a plan's assumed figures are listed under it.
func TestComparePlansOfTwoYearsAndAssumedFigures(t *testing.T) {
	a, b := cashPlan("Old plan", 10000), copayPPO()
	a.Year, b.Year = 2026, 2027
	m, err := ComparePlans([]PlanInput{{File: "a.yaml", Scenario: a, Assumed: []string{"care.in_network.minutes"}},
		{File: "b.yaml", Scenario: b}}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Plans[0].FiguresYear != 2026 || m.Plans[1].FiguresYear != 2027 {
		t.Errorf("figures years %d, %d", m.Plans[0].FiguresYear, m.Plans[1].FiguresYear)
	}
	var md, table strings.Builder
	if err := PlanMarkdown(&md, m); err != nil {
		t.Fatal(err)
	}
	if err := PlanTable(&table, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{md.String(), flatten(table.String())} {
		if !strings.Contains(out, "the reference figures of 2026 and 2027 (each plan its own year)") {
			t.Errorf("the years are not said:\n%s", out)
		}
	}
	if !strings.Contains(md.String(), "- Figures assumed (not given, so typical ones are used):\n  - The minutes of a clinic visit, 30: a typical session length.\n") {
		t.Errorf("the assumed figure is not listed under its plan:\n%s", md.String())
	}
}

func flatten(s string) string { return strings.Join(strings.Fields(s), " ") }

// ranged gives each scenario 20 visits (the out-of-network provider's 20,
// the concierge's 10: half) and the range 10, 20, 30.
func ranged(v calc.VisitRange, ss ...calc.Scenario) []calc.Scenario {
	for i := range ss {
		ss[i].Care.Visits = 20
		ss[i].Care.OutOfNetwork.Visits = 20
		ss[i].Care.Concierge.Visits = 10
		ss[i].Care.Range = v
	}
	return ss
}

// With a range of visits each cell is the whole yearly cost at the likely
// count, with its 10th and 90th percentiles; the cheapest is decided at
// the likely count.
func TestComparePlansRange(t *testing.T) {
	m := comparePlans(t, ranged(calc.VisitRange{Fewest: 10, Likely: 20, Most: 30}, copayPPO(), cashPlan("Cash only", 10000))...)
	// Range 10, 20, 30: weights (n − 9) × 11 up to 20, (31 − n) × 11 from
	// 20, W = 1331; every cost here rises with n, so the 10th percentile
	// is at n = 14 (cumulative 11 × 15 = 165 ≥ 133.1, at 13 110) and the
	// 90th at n = 26 (1221 ≥ 1197.9, at 25 1166).
	// PPO ($1,800 a year): in network $20 copays: 20 × 20 + 1800 =
	// 2200.00, 14 × 20 + 1800 = 2080.00, 26 × 20 + 1800 = 2320.00; out of
	// network (nothing back) $100 a visit: 3800, 3200, 4400; concierge
	// $170 a session, half the visits (10, 7, 13): 3500, 2990, 4010.
	// Cash only ($1,200): in network $80.29: 1605.80 + 1200 = 2805.80,
	// 1124.06 + 1200 = 2324.06, 2087.54 + 1200 = 3287.54; out of network
	// 3200, 2600, 3800; concierge 2900, 2390, 3410.
	want := [2][3][3]calc.Cents{
		{{220000, 208000, 232000}, {380000, 320000, 440000}, {350000, 299000, 401000}},
		{{280580, 232406, 328754}, {320000, 260000, 380000}, {290000, 239000, 341000}},
	}
	for i := range want {
		for k, id := range calc.OptionIDs {
			p10, p90, ok := m.Plans[i].WholeRange(id)
			if got := [3]calc.Cents{m.Whole(Cell{i, id}), p10, p90}; !ok || got != want[i][k] {
				t.Errorf("plan %d %s: likely, p10, p90 %v, want %v", i, id, got, want[i][k])
			}
		}
	}
	if m.Cheapest != (Cell{0, calc.InNetworkClinic}) {
		t.Errorf("cheapest %v, want the PPO in network", m.Cheapest)
	}
	var table bytes.Buffer
	if err := PlanTable(&table, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	out := table.String()
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 78 || strings.HasSuffix(l, " ") {
			t.Errorf("line too wide or with trailing space: %q", l)
		}
	}
	if !strings.Contains(out, "Cash only                        $2,805.80         $3,200.00         $2,900.00\n"+
		"                                  +$605.80        +$1,000.00          +$700.00\n"+
		"  10th percentile                $2,324.06         $2,600.00         $2,390.00\n"+
		"  90th percentile                $3,287.54         $3,800.00         $3,410.00\n") {
		t.Errorf("Cash only's lines are not as worked:\n%s", out)
	}
	if want := "Visits: between 10 and 30, most likely 20. Each cost is at the likely 20 visits, and the cheapest is decided there"; !strings.Contains(flat(out), want) {
		t.Errorf("the table lacks %q", want)
	}
	var md, js bytes.Buffer
	if err := PlanMarkdown(&md, m); err != nil {
		t.Fatal(err)
	}
	if err := PlanJSON(&js, m); err != nil {
		t.Fatal(err)
	}
	if want := "| Cash only | $2,805.80 (+$605.80); $2,324.06 to $3,287.54 |"; !strings.Contains(md.String(), want) {
		t.Errorf("the handout lacks %q", want)
	}
	t.Run("table", func(t *testing.T) { golden.RequireEqual(t, table.Bytes()) })
	t.Run("markdown", func(t *testing.T) { golden.RequireEqual(t, md.Bytes()) })
	t.Run("json", func(t *testing.T) { golden.RequireEqual(t, js.Bytes()) })
}

// The cheapest is decided at the likely count, not at care.visits: with 20
// visits the PPO's in-network clinic is cheaper (20 × $20 + $1,800 =
// $2,200.00 against 20 × $80.29 + $1,200 = $2,805.80), but at the likely 8
// cash only is (8 × $80.29 + $1,200 = $1,842.32 against 8 × $20 + $1,800
// = $1,960.00).
func TestComparePlansRangeDecidesAtTheLikelyCount(t *testing.T) {
	m := comparePlans(t, ranged(calc.VisitRange{Fewest: 5, Likely: 8, Most: 30}, copayPPO(), cashPlan("Cash only", 10000))...)
	if m.Cheapest != (Cell{1, calc.InNetworkClinic}) || m.Whole(m.Cheapest) != 184232 {
		t.Errorf("cheapest %v at %s, want cash only in network at $1,842.32", m.Cheapest, m.Whole(m.Cheapest))
	}
	// $1,960.00 − $1,842.32 = $117.68
	if got := m.differenceText(Cell{0, calc.InNetworkClinic}); got != "+$117.68" {
		t.Errorf("the PPO in network: %s", got)
	}
	var js bytes.Buffer
	if err := PlanJSON(&js, m); err != nil {
		t.Fatal(err)
	}
	v := decodeNumbers(t, js.Bytes())
	cell := v["plans"].([]any)[0].(map[string]any)["options"].([]any)[0].(map[string]any)
	// net cost at 8 visits: 8 × $20 = $160, not the $400 of 20 visits
	if num(cell["net_cost"]) != "160" || num(cell["whole_yearly_cost"]) != "1960" {
		t.Errorf("the PPO in network in JSON: %v", cell)
	}
}

// Without a range nothing of it is printed: no percentile lines, no
// sentence, no JSON keys.
func TestComparePlansWithoutRange(t *testing.T) {
	m := comparePlans(t, cashPlan("Cash only", 10000), copayPPO())
	var table, js bytes.Buffer
	if err := PlanTable(&table, m, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := PlanJSON(&js, m); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"percentile", "likely", "visits_range", "_p10"} {
		if strings.Contains(table.String()+js.String(), key) {
			t.Errorf("a comparison without a range says %q", key)
		}
	}
}

// The range of visits is part of the care needed: plans with different
// ranges are not compared, and the refusal names the range's fields.
func TestComparePlansRefuseDifferentRanges(t *testing.T) {
	a := ranged(calc.VisitRange{Fewest: 10, Likely: 20, Most: 30}, copayPPO())[0]
	b := cashPlan("Cash only", 10000)
	b.Care = a.Care
	b.Care.Range = calc.VisitRange{Fewest: 10, Likely: 20, Most: 31}
	_, err := ComparePlans([]PlanInput{{File: "a.yaml", Scenario: a}, {File: "b.yaml", Scenario: b}}, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if err == nil || !strings.Contains(err.Error(), "care.visits_range.most: 31 there, 30 in a.yaml") {
		t.Errorf("different ranges compared: %v", err)
	}
}
