package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// noneScenario: no plan, three cash prices — figures anyone can check.
// In network self-pay $80.29 × 2 = $160.58; out of network $100 × 2 =
// $200; concierge ($150 + $20) × 2 = $340.
func noneScenario() calc.Scenario {
	return calc.Scenario{
		Name: "Cash only",
		Plan: calc.Plan{Type: calc.NoPlan},
		Care: calc.Care{Service: calc.PhysicalTherapy, Visits: 2,
			InNetwork:    calc.ClinicCare{Charge: 8029, SelfPay: 8029, Minutes: 30},
			OutOfNetwork: calc.CashCare{CashRate: 10000, Minutes: 60, Visits: 2, ReimbursementDays: 30},
			Concierge:    calc.ConciergeCare{Fee: 15000, TravelFee: 2000, Minutes: 60, Visits: 2}},
		Supplemental: calc.Supplemental{Kind: calc.NoSupplemental},
		Account:      calc.Account{Kind: calc.NoAccount},
	}
}

func TestJSONShape(t *testing.T) {
	c := Compare(noneScenario(), nil, time.Time{})
	var out bytes.Buffer
	if err := JSON(&out, c); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&out)
	dec.UseNumber()
	var v struct {
		Schema   int      `json:"schema"`
		Cheapest string   `json:"cheapest"`
		Warnings []string `json:"warnings"`
		Options  []map[string]any
	}
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	if v.Schema != 1 || v.Cheapest != "in_network" || v.Warnings == nil || len(v.Options) != 3 {
		t.Fatalf("unexpected shape: %+v", v)
	}
	in := v.Options[0]
	// $80.29 × 2 = $160.58, printed from cents: no float on the way.
	if in["net_cost"].(json.Number).String() != "160.58" || in["id"] != "in_network" || in["label"] != "In-network clinic" {
		t.Errorf("in network: %v", in)
	}
	if in["deductible_met_at_visit"] != nil || in["first_uncovered_visit"].(json.Number).String() != "1" {
		t.Errorf("markers: %v, %v", in["deductible_met_at_visit"], in["first_uncovered_visit"])
	}
	line := in["ledger"].([]any)[0].(map[string]any)
	if line["billed"].(json.Number).String() != "80.29" || line["oop_remaining"] != nil || line["note"] != "no coverage" {
		t.Errorf("ledger line: %v", line)
	}
	for _, k := range []string{"id", "label", "visits", "minutes", "billed", "write_off", "plan_paid", "supplemental_paid", "fees",
		"patient_paid_upfront", "reimbursed", "out_of_pocket", "premiums", "tax_savings", "net_cost", "per_visit", "per_hour",
		"without_supplemental", "deductible_met_at_visit", "oop_max_met_at_visit", "first_uncovered_visit", "uncovered_visits",
		"warnings", "ledger"} {
		if _, ok := in[k]; !ok {
			t.Errorf("option lacks %q", k)
		}
	}
	if len(in) != 24 {
		t.Errorf("option has %d fields, the schema has 24", len(in))
	}
}

// The verdict and the plan-premium note are worded once (Verdict,
// PlanPremiumNote) and said so in the table and the handout alike.
func TestVerdictAndPremiumNoteWordedOnce(t *testing.T) {
	s := noneScenario()
	s.Plan.PremiumMonthly = 25000 // $250 a month: 12 × 250 = $3,000.00 a year
	// a tie with the cheapest: out of network 2 × $80.29 = $160.58, as in
	// network (which the options' order puts first); the concierge
	// 2 × ($150 + $20 travel) = $340.00, $179.42 more
	s.Care.OutOfNetwork.CashRate = 8029
	c := Compare(s, nil, time.Time{})
	verdict := "Lowest yearly cost: In-network clinic, $160.58. Out-of-network provider costs the same; concierge therapist costs $179.42 more."
	note := "The plan's own premium, $3,000.00 a year, is the same under every option and not counted above."
	if got := Verdict(c.Result); got != verdict {
		t.Errorf("Verdict = %q, want %q", got, verdict)
	}
	if got := PlanPremiumNote(c.Result); got != note {
		t.Errorf("PlanPremiumNote = %q, want %q", got, note)
	}
	var table, md bytes.Buffer
	if err := Table(&table, c, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, c); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"table": table.String(), "markdown": md.String()} {
		flat := strings.Join(strings.Fields(out), " ")
		for _, want := range []string{verdict, note} {
			if !strings.Contains(flat, want) {
				t.Errorf("the %s lacks %q:\n%s", name, want, out)
			}
		}
	}
	for _, l := range strings.Split(table.String(), "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("a table line of %d columns: %q", len([]rune(l)), l)
		}
	}
	if PlanPremiumNote(Compare(noneScenario(), nil, time.Time{}).Result) != "" {
		t.Error("a note about a premium the plan does not have")
	}
}

