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
type optVisit calc.Marker

func (m optVisit) MarshalJSON() ([]byte, error) {
	if !m.Set {
		return []byte("null"), nil
	}
	return json.Marshal(m.Value)
}

type jsonResult struct {
	// File is set in JSON Lines only (JSONLine: several files or a folder),
	// where each line must say which file it is.
	File         string       `json:"file,omitempty"`
	Schema       int          `json:"schema"`
	Name         string       `json:"name"`
	PlanPremiums money        `json:"plan_premiums"`
	Cheapest     string       `json:"cheapest"`
	Warnings     []string     `json:"warnings"`
	Options      []jsonOption `json:"options"`
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
}

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
}

// JSON writes the comparison as the JSON object of scenario-format.md,
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
		Schema: 1, Name: r.Name, PlanPremiums: money(r.PlanPremiums), Cheapest: string(r.Cheapest),
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
				Note: NoteText(l.Note),
			}
		}
		out.Options = append(out.Options, jo)
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
