// Command gendocs writes docs/scenario-format.md, the user's reference to
// every scenario field, from plans.Fields:
//
//	go run ./plans/internal/gendocs > docs/scenario-format.md
//
// TestDocsMatchFields fails when the file in the repository differs from
// what it renders, so the table and the docs cannot drift apart.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

func main() {
	if _, err := os.Stdout.Write(Render()); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

// sectionTitles names each part of a scenario file for people.
var sectionTitles = map[string]string{
	"":                    "The file",
	"plan":                "`plan`: the health plan",
	"plan.in_network":     "`plan.in_network`: what you pay at in-network providers",
	"plan.out_of_network": "`plan.out_of_network`: what the plan pays toward out-of-network care",
	"care":                "`care`: the therapy and what each care model charges",
	"care.in_network":     "`care.in_network`: the in-network clinic",
	"care.out_of_network": "`care.out_of_network`: an out-of-network provider you pay in cash",
	"care.concierge":      "`care.concierge`: a concierge or mobile therapist",
	"supplemental":        "`supplemental`: one optional policy beside the plan",
	"account":             "`account`: an HSA or FSA",

	"care.visits_range":                 "`care.visits_range`: a number of visits that is a range",
	"care.in_network.evaluation":        "`care.in_network.evaluation`: the clinic's first visit, priced as an evaluation",
	"care.in_network.re_evaluation":     "`care.in_network.re_evaluation`: the clinic's re-evaluation visits",
	"care.out_of_network.evaluation":    "`care.out_of_network.evaluation`: the out-of-network provider's evaluation",
	"care.out_of_network.re_evaluation": "`care.out_of_network.re_evaluation`: the out-of-network provider's re-evaluations",
	"care.concierge.evaluation":         "`care.concierge.evaluation`: the concierge's evaluation session",
	"care.concierge.re_evaluation":      "`care.concierge.re_evaluation`: the concierge's re-evaluation sessions",
	"next_year":                         "`next_year`: the plan after it renews",
	"next_year.in_network":              "`next_year.in_network`",
	"next_year.out_of_network":          "`next_year.out_of_network`",
}

// sectionNotes explain a section below its title.
var sectionNotes = map[string]string{
	"care.visits_range": "With a range, `carecost estimate` also reports each option's net cost at the fewest, likeliest and\n" +
		"most visits, its percentiles, how likely it is the cheapest, and where the cheapest changes\n" +
		"(docs/cost-rules.md, \"A range of visits\"). The one-number estimate stays at `care.visits`.\n",
	"care.in_network.evaluation": "Each option's first visit may be an evaluation with its own price, and every `re_evaluation_every`-th\n" +
		"visit after it a re-evaluation (visits 1 + k, 1 + 2k, …). A section left out prices those visits as any\n" +
		"other. Copays stay per visit (docs/cost-rules.md, \"Evaluation and re-evaluation visits\").\n",
	"next_year": "With `care.start_date`, a visit on or after the next plan year's start (`plan.year_starts`) begins a\n" +
		"new plan year: deductibles, maximums and visits used start again (docs/cost-rules.md, \"The reset\").\n" +
		"`next_year` is the plan then, when open enrollment changed it: it has every field of `plan` but\n" +
		"`year_starts`, `type` is required in it, each other field left out is this plan year's, and where the\n" +
		"plan year stands (`deductible_met`, `oop_spent`, `visits_used`, `other_spending`, `therapy_paid`)\n" +
		"starts from 0 unless written. A maximum written as `null` is none. Left out, the same plan renews.\n" +
		"It needs `care.start_date`.\n",
}

const intro = `<!-- Generated from plans.Fields by: go run ./plans/internal/gendocs > docs/scenario-format.md
     Edit plans/fields.go (or the text in plans/internal/gendocs), not this file. -->

# Scenario files

A scenario is everything carecost needs for one estimate: your plan, where you stand this plan
year, the therapy you need and what each kind of provider charges. It is one YAML file, or a JSON
file: a name ending in ` + "`.json`" + ` is read as strict JSON, anything else (standard input too) as YAML,
which JSON text also is. ` + "`carecost estimate FILE`" + ` compares the three ways of getting the care;
` + "`-`" + ` reads the scenario from standard input. ` + "`carecost init`" + ` writes a starting file to edit.

A small complete file:

` + "```yaml" + `
version: 1
name: Knee replacement rehab
plan:
  type: ppo
  in_network:
    deductible: 1500
    coinsurance: 20
    oop_max: 6000
  out_of_network:
    deductible: 3000
    coinsurance: 40
    oop_max: 12000
    allowed: 110
care:
  visits: 24
  in_network: { charge: 150, allowed: 100 }
  out_of_network: { cash_rate: 175 }
  concierge: { fee: 225, travel_fee: 25, visits: 18 }
` + "```" + `

## How values are written

- **Amounts** are dollars written as plain numbers with at most two decimals: ` + "`1500`" + `,
  ` + "`1500.5`" + `, ` + "`0.29`" + `. No dollar sign, no thousands separator, no quotes: ` + "`\"1,500.00\"`" + `
  is an error, and so are ` + "`1_500`" + `, ` + "`1e3`" + `, ` + "`0x10`" + ` and a leading zero such as ` + "`0150`" + `
  (which YAML can read as an octal number): never reinterpreted. Amounts go from 0 to 1000000.
- **Percentages** are 0 to 100 with at most two decimals: ` + "`20`" + ` is 20 %, ` + "`29.65`" + ` is 29.65 %.
- **Counts** (visits, minutes, days) are whole numbers, written without a leading zero.
- **Maxima** (an out-of-pocket maximum, a visit limit, a policy's yearly maximum) may be left out,
  or written as ` + "`null`" + `: then there is no maximum. A number, 0 included, is the cap.
- **Unknown fields are errors**, never ignored: a misspelt name is reported with its file, line and
  the nearest known name ("did you mean ` + "`deductible_met`" + `?"). So is a field written twice.
- The guided walk-through asks the same questions and checks answers by the same rules; there you
  may also type ` + "`$1,500.50`" + ` or ` + "`20%`" + `.

Every problem of a file is reported at once, one per line, naming the file, the line and column,
the field, what was wrong and what is allowed:

    knee.yaml:12:5: plan.in_network.coinsurance: 120 is above 100; allowed: a percentage from 0 to 100 with at most two decimals
`

const rules = `## Rules between fields

A scenario that breaks one of these is not estimated (carecost exits with status 2):

- ` + "`version`" + `, ` + "`plan.type`" + `, ` + "`care.visits`" + `, ` + "`care.in_network.charge`" + `,
  ` + "`care.out_of_network.cash_rate`" + ` and ` + "`care.concierge.fee`" + ` are required.
- ` + "`care.in_network.allowed`" + ` is required unless ` + "`plan.type`" + ` is ` + "`none`" + `.
- ` + "`plan.in_network.oop_max`" + ` is required for every plan type except ` + "`medicare`" + `,
  ` + "`workers_comp`" + `, ` + "`auto_pip`" + ` and ` + "`none`" + `.
- When out-of-network care is covered (` + "`covered: true`" + `, or the default for a plan type that has an
  ` + "`out_of_network`" + ` section), ` + "`plan.out_of_network.allowed`" + ` is required.
- In each network, ` + "`deductible_met`" + ` may not be above ` + "`deductible`" + `, ` + "`oop_spent`" + ` may
  not be above ` + "`oop_max`" + `, and ` + "`oop_max`" + ` may not be below ` + "`deductible`" + `.
- A ` + "`supplemental`" + ` or ` + "`account`" + ` field that belongs to another ` + "`kind`" + ` is an error
  (the message says which kinds it belongs to).
- Under plan type ` + "`none`" + ` nothing is covered: the plan's amounts may be left out, and those
  written are checked but not used.
- An evaluation or re-evaluation section written needs its price (` + "`charge`" + `, ` + "`cash_rate`" + `,
  ` + "`fee`" + `), in network its ` + "`allowed`" + ` amount too unless ` + "`plan.type`" + ` is ` + "`none`" + `; a
  re-evaluation needs both its price and ` + "`re_evaluation_every`" + `.
- ` + "`care.visits_range`" + ` needs ` + "`fewest`" + ` and ` + "`most`" + `, with 1 ≤ fewest ≤ likely ≤ most ≤ 365, and no
  option's visits, scaled to the most (its share of ` + "`care.visits`" + `), above 365.
- ` + "`next_year`" + ` needs ` + "`care.start_date`" + ` and its own ` + "`type`" + `; its figures follow the plan's rules.
- ` + "`plan.therapy_paid`" + ` only with ` + "`therapy_annual_max`" + ` and not above it; ` + "`supplemental.limiting_charge`" + `
  only with ` + "`pays_excess_charges: true`" + `; ` + "`supplemental.allowed`" + ` only with ` + "`coordination`" + `
  ` + "`traditional`" + ` or ` + "`non_duplication`" + `; ` + "`account.carryover`" + ` only with ` + "`fsa_rule: carryover`" + `.
- A date is written ` + "`YYYY-MM-DD`" + ` (quoted or not: carecost reads its text, never a time), a month and
  day ` + "`MM-DD`" + `.

A plan written without an ` + "`out_of_network`" + ` section has no out-of-network benefits. For ppo,
pos and hdhp plans, which usually have them, carecost says so in a warning: add the section if your
plan pays toward out-of-network care.

Warnings do not stop the estimate: an ` + "`allowed`" + ` amount above the ` + "`charge`" + `, visits used
above the visit limit, figures outside the year's federal limits (a ` + "`next_year`" + ` plan's and an
FSA's ` + "`next_balance`" + ` against plan year 2's year's, when the visits reach it), an HSA beside a
plan that is not HSA-qualified (and an employer's contribution there, which cannot be made), an
employer's HSA contribution above the year's HSA contribution limit, an hdhp that pays toward therapy before the deductible (` + "`deductible_applies: false`" + `
with a copay or coinsurance below the whole visit: an HSA-qualified plan pays nothing before the
deductible but preventive care, and therapy is not preventive care), an FSA balance left unspent
beyond the carryover limit (forfeited at the end of the year; when the therapy crosses a plan
year's start, what the end of each plan year of the therapy takes of it, by the FSA's rule),
out-of-network benefits on an HMO or EPO, the Medicare therapy rules (no opt-out, the KX and
medical-review thresholds, counted per plan year, a ` + "`next_year`" + ` of Original Medicare included),
a ` + "`year`" + ` that is not the year the first visit's plan year begins (the federal figures are then
the written year's), massage without a letter of medical necessity, and a figure far above what a
real plan or clinic has (a
visit price or copay above $1,000, a deductible above the year's ACA out-of-pocket limit, more
than 200 visits, sessions over 180 minutes: docs/decisions.md lists every bound), which is
estimated as written but worth checking.

What ` + "`carecost estimate --format json`" + ` prints is described in [json-output.md](json-output.md).
`

// Render returns docs/scenario-format.md as generated from plans.Fields.
func Render() []byte {
	var b bytes.Buffer
	b.WriteString(intro)
	b.WriteString("\n## Every field\n\n")
	b.WriteString("Fields are listed in the order a file usually has them. \"If left out\" is the value carecost\n" +
		"uses when the field is not written.\n")
	for _, section := range append([]string{""}, plans.Sections...) {
		title := sectionTitles[section]
		if title == "" {
			title = "`" + section + "`"
		}
		fmt.Fprintf(&b, "\n### %s\n\n", title)
		if note := sectionNotes[section]; note != "" {
			b.WriteString(note + "\n")
		}
		b.WriteString("| Field | What it is | Allowed | If left out |\n|---|---|---|---|\n")
		for _, f := range plans.Fields {
			if f.Section() != section {
				continue
			}
			what := f.Help
			if f.Kinds != nil {
				noun := "kind"
				if len(f.Kinds) > 1 {
					noun = "kinds"
				}
				what += " (" + noun + " " + strings.Join(codeWords(f.Kinds), ", ") + ")"
			}
			absent := f.Default
			if f.Required {
				absent = "required"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", f.Name(), cell(what), cell(allowedWords(f)), cell(absent))
		}
	}
	b.WriteString("\n")
	b.WriteString(rules)
	return b.Bytes()
}

// allowedWords is what the field accepts, shortened for a table cell (the
// section "How values are written" says the rest).
func allowedWords(f plans.FieldSpec) string {
	var s string
	switch f.Kind {
	case plans.KindMoney:
		s = "amount, " + calc.Cents(f.Min).Plain() + " to " + calc.Cents(f.Max).Plain()
	case plans.KindPercent:
		s = "percentage, " + calc.BasisPoints(f.Min).String() + " to " + calc.BasisPoints(f.Max).String()
	case plans.KindEnum:
		s = "one of " + strings.Join(codeWords(f.Enum), ", ")
	default:
		s = f.Allowed()
	}
	if f.Nullable && !strings.Contains(s, "null") {
		s += "; null: no maximum"
	}
	return s
}

func codeWords(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "`" + x + "`"
	}
	return out
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	return strings.ReplaceAll(s, "|", "\\|")
}
