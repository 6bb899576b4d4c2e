package report

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// The section of docs/json-output.md on `carecost compare --format json`
// describes every field of that output: a field added without its line
// there fails here.
func TestPlanJSONFieldsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/json-output.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "\n## `carecost compare --format json`\n")
	if !ok {
		t.Fatal("docs/json-output.md has no section \"## `carecost compare --format json`\"")
	}
	section, _, _ = strings.Cut(section, "\n## ") // up to the next section, if any
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for rt.Kind() == reflect.Slice || rt.Kind() == reflect.Pointer {
			rt = rt.Elem()
		}
		if rt.Kind() != reflect.Struct || seen[rt] {
			return
		}
		seen[rt] = true
		for i := range rt.NumField() {
			f := rt.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !strings.Contains(section, "| `"+name+"` |") {
				t.Errorf("%s.%s (%q) has no row in the compare section of docs/json-output.md", rt.Name(), f.Name, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(jsonPlanComparison{}))
	if len(seen) != 7 { // the comparison, the cheapest cell, a plan, an option's cell, a range, the odds, a renewed plan
		t.Errorf("walked %d structs, want 7: the test lost its way", len(seen))
	}
}
