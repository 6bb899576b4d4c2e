package plans

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// Every bound of plausibility is tested at the bound (no warning) and one
// unit above it (a warning naming the field): one cent for money, one basis
// point for a rate, one for a count.
func TestUnusualWarningsAtTheBounds(t *testing.T) {
	ppo := func(year int, tier calc.Coverage) calc.Scenario {
		s := Preset(calc.PPO) // every figure well inside the bounds
		s.Year, s.Plan.Coverage = year, tier
		s.Account = calc.Account{Kind: calc.HSA, Balance: 100000, TaxRate: 2965}
		return s
	}
	cases := []struct {
		name  string
		path  string
		at    int64 // the bound: no warning
		set   func(s *calc.Scenario, v int64)
		year  int
		tier  calc.Coverage
		extra func(s *calc.Scenario)
	}{
		// $1,000.00 = 100000 cents, for every price or fee of a visit
		{"charge", "care.in_network.charge", 100000, func(s *calc.Scenario, v int64) { s.Care.InNetwork.Charge = calc.Cents(v) }, 2027, calc.Self, nil},
		{"allowed", "care.in_network.allowed", 100000, func(s *calc.Scenario, v int64) { s.Care.InNetwork.Allowed = calc.Cents(v) }, 2027, calc.Self, nil},
		{"self-pay", "care.in_network.self_pay", 100000, func(s *calc.Scenario, v int64) { s.Care.InNetwork.SelfPay = calc.Cents(v) }, 2027, calc.Self, nil},
		{"cash rate", "care.out_of_network.cash_rate", 100000, func(s *calc.Scenario, v int64) { s.Care.OutOfNetwork.CashRate = calc.Cents(v) }, 2027, calc.Self, nil},
		{"concierge fee", "care.concierge.fee", 100000, func(s *calc.Scenario, v int64) { s.Care.Concierge.Fee = calc.Cents(v) }, 2027, calc.Self, nil},
		{"travel fee", "care.concierge.travel_fee", 100000, func(s *calc.Scenario, v int64) { s.Care.Concierge.TravelFee = calc.Cents(v) }, 2027, calc.Self, nil},
		{"oon allowed", "plan.out_of_network.allowed", 100000, func(s *calc.Scenario, v int64) { s.Plan.OutOfNetwork.Allowed = calc.Cents(v) }, 2027, calc.Self, nil},
		{"copay", "plan.in_network.copay", 100000, func(s *calc.Scenario, v int64) { s.Plan.InNetwork.Copay = calc.Cents(v) }, 2027, calc.Self, nil},
		// a deductible: the ACA limit of the year and tier; 2027 self
		// $12,000.00 = 1200000 cents, 2027 family $24,000.00, 2026 self
		// $10,600.00
		{"deductible 2027 self", "plan.in_network.deductible", 1200000, func(s *calc.Scenario, v int64) {
			s.Plan.InNetwork.Deductible = calc.Cents(v)
			s.Plan.InNetwork.OOPMax = calc.Cap(calc.Cents(v)) // a maximum not below it
		}, 2027, calc.Self, nil},
		{"deductible 2027 family", "plan.in_network.deductible", 2400000, func(s *calc.Scenario, v int64) {
			s.Plan.InNetwork.Deductible = calc.Cents(v)
			s.Plan.InNetwork.OOPMax = calc.Cap(calc.Cents(v))
		}, 2027, calc.Family, nil},
		{"deductible 2026 self", "plan.in_network.deductible", 1060000, func(s *calc.Scenario, v int64) {
			s.Plan.InNetwork.Deductible = calc.Cents(v)
			s.Plan.InNetwork.OOPMax = calc.Cap(calc.Cents(v))
		}, 2026, calc.Self, nil},
		{"oon deductible", "plan.out_of_network.deductible", 1200000, func(s *calc.Scenario, v int64) {
			s.Plan.OutOfNetwork.Deductible = calc.Cents(v)
			s.Plan.OutOfNetwork.OOPMax = calc.Cap(calc.Cents(v))
		}, 2027, calc.Self, nil},
		// 200 visits
		{"visits", "care.visits", 200, func(s *calc.Scenario, v int64) { s.Care.Visits = int(v) }, 2027, calc.Self, nil},
		{"concierge sessions", "care.concierge.visits", 200, func(s *calc.Scenario, v int64) { s.Care.Concierge.Visits = int(v) }, 2027, calc.Self, nil},
		{"visits used", "plan.visits_used", 200, func(s *calc.Scenario, v int64) { s.Plan.VisitsUsed = int(v) }, 2027, calc.Self, nil},
		// 180 minutes, 180 days
		{"minutes", "care.concierge.minutes", 180, func(s *calc.Scenario, v int64) { s.Care.Concierge.Minutes = int(v) }, 2027, calc.Self, nil},
		{"days", "care.out_of_network.reimbursement_days", 180, func(s *calc.Scenario, v int64) { s.Care.OutOfNetwork.ReimbursementDays = int(v) }, 2027, calc.Self, nil},
		// $5,000.00 a month for the plan, $1,000.00 for a policy
		{"plan premium", "plan.premium_monthly", 500000, func(s *calc.Scenario, v int64) { s.Plan.PremiumMonthly = calc.Cents(v) }, 2027, calc.Self, nil},
		{"policy premium", "supplemental.premium_monthly", 100000, func(s *calc.Scenario, v int64) { s.Supplemental.PremiumMonthly = calc.Cents(v) }, 2027, calc.Self,
			func(s *calc.Scenario) { s.Supplemental.Kind = calc.Indemnity }},
		// 60 % = 6000 basis points; $100,000.00 in the account
		{"tax rate", "account.tax_rate", 6000, func(s *calc.Scenario, v int64) { s.Account.TaxRate = calc.BasisPoints(v) }, 2027, calc.Self, nil},
		{"balance", "account.balance", 10000000, func(s *calc.Scenario, v int64) { s.Account.Balance = calc.Cents(v) }, 2027, calc.Self, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range []int64{c.at, c.at + 1} {
				s := ppo(c.year, c.tier)
				if c.extra != nil {
					c.extra(&s)
				}
				c.set(&s, v)
				ws := UnusualWarnings(s)
				if v == c.at {
					if len(ws) != 0 {
						t.Errorf("at the bound %d: %+v", v, ws)
					}
					continue
				}
				if len(ws) != 1 || ws[0].Field != c.path || int64(ws[0].Amount) != v || int64(ws[0].Limit) != c.at {
					t.Fatalf("one above the bound (%d): %+v, want one warning on %s with limit %d", v, ws, c.path, c.at)
				}
				if text := WarningText(ws[0]); !strings.Contains(text, "unusually high") || !strings.HasSuffix(text, ".") {
					t.Errorf("%q", text)
				}
			}
		})
	}
}

