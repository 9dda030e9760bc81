package gazetteer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
	"github.com/dossier-kg/dossier/internal/translit"
)

// ref is a name ending at a node of the index: its entry and language.
type ref struct {
	lang    string
	entry   int32
	derived bool // an initials form made from a full name
	lower   bool // the name is written in lower case ("голод в Казахстане")
}

// Key normalises one token for matching: lower case, ё as е, Latin
// diacritics folded (Jēkabs = Jekabs).
func Key(s string) string {
	if isKey(s) {
		return s
	}
	s = textcase.Lower(s)
	s = strings.ReplaceAll(s, "ё", "е")
	if !translit.HasCyrillic(s) {
		s = translit.ASCII(s)
	}
	return s
}

// isKey reports a string that is its own key: ASCII without capitals,
// and lower-case Cyrillic letters а–я and ѐ–џ but ё, and the Kyrgyz ң, ө, ү.
// Key would leave such a string as it is: it has no capital to lower, no ё,
// and either a Cyrillic letter or only ASCII, which the fold keeps.
func isKey(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		if i+1 == len(s) {
			return false
		}
		switch d := s[i+1]; c {
		case 0xD0: // а–я: U+0430–U+043F
			if d < 0xB0 || d > 0xBF {
				return false
			}
		case 0xD1: // р–я, ѐ–џ: U+0440–U+045F, but ё (U+0451)
			if d < 0x80 || d > 0x9F || d == 0x91 {
				return false
			}
		case 0xD2: // ң (U+04A3), ү (U+04AF)
			if d != 0xA3 && d != 0xAF {
				return false
			}
		case 0xD3: // ө (U+04E9)
			if d != 0xA9 {
				return false
			}
		default:
			return false
		}
		i += 2
	}
	return true
}

// nameBatch holds names waiting to be indexed, in the order add queued
// them. They are tokenized together, one line each: segment.Tokenize takes
// a block of memory per call, which for one short name at a time cost more
// than all the rest of indexing. Whitespace ends every token, so a name's
// tokens are the same on its line as alone.
type nameBatch struct {
	text  []byte
	names []queuedName
	toks  []segment.Token // of the batch before, reused
	seen  []string        // the forms add queued for one entry, reused
}

// queuedName is a name of a nameBatch: its bytes text[start:end] and
// what index records of it.
type queuedName struct {
	start, end int
	entry      int
	lang       string
	derived    bool
}

// batchBytes is the size of text at which add indexes its batch.
const batchBytes = 64 << 10

func (b *nameBatch) queue(name string, entry int, lang string, derived bool) {
	start := len(b.text)
	b.text = append(b.text, name...)
	b.names = append(b.names, queuedName{start: start, end: len(b.text), entry: entry, lang: lang, derived: derived})
	b.text = append(b.text, '\n')
}

// full reports a batch worth indexing now.
func (b *nameBatch) full() bool { return len(b.text) >= batchBytes }

// indexBatch indexes the names of b, in order, and empties it.
func (g *Gazetteer) indexBatch(b *nameBatch) {
	b.each(func(n queuedName, toks []segment.Token) { g.index(toks, n.entry, n.lang, n.derived) })
}

// each calls fn with every name of b and its tokens, in order, and empties
// b.
func (b *nameBatch) each(fn func(n queuedName, toks []segment.Token)) {
	text := string(b.text)
	// fn keeps no token: the slice of the batch before is written over
	toks := segment.TokenizeAppend(b.toks[:0], text, dossier.Span{Start: 0, End: len(text)})
	b.toks = toks
	k := 0
	for _, n := range b.names {
		from := k
		for k < len(toks) && toks[k].Span.Start < n.end {
			k++
		}
		fn(n, toks[from:k])
	}
	b.text, b.names = b.text[:0], b.names[:0]
}

// index records a name, as its tokens, under entry idx.
func (g *Gazetteer) index(toks []segment.Token, idx int, lang string, derived bool) {
	if len(toks) == 0 {
		return
	}
	b := g.build
	n := int32(0)
	for _, t := range toks {
		n = b.child(n, Key(t.Lower)) // Key lowers the text again, to the same
	}
	lower := toks[0].Kind == segment.Word && !toks[0].Upper()
	if r := b.endAt(n, idx); r != nil {
		r.lower = r.lower || lower
		return
	}
	b.addEnd(n, ref{entry: int32(idx), lang: lang, derived: derived, lower: lower})
	if lower {
		if g.lowerNamed == nil {
			g.lowerNamed = map[int]bool{}
		}
		g.lowerNamed[idx] = true
	}
}

