// Package examples carries the ready scenarios of this directory inside the
// binary, so the start screen can offer them wherever carecost runs from.
package examples

import "embed"

// FS holds every example scenario: those at its top level (*.yaml), which
// the start screen lists, and the plans to compare in open-enrollment/,
// which the compare screen offers beside a plan that shares their care.
//
//go:embed *.yaml open-enrollment/*.yaml open-enrollment/20-30-visits/*.yaml
var FS embed.FS
