// Package lexicon loads the per-language word lists the extractor's rules
// use (data/lexicon/<lang>.yaml): stopwords, person titles and roles, given
// names, head nouns of organisation, place and event names, cues for works,
// and the words that mark hedged, negated and alleged statements.
package lexicon

import (
	"fmt"
	"github.com/dossier-kg/dossier/internal/textcase"
	"io/fs"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Set is a set of lower-case words or phrases.
type Set map[string]bool

// Has reports whether w (any case) is in the set.
func (s Set) Has(w string) bool { return s[Lower(w)] }

// HasLower is Has for a word already in lower case (Lower(w) == w, as
// segment.Token.Lower is): it spares a scan of the word.
func (s Set) HasLower(w string) bool { return s[w] }

// Lower is strings.ToLower without the copy when w has no upper-case
// letter (most words of a text).
func Lower(w string) string { return textcase.Lower(w) }

// Lang is one language's lists.
type Lang struct {
	Lang       string `yaml:"lang"`
	Stopwords  Set    `yaml:"-"`
	Titles     Set    `yaml:"-"`
	Roles      Set    `yaml:"-"`
	FirstNames Set    `yaml:"-"`
	// FemaleNames are the given names of FirstNames that women bear
	// (Kyrgyz: айгүл, бурул); the others are men's
	FemaleNames Set `yaml:"-"`
	OrgHeads    Set `yaml:"-"`
	PlaceHeads  Set `yaml:"-"`
	PlaceCues   Set `yaml:"-"`
	EventHeads  Set `yaml:"-"`
	WorkCues    Set `yaml:"-"`
	Hedges      Set `yaml:"-"`
	Negations   Set `yaml:"-"`
	Allegations Set `yaml:"-"`
	Demonyms    Set `yaml:"-"`
	// Relations maps a trigger family (letter_verbs, head_roles, born, …)
	// to its phrases; a word ending in "*" matches any word it begins.
	Relations map[string][]Phrase `yaml:"-"`
	// index finds a family's phrases by their first word; all finds every
	// family's phrases at once
	index map[string]*familyIndex
	all   *allIndex
	// fields maps a normalised field label of archive cards ("год и место
	// рождения", "атылган күнү жана жери") to its meaning ("birth",
	// "execution").
	fields map[string]string
}

// Field returns the meaning of a card field label (words lower-cased and
// joined by single spaces), or "".
func (l *Lang) Field(label string) string { return l.fields[label] }

// Phrase is a trigger phrase: one or more words, each exact (lower case) or
// a prefix (written with a final "*").
type Phrase []string

// Match reports how many of words (lower case, from i) the phrase covers,
// or 0 when it does not match there.
func (p Phrase) Match(words []string, i int) int {
	if i+len(p) > len(words) {
		return 0
	}
	for k, w := range p {
		got := foldYo(words[i+k])
		if strings.HasSuffix(w, "*") && len(w) > 1 {
			if !strings.HasPrefix(got, w[:len(w)-1]) {
				return 0
			}
			continue
		}
		if got != w {
			return 0
		}
	}
	return len(p)
}

// MatchAny returns the longest phrase of family that matches at i (its
// length in words), or 0.
func (l *Lang) MatchAny(family string, words []string, i int) int {
	if i >= len(words) {
		return 0
	}
	fi := l.index[family]
	if fi == nil {
		return 0
	}
	best := 0
	try := func(ps []int) {
		for _, k := range ps {
			if n := fi.phrases[k].Match(words, i); n > best {
				best = n
			}
		}
	}
	w := foldYo(words[i])
	if fi.starts.may(w) {
		try(fi.exact[w])
		if k := prefixKey(w); k != "" {
			try(fi.prefix[k])
		}
	}
	try(fi.short)
	return best
}

// familyIndex finds the phrases that may match at a word: by the word
// itself for exact first words, by its first three letters for prefixes.
type familyIndex struct {
	phrases []Phrase
	exact   map[string][]int
	prefix  map[string][]int
	short   []int // prefixes shorter than three letters
	starts  starts
}

// starts is a filter of the keys of exact and prefix by their first
// three runes (a whole key when shorter): a word whose head is not that of
// any key is no key and does not begin with one (a prefix's key is its own
// head), so most words need not be looked up. Runes are read as range over
// a string reads them, so a key and a word it begins agree on them.
type starts [1 << 10]uint64

// head returns w's first three runes (w when shorter), as prefixKey counts
// them, a hash of them (the bit of the filter is its top 16 bits), and
// whether they include a ё. The hash reads the runes' bytes as one number
// (up to eight: a word of three Cyrillic letters has six) rather than
// byte by byte.
func head(w string) (h string, x uint32, yo bool) {
	if len(w) >= 8 {
		v := le64(w)
		switch {
		case v&0x808080 == 0:
			// three ASCII bytes
			return w[:3], headHash(v&0xFFFFFF, 3), false
		case v&0xC0E0C0E0C0E0 == 0x80C080C080C0 && v&0x1E != 0 && v&0x1E0000 != 0 && v&0x1E00000000 != 0:
			// three valid two-byte runes (Cyrillic): lead bytes C2-DF
			// (110xxxxx but not C0 or C1), continuation bytes 10xxxxxx
			v &= 0xFFFFFFFFFFFF
			yo = v&0xFFFF == 0x91D1 || v>>16&0xFFFF == 0x91D1 || v>>32 == 0x91D1
			return w[:6], headHash(v, 6), yo
		}
	}
	// rune by rune, the bytes gathered as they are read; the shifts are
	// taken mod 64 (no check of the count): a byte past the eighth, of a
	// head of three- or four-byte runes, which no fast path reads, lands
	// on an earlier one, and is folded in again after
	i := 0
	var v uint64
	for n := 0; n < 3 && i < len(w); n++ {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			v |= uint64(c) << (8 * uint(i) & 63)
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			// a valid two-byte rune (Cyrillic)
			yo = yo || (c == 0xD1 && w[i+1] == 0x91)
			v |= (uint64(c) | uint64(w[i+1])<<8) << (8 * uint(i) & 63)
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(w[i:])
			for end := i + size; i < end; i++ {
				v |= uint64(w[i]) << (8 * uint(i) & 63)
			}
		}
	}
	for k := 8; k < i; k++ {
		v = (v ^ uint64(w[k])) * 0x100000001B3
	}
	return w[:i], headHash(v, i), yo
}