// nameForms returns a name and the forms derived from it: for people,
// initials before and after the surname (Иосиф Виссарионович Сталин →
// И. В. Сталин, Сталин И. В.; Turar Ryskulov → T. Ryskulov) and the formal
// Russian order surname-first (Сталин Иосиф Виссарионович).
func nameForms(t dossier.EntityType, name string) []string {
	out := []string{name}
	if t != dossier.Person {
		return out
	}
	parts := fields(name)
	for _, p := range parts {
		r := []rune(p)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ContainsAny(p, ".()") {
			return out
		}
	}
	initial := func(p string) string { return string([]rune(p)[0]) + "." }
	switch len(parts) {
	case 2:
		out = append(out, initial(parts[0])+" "+parts[1], parts[1]+" "+initial(parts[0]))
	case 3:
		if isPatronymic(parts[1]) {
			out = append(out,
				initial(parts[0])+" "+initial(parts[1])+" "+parts[2],
				parts[2]+" "+initial(parts[0])+" "+initial(parts[1]),
				parts[2]+" "+parts[0]+" "+parts[1],
				parts[0]+" "+parts[2])
		}
	}
	return out
}

func isPatronymic(w string) bool {
	l := textcase.Lower(w)
	for _, s := range []string{"вич", "вна", "ична", "ich", "ovna", "evna", "ichna"} {
		if strings.HasSuffix(l, s) {
			return true
		}
	}
	return false
}

// Hit is a gazetteer name found in a token sequence.
type Hit struct {
	Start, End int   // token indexes [Start, End)
	Entries    []int // indexes into Gazetteer.Entries, best first; the index's own: read only
	Lang       string
	Derived    bool // matched an initials form
	Inflected  bool // at least one token matched through morphology
	// Lower: a name the gazetteer writes in lower case matched
	Lower bool
}

// Entry returns the hit's first candidate entry.
func (g *Gazetteer) Entry(i int) *Entry { return &g.Entries[i] }

// glued Kyrgyz case endings written after a closing bracket or digit:
// ВКП(б)нын, РКП(б)га.
var gluedSuffix = setOf("га ге го гө да дагы дан де деги ден ди дин до догу дон ду дун ды дын дү дүн дө дөгү дөн ка ке ко кө на нан не нен ни нин но нон ну нун ны нын нү нүн нө нөн та тагы тан те теги тен ти тин то тогу тон ту тун ты тын тү түн тө төгү төн")

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Find returns the gazetteer names in toks, left to right, longest first,
// not overlapping. A name must start with a capital letter (or be written
// in capitals); later tokens may match through morphology, and a Kyrgyz
// case ending glued after a bracket is taken into the hit. The hits'
// Entries are the index's own: read only.
func (g *Gazetteer) Find(toks []segment.Token) []Hit {
	sc, _ := g.scratch.Get().(*findScratch)
	if sc == nil {
		sc = new(findScratch)
	}
	sc.take(len(toks))
	for i := 0; i < len(toks); {
		// a name may start (strict) at a capitalised word, a number some
		// name begins with, or a lower-case word before a number or a
		// capitalised word, which begin the names of events and epithets
		// of places ("1916-жылкы көтөрүлүш", "восстание 1916 года",
		// "царская Россия"); and (not strict) at a lower-case word that
		// begins the name of an event found in lower case. Most tokens
		// fail these checks, made here without a call per token.
		t := &toks[i]
		strict := false
		switch t.Kind {
		case segment.Word:
			strict = t.Upper() || t.AllCaps() || i+1 < len(toks) && (toks[i+1].Kind == segment.Number || toks[i+1].Upper()) && !isArticle(t.Lower)
		case segment.Number:
			strict = !g.trie.beginsNoName(t)
			if !strict {
				i++ // a number no name begins with
				continue
			}
		}
		if strict {
			// most words begin no name: answer them without the search
			if g.runOf(toks, i, sc).flags&runBegins == 0 {
				i++
				continue
			}
		} else if t.Kind != segment.Word || !lowerEventStart(toks, i) || !g.beginsLowerEvent(toks, i, sc) {
			i++
			continue
		}
		// (a key that begins a name found in lower case begins a name)
		best, ok := g.search(toks, i, sc)
		if best, ok = g.accept(toks, strict, best, ok); !ok {
			i++
			continue
		}
		sc.found = append(sc.found, best)
		i = best.end
	}
	hits := g.hits(sc.found)
	// (not deferred: a panic above loses the scratch, which is only
	// memory, rather than pool it half written)
	g.scratch.Put(sc)
	return hits
}

