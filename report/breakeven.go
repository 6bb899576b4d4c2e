package report

import (
	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
)

// The dashboard's chart and cards present the engine's figures; the few
// sums and differences they need are taken here, so the terminal interface
// does no arithmetic on money of its own.

// Cumulative appends to dst what the patient has paid out of pocket by each
// visit of o's ledger: element k−1 is the sum of OutOfPocket over visits
// 1..k (docs/spec/clarifications.md: the cumulative chart plots out of pocket by
// visit; premiums and tax savings are yearly and stated beside it). Its last
// element equals o.OutOfPocket.
func Cumulative(dst []calc.Cents, o *calc.Option) []calc.Cents {
	var total calc.Cents
	for i := range o.Ledger {
		total += o.Ledger[i].OutOfPocket
		dst = append(dst, total)
	}
	return dst
}

// Crossing is a break-even visit: where two options' cumulative
// out-of-pocket lines cross.
type Crossing struct {
	// Visit is the first visit by which Cheaper has cost the patient less,
	// in total, than Dearer, after Dearer had cost less.
	Visit   int
	Cheaper calc.OptionID
	Dearer  calc.OptionID
}

// String says the crossing in words: "The concierge therapist becomes
// cheaper than the out-of-network provider at visit 18."
func (c Crossing) String() string {
	return "The " + text.LowerFirst(c.Cheaper.Label()) + " becomes cheaper than the " +
		text.LowerFirst(c.Dearer.Label()) + " at visit " + itoa(c.Visit) + "."
}

// Crossings lists the break-even visits of r, pair by pair in report order
// (in network and out of network, in network and concierge, out of network
// and concierge), each pair's crossings in visit order. Each option's line
// ends at its own last visit, so a pair is compared only up to the shorter
// ledger. A tie is not a crossing: the lines cross where the lower one
// changes, counting from the last visit at which they differed.
func Crossings(r *calc.Result) []Crossing {
	var out []Crossing
	var a, b []calc.Cents
	for i := range r.Options {
		for j := i + 1; j < len(r.Options); j++ {
			oi, oj := &r.Options[i], &r.Options[j]
			a = Cumulative(a[:0], oi)
			b = Cumulative(b[:0], oj)
			lower := 0 // −1: oi lower so far; +1: oj lower; 0: not yet apart
			for k := 0; k < len(a) && k < len(b); k++ {
				now := 0
				switch {
				case a[k] < b[k]:
					now = -1
				case a[k] > b[k]:
					now = 1
				}
				if now == 0 {
					continue
				}
				if lower != 0 && now != lower {
					c := Crossing{Visit: k + 1, Cheaper: oi.ID, Dearer: oj.ID}
					if now > 0 {
						c.Cheaper, c.Dearer = oj.ID, oi.ID
					}
					out = append(out, c)
				}
				lower = now
			}
		}
	}
	return out
}

// MoreThanCheapest is how much more option id costs a year than the
// cheapest option of r (0 for the cheapest itself and for a tie).
func MoreThanCheapest(r *calc.Result, id calc.OptionID) calc.Cents {
	o, best := r.Option(id), r.Option(r.Cheapest)
	if o == nil || best == nil {
		return 0
	}
	return o.NetCost - best.NetCost
}

// CoveredVisits is how many of o's visits the plan or an extra-visits
// policy covers.
func CoveredVisits(o *calc.Option) int {
	return o.Visits - o.UncoveredVisits
}
