package walkthrough

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/interview"
	"github.com/carecost/carecost/plans"
)

// flowRoot is a parent as the root model will be: it sizes the walk-through,
// forwards every message and stops on CompletedMsg or AbortedMsg. It also
// tells the test where the focus is after each message, so keys are sent
// when the screen is ready for them, as a person would.
type flowRoot struct {
	w     Model
	focus chan string // "step:key" each time it changes
	last  string
	done  *CompletedMsg
}

func (r flowRoot) Init() tea.Cmd { return r.w.Init() }

func (r flowRoot) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.w.SetSize(msg.Width, msg.Height-2) // the parent's help footer
		return r, nil
	case CompletedMsg:
		r.done = &msg
		return r, tea.Quit
	case AbortedMsg:
		return r, tea.Quit
	}
	var cmd tea.Cmd
	r.w, cmd = r.w.Update(msg)
	if where := r.where(); where != r.last {
		r.last = where
		select {
		case r.focus <- where:
		default:
		}
	}
	return r, cmd
}

func (r flowRoot) where() string {
	s := r.w.s
	if s.w.Step() == interview.StepReview {
		w := "review:" + strings.Fields("browsing naming confirming writing")[s.review.mode]
		if path, _ := s.w.SavedTo(calc.Scenario{}); path != "" {
			w += ":saved"
		}
		return w
	}
	return s.w.Step().String() + ":" + r.w.Focused()
}

func (r flowRoot) View() string { return r.w.View() }

type flow struct {
	t  *testing.T
	tm *teatest.TestModel
	ch chan string
	at string
	// queue holds the answers the test gives, each at its question, in
	// order; waitFor gives them. A question the test names nowhere in it
	// keeps its answer (Enter), so a question added to the script does not
	// change a flow that does not name it.
	queue []action
}

type action struct {
	where string
	do    func()
}

func startFlow(t *testing.T, o Options) *flow {
	o.DraftPath = filepath.Join(t.TempDir(), "draft.yaml")
	ch := make(chan string, 4096)
	root := flowRoot{w: New(o), focus: ch}
	tm := teatest.NewTestModel(t, root, teatest.WithInitialTermSize(80, 24))
	return &flow{t: t, tm: tm, ch: ch}
}

// waitFor gives the answers queued, each at its question, then waits until
// the focus is at where ("in_network:plan.in_network.copay").
func (f *flow) waitFor(where string) {
	f.t.Helper()
	for len(f.queue) > 0 {
		a := f.queue[0]
		f.queue = f.queue[1:]
		f.reach(a.where)
		a.do()
		f.at = "" // acted on: wait for the focus to move on
	}
	f.reach(where)
}

// reach waits until the focus is at where, pressing Enter at every
// question on the way that no queued answer names.
func (f *flow) reach(where string) {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for f.at != where {
		if f.passable() {
			f.key("enter")
			f.at = ""
		}
		select {
		case f.at = <-f.ch:
		case <-deadline:
			f.t.Fatalf("never reached %s; last at %s", where, f.at)
		}
	}
}

// passable: the focus is at a question no queued answer names.
func (f *flow) passable() bool {
	if f.at == "" || strings.HasPrefix(f.at, "review:") {
		return false
	}
	for _, a := range f.queue {
		if a.where == f.at {
			return false
		}
	}
	return true
}

// next waits for the focus to move anywhere.
func (f *flow) next() string {
	f.t.Helper()
	select {
	case f.at = <-f.ch:
		return f.at
	case <-time.After(10 * time.Second):
		f.t.Fatalf("the focus did not move from %s", f.at)
	}
	return ""
}

func (f *flow) key(k string) { f.tm.Send(keyMsg(k)) }

// answer queues typing text over the answer at where, then Enter.
func (f *flow) answer(where, text string) {
	f.queue = append(f.queue, action{where, func() {
		f.key("ctrl+u")
		f.tm.Type(text)
		f.key("enter")
	}})
}

// pick queues moving through a choice at where, then Enter.
func (f *flow) pick(where string, moves ...string) {
	f.queue = append(f.queue, action{where, func() {
		for _, m := range moves {
			f.key(m)
		}
		f.key("enter")
	}})
}

func (f *flow) final() flowRoot {
	f.t.Helper()
	return f.tm.FinalModel(f.t, teatest.WithFinalTimeout(10*time.Second)).(flowRoot)
}

