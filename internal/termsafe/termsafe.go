// Package termsafe renders untrusted text — a scenario's keys, values and
// name, file names, anything a user or a file supplied — for a terminal.
//
// A terminal acts on control characters instead of showing them: an
// unknown key holding ESC ] 0 ; … BEL retitles the window, other sequences
// move the cursor, erase the screen or (on some terminals) write files;
// bidirectional controls (U+202E and its kin) make text read in another
// order than it is stored. Text passes through here on its way to a
// terminal, and every such character comes out as a visible escape in the
// style of Go's strconv.Quote, so the user sees what the file holds:
//
//	ESC → \x1b, BEL → \a, tab → \t, DEL → \x7f, U+0085 → \u0085,
//	U+202E → \u202e, an invalid UTF-8 byte 0xff → \xff
//
// Escaped: C0 controls (U+0000–U+001F: ESC, tab and line feed included),
// DEL, C1 controls (U+0080–U+009F), the bidirectional controls (U+061C,
// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph
// separators (U+2028, U+2029: invisible line breaks), and each byte of
// invalid UTF-8. A backslash is left as it is, so a Windows path reads
// normally; the escapes are for showing, not for reading back.
//
// Text escapes everything, for a single line (a name, a key, a file name,
// one message). Lines keeps "\n", for a message of several lines whose
// line breaks are carecost's own. No context keeps a tab: carecost's
// messages have none, so a tab can only come from the untrusted text.
package termsafe

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text is s with every character a terminal would act on shown as an
// escape.
func Text(s string) string { return escape(s, false) }

// Lines is Text, keeping line feeds as line breaks.
func Lines(s string) string { return escape(s, true) }

// Escapes reports whether Text shows the character r as an escape (an
// invalid byte, which is no character, always is).
func Escapes(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

func escape(s string, keepNewlines bool) string {
	// most text has nothing to escape: return it without copying
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' && keepNewlines {
			i++
			continue
		}
		if c < 0x80 {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || Escapes(r) { // an invalid byte, or a control
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + hex2(s[i]))
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case Escapes(r):
			b.WriteString(escapeRune(r))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeRune is r as strconv.Quote writes it: \a \b \f \n \r \t \v, \xHH
// for other ASCII, \uHHHH beyond.
func escapeRune(r rune) string {
	switch r {
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\v':
		return `\v`
	}
	if r < 0x80 {
		return `\x` + hex2(byte(r))
	}
	h := strconv.FormatInt(int64(r), 16)
	return `\u` + strings.Repeat("0", 4-len(h)) + h
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
