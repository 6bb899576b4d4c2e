package interview

import (
	"errors"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"time"

	"github.com/carecost/carecost/calc"
	"github.com/carecost/carecost/plans"
)

// Options start a walk-through.
type Options struct {
	// Scenario is the starting answers: a preset, a loaded file, the
	// dashboard's scenario.
	Scenario calc.Scenario
	// Path is the scenario file the answers came from ("" for new); saving
	// from the review defaults to it. FileSum is the SHA-256 (hex) of its
	// contents when the answers were read from it ("" unknown), so a later
	// save can tell whether it changed since.
	Path, FileSum string
	// Step is the step to open at: StepPlan for a new walk-through, a later
	// step to change one answer (completing it returns to the review).
	Step Step
	// Draft, when not nil, is resumed instead: the answers as typed, the
	// fields touched and the step reached.
	Draft *Draft
	// DraftPath is where drafts are kept ("" for none).
	DraftPath string
	// Assumed, when not nil, lists the answers (field paths) that are
	// figures the user has not given: every other answer is the user's.
	// nil: a file's answers (Path set) are all the user's, a preset's none.
	Assumed []string
	// Quick asks the short route: the questions most patients can answer;
	// every other answer stays typical, and assumed.
	Quick bool
}

// Walk is one walk-through's route through the script: the step it is at,
// where completing or leaving a step goes, and the file its answers were
// last saved to. Both renderers walk with it; it holds no screen.
type Walk struct {
	A *Answers
	o Options

	step Step
	// quick: the short route, until the review offers every question.
	quick bool
	// toReview: completing or leaving a step returns to the review (it
	// was reached, or the walk-through was opened at a later step).
	toReview bool

	// saved is the file the answers were last saved to from the review,
	// savedScenario what was written there, savedSum its contents' sum.
	saved, savedSum string
	savedScenario   calc.Scenario
	// kept is what the draft last held of the answers.
	kept keptAnswers
}

// Start begins a walk-through: its answers (NewAnswersFor) and the step it
// opens at.
func Start(o Options) *Walk {
	w := &Walk{A: NewAnswersFor(o), o: o, quick: o.Quick}
	step := o.Step
	if o.Draft != nil {
		step, w.quick = o.Draft.Step, o.Draft.Quick
		if w.o.Path == "" {
			w.o.Path, w.o.FileSum = o.Draft.Path, o.Draft.Sum
		}
	} else if step != StepPlan {
		w.toReview = true // opened to change one step: back to the review after it
	}
	if step < StepPlan || step > StepReview {
		step = StepPlan
	}
	w.kept = w.A.keep()
	w.Open(step)
	return w
}

// Options are the options the walk-through started with (Path and FileSum
// those of the file the answers belong to).
func (w *Walk) Options() Options { return w.o }

// Step is the step the walk-through is at.
func (w *Walk) Step() Step { return w.step }

// Quick reports the short route.
func (w *Walk) Quick() bool { return w.quick }

// routeQuick: the step is asked as the short route asks it (going forward
// on it; a step opened from the review asks all of its questions).
func (w *Walk) routeQuick() bool { return w.quick && !w.toReview }

// Pages are the current step's pages on the route.
func (w *Walk) Pages() []Page { return w.A.Pages(w.step, w.routeQuick()) }

// asked reports whether a step is asked going forward on the route.
func (w *Walk) asked(s Step) bool { return w.A.Asked(s, w.routeQuick()) }

// Route lists the steps of the route taken, the review last: what progress
// counts ("step 3 of 6").
func (w *Walk) Route() []Step {
	return slices.DeleteFunc(slices.Clone(Steps), func(s Step) bool { return !w.A.Asked(s, w.quick) })
}

// Progress is the current step's number on the route and the route's
// length.
func (w *Walk) Progress() (n, total int) {
	route := w.Route()
	return slices.Index(route, w.step) + 1, len(route)
}

// Open goes to step, or the next step asked after it (the review at the
// latest); the review, once reached, is where steps return.
func (w *Walk) Open(step Step) Step {
	for step < StepReview && !w.asked(step) {
		step++
	}
	w.step = step
	if step == StepReview {
		w.toReview = true
	}
	return step
}

// Done moves on from the current step once its answers are in: to the
// review when steps return there, else to the next step asked. It returns
// the question of the step (in the order asked) whose answer keeps the
// answers from making a scenario, with the problem in words, instead of
// moving (ok false).
func (w *Walk) Done() (problem Question, fe *plans.FieldError, ok bool) {
	if q, e, bad := w.stepProblem(); bad {
		return q, e, false
	}
	next := StepReview
	if !w.toReview {
		next = w.step + 1
	}
	w.Open(next)
	return Question{}, nil, true
}

