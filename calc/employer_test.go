package calc

import (
	"reflect"
	"testing"
)

// An employer's HSA contribution (docs/cost-rules.md, "An employer's HSA
// contribution"): the worked example, and the boundaries where the
// deposit runs out and where the account does.

// employerBase: an HDHP at $100 a month, one in-network visit at x (charge
// = allowed), all of it to a $5,000 deductible, so the in-network option's
// qualified expenses are x; an HSA of balance and deposit.
func employerBase(x, balance, deposit Cents, rate BasisPoints) Scenario {
	s := rulesBase(1)
	s.Plan.Type, s.Plan.PremiumMonthly = HDHP, d(100)
	s.Plan.InNetwork = CostSharing{Deductible: d(5000), DeductibleApplies: true, OOPMax: Cap(d(8000))}
	s.Care.InNetwork = ClinicCare{Charge: x, Allowed: x, SelfPay: x, Minutes: 30}
	s.Account = Account{Kind: HSA, Balance: balance, EmployerContribution: deposit, TaxRate: rate}
	return s
}

func TestEmployerContribution(t *testing.T) {
	tests := []struct {
		name                    string
		x, balance, deposit     Cents
		rate                    BasisPoints
		paid, fromEmployer, tax Cents
		net, whole              Cents // whole: net + $1,200 of premiums − the deposit
		wantEmployerOnTheResult Cents
	}{
		// docs/cost-rules.md: $2,000 of care, $1,500 + $1,000, 25 %: the account
		// pays 2,000, 1,000 of it the deposit's; tax 25 % × 1,000 = 250; net
		// 2,000 − 250 = 1,750; whole 1,750 + 1,200 − 1,000 = 1,950.
		{"worked example", d(2000), d(1500), d(1000), Percent(25), d(2000), d(1000), d(250), d(1750), d(1950), d(1000)},
		// $600: all the deposit's, no tax: net 600, whole 600 + 1,200 − 1,000 = 800.
		{"care below the deposit", d(600), d(1500), d(1000), Percent(25), d(600), d(600), 0, d(600), d(800), d(1000)},
		// $3,000: the account pays its 2,500, tax 25 % × 1,500 = 375: net
		// 3,000 − 375 = 2,625, whole 2,625 + 200 = 2,825.
		{"care above the account", d(3000), d(1500), d(1000), Percent(25), d(2500), d(1000), d(375), d(2625), d(2825), d(1000)},
		// The deposit in the balance instead: tax 25 % × 2,000 = 500, net
		// 1,500, whole 1,500 + 1,200 = 2,700.
		{"the deposit typed as balance", d(2000), d(2500), 0, Percent(25), d(2000), 0, d(500), d(1500), d(2700), 0},

		// Where the deposit runs out ($1,000), at 50 % so one cent of the
		// patient's own shows: 0.5 ¢ of tax rounds half up to 1 ¢.
		{"one cent below the deposit", dc(999, 99), d(1500), d(1000), Percent(50), dc(999, 99), dc(999, 99), 0, dc(999, 99), dc(1199, 99), d(1000)},
		{"at the deposit", d(1000), d(1500), d(1000), Percent(50), d(1000), d(1000), 0, d(1000), d(1200), d(1000)},
		{"one cent above the deposit", dc(1000, 1), d(1500), d(1000), Percent(50), dc(1000, 1), d(1000), 1, d(1000), d(1200), d(1000)},
		// Where the account runs out ($2,500): 2,499.99 pays 1,499.99 of the
		// patient's own, 50 % = 749.995 → 750.00, net 1,749.99, whole 1,949.99;
		// 2,500 pays 1,500, tax 750, net 1,750; 2,500.01 pays only 2,500: net
		// 1,750.01.
		{"one cent below the account", dc(2499, 99), d(1500), d(1000), Percent(50), dc(2499, 99), d(1000), d(750), dc(1749, 99), dc(1949, 99), d(1000)},
		{"at the account", d(2500), d(1500), d(1000), Percent(50), d(2500), d(1000), d(750), d(1750), d(1950), d(1000)},
		{"one cent above the account", dc(2500, 1), d(1500), d(1000), Percent(50), d(2500), d(1000), d(750), dc(1750, 1), dc(1950, 1), d(1000)},
		// No deposit: as before, 50 % of the 1,500 the balance pays.
		{"no deposit", d(2000), d(1500), 0, Percent(50), d(1500), 0, d(750), d(1250), d(2450), 0},
		// A negative deposit (no valid file has one) is none.
		{"a negative deposit", d(2000), d(1500), -d(1000), Percent(50), d(1500), 0, d(750), d(1250), d(2450), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Estimate(employerBase(tt.x, tt.balance, tt.deposit, tt.rate))
			o := r.Option(InNetworkClinic)
			if o.OutOfPocket != tt.x || o.PaidFromAccount != tt.paid || o.FromEmployer != tt.fromEmployer ||
				o.TaxSavings != tt.tax || o.NetCost != tt.net {
				t.Errorf("out of pocket %v (want %v), paid %v (want %v), from the employer %v (want %v), tax %v (want %v), net %v (want %v)",
					o.OutOfPocket, tt.x, o.PaidFromAccount, tt.paid, o.FromEmployer, tt.fromEmployer, o.TaxSavings, tt.tax, o.NetCost, tt.net)
			}
			if r.EmployerContribution != tt.wantEmployerOnTheResult || r.PlanPremiums != d(1200) ||
				o.NetCost+r.PlanCost() != tt.whole {
				t.Errorf("employer contribution %v (want %v), premiums %v, whole %v (want %v)",
					r.EmployerContribution, tt.wantEmployerOnTheResult, r.PlanPremiums, o.NetCost+r.PlanCost(), tt.whole)
			}
			checkIdentities(t, &r)
		})
	}
}

// Only an HSA takes the deposit: beside an FSA or no account the engine
// reads none (plans refuses such a file; the engine survives it).
func TestEmployerContributionOnlyWithAnHSA(t *testing.T) {
	for _, kind := range []AccountKind{FSA, NoAccount, ""} {
		s := employerBase(d(2000), d(1500), d(1000), Percent(50))
		s.Account.Kind = kind
		without := s
		without.Account.EmployerContribution = 0
		r, w := Estimate(s), Estimate(without)
		if r.EmployerContribution != 0 || r.PlanCost() != d(1200) || !reflect.DeepEqual(r.Options, w.Options) {
			t.Errorf("%q: the deposit counted: %v, plan cost %v", kind, r.EmployerContribution, r.PlanCost())
		}
	}
}
