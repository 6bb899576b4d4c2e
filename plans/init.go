package plans

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text" // named: this package has a func text
)

// StarterScenario is the commented starter file `carecost init --plan TYPE`
// writes: the preset of plan type t (Preset), every field preceded by a
// one-line comment in plain words (its Help in Fields, with the choices of a
// choice field), and the plan type's description at the top. Parse reads it
// back to exactly Preset(t).
func StarterScenario(t calc.PlanType) ([]byte, error) {
	if !KnownPlanType(t) {
		return nil, fmt.Errorf("plan type %q is not one carecost knows (allowed: %s)", string(t), PlanTypeList())
	}
	s := Preset(t)
	data, err := Marshal(s)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("plans: reading back the starter scenario: %w", err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("plans: the starter scenario is not a mapping")
	}
	root := doc.Content[0]
	doc.HeadComment = starterHeader(t)
	root.HeadComment = ""
	commentFields(root, "", &s)

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("plans: writing the starter scenario: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("plans: writing the starter scenario: %w", err)
	}
	return buf.Bytes(), nil
}

// PlanTypeList names every plan type as a file writes it: "ppo, hmo, …".
func PlanTypeList() string {
	names := make([]string, len(calc.PlanTypes))
	for i, t := range calc.PlanTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// KnownPlanType reports whether t is one of calc.PlanTypes.
func KnownPlanType(t calc.PlanType) bool {
	for _, x := range calc.PlanTypes {
		if x == t {
			return true
		}
	}
	return false
}

// starterHeader is the comment at the top of a starter file.
func starterHeader(t calc.PlanType) string {
	lines := []string{
		"carecost starter scenario: " + PlanTypeName(t) + ".",
		"The figures are typical ones, not your plan's: replace them with those of your",
		"plan documents and your therapists' prices, then run `carecost estimate FILE`.",
		"Amounts are dollars (1500 or 1500.50), percentages 0 to 100. docs/scenario-format.md",
		"describes every field.",
		"",
	}
	lines = append(lines, txt.Wrap(PlanDescription(t), 88)...)
	if names := presetFigures(t); len(names) > 0 {
		// the file leaves year out, so it is estimated with the newest
		// year carried: say which year's figures these are
		lines = append(lines, "", "From carecost's figures for "+strconv.Itoa(NewestYear)+", the year used when `year` is left out:")
		for _, n := range names {
			v := mustFigure(n, 0)
			lines = append(lines, txt.Wrap("- "+v.Label+": "+v.Describe(), 88)...)
		}
	}
	return strings.Join(lines, "\n")
}

// presetFigures names the dated figures a plan type's preset is made from
// (PresetFor), so a starter file can say which year's they are.
func presetFigures(t calc.PlanType) []FigureName {
	if t == calc.Medicare {
		return []FigureName{PartBPremium, PartBDeductible}
	}
	return nil
}

// commentFields puts each field's help above it, walking a mapping whose
// dotted path is section. A field Marshal leaves out because its default
// gives the same value (year, self_pay, an option's visits) is shown as a
// commented-out line, so the starter names every field of its kinds.
func commentFields(m *yaml.Node, section string, s *calc.Scenario) {
	var pending []string // comment lines of left-out fields, for the next key
	present := map[string]bool{}
	for i := 0; i < len(m.Content); i += 2 {
		present[m.Content[i].Value] = true
	}
	next := 0 // index of the next key of m not yet commented
	flush := func(upTo string) {
		for ; next < len(m.Content); next += 2 {
			key, val := m.Content[next], m.Content[next+1]
			path := joinPath(section, key.Value)
			var help string
			if val.Kind == yaml.MappingNode {
				help = sectionComments[path]
				if note := sectionNotes[s.Plan.Type][path]; note != "" {
					help += "\n" + note
				}
				commentFields(val, path, s)
			} else {
				help = fieldHelp(path)
			}
			key.HeadComment = strings.Join(append(pending, help), "\n")
			pending = nil
			if key.Value == upTo {
				next += 2
				return
			}
		}
	}
	shownSections := map[string]bool{}
	for _, spec := range Fields {
		if sub, name := subsectionOf(section, spec.Section()); sub != "" {
			switch {
			case shownSections[sub]:
			case present[name]:
				// a subsection written: keys up to it are done, so what
				// is left out after it is shown after it
				flush(name)
			default:
				// a section the file leaves out (an evaluation's price):
				// shown commented out, its fields with their help
				pending = append(pending, leftOutSection(sub, s)...)
			}
			shownSections[sub] = true
			continue
		}
		if spec.Section() != section {
			continue
		}
		if present[spec.Name()] {
			flush(spec.Name())
			continue
		}
		if example, ok := leftOutExample(spec, s); ok {
			pending = append(pending, fieldHelp(spec.Path), spec.Name()+": "+example)
		}
	}
	flush("")
	if len(pending) > 0 && len(m.Content) > 0 {
		m.Content[len(m.Content)-1].FootComment = strings.Join(pending, "\n")
	}
}

// subsectionOf is the subsection of section that holds fieldSection, and
// its key, or "" when fieldSection is not below section.
func subsectionOf(section, fieldSection string) (sub, name string) {
	prefix := section + "."
	if section == "" {
		prefix = ""
	}
	if fieldSection == section || !strings.HasPrefix(fieldSection, prefix) {
		return "", ""
	}
	name, _, _ = strings.Cut(fieldSection[len(prefix):], ".")
	return joinPath(section, name), name
}

// leftOutSection is a section a file leaves out, as commented-out lines:
// its heading, then each field's help and an example value, indented.
func leftOutSection(sub string, s *calc.Scenario) []string {
	if sub == "next_year" {
		return nextYearExample(s)
	}
	lines := []string{sub[strings.LastIndexByte(sub, '.')+1:] + ":"}
	if c := sectionComments[sub]; c != "" {
		lines = append([]string{c}, lines...)
	}
	for _, spec := range Fields {
		if spec.Section() != sub {
			continue
		}
		example := spec.example
		if v := spec.absent(s); example == "" && (!spec.Nullable || v.Set) {
			example = valueText(spec, v)
		}
		lines = append(lines, "  # "+fieldHelp(spec.Path), "  "+spec.Name()+": "+example)
	}
	return lines
}

// nextYearExample is next_year, left out, as a starter shows it: not every
// field (it has every plan field), but what it is and the few figures open
// enrollment changes most, commented out.
func nextYearExample(s *calc.Scenario) []string {
	p := s.Plan
	lines := []string{
		"The plan after it renews, for visits on or after the next plan year's start (with care.start_date).",
		"It takes any field of plan but year_starts; each left out is this year's, and where the plan year",
		"stands (deductible_met, oop_spent, visits_used, other_spending, therapy_paid) starts again from 0.",
		"Left out, the same plan renews. docs/scenario-format.md lists its fields.",
		"next_year:",
		"  # " + fieldHelp("next_year.type"),
		"  type: " + string(p.Type),
		"  in_network:",
		"    # " + fieldHelp("next_year.in_network.deductible"),
		"    deductible: " + (p.InNetwork.Deductible + p.InNetwork.Deductible/10).Plain(),
	}
	if p.InNetwork.OOPMax.Set {
		lines = append(lines, "    # "+fieldHelp("next_year.in_network.oop_max"),
			"    oop_max: "+(p.InNetwork.OOPMax.Value+p.InNetwork.OOPMax.Value/10).Plain())
	}
	return lines
}

func joinPath(section, name string) string {
	if section == "" {
		return name
	}
	return section + "." + name
}

// fieldHelp is a field's one-line comment: its help, and the choices of a
// choice field.
func fieldHelp(path string) string {
	spec, ok := Field(path)
	if !ok {
		return ""
	}
	help := spec.Help
	if spec.Kind == KindEnum {
		help += " (" + strings.Join(spec.Enum, " | ") + ")"
	}
	if spec.Path == "supplemental.kind" || spec.Path == "account.kind" {
		help += "; each kind has its own fields, listed in docs/scenario-format.md"
	}
	if spec.Default != "" && !spec.Required && spec.Kind != KindEnum && spec.Default != "0" &&
		spec.Default != "false" && spec.Default != "true" {
		help += " (left out: " + spec.Default + ")"
	}
	return help
}

// leftOutExample is the value a left-out field would have, to show it
// commented out.
func leftOutExample(spec FieldSpec, s *calc.Scenario) (string, bool) {
	switch spec.Path {
	case "year":
		return itoa(int64(PlanYear(*s))), true
	case "care.in_network.self_pay":
		return s.Care.InNetwork.SelfPay.Plain(), true
	case "care.out_of_network.visits":
		return itoa(int64(s.Care.OutOfNetwork.Visits)), true
	case "care.concierge.visits":
		return itoa(int64(s.Care.Concierge.Visits)), true
	case "plan.out_of_network.allowed":
		// left out when nothing is covered: a PPO's typical figure, to
		// uncomment with covered: true
		return Preset(calc.PPO).Plan.OutOfNetwork.Allowed.Plain(), !s.Plan.OutOfNetwork.Covered
	}
	if !spec.omitDefault || !kindWrites(s, spec) {
		return "", false
	}
	// a field of issue 12 on, left out at its default: its default, or for
	// one whose absence means "none" (no dates), an example to uncomment
	v := spec.absent(s)
	if spec.Nullable && !v.Set {
		return spec.example, spec.example != ""
	}
	return valueText(spec, v), true
}

// valueText is a value as a file writes it ("1500", "202.90", "true",
// "2026-12-14").
func valueText(f FieldSpec, v FieldValue) string {
	switch f.Kind {
	case KindMoney, KindPercent:
		return plainAmount(v.N)
	case KindCount, KindYear:
		return strconv.FormatInt(v.N, 10)
	case KindBool:
		return strconv.FormatBool(v.N != 0)
	}
	return v.Text
}

// sectionComments head the mappings of a starter file.
var sectionComments = map[string]string{
	"plan":                              "Your health plan",
	"plan.in_network":                   "What you pay at clinics in the plan's network",
	"plan.out_of_network":               "What the plan pays toward providers outside its network",
	"care":                              "The therapy and what each kind of provider charges",
	"care.in_network":                   "Option 1: an in-network clinic",
	"care.out_of_network":               "Option 2: an out-of-network provider you pay, then claim from the plan with a superbill",
	"care.concierge":                    "Option 3: a concierge or mobile therapist paid in cash",
	"care.in_network.evaluation":        "The first visit, when the clinic prices it apart as an evaluation",
	"care.in_network.re_evaluation":     "A re-evaluation visit, with re_evaluation_every",
	"care.out_of_network.evaluation":    "The first visit, when the out-of-network provider prices it apart",
	"care.out_of_network.re_evaluation": "A re-evaluation visit, with re_evaluation_every",
	"care.concierge.evaluation":         "The first session, when the concierge prices it apart",
	"care.concierge.re_evaluation":      "A re-evaluation session, with re_evaluation_every",
	"next_year":                         "The plan after it renews",
	"care.visits_range":                 "When the number of visits is a range (\"6 to 12 weeks\"): each count from the fewest to the most is estimated",
	"supplemental":                      "A second policy beside the plan, if you have one",
	"account":                           "A health savings or flexible spending account, if you have one",
}

// sectionNotes add what a section means for a plan type.
var sectionNotes = map[calc.PlanType]map[string]string{
	calc.Medicare: {
		"plan.out_of_network": "For Medicare: a therapist who does not participate in Medicare (none can opt out). Medicare allows 95 % of\n" +
			"its fee schedule, the therapist may charge up to 115 % of that, and the one Part B deductible counts for both.",
		"care.in_network": "allowed: the Medicare amount of a 45-minute visit (97110, 97112, 97140, 15 minutes each), 2026 figures.",
	},
	calc.MedicareAdvantage: {
		"plan.out_of_network": "Most Medicare Advantage plans are HMOs that pay nothing out of network. For a PPO plan set covered: true\n" +
			"and write its own figures below (0 % coinsurance would mean it pays all) and its allowed amount.",
	},
	calc.HMO: {
		"plan.out_of_network": "An HMO pays nothing out of network. If yours does, set covered: true and write its own figures\n" +
			"below (0 % coinsurance would mean it pays all) and its allowed amount.",
	},
	calc.EPO: {
		"plan.out_of_network": "An EPO pays nothing out of network. If yours does, set covered: true and write its own figures\n" +
			"below (0 % coinsurance would mean it pays all) and its allowed amount.",
	},
	calc.WorkersComp: {
		"plan.in_network": "Authorized care for a work injury is paid in full: nothing to pay, no maximum needed.",
	},
	calc.AutoPIP: {
		"plan": "PIP pays until the policy's PIP limit runs out, which carecost does not model: check what is left of it.",
	},
	calc.NoPlan: {
		"plan": "No plan: none of the plan's figures are used, and every visit is paid in cash.",
	},
}
