package plans

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"pgregory.net/rapid"

	"github.com/carecost/carecost/calc"
)

// Every field is one whole row of the table: it reads and writes its place
// in a Scenario, and the walk-through can ask it and the dashboard name it.
func TestEveryFieldIsOneRow(t *testing.T) {
	for _, f := range Fields {
		if f.Path == "version" {
			continue
		}
		if f.acc.get == nil || f.acc.put == nil {
			t.Errorf("%s reads or writes no place of a Scenario", f.Path)
		}
		if f.Title == "" || f.Short == "" || f.Help == "" {
			t.Errorf("%s lacks its question (%q), label (%q) or help", f.Path, f.Title, f.Short)
		}
		if f.Options != 0 && f.Noun == "" {
			t.Errorf("%s changes options but has no noun to name it", f.Path)
		}
		if (f.Kind == KindEnum || f.Kind == KindBool) && len(f.Choices) == 0 {
			t.Errorf("%s has no words for its choices", f.Path)
		}
	}
}

// Put then Get gives the value back, for every field: the accessor points
// at one place.
func TestFieldAccessorsRoundTrip(t *testing.T) {
	for _, f := range Fields {
		if f.Path == "version" {
			continue
		}
		var s calc.Scenario
		want := FieldValue{N: 7, Set: true}
		switch f.Kind {
		case KindEnum:
			want = FieldValue{Text: f.Enum[len(f.Enum)-1], Set: true}
		case KindText:
			want = FieldValue{Text: "seven", Set: true}
		case KindBool:
			want = FieldValue{N: 1, Set: true}
		case KindDate:
			want = FieldValue{Text: "2026-12-14", Set: true}
		case KindMonthDay:
			want = FieldValue{Text: "07-01", Set: true}
		}
		f.Put(&s, want)
		if got := f.Get(&s); got != want {
			t.Errorf("%s: put %+v, got %+v", f.Path, want, got)
		}
		for _, g := range Fields { // and no other field moved
			if g.Path != f.Path && g.Path != "version" && g.Get(&s) != g.Get(&calc.Scenario{}) {
				t.Errorf("putting %s changed %s", f.Path, g.Path)
			}
		}
	}
}

func TestMarshalWritesOnlyTheKindsFields(t *testing.T) {
	s, _, err := parseFields(t, scenarioWith(map[string]string{
		"supplemental.kind": "indemnity", "supplemental.per_visit": "40", "supplemental.annual_max": "500",
		"account.kind": "none",
	}))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	want := "supplemental:\n  kind: indemnity\n  premium_monthly: 0\n  per_visit: 40\n  max_visits: null # no maximum\n  annual_max: 500\n  covers_out_of_network: false\naccount:\n  kind: none\n"
	if !strings.HasSuffix(text, want) {
		t.Errorf("got\n%s\nwant it to end with\n%s", text, want)
	}
	// self_pay differs from the charge, so it is written; the options'
	// visits follow care.visits, so they are not
	if !strings.Contains(text, "self_pay: 120") || strings.Contains(text, "    visits:") {
		t.Errorf("got\n%s", text)
	}
}

func TestMarshalConformanceRoundTrip(t *testing.T) {
	files := conformanceFiles(t)
	if len(files) == 0 {
		t.Fatal("no ../testdata/conformance/cNN.json: the conformance cases are part of the repository")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		requireRoundTrip(t, s)
	}
}

// fatalReporter is what requireRoundTrip needs of *testing.T and *rapid.T.
type fatalReporter interface {
	Helper()
	Fatalf(format string, args ...any)
}

