package interview

import (
	"slices"
	"strings"

	"github.com/carecost/carecost/calc"
)

// Step is one screen of the walk-through.
type Step int

// The steps, in the order they are asked.
const (
	StepPlan Step = iota
	StepInNetwork
	StepOutOfNetwork
	StepVisitLimit
	StepCare
	StepAccount
	StepSupplemental
	StepReview
)

// Steps lists every step in order.
var Steps = []Step{StepPlan, StepInNetwork, StepOutOfNetwork, StepVisitLimit, StepCare, StepAccount, StepSupplemental, StepReview}

var stepNames = [...]string{"plan", "in_network", "out_of_network", "visit_limit", "care", "account", "supplemental", "review"}

var stepTitles = [...]string{
	"Your health plan",
	"What you pay in network",
	"Out-of-network benefits",
	"Visit limit",
	"Your therapy",
	"HSA or FSA",
	"Supplemental policy",
	"Review your answers",
}

// String is the step's name in a draft file: "in_network".
func (s Step) String() string {
	if s < 0 || int(s) >= len(stepNames) {
		return "unknown"
	}
	return stepNames[s]
}

// Title is the step's title in the user's words: "What you pay in network".
func (s Step) Title() string {
	if s < 0 || int(s) >= len(stepTitles) {
		return ""
	}
	return stepTitles[s]
}

// ParseStep reads a step's name ("care") as String writes it.
func ParseStep(name string) (Step, bool) {
	i := slices.Index(stepNames[:], strings.TrimSpace(name))
	return Step(max(i, 0)), i >= 0 // StepPlan when unknown
}

// StepFor is the step where an option's prices are asked, for `e` on the
// dashboard: in network → the in-network costs, out of network → the
// out-of-network benefits, concierge → the care.
func StepFor(id calc.OptionID) Step {
	switch id {
	case calc.InNetworkClinic:
		return StepInNetwork
	case calc.OutOfNetworkCash:
		return StepOutOfNetwork
	}
	return StepCare
}
