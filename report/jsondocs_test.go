package report

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// docs/json-output.md describes every field of the JSON result: a field
// added to the output without a line there fails here.
func TestJSONFieldsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/json-output.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
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
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(text, "`"+name+"`") {
				t.Errorf("%s.%s (%q) is not described in docs/json-output.md", rt.Name(), f.Name, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(jsonResult{}))
	if len(seen) < 4 { // result, option, without_supplemental, ledger line
		t.Errorf("walked %d structs, want 4: the test lost its way", len(seen))
	}
}
