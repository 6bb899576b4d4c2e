package walkthrough

import (
	"sync"

	"github.com/carecost/carecost/interview"
)

// draftWriter orders the draft's saves and its removal. Each runs in its own
// command, so two may run at once or out of order; each carries the number
// Update gave it, and one older than the last done is skipped. So a save
// started before the walk-through completed can never bring the draft back
// after its removal, nor an older draft replace a newer one.
type draftWriter struct {
	mu   sync.Mutex
	done int // the number of the last save or removal done
}

// save writes d as operation n (unless a later one is done).
func (w *draftWriter) save(n int, path string, d interview.Draft) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n < w.done {
		return nil
	}
	w.done = n
	return interview.SaveDraft(path, d)
}

// remove deletes the draft as operation n.
func (w *draftWriter) remove(n int, path string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.done = max(w.done, n)
	return interview.RemoveDraft(path)
}
