package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestWrap(t *testing.T) {
	bold := func(s string) string { return "\x1b[1m" + s + "\x1b[0m" }
	tests := []struct {
		name  string
		s     string
		width int
		want  []string
	}{
		{"at spaces", "pay the deductible first", 12, []string{"pay the", "deductible", "first"}},
		// a number and its unit stay together: "20" would end the line
		{"percent", "pay 20 % of it", 6, []string{"pay", "20 %", "of it"}},
		// the punctuation after the % stays with it: "100 %;" is one word
		{"percent and punctuation", "HSA 100 %; PPO 0 %.", 7, []string{"HSA", "100 %;", "PPO", "0 %."}},
		{"line breaks kept", "Not saved:\nthe file is gone", 40, []string{"Not saved:", "the file is gone"}},
		// a word longer than the line is cut where the line ends
		{"long word", "see /a/very/long/path now", 8, []string{"see", "/a/very/", "long/pat", "h now"}},
		// hyphenated words stay whole, unless longer than a line
		{"hyphen", "the out-of-pocket maximum", 15, []string{"the", "out-of-pocket", "maximum"}},
		{"after a hyphen", "an out-of-network provider", 12, []string{"an", "out-of-", "network", "provider"}},
		{"spacing kept", "  indented  twice", 40, []string{"  indented  twice"}},
		{"no trailing space", "ab cd ", 2, []string{"ab", "cd"}},
		{"below one cell", "ab", 0, []string{"a", "b"}},
		{"empty", "", 10, []string{""}},
		// styles take no room
		{"styled", bold("Net") + " yearly cost", 10, []string{bold("Net") + " yearly", "cost"}},
		// a wide character (2 cells) that would straddle the line's end
		// starts the next line: "ab日" is 4 cells, so "ab", then "日c" (3),
		// "def", and "gh", nothing lost
		{"wide straddles the end", "ab日cdefgh", 3, []string{"ab", "日c", "def", "gh"}},
		// "abcd日" is 6 cells: "abcd", then two wide characters a line
		// (4 cells; a third would make 6), the last one alone
		{"wide word", "abcd日本語とテキスト", 5, []string{"abcd", "日本", "語と", "テキ", "スト"}},
		// a wide character on a line of 1 cell: shown whole, one a line
		{"wide in one cell", "日本", 1, []string{"日", "本"}},
	}
	for _, tt := range tests {
		if got := Wrap(tt.s, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Wrap(%q, %d) = %q, want %q", tt.name, tt.s, tt.width, got, tt.want)
		}
	}
}

func TestWrapIndent(t *testing.T) {
	// 10 cells: "- " and 8 of text
	got := WrapIndent("- ", "one two three four", 10)
	want := []string{"- one two", "  three", "  four"}
	if !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
	for _, l := range WrapIndent("• ", strings.Repeat("word ", 40), 30) {
		if w := len([]rune(l)); w > 30 {
			t.Errorf("%q is %d cells", l, w)
		}
	}
}

func TestPadFitSpread(t *testing.T) {
	tests := []struct{ got, want string }{
		{PadRight("ab", 4), "ab  "},
		{PadRight("abcde", 4), "abcde"},
		{PadLeft("$5.00", 7), "  $5.00"},
		{PadLeft("—", 3), "  —"}, // one cell, three bytes
		{Fit("lowest yearly cost", 8), "lowest …"},
		{Fit("cost", 4), "cost"},
		{Fit("cost", 0), ""},
		{Spread("Out of pocket", "$1.00", 20), "Out of pocket  $1.00"},
		// no room for both: the label is cut, one space kept
		{Spread("Out of pocket", "$1.00", 12), "Out o… $1.00"},
		{Spread("a", "$1,000.00", 5), " $1,000.00"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestCase(t *testing.T) {
	tests := []struct{ got, want string }{
		{LowerFirst("In-network clinic"), "in-network clinic"},
		{LowerFirst("PPO"), "PPO"},
		{LowerFirst("HSA/FSA"), "HSA/FSA"},
		{LowerFirst("A"), "A"},
		{LowerFirst(""), ""},
		{LowerFirst("Étude"), "étude"},
		{Capitalize("deductible"), "Deductible"},
		{Capitalize("été"), "Été"},
		{Capitalize(""), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %q, want %q", i, tt.got, tt.want)
		}
	}
}

// Wrap loses no character of a paragraph, whatever its widths: its lines
// joined, without the spaces it breaks at, are the text without spaces.
func FuzzWrapKeepsEveryCharacter(f *testing.F) {
	for _, s := range []string{"ab日cdefgh", "abcd日本語とテキスト", "out-of-network 20 %", "é́ 👨‍👩‍👧 🇫🇷"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) }) {
			return // one paragraph of printable text: styles and breaks are tested above
		}
		width = width%100 + 1
		strip := func(x string) string { return strings.ReplaceAll(x, " ", "") }
		if got := strip(strings.Join(Wrap(s, width), "")); got != strip(s) {
			t.Errorf("Wrap(%q, %d) = %q: lost characters", s, width, Wrap(s, width))
		}
	})
}

