package report

import (
	"encoding/json"
	"io"

	"github.com/carecost/carecost/calc"
)

// money marshals cents as a JSON number of dollars with at most two
// decimals, straight from the integer: no float on the way.
type money calc.Cents

func (m money) MarshalJSON() ([]byte, error) { return calc.Cents(m).AppendPlain(nil), nil }

// optMoney is money or null.
type optMoney calc.Limit[calc.Cents]

func (m optMoney) MarshalJSON() ([]byte, error) {
	if !m.Set {
		return []byte("null"), nil
	}
	return calc.Cents(m.Value).AppendPlain(nil), nil
}

// optVisit is a visit number or null.
type optVisit calc.OptionalVisit

func (m optVisit) MarshalJSON() ([]byte, error) {
	if !m.Set {
		return []byte("null"), nil
	}
	return json.Marshal(m.Value)
}

// The fields of issue 12 (dates, plan years, months, the range) are
// omitted when empty, so a scenario without its fields prints exactly as
// before.

type jsonResult struct {
	// File is set in JSON Lines only (JSONLine: several files or a folder),
	// where each line must say which file it is.
	File         string `json:"file,omitempty"`
	Schema       int    `json:"schema"`
	Name         string `json:"name"`
	PlanPremiums money  `json:"plan_premiums"`
	// Omitted at 0, so a scenario without one prints as before.
	EmployerContribution money        `json:"employer_contribution,omitempty"`
	Cheapest             string       `json:"cheapest"`
	Warnings             []string     `json:"warnings"`
	Options              []jsonOption `json:"options"`
	Range                *jsonRange   `json:"range,omitempty"`
}

type jsonOption struct {
	ID                   string      `json:"id"`
	Label                string      `json:"label"`
	Visits               int         `json:"visits"`
	Minutes              int         `json:"minutes"`
	Billed               money       `json:"billed"`
	WriteOff             money       `json:"write_off"`
	PlanPaid             money       `json:"plan_paid"`
	SupplementalPaid     money       `json:"supplemental_paid"`
	Fees                 money       `json:"fees"`
	PatientPaidUpfront   money       `json:"patient_paid_upfront"`
	Reimbursed           money       `json:"reimbursed"`
	OutOfPocket          money       `json:"out_of_pocket"`
	Premiums             money       `json:"premiums"`
	TaxSavings           money       `json:"tax_savings"`
	NetCost              money       `json:"net_cost"`
	PerVisit             money       `json:"per_visit"`
	PerHour              money       `json:"per_hour"`
	WithoutSupplemental  jsonWithout `json:"without_supplemental"`
	DeductibleMetAtVisit optVisit    `json:"deductible_met_at_visit"`
	OOPMaxMetAtVisit     optVisit    `json:"oop_max_met_at_visit"`
	FirstUncoveredVisit  optVisit    `json:"first_uncovered_visit"`
	UncoveredVisits      int         `json:"uncovered_visits"`
	Warnings             []string    `json:"warnings"`
	Ledger               []jsonLine  `json:"ledger"`

	ResetAtVisit        *int           `json:"reset_at_visit,omitempty"`
	PlanYears           []jsonPlanYear `json:"plan_years,omitempty"`
	Months              []jsonMonth    `json:"months,omitempty"`
	PeakCashOutstanding *money         `json:"peak_cash_outstanding,omitempty"`
	PeakCashOn          string         `json:"peak_cash_on,omitempty"`
}

type jsonPlanYear struct {
	PlanYear             int      `json:"plan_year"`
	StartsOn             string   `json:"starts_on"`
	FirstVisit           int      `json:"first_visit"`
	Visits               int      `json:"visits"`
	Billed               money    `json:"billed"`
	WriteOff             money    `json:"write_off"`
	PlanPaid             money    `json:"plan_paid"`
	SupplementalPaid     money    `json:"supplemental_paid"`
	Fees                 money    `json:"fees"`
	PatientPaidUpfront   money    `json:"patient_paid_upfront"`
	Reimbursed           money    `json:"reimbursed"`
	OutOfPocket          money    `json:"out_of_pocket"`
	PaidFromAccount      money    `json:"paid_from_account"`
	TaxSavings           money    `json:"tax_savings"`
	DeductibleMetAtVisit optVisit `json:"deductible_met_at_visit"`
	OOPMaxMetAtVisit     optVisit `json:"oop_max_met_at_visit"`
}

