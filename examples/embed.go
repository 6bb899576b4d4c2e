// Package examples carries the ready scenarios of this directory inside the
// binary, so the start screen can offer them wherever carecost runs from.
package examples

import "embed"

// FS holds every example scenario (*.yaml) at its top level.
//
//go:embed *.yaml
var FS embed.FS
