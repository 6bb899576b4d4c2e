package walkthrough

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// The draft follows every answer, not every step: an answer is kept as soon
// as it is committed (Enter, tab, a choice made), so a crash or kill -9
// loses at most the answer being typed. An answer that changes nothing
// writes nothing.
func TestDraftFollowsEveryAnswer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	d.enterUntil("plan.premium_monthly") // the plan type and the coverage kept as they were
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("a draft was saved before anything was answered: %v", err)
	}
	d.typeText("45")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("a draft was saved while the answer was being typed: %v", err)
	}
	d.press("enter") // committed: the focus goes on to the estimate's name
	if d.step() != interview.StepPlan || d.focusedKey() == "plan.premium_monthly" {
		t.Fatalf("Enter left the premium for %v, %q", d.step(), d.focusedKey())
	}
	dr, err := interview.LoadDraft(path)
	if err != nil || dr == nil {
		t.Fatalf("no draft after the premium was answered: %v", err)
	}
	if dr.Step != interview.StepPlan || dr.Answers["plan.premium_monthly"] != "45" {
		t.Errorf("draft at %v with premium %q, want the plan step and 45", dr.Step, dr.Answers["plan.premium_monthly"])
	}

	// nothing changed since: moving on writes nothing
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	d.press("tab")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("an unchanged answer saved the draft again: %v", err)
	}

	// a choice made and left: back to the coverage, a family plan, Enter
	d.press("shift+tab", "shift+tab", "shift+tab")
	if d.focusedKey() != "plan.coverage" {
		t.Fatalf("at %q, want the coverage", d.focusedKey())
	}
	d.press("down", "enter")
	if dr, err = interview.LoadDraft(path); err != nil || dr == nil || dr.Answers["plan.coverage"] != "family" || dr.Answers["plan.premium_monthly"] != "45" {
		t.Fatalf("draft after the coverage was chosen: %+v, %v", dr, err)
	}
}

// KeepDraft (a signal ended the program) keeps the answer being typed, and
// no save a command started earlier replaces it afterwards.
func TestKeepDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.yaml")
	d := newDriver(t, interview.Options{Scenario: plans.Preset(calc.PPO), DraftPath: path})
	if got, err := d.m.KeepDraft(); got != "" || err != nil {
		t.Fatalf("nothing answered: KeepDraft = %q, %v", got, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("nothing answered, yet a draft: %v", err)
	}
	d.enterUntil("plan.premium_monthly")
	d.typeText("45")
	d.press("enter")
	// the one test that reaches inside: it needs a save of the draft that a
	// command started and has not yet run when the signal comes
	older := d.m.s.saveDraftCmd(interview.StepPlan)
	d.typeText("Knee") // the estimate's name, being typed
	got, err := d.m.KeepDraft()
	if got != path || err != nil {
		t.Fatalf("KeepDraft = %q, %v", got, err)
	}
	older()
	dr, err := interview.LoadDraft(path)
	if err != nil || dr == nil {
		t.Fatalf("no draft: %v", err)
	}
	if dr.Answers["name"] != "Knee" || dr.Answers["plan.premium_monthly"] != "45" {
		t.Errorf("draft name %q, premium %q: want Knee (being typed) and 45", dr.Answers["name"], dr.Answers["plan.premium_monthly"])
	}
}