func (w *Walk) stepProblem() (Question, *plans.FieldError, bool) {
	_, _, errs := w.A.Scenario()
	if len(errs) == 0 {
		return Question{}, nil, false
	}
	for _, p := range w.Pages() {
		if !p.Shown(w.A) {
			continue
		}
		for _, q := range p.Questions {
			if i := slices.IndexFunc(errs, func(e plans.FieldError) bool { return e.Path == q.Key }); i >= 0 {
				return q, &errs[i], true
			}
		}
	}
	return Question{}, nil, false
}

// Back goes to the previous step asked, or back to the review; left is
// true on the first step: the walk-through is left.
func (w *Walk) Back() (left bool) {
	if w.toReview && w.step != StepReview {
		w.Open(StepReview)
		return false
	}
	prev := w.step - 1
	for prev >= StepPlan && !w.asked(prev) {
		prev--
	}
	if prev < StepPlan {
		return true
	}
	w.step = prev
	return false
}

// Last is the last step asked before the review (esc on the review).
func (w *Walk) Last() Step {
	last := StepSupplemental
	for last > StepPlan && !w.A.Asked(last, w.quick) {
		last--
	}
	return last
}

// ReviewSteps are the steps the review lists and opens: every step asked
// on the full route, the short route's or not, numbered from 1.
func (w *Walk) ReviewSteps() []Step {
	return slices.DeleteFunc(slices.Clone(Steps), func(s Step) bool { return s == StepReview || !w.A.StepApplies(s) })
}

// Everything leaves the short route for every question, from step 1.
func (w *Walk) Everything() {
	w.quick, w.toReview = false, false
	w.Open(StepPlan)
}

// Touched reports whether the user answered anything.
func (w *Walk) Touched() bool { return len(w.A.TouchedKeys()) > 0 }

// Draft is the answers as a draft at the current step (or at step).
func (w *Walk) Draft(now time.Time) Draft { return w.DraftAt(w.step, now) }

// DraftAt is the answers as a draft at step, belonging to the file they came
// from (or were last saved to): it records what it holds, so Changed tells
// whether a later answer needs the draft kept again.
func (w *Walk) DraftAt(step Step, now time.Time) Draft {
	path, sum := w.file()
	d := w.A.draft(step, path, sum, now)
	d.Quick = w.quick
	w.kept = w.A.keep()
	return d
}

// Changed reports whether the answers differ from what the draft last held
// (before any draft, what the walk-through opened with): an answer
// committed since. The draft follows every answer, not every step.
func (w *Walk) Changed() bool { return !w.kept.same(w.A.keep()) }

// keptAnswers is what a draft holds of the answers.
type keptAnswers struct {
	answers map[string]string
	touched []string
}

func (a *Answers) keep() keptAnswers {
	return keptAnswers{answers: a.Snapshot(), touched: a.TouchedKeys()}
}

func (k keptAnswers) same(o keptAnswers) bool {
	return maps.Equal(k.answers, o.answers) && slices.Equal(k.touched, o.touched)
}

// file is the file the answers belong to: the one last saved to from the
// review, or else the one they came from.
func (w *Walk) file() (path, sum string) {
	if w.saved != "" {
		return w.saved, w.savedSum
	}
	return w.o.Path, w.o.FileSum
}

// Completion is how a walk-through ends with a scenario.
type Completion struct {
	Scenario calc.Scenario
	// Path is the file the answers belong to (saved to from the review, or
	// the one they came from; "" for none), FileSum its contents' sum.
	Path, FileSum string
	// KeepDraft: the user changed answers that are in no file (not the
	// scenario last saved from the review, nor the one the walk-through
	// opened on): the draft stays, at the review, until they are saved, so
	// quitting the comparison loses nothing.
	KeepDraft bool
	// Assumed lists the figures the user did not give (Answers.Assumed).
	Assumed []string
}

// Complete ends the walk-through with the scenario the answers make; ok is
// false while they make none (Review lists the problems).
func (w *Walk) Complete() (Completion, bool) {
	s, _, errs := w.A.Scenario()
	if len(errs) > 0 {
		return Completion{}, false
	}
	kept := w.o.Scenario
	if w.saved != "" {
		kept = w.savedScenario
	}
	path, sum := w.file()
	return Completion{Scenario: s, Path: path, FileSum: sum, KeepDraft: w.Touched() && s != kept, Assumed: w.A.Assumed()}, true
}

