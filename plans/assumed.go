package plans

import (
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
	txt "github.com/carecost/carecost/internal/text" // named: this package has a func text
)

// FieldNoun names a scenario field inside a sentence ("the clinic's
// charge"); its path for a field without one.
func FieldNoun(path string) string {
	if f, ok := Field(path); ok && f.Noun != "" {
		return f.Noun
	}
	return path
}

// Assumption is a figure the estimate uses that the user did not give: a
// preset's typical figure, a suggestion, or a file's default.
type Assumption struct {
	Path  string // the field: "care.in_network.allowed"
	Noun  string // "the in-network allowed amount"
	Value string // as shown: "$100.00", "18", "29.65 %"
	Why   string // where it comes from: "a typical PPO figure"
}

// Sentence is the assumption in words: "The in-network allowed amount,
// $100.00: a typical PPO figure".
func (a Assumption) Sentence() string {
	return txt.Capitalize(a.Noun) + ", " + a.Value + ": " + a.Why
}

// Assumptions describes the assumed figures of s, given by their paths
// (the walk-through's untouched answers, a file's defaults), care first
// (assumedOrder). Paths that are not figures of s are left out.
func Assumptions(s calc.Scenario, paths []string) []Assumption {
	if len(paths) == 0 {
		return nil
	}
	want := map[string]bool{}
	for _, p := range paths {
		want[p] = true
	}
	var out []Assumption
	for _, f := range assumedOrder {
		if !want[f.Path] {
			continue
		}
		v, ok := figureOf(&s, f.Path)
		if !ok {
			continue
		}
		out = append(out, Assumption{Path: f.Path, Noun: FieldNoun(f.Path), Value: formatIn(f.Kind, v), Why: assumedWhy(&s, f.Path)})
	}
	return out
}

// assumedOrder lists the fields as the assumed figures are told: the care
// first (the prices a patient can ask about), then the plan, the account
// and a policy, each in the order of Fields.
var assumedOrder = func() []FieldSpec {
	var out []FieldSpec
	for _, prefix := range []string{"care.", "plan.", "account.", "supplemental."} {
		for _, f := range Fields {
			if strings.HasPrefix(f.Path, prefix) {
				out = append(out, f)
			}
		}
	}
	return out
}()

// figureOf reads a figure of s by its path: an amount, rate or count that
// means something in s (Relevant), and a maximum only when set.
func figureOf(s *calc.Scenario, path string) (int64, bool) {
	f, ok := Field(path)
	if !ok || !Relevant(f, s) {
		return 0, false
	}
	switch f.Kind {
	case KindMoney, KindPercent, KindCount:
	default:
		return 0, false
	}
	v := f.Get(s)
	return v.N, v.Set
}

// assumedWhy says where an assumed figure comes from.
func assumedWhy(s *calc.Scenario, path string) string {
	plan := PlanTypeName(s.Plan.Type)
	switch {
	case path == "care.in_network.allowed" && s.Plan.Type == calc.Medicare:
		return "Medicare's amount for a typical 45-minute visit"
	case path == "plan.out_of_network.allowed" && s.Plan.Type == calc.Medicare:
		return "Medicare's amount for a non-participating therapist"
	case path == "care.in_network.allowed":
		return "a typical " + plan + " rate"
	case strings.HasPrefix(path, "plan."):
		return "a typical " + plan + " figure"
	case path == "care.visits":
		return "a typical course of therapy (2 visits a week for 12 weeks)"
	case path == "care.concierge.visits" && s.Care.Concierge.Visits < s.Care.Visits:
		return "fewer than the " + strconv.Itoa(s.Care.Visits) + " visits of the course, since each session is longer"
	case path == "care.out_of_network.visits" && s.Care.OutOfNetwork.Visits < s.Care.Visits:
		return "fewer than the " + strconv.Itoa(s.Care.Visits) + " visits of the course, since each visit is longer"
	case path == "care.concierge.visits" && s.Care.Concierge.Visits == s.Care.Visits,
		path == "care.out_of_network.visits" && s.Care.OutOfNetwork.Visits == s.Care.Visits:
		return "as many as the visits of the course"
	case path == "care.concierge.visits" || path == "care.out_of_network.visits":
		return "a typical number of sessions" // a count, never "a typical price"
	case strings.HasSuffix(path, ".minutes"):
		return "a typical session length"
	case path == "care.out_of_network.reimbursement_days":
		return "a typical wait for a claim to be paid"
	case strings.HasPrefix(path, "care."):
		return "a typical price"
	case path == "account.tax_rate":
		return "22 % income tax plus 7.65 % payroll tax, a common bracket"
	case path == "account.balance":
		return "a typical balance"
	case strings.HasPrefix(path, "supplemental."):
		return "the ready policy's figure"
	}
	return "a typical figure"
}

// SuggestedAllowedPercent is the share of Medicare's reference amount
// suggested as an out-of-network allowed amount when the user does not know
// it: plans commonly allow 110–140 % of Medicare (docs/spec/reference-figures.md).
const SuggestedAllowedPercent calc.BasisPoints = 12500

// typicalDefaults are the fields whose default, when a file leaves them
// out, is a typical figure rather than "none" or a rule ("same as the
// charge"): a visit's length and the wait for money back.
var typicalDefaults = []string{
	"care.in_network.minutes", "care.out_of_network.minutes", "care.concierge.minutes",
	"care.out_of_network.reimbursement_days",
}

// DefaultsAssumed lists the typical defaults a scenario file leaves out
// (a 30-minute clinic visit, money back after 30 days …): figures the
// estimate assumes, which the handout and the dashboard mark as such. A
// file that does not decode assumes nothing.
func DefaultsAssumed(filename string, data []byte) []string {
	v, errs, _ := decodeScenario(filename, data)
	if len(errs) > 0 {
		return nil
	}
	var out []string
	for _, p := range typicalDefaults {
		if _, written := v[p]; !written {
			out = append(out, p)
		}
	}
	return out
}