// requireRoundTrip checks that Parse reads Marshal(s) back to s.
func requireRoundTrip(t fatalReporter, s calc.Scenario) {
	t.Helper()
	out, err := Marshal(s)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	back, _, err := Parse("marshalled.yaml", out)
	if err != nil {
		t.Fatalf("Parse(Marshal(s)): %v\n%s", err, out)
	}
	if !reflect.DeepEqual(back, s) {
		t.Fatalf("round trip changed the scenario:\n was %+v\n now %+v\nfile:\n%s", s, back, out)
	}
	// the same for a .json file: JSON that reads back to s
	out, err = MarshalFile("marshalled.json", s)
	if err != nil {
		t.Fatalf("MarshalFile json: %v", err)
	}
	if !json.Valid(out) {
		t.Fatalf("MarshalFile json is not JSON:\n%s", out)
	}
	back, _, err = Parse("marshalled.json", out)
	if err != nil {
		t.Fatalf("Parse(MarshalFile json): %v\n%s", err, out)
	}
	if !reflect.DeepEqual(back, s) {
		t.Fatalf("JSON round trip changed the scenario:\n was %+v\n now %+v\nfile:\n%s", s, back, out)
	}
}

func TestMarshalRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		requireRoundTrip(t, validScenario().Draw(t, "scenario"))
	})
}

