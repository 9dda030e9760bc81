package dates

import (
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// FuzzFind checks the contract of Find at the text boundary: it never
// panics, every span lies within the text (on rune boundaries when the text
// is valid UTF-8), matches are sorted and do not overlap, and every date has
// a precision. Reconcile must keep the length.
func FuzzFind(f *testing.F) {
	for _, cs := range [][]findCase{kyCases, ruCases, enCases, neutralCases} {
		for _, c := range cs {
			f.Add(c.in)
		}
	}
	for _, p := range benchParagraphs {
		f.Add(p)
	}
	f.Add("(1889-жылы, ( – 1938-жылы, )")
	f.Add("XX\xd0\xa5 в. 1937-\xff жылы")
	f.Add("-- 1937 -- --")
	finder := NewFinder()
	f.Fuzz(func(t *testing.T, text string) {
		ms := finder.Find(text)
		valid := utf8.ValidString(text)
		prev := -1
		for _, m := range ms {
			s := m.Span
			if !s.Valid(len(text)) || s.Start >= s.End {
				t.Fatalf("span %v outside text of %d bytes", s, len(text))
			}
			if s.Start < prev {
				t.Fatalf("span %v overlaps or precedes the previous one ending at %d", s, prev)
			}
			prev = s.End
			if valid && (!boundary(text, s.Start) || !boundary(text, s.End)) {
				t.Fatalf("span %v not on rune boundaries in %q", s, text)
			}
			if m.Date.Precision == dossier.PrecisionNone || m.Rule == "" {
				t.Fatalf("match %+v has no precision or rule", m)
			}
			if e := m.Date.End; e != nil && e.End != nil {
				t.Fatalf("nested range %+v", m.Date)
			}
		}
		if r := Reconcile(ms); len(r) != len(ms) {
			t.Fatalf("Reconcile changed the length: %d -> %d", len(ms), len(r))
		}
		// A paragraph without anchors before the text shifts the matches
		// and changes nothing else: windows and offsets are independent of
		// where the text starts.
		const prefix = "Бул жерде сан жок.\n\n"
		shifted := finder.Find(prefix + text)
		if len(shifted) != len(ms) {
			t.Fatalf("with a prefix: %d matches, without: %d", len(shifted), len(ms))
		}
		for k, m := range shifted {
			if m.Span.Start-len(prefix) != ms[k].Span.Start || m.Span.End-len(prefix) != ms[k].Span.End ||
				m.Date.String() != ms[k].Date.String() || m.Rule != ms[k].Rule {
				t.Fatalf("with a prefix match %d is %+v, without %+v", k, m, ms[k])
			}
		}
	})
}

func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}
