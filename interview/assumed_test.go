package interview

import (
	"reflect"
	"slices"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

func TestPresetFiguresAreAssumed(t *testing.T) {
	a := NewAnswers(plans.Preset(calc.PPO))
	if got := a.Assumed(); !reflect.DeepEqual(got, ppoTypical) {
		t.Errorf("assumed\n%v\nwant\n%v", got, ppoTypical)
	}
	// typed: the user's
	a.Set("care.concierge.visits", "24")
	got := a.Assumed()
	if slices.Contains(got, "care.concierge.visits") || len(got) != len(ppoTypical)-1 {
		t.Errorf("after a typed answer: %v", got)
	}
	// a file's answers are the user's; Options.Assumed names the exceptions
	if got := NewAnswersFor(Options{Scenario: plans.Preset(calc.PPO), Path: "f.yaml"}).Assumed(); len(got) != 0 {
		t.Errorf("a file's answers assumed: %v", got)
	}
	want := []string{"care.concierge.visits"}
	if got := NewAnswersFor(Options{Scenario: plans.Preset(calc.PPO), Assumed: want}).Assumed(); !reflect.DeepEqual(got, want) {
		t.Errorf("Options.Assumed: %v, want %v", got, want)
	}
}

// ppoTypical are the PPO preset's figures that are not zero or empty (so
// assumed while nobody has given them), in the order of plans.Fields: its
// in-network $1,500 deductible, 20 %, $6,000 maximum; out of network $3,000,
// 40 %, $12,000, $110 allowed; a 30-visit limit; 24 visits; the clinic's
// $150 charge, $100 allowed, 30 minutes; $175 cash, 60 minutes, 30 days; the
// concierge's $225, $25 travel, 60 minutes, 18 sessions. Left out as "none"
// or a rule: $0 amounts, 0 visits used, the self-pay rate (same as the
// charge) and the out-of-network visits (same as the course).
var ppoTypical = []string{
	"plan.in_network.deductible", "plan.in_network.coinsurance", "plan.in_network.oop_max",
	"plan.out_of_network.deductible", "plan.out_of_network.coinsurance", "plan.out_of_network.oop_max",
	"plan.out_of_network.allowed", "plan.visit_limit",
	"care.visits", "care.in_network.charge", "care.in_network.allowed", "care.in_network.minutes",
	"care.out_of_network.cash_rate", "care.out_of_network.minutes", "care.out_of_network.reimbursement_days",
	"care.concierge.fee", "care.concierge.travel_fee", "care.concierge.minutes", "care.concierge.visits",
}