// validScenario generates Scenarios that satisfy every rule of the format,
// with the defaults resolved as Parse resolves them.
func validScenario() *rapid.Generator[calc.Scenario] {
	return rapid.Custom(func(t *rapid.T) calc.Scenario {
		amount := func(label string, lo, hi calc.Cents) calc.Cents {
			return calc.Cents(rapid.OneOf(
				rapid.Int64Range(int64(lo), int64(hi)),
				rapid.SampledFrom([]int64{int64(lo), int64(hi)}),
			).Draw(t, label))
		}
		money := func(label string) calc.Cents { return amount(label, 0, moneyCeiling) }
		percent := func(label string) calc.BasisPoints {
			return calc.BasisPoints(rapid.Int64Range(0, percentCeiling).Draw(t, label))
		}
		sharing := func(label string, mustHaveMax bool) calc.CostSharing {
			var cs calc.CostSharing
			cs.Deductible = money(label + ".deductible")
			cs.DeductibleMet = amount(label+".met", 0, cs.Deductible)
			cs.DeductibleApplies = rapid.Bool().Draw(t, label+".applies")
			cs.Copay = money(label + ".copay")
			cs.Coinsurance = percent(label + ".coinsurance")
			if mustHaveMax || rapid.Bool().Draw(t, label+".hasMax") {
				cs.OOPMax = calc.Cap(amount(label+".max", cs.Deductible, moneyCeiling))
				cs.OOPSpent = amount(label+".spent", 0, cs.OOPMax.Value)
			} else {
				cs.OOPSpent = money(label + ".spent")
			}
			return cs
		}
		visits := func(label string, lo int) int { return rapid.IntRange(lo, visitsCeiling).Draw(t, label) }
		minutes := func(label string) int { return rapid.IntRange(1, minutesCeiling).Draw(t, label) }

		// episode: the fields of issue 12 too, in about half the scenarios
		episode := rapid.Bool().Draw(t, "episode")
		planRules := func(label string, p *calc.Plan) {
			if !episode {
				return
			}
			for _, cs := range []*calc.CostSharing{&p.InNetwork, &p.OutOfNetwork.CostSharing} {
				cs.CopayAndCoinsurance = rapid.Bool().Draw(t, label+".copayAndCoins")
				cs.CopayOutsideOOP = rapid.Bool().Draw(t, label+".copayOutside")
				cs.OtherSpending = money(label + ".other")
			}
			p.SharedOOPMax = rapid.Bool().Draw(t, label+".shared")
			if rapid.Bool().Draw(t, label+".hasTherapyMax") {
				p.TherapyMax = calc.Cap(money(label + ".therapyMax"))
				p.TherapyPaid = amount(label+".therapyPaid", 0, p.TherapyMax.Value)
			}
			for _, l := range []*calc.Limit[calc.Cents]{&p.OutOfNetwork.EvaluationAllowed, &p.OutOfNetwork.ReEvaluationAllowed} {
				if rapid.Bool().Draw(t, label+".hasEvalAllowed") {
					*l = calc.Cap(money(label + ".evalAllowed"))
				}
			}
		}
		// a count a week other than the default, which is held as 0
		perWeek := func(label string, def int) int {
			n := rapid.IntRange(0, 5).Draw(t, label)
			if n == def {
				return 0
			}
			return n
		}
		evaluations := func(label string, allowed bool) calc.Evaluations {
			var ev calc.Evaluations
			price := func(l string) calc.VisitPrice {
				vp := calc.VisitPrice{Set: true, Price: money(l + ".price")}
				if allowed {
					vp.Allowed, vp.SelfPay = money(l+".allowed"), money(l+".selfPay")
				}
				return vp
			}
			if rapid.Bool().Draw(t, label+".first") {
				ev.First = price(label + ".first")
			}
			if rapid.Bool().Draw(t, label+".re") {
				ev.Re, ev.ReEvery = price(label+".re"), visits(label+".every", 1)
			}
			return ev
		}

		var s calc.Scenario
		s.Name = rapid.OneOf(
			rapid.StringOfN(rapid.RuneFrom(nil, unicode.L, unicode.N, unicode.P, unicode.S, unicode.Zs), 0, nameCeiling, -1),
			rapid.SampledFrom([]string{"", "null", "true", "1500", "- x", "# x", "a: b", " padded ", "'q'", `"q"`, "~", "0x10"}),
		).Draw(t, "name")
		if rapid.Bool().Draw(t, "hasYear") {
			s.Year = rapid.IntRange(2000, 2100).Draw(t, "year")
		}
		p := &s.Plan
		p.Type = rapid.SampledFrom(calc.PlanTypes).Draw(t, "type")
		p.PremiumMonthly = money("premium")
		p.Coverage = rapid.SampledFrom([]calc.Coverage{calc.Self, calc.Family}).Draw(t, "coverage")
		p.InNetwork = sharing("in", !planTypesWithoutOOPMax[p.Type])
		p.OutOfNetwork.CostSharing = sharing("oon", false)
		p.OutOfNetwork.Covered = rapid.Bool().Draw(t, "covered")
		p.OutOfNetwork.Allowed = money("oon.allowed")
		p.OutOfNetwork.SharesDeductible = rapid.Bool().Draw(t, "shares")
		if rapid.Bool().Draw(t, "hasLimit") {
			p.VisitLimit = calc.Cap(visits("limit", 0))
		}
		p.VisitsUsed = visits("used", 0)
		planRules("plan", p)
		if episode && rapid.Bool().Draw(t, "hasYearStart") {
			p.YearStart = calc.MonthDay{Month: rapid.IntRange(1, 12).Draw(t, "ys.month")}
			p.YearStart.Day = rapid.IntRange(1, calc.DaysIn(2000, p.YearStart.Month)).Draw(t, "ys.day")
			if p.YearStart == (calc.MonthDay{Month: 1, Day: 1}) {
				p.YearStart = calc.MonthDay{} // January 1 is held as the zero MonthDay
			}
		}

		c := &s.Care
		c.Service = rapid.SampledFrom(calc.Services).Draw(t, "service")
		c.MedicalNecessityLetter = rapid.Bool().Draw(t, "letter")
		c.Visits = visits("visits", 1)
		c.InNetwork = calc.ClinicCare{Charge: money("charge"), Allowed: money("allowed"), SelfPay: money("selfPay"), Minutes: minutes("in.minutes")}
		c.OutOfNetwork = calc.CashCare{CashRate: money("cash"), Minutes: minutes("oon.minutes"), Visits: visits("oon.visits", 1),
			ServiceFeePercent: percent("feePercent"), ServiceFeePerClaim: money("feePerClaim"),
			ReimbursementDays: rapid.IntRange(0, daysCeiling).Draw(t, "days")}
		c.Concierge = calc.ConciergeCare{Fee: money("fee"), TravelFee: money("travel"), Minutes: minutes("c.minutes"),
			Visits: visits("c.visits", 1), Superbill: rapid.Bool().Draw(t, "superbill")}

		if episode {
			if rapid.Bool().Draw(t, "dated") {
				c.StartDate = calc.MakeDate(rapid.IntRange(2000, 2100).Draw(t, "sd.year"), rapid.IntRange(1, 12).Draw(t, "sd.month"), 1)
				c.StartDate.Day = rapid.IntRange(1, calc.DaysIn(c.StartDate.Year, c.StartDate.Month)).Draw(t, "sd.day")
			}
			c.InNetwork.VisitsPerWeek = perWeek("in.perWeek", 2)
			c.OutOfNetwork.VisitsPerWeek = perWeek("oon.perWeek", 2)
			c.Concierge.VisitsPerWeek = perWeek("c.perWeek", 1)
			c.InNetwork.Evaluations = evaluations("in.ev", true)
			c.OutOfNetwork.Evaluations = evaluations("oon.ev", false)
			c.Concierge.Evaluations = evaluations("c.ev", false)
			if rapid.Bool().Draw(t, "ranged") {
				r := calc.VisitRange{Fewest: visits("fewest", 1)}
				r.Likely = rapid.IntRange(r.Fewest, visitsCeiling).Draw(t, "likely")
				r.Most = rapid.IntRange(r.Likely, visitsCeiling).Draw(t, "most")
				if scaledCount(r.Most, c.OutOfNetwork.Visits, c.Visits) <= visitsCeiling &&
					scaledCount(r.Most, c.Concierge.Visits, c.Visits) <= visitsCeiling {
					c.Range = r
				}
			}
			if !c.StartDate.IsZero() && rapid.Bool().Draw(t, "renews") {
				ny := &s.NextYear
				ny.Set = true
				np := &ny.Plan
				np.Type = rapid.SampledFrom(calc.PlanTypes).Draw(t, "ny.type")
				np.PremiumMonthly = money("ny.premium")
				np.Coverage = rapid.SampledFrom([]calc.Coverage{calc.Self, calc.Family}).Draw(t, "ny.coverage")
				np.InNetwork = sharing("ny.in", !planTypesWithoutOOPMax[np.Type])
				np.OutOfNetwork.CostSharing = sharing("ny.oon", false)
				np.OutOfNetwork.Covered = rapid.Bool().Draw(t, "ny.covered")
				np.OutOfNetwork.Allowed = money("ny.oon.allowed")
				if np.OutOfNetwork.Covered && np.OutOfNetwork.Allowed == 0 {
					np.OutOfNetwork.Allowed = 1
				}
				np.OutOfNetwork.SharesDeductible = rapid.Bool().Draw(t, "ny.shares")
				if rapid.Bool().Draw(t, "ny.hasLimit") {
					np.VisitLimit = calc.Cap(visits("ny.limit", 0))
				}
				np.VisitsUsed = visits("ny.used", 0)
				planRules("ny", np)
			}
		}

		sp := &s.Supplemental
		sp.Kind = rapid.SampledFrom(calc.SupplementalKinds).Draw(t, "supplemental")
		switch sp.Kind {
		case calc.ExtraVisits:
			sp.Visits = visits("s.visits", 0)
			sp.Copay = money("s.copay")
			sp.Coinsurance = percent("s.coinsurance")
		case calc.Indemnity:
			sp.PerVisit = money("s.perVisit")
			if rapid.Bool().Draw(t, "s.hasMaxVisits") {
				sp.MaxVisits = calc.Cap(visits("s.maxVisits", 0))
			}
		case calc.Secondary:
			sp.Coinsurance = percent("s.coinsurance")
			sp.Deductible = money("s.deductible")
		}
		if sp.Kind == calc.Indemnity || sp.Kind == calc.Secondary {
			if rapid.Bool().Draw(t, "s.hasAnnualMax") {
				sp.AnnualMax = calc.Cap(money("s.annualMax"))
			}
		}
		if sp.Kind != calc.NoSupplemental {
			sp.PremiumMonthly = money("s.premium")
			sp.CoversOutOfNetwork = rapid.Bool().Draw(t, "s.oon")
		}
		if episode {
			switch sp.Kind {
			case calc.Indemnity:
				if rapid.Bool().Draw(t, "s.fixed") {
					sp.IndemnityBasis = calc.FixedIndemnity
				}
			case calc.Secondary:
				sp.Coordination = rapid.SampledFrom([]calc.Coordination{"", calc.Traditional, calc.NonDuplication}).Draw(t, "s.coordination")
				if sp.Coordination != "" && rapid.Bool().Draw(t, "s.hasAllowed") {
					sp.Allowed = calc.Cap(money("s.allowed"))
				}
				if sp.PaysExcessCharges = rapid.Bool().Draw(t, "s.excess"); sp.PaysExcessCharges {
					if lc := calc.BasisPoints(rapid.Int64Range(10000, 20000).Draw(t, "s.limiting")); lc != 11500 {
						sp.LimitingCharge = lc
					}
				}
			}
		}

		a := &s.Account
		a.Kind = rapid.SampledFrom(calc.AccountKinds).Draw(t, "account")
		if a.Kind != calc.NoAccount {
			a.Balance = money("balance")
			a.TaxRate = percent("taxRate")
		}
		if episode && a.Kind == calc.FSA {
			a.NextBalance = money("nextBalance")
			a.FSARule = rapid.SampledFrom([]calc.FSARule{"", calc.FSACarryover, calc.FSAGrace}).Draw(t, "fsaRule")
			if a.FSARule == calc.FSACarryover {
				a.Carryover = calc.Cents(carryoverDefault(&s).N)
				if rapid.Bool().Draw(t, "ownCarryover") {
					a.Carryover = money("carryover")
				}
			}
		}
		return s
	})
}

