package walkthrough

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// Every step of the walk-through as it first shows, and the review, at
// 80×22 (the walk-through's part of an 80×24 terminal), for a PPO and for
// no plan: testdata/TestStepsGolden/<case>/<nn_step>.golden. After a
// deliberate change, `go test ./tui/walkthrough -run TestStepsGolden
// -update` and read the diff.
func TestStepsGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		pt   calc.PlanType
	}{{"ppo", calc.PPO}, {"no_plan", calc.NoPlan}} {
		t.Run(c.name, func(t *testing.T) {
			d := newDriver(t, interview.Options{Scenario: plans.Preset(c.pt)})
			seen := map[interview.Step]bool{}
			for i := 0; ; i++ {
				if i > 80 {
					t.Fatalf("no review after %d Enters", i)
				}
				step := d.step()
				if !seen[step] {
					seen[step] = true
					view := d.view()
					for n, line := range strings.Split(view, "\n") {
						if w := len([]rune(line)); w > 80 {
							t.Errorf("%s: line %d is %d wide", step, n+1, w)
						}
					}
					if h := strings.Count(view, "\n") + 1; h > 22 {
						t.Errorf("%s: %d lines, more than 22", step, h)
					}
					t.Run(fmt.Sprintf("%d_%s", int(step)+1, step), func(t *testing.T) {
						golden.RequireEqual(t, []byte(view))
					})
				}
				if step == interview.StepReview {
					break
				}
				d.press("enter")
			}
		})
	}
}