// headHash mixes the bytes v of a head of n bytes (read as le64 reads
// them; longer heads folded in) into head's hash.
func headHash(v uint64, n int) uint32 {
	return uint32(((v ^ uint64(n)) * 0x9E3779B97F4A7C15) >> 32)
}

// le64 reads the first eight bytes of s as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (s *starts) add(key string) {
	_, x, _ := head(key)
	s.set(x >> 16)
}

// set sets bit b.
func (s *starts) set(b uint32) { s[b>>6] |= 1 << (b & 63) }

// may reports whether w may be a key or begin with a key's prefix.
func (s *starts) may(w string) bool {
	_, x, _ := head(w)
	return s.has(x >> 16)
}

// has reports whether bit b (of a word's head: its hash's top 16 bits) is
// set.
func (s *starts) has(b uint32) bool {
	return s[b>>6]&(1<<(b&63)) != 0
}

// index fills s with the keys of exact and prefix.
func (s *starts) index(exact, prefix map[string][]int) {
	for k := range exact {
		s.add(k)
	}
	for k := range prefix {
		s.add(k)
	}
}

func prefixKey(w string) string {
	n := 0
	for i := range w {
		if n == 3 {
			return w[:i]
		}
		n++
	}
	if n == 3 {
		return w
	}
	return ""
}

// Hit is a phrase of a trigger family found in a sentence.
type Hit struct {
	Family string
	At, N  int // the phrase covers words [At, At+N)
}

// allIndex finds the phrases of every family by their first word: a word
// whose head (see head) passes the filter starts is looked up by its head
// in a small open table, whose entry holds the few keys of that head.
type allIndex struct {
	phrases []Phrase
	family  []string
	exact   map[string][]int
	prefix  map[string][]int
	short   []int
	starts  starts
	first   firstBytes
	// heads holds an entry per head of a key of exact or prefix; slots
	// finds it by the head's hash (1 + its index, 0 for an empty slot;
	// a power of two of them)
	heads []headEntry
	slots []int32
}

