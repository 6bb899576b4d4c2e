package tui

import (
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// changes lists, for option i (its index in calc.OptionIDs), the inputs of
// now that differ from saved, read from the field table (each field says
// which options it changes): "visits needed 11 (was 10)". A field that
// means nothing in now (a switched-off policy's premium) is left out; the
// switch itself is listed.
func changes(now, saved *calc.Scenario, i int) []string {
	var out []string
	for _, f := range plans.Fields {
		if !f.Options.Has(i) || !plans.Relevant(f, now) {
			continue
		}
		if a, b := f.Get(now), f.Get(saved); a != b {
			out = append(out, f.Label()+" "+brief(f, a)+" (was "+brief(f, b)+")")
		}
	}
	return out
}

// brief is a value in a few words for a card: an amount, a rate, a count,
// yes or no; a choice by its name ("indemnity", "HSA", "PPO").
func brief(f plans.FieldSpec, v plans.FieldValue) string {
	if f.Kind != plans.KindEnum {
		return f.Format(v)
	}
	switch f.Path {
	case "plan.type":
		return plans.PlanTypeName(calc.PlanType(v.Text))
	case "account.kind":
		if v.Text != string(calc.NoAccount) {
			return strings.ToUpper(v.Text)
		}
	}
	return strings.ReplaceAll(v.Text, "_", " ")
}
