package report

import (
	"os"
	"strings"
	"testing"
)

// docs/csv-output.md describes every column of the CSV, in a row of its
// table: a column added without its line there fails here.
func TestCSVColumnsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/csv-output.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	for _, c := range CSVColumns() {
		if !strings.Contains(text, "\n| `"+c+"` |") {
			t.Errorf("the CSV column %q is not described in docs/csv-output.md", c)
		}
	}
}
