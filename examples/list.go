package examples

import (
	"io/fs"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// Example is one ready scenario carried in the binary.
type Example struct {
	File string // its path here, "tkr-ppo.yaml", "open-enrollment/2027-ppo.yaml"
	Name string // the scenario's name, "Knee replacement rehab on a PPO"
}

// List names the examples carried in the binary (memory, not disk), in file
// order. An example that does not parse is left out (a test keeps every one
// parsing).
func List() []Example {
	files, err := fs.Glob(FS, "*.yaml")
	if err != nil {
		return nil
	}
	return named(files)
}

// All names every example carried, those in folders too, in the lexical
// order of fs.WalkDir: the compare screen offers those that share the care
// of the plan on the dashboard.
func All() []Example {
	var files []string
	_ = fs.WalkDir(FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			files = append(files, path)
		}
		return nil
	})
	return named(files)
}

// named parses each file for its name, leaving out one that does not parse.
func named(files []string) []Example {
	var out []Example
	for _, f := range files {
		s, _, err := Load(f)
		if err != nil {
			continue
		}
		out = append(out, Example{File: f, Name: s.Name})
	}
	return out
}

// Load parses one example.
func Load(file string) (calc.Scenario, []calc.Warning, error) {
	data, err := FS.ReadFile(file)
	if err != nil {
		return calc.Scenario{}, nil, err
	}
	return plans.Parse(file, data)
}
