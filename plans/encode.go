package plans

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
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
	root, err := scenarioNode(s)
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
	if !isJSONName(path) {
		return Marshal(s)
	}
	root, err := scenarioNode(s)
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
// its getter writes, in order, under its sections.
func scenarioNode(s calc.Scenario) (*yaml.Node, error) {
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
	for _, spec := range Fields {
		get := fieldGetters[spec.Path]
		if get == nil {
			return nil, fmt.Errorf("plans: no encoder for field %s", spec.Path)
		}
		val, emit := get(&s)
		if !emit || !kindEmits(&s, spec) {
			continue
		}
		sec := sectionOf(spec.Section())
		sec.Content = append(sec.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: spec.Name()}, val)
	}
	return root, nil
}

// kindEmits: a supplemental or account field is written only for its kinds.
func kindEmits(s *calc.Scenario, spec FieldSpec) bool {
	if spec.Kinds == nil {
		return true
	}
	switch spec.Section() {
	case "supplemental":
		return spec.BelongsTo(string(kindOrDefault(s.Supplemental.Kind, calc.NoSupplemental)))
	case "account":
		return spec.BelongsTo(string(kindOrDefault(s.Account.Kind, calc.NoAccount)))
	}
	return true
}

func kindOrDefault[T ~string](v, def T) T {
	if v == "" {
		return def
	}
	return v
}

type fieldGetter func(s *calc.Scenario) (node *yaml.Node, emit bool)

// yamlMoney writes an amount as people write one: whole dollars alone
// (1500), cents with both digits (202.90, not 202.9).
func yamlMoney(c calc.Cents) *yaml.Node {
	v := c.Plain()
	tag := "!!int"
	if i := strings.IndexByte(v, '.'); i >= 0 {
		tag = "!!float"
		if len(v)-i == 2 {
			v += "0"
		}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v}
}

func yamlInt(n int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(n)}
}

func yamlBool(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

func yamlString(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func yamlNull(comment string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null", LineComment: comment}
}

func encMoney(get func(*calc.Scenario) calc.Cents) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) { return yamlMoney(get(s)), true }
}

func encPercent(get func(*calc.Scenario) calc.BasisPoints) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) { return yamlMoney(calc.Cents(get(s))), true }
}

func encCount(get func(*calc.Scenario) int) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) { return yamlInt(get(s)), true }
}

func encBool(get func(*calc.Scenario) bool) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) { return yamlBool(get(s)), true }
}

// choice writes an enum, leaving it out when empty so its default applies.
func encChoice[T ~string](get func(*calc.Scenario) T) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) {
		v := get(s)
		return yamlString(string(v)), v != ""
	}
}

func encMoneyMax(get func(*calc.Scenario) calc.Limit[calc.Cents]) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) {
		l := get(s)
		if !l.Set {
			return yamlNull("no maximum"), true
		}
		return yamlMoney(l.Value), true
	}
}

func encCountMax(get func(*calc.Scenario) calc.Limit[int], comment string) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) {
		l := get(s)
		if !l.Set {
			return yamlNull(comment), true
		}
		return yamlInt(l.Value), true
	}
}

// optionVisits writes an option's visits only when they differ from
// care.visits, so the file keeps following care.visits when edited.
func encOptionVisits(get func(*calc.Scenario) int) fieldGetter {
	return func(s *calc.Scenario) (*yaml.Node, bool) {
		v := get(s)
		return yamlInt(v), v != s.Care.Visits
	}
}