func TestTable(t *testing.T) {
	var out bytes.Buffer
	if err := Table(&out, Compare(noneScenario(), nil, time.Time{}), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"carecost: Cash only",
		"lowest cost",
		// In network is cheapest: $200 − $160.58 = $39.42 and $340 − $160.58 = $179.42 more.
		"Lowest yearly cost: In-network clinic, $160.58. Out-of-network provider costs $39.42 more; concierge therapist costs $179.42 more.",
		"An estimate, not a guarantee",
	} {
		if !strings.Contains(strings.Join(strings.Fields(got), " "), want) {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\x1b[") {
		t.Errorf("colour without Color")
	}
	for _, l := range strings.Split(got, "\n") {
		if len([]rune(l)) > 80 || strings.HasSuffix(l, " ") {
			t.Errorf("line too wide or with trailing space: %q", l)
		}
	}
	// The net cost row has each option's figure in its column.
	if !strings.Contains(got, "Net yearly cost                    $160.58           $200.00           $340.00") {
		t.Errorf("net cost row misaligned:\n%s", got)
	}
}

// A plan premium's line is wrapped like every other: "The plan's own
// premium, $2,160.00 a year, …" is 94 columns on one line.
func TestTablePremiumLineWraps(t *testing.T) {
	s := noneScenario()
	s.Plan.PremiumMonthly = 18000 // $180 × 12 = $2,160.00
	var out bytes.Buffer
	if err := Table(&out, Compare(s, nil, time.Time{}), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "The plan's own premium, $2,160.00 a year,") {
		t.Fatalf("no premium line:\n%s", out.String())
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if len([]rune(l)) > 78 {
			t.Errorf("line of %d columns: %q", len([]rune(l)), l)
		}
	}
}

func TestMarkdownHandout(t *testing.T) {
	s := plans.DemoScenario()
	var out bytes.Buffer
	made := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	if err := Markdown(&out, Compare(s, nil, made)); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Made on 23 November 2026", "using the 2027 reference figures", "## Warnings", "## What each option assumes",
		"### In-network clinic", "### Out-of-network provider", "### Concierge therapist",
		"## Questions to ask the insurer", "prior authorization", "superbill", "allowed amount",
		"not a guarantee of payment", "| Net yearly cost |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("handout lacks %q", want)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space (an email client may mangle it): %q", l)
		}
	}
}

