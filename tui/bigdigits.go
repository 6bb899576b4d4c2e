package tui

import (
	"strings"

	"github.com/carecost/carecost/calc"
)

// The net yearly cost is drawn in large type where a card has room: a 3×5
// dot font drawn with half blocks, three rows high. The exact figure is also
// written in ordinary text beside it, for a screen reader, for copying and
// for anyone who finds the large digits hard to read.

// glyphs are the dots of each character, five rows of "#" (on) and "."
// (off).
var glyphs = map[byte][5]string{
	'0': {"###", "#.#", "#.#", "#.#", "###"},
	'1': {".#.", "##.", ".#.", ".#.", "###"},
	'2': {"###", "..#", "###", "#..", "###"},
	'3': {"###", "..#", ".##", "..#", "###"},
	'4': {"#.#", "#.#", "###", "..#", "..#"},
	'5': {"###", "#..", "###", "..#", "###"},
	'6': {"###", "#..", "###", "#.#", "###"},
	'7': {"###", "..#", "..#", ".#.", ".#."},
	'8': {"###", "#.#", "###", "#.#", "###"},
	'9': {"###", "#.#", "###", "..#", "###"},
	',': {".", ".", ".", "#", "#"},
	'-': {"..", "..", "##", "..", ".."},
}

// halfBlock draws two dots of one column, the upper and the lower.
func halfBlock(upper, lower bool) rune {
	switch {
	case upper && lower:
		return '█'
	case upper:
		return '▀'
	case lower:
		return '▄'
	}
	return ' '
}

// bigMoney draws c's whole dollars in large type, with "$" small at the top
// left and the cents small at the bottom right: "$", the digits and
// separators, then ".05". It returns three lines of equal width.
func bigMoney(c calc.Cents) []string {
	s := c.String() // "$1,234.56" or "-$3.05"
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	s = strings.TrimPrefix(s, "$")
	whole, cents, _ := strings.Cut(s, ".")
	if neg {
		whole = "-" + whole
	}
	var rows [3]strings.Builder
	rows[0].WriteString("$")
	rows[1].WriteString(" ")
	rows[2].WriteString(" ")
	for i := 0; i < len(whole); i++ {
		g, ok := glyphs[whole[i]]
		if !ok {
			continue
		}
		for r := range rows {
			rows[r].WriteByte(' ')
		}
		for col := 0; col < len(g[0]); col++ {
			for r := 0; r < 3; r++ {
				upper := g[2*r][col] == '#'
				lower := 2*r+1 < 5 && g[2*r+1][col] == '#'
				rows[r].WriteRune(halfBlock(upper, lower))
			}
		}
	}
	tail := "." + cents
	rows[0].WriteString(strings.Repeat(" ", len(tail)))
	rows[1].WriteString(strings.Repeat(" ", len(tail)))
	rows[2].WriteString(tail)
	return []string{rows[0].String(), rows[1].String(), rows[2].String()}
}

// bigMoneyWidth is the width in cells of bigMoney(c).
func bigMoneyWidth(c calc.Cents) int {
	return len([]rune(bigMoney(c)[2]))
}
