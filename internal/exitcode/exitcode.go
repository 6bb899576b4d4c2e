// Package exitcode names carecost's exit statuses (docs/scenario-format.md),
// which scripts depend on: the command line and the line-by-line mode both
// end with them. A stop signal gives 128 + its number (internal/stopsig).
package exitcode

const (
	OK          = 0
	Failure     = 1   // anything else
	BadScenario = 2   // a scenario that cannot be estimated
	Interrupted = 130 // ctrl+c
)
