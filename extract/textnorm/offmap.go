package textnorm

import "strings"

// seg maps a run of output bytes to a run of input bytes. Exact runs map
// byte for byte; replaced runs map as a whole (the output may be longer,
// shorter or empty).
type seg struct {
	out, in       int // start offsets
	outLen, inLen int
	exact         bool
}

// offmap maps output offsets of one clean-up pass to its input offsets.
type offmap struct {
	segs []seg
	in   int // length of the input
	out  int // length of the output
	// same: the pass changed nothing, and the map is one exact run (an
	// offset maps to itself, held within the text)
	same bool
}

// find returns the index of the first seg ending after off (len(m.segs)
// if none does): sort.Search's answer, without a call a step.
func (m *offmap) find(off int) int { return m.search(0, off) }

// search is find(off) for an off at or past the end of the segs before lo.
func (m *offmap) search(lo, off int) int {
	hi := len(m.segs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s := &m.segs[mid]; s.out+s.outLen > off {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// findFrom is search(lo, off) that looks at the next few segs first: a
// span's end most often lies in the seg of its start or close after it.
func (m *offmap) findFrom(lo, off int) int {
	for n := 0; n < 4 && lo < len(m.segs); n++ {
		if s := &m.segs[lo]; s.out+s.outLen > off {
			return lo
		}
		lo++
	}
	return m.search(lo, off)
}

// span maps the output span [a, b) as start(a), end(b) do, with one
// binary search where those take two.
func (m *offmap) span(a, b int) (int, int) {
	if m.same || b <= a {
		return m.start(a), m.end(b)
	}
	// i: the seg of a (no seg before it ends after a, nor after b-1)
	i, sa := len(m.segs), m.in
	if a < m.out {
		i = m.find(a)
		if i < len(m.segs) {
			s := &m.segs[i]
			sa = s.in
			if a >= s.out && s.exact {
				sa = s.in + (a - s.out)
			}
		}
	}
	if b <= 0 {
		return sa, 0
	}
	j := m.findFrom(i, b-1)
	if j == len(m.segs) {
		return sa, m.in
	}
	s := &m.segs[j]
	if s.exact {
		return sa, s.in + (b - s.out)
	}
	return sa, s.in + s.inLen
}

// start maps an output offset used as a span start.
func (m *offmap) start(off int) int {
	if off >= m.out {
		return m.in
	}
	if m.same {
		return max(off, 0)
	}
	i := m.find(off)
	if i == len(m.segs) {
		return m.in
	}
	s := m.segs[i]
	if off < s.out {
		return s.in
	}
	if s.exact {
		return s.in + (off - s.out)
	}
	return s.in
}

// end maps an output offset used as a span end (exclusive).
func (m *offmap) end(off int) int {
	if off <= 0 {
		return 0
	}
	if m.same {
		return min(off, m.in)
	}
	i := m.find(off - 1)
	if i == len(m.segs) {
		return m.in
	}
	s := m.segs[i]
	if s.exact {
		return s.in + (off - s.out)
	}
	return s.in + s.inLen
}

// builder writes a pass's output while recording its offset map. The
// output is a strings.Builder: its memory is not cleared before it is
// written, and the text it makes needs no copy.
type builder struct {
	out  strings.Builder
	segs []seg
}

func (b *builder) copy(in string, start, end int) {
	if end <= start {
		return
	}
	n := len(b.segs)
	if n > 0 {
		last := &b.segs[n-1]
		if last.exact && last.in+last.inLen == start && last.out+last.outLen == b.out.Len() {
			last.inLen += end - start
			last.outLen += end - start
			b.out.WriteString(in[start:end])
			return
		}
	}
	b.segs = append(b.segs, seg{out: b.out.Len(), in: start, outLen: end - start, inLen: end - start, exact: true})
	b.out.WriteString(in[start:end])
}

func (b *builder) replace(repl string, start, end int) {
	b.segs = append(b.segs, seg{out: b.out.Len(), in: start, outLen: len(repl), inLen: end - start})
	b.out.WriteString(repl)
}

// finish returns the output; b is not written again.
func (b *builder) finish(inLen int) (string, *offmap) {
	return b.out.String(), &offmap{segs: b.segs, in: inLen, out: b.out.Len()}
}

// identity is the result of a pass that changed nothing: the input itself
// and a map of one exact run.
func identity(in string) (string, *offmap) {
	if in == "" {
		return in, &offmap{}
	}
	return in, &offmap{segs: []seg{{outLen: len(in), inLen: len(in), exact: true}}, in: len(in), out: len(in), same: true}
}

// grow reserves room for an output about n bytes long.
func (b *builder) grow(n int) {
	if b.out.Cap() < n {
		b.out.Grow(n - b.out.Len())
	}
}
