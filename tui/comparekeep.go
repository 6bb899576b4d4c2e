package tui

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/carecost/carecost/examples"
	"github.com/carecost/carecost/internal/comparelist"
	"github.com/carecost/carecost/internal/recent"
	"github.com/carecost/carecost/internal/termsafe"
	"github.com/carecost/carecost/internal/text"
	"github.com/carecost/carecost/interview"
)

// The plans added on the compare screen are kept on disk beside the
// drafts (internal/comparelist), so that quitting, a crash, a lost
// terminal or a signal does not lose them: written in a command at each
// change, again by Run's finish once the program has ended, and read back
// when the compare screen opens for the same scenario in a later run.

// The compare screen's messages about its kept list.
type (
	// comparedKeptMsg answers restoreCompared: the plans kept for of.
	comparedKeptMsg struct {
		of    source
		plans []keptPlan
		err   error // the list could not be read: said, and ignored
	}
	// keepComparedFailedMsg answers keep when the list could not be
	// written.
	keepComparedFailedMsg struct{ err error }
)

func (comparedKeptMsg) recipient() state       { return stateCompare }
func (keepComparedFailedMsg) recipient() state { return stateCompare }

// keptPlan is one reference of the kept list, read again: a preset (made
// in Update from plan 1's care), a file or an example read (loaded), or
// one that is not there now (gone).
type keptPlan struct {
	ref    comparelist.Ref
	loaded planLoadedMsg
	gone   bool
}

// compareChanges numbers the changes to the plans added, across every
// program of this process (a test runs several on one draft folder), so
// that a later change is never taken for an earlier one
// (comparelist.Keep).
var compareChanges atomic.Int64

// sameSource reports that a and b are the same scenario for the compare
// screen: the same file, or no file and the same label.
func sameSource(a, b source) bool { return a.Path == b.Path && a.Label == b.Label }

// comparedListPath is where the plans compared with src are kept, given
// the configured draft file, and what the list says it is of: a file's
// beside the file's own draft (interview.ClaimFileDraft, as leaving keeps
// its what-ifs), of its absolute path; a scenario in no file's beside the
// draft of new answers, of its label — one list for all of those, offered
// only to the same label. It claims the file's draft: run it in a command.
func comparedListPath(configured string, src source) (path, of string, err error) {
	main, err := draftPath(configured)
	if err != nil {
		return "", "", err
	}
	if src.Path == "" {
		return comparelist.Path(main), src.Label, nil
	}
	abs, err := filepath.Abs(src.Path)
	if err != nil {
		return "", "", err
	}
	slot, _, err := interview.ClaimFileDraft(main, src.Path)
	if slot == "" {
		return "", "", err
	}
	return comparelist.Path(slot), abs, nil // a claim that failed: the write there says why, if it fails
}

// restoreCompared reads the plans kept for src, and each file and example
// they name, for the compare screen opened on src.
func restoreCompared(configured string, src source) tea.Cmd {
	return func() tea.Msg {
		msg := comparedKeptMsg{of: src}
		path, of, err := comparedListPath(configured, src)
		if err != nil {
			return msg // nothing kept can be found: the first change says why it cannot be kept
		}
		l, err := comparelist.Load(path)
		if err != nil || l == nil || l.Of != of {
			msg.err = err // another scenario's list (one for all unsaved ones, or copied by hand): not offered
			return msg
		}
		for _, r := range l.Plans {
			k := keptPlan{ref: r}
			switch {
			case r.File != "":
				if k.gone = recent.Gone(r.File); !k.gone {
					k.loaded, _ = loadPlan(loadFile(r.File, false), r.File, r)().(planLoadedMsg)
				}
			case r.Example != "":
				if k.gone = !isExample(r.Example); !k.gone {
					k.loaded, _ = loadPlan(loadExample(r.Example), "example "+r.Example, r)().(planLoadedMsg)
				}
			}
			msg.plans = append(msg.plans, k)
		}
		return msg
	}
}

// isExample reports an example carried in the binary by that name.
func isExample(name string) bool {
	return slices.ContainsFunc(examples.All(), func(e examples.Example) bool { return e.File == name })
}

