// Package asciirun measures runs of plain ASCII bytes eight bytes at a
// time, for the scanners that copy or skip such runs whole (JSON quoting,
// text clean-up) and look at the other bytes one by one.
package asciirun

import (
	"math/bits"

	"github.com/dossier-kg/dossier/internal/swar"
)

// Printable returns the length of the run of bytes s starts with that
// are printable ASCII (0x20 to 0x7F) and neither a nor b (a caller with
// one byte to stop at passes it twice).
func Printable(s string, a, b byte) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	ma, mb := ones*uint64(a), ones*uint64(b)
	// stops has the high bit of a byte of w set when the byte is 0x80 or
	// above, below 0x20, a or b (and is exact when it is zero: only such
	// a byte borrows)
	stops := func(w uint64) uint64 {
		xa, xb := w^ma, w^mb
		return (w | (w - ones*0x20) | (xa-ones)&^xa | (xb-ones)&^xb) & highs
	}
	// the lowest bit stops sets is exact (a borrow only runs upwards, from
	// a byte that stops the run): it marks the first byte to stop at
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := stops(swar.Load8(s[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	if i == len(s) {
		return i
	}
	if len(s) >= 8 {
		// the tail, read as the last eight bytes: those before i pass
		if m := stops(swar.Load8(s[len(s)-8:])); m != 0 {
			return len(s) - 8 + bits.TrailingZeros64(m)>>3
		}
		return len(s)
	}
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x80 && s[i] != a && s[i] != b {
		i++
	}
	return i
}
