package dates

import (
	"cmp"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// Match is one date expression found in a text.
type Match struct {
	// Span holds the byte offsets of the whole expression in the input text,
	// suffixes, hedges and range words included ("1925-жылы", "5 мая 1925 г.",
	// "early March 2019", "from 1920 to 1928"); a preposition that only
	// introduces the date ("in", "on", "в") is left out.
	Span dossier.Span
	Date dossier.Date
	// Lang is "ky", "ru" or "en", or "" when the form is language-neutral
	// (17.08.1904, 1937-1938, (1901-1938)).
	Lang string
	// Rule names the pattern that matched, e.g. "ky-year-day-month",
	// "ru-day-month-year", "en-range", "lifespan-paren".
	Rule string
}

// Finder finds date expressions. The zero value is ready to use; NewFinder
// is the documented constructor. A Finder is safe for concurrent use.
type Finder struct {
	pool sync.Pool // of *parser, reused buffers only
}

// NewFinder returns a Finder.
func NewFinder() *Finder { return &Finder{} }

// Window sizes around an anchor (a digit, a Roman numeral, "century"). Every
// rule looks at most a few words before its first anchor and a few after its
// last one, so text farther than this from any anchor is never tokenised.
const (
	windowBefore = 128
	windowAfter  = 160
	windowSlack  = 64 // how far a window may grow to end at whitespace
)

// Find returns the date expressions in text, sorted by start and not
// overlapping: where two candidates overlap, the longer wins (the earlier on
// a tie). A number is a date only with a cue (a month, a year word, a
// preposition, a range, parentheses); see the package documentation for the
// forms and the guards. Text need not be valid UTF-8; spans always lie
// within it and, for valid UTF-8, on rune boundaries. Find is deterministic.
func (f *Finder) Find(text string) []Match {
	return f.AppendFind(nil, text)
}

// AppendFind appends the matches Find returns for text to dst and returns
// the extended slice, so that a caller finding the dates of many texts
// (the sentences of a document) can gather them in one buffer. The spans of
// the appended matches are offsets into text.
func (f *Finder) AppendFind(dst []Match, text string) []Match {
	p := f.get()
	out := p.find(dst, text)
	f.put(p)
	return out
}

// get takes a parser from the pool.
func (f *Finder) get() *parser {
	if p, _ := f.pool.Get().(*parser); p != nil {
		return p
	}
	return &parser{}
}

// put returns p to the pool. The pooled parser must not keep a text
// alive: lows may hold substrings of it, and ms the dates of a batch.
// Only the first lowsUsed of lows can have been set since the last put.
func (f *Finder) put(p *parser) {
	p.text = ""
	clear(p.lows[:p.lowsUsed])
	p.lowsUsed = 0
	clear(p.ms)
	p.ms = p.ms[:0]
	f.pool.Put(p)
}

// find appends the matches of text to out.
func (p *parser) find(out []Match, text string) []Match {
	return p.findFrom(out, text, nextAnchor(text, 0))
}

// findFrom appends the matches of text, whose first anchor is a (-1 for
// none), to out.
func (p *parser) findFrom(out []Match, text string, a int) []Match {
	end := 0
	for a >= 0 {
		out, a, end = p.window(out, text, windowStart(text, a, end), a)
	}
	return out
}

// A Batch finds the dates of the texts of one document (its sentences)
// with one parser and one buffer of matches, taken from the Finder's pool
// for the whole document, and reconciles them in place. Finder.Batch
// starts one and Release ends it. A Batch is for one goroutine; the
// Finder may serve other batches at the same time.
type Batch struct {
	f *Finder
	p *parser
}

// Batch starts a batch.
func (f *Finder) Batch() Batch { return Batch{f: f, p: f.get()} }

// Find appends the matches Find returns for text to the batch, each span
// moved on by offset (the position of text in the document), and returns
// them; the caller may change them (a language) before Reconcile. The
// slice is valid until the next call.
func (b Batch) Find(text string, offset int) []Match {
	a := nextAnchor(text, 0)
	if a < 0 {
		return nil // most sentences
	}
	n := len(b.p.ms)
	b.p.ms = b.p.findFrom(b.p.ms, text, a)
	ms := b.p.ms[n:]
	for k := range ms {
		ms[k].Span.Start += offset
		ms[k].Span.End += offset
	}
	return ms
}

// Reconcile returns all the matches of the batch, in order, adjusted as
// Reconcile adjusts them but in place. They are valid until Release; their
// dates' Flags and End do not share memory with the batch.
func (b Batch) Reconcile() []Match {
	reconcile(b.p.ms)
	return b.p.ms
}

// Release ends the batch and returns its parser to the pool. No slice the
// batch returned may be used afterwards.
func (b Batch) Release() { b.f.put(b.p) }

// nextAnchor returns the first position at or after i where a date can be
// anchored: an ASCII digit, an upper-case Roman numeral word of two or more
// letters (Latin or Cyrillic Х, І), or the word "century"; -1 if none.
// It passes eight bytes at a time while none of them is a byte anchorAt
// looks at, which most of a sentence without a date is.
func nextAnchor(text string, i int) int {
	from := i
	for i < len(text) {
		stop := i + 8
		if stop <= len(text) {
			e := text[i:stop]
			if anchorByte[e[0]]|anchorByte[e[1]]|anchorByte[e[2]]|anchorByte[e[3]]|
				anchorByte[e[4]]|anchorByte[e[5]]|anchorByte[e[6]]|anchorByte[e[7]] == 0 {
				i = stop
				continue
			}
		} else {
			stop = len(text)
		}
		for ; i < stop; i++ {
			if anchorByte[text[i]] != 0 {
				if a := anchorAt(text, i, from); a >= 0 {
					return a
				}
			}
		}
	}
	return -1
}

// anchorAt returns the anchor that byte i, one anchorByte marks, belongs
// to, or -1: the digit itself, a Roman numeral word starting at i (or, for
// the second byte of a Cyrillic Х or І, at i-1), or "century" whose "u" is
// at i; that word must start at from or after.
func anchorAt(text string, i, from int) int {
	switch c := text[i]; {
	case '0' <= c && c <= '9':
		return i
	case c == 'X' || c == 'V' || c == 'I':
		if romanWordAt(text, i) {
			return i
		}
	case c == 0xA5 || c == 0x86:
		// The second byte of Cyrillic Х or І (0xD0 0xA5, 0xD0 0x86).
		if i > 0 && text[i-1] == 0xD0 && romanWordAt(text, i-1) {
			return i - 1
		}
	case c == 'u' || c == 'U':
		// the u of "entur" or "ENTUR"
		if s := i - 3; s >= from && i+2 <= len(text) {
			if w := text[s : i+2]; w == "entur" || w == "ENTUR" {
				return s
			}
		}
	}
	return -1
}

// anchorByte marks the bytes anchorAt looks at: digits, the letters of
// Roman numerals, the second bytes of Cyrillic Х and І, and the u of
// "century".
var anchorByte = [256]uint8{
	'0': 1, '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '9': 1,
	'X': 1, 'V': 1, 'I': 1, 0xA5: 1, 0x86: 1, 'u': 1, 'U': 1,
}

// romanWordAt reports whether a word of two or more Roman-numeral letters
// starts at i.
func romanWordAt(text string, i int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); isLetterRune(r) {
			return false
		}
	}
	n := 0
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch r {
		case 'X', 'V', 'I', 'Х', 'І':
			n++
			j += size
			continue
		}
		if isLetterRune(r) {
			return false
		}
		break
	}
	return n >= 2
}

