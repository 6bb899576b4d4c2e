package walkthrough

import (
	"testing"

	"github.com/carecost/carecost/interview"
)

// Saves and the removal run in commands, maybe out of order: an older one
// never undoes a newer one.
func TestDraftWriterOrder(t *testing.T) {
	path := t.TempDir() + "/draft.yaml"
	w := &draftWriter{}
	d := interview.Draft{Step: interview.StepCare, Answers: map[string]string{"name": "x"}}
	if err := w.save(2, path, d); err != nil {
		t.Fatal(err)
	}
	if err := w.remove(3, path); err != nil {
		t.Fatal(err)
	}
	if err := w.save(1, path, d); err != nil { // started before the removal, run after it
		t.Fatal(err)
	}
	if got, _ := interview.LoadDraft(path); got != nil {
		t.Fatalf("an older save brought the draft back after its removal")
	}
	d.Step = interview.StepReview
	if err := w.save(5, path, d); err != nil {
		t.Fatal(err)
	}
	d.Step = interview.StepPlan
	if err := w.save(4, path, d); err != nil {
		t.Fatal(err)
	}
	if got, _ := interview.LoadDraft(path); got == nil || got.Step != interview.StepReview {
		t.Fatalf("draft %+v, want the newest (the review)", got)
	}
}
