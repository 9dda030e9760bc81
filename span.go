package dossier

import "fmt"

// Span is a half-open range [Start, End) of byte offsets into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is well formed and lies within a text of n bytes.
func (s Span) Valid(n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }

// Clamp returns the span cut to lie within a text of n bytes.
func (s Span) Clamp(n int) Span {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > n {
		s.End = n
	}
	if s.Start > s.End {
		s.Start = s.End
	}
	return s
}

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Union is the smallest span covering both.
func (s Span) Union(o Span) Span {
	if o.Start < s.Start {
		s.Start = o.Start
	}
	if o.End > s.End {
		s.End = o.End
	}
	return s
}

// String renders the span as "start:end", the form `dossier show --span` takes.
func (s Span) String() string { return fmt.Sprintf("%d:%d", s.Start, s.End) }

// ParseSpan reads "start:end".
func ParseSpan(v string) (Span, error) {
	var s Span
	if _, err := fmt.Sscanf(v, "%d:%d", &s.Start, &s.End); err != nil {
		return Span{}, fmt.Errorf("parse span %q: want START:END", v)
	}
	if s.Start < 0 || s.End < s.Start {
		return Span{}, fmt.Errorf("parse span %q: want 0 <= START <= END", v)
	}
	return s, nil
}
