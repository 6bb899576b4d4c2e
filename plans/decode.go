package plans

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/carecost/carecost/internal/termsafe"
)

// Value is one field as a scenario file (or the walk-through) wrote it,
// before validation.
type Value struct {
	// Text is the scalar's original text: "0.29" stays "0.29", never a
	// float. Empty for a section.
	Text string
	// Null: the field was written with no value (null, ~ or nothing).
	Null bool
	// Quoted: the value was written as a string ("1500", '1500', a block
	// scalar or !!str), so it is text, not a number.
	Quoted bool
	// Line and Col locate the field's key in the file; 0 when the value did
	// not come from a file.
	Line, Col int
}

// Values holds a scenario's fields by path ("plan.in_network.deductible").
// A field that was not written is not in the map. Decode also records each
// section that was written as a mapping ("plan.out_of_network", with empty
// Text), so an empty section can be told from an absent one; a section
// written as null is left out, as if absent. Callers that build Values
// themselves (the walk-through) need not record sections: a field inside a
// section marks it present too.
type Values map[string]Value

// FieldError is one problem of a scenario: where it is, which field, what was
// wrong and what is allowed.
type FieldError struct {
	File      string // as the user named it; "standard input" for "-"
	Line, Col int    // 0 when unknown
	Path      string // the field's path; empty for a problem of the whole file
	Problem   string // what was wrong: "120 is above 100"
	Allowed   string // what is allowed, in words; may be empty
	// omitted, when above 0, makes this entry stand for that many problems
	// found but not kept (the decoder stops keeping them after
	// maxKeptErrors); Errors.Error counts them.
	omitted int
}