// A figure that means nothing in the scenario is never questioned: an
// out-of-network figure without out-of-network benefits, another kind's
// policy field, an account field without an account, plan figures with no
// plan.
func TestUnusualOnlyWhereTheFigureCounts(t *testing.T) {
	s := Preset(calc.HMO) // no out-of-network benefits
	s.Plan.OutOfNetwork.Deductible = 5000000
	s.Plan.OutOfNetwork.Allowed = 5000000
	s.Supplemental = calc.Supplemental{Kind: calc.NoSupplemental, PerVisit: 5000000}
	s.Account = calc.Account{Kind: calc.NoAccount, TaxRate: 9000}
	if ws := UnusualWarnings(s); len(ws) != 0 {
		t.Errorf("figures that do not count were questioned: %+v", ws)
	}
	none := Preset(calc.NoPlan)
	none.Plan.InNetwork.Deductible = 5000000
	if ws := UnusualWarnings(none); len(ws) != 0 {
		t.Errorf("a plan figure without a plan was questioned: %+v", ws)
	}
}

// The walk-throughs' question names the amount as typed, the figure and
// the bound: 175 typed after a suggested 150 gave 150175, $150,175.00.
func TestUnusualAnswer(t *testing.T) {
	cases := []struct {
		path, text string
		year       int
		tier       calc.Coverage
		want       string // "" when the answer is not unusual
	}{
		{"care.in_network.charge", "150175", 0, calc.Self,
			"$150,175.00 is unusually high for the clinic's charge: therapy visits rarely cost more than $1,000.00. Keep it?"},
		{"care.in_network.charge", "$1,000.00", 0, calc.Self, ""},
		{"care.in_network.charge", "1000.01", 0, calc.Self, "$1,000.01 is unusually high for the clinic's charge: therapy visits rarely cost more than $1,000.00. Keep it?"},
		// 2026 family ACA limit: $21,200.00
		{"plan.in_network.deductible", "21200", 2026, calc.Family, ""},
		{"plan.in_network.deductible", "21200.01", 2026, calc.Family,
			"$21,200.01 is unusually high for the in-network deductible: it is above the 2026 ACA out-of-pocket limit of $21,200.00 for family coverage (HHS Notice of Benefit and Payment Parameters for 2026, as raised by the Marketplace Integrity and Affordability final rule of June 2025), which deductibles stay under. Keep it?"},
		{"care.visits", "201", 0, calc.Self, "201 is unusually high for the visits needed: a course of therapy rarely has more than 200 visits in a year. Keep it?"},
		{"account.tax_rate", "60.01%", 0, calc.Self, "60.01 % is unusually high for the tax rate: no combined income and payroll tax rate is above 60 %. Keep it?"},
		{"care.in_network.charge", "abc", 0, calc.Self, ""},  // not valid: validation speaks
		{"care.in_network.charge", "", 0, calc.Self, ""},     // empty
		{"name", "a very long name", 0, calc.Self, ""},       // no bound
		{"care.in_network.minutes", "181", 0, calc.Self, ""}, // 181 is over 180 …
	}
	cases[len(cases)-1].want = "181 is unusually high for the minutes of a clinic visit: therapy sessions rarely last more than 180 minutes. Keep it?"
	for _, c := range cases {
		got, unusual := UnusualAnswer(c.path, c.text, c.year, c.tier)
		if got != c.want || unusual != (c.want != "") {
			t.Errorf("%s %q: %q %v\nwant %q", c.path, c.text, got, unusual, c.want)
		}
	}
}

