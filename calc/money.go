// Package calc is the cost engine: a Scenario in, a Result out.
//
// It is pure arithmetic on integer cents and basis points: no I/O, no UI, no
// floating point. docs/cost-rules.md in the specification is the definition of
// every figure; comments here cite its rules rather than restate them.
package calc

import (
	"errors"
	"strconv"
	"strings"
)

// Cents is an amount of money in US cents. Every dollar figure in carecost is
// one, from parsing to display.
type Cents int64

// BasisPoints is a percentage in hundredths of a percent: 29.65 % is 2965.
type BasisPoints int64

// Dollars returns whole dollars as cents.
func Dollars(d int64) Cents { return Cents(d * 100) }

// Percent returns whole percent as basis points.
func Percent(p int64) BasisPoints { return BasisPoints(p * 100) }

// Pct is round_half_up(c × bp / 10000) to whole cents: the one way a
// percentage of an amount is taken (docs/cost-rules.md, "Units and rounding").
func Pct(c Cents, bp BasisPoints) Cents {
	return Cents(divRoundHalfUp(int64(c)*int64(bp), 10000))
}

// divRoundHalfUp divides n by d > 0 and rounds halves towards +∞.
func divRoundHalfUp(n, d int64) int64 {
	q := (2*n + d) / (2 * d)
	if (2*n+d)%(2*d) < 0 { // floor for negative numerators
		q--
	}
	return q
}

// String formats c as dollars with a thousands separator: "$1,234.50",
// "-$3.05".
func (c Cents) String() string {
	var b [32]byte
	return string(c.AppendDollars(b[:0], true))
}

// Plain formats c as a decimal number of dollars without symbol or
// separators, the way JSON carries it: "1234.5", "0.29", "12".
func (c Cents) Plain() string {
	var b [24]byte
	return string(c.AppendPlain(b[:0]))
}

// AppendPlain appends the Plain form of c to b.
func (c Cents) AppendPlain(b []byte) []byte {
	v := int64(c)
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	switch r := v % 100; {
	case r == 0:
	case r%10 == 0:
		b = append(b, '.', byte('0'+r/10))
	default:
		b = append(b, '.', byte('0'+r/10), byte('0'+r%10))
	}
	return b
}

// AppendDollars appends "$1,234.50" (sep true) or "$1234.50" to b.
func (c Cents) AppendDollars(b []byte, sep bool) []byte {
	v := int64(c)
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = append(b, '$')
	whole := strconv.FormatInt(v/100, 10)
	for i, r := range whole {
		if sep && i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, byte(r))
	}
	r := v % 100
	return append(b, '.', byte('0'+r/10), byte('0'+r%10))
}

// String formats bp as a percentage without trailing zeros: "20 %" style
// callers add the sign; this returns "20", "29.65", "7.5".
func (bp BasisPoints) String() string {
	return Cents(bp).Plain()
}

// Errors returned by ParseDecimal. Callers wrap them with the field's name.
var (
	ErrNotANumber     = errors.New("is not a plain decimal number")
	ErrTooManyDecimal = errors.New("has more than two decimals")
	ErrNegative       = errors.New("is negative")
	ErrTooLarge       = errors.New("is too large")
)

// ParseDecimal reads a plain decimal with at most two decimals ("1500",
// "1500.5", "0.29", "29.65") as hundredths: dollars to cents, percent to
// basis points. It never goes through floating point, so 0.29 is 29. Signs,
// exponents, underscores, separators and hex are rejected; so is a negative
// value. Values of a billion units or more are ErrTooLarge.
func ParseDecimal(s string) (int64, error) {
	if s == "" {
		return 0, ErrNotANumber
	}
	if s[0] == '-' {
		if _, err := ParseDecimal(s[1:]); err == nil || errors.Is(err, ErrTooManyDecimal) || errors.Is(err, ErrTooLarge) {
			return 0, ErrNegative
		}
		return 0, ErrNotANumber
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" || !allDigits(whole) || (hasDot && (frac == "" || !allDigits(frac))) {
		return 0, ErrNotANumber
	}
	if len(frac) > 2 {
		return 0, ErrTooManyDecimal
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 9 {
		return 0, ErrTooLarge
	}
	var v int64
	for i := 0; i < len(whole); i++ {
		v = v*10 + int64(whole[i]-'0')
	}
	v *= 100
	switch len(frac) {
	case 1:
		v += int64(frac[0]-'0') * 10
	case 2:
		v += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	return v, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
