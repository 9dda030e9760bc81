package asciirun

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPrintable puts every byte at every place of runs shorter and longer
// than the eight bytes read at a time, with every pair of bytes to stop at
// among a few.
func TestPrintable(t *testing.T) {
	for _, stop := range [][2]byte{{'"', '\\'}, {'`', '`'}, {' ', 'a'}, {0x7f, 0x20}} {
		for c := 0; c < 256; c++ {
			for n := 0; n < 21; n++ {
				for at := 0; at <= n; at++ {
					s := strings.Repeat("x", at) + string([]byte{byte(c)}) + strings.Repeat("y", n-at)
					want := strings.IndexFunc(s, func(r rune) bool {
						return r < 0x20 || r >= 0x80 || r == rune(stop[0]) || r == rune(stop[1])
					})
					if want < 0 {
						want = len(s)
					}
					if got := Printable(s, stop[0], stop[1]); got != want {
						t.Fatalf("Printable(%q, %q, %q) = %d, want %d", s, stop[0], stop[1], got, want)
					}
				}
			}
		}
	}
}

// TestPrintableWhole: a run of every length with no byte to stop at is
// read whole, its last bytes too.
func TestPrintableWhole(t *testing.T) {
	for n := 0; n < 40; n++ {
		if got := Printable(strings.Repeat("x", n), '"', '\\'); got != n {
			t.Fatalf("Printable of %d bytes = %d", n, got)
		}
	}
}

// TestPrintableRandom: strings with several bytes to stop at, next to one
// another (where a word's borrows run on), against the byte-wise answer.
func TestPrintableRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pool := []byte{'x', 'y', ' ', '"', '\\', 0, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xd0, 0xff, '\n'}
	for range 200000 {
		b := make([]byte, rng.IntN(30))
		for i := range b {
			if rng.IntN(3) == 0 {
				b[i] = pool[rng.IntN(len(pool))]
			} else {
				b[i] = 'a' + byte(rng.IntN(26))
			}
		}
		s := string(b)
		want := 0
		for want < len(s) && s[want] >= 0x20 && s[want] < 0x80 && s[want] != '"' && s[want] != '\\' {
			want++
		}
		if got := Printable(s, '"', '\\'); got != want {
			t.Fatalf("Printable(%q) = %d, want %d", s, got, want)
		}
	}
}

func BenchmarkPrintable(b *testing.B) {
	s := strings.Repeat("https://w3id.org/dossier/id/person/abdykadyr-orozbekov ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Printable(s, '"', '\\')
	}
}
