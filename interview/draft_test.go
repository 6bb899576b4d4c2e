package interview

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/plans"
)

func TestDraftRoundTrip(t *testing.T) {
	d := Draft{
		Step: StepCare,
		Path: "knee.yaml",
		Sum:  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Answers: map[string]string{
			"plan.type":                  "hmo",
			"plan.in_network.deductible": "1,5OO", // not valid yet: kept as typed
			"name":                       "true",  // text that looks like a boolean stays text
			"care.visits":                "",
			KeyTaxBracket:                "29.65",
		},
		Touched: []string{"plan.in_network.deductible", "plan.type"},
		Saved:   time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC),
	}
	data, err := MarshalDraft(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# carecost: an unfinished walk-through") || !strings.Contains(string(data), "step: care\n") {
		t.Errorf("draft file:\n%s", data)
	}
	got, err := UnmarshalDraft(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, d) {
		t.Errorf("read back\n%+v\nwant\n%+v", *got, d)
	}
}

func TestDraftUnknownsDropped(t *testing.T) {
	got, err := UnmarshalDraft([]byte("version: 1\nstep: sideways\nanswers:\n  plan.type: ppo\n  plan.colour: blue\n  care.visits: 12\ntouched: [plan.colour, care.visits]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Step != StepPlan {
		t.Errorf("unknown step read as %v, want the plan", got.Step)
	}
	want := map[string]string{"plan.type": "ppo", "care.visits": "12"}
	if !reflect.DeepEqual(got.Answers, want) || !reflect.DeepEqual(got.Touched, []string{"care.visits"}) {
		t.Errorf("answers %v touched %v", got.Answers, got.Touched)
	}
	for _, bad := range []string{"version: 2\n", "[1, 2]", "version: 1\nanswers: [1]\n"} {
		if _, err := UnmarshalDraft([]byte(bad)); err == nil {
			t.Errorf("%q read without an error", bad)
		}
	}
}

func TestLoadDraftNone(t *testing.T) {
	d, err := LoadDraft(t.TempDir() + "/draft.yaml")
	if d != nil || err != nil {
		t.Errorf("no draft: %v, %v", d, err)
	}
}

func FuzzUnmarshalDraft(f *testing.F) {
	for _, s := range []string{
		"version: 1\nstep: care\nanswers:\n  plan.type: hmo\n",
		"version: 1\nstep: review\nanswers: {}\ntouched: [name]\n",
		"", "version: 1\nanswers:\n  name: [1]\n", "{version: 1, step: plan, answers: {care.visits: '1,5'}}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := UnmarshalDraft(data)
		if err != nil {
			return
		}
		again, err := MarshalDraft(*d)
		if err != nil {
			t.Fatalf("a draft read cannot be written: %v", err)
		}
		d2, err := UnmarshalDraft(again)
		if err != nil {
			t.Fatalf("a draft written cannot be read: %v\n%s", err, again)
		}
		d.Saved, d2.Saved = time.Time{}, time.Time{} // to the second only
		if !reflect.DeepEqual(normalDraft(*d), normalDraft(*d2)) {
			t.Fatalf("round trip\n%+v\n%+v", *d, *d2)
		}
		// resuming any draft never panics: its pages, its review
		w := Start(Options{Scenario: plans.Preset(calc.PPO), Draft: d})
		_ = w.Pages()
		for _, st := range w.ReviewSteps() {
			for _, p := range w.A.ReviewPages(st) {
				_ = w.A.Summary(st, p, " · ")
			}
		}
	})
}

func normalDraft(d Draft) Draft {
	if len(d.Touched) == 0 {
		d.Touched = nil
	}
	return d
}

// Any text typed as any answer: checking it and resolving every answer never
// panics, and answers that resolve write a file that reads back the same.
func FuzzTypedAnswer(f *testing.F) {
	f.Add(0, "1,500")
	f.Add(5, "$1,500.50")
	f.Add(9, "0.295")
	f.Add(20, "none")
	f.Add(1, "2026")
	f.Add(30, "massage")
	f.Add(len(answerKeys)-1, "preset:0")
	f.Add(len(answerKeys)-2, "other")
	f.Fuzz(func(t *testing.T, i int, text string) {
		if i < 0 {
			i = -i
		}
		key := answerKeys[i%len(answerKeys)]
		a := NewAnswers(plans.Preset(calc.PPO))
		_ = a.Check(key, text)
		a.Set(key, text)
		s, _, errs := a.Scenario()
		if len(errs) > 0 {
			return
		}
		data, err := plans.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		back, _, err := plans.Parse("f.yaml", data)
		if err != nil || back != s {
			t.Fatalf("%s=%q: resolved scenario does not round-trip: %v", key, text, err)
		}
	})
}

// DraftOf keeps a whole scenario: written, read back and resumed over the
// PPO preset (as the start screen resumes), it gives the very scenario again,
// at the review, every answer the user's own. Every example, the demo and
// each preset are tried.
func TestDraftOfRoundTrip(t *testing.T) {
	scenarios := map[string]calc.Scenario{"demo": plans.DemoScenario()}
	for _, e := range examples.List() {
		s, _, err := examples.Load(e.File)
		if err != nil {
			t.Fatal(err)
		}
		scenarios[e.File] = s
	}
	for _, pt := range calc.PlanTypes {
		scenarios["preset "+string(pt)] = plans.Preset(pt)
	}
	if len(scenarios) < 12 {
		t.Fatalf("only %d scenarios to try", len(scenarios))
	}
	for name, s := range scenarios {
		data, err := MarshalDraft(DraftOf(s, nil, "kept.yaml", "ab12", time.Now()))
		if err != nil {
			t.Fatal(err)
		}
		d, err := UnmarshalDraft(data)
		if err != nil {
			t.Fatal(err)
		}
		if d.Step != StepReview || d.Path != "kept.yaml" || d.Sum != "ab12" || len(d.Touched) != len(answerKeys) {
			t.Errorf("%s: step %v, path %q, %d of %d answers touched", name, d.Step, d.Path, len(d.Touched), len(answerKeys))
		}
		got, _, errs := NewAnswersFor(Options{Scenario: plans.Preset(calc.PPO), Draft: d}).Scenario()
		if len(errs) > 0 {
			t.Errorf("%s: the resumed answers do not validate: %v", name, errs)
			continue
		}
		if got != s {
			t.Errorf("%s: resumed\n%+v\nwant\n%+v", name, got, s)
		}
	}
}

// A draft of the dashboard's what-ifs keeps which figures were assumed:
// resumed, they are still assumed, and every other answer is the user's.
func TestDraftOfKeepsTheAssumed(t *testing.T) {
	s := plans.Preset(calc.PPO)
	assumed := []string{"care.in_network.allowed", "care.concierge.visits"}
	data, err := MarshalDraft(DraftOf(s, assumed, "", "", time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	d, err := UnmarshalDraft(data)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAnswersFor(Options{Scenario: plans.Preset(calc.HMO), Draft: d})
	if got := a.Assumed(); !reflect.DeepEqual(got, assumed) {
		t.Errorf("resumed assumed %v, want %v", got, assumed)
	}
	if !a.Touched("care.concierge.fee") || a.Touched("care.concierge.visits") {
		t.Errorf("touched: fee %v, sessions %v", a.Touched("care.concierge.fee"), a.Touched("care.concierge.visits"))
	}
}
