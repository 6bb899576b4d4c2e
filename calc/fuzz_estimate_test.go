package calc_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// FuzzEstimate feeds scenario files to the parser and every one that
// validates to the engine: no panic, and the identities of
// docs/scenario-format.md hold on every option and ledger line.
func FuzzEstimate(f *testing.F) {
	for _, pattern := range []string{"../testdata/conformance/c??.json", "../examples/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("version: 1\nplan: {type: none}\ncare: {visits: 3, in_network: {charge: 0.29}, out_of_network: {cash_rate: 1}, concierge: {fee: 2}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := plans.Parse("fuzz.yaml", data)
		if err != nil {
			return
		}
		r := calc.Estimate(s)
		calc.CheckIdentities(t, &r)
	})
}
