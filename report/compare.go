package report

import (
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// Compare estimates s and gathers everything a report of it shows: the
// engine's warnings, the file's (fileWarnings, from plans.Parse) and those
// computed from the year's reference figures. The CLI and the dashboard both
// build their comparison here, so they show the same thing.
func Compare(s calc.Scenario, fileWarnings []calc.Warning, made time.Time) *Comparison {
	r := calc.Estimate(s)
	return CompareResult(s, &r, fileWarnings, made)
}

// CompareResult is Compare for a result already estimated.
func CompareResult(s calc.Scenario, r *calc.Result, fileWarnings []calc.Warning, made time.Time) *Comparison {
	var ws []calc.Warning
	ws = append(ws, fileWarnings...)
	ws = append(ws, r.Warnings...)
	ws = append(ws, plans.FigureWarnings(s, r)...)
	return &Comparison{
		Scenario:        s,
		Result:          r,
		Warnings:        ws,
		WarningText:     plans.WarningText,
		FiguresYear:     plans.PlanYear(s),
		PlanDescription: plans.PlanDescription(s.Plan.Type),
		Made:            made,
	}
}
