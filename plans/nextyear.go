package plans

import (
	"strings"

	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text"
)

// next_year is the plan after it renews (docs/cost-rules.md, "The reset"):
// a whole plan section, its rows derived here from the plan's own rows, so
// a plan field added to the table is a next_year field too, with no copy.
// A next_year field left out is this plan year's figure (the plan renews as
// it is but for what the file says), except where the plan year stands
// (deductible met, out-of-pocket spent, visits used, other spending, what
// the plan paid toward a therapy maximum): that starts again from 0. Its
// type is required in the section (a file written by carecost always says
// it), so a next_year section is never empty.

// nextYearPrefix is where next_year's fields live.
const nextYearPrefix = "next_year."

// standing marks a plan row that says where this plan year stands: the
// next year starts it again from 0.
func (f FieldSpec) standing() FieldSpec { f.isStanding = true; return f }

// notRenewed marks a plan row that belongs to the plan year itself, not to
// one year's plan (its start): next_year has no such field.
func (f FieldSpec) notRenewed() FieldSpec { f.yearOwn = true; return f }

// withNextYear appends to rows a next_year row for each plan row.
func withNextYear(rows []FieldSpec) []FieldSpec {
	out := rows
	for _, f := range rows {
		if strings.HasPrefix(f.Path, "plan.") && !f.yearOwn {
			out = append(out, nextYearRow(f))
		}
	}
	return out
}

// onNextYear runs fn on s with its plan and next year's plan swapped, then
// swaps them back, keeping what fn changed: a plan row's accessor, pointed
// at next_year. Swapping in place, not copying the scenario, keeps a
// file's reading free of a scenario allocated per next_year field.
func onNextYear(s *calc.Scenario, fn func(t *calc.Scenario)) {
	swapPlans(s)
	fn(s)
	swapPlans(s)
}

func swapPlans(s *calc.Scenario) { s.Plan, s.NextYear.Plan = s.NextYear.Plan, s.Plan }

// nextYearRow is the next_year row of the plan row f.
func nextYearRow(f FieldSpec) FieldSpec {
	planRow := f
	n := f
	n.Path = nextYearPrefix + strings.TrimPrefix(f.Path, "plan.")
	n.acc = access{
		get: func(s *calc.Scenario) FieldValue {
			swapPlans(s)
			v := planRow.Get(s)
			swapPlans(s)
			return v
		},
		put: func(s *calc.Scenario, v FieldValue) {
			swapPlans(s)
			planRow.Put(s, v)
			swapPlans(s)
		},
	}
	// written only with a next year; what the plan row leaves out for its
	// own default (an allowed amount of 0 while nothing is covered) is
	// written here when it differs from this year's, next_year's default
	n.keepOut = func(s *calc.Scenario) bool { return !s.NextYear.Set }
	n.Required = false
	n.omitDefault = true
	switch {
	case f.Path == "plan.type":
		// required in the section, written whenever it is: next_year says
		// which plan renews, and a section with only the type is "the same
		// plan again, from 0"
		n.omitDefault = false
		n.Default = "required in next_year"
	case f.isStanding:
		n.from, n.defaultFn, n.Default = "", nil, "0: the new plan year starts again"
		n.zero = f.zero
	default:
		n.from, n.defaultFn, n.Default = f.Path, nil, "this plan year's, "+f.Path
		n.Empty = "as this year"
	}
	n.Help = "Next plan year: " + txt.LowerFirst(f.Help)
	switch {
	case strings.HasSuffix(f.Title, "?"):
		n.Title = "Next year: " + txt.LowerFirst(f.Title)
	default:
		n.Title = "Next year's " + txt.LowerFirst(f.Title)
	}
	if noun, ok := strings.CutPrefix(f.Noun, "the "); ok {
		n.Noun = "next year's " + noun
	} else if f.Noun != "" {
		n.Noun = "next year's " + f.Noun
	}
	n.Explain = ""
	return n
}

// isNextYear reports a next_year field.
func isNextYear(path string) bool { return strings.HasPrefix(path, nextYearPrefix) }

// nextYearRules: a next_year section written makes the next year's plan
// (docs/cost-rules.md, "The reset"): its type is required, it needs a
// first visit's date (without dates there is one plan year, and the plan
// never renews), and its figures obey the plan's rules among them. Left
// out, the same plan renews and NextYear stays unset.
func (r *scenarioResolver) nextYearRules(s *calc.Scenario) {
	if !r.sectionWritten("next_year") {
		s.NextYear = calc.NextYear{}
		return
	}
	s.NextYear.Set = true
	r.missing("next_year.type", "required in next_year: the plan that renews")
	if s.Care.StartDate.IsZero() && !r.bad["care.start_date"] {
		r.fail("next_year", r.v["next_year"], "is used only with care.start_date: without dates the therapy is one plan year, so the plan never renews",
			"write care.start_date, or leave next_year out")
	}
	p := &s.NextYear.Plan
	r.costSharing(&p.InNetwork, "next_year.in_network")
	r.costSharing(&p.OutOfNetwork.CostSharing, "next_year.out_of_network")
	if !r.has("next_year.type") {
		return
	}
	if !planTypesWithoutOOPMax[p.Type] && !p.InNetwork.OOPMax.Set && !r.bad["next_year.in_network.oop_max"] {
		r.fail("next_year.in_network.oop_max", r.where("next_year.in_network.oop_max"),
			"is missing (a "+string(p.Type)+" plan has an in-network out-of-pocket maximum; only medicare, workers_comp, auto_pip and none may leave it out)",
			withoutNullHint(Fields[fieldIndex["next_year.in_network.oop_max"]].Allowed()))
	}
	// an allowed amount this year's plan has written is next year's too
	if p.Type != calc.NoPlan && p.OutOfNetwork.Covered && p.OutOfNetwork.Allowed == 0 && !r.has("next_year.out_of_network.allowed") &&
		!r.has("plan.out_of_network.allowed") {
		r.missing("next_year.out_of_network.allowed", "required when out-of-network care is covered")
	}
}
