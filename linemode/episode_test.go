package linemode

import (
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// The line-by-line mode asks the questions of issue 12 as the full-screen
// walk-through does (the same script): a dated, ranged, evaluated scenario
// with next year's plan, an FSA's next year and a second plan comes back
// from Enter through every question, and the transcript has each new page
// under its heading.
func TestEpisodeQuestionsLineByLine(t *testing.T) {
	s := plans.Preset(calc.PPO)
	s.Care.StartDate = calc.MakeDate(2026, 12, 14)
	s.Care.InNetwork.VisitsPerWeek = 3
	s.Care.Range = calc.VisitRange{Fewest: 12, Likely: 24, Most: 36}
	s.Care.InNetwork.Evaluations = calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000, Allowed: 20000, SelfPay: 30000}}
	s.Care.Concierge.Evaluations = calc.Evaluations{First: calc.VisitPrice{Set: true, Price: 30000}, ReEvery: 6,
		Re: calc.VisitPrice{Set: true, Price: 25000}}
	s.Plan.YearStart = calc.MonthDay{Month: 7, Day: 1}
	s.NextYear = calc.NextYear{Set: true, Plan: s.Plan}
	s.NextYear.Plan.YearStart = calc.MonthDay{} // the plan year keeps its start: next_year has none
	s.NextYear.Plan.InNetwork.Coinsurance = 2500
	s.Account = calc.Account{Kind: calc.FSA, Balance: 150000, TaxRate: 2965, NextBalance: 100000, FSARule: calc.FSAGrace}
	s.Supplemental = calc.Supplemental{Kind: calc.Indemnity, PerVisit: 4000, IndemnityBasis: calc.FixedIndemnity}
	got, out, err := run(t, s, enters(400))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got != s {
		t.Errorf("Enter through changed the scenario:\n got %+v\nwant %+v", got, s)
	}
	for _, want := range []string{"\nHow sure is the number?\n", "\nThe range of visits\n", "\nWhen therapy starts\n", "\nVisits a week\n",
		"\nThe plan year\n", "Month and day, MM-DD (type none for January 1) [07-01]: ", "\nNext year's figures\n", "Next year's coinsurance, in percent",
		"Amount in dollars [empty: as this year]: ", "[25]", "\nEvaluation visits\n", "\nThe clinic's evaluation\n",
		"\nConcierge re-evaluations\n", "\nThe FSA next plan year\n", "(fixed indemnity)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
}