// fieldGetters writes each field of Fields from a Scenario.
var fieldGetters = map[string]fieldGetter{
	"version": func(*calc.Scenario) (*yaml.Node, bool) { return yamlInt(1), true },
	"name": func(s *calc.Scenario) (*yaml.Node, bool) {
		return yamlString(s.Name), s.Name != ""
	},
	"year": func(s *calc.Scenario) (*yaml.Node, bool) { return yamlInt(s.Year), s.Year != 0 },

	"plan.type":            encChoice(func(s *calc.Scenario) calc.PlanType { return s.Plan.Type }),
	"plan.premium_monthly": encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.PremiumMonthly }),
	"plan.coverage":        encChoice(func(s *calc.Scenario) calc.Coverage { return s.Plan.Coverage }),

	"plan.in_network.deductible":         encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.InNetwork.Deductible }),
	"plan.in_network.deductible_met":     encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.InNetwork.DeductibleMet }),
	"plan.in_network.deductible_applies": encBool(func(s *calc.Scenario) bool { return s.Plan.InNetwork.DeductibleApplies }),
	"plan.in_network.copay":              encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.InNetwork.Copay }),
	"plan.in_network.coinsurance":        encPercent(func(s *calc.Scenario) calc.BasisPoints { return s.Plan.InNetwork.Coinsurance }),
	"plan.in_network.oop_max":            encMoneyMax(func(s *calc.Scenario) calc.Limit[calc.Cents] { return s.Plan.InNetwork.OOPMax }),
	"plan.in_network.oop_spent":          encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.InNetwork.OOPSpent }),

	"plan.out_of_network.covered":            encBool(func(s *calc.Scenario) bool { return s.Plan.OutOfNetwork.Covered }),
	"plan.out_of_network.deductible":         encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.OutOfNetwork.Deductible }),
	"plan.out_of_network.deductible_met":     encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.OutOfNetwork.DeductibleMet }),
	"plan.out_of_network.deductible_applies": encBool(func(s *calc.Scenario) bool { return s.Plan.OutOfNetwork.DeductibleApplies }),
	"plan.out_of_network.copay":              encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.OutOfNetwork.Copay }),
	"plan.out_of_network.coinsurance":        encPercent(func(s *calc.Scenario) calc.BasisPoints { return s.Plan.OutOfNetwork.Coinsurance }),
	"plan.out_of_network.oop_max":            encMoneyMax(func(s *calc.Scenario) calc.Limit[calc.Cents] { return s.Plan.OutOfNetwork.OOPMax }),
	"plan.out_of_network.oop_spent":          encMoney(func(s *calc.Scenario) calc.Cents { return s.Plan.OutOfNetwork.OOPSpent }),
	"plan.out_of_network.allowed": func(s *calc.Scenario) (*yaml.Node, bool) {
		// left out when nothing is covered and it is 0 (its default then), so
		// a file switched to covered: true without it is refused, never
		// estimated with an allowed amount of $0
		o := s.Plan.OutOfNetwork
		return yamlMoney(o.Allowed), o.Covered || o.Allowed != 0
	},
	"plan.out_of_network.shares_deductible": encBool(func(s *calc.Scenario) bool { return s.Plan.OutOfNetwork.SharesDeductible }),

	"plan.visit_limit": encCountMax(func(s *calc.Scenario) calc.Limit[int] { return s.Plan.VisitLimit }, "no limit"),
	"plan.visits_used": encCount(func(s *calc.Scenario) int { return s.Plan.VisitsUsed }),

	"care.service":                  encChoice(func(s *calc.Scenario) calc.Service { return s.Care.Service }),
	"care.medical_necessity_letter": encBool(func(s *calc.Scenario) bool { return s.Care.MedicalNecessityLetter }),
	"care.visits":                   encCount(func(s *calc.Scenario) int { return s.Care.Visits }),

	"care.in_network.charge":  encMoney(func(s *calc.Scenario) calc.Cents { return s.Care.InNetwork.Charge }),
	"care.in_network.allowed": encMoney(func(s *calc.Scenario) calc.Cents { return s.Care.InNetwork.Allowed }),
	"care.in_network.self_pay": func(s *calc.Scenario) (*yaml.Node, bool) {
		// written only when it differs from the charge, its default
		return yamlMoney(s.Care.InNetwork.SelfPay), s.Care.InNetwork.SelfPay != s.Care.InNetwork.Charge
	},
	"care.in_network.minutes": encCount(func(s *calc.Scenario) int { return s.Care.InNetwork.Minutes }),

	"care.out_of_network.cash_rate":             encMoney(func(s *calc.Scenario) calc.Cents { return s.Care.OutOfNetwork.CashRate }),
	"care.out_of_network.minutes":               encCount(func(s *calc.Scenario) int { return s.Care.OutOfNetwork.Minutes }),
	"care.out_of_network.visits":                encOptionVisits(func(s *calc.Scenario) int { return s.Care.OutOfNetwork.Visits }),
	"care.out_of_network.service_fee_percent":   encPercent(func(s *calc.Scenario) calc.BasisPoints { return s.Care.OutOfNetwork.ServiceFeePercent }),
	"care.out_of_network.service_fee_per_claim": encMoney(func(s *calc.Scenario) calc.Cents { return s.Care.OutOfNetwork.ServiceFeePerClaim }),
	"care.out_of_network.reimbursement_days":    encCount(func(s *calc.Scenario) int { return s.Care.OutOfNetwork.ReimbursementDays }),

	"care.concierge.fee":        encMoney(func(s *calc.Scenario) calc.Cents { return s.Care.Concierge.Fee }),
	"care.concierge.travel_fee": encMoney(func(s *calc.Scenario) calc.Cents { return s.Care.Concierge.TravelFee }),
	"care.concierge.minutes":    encCount(func(s *calc.Scenario) int { return s.Care.Concierge.Minutes }),
	"care.concierge.visits":     encOptionVisits(func(s *calc.Scenario) int { return s.Care.Concierge.Visits }),
	"care.concierge.superbill":  encBool(func(s *calc.Scenario) bool { return s.Care.Concierge.Superbill }),

	"supplemental.kind": func(s *calc.Scenario) (*yaml.Node, bool) {
		return yamlString(string(kindOrDefault(s.Supplemental.Kind, calc.NoSupplemental))), true
	},
	"supplemental.premium_monthly":       encMoney(func(s *calc.Scenario) calc.Cents { return s.Supplemental.PremiumMonthly }),
	"supplemental.visits":                encCount(func(s *calc.Scenario) int { return s.Supplemental.Visits }),
	"supplemental.copay":                 encMoney(func(s *calc.Scenario) calc.Cents { return s.Supplemental.Copay }),
	"supplemental.coinsurance":           encPercent(func(s *calc.Scenario) calc.BasisPoints { return s.Supplemental.Coinsurance }),
	"supplemental.per_visit":             encMoney(func(s *calc.Scenario) calc.Cents { return s.Supplemental.PerVisit }),
	"supplemental.max_visits":            encCountMax(func(s *calc.Scenario) calc.Limit[int] { return s.Supplemental.MaxVisits }, "no maximum"),
	"supplemental.annual_max":            encMoneyMax(func(s *calc.Scenario) calc.Limit[calc.Cents] { return s.Supplemental.AnnualMax }),
	"supplemental.deductible":            encMoney(func(s *calc.Scenario) calc.Cents { return s.Supplemental.Deductible }),
	"supplemental.covers_out_of_network": encBool(func(s *calc.Scenario) bool { return s.Supplemental.CoversOutOfNetwork }),

	"account.kind": func(s *calc.Scenario) (*yaml.Node, bool) {
		return yamlString(string(kindOrDefault(s.Account.Kind, calc.NoAccount))), true
	},
	"account.balance":  encMoney(func(s *calc.Scenario) calc.Cents { return s.Account.Balance }),
	"account.tax_rate": encPercent(func(s *calc.Scenario) calc.BasisPoints { return s.Account.TaxRate }),
}