// The warning's sentence names the figure, the amount and the bound.
func TestUnusualWarningText(t *testing.T) {
	w := calc.Warning{Code: WarnUnusuallyHigh, Field: "care.concierge.fee", Amount: 2250000, Limit: 100000, Year: 2027}
	want := "The concierge session fee of $22,500.00 is unusually high: therapy visits rarely cost more than $1,000.00. Check it: the estimate uses it as given."
	if got := WarningText(w); got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
	// a deductible of a family plan names the family limit
	w = calc.Warning{Code: WarnUnusuallyHigh, Field: "plan.in_network.deductible", Amount: 3000000, Limit: 2400000, Year: 2027}
	if got := WarningText(w); !strings.Contains(got, "$24,000.00 for family coverage") || !strings.Contains(got, "$30,000.00") {
		t.Errorf("%q", got)
	}
}

// A figure the user never gave, only a default of another, is not
// questioned on its own: 175 typed after a suggested 150 gives a charge of
// $150,175.00 = 15017500 cents, above the $1,000.00 = 100000 cents of a
// visit, and the self-pay rate, left out, is that same 15017500 (it defaults
// to the charge): one warning, on the charge. A self-pay rate given apart
// is the user's and is questioned: $2,000.00 = 200000 > 100000. The same
// for the out-of-network visits, which default to the course's 250 > 200.
func TestUnusualNotTwiceForADefault(t *testing.T) {
	s := Preset(calc.PPO)
	s.Care.InNetwork.Charge, s.Care.InNetwork.SelfPay = 15017500, 15017500
	ws := UnusualWarnings(s)
	if len(ws) != 1 || ws[0].Field != "care.in_network.charge" || ws[0].Amount != 15017500 {
		t.Fatalf("a charge of $150,175.00 with the self-pay rate its default: %+v, want one warning, on the charge", ws)
	}

	s.Care.InNetwork.Charge, s.Care.InNetwork.SelfPay = 15000, 200000 // $150.00, $2,000.00
	ws = UnusualWarnings(s)
	if len(ws) != 1 || ws[0].Field != "care.in_network.self_pay" || ws[0].Amount != 200000 {
		t.Fatalf("a self-pay rate of $2,000.00 given apart: %+v, want one warning, on the self-pay rate", ws)
	}

	s = Preset(calc.PPO)
	s.Care.Visits, s.Care.OutOfNetwork.Visits = 250, 250
	ws = UnusualWarnings(s)
	if len(ws) != 1 || ws[0].Field != "care.visits" {
		t.Fatalf("250 visits, the out-of-network visits their default: %+v, want one warning, on care.visits", ws)
	}
}