// Error renders the problem on one line:
// `knee.yaml:12:5: plan.in_network.coinsurance: 120 is above 100; allowed: a percentage from 0 to 100 with at most two decimals`.
// The file's name and the field's path come from the user or the file, so
// anything a terminal would act on in them is shown escaped
// (internal/termsafe); the problem quotes what it cites escaped already.
func (e *FieldError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteString(":" + strconv.Itoa(e.Line))
			if e.Col > 0 {
				b.WriteString(":" + strconv.Itoa(e.Col))
			}
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		b.WriteString("line " + strconv.Itoa(e.Line) + ": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Problem)
	if e.Allowed != "" {
		b.WriteString("; allowed: " + e.Allowed)
	}
	return termsafe.Text(b.String())
}

// Errors is every problem found in one scenario, in the order of the file.
// Decode, Resolve and Parse return it as *Errors.
type Errors []FieldError

// MaxErrorsListed is how many problems Errors.Error lists: a file with
// thousands (200,000 unknown keys once printed 34 MB) is the wrong file or
// a broken one, and the first few say which.
const MaxErrorsListed = 20

// Error renders one problem per line: the first MaxErrorsListed, then how
// many more there are.
func (es Errors) Error() string {
	var lines []string
	total := 0
	for i := range es {
		if es[i].omitted > 0 {
			total += es[i].omitted
			continue
		}
		total++
		if len(lines) < MaxErrorsListed {
			lines = append(lines, es[i].Error())
		}
	}
	if more := total - len(lines); more > 0 {
		noun := "problems"
		if more == 1 {
			noun = "problem"
		}
		lines = append(lines, "… and "+groupThousands(int64(more))+" more "+noun+" not listed ("+
			groupThousands(int64(total))+" in all): fix these first, or check that this is the right file")
	}
	return strings.Join(lines, "\n")
}

// maxKeptErrors is how many problems the decoder keeps in detail before it
// only counts them. Above MaxErrorsListed: a problem found later in the
// file (its keys are walked in order) could not be among those listed.
const maxKeptErrors = 100

// sortFieldErrors puts errors in file order; those without a line keep their
// order after the others.
func sortFieldErrors(es Errors) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if (a.Line == 0) != (b.Line == 0) {
			return b.Line == 0
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// fileLabel is how messages name a file: "-" is standard input.
func fileLabel(filename string) string {
	if filename == "-" {
		return "standard input"
	}
	return filename
}

// Decode reads a scenario file (YAML, or JSON, which is YAML) into Values,
// checking its shape: every key is a known field or section, sections are
// mappings, fields are single values, no key appears twice. It does not
// check the values themselves; Resolve does. On error it returns *Errors
// with every problem found, and the Values it could read.
func Decode(filename string, data []byte) (Values, error) {
	v, errs, _ := decodeScenario(filename, data)
	if len(errs) > 0 {
		return v, &errs
	}
	return v, nil
}

// isJSONName reports a file named .json: the format is chosen by the
// extension, so such a file must be JSON (YAML's comments and unquoted keys
// are errors there). Other names, and standard input, are read as YAML,
// which accepts JSON too.
func isJSONName(filename string) bool {
	return strings.EqualFold(filepath.Ext(filename), ".json")
}

// jsonSyntax checks that data is one JSON value, returning the line of the
// first problem and the problem otherwise. Numbers are not converted here
// (the values are read from the YAML nodes, as text), so no float is made.
func jsonSyntax(data []byte) (line int, msg string, ok bool) {
	// a byte order mark, as some Windows editors write one, is no value
	// (RFC 8259 lets a reader ignore it; YAML does)
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	dec := json.NewDecoder(bytes.NewReader(data))
	var v json.RawMessage
	err := dec.Decode(&v)
	if err == nil {
		if _, err2 := dec.Token(); !errors.Is(err2, io.EOF) {
			off := dec.InputOffset()
			return lineAt(data, off), "something follows the JSON object", false
		}
		return 0, "", true
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return lineAt(data, se.Offset), se.Error(), false
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return lineAt(data, int64(len(data))), "the file ends inside the JSON value", false
	}
	return 0, err.Error(), false
}

// lineAt is the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// yamlErrorLine finds the line number in a go-yaml syntax error.
var yamlErrorLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

type scenarioDecoder struct {
	file string
	v    Values
	errs Errors
	// bad holds the paths of fields written with the wrong shape (a mapping
	// where a value belongs): Resolve must not call them missing as well.
	// "" is the whole file: empty, not YAML, or not a mapping; its one
	// problem is the only one reported.
	bad map[string]bool
	// omitted counts the problems found after maxKeptErrors were kept.
	omitted int
}

// full reports that no more problems are kept, counting the one found.
// Describing thousands of unknown keys (each with its nearest known name)
// is most of the time a file of them takes.
func (d *scenarioDecoder) full() bool {
	if len(d.errs) < maxKeptErrors {
		return false
	}
	d.omitted++
	return true
}

func decodeScenario(filename string, data []byte) (Values, Errors, map[string]bool) {
	d := &scenarioDecoder{file: fileLabel(filename), v: Values{}, bad: map[string]bool{}}
	if isJSONName(filename) && len(bytes.TrimSpace(data)) > 0 {
		if line, msg, ok := jsonSyntax(data); !ok {
			d.fail(line, 0, "", "not valid JSON: "+msg, "a JSON object, or name the file .yaml for YAML")
			d.bad[""] = true
			return d.v, d.errs, d.bad
		}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		d.fail(0, 0, "", "the file is empty", "a scenario, starting with version: 1")
		d.bad[""] = true
		return d.v, d.errs, d.bad
	}
	if err != nil {
		d.syntax(err)
		d.bad[""] = true
		return d.v, d.errs, d.bad
	}
	var more yaml.Node
	switch err := dec.Decode(&more); {
	case errors.Is(err, io.EOF):
	case err != nil:
		d.syntax(err)
	default:
		d.fail(more.Line, more.Column, "", "a second document starts here",
			"one scenario a file (remove the line ---)")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	root = derefAlias(root)
	if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		d.fail(root.Line, root.Column, "", "the file has no fields", "a scenario, starting with version: 1")
		d.bad[""] = true
		return d.v, d.errs, d.bad
	}
	d.section("", root)
	if root.Kind != yaml.MappingNode {
		d.bad[""] = true // not a scenario at all: its fields are not "missing"
	}
	sortFieldErrors(d.errs)
	if d.omitted > 0 {
		d.errs = append(d.errs, FieldError{File: d.file, Problem: groupThousands(int64(d.omitted)) + " more problems", omitted: d.omitted})
	}
	return d.v, d.errs, d.bad
}

func (d *scenarioDecoder) fail(line, col int, path, problem, allowed string) {
	if d.full() {
		return
	}
	d.errs = append(d.errs, FieldError{File: d.file, Line: line, Col: col, Path: path, Problem: problem, Allowed: allowed})
}

func (d *scenarioDecoder) syntax(err error) {
	msg := err.Error()
	line := 0
	if m := yamlErrorLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	d.fail(line, 0, "", "not valid YAML or JSON: "+msg, "")
}

// derefAlias follows aliases (*anchor) to the node they name.
func derefAlias(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// nodeShape names a node's shape for messages.
func nodeShape(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping of fields"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "empty"
		}
		return "the single value " + quoteForMessage(n.Value)
	}
	return "something else"
}

// quoteForMessage quotes text for a message, cut to a readable length.
func quoteForMessage(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		s = string(r[:37]) + "..."
	}
	return strconv.Quote(s)
}

func fieldPath(section, name string) string {
	if section == "" {
		return name
	}
	return section + "." + name
}