// headEntry is what allIndex knows of the words with one head: the whole
// first words (exact keys) that begin with it and the phrases whose first
// word is a prefix key equal to it (a prefix key is three runes long, so
// only a word with three runes or more has its head).
type headEntry struct {
	head   string
	hash   uint32
	exact  []exactKey
	prefix []int
}

// exactKey is a whole first word and its phrases.
type exactKey struct {
	word string
	ps   []int
}

// entry returns the entry of head h (of hash x), or nil.
func (ai *allIndex) entry(h string, x uint32) *headEntry {
	mask := uint32(len(ai.slots) - 1)
	for k := x & mask; ; k = (k + 1) & mask {
		e := ai.slots[k]
		if e == 0 {
			return nil
		}
		if he := &ai.heads[e-1]; he.hash == x && he.head == h {
			return he
		}
	}
}

// entryFor returns the entry of head h, made if new.
func (ai *allIndex) entryFor(h string, x uint32) *headEntry {
	if he := ai.entry(h, x); he != nil {
		return he
	}
	mask := uint32(len(ai.slots) - 1)
	k := x & mask
	for ai.slots[k] != 0 {
		k = (k + 1) & mask
	}
	ai.heads = append(ai.heads, headEntry{head: h, hash: x})
	ai.slots[k] = int32(len(ai.heads))
	return &ai.heads[len(ai.heads)-1]
}