func TestNoteText(t *testing.T) {
	tests := []struct {
		n    calc.Note
		want string
	}{
		{calc.Note{Rules: calc.RuleDeductible}, "deductible"},
		{calc.Note{Rules: calc.RuleDeductible | calc.RuleCoinsurance, Coinsurance: 2000}, "deductible, coinsurance 20 %"},
		{calc.Note{Rules: calc.RuleCoinsurance | calc.RuleBalanceBilled, Coinsurance: 2965, BalanceBilled: 6500}, "coinsurance 29.65 %, balance billed $65.00"},
		{calc.Note{Rules: calc.RulePastVisitLimit | calc.RuleExtraVisits}, "past visit limit, extra-visits policy"},
		{calc.Note{Rules: calc.RuleCopay, Copay: 2500}, "copay $25.00"},
		{calc.Note{Rules: calc.RuleCopay | calc.RuleOOPMaxReached, Copay: 4000}, "copay $40.00, cut short: out-of-pocket max reached"},
		{calc.Note{Rules: calc.RuleOOPMaxReached}, "out-of-pocket max reached"},
		{calc.Note{Rules: calc.RuleNewPlanYear | calc.RuleEvaluation | calc.RuleDeductible}, "new plan year, evaluation, deductible"},
		{calc.Note{Rules: calc.RuleReEvaluation | calc.RuleTherapyMax}, "re-evaluation, plan's therapy maximum reached"},
		{calc.Note{Rules: calc.RuleSecondaryPaid | calc.RuleExcessCharges}, "secondary paid, excess charges paid"},
		{calc.Note{}, ""},
	}
	for _, tt := range tests {
		if got := NoteText(tt.n); got != tt.want {
			t.Errorf("NoteText(%+v) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestMoneyBackWhen(t *testing.T) {
	o := calc.Option{ID: calc.OutOfNetworkCash, ReimbursementDays: 42}
	o.Reimbursed = 100
	if got := plans.MoneyBackWhen(&o); got != "about 6 weeks after each visit" {
		t.Errorf("got %q", got)
	}
	o.ReimbursementDays = 30
	if got := plans.MoneyBackWhen(&o); got != "about 30 days after each visit" {
		t.Errorf("got %q", got)
	}
	o.Reimbursed = 0
	if got := plans.MoneyBackWhen(&o); got != "" {
		t.Errorf("nothing back, got %q", got)
	}
}

// The table says money back is a yearly total that comes back visit by
// visit. concierge-vs-clinic.yaml by hand (plans/examples_test.go): the
// plan pays $406 out of network and $42 on the concierge's superbills;
// reimbursement_days is left out: 30.
func TestTableMoneyBack(t *testing.T) {
	data, err := os.ReadFile("../examples/concierge-vs-clinic.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, w, err := plans.Parse("concierge-vs-clinic.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Table(&out, Compare(s, w, time.Time{}), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{
		"Out-of-network provider: $406.00 in all comes back, about 30 days after each visit.",
		"Concierge therapist: $42.00 in all comes back, about 30 days after each visit.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

// The handout's assumptions follow the plan: no superbill to file when the
// plan pays nothing out of network (the HMO example) or when the therapist
// files the claim (Original Medicare), and money back is
// "soon" with no delay rather than "about 0 days".
func TestMarkdownAssumptionsFollowThePlan(t *testing.T) {
	handout := func(file string, edit func(*calc.Scenario)) string {
		data, err := os.ReadFile("../examples/" + file)
		if err != nil {
			t.Fatal(err)
		}
		s, w, err := plans.Parse(file, data)
		if err != nil {
			t.Fatal(err)
		}
		edit(&s)
		var out bytes.Buffer
		if err := Markdown(&out, Compare(s, w, time.Time{})); err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(out.String()), " ")
	}
	hmo := handout("hmo-out-of-network-specialist.yaml", func(*calc.Scenario) {})
	if strings.Contains(hmo, "at the visit and file a superbill") || !strings.Contains(hmo, "no claim is filed") {
		t.Errorf("HMO handout:\n%s", hmo)
	}
	// Original Medicare: the therapist files the claim (none can opt out),
	// so the handout neither tells the patient to file a superbill nor asks
	// where to send one; a PPO's handout does both.
	medicare := handout("medicare-medigap-g.yaml", func(*calc.Scenario) {})
	if strings.Contains(medicare, "superbill") || !strings.Contains(medicare, "the therapist files the claim, and the plan pays its share to you") {
		t.Errorf("Medicare handout:\n%s", medicare)
	}
	ppo := handout("tkr-ppo.yaml", func(*calc.Scenario) {})
	if !strings.Contains(ppo, "at the visit and file a superbill.") || !strings.Contains(ppo, "Where do I send a superbill") {
		t.Errorf("PPO handout:\n%s", ppo)
	}
	now := handout("low-back-visit-limit.yaml", func(s *calc.Scenario) { s.Care.OutOfNetwork.ReimbursementDays = 0 })
	// the out-of-network option: visits 1–20 covered (limit 20) at $90
	// recognised; the shared deductible leaves 2000 − 1000 met in network
	// = $1,000: visits 1–11 pay 11 × 90 = $990 of it; visit 12 pays the
	// last $10 and 40 % of $80 = $32, the plan $48; visits 13–20 the plan
	// pays 60 % of $90 = $54 each, 8 × 54 = $432. Back: 48 + 432 = $480.00
	if strings.Contains(now, "about 0 days") || !strings.Contains(now, "$480.00 comes back in all, soon after each visit.") {
		t.Errorf("no delay:\n%s", now)
	}
	// Words that mean what they say (issue 10, item 7): no money back
	// promised where none comes (the ACL example's out-of-network claims
	// all go to its $6,000 deductible: 24 × $100 recognised = $2,400); no
	// visit limit told to an option that files no claims; no "$0.00
	// travel"; a $0 deductible is no deductible.
	acl := handout("acl-hdhp-hsa.yaml", func(*calc.Scenario) {})
	if strings.Contains(acl, "Money comes back") || strings.Contains(acl, "comes back in all") ||
		!strings.Contains(acl, "Nothing comes back this year: the claims all go toward the out-of-network deductible") {
		t.Errorf("ACL handout promises money back:\n%s", acl)
	}
	if strings.Count(hmo, "The plan covers 30 therapy visits a year") != 1 {
		t.Errorf("the visit limit is told to options that file no claims:\n%s", hmo)
	}
	if !strings.Contains(hmo, "There is no in-network deductible; then a $30.00 copay a visit") {
		t.Errorf("a $0 deductible:\n%s", hmo)
	}
	noTravel := handout("tkr-ppo.yaml", func(s *calc.Scenario) { s.Care.Concierge.TravelFee = 0 })
	if strings.Contains(noTravel, "plus $0.00 travel") {
		t.Errorf("$0.00 travel:\n%s", noTravel)
	}
}

// Without a health plan the handout speaks of no plan: no negotiated rate
// of $0.00, no "out-of-network benefits", questions for the providers not
// an insurer, and the rows that all say "no claims" said once. The
// preset: 24 visits at the $150 self-pay rate.
func TestMarkdownWithoutAPlan(t *testing.T) {
	var out bytes.Buffer
	if err := Markdown(&out, Compare(plans.Preset(calc.NoPlan), nil, time.Time{})); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(out.String()), " ")
	for _, bad := range []string{"negotiated rate", "out-of-network benefits", "Questions to ask the insurer", "deductible met no claims"} {
		if strings.Contains(text, bad) {
			t.Errorf("the handout without a plan says %q:\n%s", bad, text)
		}
	}
	for _, want := range []string{"The clinic's self-pay rate is $150.00 a visit.", "without a health plan nothing comes back",
		"Questions to ask the providers", "no option files a claim"} {
		if !strings.Contains(text, want) {
			t.Errorf("the handout without a plan lacks %q:\n%s", want, text)
		}
	}
}

// A name cannot add Markdown or HTML to the handout: every character that
// means something inside a CommonMark line is escaped, <, > and & are
// entities; and a terminal's control characters are shown as escapes, in
// the handout and on the table's title line.
func TestNameIsEscaped(t *testing.T) {
	s := noneScenario()
	s.Name = "Ann's *knee* _x_ `c` [l](http://e.x) ![i](y) <script>&amp; | # ~s~ \\ \x1b]0;T\a\u202e"
	var md strings.Builder
	if err := Markdown(&md, Compare(s, nil, time.Time{})); err != nil {
		t.Fatal(err)
	}
	title, _, _ := strings.Cut(md.String(), "\n")
	want := `# Ann's \*knee\* \_x\_ \` + "`" + `c\` + "`" + ` \[l\](http://e.x) \!\[i\](y) &lt;script&gt;&amp;amp; \| \# \~s\~ \\ \\x1b\]0;T\\a\\u202e: a year of therapy, three ways`
	if title != want {
		t.Errorf("handout title\n%s\nwant\n%s", title, want)
	}
	var table strings.Builder
	if err := Table(&table, Compare(s, nil, time.Time{}), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	title, _, _ = strings.Cut(table.String(), "\n")
	if want := "carecost: Ann's *knee* _x_ `c` [l](http://e.x) ![i](y) <script>&amp; | # ~s~ \\ \\x1b]0;T\\a\\u202e"; title != want {
		t.Errorf("table title\n%q\nwant\n%q", title, want)
	}
}

// The next steps (plans.NextSteps) are in the handout too: an HMO's
// referral and the ACA's 180-day internal appeal.
func TestMarkdownNextSteps(t *testing.T) {
	data, err := os.ReadFile("../examples/hmo-out-of-network-specialist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, w, err := plans.Parse("hmo.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Markdown(&out, Compare(s, w, time.Time{})); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"## Next steps", "**Before the first visit**", "Get a referral from your primary care doctor",
		"**If a claim is denied**", "180 days from the denial"} {
		if !strings.Contains(text, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
}