type jsonMonth struct {
	Month     string `json:"month"`
	MoneyOut  money  `json:"money_out"`
	MoneyBack money  `json:"money_back"`
}

type jsonRange struct {
	Fewest          int               `json:"fewest"`
	Likely          int               `json:"likely"`
	Most            int               `json:"most"`
	TotalWeight     int64             `json:"total_weight"`
	Options         []jsonRangeOption `json:"options"`
	CheapestChanges []jsonChange      `json:"cheapest_changes"`
}

type jsonRangeOption struct {
	ID                  string         `json:"id"`
	AtFewest            jsonRangePoint `json:"at_fewest"`
	AtLikely            jsonRangePoint `json:"at_likely"`
	AtMost              jsonRangePoint `json:"at_most"`
	P10                 money          `json:"p10"`
	P50                 money          `json:"p50"`
	P90                 money          `json:"p90"`
	CheapestWeight      int64          `json:"cheapest_weight"`
	ProbabilityCheapest percent        `json:"probability_cheapest"`
}

type jsonRangePoint struct {
	Visits  int   `json:"visits"`
	NetCost money `json:"net_cost"`
}

type jsonChange struct {
	Visits int    `json:"visits"`
	From   string `json:"from"`
	To     string `json:"to"`
}

// percent marshals basis points as a JSON number of percent: 1333 → 13.33.
type percent calc.BasisPoints

func (p percent) MarshalJSON() ([]byte, error) { return calc.Cents(p).AppendPlain(nil), nil }

type jsonWithout struct {
	NetCost money `json:"net_cost"`
}

type jsonLine struct {
	Visit               int      `json:"visit"`
	Covered             bool     `json:"covered"`
	Billed              money    `json:"billed"`
	WriteOff            money    `json:"write_off"`
	PlanPaid            money    `json:"plan_paid"`
	SupplementalPaid    money    `json:"supplemental_paid"`
	Fees                money    `json:"fees"`
	PatientPaidUpfront  money    `json:"patient_paid_upfront"`
	OutOfPocket         money    `json:"out_of_pocket"`
	DeductibleRemaining optMoney `json:"deductible_remaining"`
	OOPRemaining        optMoney `json:"oop_remaining"`
	Note                string   `json:"note"`

	VisitType   string `json:"visit_type,omitempty"`
	Date        string `json:"date,omitempty"`
	PlanYear    int    `json:"plan_year,omitempty"`
	MoneyBack   *money `json:"money_back,omitempty"`
	MoneyBackOn string `json:"money_back_on,omitempty"`
}

// JSON writes the comparison as the JSON object of docs/scenario-format.md,
// indented.
func JSON(w io.Writer, c *Comparison) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonOf(c))
}

