package interview

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/plans"
)

// ReviewPages are a step's pages as the review lists them: the full route's
// pages and answers that apply, each walk-through choice replaced by the
// field it fills.
func (a *Answers) ReviewPages(s Step) []Page {
	var out []Page
	seen := map[string]bool{}
	for _, p := range a.Pages(s, false) {
		if !p.Shown(a) {
			continue
		}
		var qs []Question
		for _, q := range p.Questions {
			if q.Fills != "" {
				q = ask(q.Fills)
			}
			if seen[q.Key] || !a.Applies(q.Key) {
				continue
			}
			seen[q.Key] = true
			qs = append(qs, q)
		}
		if len(qs) > 0 {
			p.Questions = qs
			out = append(out, p)
		}
	}
	return out
}

// Display is an answer as the review shows it: amounts as dollars, choices
// in words, an empty answer as what it means, and text that is not valid
// quoted as typed.
func (a *Answers) Display(q Question) string {
	raw := a.Text(q.Key)
	spec, field := plans.Field(q.Key)
	if !field && q.IsChoice() {
		// a walk-through choice that fills no field (is the number of
		// visits a range?): the choice in words
		for _, c := range q.Choices(a) {
			if c.Value == raw {
				return text.LowerFirst(c.Label)
			}
		}
		return "not answered"
	}
	if strings.TrimSpace(raw) != "" && plans.ValidateField(q.Key, raw) != nil {
		return strconv.Quote(raw) + " (not valid)"
	}
	t := a.typed(q.Key)
	if t == "" {
		if e := q.EmptyMeaning(a); e != "" {
			return e
		}
		// what an empty answer means: the field's default ("0" shown as
		// $0.00), when the default is a value
		if spec.Default == "" || plans.ValidateField(q.Key, spec.Default) != nil {
			return "not answered"
		}
		t = plans.NormalizeTyped(spec.Kind, spec.Default)
	}
	switch q.Kind {
	case plans.KindBool:
		return yesIf(t == "true")
	case plans.KindEnum:
		if q.Key == "plan.type" {
			return plans.PlanTypeName(calc.PlanType(t)) // a name: Original Medicare
		}
		return text.LowerFirst(spec.ChoiceLabel(t))
	case plans.KindMoney:
		v, _ := calc.ParseDecimal(t)
		return calc.Cents(v).String()
	case plans.KindPercent:
		return t + " %"
	}
	return t
}

// Summary is a page's answers on one line, as the review lists them: "The
// deductible: deductible $1,500.00 · met $0.00". A title the same as the
// step's is left out, and so is a label the same as the page's title. A
// figure the user did not give is marked "(assumed)".
func (a *Answers) Summary(step Step, p Page, sep string) string {
	parts := make([]string, 0, len(p.Questions))
	assumed := a.Assumed()
	for _, q := range p.Questions {
		shown := a.Display(q)
		if slices.Contains(assumed, q.Key) {
			shown += " (assumed)" // a typical figure the user did not give
		}
		empty := q.EmptyMeaning(a)
		meaning := empty != "" && shown == empty
		words := strings.Fields(shown)
		switch {
		case q.Short == "" || strings.EqualFold(q.Short, p.Title):
			parts = append(parts, shown)
		case meaning && strings.HasPrefix(shown, "no ") && strings.Contains(q.Short, words[len(words)-1]):
			// "no maximum", "no yearly maximum", not "maximum no maximum"
			parts = append(parts, "no "+q.Short)
		case meaning && strings.HasPrefix(shown, "no "):
			parts = append(parts, q.Short+": "+shown) // "max visits: no maximum"
		case meaning && strings.Contains(shown, q.Short):
			parts = append(parts, shown) // "the newest year, 2027"
		default:
			parts = append(parts, q.Short+" "+shown)
		}
	}
	text := strings.Join(parts, sep)
	if p.Title != "" && p.Title != step.Title() {
		text = p.Title + ": " + text
	}
	return text
}

// Problem says what is wrong with a typed answer and what is allowed, as
// both walk-throughs say it: "The answer abc is not a number. Allowed: …".
// The text as typed is never capitalised. What an empty answer means is
// left to each walk-through's own words.
func Problem(fe *plans.FieldError) string {
	p := fe.Problem
	if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
		p = "The answer " + p // "is required", or the text as typed
	}
	if fe.Allowed != "" {
		p += ". Allowed: " + plans.AllowedWhenTyped(fe.Allowed)
	}
	return p
}