// section walks the mapping n found at path.
func (d *scenarioDecoder) section(path string, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		problem := "must be a mapping of fields, not " + nodeShape(n)
		allowed := "the fields " + strings.Join(sectionKeyNames(path), ", ")
		if path == "" {
			problem = "a scenario file must be a mapping of fields, not " + nodeShape(n)
			allowed = "a scenario, starting with version: 1"
		}
		d.fail(n.Line, n.Column, path, problem, allowed)
		d.bad[path] = true
		return
	}
	firstLine := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := derefAlias(n.Content[i]), derefAlias(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.fail(k.Line, k.Column, path, "a field name must be a plain word, not "+nodeShape(k),
				"the fields "+strings.Join(sectionKeyNames(path), ", "))
			continue
		}
		name := k.Value
		p := fieldPath(path, name)
		if first, dup := firstLine[name]; dup {
			d.fail(k.Line, k.Column, p, "appears twice (first on line "+strconv.Itoa(first)+")",
				"each field once")
			d.bad[p] = true
			continue
		}
		firstLine[name] = k.Line
		if isSectionPath(p) {
			if val.Kind == yaml.ScalarNode && val.ShortTag() == "!!null" {
				continue // an empty section is an absent one
			}
			if val.Kind == yaml.MappingNode {
				d.v[p] = Value{Line: k.Line, Col: k.Column}
			}
			d.section(p, val)
			continue
		}
		if _, ok := fieldIndex[p]; !ok {
			if !d.full() {
				d.errs = append(d.errs, unknownFieldError(d.file, k.Line, k.Column, path, name))
			}
			continue
		}
		if val.Kind != yaml.ScalarNode {
			spec, _ := Field(p)
			d.fail(k.Line, k.Column, p, "must be a single value, not "+nodeShape(val), spec.Allowed())
			d.bad[p] = true
			continue
		}
		d.v[p] = Value{
			Text:   val.Value,
			Null:   val.ShortTag() == "!!null" && val.Style&yamlQuotedStyles == 0,
			Quoted: val.Style&yamlQuotedStyles != 0 || (val.Style&yaml.TaggedStyle != 0 && val.ShortTag() == "!!str"),
			Line:   k.Line,
			Col:    k.Column,
		}
	}
}

const yamlQuotedStyles = yaml.SingleQuotedStyle | yaml.DoubleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle

var sectionPaths = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range Sections {
		m[s] = true
	}
	return m
}()

func isSectionPath(path string) bool { return sectionPaths[path] }

// sectionKeys lists the keys of a section: its fields and its subsections, in
// the order of Fields.
var sectionKeys = func() map[string][]string {
	m := map[string][]string{}
	seen := map[string]bool{}
	add := func(section, name string) {
		p := fieldPath(section, name)
		if !seen[p] {
			seen[p] = true
			m[section] = append(m[section], name)
		}
	}
	for _, f := range Fields {
		// a field's section, and each of its parents, is a key of its own parent
		for s := f.Section(); s != ""; {
			i := strings.LastIndexByte(s, '.')
			parent, name := "", s
			if i >= 0 {
				parent, name = s[:i], s[i+1:]
			}
			add(parent, name)
			s = parent
		}
		add(f.Section(), f.Name())
	}
	return m
}()

func sectionKeyNames(section string) []string { return sectionKeys[section] }

// unknownFieldError is the error for a key that is neither a field nor a section
// of its mapping, with the nearest known name.
func unknownFieldError(file string, line, col int, section, name string) FieldError {
	p := fieldPath(section, name)
	problem := "unknown field " + quoteFieldName(name)
	if near, ok := nearestName(name, sectionKeyNames(section)); ok {
		problem += "; did you mean " + quoteFieldName(near) + "?"
	} else if elsewhere := sectionsWithField(name); len(elsewhere) > 0 {
		problem += "; it is a field of " + strings.Join(elsewhere, " and ")
	}
	where := "the fields of " + section
	if section == "" {
		where = "the top-level fields"
	}
	return FieldError{File: file, Line: line, Col: col, Path: p, Problem: problem,
		Allowed: where + ": " + strings.Join(sectionKeyNames(section), ", ")}
}

// quoteFieldName quotes a key for a message: `deductable`, or in Go's
// quotes, with escapes, when it is long or holds what a terminal would act
// on (an unknown key can hold anything).
func quoteFieldName(s string) string {
	if utf8.RuneCountInString(s) > 40 || termsafe.Text(s) != s {
		return quoteForMessage(s)
	}
	return "`" + s + "`"
}

// sectionsWithField lists the sections that have a field called name.
func sectionsWithField(name string) []string {
	var out []string
	for _, f := range Fields {
		if f.Name() == name && f.Section() != "" {
			out = append(out, f.Section())
		}
	}
	return out
}

// NearestName returns the candidate closest to name by edit distance (case
// ignored), when it is close enough to be what was meant: the "did you
// mean" of unknown keys, choices and commands.
func NearestName(name string, candidates []string) (string, bool) {
	return nearestName(name, candidates)
}

func nearestName(name string, candidates []string) (string, bool) {
	best, bestD := "", -1
	low := strings.ToLower(name)
	for _, c := range candidates {
		d := editDistance(low, c)
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD < 0 {
		return "", false
	}
	n := utf8.RuneCountInString(name)
	limit := max(2, n/3)
	if bestD <= limit && bestD < n {
		return best, true
	}
	// a part of a longer name: "oop" for "oop_max"
	if n >= 3 {
		for _, c := range candidates {
			if strings.Contains(c, low) {
				return c, true
			}
		}
	}
	return "", false
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 200 || len(rb) > 200 {
		return max(len(ra), len(rb)) // too long to be a typo of a field name
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