// indexHeads makes heads and slots from exact and prefix.
func (ai *allIndex) indexHeads() {
	n := 16
	for n < 4*(len(ai.exact)+len(ai.prefix)) {
		n *= 2
	}
	ai.slots = make([]int32, n)
	ai.heads = make([]headEntry, 0, len(ai.exact)+len(ai.prefix)) // never grown: entryFor's pointers stay valid
	for _, k := range sortedKeys(ai.exact) {
		h, x, _ := head(k)
		he := ai.entryFor(h, x)
		he.exact = append(he.exact, exactKey{word: k, ps: ai.exact[k]})
	}
	for _, k := range sortedKeys(ai.prefix) {
		h, x, _ := head(k)
		he := ai.entryFor(h, x)
		he.prefix = append(he.prefix, ai.prefix[k]...)
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string][]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// MatchAll returns, for every family and every word of words, the longest
// phrase of the family that starts there, in word order and, at one word,
// in the order of the families' names.
func (l *Lang) MatchAll(words []string) []Hit {
	return l.AppendMatchAll(nil, words)
}

// AppendMatchAll is MatchAll appending the hits to out, which it returns.
// Most words start no phrase: the filter first (see firstBytes) passes
// only the words whose first bytes some first word of a phrase has.
func (l *Lang) AppendMatchAll(out []Hit, words []string) []Hit {
	ai := l.all
	if ai == nil {
		return out
	}
	if len(ai.short) > 0 {
		// a phrase that may start at any word: no filter
		for i := range words {
			out = ai.matchWord(out, words, i)
		}
		return out
	}
	f := &ai.first
	for i, w := range words {
		// the filter of first bytes (window's bytes, read eight, four, two
		// and one at a time): most words end here
		c := f.n
		var v uint64
		if len(w) >= 8 {
			v = le64(w) & f.mask
		} else {
			c = min(c, len(w))
			k := 0
			if c&4 != 0 {
				v = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
				k = 4
			}
			if c&2 != 0 {
				v |= (uint64(w[k]) | uint64(w[k+1])<<8) << (8 * uint(k))
				k += 2
			}
			if c&1 != 0 {
				v |= uint64(w[k]) << (8 * uint(k))
			}
		}
		if f.bits.has(headHash(v, c) >> 16) {
			out = ai.matchWord(out, words, i)
		}
	}
	return out
}

// matchWord appends to out the hits of the phrases that start at word i.
func (ai *allIndex) matchWord(out []Hit, words []string, i int) []Hit {
	w := words[i]
	start := len(out)
	h, x, yo := head(w)
	if yo {
		// keys are written with е
		w = foldYo(w)
		h, x, _ = head(w)
	}
	var he *headEntry
	if ai.starts.has(x >> 16) {
		he = ai.entry(h, x)
	}
	if he != nil {
		for k := range he.exact {
			// ё and е are as long: only a word as long as the key is
			// folded and compared
			if ek := &he.exact[k]; len(ek.word) == len(w) && ek.word == foldYo(w) {
				out = ai.matchAt(out, start, ek.ps, words, i)
			}
		}
	}
	if len(ai.short) > 0 {
		out = ai.matchAt(out, start, ai.short, words, i)
	}
	if he != nil && len(he.prefix) > 0 {
		// h is three runes long, as the prefix key: w's prefixKey
		out = ai.matchAt(out, start, he.prefix, words, i)
	}
	// order the word's hits by family (insertion sort: there are few)
	for a := start + 1; a < len(out); a++ {
		for b := a; b > start && out[b].Family < out[b-1].Family; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// firstBytes is a filter of words by their first bytes, cheaper to read
// than head: a word may start a phrase only if its first n bytes (all of
// it when shorter), with ё read as е, are those of an exact key or of a
// prefix key. No prefix key (three runes) is shorter than n bytes, so a
// word a prefix key begins shares the key's first n bytes.
type firstBytes struct {
	bits starts
	n    int
	mask uint64 // keeps the first n bytes of what le64 reads
}

// window returns the first c bytes of w (all of w when shorter), as le64
// reads them, and their count: what AppendMatchAll reads of a word.
func window(w string, c int) (uint64, int) {
	n := min(c, len(w))
	var v uint64
	for i := range n {
		v |= uint64(w[i]) << (8 * uint(i))
	}
	return v, n
}

// index fills f from the keys of exact and prefix: each key's first bytes
// in every spelling that folds to them (ё for е).
func (f *firstBytes) index(exact, prefix map[string][]int) {
	f.n = 8
	for k := range prefix {
		f.n = min(f.n, len(k))
	}
	f.mask = ^uint64(0) >> (64 - 8*uint(f.n))
	for k := range exact {
		f.add(k)
	}
	for k := range prefix {
		f.add(k)
	}
}

// add sets the bits of key's first bytes and of their spellings with ё.
func (f *firstBytes) add(key string) {
	v, n := window(key, f.n)
	f.spellings(v, n, 0)
}

// spellings sets the bits of v (n bytes) and of v with any е from byte j
// on written ё (D0 B5 as D1 91), or a last byte D0, the lead of an е cut
// by the window, as D1.
func (f *firstBytes) spellings(v uint64, n, j int) {
	f.bits.set(headHash(v, n) >> 16)
	for ; j < n; j++ {
		b := v >> (8 * uint(j)) & 0xFF
		switch {
		case b == 0xD0 && j+1 < n && v>>(8*uint(j+1))&0xFF == 0xB5:
			f.spellings(v^(0xD0^0xD1)<<(8*uint(j))^(0xB5^0x91)<<(8*uint(j+1)), n, j+2)
		case b == 0xD0 && j+1 == n:
			f.spellings(v^(0xD0^0xD1)<<(8*uint(j)), n, j+1)
		}
	}
}

// matchAt appends to out the hits of phrases ps at word i, keeping one hit,
// the longest, per family among out[start:].
func (ai *allIndex) matchAt(out []Hit, start int, ps []int, words []string, i int) []Hit {
	for _, k := range ps {
		n := ai.phrases[k].Match(words, i)
		if n == 0 {
			continue
		}
		fam := ai.family[k]
		found := false
		for j := start; j < len(out); j++ {
			if out[j].Family == fam {
				found = true
				if n > out[j].N {
					out[j].N = n
				}
			}
		}
		if !found {
			out = append(out, Hit{Family: fam, At: i, N: n})
		}
	}
	return out
}

func indexAll(rel map[string][]Phrase) *allIndex {
	ai := &allIndex{exact: map[string][]int{}, prefix: map[string][]int{}}
	fams := make([]string, 0, len(rel))
	for fam := range rel {
		fams = append(fams, fam)
	}
	sort.Strings(fams)
	for _, fam := range fams {
		for _, p := range rel[fam] {
			if len(p) == 0 {
				continue
			}
			k := len(ai.phrases)
			ai.phrases = append(ai.phrases, p)
			ai.family = append(ai.family, fam)
			ai.short = bucket(ai.exact, ai.prefix, ai.short, p[0], k)
		}
	}
	ai.starts.index(ai.exact, ai.prefix)
	ai.first.index(ai.exact, ai.prefix)
	ai.indexHeads()
	return ai
}

// bucket files phrase k under its first word: a whole word under itself,
// a prefix ("назначен*") under its first letters, a prefix too short for
// that in short, which it returns.
func bucket(exact, prefix map[string][]int, short []int, first string, k int) []int {
	if !strings.HasSuffix(first, "*") || len(first) == 1 {
		exact[first] = append(exact[first], k)
		return short
	}
	if key := prefixKey(strings.TrimSuffix(first, "*")); key != "" {
		prefix[key] = append(prefix[key], k)
		return short
	}
	return append(short, k)
}

func indexFamilies(rel map[string][]Phrase) map[string]*familyIndex {
	out := map[string]*familyIndex{}
	for fam, ps := range rel {
		fi := &familyIndex{phrases: ps, exact: map[string][]int{}, prefix: map[string][]int{}}
		for k, p := range ps {
			if len(p) == 0 {
				continue
			}
			fi.short = bucket(fi.exact, fi.prefix, fi.short, p[0], k)
		}
		fi.starts.index(fi.exact, fi.prefix)
		out[fam] = fi
	}
	return out
}

type file struct {
	Lang        string              `yaml:"lang"`
	Stopwords   []string            `yaml:"stopwords"`
	Titles      []string            `yaml:"titles"`
	Roles       []string            `yaml:"roles"`
	FirstNames  []string            `yaml:"first_names"`
	FemaleNames []string            `yaml:"female_names"`
	OrgHeads    []string            `yaml:"org_heads"`
	PlaceHeads  []string            `yaml:"place_heads"`
	PlaceCues   []string            `yaml:"place_cues"`
	EventHeads  []string            `yaml:"event_heads"`
	WorkCues    []string            `yaml:"work_cues"`
	Hedges      []string            `yaml:"hedges"`
	Negations   []string            `yaml:"negations"`
	Allegations []string            `yaml:"allegations"`
	Demonyms    []string            `yaml:"demonyms"`
	Relations   map[string][]string `yaml:"relations"`
	Fields      map[string][]string `yaml:"fields"`
}

func set(ws []string) Set {
	s := Set{}
	for _, w := range ws {
		s[textcase.Lower(strings.TrimSpace(w))] = true
	}
	return s
}

func fieldLabels(m map[string][]string) map[string]string {
	out := map[string]string{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a label listed under two meanings keeps the first, deterministically
	for _, k := range keys {
		for _, l := range m[k] {
			l = strings.Join(strings.Fields(textcase.Lower(l)), " ")
			if _, dup := out[l]; !dup {
				out[l] = k
			}
		}
	}
	return out
}

// FieldAny returns the meaning of a card field label in any language (the
// first language's, by code, that knows the label).
func (lx *Lexicon) FieldAny(label string) string { return lx.fields[label] }

func phrases(m map[string][]string) map[string][]Phrase {
	out := map[string][]Phrase{}
	for fam, ps := range m {
		for _, p := range ps {
			out[fam] = append(out[fam], Phrase(strings.Fields(foldYo(textcase.Lower(p)))))
		}
	}
	return out
}

// foldYo writes ё as е: phrases match either spelling ("утверждён",
// "утвержден").
func foldYo(w string) string {
	if !hasYo(w) {
		return w
	}
	return strings.ReplaceAll(w, "ё", "е")
}

// hasYo is strings.Contains(w, "ё"): the bytes D1 91, found by their
// second byte, which is rarer in Cyrillic text than the first.
func hasYo(w string) bool {
	for {
		i := strings.IndexByte(w, 0x91)
		if i < 0 {
			return false
		}
		if i > 0 && w[i-1] == 0xD1 {
			return true
		}
		w = w[i+1:]
	}
}

// Lexicon holds every language's lists.
type Lexicon struct {
	langs map[string]*Lang
	order []*Lang // the languages by code, for the questions about all
	empty *Lang
	// fields is what FieldAny answers: each label's meaning in the first
	// language of order that knows it
	fields map[string]string
	// words has the wordBit of every word of every list of every language:
	// a word whose bit is clear is in none, and AnyLower need not look
	words starts
}

// wordBit returns the bit of Lexicon.words that stands for w.
func wordBit(w string) uint32 {
	const prime = 16777619
	x := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		x = (x ^ uint32(w[i])) * prime
	}
	return (x * 0x9E3779B1) >> 16
}

// index makes the tables of the questions about all languages.
func (lx *Lexicon) index() {
	lx.fields = map[string]string{}
	for _, l := range lx.order {
		for label, k := range l.fields {
			if _, ok := lx.fields[label]; !ok && k != "" {
				lx.fields[label] = k
			}
		}
		for _, set := range []Set{l.Stopwords, l.Titles, l.Roles, l.FirstNames, l.OrgHeads, l.PlaceHeads,
			l.PlaceCues, l.EventHeads, l.WorkCues, l.Hedges, l.Negations, l.Allegations, l.Demonyms} {
			for w := range set {
				b := wordBit(w)
				lx.words.set(b)
			}
		}
	}
}

// Load reads lexicon/*.yaml from fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	files, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	sort.Strings(files)
	lx := &Lexicon{langs: map[string]*Lang{}, empty: &Lang{Relations: map[string][]Phrase{}}}
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", f, err)
		}
		var y file
		if err := yaml.Unmarshal(b, &y); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", f, err)
		}
		if y.Lang == "" {
			return nil, fmt.Errorf("lexicon %s: lang is required", f)
		}
		lx.langs[y.Lang] = &Lang{
			Lang: y.Lang, Stopwords: set(y.Stopwords), Titles: set(y.Titles), Roles: set(y.Roles),
			FirstNames: set(y.FirstNames), FemaleNames: set(y.FemaleNames), OrgHeads: set(y.OrgHeads), PlaceHeads: set(y.PlaceHeads),
			PlaceCues: set(y.PlaceCues), EventHeads: set(y.EventHeads), WorkCues: set(y.WorkCues),
			Hedges: set(y.Hedges), Negations: set(y.Negations), Allegations: set(y.Allegations),
			Demonyms: set(y.Demonyms), Relations: phrases(y.Relations), fields: fieldLabels(y.Fields),
		}
		lx.langs[y.Lang].index = indexFamilies(lx.langs[y.Lang].Relations)
		lx.langs[y.Lang].all = indexAll(lx.langs[y.Lang].Relations)
	}
	codes := make([]string, 0, len(lx.langs))
	for c := range lx.langs {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		lx.order = append(lx.order, lx.langs[c])
	}
	lx.index()
	return lx, nil
}

// For returns the lists of a language; unknown languages get empty lists.
// Kazakh ("kk") falls back to Kyrgyz, its close relative.
func (lx *Lexicon) For(lang string) *Lang {
	// a few languages: comparing their codes is cheaper than hashing
	if l := lx.lang(lang); l != nil {
		return l
	}
	if lang == "kk" {
		if l := lx.lang("ky"); l != nil {
			return l
		}
	}
	return lx.empty
}

// lang returns the lists of language code, or nil.
func (lx *Lexicon) lang(code string) *Lang {
	for _, l := range lx.order {
		if l.Lang == code {
			return l
		}
	}
	return nil
}

// Any reports whether word w is in the list chosen by pick for any
// language. pick must return one of the language's own lists (a field of
// the Lang it is given).
func (lx *Lexicon) Any(w string, pick func(*Lang) Set) bool {
	return lx.AnyLower(Lower(w), pick)
}

// AnyLower is Any for a word already in lower case (see Set.HasLower).
func (lx *Lexicon) AnyLower(w string, pick func(*Lang) Set) bool {
	if !lx.words.has(wordBit(w)) {
		return false // in no list of any language
	}
	for _, l := range lx.order {
		if pick(l)[w] {
			return true
		}
	}
	return false
}