// accept returns the name best, the longest at its start (ok false for
// none), if Find keeps it, with a Kyrgyz case ending glued after a closing
// bracket taken into it; strict as Find says of the start.
func (g *Gazetteer) accept(toks []segment.Token, strict bool, best found, ok bool) (found, bool) {
	i := best.start
	if ok && best.end-i < 2 && toks[i].Kind == segment.Word && !toks[i].Upper() && !toks[i].AllCaps() {
		ok = false // a lower-case word is a name only as part of a longer one
	}
	if ok && !strict && !(best.end-i >= 2 && g.trie.nodes[best.node].flags&nodeLowerEvent != 0) {
		ok = false // only events are named in lower case ("большого террора")
	}
	if !ok {
		return found{}, false
	}
	// a Kyrgyz case ending glued after a closing bracket belongs to the name
	if best.end < len(toks) && toks[best.end-1].Kind == segment.Punct && toks[best.end].Kind == segment.Word && !toks[best.end].Space && gluedSuffix[toks[best.end].Lower] {
		best.end++
		best.inflected = true
	}
	return best, true
}

// found is a name Find found, before it is made a Hit.
type found struct {
	start, end int
	node       int32
	inflected  bool
}

// hits makes the Hits of fs (nil for none); their entries are the trie's
// hits' own, which end at their capacity.
func (g *Gazetteer) hits(fs []found) []Hit {
	if len(fs) == 0 {
		return nil
	}
	out := make([]Hit, len(fs))
	for k, f := range fs {
		h := &out[k]
		*h = g.trie.hits[g.trie.nodes[f.node].hit]
		h.Start, h.End, h.Inflected = f.start, f.end, f.inflected
	}
	return out
}

// runOf returns the keys token i may match, as a run of word numbers: a
// word's own and its stems' (a word that starts the sentence in lower case,
// and every other token, only its own).
func (g *Gazetteer) runOf(toks []segment.Token, i int, sc *findScratch) keyRun {
	if r := sc.keys[i]; r.flags&runKnown != 0 {
		return r
	}
	t := &toks[i]
	var r keyRun
	if t.Kind != segment.Word || g.stem == nil || !(t.Upper() || i > 0) {
		r = sc.byLower.run(g.trie, t.Lower, runLower, func(s string) []string { return []string{Key(s)} })
	} else {
		r = sc.byText.run(g.trie, t.Text, 0, g.wordKeys)
	}
	sc.keys[i] = r
	return r
}

// lowerEventStart reports a lower-case word, not an article, that may
// begin an event's name written in lower case ("большого террора", "голоде
// в Казахстане").
func lowerEventStart(toks []segment.Token, i int) bool {
	t := &toks[i]
	// a word of 16 bytes has at least 4 runes
	return t.Kind == segment.Word && !isArticle(t.Lower) && (len(t.Text) >= 16 || utf8.RuneCountInString(t.Text) >= 4)
}

// beginsLowerEvent reports whether a key of token i begins a name of two
// words or more that may be found in lower case (see lowerEvent). Find
// keeps nothing else that starts at a lower-case word, so without one the
// search need not run.
func (g *Gazetteer) beginsLowerEvent(toks []segment.Token, i int, sc *findScratch) bool {
	return g.runOf(toks, i, sc).flags&runEventAt != 0
}

// lowerEvent reports a hit, of two words or more, of a name the gazetteer
// writes in lower case, whose entries are all events or documents: the
// names that may be found in lower case. It reads only h's entries and
// Lower; the length is the caller's to check.
func (g *Gazetteer) lowerEvent(h *Hit) bool {
	if !h.Lower {
		// "the national delimitation of Central Asia": a longer form, in
		// lower case in the text, of an event the gazetteer also names in
		// lower case ("national delimitation")
		for _, e := range h.Entries {
			if !g.lowerNamed[e] {
				return false
			}
		}
	}
	for _, e := range h.Entries {
		if t := g.Entries[e].Type; t != dossier.Event && t != dossier.DocumentType {
			return false
		}
	}
	return true
}