func FuzzParse(f *testing.F) {
	addScenarioSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := Parse("fuzz.yaml", data)
		if err != nil {
			var es *Errors
			if !errors.As(err, &es) || len(*es) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty *Errors", err, err)
			}
			return
		}
		requireRoundTrip(t, s)
	})
}

func FuzzValidateField(f *testing.F) {
	for i, text := range []string{"1500", "$1,500.50", "1,50", "0.295", "20%", "-$5", "$-$5", "hdhp", "Physical therapy",
		"yes", "", " ", "1e3", "365", "366", "2027", "\xff", "null", "100.01 %%"} {
		f.Add(uint(i), text)
	}
	f.Fuzz(func(t *testing.T, index uint, text string) {
		spec := Fields[index%uint(len(Fields))]
		err := ValidateField(spec.Path, text)
		clean := NormalizeTyped(spec.Kind, text)
		if again := NormalizeTyped(spec.Kind, clean); again != clean {
			t.Fatalf("NormalizeTyped(%v) not idempotent: %q → %q → %q", spec.Kind, text, clean, again)
		}
		if (ValidateField(spec.Path, clean) == nil) != (err == nil) {
			t.Fatalf("%s: %q and its normal form %q validate differently", spec.Path, text, clean)
		}
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != spec.Path || fe.Problem == "" {
				t.Fatalf("%s %q: bad error %#v", spec.Path, text, err)
			}
			return
		}
		// an accepted answer reads back, in a file, as a value of the field
		if clean == "" || spec.Kind == KindText {
			return
		}
		if _, _, problem := checkValue(spec, Value{Text: clean}); problem != "" {
			t.Fatalf("%s: %q accepted but %q is not: %s", spec.Path, text, clean, problem)
		}
	})
}

// Amounts are written as people write them: whole dollars alone, cents with
// both digits.
func TestMarshalMoneyDigits(t *testing.T) {
	for cents, want := range map[calc.Cents]string{150000: "1500", 20290: "202.90", 9551: "95.51", 29: "0.29", 0: "0"} {
		if got := plainAmount(int64(cents)); got != want {
			t.Errorf("%d cents written %q, want %q", cents, got, want)
		}
	}
	data, err := Marshal(Preset(calc.Medicare)) // the 2026 Part B premium, $202.90
	if err != nil || !strings.Contains(string(data), "premium_monthly: 202.90\n") {
		t.Errorf("%v\n%s", err, data)
	}
}
