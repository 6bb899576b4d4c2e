package report

import (
	"regexp"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// An option that files no claims is never "not covered" in the table,
// which reads as a denial (issue 10, item 7): on an HMO (no out-of-network
// benefits) without a concierge superbill, the out-of-network and concierge
// columns of every claim row say "no claims"; in network, where the HMO
// covers all 24 visits inside its 30-visit limit, the rows keep their
// figures: no first visit past the limit ("none") and 0 visits not covered.
func TestTableSaysNoClaimsNotUncovered(t *testing.T) {
	out := tableOf(t, plans.Preset(calc.HMO))
	for _, row := range []string{
		`Deductible met +does not apply +no claims +no claims`, // the HMO preset's copays skip its deductible
		`Out-of-pocket max met +\S+ +no claims +no claims`,
		`First visit not covered +none +no claims +no claims`,
		`Visits not covered +0 +no claims +no claims`,
	} {
		if !regexp.MustCompile(`(?m)^` + row + `$`).MatchString(out) {
			t.Errorf("no row %q in\n%s", row, out)
		}
	}
}
