package plans

import (
	"reflect"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

func TestStarterScenarioParsesToThePreset(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		t.Run(string(pt), func(t *testing.T) {
			data, err := StarterScenario(pt)
			if err != nil {
				t.Fatal(err)
			}
			s, warnings, err := Parse("starter.yaml", data)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			if want := Preset(pt); !reflect.DeepEqual(s, want) {
				t.Errorf("starter parses to\n%+v\nwant\n%+v", s, want)
			}
			if len(warnings) != 0 {
				t.Errorf("warnings %+v", warnings)
			}
			text := string(data)
			if !strings.Contains(text, PlanDescription(pt)[:40]) {
				t.Error("the plan description is not at the top")
			}
			// Every field of the chosen kinds is named, with its help on the line above.
			lines := strings.Split(text, "\n")
			s0 := Preset(pt)
			for _, spec := range Fields {
				// next_year has every plan field: the starter shows what
				// it is and a few of them (nextYearExample)
				if isNextYear(spec.Path) && spec.Path != "next_year.type" && spec.Path != "next_year.in_network.deductible" &&
					(spec.Path != "next_year.in_network.oop_max" || !s0.Plan.InNetwork.OOPMax.Set) {
					continue
				}
				switch spec.Section() {
				case "supplemental":
					if !spec.BelongsTo(string(s0.Supplemental.Kind)) {
						continue
					}
				case "account":
					if !spec.BelongsTo(string(s0.Account.Kind)) {
						continue
					}
				}
				found := false
				for i, l := range lines {
					l = strings.TrimLeft(strings.TrimSpace(l), "# ")
					if strings.HasPrefix(l, spec.Name()+":") && i > 0 && strings.Contains(lines[i-1], spec.Help) {
						found = true
					}
				}
				if !found {
					t.Errorf("field %s is not shown with its help", spec.Path)
				}
			}
		})
	}
}

func TestStarterScenarioUnknownType(t *testing.T) {
	_, err := StarterScenario("ppo2")
	if err == nil || !strings.Contains(err.Error(), `"ppo2"`) || !strings.Contains(err.Error(), "medicare_advantage") {
		t.Errorf("error %v", err)
	}
}

// A starter without out-of-network benefits (hmo, epo, medicare_advantage,
// workers_comp) leaves the allowed amount commented out: switching to
// covered: true alone is refused (never an estimate where the plan pays $0
// because of an allowed amount nobody chose), and uncommenting the line
// gives a PPO's typical $110.
func TestStarterCoveredNeedsAllowed(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		if Preset(pt).Plan.OutOfNetwork.Covered || pt == calc.NoPlan {
			continue // under none nothing is covered, whatever covered says
		}
		t.Run(string(pt), func(t *testing.T) {
			data, err := StarterScenario(pt)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if strings.Count(text, "    covered: false\n") != 1 || strings.Count(text, "    # allowed: 110\n") != 1 {
				t.Fatalf("no covered: false / commented allowed: 110 in\n%s", text)
			}
			covered := strings.Replace(text, "    covered: false\n", "    covered: true\n", 1)
			_, _, err = Parse("starter.yaml", []byte(covered))
			if err == nil || !strings.Contains(err.Error(), "plan.out_of_network.allowed") {
				t.Fatalf("covered: true without allowed: err = %v", err)
			}
			withAllowed := strings.Replace(covered, "    # allowed: 110\n", "    allowed: 110\n", 1)
			s, _, err := Parse("starter.yaml", []byte(withAllowed))
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Plan.OutOfNetwork.Allowed; got != 11000 {
				t.Errorf("allowed = %d cents, want 11000", got)
			}
		})
	}
}

// The Original Medicare starter leaves year out, so it is estimated as 2027;
// docs/spec/reference-figures.md has no 2027 Part B figures yet, so its $202.90
// premium and $283 deductible are 2026's, and the file says so (no other
// starter carries a dated figure of its own).
func TestStarterSaysWhichYearsFigures(t *testing.T) {
	for _, pt := range calc.PlanTypes {
		data, err := StarterScenario(pt)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(strings.ReplaceAll(string(data), "\n#", "\n")), " ")
		says := strings.Contains(text, "not yet published")
		if pt != calc.Medicare {
			if says {
				t.Errorf("%s starter speaks of unpublished figures", pt)
			}
			continue
		}
		for _, want := range []string{
			"figures for 2027, the year used when `year` is left out",
			"Medicare Part B standard premium: $202.90 a month (2026 figure; 2027 not yet published",
			"Medicare Part B deductible: $283.00 (2026 figure; 2027 not yet published",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("the Medicare starter does not say %q:\n%s", want, data)
			}
		}
	}
}
