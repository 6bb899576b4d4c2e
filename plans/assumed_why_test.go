package plans

import (
	"testing"

	"github.com/carecost/carecost/calc"
)

// The sessions of a course are a count, never "a typical price": when they
// are not fewer than the visits (a 1-visit course keeps 1 session), the
// words say what they are.
func TestAssumedSessionsAreNotAPrice(t *testing.T) {
	for _, c := range []struct {
		visits, concierge int
		want              string
	}{
		// 18 of 24: fewer, longer sessions
		{24, 18, "The concierge sessions, 18: fewer than the 24 visits of the course, since each session is longer"},
		// 1 of 1: as many as the visits
		{1, 1, "The concierge sessions, 1: as many as the visits of the course"},
		// more than the visits (a draft kept from before): still a count
		{10, 18, "The concierge sessions, 18: a typical number of sessions"},
	} {
		s := Preset(calc.PPO)
		s.Care.Visits, s.Care.Concierge.Visits = c.visits, c.concierge
		as := Assumptions(s, []string{"care.concierge.visits"})
		if len(as) != 1 || as[0].Sentence() != c.want {
			t.Errorf("%d visits, %d sessions: %+v, want %q", c.visits, c.concierge, as, c.want)
		}
	}
}