// isArticle reports an English article or preposition, which begins no
// name: "the Great Terror" is the name "Great Terror".
func isArticle(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "on", "at", "to", "for", "and":
		return true
	}
	return false
}

type state struct {
	n         int32
	pos       int
	inflected bool
}

// search returns the longest name that starts at token start, as the
// node it ends at; ok is false when none does. It steps over the tokens
// from start with the states (nodes reached) of the step before, in two
// lists of the scratch, a token's keys read from its run.
func (g *Gazetteer) search(toks []segment.Token, start int, sc *findScratch) (best found, ok bool) {
	t := g.trie
	var (
		bestFlags uint8 // of the best end's node; 0 while there is none
		bestState state
	)
	frontier := append(sc.frontier[:0], state{n: 0, pos: start})
	nextF := sc.next[:0]
	for len(frontier) > 0 {
		nextF = nextF[:0]
		for _, s := range frontier {
			if s.pos >= len(toks) || t.leaf(s.n) {
				continue
			}
			r := sc.keys[s.pos]
			if r.flags&runKnown == 0 {
				r = g.runOf(toks, s.pos, sc)
			}
			for _, k := range sc.keysOfRun(r) {
				c := t.child(s.n, k.word)
				if c == 0 {
					continue
				}
				ns := state{n: c, pos: s.pos + 1, inflected: s.inflected || k.stem}
				nextF = append(nextF, ns)
				if f := t.nodes[c].flags; f&nodeEnds != 0 && (bestFlags == 0 || betterEnd(ns, f, bestState, bestFlags)) {
					bestFlags, bestState = f, ns
				}
			}
		}
		frontier, nextF = nextF, frontier
	}
	sc.frontier, sc.next = frontier, nextF // grown, if they were
	if bestFlags == 0 {
		return found{}, false
	}
	return found{start: start, end: bestState.pos, node: bestState.n, inflected: bestState.inflected}, true
}

// derivedOnly reports ends that are all initials forms.
func derivedOnly(ends []ref) bool {
	for _, r := range ends {
		if !r.derived {
			return false
		}
	}
	return true
}

// betterEnd is better for two ends of the search before they are made
// hits: longer, then exact over inflected, then real names over initials
// forms.
func betterEnd(s state, flags uint8, best state, bestFlags uint8) bool {
	if s.pos != best.pos {
		return s.pos > best.pos
	}
	if s.inflected != best.inflected {
		return !s.inflected
	}
	return flags&nodeDerivedOnly == 0 && bestFlags&nodeDerivedOnly != 0
}

// hitFrom returns the Hit the names ending at one node make, less its span
// and Inflected, its entries appended to buf (the Hit has them as a slice
// of buf capped at its end), and buf.
func hitFrom(ends []ref, buf []int) (Hit, []int) {
	h := Hit{Derived: true}
	from := len(buf)
	for _, r := range ends {
		buf = append(buf, int(r.entry))
		h.Lower = h.Lower || r.lower
		if !r.derived {
			h.Derived = false
			if h.Lang == "" {
				h.Lang = r.lang
			}
		}
	}
	if h.Lang == "" {
		h.Lang = ends[0].lang
	}
	h.Entries = buf[from:len(buf):len(buf)]
	return h, buf
}