// JSONLine writes the comparison as one line of JSON Lines: the object of
// JSON with the file it comes from first (`file`), on a single line, for
// `carecost estimate` of several files or a folder.
func JSONLine(w io.Writer, file string, c *Comparison) error {
	out := jsonOf(c)
	out.File = file
	enc := json.NewEncoder(w) // one value, then "\n": a line
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func jsonOf(c *Comparison) *jsonResult {
	r := c.Result
	out := &jsonResult{
		Schema: 1, Name: r.Name, PlanPremiums: money(r.PlanPremiums), EmployerContribution: money(r.EmployerContribution),
		Cheapest: string(r.Cheapest),
		Warnings: nonNil(c.scenarioWarnings()),
	}
	for i := range r.Options {
		o := &r.Options[i]
		jo := jsonOption{
			ID: string(o.ID), Label: o.ID.Label(), Visits: o.Visits, Minutes: o.Minutes,
			Billed: money(o.Billed), WriteOff: money(o.WriteOff), PlanPaid: money(o.PlanPaid),
			SupplementalPaid: money(o.SupplementalPaid), Fees: money(o.Fees),
			PatientPaidUpfront: money(o.PatientPaidUpfront), Reimbursed: money(o.Reimbursed),
			OutOfPocket: money(o.OutOfPocket), Premiums: money(o.Premiums), TaxSavings: money(o.TaxSavings),
			NetCost: money(o.NetCost), PerVisit: money(o.PerVisit), PerHour: money(o.PerHour),
			WithoutSupplemental:  jsonWithout{NetCost: money(o.WithoutSupplementalNetCost)},
			DeductibleMetAtVisit: optVisit(o.DeductibleMetAtVisit), OOPMaxMetAtVisit: optVisit(o.OOPMaxMetAtVisit),
			FirstUncoveredVisit: optVisit(o.FirstUncoveredVisit), UncoveredVisits: o.UncoveredVisits,
			Warnings: []string{}, Ledger: make([]jsonLine, len(o.Ledger)),
		}
		for _, w := range o.Warnings {
			jo.Warnings = append(jo.Warnings, c.text(w))
		}
		for k := range o.Ledger {
			l := &o.Ledger[k]
			jo.Ledger[k] = jsonLine{
				Visit: l.Visit, Covered: l.Covered, Billed: money(l.Billed), WriteOff: money(l.WriteOff),
				PlanPaid: money(l.PlanPaid), SupplementalPaid: money(l.SupplementalPaid), Fees: money(l.Fees),
				PatientPaidUpfront: money(l.PatientPaidUpfront), OutOfPocket: money(l.OutOfPocket),
				DeductibleRemaining: optMoney(l.DeductibleRemaining), OOPRemaining: optMoney(l.OOPRemaining),
				Note: NoteText(l.Note), VisitType: l.Kind.String(), Date: l.Date.String(), PlanYear: l.PlanYear,
				MoneyBackOn: l.MoneyBackOn.String(),
			}
			if !l.MoneyBackOn.IsZero() {
				back := money(l.Reimbursed)
				jo.Ledger[k].MoneyBack = &back
			}
		}
		addDated(&jo, o)
		out.Options = append(out.Options, jo)
	}
	if rr, ok := c.RangeResult(); ok {
		out.Range = jsonRangeOf(rr)
	}
	return out
}

func (c *Comparison) scenarioWarnings() []string {
	var out []string
	for _, w := range c.Warnings {
		out = append(out, c.text(w))
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// addDated adds an option's plan years, months and peak cash: a dated
// scenario's only.
func addDated(jo *jsonOption, o *calc.Option) {
	if o.ResetAtVisit.Set {
		v := o.ResetAtVisit.Value
		jo.ResetAtVisit = &v
	}
	for _, y := range o.PlanYears {
		jo.PlanYears = append(jo.PlanYears, jsonPlanYear{
			PlanYear: y.Year, StartsOn: y.Start.String(), FirstVisit: y.FirstVisit, Visits: y.Visits,
			Billed: money(y.Billed), WriteOff: money(y.WriteOff), PlanPaid: money(y.PlanPaid),
			SupplementalPaid: money(y.SupplementalPaid), Fees: money(y.Fees), PatientPaidUpfront: money(y.PatientPaidUpfront),
			Reimbursed: money(y.Reimbursed), OutOfPocket: money(y.OutOfPocket),
			PaidFromAccount: money(y.PaidFromAccount), TaxSavings: money(y.TaxSavings),
			DeductibleMetAtVisit: optVisit(y.DeductibleMetAtVisit), OOPMaxMetAtVisit: optVisit(y.OOPMaxMetAtVisit),
		})
	}
	for _, m := range o.Months {
		month := calc.MakeDate(m.Year, m.Month, 1).String()[:7]
		jo.Months = append(jo.Months, jsonMonth{Month: month, MoneyOut: money(m.Out), MoneyBack: money(m.Back)})
	}
	if len(o.Months) > 0 {
		peak := money(o.PeakCashOutstanding)
		jo.PeakCashOutstanding = &peak
		jo.PeakCashOn = o.PeakCashOn.String()
	}
}

func jsonRangeOf(r *calc.RangeResult) *jsonRange {
	out := &jsonRange{Fewest: r.Range.Fewest, Likely: r.Range.Likely, Most: r.Range.Most, TotalWeight: r.TotalWeight,
		CheapestChanges: []jsonChange{}}
	for i, o := range r.Options {
		out.Options = append(out.Options, jsonRangeOption{
			ID:       string(o.ID),
			AtFewest: jsonRangePoint{o.Fewest.Visits, money(o.Fewest.NetCost)},
			AtLikely: jsonRangePoint{o.Likely.Visits, money(o.Likely.NetCost)},
			AtMost:   jsonRangePoint{o.Most.Visits, money(o.Most.NetCost)},
			P10:      money(o.P10), P50: money(o.P50), P90: money(o.P90),
			CheapestWeight: o.CheapestWeight, ProbabilityCheapest: percent(r.CheapestPercent(i)),
		})
	}
	for _, ch := range r.Changes {
		out.CheapestChanges = append(out.CheapestChanges, jsonChange{Visits: ch.Visits, From: string(ch.From), To: string(ch.To)})
	}
	return out
}