// restore adds the plans kept from last time to plan 1, when the screen
// still shows the scenario they were read for, and says what it did: a
// list that could not be read is said and ignored, a plan whose file or
// example is gone is shown as not found (gone) until the list next
// changes, one that cannot be added now (its care differs, its file no
// longer reads) is said with the reason. The list on disk is left as it
// was until the user changes the plans — unless they changed while it was
// read (keep waited): then the list is kept anew, with both.
func (c *compareScreen) restore(msg comparedKeptMsg) tea.Cmd {
	if !sameSource(msg.of, c.from.source) || len(c.plans) == 0 {
		return nil
	}
	if msg.err != nil {
		c.restoring = false
		c.setStatus(text.Capitalize(msg.err.Error())+".", true)
		if c.deferred {
			c.deferred = false
			return c.keep()
		}
		return nil
	}
	c.restoring = false
	meanwhile := c.deferred
	c.deferred = false
	var added int
	var problems []string
	for _, k := range msg.plans {
		var err error
		switch {
		case k.gone:
			name := k.ref.File
			if name == "" {
				name = "example " + k.ref.Example
			}
			c.gone = append(c.gone, termsafe.Text(name))
			continue
		case k.ref.Preset != "":
			err = c.add(c.presetPlan(k.ref.Preset))
		case k.loaded.loaded.err != nil:
			err = errors.New(errorText(k.loaded.loaded.err))
		default:
			err = c.add(loadedPlan(k.loaded))
		}
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		added++
	}
	if added > 0 {
		c.mode, c.selected = compareMatrix, 0
		c.path.Blur()
		c.body.GotoTop()
	}
	var say []string
	switch added {
	case 0:
	case 1:
		say = append(say, "Plan 2 is kept from last time (d removes it).")
	default:
		say = append(say, "Plans 2 to "+itoa(1+added)+" are kept from last time (d removes one).")
	}
	if len(c.gone) > 0 {
		say = append(say, "Not found now: "+strings.Join(c.gone, ", ")+".")
	}
	if len(problems) > 0 {
		say = append(say, "Kept from last time but not added: "+strings.Join(problems, "\n"))
	}
	if len(say) > 0 {
		c.setStatus(strings.Join(say, "\n"), len(problems) > 0 || len(c.gone) > 0)
	}
	if meanwhile {
		return c.keep()
	}
	return nil
}

// refs are the plans added as they are kept: plan 1, the dashboard's,
// is not. A reference no list may hold (a path longer than any system's)
// is left out: it named no file carecost could read anyway.
func (c *compareScreen) refs() []comparelist.Ref {
	var out []comparelist.Ref
	for _, p := range c.plans[min(1, len(c.plans)):] {
		if p.ref.Check() == nil {
			out = append(out, p.ref)
		}
	}
	return out
}

// keep hands the plans added, as they are now, to be kept (a command: the
// write is I/O), numbered as this run's latest change. The plans not
// found are forgotten with it, as the header said. While the kept list is
// being read (restoring), the change waits for it (restore keeps both):
// written now, it would replace the list before it is read.
func (c *compareScreen) keep() tea.Cmd {
	if c.restoring {
		c.deferred = true
		return nil
	}
	c.gone = nil
	c.keepSeq = int(compareChanges.Add(1))
	configured, src, seq, refs := c.draftPath, c.from.source, c.keepSeq, c.refs()
	return func() tea.Msg {
		if err := keepCompared(configured, src, seq, refs); err != nil {
			return keepComparedFailedMsg{err: err}
		}
		return nil
	}
}

// keepCompared writes the plans compared with src as change seq.
func keepCompared(configured string, src source, seq int, refs []comparelist.Ref) error {
	path, of, err := comparedListPath(configured, src)
	if err != nil {
		return err
	}
	return comparelist.Keep(path, seq, comparelist.List{Of: of, Plans: refs})
}

// keepComparedNow is what Run's finish does once the program has ended,
// however it ended: the last change to the plans added is kept, in case
// its command had not run (a signal, q or a lost terminal right after
// it); a change kept already is not written again.
func (m Model) keepComparedNow() error {
	c, ok := m.screens[stateCompare].(*compareScreen)
	if !ok || c.keepSeq == 0 {
		return nil
	}
	return keepCompared(c.draftPath, c.from.source, c.keepSeq, c.refs())
}
