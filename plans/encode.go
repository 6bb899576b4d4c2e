package plans

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/carecost/carecost/calc"
)

// Marshal writes s as a scenario file a person can read: every field in the
// order of the format's listing, amounts as plain decimals, maxima that are
// absent as null with a comment, and only the fields of the chosen
// supplemental and account kind. Parse reads the result back to an equal
// Scenario for any Scenario Parse produced. Marshal does not validate: a
// Scenario that breaks a rule gives a file that Parse rejects.
func Marshal(s calc.Scenario) ([]byte, error) {
	return marshalYAML(s, nil)
}

// marshalYAML is Marshal leaving out the fields of skip.
func marshalYAML(s calc.Scenario, skip map[string]bool) ([]byte, error) {
	root, err := scenarioNode(s, skip)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("plans: writing the scenario: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("plans: writing the scenario: %w", err)
	}
	return buf.Bytes(), nil
}

// MarshalFile is the scenario as the file path holds it: JSON for a .json
// name (the format is chosen by the extension, and a .json file must be
// JSON), otherwise Marshal's YAML. Both read back (Parse) to s.
func MarshalFile(path string, s calc.Scenario) ([]byte, error) {
	return marshalFile(path, s, nil)
}

// marshalFile is MarshalFile leaving out the fields of skip.
func marshalFile(path string, s calc.Scenario, skip map[string]bool) ([]byte, error) {
	if !isJSONName(path) {
		return marshalYAML(s, skip)
	}
	root, err := scenarioNode(s, skip)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	writeJSON(&b, root, "")
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// writeJSON writes the node tree scenarioNode builds as indented JSON, the
// fields in the same order as the YAML. Scalars keep their text: numbers
// (never through a float), booleans and null as they are, text quoted.
func writeJSON(b *bytes.Buffer, n *yaml.Node, indent string) {
	switch n.Kind {
	case yaml.MappingNode:
		b.WriteString("{")
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n" + indent + "  ")
			key, _ := json.Marshal(n.Content[i].Value)
			b.Write(key)
			b.WriteString(": ")
			writeJSON(b, n.Content[i+1], indent+"  ")
		}
		b.WriteString("\n" + indent + "}")
	default:
		switch n.Tag {
		case "!!int", "!!float", "!!bool", "!!null":
			b.WriteString(n.Value)
		default:
			text, _ := json.Marshal(n.Value)
			b.Write(text)
		}
	}
}

// scenarioNode is the scenario as a YAML node tree: every field of Fields
// its getter writes, in order, under its sections, but those of skip.
func scenarioNode(s calc.Scenario, skip map[string]bool) (*yaml.Node, error) {
	root := &yaml.Node{Kind: yaml.MappingNode,
		HeadComment: "carecost scenario: docs/scenario-format.md describes every field"}
	sections := map[string]*yaml.Node{"": root}
	var sectionOf func(path string) *yaml.Node
	sectionOf = func(path string) *yaml.Node {
		if n, ok := sections[path]; ok {
			return n
		}
		parent, name := "", path
		if i := strings.LastIndexByte(path, '.'); i >= 0 {
			parent, name = path[:i], path[i+1:]
		}
		p := sectionOf(parent)
		n := &yaml.Node{Kind: yaml.MappingNode}
		p.Content = append(p.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name}, n)
		sections[path] = n
		return n
	}
	for _, f := range Fields {
		text, written := FileText(f, &s)
		if !written || skip[f.Path] {
			continue
		}
		sec := sectionOf(f.Section())
		sec.Content = append(sec.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.Name()}, fieldNode(f, text))
	}
	return root, nil
}

// fieldNode is a field's text (FileText) as a YAML scalar of its kind: an
// amount with cents has both digits (202.90), a maximum that is not set is
// null with a comment.
func fieldNode(f FieldSpec, text string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: text}
	switch f.Kind {
	case KindMoney, KindPercent, KindCount, KindYear:
		n.Tag = "!!int"
		if strings.Contains(text, ".") {
			n.Tag = "!!float"
		}
	case KindBool:
		n.Tag = "!!bool"
	case KindDate:
		// unquoted, as people write a date; read back from its text
		// (a YAML timestamp keeps the text it was written as)
		n.Tag = "!!timestamp"
	}
	if f.Nullable && text == "" {
		n.Tag, n.Value, n.LineComment = "!!null", "null", f.nullWords()
		if f.Empty == "no limit" {
			n.LineComment = "no limit"
		}
	}
	return n
}
