package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// account.employer_contribution (issue 13): read from a file beside an HSA
// only, within its bounds, written back only when set; and the warnings of
// the year's HSA limit. docs/cost-rules.md, "An employer's HSA
// contribution", gives the rule; calc/employer_test.go the arithmetic.

func hsaFields(changes map[string]string) map[string]string {
	all := map[string]string{"plan.type": "hdhp", "plan.in_network.deductible": "2000", "plan.in_network.oop_max": "5000",
		"account.kind": "hsa", "account.balance": "1500", "account.tax_rate": "25"}
	for k, v := range changes {
		all[k] = v
	}
	return scenarioWith(all)
}

func TestEmployerContributionFromAFile(t *testing.T) {
	s, _, err := parseFields(t, hsaFields(map[string]string{"account.employer_contribution": "1000"}))
	if err != nil {
		t.Fatal(err)
	}
	if s.Account.EmployerContribution != calc.Dollars(1000) {
		t.Errorf("read as %v", s.Account.EmployerContribution)
	}
	out, _ := Marshal(s)
	if !strings.Contains(string(out), "\n  employer_contribution: 1000\n") {
		t.Errorf("not written back:\n%s", out)
	}
	requireRoundTrip(t, s)
	// In network, 40 visits: the 20 the plan covers at $100 allowed all go
	// to the $2,000 deductible; the 20 past its 20-visit limit cost the
	// $120 self-pay rate, $2,400: $4,400 out of pocket. The account pays
	// all it can, $1,000 of the employer's and $1,500 of the patient's;
	// tax 25 % × $1,500 = $375.
	r := calc.Estimate(s)
	if o := r.Option(calc.InNetworkClinic); o.OutOfPocket != calc.Dollars(4400) || o.PaidFromAccount != calc.Dollars(2500) ||
		o.TaxSavings != calc.Dollars(375) || r.EmployerContribution != calc.Dollars(1000) {
		t.Errorf("out of pocket %v, paid %v, tax %v, employer %v", o.OutOfPocket, o.PaidFromAccount, o.TaxSavings, r.EmployerContribution)
	}

	// Left out: none, and not written.
	s, _, err = parseFields(t, hsaFields(nil))
	if err != nil || s.Account.EmployerContribution != 0 {
		t.Fatalf("%v, %v", s.Account.EmployerContribution, err)
	}
	if out, _ := Marshal(s); strings.Contains(string(out), "employer_contribution") {
		t.Errorf("written at its default:\n%s", out)
	}
}

// Its bounds, at and a cent beside each: 0 to $1,000,000.
func TestEmployerContributionBounds(t *testing.T) {
	for written, want := range map[string]calc.Cents{"0": 0, "0.01": 1, "1000000": calc.Dollars(1000000)} {
		s, _, err := parseFields(t, hsaFields(map[string]string{"account.employer_contribution": written}))
		if err != nil || s.Account.EmployerContribution != want {
			t.Errorf("%s: %v, %v", written, s.Account.EmployerContribution, err)
		}
	}
	allowed := "allowed: an amount in dollars from 0 to 1000000 with at most two decimals"
	for _, written := range []string{"-0.01", "1000000.01"} {
		_, _, err := parseFields(t, hsaFields(map[string]string{"account.employer_contribution": written}))
		expectMessage(t, err, "account.employer_contribution", allowed)
	}
	_, _, err := parseFields(t, hsaFields(map[string]string{"account.employer_contribution": "750.005"}))
	expectMessage(t, err, "account.employer_contribution", "750.005")
}

// Only beside an HSA: an FSA's employer money is its election, and no
// account has none.
func TestEmployerContributionOnlyBesideAnHSA(t *testing.T) {
	_, _, err := parseFields(t, hsaFields(map[string]string{"account.kind": "fsa", "account.employer_contribution": "500"}))
	expectMessage(t, err, "account.employer_contribution", "belongs to account kind hsa, but account.kind is fsa; allowed: remove it, or set account.kind: hsa")
	_, _, err = parseFields(t, hsaFields(map[string]string{"account.kind": omitField, "account.balance": omitField,
		"account.tax_rate": omitField, "account.employer_contribution": "500"}))
	expectMessage(t, err, "account.employer_contribution", "account.kind is none (the default: the file does not set it)")
}

// The year's HSA limit for the tier, at and a cent beside it: 2027 $4,500
// self-only and $9,000 family, 2026 $4,400 (docs/spec/reference-figures.md);
// without a year, the newest carried, 2027.
func TestEmployerContributionAboveTheLimit(t *testing.T) {
	code := WarnEmployerHSAAboveLimit
	with := func(year int, tier calc.Coverage, e calc.Cents) calc.Scenario {
		s := hdhp(year, tier, 350000, 700000) // within both tiers' 2026 and 2027 limits
		s.Account.EmployerContribution = e
		return s
	}
	for _, tt := range []struct {
		name string
		s    calc.Scenario
		want calc.Warning
	}{
		{"2027 self at the limit", with(2027, calc.Self, 450000), calc.Warning{}},
		{"2027 self a cent above", with(2027, calc.Self, 450001), calc.Warning{Code: code, Amount: 450001, Limit: 450000, Year: 2027}},
		{"2027 family at the limit", with(2027, calc.Family, 900000), calc.Warning{}},
		{"2027 family a cent above", with(2027, calc.Family, 900001), calc.Warning{Code: code, Amount: 900001, Limit: 900000, Year: 2027}},
		{"2026 self at the limit", with(2026, calc.Self, 440000), calc.Warning{}},
		{"2026 self a cent above", with(2026, calc.Self, 440001), calc.Warning{Code: code, Amount: 440001, Limit: 440000, Year: 2026}},
		{"no year: 2027's", with(0, calc.Self, 450001), calc.Warning{Code: code, Amount: 450001, Limit: 450000, Year: 2027}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectOne(t, FigureWarnings(tt.s, nil), code, tt.want)
			expectOne(t, FigureWarnings(tt.s, nil), WarnEmployerHSANotQualified, calc.Warning{})
		})
	}
	w := calc.Warning{Code: code, Amount: 900001, Limit: 900000, Year: 2027}
	want := "The employer's HSA contribution of $9,000.01 is above the 2027 IRS limit of $9,000.00 for family coverage (IRS Rev. Proc. 2026-24), " +
		"which counts the employer's contributions and yours together ($1,000.00 more from 55): check the figure with the employer."
	if got := WarningText(w); got != want {
		t.Errorf("text\n got %s\nwant %s", got, want)
	}
}

// Beside a plan that is not HSA-qualified the employer cannot pay in: said
// after the HSA warning, only when there is a deposit.
func TestEmployerContributionBesideAPlanNotQualified(t *testing.T) {
	s := Preset(calc.PPO)
	s.Year = 2027
	s.Account = calc.Account{Kind: calc.HSA, Balance: 100000, EmployerContribution: 75000}
	ws := FigureWarnings(s, nil)
	expectOne(t, ws, WarnHSANotQualified, calc.Warning{Code: WarnHSANotQualified, Plan: calc.PPO, Amount: 100000, Year: 2027})
	expectOne(t, ws, WarnEmployerHSANotQualified, calc.Warning{Code: WarnEmployerHSANotQualified, Plan: calc.PPO, Amount: 75000})
	if got := WarningText(find(ws, WarnEmployerHSANotQualified)[0]); !strings.Contains(got, "its $750.00 contribution will not come, yet the figures count it") {
		t.Errorf("text %q", got)
	}
	s.Account.EmployerContribution = 0
	expectOne(t, FigureWarnings(s, nil), WarnEmployerHSANotQualified, calc.Warning{})
}