// windowStart backs up windowBefore bytes from a, not before floor (the
// end of the previous window), and then moves forward to the first
// whitespace, so the window starts between tokens. When there is no
// whitespace there, the word that reaches a is longer than windowBefore;
// the window then starts at its beginning, so that what touches a (a word
// glued to a number) stays in view.
func windowStart(text string, a, floor int) int {
	s := a - windowBefore
	if s <= floor {
		return floor
	}
	for j := s; j < a; j++ {
		if isSpaceByte(text[j]) {
			return j
		}
	}
	for s > floor && !isSpaceByte(text[s-1]) {
		s--
	}
	return s
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// windowEnd goes windowAfter bytes past a and on to the next whitespace
// (at most windowSlack further), staying on a rune boundary.
func windowEnd(text string, a int) int {
	e := a + windowAfter
	if e >= len(text) {
		return len(text)
	}
	for j := e; j < len(text) && j < e+windowSlack; j++ {
		if isSpaceByte(text[j]) {
			return j
		}
	}
	for e > a && !utf8.RuneStart(text[e]) {
		e--
	}
	if e <= a {
		// invalid UTF-8: nothing but continuation bytes after the anchor.
		// The window must still move on, to the next rune's start.
		e = a + 1
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
	}
	return e
}

// window finds the dates of the window that starts at start and holds the
// anchor a: it tokenises on over every anchor within reach (the tokenizer
// grows the window over the anchors inside it; an anchor found after its
// end by nextAnchor merges when its own window would overlap) and appends
// the dates to out. It returns out, the first anchor after the window (or
// -1) and the window's end.
func (p *parser) window(out []Match, text string, start, a int) ([]Match, int, int) {
	p.text = text
	p.toks = p.toks[:0]
	pos, end, gap := start, windowEnd(text, a), gapPara
	next := -1
	for {
		p.toks, gap, end = tokenize(p.toks, text, pos, end, gap)
		next = nextAnchor(text, end)
		if next < 0 || next-windowBefore > end {
			break
		}
		pos, end = end, windowEnd(text, next)
	}
	p.cands = p.cands[:0]
	p.weak = p.weak[:0]
	p.lows = p.lows[:0]
	na := -1 // the first anchor at or after token i, or len(p.toks)
	for i := range p.toks {
		if t := &p.toks[i]; t.kind != tkWord {
			if !mayOpen(t) {
				continue
			}
		} else {
			if na < i {
				for na = i; na < len(p.toks) && !p.toks[na].anchor; na++ {
				}
			}
			if na == len(p.toks) || na-i > anchorReach || !p.mayStart(i) {
				continue
			}
		}
		if c, ok := p.at(i); ok {
			p.cands = append(p.cands, c)
		}
	}
	chosen := p.choose()
	chosen = p.lists(chosen)
	out = slices.Grow(out, len(chosen))
	for _, c := range chosen {
		out = append(out, Match{
			Span: dossier.Span{Start: p.toks[c.i].start, End: p.toks[c.j-1].end},
			Date: c.d,
			Lang: c.lang,
			Rule: c.rule,
		})
	}
	p.lowsUsed = max(p.lowsUsed, len(p.lows))
	return out, next, end
}

// choose keeps non-overlapping candidates: sorted by start, an overlapping
// candidate replaces the kept one only if it is longer.
func (p *parser) choose() []piece {
	c := p.cands
	slices.SortStableFunc(c, func(a, b piece) int {
		if a.i != b.i {
			return cmp.Compare(a.i, b.i)
		}
		return cmp.Compare(b.j, a.j)
	})
	kept := c[:0]
	for _, x := range c {
		if len(kept) > 0 {
			last := &kept[len(kept)-1]
			if x.i < last.j {
				if p.spanLen(x) > p.spanLen(*last) {
					*last = x
				}
				continue
			}
		}
		kept = append(kept, x)
	}
	return kept
}

func (p *parser) spanLen(x piece) int { return p.toks[x.j-1].end - p.toks[x.i].start }

// lists turns bare years listed next to a found year into years: "in 1937,
// 1938 and 1939", "1937, 1938-жылдары". The listed year must be within 30
// years of its neighbour. One pass forward and one backward over the pieces
// in text order let a list grow in either direction in linear time.
func (p *parser) lists(chosen []piece) []piece {
	if len(p.weak) == 0 || len(chosen) == 0 {
		return chosen
	}
	seq := p.seq[:0]
	c, k := 0, 0
	for c < len(chosen) || k < len(p.weak) {
		switch {
		case k == len(p.weak) || c < len(chosen) && chosen[c].i <= p.weak[k].i:
			seq = append(seq, listItem{chosen[c], true})
			c++
		default:
			if !overlapsAny(chosen, p.weak[k]) {
				seq = append(seq, listItem{p.weak[k], false})
			}
			k++
		}
	}
	join := func(from, to int) {
		a, b := &seq[from], &seq[to]
		if a.pc.d.Year == 0 || abs(a.pc.d.Year-b.pc.d.Year) > 30 {
			return
		}
		first, second := a, b
		if to < from {
			first, second = b, a
		}
		lang, ok := p.listJoin(first.pc.j, second.pc.i)
		if !ok {
			return
		}
		if lang == "" {
			lang = a.pc.lang
		}
		if a.pc.pluralCirca {
			a.pc.d.Qualifier, a.pc.pluralCirca = "", false
		}
		b.pc.lang, b.pc.rule, b.pc.weak, b.ok = lang, "year-list", false, true
	}
	for x := 1; x < len(seq); x++ {
		if !seq[x].ok && seq[x-1].ok {
			join(x-1, x)
		}
	}
	for x := len(seq) - 2; x >= 0; x-- {
		if !seq[x].ok && seq[x+1].ok {
			join(x+1, x)
		}
	}
	out := chosen[:0]
	for _, it := range seq {
		if it.ok {
			out = append(out, it.pc)
		}
	}
	p.seq = seq
	return out
}

// listItem is a piece in text order for lists; ok marks a date (weak years
// become dates there).
type listItem struct {
	pc piece
	ok bool
}

// listJoin reports whether the tokens [a, b) join two list items: a comma,
// a list word, or a comma and a list word.
func (p *parser) listJoin(a, b int) (string, bool) {
	if b-a < 1 || b-a > 2 || !p.close(b) {
		return "", false
	}
	lang := ""
	for k := a; k < b; k++ {
		switch {
		case p.isPunct(k, ',') || p.isPunct(k, '&'):
		case p.isWord(k) && listWord(p.lw(k)) != "":
			lang = listWord(p.lw(k))
		default:
			return "", false
		}
		if !p.close(k) {
			return "", false
		}
	}
	return lang, true
}

// overlapsAny reports whether x overlaps one of ps, which are sorted and
// do not overlap.
func overlapsAny(ps []piece, x piece) bool {
	k := sort.Search(len(ps), func(n int) bool { return ps[n].j > x.i })
	return k < len(ps) && ps[k].i < x.j
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
