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
	// Counts are every count of the range in order, with its weight and
	// each option's own visits and net cost there.
	Counts []RangeCount
	// PlanCost is the scenario's Result.PlanCost, the same at every count:
	// an option's whole yearly cost at a count is its net cost plus this.
	PlanCost Cents
}

// RangeCount is one count of the range: the episode's visits, their weight,
// and each option's own visits and net cost (in OptionIDs order).
type RangeCount struct {
	Visits  int
	Weight  int64
	Options [numberOfOptions]RangePoint
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
	res := RangeResult{Range: v, Counts: make([]RangeCount, count), PlanCost: planCost(&s)}
	run := s
	var prev OptionID
	for i := range count {
		n := v.Fewest + i
		run.Care.Visits = n
		run.Care.OutOfNetwork.Visits = scaledVisits(n, s.Care.OutOfNetwork.Visits, s.Care.Visits)
		run.Care.Concierge.Visits = scaledVisits(n, s.Care.Concierge.Visits, s.Care.Visits)
		w := rangeWeight(v, n)
		res.TotalWeight += w
		res.Counts[i] = RangeCount{Visits: n, Weight: w}
		best := 0
		for j, id := range OptionIDs {
			var o Option
			estimateOption(&run, id, &o, nil, nil)
			res.Counts[i].Options[j] = RangePoint{o.Visits, o.NetCost}
			if o.NetCost < res.Counts[i].Options[best].NetCost { // a tie keeps the earlier option
				best = j
			}
		}
		res.Options[best].CheapestWeight += w
		if i > 0 && OptionIDs[best] != prev {
			res.Changes = append(res.Changes, CheapestChange{Visits: n, From: prev, To: OptionIDs[best]})
		}
		prev = OptionIDs[best]
	}
	// Each option's costs with their weights, read from Counts and sorted
	// for the percentiles (one slice, reused).
	type point struct {
		cost   Cents
		weight int64
	}
	pts := make([]point, count)
	for j, id := range OptionIDs {
		ro := &res.Options[j]
		ro.ID = id
		ro.Fewest = res.Counts[0].Options[j]
		ro.Likely = res.Counts[v.Likely-v.Fewest].Options[j]
		ro.Most = res.Counts[count-1].Options[j]
		for i, c := range res.Counts {
			pts[i] = point{c.Options[j].NetCost, c.Weight}
		}
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

// PlanOdds is the chance that each of several plans is the cheapest over
// the range of visits they share (docs/cost-rules.md, "Plan against plan
// over a range of visits"), as weights over TotalWeight.
type PlanOdds struct {
	TotalWeight int64
	// Cheapest holds, for each plan in order, the weight of the counts at
	// which its cheapest option's whole yearly cost is below every other
	// plan's.
	Cheapest []int64
	// Tie is the weight of the counts at which two or more plans share the
	// lowest cost: they count for none of them.
	Tie int64
}

// Percent is weight w over the total in basis points, rounded half up
// (66.67 % for 10/15).
func (o *PlanOdds) Percent(w int64) BasisPoints {
	if o.TotalWeight <= 0 {
		return 0
	}
	return BasisPoints(divRoundHalfUp(w*10000, o.TotalWeight))
}

// ComparePlanRanges weighs, count by count, which of the plans whose range
// estimates rs are is the cheapest: at each count a plan costs what its
// cheapest option does, net cost plus its PlanCost. ok is false unless
// every plan has the same valid range.
func ComparePlanRanges(rs []*RangeResult) (PlanOdds, bool) {
	if len(rs) == 0 || len(rs[0].Counts) == 0 {
		return PlanOdds{}, false
	}
	first := rs[0]
	for _, r := range rs[1:] {
		if r.Range != first.Range || len(r.Counts) != len(first.Counts) {
			return PlanOdds{}, false
		}
	}
	odds := PlanOdds{TotalWeight: first.TotalWeight, Cheapest: make([]int64, len(rs))}
	for i, c := range first.Counts {
		winner, tied := -1, false
		var lowest Cents
		for p, r := range rs {
			o := &r.Counts[i].Options
			cost := min(o[0].NetCost, o[1].NetCost, o[2].NetCost) + r.PlanCost
			switch {
			case winner < 0 || cost < lowest:
				winner, lowest, tied = p, cost, false
			case cost == lowest:
				tied = true
			}
		}
		if tied {
			odds.Tie += c.Weight
		} else {
			odds.Cheapest[winner] += c.Weight
		}
	}
	return odds, true
}