// Saved records that the answers' scenario s was written to path (its
// contents' sum): they belong to that file now.
func (w *Walk) Saved(path, sum string, s calc.Scenario) {
	w.saved, w.savedSum, w.savedScenario = path, sum, s
}

// SavedTo is the file last saved to from the review ("" none), and whether
// the answers still make what was written there.
func (w *Walk) SavedTo(current calc.Scenario) (path string, same bool) {
	return w.saved, w.saved != "" && current == w.savedScenario
}

// SaveName is the file name a save offers: the file the answers belong to,
// or one named after the estimate in the working directory.
func (w *Walk) SaveName(s calc.Scenario) string {
	if path, _ := w.file(); path != "" {
		return path
	}
	return plans.ScenarioFileName(s, "")
}

// ExpectFor is the sum a save to path must find on disk before it replaces
// the file: the file's as the answers knew it, when path is the file they
// belong to ("" otherwise: any existing file is asked about as existing).
func (w *Walk) ExpectFor(path string) string {
	if p, sum := w.file(); p != "" && path != "" && filepath.Clean(p) == filepath.Clean(path) {
		return sum // ./knee.yaml is knee.yaml
	}
	return ""
}

// ErrChangedOnDisk: the file to be replaced changed on disk since it was
// read (Save with an expected sum).
var ErrChangedOnDisk = errors.New("changed on disk since it was read")

// ErrHasComments: the answers' own file, to be replaced without asking
// (SaveRequest.Own), has comments of the user's, which saving drops
// (plans.DataHasUserComments): the user is told and asked.
var ErrHasComments = errors.New("has comments, which saving does not keep")

// Request is the save of the answers' scenario s to path, by the rule both
// walk-throughs follow: saving to the file the answers belong to (opened
// from, or last saved to) replaces it without asking, as saving means,
// while it is as they knew it on disk and has no comments of the user's
// (else ErrChangedOnDisk or ErrHasComments); any other existing file only
// once the user said yes to replacing it (replace), and a file changed on
// disk since read only once they said yes to that too (force).
func (w *Walk) Request(path string, s calc.Scenario, replace, force bool) SaveRequest {
	r := SaveRequest{Path: path, Scenario: s, Assumed: w.A.Assumed(), Overwrite: replace || force}
	switch sum := w.ExpectFor(path); {
	case force:
	case replace:
		r.Expect = sum
	case sum != "":
		r.Overwrite, r.Expect, r.Own = true, sum, true
	}
	return r
}

// SaveRequest is one attempt to write a scenario file.
type SaveRequest struct {
	Path     string
	Scenario calc.Scenario
	// Overwrite: replace an existing file (the user said so).
	Overwrite bool
	// Expect, when not "": the file must still have these contents
	// (plans.ContentSum) to be replaced, else ErrChangedOnDisk.
	Expect string
	// Own: the answers' own file, replaced without asking (Walk.Request),
	// so only if it has no comments of the user's, else ErrHasComments.
	Own bool
	// Assumed are the scenario's figures the user did not give
	// (Answers.Assumed): those a file may leave out are left out, so that
	// the file opened again marks them assumed (plans.MarshalFileOmitting).
	Assumed []string
}

// Save is the one way a scenario file is written — by the dashboard, the
// walk-through's review and the line-by-line mode: as the file's name says
// (JSON for .json), only if it reads back (a what-if could leave a value
// the format does not allow), never over a file that changed on disk since
// it was read (ErrChangedOnDisk) nor over any existing file unless told to
// (an error matching fs.ErrExist), nor without asking over comments of the
// user's (ErrHasComments), atomically, mode 0600. It returns the
// written contents' sum.
func Save(r SaveRequest) (sum string, err error) {
	data, err := plans.MarshalFileOmitting(r.Path, r.Scenario, r.Assumed)
	if err != nil {
		return "", err
	}
	if _, _, err := plans.Parse(r.Path, data); err != nil {
		return "", errors.New("the scenario as it stands would not open again, so it was not saved:\n" + err.Error())
	}
	if r.Expect != "" {
		cur, err := plans.ReadScenarioFile(r.Path, nil)
		switch {
		case err != nil: // gone: written anew; unreadable: WriteFile says why
		case plans.ContentSum(cur) != r.Expect:
			return "", ErrChangedOnDisk
		case r.Own && plans.DataHasUserComments(r.Path, cur):
			return "", ErrHasComments
		}
	}
	if err := plans.WriteFile(r.Path, data, r.Overwrite); err != nil {
		return "", err
	}
	return plans.ContentSum(data), nil
}

// IsExists reports Save's answer for an existing file not to be replaced.
func IsExists(err error) bool { return errors.Is(err, fs.ErrExist) }