// Abbreviated returns the one entry of type t with a Russian name that
// the words of an abbreviated name spell out, or -1 when none or more than
// one does. A word ending in "." is a truncation and matches a word of the
// name it begins ("семипалат." of "Семипалатинская", "обл." of "область");
// other words match whole, in any case. Every word must match a word of the
// name of its own, and the name may have at most one word more: "Туркест.
// ЦИК" is "Туркестанский ЦИК" but not "ЦИК Туркестанской АССР, …".
func (g *Gazetteer) Abbreviated(t dossier.EntityType, words []string) int {
	stem := 0
	for _, w := range words {
		n := len([]rune(w))
		if strings.HasSuffix(w, ".") {
			n--
		}
		stem = max(stem, n)
	}
	if stem < 4 {
		return -1 // only a word or a truncation of four letters or more says enough
	}
	// candidates: entries with a word beginning like the longest word
	long := ""
	for _, w := range words {
		w = strings.TrimSuffix(w, ".")
		if len([]rune(w)) > len([]rune(long)) {
			long = w
		}
	}
	cands := g.ruByPrefix[prefix4(textcase.Lower(long))]
	if len(cands) == 0 {
		return -1
	}
	// the words as spells compares them, made once for all candidates
	var buf [8]abbrWord
	ws := buf[:0]
	for _, w := range words {
		w = textcase.Lower(w)
		ws = append(ws, abbrWord{text: strings.TrimSuffix(w, "."), prefix: strings.HasSuffix(w, ".")})
	}
	found := -1
	for _, i := range cands {
		e := &g.Entries[i]
		if e.Type != t {
			continue
		}
		for _, n := range g.ruWords[i] {
			if !spells(ws, n) {
				continue
			}
			if found >= 0 && found != i {
				return -1
			}
			found = i
			break
		}
	}
	return found
}

// prefix4 is the first four letters of a word (the word if shorter).
func prefix4(w string) string {
	n := 0
	for i := range w {
		if n == 4 {
			return w[:i]
		}
		n++
	}
	return w
}

// indexRussianWords records the lower-cased words of an entry's Russian
// names, and the entry under the first four letters of each word, for
// Abbreviated.
func (g *Gazetteer) indexRussianWords(idx int) {
	e := &g.Entries[idx]
	if len(e.Ru) == 0 {
		g.ruWords = append(g.ruWords, nil)
		return
	}
	names := make([][]string, 0, len(e.Ru))
	var seen []string // the prefixes the entry is listed under
	for _, n := range e.Ru {
		ws := fields(textcase.Lower(n))
		names = append(names, ws)
		for _, w := range ws {
			if k := prefix4(w); !slices.Contains(seen, k) {
				seen = append(seen, k)
				g.ruByPrefix[k] = append(g.ruByPrefix[k], idx)
			}
		}
	}
	g.ruWords = append(g.ruWords, names)
}

// sameStem reports two forms of one word that differ only in an ending of
// up to three letters ("закаспийская", "закаспийской").
func sameStem(a, b string) bool {
	// the runes they begin with in common, counted as []rune would
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		ra, sa := utf8.DecodeRuneInString(a[i:])
		rb, sb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			break
		}
		i, j, n = i+sa, j+sb, n+1
	}
	return n >= 5 && utf8.RuneCountInString(a[i:]) <= 3 && utf8.RuneCountInString(b[j:]) <= 3
}

// abbrWord is a word of an abbreviated name, in lower case, without the
// dot of a truncation (prefix).
type abbrWord struct {
	text   string
	prefix bool
}

// spells reports whether words match distinct words of name (lower case),
// with at most one word of name left over.
func spells(words []abbrWord, name []string) bool {
	if len(name) < len(words) || len(name) > len(words)+1 {
		return false
	}
	var buf [8]bool
	var used []bool
	if len(name) <= len(buf) {
		used = buf[:len(name)]
	} else {
		used = make([]bool, len(name))
	}
	for _, w := range words {
		ok := false
		for k, n := range name {
			if used[k] || !(n == w.text || w.prefix && strings.HasPrefix(n, w.text) || sameStem(n, w.text)) {
				continue
			}
			used[k], ok = true, true
			break
		}
		if !ok {
			return false
		}
	}
	return true
}

// KnowsWord reports a word that some name of the gazetteer holds, in this
// form or another the morphology relates it to ("коммунистической" for
// the party's names): a word of the language, not a fragment, when a
// line-end hyphen is in doubt.
func (g *Gazetteer) KnowsWord(w string) bool {
	for _, k := range g.wordKeys(w) {
		if _, ok := g.trie.words[k]; ok {
			return true
		}
	}
	return false
}

// wordKeys returns the keys a word of a text may match: its own key and
// its stems' keys, distinct, the word's first. They are remembered (the
// memo is bounded).
func (g *Gazetteer) wordKeys(w string) []string {
	return g.keys.Get(w, func(w string) []string {
		ks := []string{Key(w)}
		for _, s := range g.stem(w) {
			if k := Key(s); !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		return ks
	})
}
