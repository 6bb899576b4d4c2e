package interview

import (
	"testing"

	"github.com/carecost/carecost/plans"
)

// The walk-throughs' one rule for a save: the answers' own file replaced
// without asking (Own, with its sum to find on disk), another file only on
// yes, a change on disk only on yes to that.
func TestRequest(t *testing.T) {
	s := plans.DemoScenario()
	w := Start(Options{Scenario: s, Path: "knee.yaml", FileSum: "sum"})
	for _, tt := range []struct {
		name           string
		path           string
		replace, force bool
		want           SaveRequest
	}{
		{"own", "knee.yaml", false, false, SaveRequest{Overwrite: true, Expect: "sum", Own: true}},
		{"own, cleaned", "./knee.yaml", false, false, SaveRequest{Overwrite: true, Expect: "sum", Own: true}},
		{"own, yes to comments", "knee.yaml", true, false, SaveRequest{Overwrite: true, Expect: "sum"}},
		{"own, yes to changed", "knee.yaml", false, true, SaveRequest{Overwrite: true}},
		{"other", "other.yaml", false, false, SaveRequest{}},
		{"other, yes", "other.yaml", true, false, SaveRequest{Overwrite: true}},
	} {
		got := w.Request(tt.path, s, tt.replace, tt.force)
		if got.Overwrite != tt.want.Overwrite || got.Expect != tt.want.Expect || got.Own != tt.want.Own || got.Path != tt.path {
			t.Errorf("%s: Request = %+v, want Overwrite %v Expect %q Own %v", tt.name, got, tt.want.Overwrite, tt.want.Expect, tt.want.Own)
		}
	}
	w.Saved("new.yaml", "newsum", s) // the answers belong to the file saved to now
	if got := w.Request("new.yaml", s, false, false); !got.Own || got.Expect != "newsum" {
		t.Errorf("after a save to new.yaml: %+v, want its own file", got)
	}
	if got := w.Request("knee.yaml", s, false, false); got.Own || got.Overwrite {
		t.Errorf("after a save elsewhere, the file opened: %+v, want asked about", got)
	}
}
