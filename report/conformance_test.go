package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// TestConformance runs the 24 conformance scenarios of the specification
// through the real path — parse, estimate, print JSON — and compares every
// figure of cNN.expected.json to the cent. Numbers are compared as exact
// decimals (json.Number → cents), never as floats.
func TestConformance(t *testing.T) {
	files, _ := filepath.Glob("../testdata/conformance/c[0-9][0-9].json")
	if len(files) != 24 {
		t.Fatalf("found %d conformance scenarios, want 24", len(files))
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s, warnings, err := plans.Parse(file, data)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			r := calc.Estimate(s)
			var out bytes.Buffer
			if err := JSON(&out, &Comparison{Scenario: s, Result: &r, Warnings: warnings}); err != nil {
				t.Fatal(err)
			}
			got := decodeNumbers(t, out.Bytes())
			want := decodeNumbers(t, mustRead(t, strings.TrimSuffix(file, ".json")+".expected.json"))
			if got["cheapest"] != want["cheapest"] {
				t.Errorf("cheapest %v, want %v", got["cheapest"], want["cheapest"])
			}
			gotOptions, wantOptions := got["options"].([]any), want["options"].([]any)
			for i, wo := range wantOptions {
				wantOption := wo.(map[string]any)
				gotOption := gotOptions[i].(map[string]any)
				for field, wv := range wantOption {
					gv := gotOption[field]
					if field == "without_supplemental" {
						wv, gv = wv.(map[string]any)["net_cost"], gv.(map[string]any)["net_cost"]
					}
					if !sameValue(gv, wv) {
						t.Errorf("%s.%s = %v, want %v", wantOption["id"], field, gv, wv)
					}
				}
			}
		})
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func decodeNumbers(t *testing.T, data []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
	return v
}

// sameValue compares JSON values, numbers as exact decimals: 2416.5 and
// 2416.50 are the same, 0.0 and 0 too.
func sameValue(a, b any) bool {
	an, aok := a.(json.Number)
	bn, bok := b.(json.Number)
	if aok && bok {
		x, err1 := calc.ParseDecimal(an.String())
		y, err2 := calc.ParseDecimal(bn.String())
		return err1 == nil && err2 == nil && x == y
	}
	return a == b
}