// The laptop demo: Enter after Enter through the defaults ends with the
// preset's scenario.
func TestFlowEnterThroughDefaults(t *testing.T) {
	for _, pt := range []calc.PlanType{calc.PPO, calc.Medicare, calc.NoPlan} {
		t.Run(string(pt), func(t *testing.T) {
			want := plans.Preset(pt)
			f := startFlow(t, Options{Options: interview.Options{Scenario: want}})
			f.next()
			for i := 0; !strings.HasPrefix(f.at, "review:"); i++ {
				if i > 60 {
					t.Fatalf("no review after %d Enters; at %s", i, f.at)
				}
				f.key("enter")
				f.next()
			}
			f.key("enter")
			root := f.final()
			if root.done == nil {
				t.Fatalf("no CompletedMsg; screen:\n%s", root.View())
			}
			if root.done.Scenario != want {
				t.Errorf("scenario\n got %+v\nwant %+v", root.done.Scenario, want)
			}
		})
	}
}

// A counselor types a whole scenario and saves it from the review: the file
// is what testdata/typed-hmo.yaml, written by hand, says.
func TestFlowTypeAndSave(t *testing.T) {
	saved := filepath.Join(t.TempDir(), "typed.yaml")
	f := startFlow(t, Options{Options: interview.Options{Scenario: plans.Preset(calc.PPO)}})

	f.pick("plan:plan.type", "down") // HMO: its typical figures fill the rest
	f.pick("plan:plan.coverage", "down")
	f.answer("plan:plan.premium_monthly", "$450.00")
	f.answer("plan:name", "Typed knee rehab")
	f.answer("plan:year", "2026")

	f.answer("in_network:plan.in_network.deductible", "1,000")
	f.answer("in_network:plan.in_network.deductible_met", "250")
	f.pick("in_network:plan.in_network.deductible_applies") // the HMO's "no"
	f.answer("in_network:plan.in_network.copay", "35")
	f.pick("in_network:plan.in_network.coinsurance")
	f.answer("in_network:plan.in_network.oop_max", "5,500")
	f.answer("in_network:plan.in_network.oop_spent", "$1,200.50")

	f.pick("out_of_network:plan.out_of_network.covered") // no

	f.answer("visit_limit:plan.visit_limit", "24")
	f.answer("visit_limit:plan.visits_used", "4")

	f.pick("care:care.service", "down") // occupational therapy
	f.answer("care:care.visits", "12")
	f.answer("care:care.in_network.charge", "160")
	f.answer("care:care.in_network.allowed", "95.5")
	f.pick("care:care.in_network.self_pay") // empty: same as the charge
	f.answer("care:care.in_network.minutes", "45")
	f.answer("care:care.out_of_network.cash_rate", "180")
	f.pick("care:care.out_of_network.minutes") // 60 kept, not typed: assumed, so the file leaves it out
	f.answer("care:care.out_of_network.visits", "10")
	f.answer("care:care.concierge.fee", "200")
	f.answer("care:care.concierge.travel_fee", "0")
	// no superbill question: the HMO pays nothing out of network
	f.answer("care:care.concierge.minutes", "50")
	f.pick("care:care.concierge.visits") // the typical sessions for 12 visits, kept: 12 × 18/24 = 9

	f.pick("account:account.kind", "down", "down") // FSA
	f.answer("account:account.balance", "1,500")
	f.pick("account:" + interview.KeyTaxBracket) // the FSA's typical 29.65 %, kept

	f.pick("supplemental:"+interview.KeySupplementalChoice, "down", "down") // the accident indemnity policy
	f.pick("supplemental:supplemental.premium_monthly")
	f.answer("supplemental:supplemental.per_visit", "40")
	f.pick("supplemental:supplemental.max_visits")
	f.answer("supplemental:supplemental.annual_max", "400")
	f.pick("supplemental:supplemental.covers_out_of_network")

	f.waitFor("review:browsing")
	f.key("s")
	f.answer("review:naming", saved)
	f.waitFor("review:browsing:saved")
	f.key("c")
	root := f.final()
	if root.done == nil || root.done.Path != saved {
		t.Fatalf("completed %+v, want the path %s", root.done, saved)
	}

	got, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "typed-hmo.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("saved file differs from testdata/typed-hmo.yaml:\n--- got\n%s\n--- want\n%s", got, want)
	}
	fi, _ := os.Stat(saved)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	s, _, err := plans.Parse(saved, got)
	if err != nil || s != root.done.Scenario {
		t.Errorf("the file reads back as %+v (%v), not the completed scenario", s, err)
	}
}
