// Package swar holds the one helper the byte scans of the extractor share
// when they test eight bytes of a string at once ("SIMD within a
// register"): reading those bytes as one word.
package swar

// Load8 reads the first eight bytes of s as one word, the first byte
// lowest. s must hold eight bytes or more (it panics otherwise). The
// compiler turns it into a single load.
func Load8(s string) uint64 {
	s = s[:8] // one bounds check, and the loads become one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
