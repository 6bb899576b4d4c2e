package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"Knee rehab (demo)", "Knee rehab (demo)"},
		{"Café — 100 %", "Café — 100 %"},
		{`C:\Users\ann\knee.yaml`, `C:\Users\ann\knee.yaml`}, // a backslash stays
		{"\x1b]0;HACKED\a", `\x1b]0;HACKED\a`},
		{"\x1b[2J\x1b[H", `\x1b[2J\x1b[H`},
		{"a\tb\nc\rd\ve\ff\bg\x00h", `a\tb\nc\rd\ve\ff\bg\x00h`},
		{"del\x7f", `del\x7f`},
		{"c1\u0085\u009b[31m", `c1\u0085\u009b[31m`},
		{"evil\u202egpj.exe", `evil\u202egpj.exe`},
		{"\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c", `\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c`},
		{"line\u2028sep\u2029", `line\u2028sep\u2029`},
		{"bad\xffbyte\xc3", `bad\xffbyte\xc3`},
		{"\ufffd is a character", "\ufffd is a character"},
		{"\u00a0\u00ff\u0100", "\u00a0\u00ff\u0100"}, // just past C1: shown
	} {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLinesKeepsLineFeeds(t *testing.T) {
	in := "a.yaml:2:1: \x1b]0;x\a: unknown\nsecond\tline\r\n"
	want := "a.yaml:2:1: \\x1b]0;x\\a: unknown\nsecond\\tline\\r\n"
	if got := Lines(in); got != want {
		t.Errorf("Lines = %q, want %q", got, want)
	}
}

// Text of any bytes is valid UTF-8 without a character a terminal acts
// on, and text that has none comes back as it was.
func FuzzText(f *testing.F) {
	for _, s := range []string{"plain", "\x1b]0;HACKED\a", "\u202e", "\xff\xfe", "a\nb", "\u0085", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, keep := range []bool{false, true} {
			got := escape(s, keep)
			if !utf8.ValidString(got) {
				t.Fatalf("escape(%q, %v) = %q: not UTF-8", s, keep, got)
			}
			for _, r := range got {
				if Escapes(r) && !(r == '\n' && keep) {
					t.Fatalf("escape(%q, %v) = %q holds %U", s, keep, got, r)
				}
			}
			clean := utf8.ValidString(s) && strings.IndexFunc(s, func(r rune) bool { return Escapes(r) && !(r == '\n' && keep) }) < 0
			if clean != (got == s) {
				t.Fatalf("escape(%q, %v) = %q", s, keep, got)
			}
		}
	})
}
