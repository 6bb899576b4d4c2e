// Package text lays text out in terminal cells: wrapping, padding, cutting
// and spreading, and the case of a label's first letter. The comparison
// table, the starter file, the dashboard and the walk-through all use it,
// so a sentence breaks the same way wherever it is shown.
//
// Widths are cells as a terminal draws them (github.com/charmbracelet/x/ansi):
// a wide character counts two, an escape sequence (a style) none, so styled
// text is measured as it looks.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Wrap breaks s into lines of at most width cells, at spaces. A hyphenated
// word stays whole ("out-of-pocket") unless it is longer than a line: then
// it breaks after a hyphen, and a word without one where the line ends. A
// number and the "%" after it ("20 %") stay on one line. Line breaks in s
// are kept, and so are its styles; no line ends in a space.
func Wrap(s string, width int) []string {
	width = max(width, 1)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = wrapParagraph(lines, para, width)
	}
	return lines
}

// wrapParagraph appends the lines of one paragraph (no line breaks) to
// lines.
func wrapParagraph(lines []string, para string, width int) []string {
	var line strings.Builder
	lw, started := 0, false // the line's width; whether a word is on it
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		lw, started = 0, false
	}
	for _, word := range words(para) {
		ww := ansi.StringWidth(word)
		if started && lw+1+ww > width {
			if word == "" {
				continue // a space where the line breaks
			}
			if width > 2 && ansi.Strip(strings.TrimRight(line.String(), " ")) == "-" {
				// a list's "- " or a dash before a word that does not fit
				// after it: the dash goes on with the word, not on a line
				// of its own (a line of 2 cannot hold "- " and a letter)
				word, ww = line.String()+" "+word, lw+1+ww
				line.Reset()
				lw, started = 0, false
			} else {
				flush()
			}
		}
		if started {
			line.WriteByte(' ')
			lw++
		}
		started = true
		for lw == 0 && ww > width { // longer than a line
			n := cutWidth(word, width)
			if n >= ww {
				break // one character wider than the line: it is the line
			}
			line.WriteString(ansi.Cut(word, 0, n))
			flush()
			word, ww, started = ansi.Cut(word, n, ww), ww-n, true
		}
		line.WriteString(word)
		lw += ww
	}
	flush()
	return lines
}

// cutWidth is where to cut a word longer than width cells: after its last
// hyphen within them (not one that starts it), or after its last character
// that ends within them, one character sooner when a hyphen comes next, so
// that the hyphen ends a line with the letter before it rather than
// starting the next, alone ("wel", "l-" rather than "well", "-"). Never
// inside a wide character, which a cut by cells would drop; a first
// character wider than the line is taken whole, so the word shrinks and
// nothing of it is lost.
func cutWidth(word string, width int) int {
	at, fit, prev, w := 0, 0, 0, 0
	for _, r := range ansi.Strip(word) {
		rw := ansi.StringWidth(string(r))
		if w+rw > width {
			switch {
			case fit == 0:
				fit = w + rw
			case r == '-' && prev > 0:
				fit = prev
			}
			break
		}
		prev = w
		w += rw
		fit = w
		if r == '-' && prev > 0 {
			at = w
		}
	}
	if at == 0 {
		return fit
	}
	return at
}

// words splits a paragraph at single spaces (a run of spaces keeps all but
// one as empty words, so the spacing inside a line is kept), with a "%"
// (and the punctuation after it) joined to the number before it.
func words(para string) []string {
	ws := strings.Split(para, " ")
	out := ws[:0]
	for _, w := range ws {
		if strings.HasPrefix(w, "%") && strings.Trim(w[1:], ".,;:)") == "" && len(out) > 0 && out[len(out)-1] != "" {
			out[len(out)-1] += " " + w // "20 %", "100 %;" stay on one line
			continue
		}
		out = append(out, w)
	}
	return out
}

// WrapIndent wraps s after prefix ("- ", "• "), the lines after the first
// indented under the text: the whole at most width cells wide.
func WrapIndent(prefix, s string, width int) []string {
	lines := Wrap(s, width-ansi.StringWidth(prefix))
	indent := strings.Repeat(" ", ansi.StringWidth(prefix))
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = indent + lines[i]
		}
	}
	return lines
}

// PadRight pads s with spaces to width cells (left-aligned).
func PadRight(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// PadLeft pads s with spaces in front to width cells (right-aligned).
func PadLeft(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}

// Fit cuts s to width cells, ending with "…" when it cuts; "" when width
// is below 1.
func Fit(s string, width int) string {
	if width < 1 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Spread puts left at the start and right at the end of width cells, at
// least a space between them; left is cut (Fit) when both do not fit.
func Spread(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	left = Fit(left, max(0, width-rw-1))
	gap := max(1, width-ansi.StringWidth(left)-rw)
	return left + strings.Repeat(" ", gap) + right
}

// LowerFirst lower-cases the first letter of a label, for use inside a
// sentence ("In-network clinic" → "in-network clinic"), but not an
// acronym's ("PPO", "HSA/FSA").
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || len(s) == n {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Capitalize upper-cases the first letter, for a label that starts a
// sentence.
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
