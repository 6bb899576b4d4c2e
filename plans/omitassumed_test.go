package plans

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/carecost/carecost/calc"
)

// figurePaths are every amount, rate and count of Fields: the most a
// walk-through can have assumed (what does not apply is written or left out
// as ever).
func figurePaths() []string {
	var out []string
	for _, f := range Fields {
		switch f.Kind {
		case KindMoney, KindPercent, KindCount:
			if f.Path != "version" {
				out = append(out, f.Path)
			}
		}
	}
	return out
}

// omittingScenarios are the presets of every plan type, the demo and the
// examples.
func omittingScenarios(t *testing.T) map[string]calc.Scenario {
	t.Helper()
	out := map[string]calc.Scenario{"demo": DemoScenario()}
	for _, pt := range calc.PlanTypes {
		out["preset "+string(pt)] = Preset(pt)
	}
	files, _ := filepath.Glob("../examples/*.yaml")
	more, _ := filepath.Glob("../examples/*/*.yaml")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := Parse(f, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[f] = s
	}
	if len(out) < 10 {
		t.Fatalf("only %d scenarios", len(out))
	}
	return out
}

// A file saved leaving out its assumed figures reads back to the same
// scenario, to the cent, and marks exactly the figures left out as assumed;
// every assumed figure it writes is one whose absence would read back as
// another value (or not assume it), tried one at a time.
func TestSavedAssumedFiguresReadBackAssumed(t *testing.T) {
	all := figurePaths()
	for name, s := range omittingScenarios(t) {
		for _, file := range []string{"s.yaml", "s.json"} {
			omitted := OmittedAssumed(s, all)
			data, err := MarshalFileOmitting(file, s, all)
			if err != nil {
				t.Fatalf("%s %s: %v", name, file, err)
			}
			back, _, err := Parse(file, data)
			if err != nil {
				t.Fatalf("%s %s: does not read back: %v\n%s", name, file, err, data)
			}
			if back != s {
				t.Errorf("%s %s: reads back as another scenario:\n%s", name, file, data)
			}
			if got := DefaultsAssumed(file, data); !slices.Equal(got, omitted) {
				t.Errorf("%s %s: read back assumes %v, want the figures left out %v", name, file, got, omitted)
			}
			// the oracle: each figure alone, left out by hand
			for _, p := range all {
				one, err := marshalFile(file, s, map[string]bool{p: true})
				if err != nil {
					t.Fatal(err)
				}
				b, _, err := Parse(file, one)
				same := err == nil && b == s && slices.Contains(DefaultsAssumed(file, one), p)
				if same != slices.Contains(omitted, p) {
					t.Errorf("%s %s: %s left out reads back the same and assumed: %v; OmittedAssumed says %v", name, file, p, same, !same)
				}
			}
		}
	}
}

// Worked by hand from plans/presets.go: the PPO preset's visits are 30
// minutes in network (the default, 30), an hour out of network and at home
// (defaults 60), money back after 30 days (default 30): all four are left
// out. Medicare's visits are 45 minutes in and out of network, not the
// defaults 30 and 60, so those two are written; a figure the user gave (not
// in the assumed list) is always written.
func TestOmittedAssumedByHand(t *testing.T) {
	all := figurePaths()
	want := []string{"care.in_network.minutes", "care.out_of_network.minutes", "care.concierge.minutes", "care.out_of_network.reimbursement_days"}
	if got := OmittedAssumed(Preset(calc.PPO), all); !slices.Equal(got, want) {
		t.Errorf("PPO preset: left out %v, want %v", got, want)
	}
	want = []string{"care.concierge.minutes", "care.out_of_network.reimbursement_days"}
	if got := OmittedAssumed(Preset(calc.Medicare), all); !slices.Equal(got, want) {
		t.Errorf("Medicare preset: left out %v, want %v", got, want)
	}
	given := []string{"care.in_network.allowed", "care.concierge.minutes"} // the rest typed
	if got := OmittedAssumed(Preset(calc.PPO), given); !slices.Equal(got, []string{"care.concierge.minutes"}) {
		t.Errorf("PPO preset, two assumed: left out %v, want the concierge's minutes only", got)
	}
	if got := OmittedAssumed(Preset(calc.PPO), nil); got != nil {
		t.Errorf("nothing assumed: left out %v", got)
	}
}
