package calc

import (
	"errors"
	"testing"
)

func TestPct(t *testing.T) {
	tests := []struct {
		name string
		c    Cents
		bp   BasisPoints
		want Cents
	}{
		// 9999 × 3333 / 10000 = 3332.6667 → 3333: 33.33 % of $99.99 is $33.33 (worked example C).
		{"33.33% of 99.99", 9999, 3333, 3333},
		// 6666 × 500 / 10000 = 333.3 → 333: a 5 % fee on $66.66 is $3.33 (example C).
		{"5% of 66.66", 6666, 500, 333},
		// 5000 × 2965 / 10000 = 1482.5 → 1483: half rounds up (example C, FSA $50 at 29.65 %).
		{"29.65% of 50 rounds half up", 5000, 2965, 1483},
		// 1 × 5000 / 10000 = 0.5 → 1.
		{"half a cent rounds up", 1, 5000, 1},
		// 1 × 4999 / 10000 = 0.4999 → 0.
		{"just under half rounds down", 1, 4999, 0},
		{"100%", 12345, 10000, 12345},
		{"0%", 12345, 0, 0},
		// 1e8 × 10000 stays well inside int64.
		{"a million dollars at 100%", 100_000_000, 10000, 100_000_000},
	}
	for _, tt := range tests {
		if got := Pct(tt.c, tt.bp); got != tt.want {
			t.Errorf("%s: Pct(%d, %d) = %d, want %d", tt.name, tt.c, tt.bp, got, tt.want)
		}
	}
}

func TestDivRoundHalfUp(t *testing.T) {
	tests := []struct{ n, d, want int64 }{
		{176600, 40, 4415}, // $1,766 / 40 visits = $44.15 exactly
		{5, 2, 3},          // 2.5 → 3
		{7, 3, 2},          // 2.33 → 2
		{8, 3, 3},          // 2.67 → 3
		{-5, 2, -2},        // -2.5 → -2 (half towards +∞)
		{-7, 3, -2},        // -2.33 → -2
		{-8, 3, -3},        // -2.67 → -3
		{0, 7, 0},
	}
	for _, tt := range tests {
		if got := divRoundHalfUp(tt.n, tt.d); got != tt.want {
			t.Errorf("divRoundHalfUp(%d, %d) = %d, want %d", tt.n, tt.d, got, tt.want)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  error
	}{
		{"0.29", 29, nil}, // a float path gives 28
		{"1500.5", 150050, nil},
		{"1500.50", 150050, nil},
		{"1500", 150000, nil},
		{"0", 0, nil},
		{"007", 700, nil},
		{"29.65", 2965, nil},
		{"1000000", 100000000, nil},
		{"999999999.99", 99999999999, nil},
		{"1000000000", 0, ErrTooLarge},
		{"0.295", 0, ErrTooManyDecimal},
		{"1.005", 0, ErrTooManyDecimal},
		{"1_500", 0, ErrNotANumber},
		{"1e3", 0, ErrNotANumber},
		{"0x10", 0, ErrNotANumber},
		{"1,500.00", 0, ErrNotANumber},
		{"$15", 0, ErrNotANumber},
		{"+15", 0, ErrNotANumber},
		{"-15", 0, ErrNegative},
		{"-0.295", 0, ErrNegative},
		{"--1", 0, ErrNotANumber},
		{"-", 0, ErrNotANumber},
		{"", 0, ErrNotANumber},
		{".5", 0, ErrNotANumber},
		{"5.", 0, ErrNotANumber},
		{"1.2.3", 0, ErrNotANumber},
		{" 1", 0, ErrNotANumber},
		{"١٢", 0, ErrNotANumber}, // Arabic-Indic digits are not ASCII digits
	}
	for _, tt := range tests {
		got, err := ParseDecimal(tt.in)
		if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
			t.Errorf("ParseDecimal(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0.29", "1500.5", "1e3", "-1", "1_500", "99999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseDecimal(s)
		if err != nil {
			return
		}
		if v < 0 {
			t.Fatalf("ParseDecimal(%q) = %d: negative without error", s, v)
		}
		// What parses prints back to a number that parses to the same value.
		back, err := ParseDecimal(Cents(v).Plain())
		if err != nil || back != v {
			t.Fatalf("ParseDecimal(%q) = %d, but its Plain form %q reads back as %d, %v", s, v, Cents(v).Plain(), back, err)
		}
	})
}

func TestCentsString(t *testing.T) {
	tests := []struct {
		c          Cents
		str, plain string
	}{
		{0, "$0.00", "0"},
		{29, "$0.29", "0.29"},
		{150050, "$1,500.50", "1500.5"},
		{123456789, "$1,234,567.89", "1234567.89"},
		{100000, "$1,000.00", "1000"},
		{-305, "-$3.05", "-3.05"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.str {
			t.Errorf("Cents(%d).String() = %q, want %q", tt.c, got, tt.str)
		}
		if got := tt.c.Plain(); got != tt.plain {
			t.Errorf("Cents(%d).Plain() = %q, want %q", tt.c, got, tt.plain)
		}
	}
}
