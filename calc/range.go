package calc

import (
	"cmp"
	"slices"
)

// RangeResult is the estimate over a range of visit counts (docs/cost-rules.md,
// "A range of visits").
type RangeResult struct {
	Range       VisitRange
	TotalWeight int64 // W: the sum of every count's weight
	Options     [numberOfOptions]RangeOption
	// Changes are the counts whose cheapest option differs from the count
	// before's, in order.
	Changes []CheapestChange
}

// RangeOption is one option over the range.
type RangeOption struct {
	ID OptionID
	// The option's own visits and net cost at the range's fewest, likely and
	// most visits.
	Fewest, Likely, Most RangePoint
	// P10, P50, P90 are percentiles of the net cost.
	P10, P50, P90 Cents
	// CheapestWeight is the weight of the counts where this option is the
	// cheapest; its probability is CheapestWeight / TotalWeight.
	CheapestWeight int64
}

// RangePoint is an option's visits and net cost at one count of the range.
type RangePoint struct {
	Visits  int
	NetCost Cents
}

// CheapestChange says that from Visits on (the episode's count) the cheapest
// option is To instead of From.
type CheapestChange struct {
	Visits   int
	From, To OptionID
}

// CheapestPercent is the probability that option i is the cheapest, in
// basis points rounded half up (13.33 % for 2/15).
func (r *RangeResult) CheapestPercent(i int) BasisPoints {
	if r.TotalWeight <= 0 || i < 0 || i >= len(r.Options) {
		return 0
	}
	return BasisPoints(divRoundHalfUp(r.Options[i].CheapestWeight*10000, r.TotalWeight))
}

// EstimateRange estimates every visit count of s.Care.Range; ok is false
// when s has no valid range. It never panics and does no I/O.
func EstimateRange(s Scenario) (RangeResult, bool) {
	v := s.Care.Range
	if !v.Valid() {
		return RangeResult{}, false
	}
	count := v.Most - v.Fewest + 1
	type point struct {
		cost   Cents
		visits int
		weight int64
	}
	// Every count's net cost, on the stack: at most 365 counts.
	var points [numberOfOptions][MaxRangeVisits]point
	res := RangeResult{Range: v}
	run := s
	var prev OptionID
	for i := range count {
		n := v.Fewest + i
		run.Care.Visits = n
		run.Care.OutOfNetwork.Visits = scaledVisits(n, s.Care.OutOfNetwork.Visits, s.Care.Visits)
		run.Care.Concierge.Visits = scaledVisits(n, s.Care.Concierge.Visits, s.Care.Visits)
		w := rangeWeight(v, n)
		res.TotalWeight += w
		best := 0
		for j, id := range OptionIDs {
			var o Option
			estimateOption(&run, id, &o, nil, nil)
			points[j][i] = point{o.NetCost, o.Visits, w}
			if o.NetCost < points[best][i].cost { // a tie keeps the earlier option
				best = j
			}
		}
		res.Options[best].CheapestWeight += w
		if i > 0 && OptionIDs[best] != prev {
			res.Changes = append(res.Changes, CheapestChange{Visits: n, From: prev, To: OptionIDs[best]})
		}
		prev = OptionIDs[best]
	}
	for j, id := range OptionIDs {
		ro := &res.Options[j]
		pts := points[j][:count]
		ro.ID = id
		ro.Fewest = RangePoint{pts[0].visits, pts[0].cost}
		ro.Likely = RangePoint{pts[v.Likely-v.Fewest].visits, pts[v.Likely-v.Fewest].cost}
		ro.Most = RangePoint{pts[count-1].visits, pts[count-1].cost}
		slices.SortStableFunc(pts, func(a, b point) int { return cmp.Compare(a.cost, b.cost) })
		// The lower percentile: the smallest cost whose cumulative weight
		// reaches p % of the whole (100 × cumulative ≥ p × W).
		var cumulative int64
		targets := [3]*Cents{&ro.P10, &ro.P50, &ro.P90}
		percents := [3]int64{10, 50, 90}
		next := 0
		for _, pt := range pts {
			cumulative += pt.weight
			for next < len(targets) && 100*cumulative >= percents[next]*res.TotalWeight {
				*targets[next] = pt.cost
				next++
			}
		}
	}
	return res, true
}

// rangeWeight is the triangular weight of count n (docs/cost-rules.md): it rises
// from the fewest to the likely count and falls to the most, in integers.
func rangeWeight(v VisitRange, n int) int64 {
	if n <= v.Likely {
		return int64(n-v.Fewest+1) * int64(v.Most-v.Likely+1)
	}
	return int64(v.Most-n+1) * int64(v.Likely-v.Fewest+1)
}

// scaledVisits is an option's own count for an episode of n visits: its
// ratio to the episode's visits, round_half_up(n × visits / base), never
// below 1.
func scaledVisits(n, visits, base int) int {
	if base <= 0 {
		return n
	}
	return max(1, int(divRoundHalfUp(int64(n)*int64(max(0, visits)), int64(base))))
}