// A hyphen never makes a line of its own where the line has room for a
// letter beside it: a long hyphenated word breaks after the hyphen with the
// letter before it, a list's "- " goes on with its word. Each case is
// worked by hand: "well-known" at 4 is "well" (4 cells) and then "-known",
// which began a line with "-" alone; now "wel" and "l-" (the hyphen ends
// the line), then "know" and "n".
func TestWrapNoLoneHyphen(t *testing.T) {
	for _, tt := range []struct {
		s     string
		width int
		want  []string
	}{
		{"well-known fact", 4, []string{"wel", "l-", "know", "n", "fact"}},
		{"well-known fact", 5, []string{"well-", "known", "fact"}},
		{"- a list item", 3, []string{"- a", "lis", "t", "ite", "m"}},
		{"- one - two", 3, []string{"- o", "ne", "- t", "wo"}},        // "- one" is 5 cells: cut after 3
		{"- one - two", 5, []string{"- one", "- two"}},                // each fits
		{"- coinsurance", 7, []string{"- coins", "urance"}},           // was "-", "coinsur", "ance"
		{"in-network", 2, []string{"i", "n-", "ne", "tw", "or", "k"}}, // was "in", "-", …
		{"abcd- x", 4, []string{"abc", "d- x"}},                       // "abcd-" is 5 cells: "abc", then "d-" and " x" make 4
		{"a-b-c-d", 3, []string{"a-", "b-", "c-d"}},
		{"-abcdef", 3, []string{"-ab", "cde", "f"}}, // a hyphen that starts a word is no place to cut
		{"a-b", 1, []string{"a", "-", "b"}},         // a line of one cell: each character alone
	} {
		if got := Wrap(tt.s, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

// At widths 1 to 10, over text made of letters, hyphens, spaces, "%" and a
// wide character: no line is wider than the width unless it is one
// character (a wide one on a line of 1), no character is lost, and no line
// is a hyphen alone once a line holds "- a-" (4 cells; 5 with a wide
// character), whose hyphen would otherwise start a line — unless the text itself leaves
// nothing to put beside it: a hyphen that ends it, a run of hyphens, or a
// run of spaces (kept as they are). At 3 cells "- a-" has no good break;
// TestWrapNoLoneHyphen holds the cases that do.
func FuzzWrapNarrow(f *testing.F) {
	for _, s := range []string{"well-known fact", "- a list item", "- one - two", "out-of-pocket %", "a - b - c", "- coinsurance"} {
		for w := range 10 {
			f.Add(s, w) // widths 1 to 10
		}
	}
	const alphabet = "abcde  --%日"
	f.Fuzz(func(t *testing.T, raw string, width int) {
		width = (width%10+10)%10 + 1
		// the text's own letters, hyphens and spaces kept, anything else
		// made one of alphabet's
		var b strings.Builder
		for i, r := range []rune(raw) {
			if i == 60 {
				break
			}
			if !('a' <= r && r <= 'z' || strings.ContainsRune(alphabet, r)) {
				r = []rune(alphabet)[int(uint32(r))%len([]rune(alphabet))]
			}
			b.WriteRune(r)
		}
		s := b.String()
		lines := Wrap(s, width)
		strip := func(x string) string { return strings.ReplaceAll(x, " ", "") }
		if got := strip(strings.Join(lines, "")); got != strip(s) {
			t.Fatalf("Wrap(%q, %d) = %q: lost characters", s, width, lines)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > width && utf8.RuneCountInString(l) != 1 {
				t.Errorf("Wrap(%q, %d) = %q: %q is wider than %d", s, width, lines, l, width)
			}
		}
		fields := strings.Fields(s)
		room := 4 // "- a-"
		if strings.Contains(s, "日") {
			room = 5 // "- 日-"
		}
		own := strings.Contains(s, "  ") || strings.Contains(s, "--") || len(fields) > 0 && strings.Trim(fields[len(fields)-1], "-") == ""
		if width >= room && !own && slices.Contains(lines, "-") {
			t.Errorf("Wrap(%q, %d) = %q: a hyphen alone on a line", s, width, lines)
		}
	})
}
