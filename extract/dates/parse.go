package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// piece is a date expression over the tokens [i, j) of a window.
type piece struct {
	i, j int
	d    dossier.Date
	lang string
	rule string
	// weak marks a bare four-digit number: a year only if a cue, a range or
	// a list makes it one.
	weak bool
	// bare marks a day or a month without anything else ("from 5 to 10
	// May", "с мая по июль 1937"): only a range can use it.
	bare bool
	// kyCase is the case of the last Kyrgyz word of the piece ('a' ablative,
	// 'd' dative, 'g' genitive), which Kyrgyz ranges and hedges read.
	kyCase byte
	// pluralCirca marks a year hedged "circa" only because its Kyrgyz year
	// word is plural (1937-жылдары); in a list the plural is the list's.
	pluralCirca bool
}

// parser holds the state of one Find call; a Finder pools them.
type parser struct {
	text  string
	toks  []token
	lows  []string // lower-cased words, see lw
	folds map[string]folded
	// lowsUsed is the most lows any window of this Find call held
	lowsUsed int
	seq      []listItem
	cands    []piece
	weak     []piece
	ms       []Match // the matches of a Batch
}

// Limits of the grammar.
const (
	minYear       = 1000 // a four-digit number with a strong cue
	maxYear       = 2999
	minPlausible  = 1700 // a bare number with a weak cue, and Reconcile's range
	maxPlausible  = 2035
	maxSpanYears  = 150 // the longest range (a lifespan, a period)
	anchorReach   = 6   // a word this many tokens before a number may start a date
	maxParenInner = 24  // tokens of place names and the like inside a lifespan
)

// --- token helpers ---

// close reports whether token k exists and is not after a blank line.
func (p *parser) close(k int) bool { return k >= 0 && k < len(p.toks) && p.toks[k].gap <= gapLine }

// glued reports whether token k exists and touches the token before it.
func (p *parser) glued(k int) bool { return k > 0 && k < len(p.toks) && p.toks[k].gap == gapNone }

func (p *parser) isNum(k int) bool  { return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkNum }
func (p *parser) isWord(k int) bool { return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkWord }

func (p *parser) isPunct(k int, r rune) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkPunct && p.toks[k].r == r
}

func (p *parser) isDashAt(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkPunct && isDash(p.toks[k].r)
}

// lw returns the lower-cased word of token k ("" for other tokens).
func (p *parser) lw(k int) string {
	if !p.isWord(k) {
		return ""
	}
	t := &p.toks[k]
	if t.low == 0 {
		var low string
		low, t.title = p.fold(p.text[t.start:t.end])
		p.lows = append(p.lows, low)
		t.low = int32(len(p.lows))
	}
	return p.lows[t.low-1]
}

// maxFolds bounds parser.folds; when full it starts afresh.
const maxFolds = 1 << 12

// fold is foldWord(w), remembered for words that begin with a capital:
// foldWord must copy those, and the same few come back sentence after
// sentence (Арестован, Осужден, НКВД). Their folds never share the text's
// memory, so the cache does not keep a document alive.
func (p *parser) fold(w string) (string, int8) {
	if r, _ := decodeFast(w); !isUpperStart(r) {
		return foldWord(w)
	}
	if f, ok := p.folds[w]; ok {
		return f.low, f.title
	}
	low, title := foldWord(w)
	if p.folds == nil || len(p.folds) >= maxFolds {
		p.folds = make(map[string]folded)
	}
	p.folds[strings.Clone(w)] = folded{low, title}
	return low, title
}

// isUpperStart reports a first rune that foldWord changes, so that the
// fold is a copy.
func isUpperStart(r rune) bool {
	l, _ := lowerRune(r)
	return l != r
}

type folded struct {
	low   string
	title int8
}

// lowerStart reports whether word k starts with a lower-case letter.
func (p *parser) lowerStart(k int) bool {
	r, _ := decodeFast(p.text[p.toks[k].start:p.toks[k].end])
	l, letter := lowerRune(r)
	return letter && l == r
}

// capitalised reports whether word k starts with a capital letter.
func (p *parser) capitalised(k int) bool {
	return p.lw(k) != "" && p.toks[k].title != 0
}

// link skips an optional hyphen between two parts of one expression
// ("1925-жылы", "1938 -жылы", "28- Май", "1925 жылы") and returns the index of
// the part after it and whether there was a hyphen; -1 when no part follows
// on the same or the next line.
func (p *parser) link(j int) (int, bool) {
	if !p.close(j) {
		return -1, false
	}
	if p.isDashAt(j) {
		if p.close(j + 1) {
			return j + 1, true
		}
		// A hyphen that ends a line before a lower-case suffix word is a
		// word broken across lines, even with blank lines between
		// ("1931-\n\nжылы" from a PDF): a paragraph never starts so.
		if p.isWord(j+1) && p.lowerStart(j+1) {
			return j + 1, true
		}
		return -1, false
	}
	return j, false
}

// skipComma skips an optional comma at j.
func (p *parser) skipComma(j int) int {
	if p.isPunct(j, ',') && p.close(j) {
		return j + 1
	}
	return j
}

// --- guards on numbers ---

// numBlocked reports whether the number at i cannot start a date: it is part
// of a bigger number (1.7, 250,000, 14:45), glued to a word before it,
// a reference (F. 62, л.57, № 7, pp. 212), or a percentage. inRange allows
// a hyphen before it ("5 мая 1937-10 июня 1938").
func (p *parser) numBlocked(i int, inRange bool) bool {
	t := &p.toks[i]
	if i > 0 && t.gap == gapNone {
		pv := &p.toks[i-1]
		switch pv.kind {
		case tkWord:
			return true
		case tkPunct:
			if pv.r == '+' || pv.r == '#' || pv.r == '№' {
				return true
			}
			if i > 1 && pv.gap == gapNone && p.toks[i-2].kind == tkNum {
				switch {
				case pv.r == '.' || pv.r == ',' || pv.r == ':' || pv.r == '/':
					return true
				case isDash(pv.r) && !inRange:
					return true
				}
			}
		}
	}
	if p.refBefore(i) {
		return true
	}
	if k := i + 1; k+1 < len(p.toks) && p.glued(k) && p.glued(k+1) && p.toks[k].kind == tkPunct && p.toks[k+1].kind == tkNum {
		switch p.toks[k].r {
		case '.', ':':
			return true
		case ',':
			if p.toks[k+1].nd == 3 {
				return true
			}
		}
	}
	if p.isPunct(i+1, '%') && p.toks[i+1].gap <= gapSpace {
		return true
	}
	return false
}

// refBefore reports whether the number at i is preceded by a reference
// abbreviation ("F. 62", "Оп. 6", "No. 46", "№ 7", "page 731").
// The answer is kept in the token: numericDate and numBlocked both ask,
// for every number.
func (p *parser) refBefore(i int) bool {
	t := &p.toks[i]
	if t.ref == 0 {
		t.ref = 1
		if p.refWordBefore(i) {
			t.ref = 2
		}
	}
	return t.ref == 2
}

// refWordBefore is refBefore, worked out.
func (p *parser) refWordBefore(i int) bool {
	if i == 0 || p.toks[i].gap > gapLine {
		return false
	}
	k := i - 1
	pv := &p.toks[k]
	switch pv.kind {
	case tkPunct:
		switch pv.r {
		case '№', '#':
			return true
		case '.':
			return p.isWord(k-1) && pv.gap == gapNone && p.wordLen(k-1) <= maxRefDot && refDot[p.lw(k-1)]
		}
	case tkWord:
		return p.wordLen(k) <= maxRefBare && refBare[p.lw(k)]
	}
	return false
}

// Byte lengths of the longest words in refDot and refBare; longer words
// are not looked up (nor lower-cased).
const (
	maxRefDot  = 8  // "табл", "sheet"
	maxRefBare = 18 // "страницы"
)

func (p *parser) wordLen(k int) int { return p.toks[k].end - p.toks[k].start }

// gluedWordAfter reports whether a word touches the end of token i
// ("4and", "1937was"), which makes the number a footnote call or a code.
func (p *parser) gluedWordAfter(i int) bool {
	return p.isWord(i+1) && p.glued(i+1)
}

// maxStopNoun is the byte length of the longest word in stopNouns.
const maxStopNoun = 22 // "экземплярах"

// stopNounAfter reports whether a counted noun follows token i.
func (p *parser) stopNounAfter(i int) bool {
	return p.close(i+1) && p.isWord(i+1) && p.wordLen(i+1) <= maxStopNoun && stopNouns[p.lw(i+1)]
}

// --- dates ---

func dayDate(y, m, d int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay}
}

func monthDate(y, m int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Precision: dossier.PrecisionMonth}
}

func yearDate(y int) dossier.Date {
	return dossier.Date{Year: y, Precision: dossier.PrecisionYear}
}

func decadeDate(y int) dossier.Date {
	return dossier.Date{Year: y, Precision: dossier.PrecisionDecade}
}

func centuryDate(c int) dossier.Date {
	return dossier.Date{Year: (c - 1) * 100, Precision: dossier.PrecisionCentury}
}

// validDay reports whether day d exists in month m of year y; a date without
// a year allows 29 February.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= dossier.DaysIn(y, m)
}

// seasonDate turns a season of year y into a date: spring, summer and autumn
// become month ranges (March-May, June-August, September-November); winter,
// which straddles two years, becomes the year with the qualifier "circa".
func seasonDate(y, first int) dossier.Date {
	if first == seasonWinter {
		d := yearDate(y)
		d.Qualifier = "circa"
		return d
	}
	d := monthDate(y, first)
	end := monthDate(y, first+2)
	d.End = &end
	return d
}

// ruleForm is the form part of a rule's name ("year" in "ky-year"), so
// that naming a match is an index into ruleNames rather than a lookup.
type ruleForm uint8

const (
	ruleYear ruleForm = iota
	ruleYearRange
	ruleDecade
	ruleDecadeRange
	ruleCentury
	ruleCenturyRange
	ruleDualStyle
	ruleDayRange
	ruleDayMonthYear
	ruleDayMonth
	ruleMonthYear
	ruleRange
	ruleSeason
	numRuleForms
)

// ruleFormNames are the forms' names, by ruleForm.
var ruleFormNames = [numRuleForms]string{
	ruleYear:         "year",
	ruleYearRange:    "year-range",
	ruleDecade:       "decade",
	ruleDecadeRange:  "decade-range",
	ruleCentury:      "century",
	ruleCenturyRange: "century-range",
	ruleDualStyle:    "dual-style",
	ruleDayRange:     "day-range",
	ruleDayMonthYear: "day-month-year",
	ruleDayMonth:     "day-month",
	ruleMonthYear:    "month-year",
	ruleRange:        "range",
	ruleSeason:       "season",
}

// langRule names a rule by language and form: "ky-year", "en-range"; a
// neutral form keeps its bare name.
func langRule(lang string, form ruleForm) string {
	switch lang {
	case "":
		return ruleFormNames[form]
	case "ky":
		return ruleNames[0][form]
	case "ru":
		return ruleNames[1][form]
	case "en":
		return ruleNames[2][form]
	}
	return lang + "-" + ruleFormNames[form]
}

// ruleNames holds the rule names built once, so naming a match does not
// allocate: by language (ky, ru and en in that order) and form.
var ruleNames = func() (m [3][numRuleForms]string) {
	for k, lang := range []string{"ky", "ru", "en"} {
		for f, name := range ruleFormNames {
			m[k][f] = lang + "-" + name
		}
	}
	return m
}()

// --- the entry point at one token ---

// A date may start at token i only where at could find one: at a number
// of one or two digits or a year of four, an opening bracket, an
// apostrophe ('30s), or a word that mayStart allows at most anchorReach
// tokens before an anchor. That holds wherever at finds a date (single
// tries nothing else for a number), and window tests it before the call
// so that most tokens cost none: mayOpen for the tokens that are not
// words, mayStart and the distance for words.

// mayOpen reports whether a date may start at t, which is not a word.
func mayOpen(t *token) bool {
	if t.kind == tkNum {
		return t.nd <= 2 || t.nd == 4 && t.val >= minYear && t.val <= maxYear
	}
	return t.r == '(' || isApos(t.r)
}

// at returns the best date expression that starts at token i, where a
// date may start.
func (p *parser) at(i int) (piece, bool) {
	t := &p.toks[i]
	switch t.kind {
	case tkWord:
		switch lw := p.lw(i); lw {
		case "from", "between", "с", "со", "от", "между":
			if c, ok := p.rangeFrom(i, lw); ok {
				p.styleMarker(&c)
				return c, true
			}
		}
	case tkPunct:
		if t.r == '(' {
			if c, ok := p.paren(i); ok {
				return c, true
			}
			return piece{}, false
		}
		if !isApos(t.r) {
			return piece{}, false
		}
	}
	s, ok := p.single(i, false)
	if !ok {
		if t.kind != tkWord {
			return piece{}, false
		}
		// A bare month opens a range after a dash: "июнь-июль 1937 г.",
		// "May–June 1937". For a word, single with bare differs only in
		// monthFirst's reading, the others having failed already.
		if s, ok = p.monthFirst(i, true); !ok || !s.bare {
			return piece{}, false
		}
	}
	if r, ok := p.rangeAfter(&s); ok {
		s = r
	}
	if s.lang == "" && (s.rule == "year-range" || s.rule == "date-range") {
		// "In 1932-1934": a neutral range takes the language of its cue.
		if l, found := weakCues[p.lw(i-1)]; found && p.close(i) {
			s.lang = l
		}
	}
	if s.bare {
		return piece{}, false
	}
	if s.weak {
		lang, rule, ok := p.weakCue(s)
		if !ok {
			p.weak = append(p.weak, s)
			return piece{}, false
		}
		s.lang, s.rule, s.weak = lang, rule, false
	}
	p.styleMarker(&s)
	return s, true
}

// mayStart is a cheap test on the first two letters of word k (for a few
// pairs that frequent words share with a date word, on a third or fourth):
// false when no rule can start with the word (no month, hedge, season,
// range word, ordinal or Roman numeral begins that way), so most words are
// never lower-cased or looked up. "Arrested", "Sentenced", "Card",
// "Осужден" and "Приговор" open many lines of a card.
func (p *parser) mayStart(k int) bool {
	t := &p.toks[k]
	w := p.text[t.start:t.end]
	r1, n1 := decodeFast(w)
	if r1 == 'X' || r1 == 'V' || r1 == 'I' || r1 == 'Х' || r1 == 'І' {
		return true
	}
	c1, _ := lowerRune(r1)
	if n1 == len(w) {
		switch c1 {
		case 'c', 'с': // c. (circa), с (from)
			return true
		}
		return false
	}
	r2, _ := decodeFast(w[n1:])
	c2, _ := lowerRune(r2)
	n := len(w) // in bytes: Cyrillic letters take two
	switch c1 {
	case 'a':
		return c2 == 'p' || c2 == 'u' || c2 == 'r' && letterAt(w, 2) == 'o' // april, august, autumn, around, approximately
	case 'b':
		return c2 == 'e' && n >= 7 // between, beginning
	case 'c':
		return c2 == 'a' && letterAt(w, 2) < 0 || c2 == 'i' || c2 == 'e' // ca., circa, century
	case 'd':
		return c2 == 'e' && (n == 3 || n == 8) // dec, december
	case 'e':
		return c2 == 'a' || c2 == 'i' || c2 == 'l' || c2 == 'n' && n == 3 // early, eighth, eleventh, end
	case 'f':
		return c2 == 'e' || c2 == 'r' && n == 4 || c2 == 'a' && n == 4 || c2 == 'i' || c2 == 'o' && n >= 5
	case 'j':
		return c2 == 'a' || c2 == 'u'
	case 'l':
		return c2 == 'a' && n == 4 // late
	case 'm':
		return c2 == 'a' || c2 == 'i' // march, may, mid, middle
	case 'n':
		return c2 == 'o' && n >= 3 || c2 == 'i' // november, nov, ninth
	case 'o':
		return c2 == 'c'
	case 's':
		if c2 == 'e' { // sep, sept, september, second, seventh, seventeenth
			c3 := letterAt(w, 2)
			return c3 == 'p' || c3 == 'c' || c3 == 'v'
		}
		return c2 == 'p' || c2 == 'u' || c2 == 'i' // spring, summer, sixth, sixteenth
	case 't':
		return (c2 == 'e' || c2 == 'h') && n >= 5 || c2 == 'w'
	case 'w':
		return c2 == 'i' && n == 6 // winter
	case 'я':
		return c2 == 'н'
	case 'ф':
		return c2 == 'е'
	case 'м':
		return c2 == 'а' || c2 == 'е' && n == 10 // май, март; между
	case 'а':
		return c2 == 'п' || c2 == 'в'
	case 'и':
		return c2 == 'ю'
	case 'с':
		return c2 == 'е' && (n == 6 || n == 8 || n >= 14) || c2 == 'о' && n == 4 // сен, сент, сентябрь, середине; со
	case 'о':
		return c2 == 'к' || c2 == 'т' && n == 4 || c2 == 'с' && n >= 10 && letterAt(w, 2) == 'е' // ок, около, октябрь; от; осенью (not осужден)
	case 'н':
		return c2 == 'о' && n >= 6 || c2 == 'а' && n == 12 // ноя, ноябрь; начале
	case 'д':
		return c2 == 'е' && (n == 6 || n >= 12) // дек, декабрь
	case 'к':
		return c2 == 'о' && n == 10 // конце
	case 'в':
		return c2 == 'е' && (n == 10 || n == 12) // весна, весной
	case 'з':
		return c2 == 'и' && n >= 8 && n <= 12 // зима, зимой
	case 'л':
		return c2 == 'е' && (n == 8 || n == 10) // лето, летом
	case 'п':
		if c2 != 'р' || n < 16 {
			return false
		}
		c4 := letterAt(w, 3)
		return c4 == 'м' || c4 == 'б' // примерно, приблизительно (not приговор)
	}
	return false
}

// letterAt returns rune k (from 0) of the lower-cased word w, as lw would
// give it (format characters dropped), or -1 if the word is shorter. It is
// for the rare words that the first two letters do not rule out.
func letterAt(w string, k int) rune {
	for i := 0; i < len(w); {
		r, size := decodeFast(w[i:])
		i += size
		l, _ := lowerRune(r)
		if l < 0 {
			continue
		}
		if k == 0 {
			return l
		}
		k--
	}
	return -1
}

// decodeFast decodes the first rune of s, with a fast path for ASCII and
// two-byte sequences (Cyrillic).
func decodeFast(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if 0xC2 <= c && c <= 0xDF && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// weakCue decides whether the bare year s is a year: after a cue word ("in",
// "в", "since", "born"), after a birth or death mark ("* 1899", "† 1938") or
// alone in parentheses ("(1937)").
func (p *parser) weakCue(s piece) (lang, rule string, ok bool) {
	i := s.i
	if !p.close(i) || i == 0 {
		return "", "", false
	}
	if p.isPunct(i-1, '(') && p.isPunct(s.j, ')') {
		return "", "paren-year", true
	}
	// Genealogical marks: "* 1899 in Almaty; † 1938".
	if p.isPunct(i-1, '*') || p.isPunct(i-1, '†') {
		return "", "marked-year", true
	}
	// "С. 1933" (a page) never gets here: numBlocked stops the number.
	if l, found := weakCues[p.lw(i-1)]; found {
		return l, langRule(l, ruleYear), true
	}
	return "", "", false
}

// single parses one date (not a range) starting at token i. With bare, a lone
// day or month, which only a range can use, is accepted too.
func (p *parser) single(i int, bare bool) (best piece, ok bool) {
	if i < 0 || i >= len(p.toks) {
		return piece{}, false
	}
	try := func(c piece, good bool) {
		if good && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	t := &p.toks[i]
	switch t.kind {
	case tkNum:
		if t.nd <= 2 {
			try(p.numericDate(i))
		}
		if p.numBlocked(i, bare) {
			return best, ok
		}
		switch {
		case t.nd == 4:
			try(p.yearFirst(i))
		case t.nd <= 2:
			try(p.dayFirst(i, true))
			try(p.decade2(i))
			try(p.centuryNum(i))
			if !ok && bare && t.val >= 1 && t.val <= 31 && !p.gluedWordAfter(i) {
				d := dossier.Date{Day: t.val, Precision: dossier.PrecisionDay}
				try(piece{i: i, j: i + 1, d: d, bare: true}, true)
			}
		}
	case tkWord:
		try(p.monthFirst(i, bare))
		try(p.centuryRoman(i))
		try(p.centurySpelled(i))
		try(p.hedged(i))
	case tkPunct:
		if isApos(t.r) {
			try(p.aposDecade(i))
		}
	}
	return best, ok
}

// --- numeric dates: 21.12.1879, 14/III-24г., 6.X.1931, 9.IV ---

func isDateSep(r rune) bool { return r == '.' || r == '/' || isDash(r) }

func (p *parser) numericDate(i int) (piece, bool) {
	t := &p.toks[i]
	d := t.val
	if d < 1 || d > 31 {
		return piece{}, false
	}
	// Not the middle of a longer number: "1.17.08.1904", "10-12-34-56".
	if i > 1 && t.gap == gapNone && p.toks[i-1].kind == tkPunct && isDateSep(p.toks[i-1].r) &&
		p.toks[i-1].gap == gapNone && (p.toks[i-2].kind == tkNum || p.toks[i-2].kind == tkWord && romanValue(p.text[p.toks[i-2].start:p.toks[i-2].end]) != 0) {
		return piece{}, false
	}
	if p.refBefore(i) {
		return piece{}, false
	}
	j := i + 1
	if !p.close(j) || p.toks[j].kind != tkPunct || !isDateSep(p.toks[j].r) || p.toks[j].gap != gapNone {
		// "5 XI 1937": a Roman month between spaces needs a year.
		if p.isWord(j) && p.close(j) {
			if m := RomanMonth(p.text[p.toks[j].start:p.toks[j].end]); m != 0 && validDay(0, m, d) {
				if y, e, lang, ok := p.yearWithSuffix(j+1, true); ok && validDay(y, m, d) {
					return piece{i: i, j: e, d: dayDate(y, m, d), lang: lang, rule: "dmy-roman"}, true
				}
			}
		}
		return piece{}, false
	}
	sep := p.toks[j].r
	k := j + 1
	if !p.close(k) || p.toks[k].gap > gapSpace {
		return piece{}, false
	}
	var m int
	roman := false
	switch p.toks[k].kind {
	case tkNum:
		if p.toks[k].nd > 2 {
			return piece{}, false
		}
		m = p.toks[k].val
	case tkWord:
		m = RomanMonth(p.text[p.toks[k].start:p.toks[k].end])
		roman = true
	}
	if m < 1 || m > 12 || !validDay(0, m, d) {
		return piece{}, false
	}
	rule := "dmy-numeric"
	if roman {
		rule = "dmy-roman"
	}
	// The year part: sep YYYY, sep YY, or for Roman months also a space.
	l := k + 1
	ySep := p.close(l) && p.toks[l].kind == tkPunct && isDateSep(p.toks[l].r) && p.toks[l].gap == gapNone
	if ySep && !roman && p.toks[l].r != sep {
		return piece{}, false
	}
	yi := -1
	if ySep && p.isNum(l+1) && p.toks[l+1].gap <= gapSpace {
		yi = l + 1
	} else if roman && p.isNum(l) && p.toks[l].gap <= gapSpace && p.toks[l].nd == 4 {
		yi = l
	}
	if yi < 0 {
		// No year: only "9.IV" stands alone; "10.12" is a time or a decimal.
		// It must be written solid: "Chapter 5. I think" is no date.
		if !roman || ySep && p.isNum(l+1) || p.toks[k].gap != gapNone {
			return piece{}, false
		}
		if p.gluedWordAfter(k) {
			return piece{}, false
		}
		return piece{i: i, j: k + 1, d: dayDate(0, m, d), rule: rule}, true
	}
	yt := &p.toks[yi]
	y := yt.val
	var flags []string
	switch yt.nd {
	case 4:
		if y < minYear || y > maxYear {
			return piece{}, false
		}
	case 2:
		// Two-digit years are read in the 1900s, the documents' century.
		y += 1900
		flags = []string{"century-assumed"}
	default:
		return piece{}, false
	}
	// Not followed by more parts of a number: "17.08.1904.5", "12-05-1937-44".
	if nx := yi + 1; p.glued(nx) && p.toks[nx].kind == tkPunct && (isDateSep(p.toks[nx].r) || p.toks[nx].r == ':') && p.glued(nx+1) && p.isNum(nx+1) {
		return piece{}, false
	}
	if !validDay(y, m, d) {
		return piece{}, false
	}
	e, lang := yi+1, ""
	if sx, ok := p.yearSuffix(yi + 1); ok && !sx.decade {
		e, lang = sx.end, sx.lang
	} else if yt.nd == 2 && !roman {
		// "12.05.37" is too easily a version or a code without "г.".
		return piece{}, false
	} else if p.gluedWordAfter(yi) {
		return piece{}, false
	}
	date := dayDate(y, m, d)
	date.Flags = flags
	return piece{i: i, j: e, d: date, lang: lang, rule: rule}, true
}

// --- years: 1926-жылы, 1927 г., 1937-1938, 1920-е годы, 1930s, 1937-05-12 ---

// suffix is what follows a year number.
type suffix struct {
	end    int
	lang   string
	plural bool // жылдары, гг., годы
	decade bool // "-е", "-х", "s": the number names a decade
	kyWord int  // index of the Kyrgyz year word, or -1
	hyph   bool // written with a hyphen
}

// yearSuffix reads the word that makes a number a year, starting at token j
// right after the number: Kyrgyz жыл-words and ж., Russian г., гг., год-words
// (with an ordinal ending "1937-го года"), decade endings (-е, -х, s).
func (p *parser) yearSuffix(j int) (suffix, bool) {
	k, dashed := p.link(j)
	if k < 0 || !p.isWord(k) {
		// "1930’s"
		if p.glued(j) && p.isPunct(j, '\'') || p.glued(j) && p.isPunct(j, '’') {
			if p.glued(j+1) && p.lw(j+1) == "s" {
				return suffix{end: j + 2, lang: "en", decade: true, kyWord: -1}, true
			}
		}
		return suffix{}, false
	}
	lw := p.lw(k)
	// Kyrgyz ordinal ending before the year word: "1937-чи жылы".
	switch lw {
	case "чи", "чы", "чу", "чү", "нчи", "нчы", "инчи", "ынчы":
		if k2, _ := p.link(k + 1); dashed && k2 >= 0 {
			if ok, pl := kyYearWord(p.lw(k2)); ok {
				return suffix{end: k2 + 1, lang: "ky", plural: pl, kyWord: k2, hyph: true}, true
			}
		}
		return suffix{}, false
	}
	if ok, pl := kyYearWord(lw); ok {
		return suffix{end: k + 1, lang: "ky", plural: pl, kyWord: k, hyph: dashed}, true
	}
	switch lw {
	case "ж", "жж":
		// "ж." is an abbreviation only in lower case (Ж. is an initial) and
		// not in "ж.б." (and so on).
		if p.toks[k].title != 0 {
			return suffix{}, false
		}
		e := k + 1
		if p.isPunct(e, '.') && p.glued(e) {
			if p.glued(e+1) && p.lw(e+1) == "б" {
				return suffix{}, false
			}
			e++
		}
		return suffix{end: e, lang: "ky", plural: lw == "жж", kyWord: -1, hyph: dashed}, true
	case "г", "гг":
		if dashed {
			return suffix{}, false
		}
		e, plural := k+1, lw == "гг"
		if p.isPunct(e, '.') && p.glued(e) {
			e++
			// "г.г."
			if lw == "г" && p.glued(e) && p.lw(e) == "г" {
				plural = true
				e++
				if p.isPunct(e, '.') && p.glued(e) {
					e++
				}
			}
		} else if p.glued(e) && p.isWord(e) {
			return suffix{}, false
		}
		return suffix{end: e, lang: "ru", plural: plural, kyWord: -1}, true
	case "s":
		if !dashed && p.glued(k) {
			return suffix{end: k + 1, lang: "en", decade: true, kyWord: -1}, true
		}
		return suffix{}, false
	}
	if ok, pl := ruYearWord(lw); ok && !dashed {
		return suffix{end: k + 1, lang: "ru", plural: pl, kyWord: -1}, true
	}
	if !dashed || !p.glued(k) {
		return suffix{}, false
	}
	switch lw {
	case "го", "м", "й", "ого", "ый", "ом":
		// "1937-го года", "в 1937-м году", "1920-м годам" (a decade).
		if k2 := k + 1; p.close(k2) && p.isWord(k2) {
			if ok, pl := ruYearWord(p.lw(k2)); ok {
				return suffix{end: k2 + 1, lang: "ru", plural: pl, decade: pl && lw == "м", kyWord: -1}, true
			}
		}
		return suffix{end: k + 1, lang: "ru", kyWord: -1}, true
	case "е", "х", "ые", "ых", "ми", "ым", "ыми":
		e := k + 1
		if p.close(e) && p.isWord(e) {
			if ok, pl := ruYearWord(p.lw(e)); ok && pl {
				e++
			} else if p.lw(e) == "гг" {
				e++
				if p.isPunct(e, '.') && p.glued(e) {
					e++
				}
			}
		}
		return suffix{end: e, lang: "ru", plural: true, decade: true, kyWord: -1}, true
	}
	return suffix{}, false
}

// yearWithSuffix reads a four-digit year at j (after a month, a day or a
// range) with an optional suffix; the month is cue enough, so no suffix is
// needed. It returns the year, the end and the language of the suffix.
func (p *parser) yearWithSuffix(j int, inRange bool) (y, end int, lang string, ok bool) {
	if !p.close(j) || !p.isNum(j) || p.toks[j].nd != 4 {
		return 0, 0, "", false
	}
	y = p.toks[j].val
	if y < minYear || y > maxYear || p.numBlocked(j, inRange) {
		return 0, 0, "", false
	}
	if sx, ok := p.yearSuffix(j + 1); ok {
		if sx.decade {
			return 0, 0, "", false
		}
		return y, sx.end, sx.lang, true
	}
	if p.gluedWordAfter(j) {
		return 0, 0, "", false
	}
	return y, j + 1, "", true
}

// yearFirst parses what starts with a four-digit number.
func (p *parser) yearFirst(i int) (best piece, ok bool) {
	y := p.toks[i].val
	if y < minYear || y > maxYear {
		return piece{}, false
	}
	try := func(c piece, good bool) {
		if good && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	try(p.isoDate(i))
	try(p.yearRange(i))
	try(p.yearSuffixed(i))
	if ok {
		return best, ok
	}
	if p.gluedWordAfter(i) || y < minPlausible || y > maxPlausible || p.stopNounAfter(i) {
		return piece{}, false
	}
	return piece{i: i, j: i + 1, d: yearDate(y), weak: true}, true
}

// isoDate reads 1937-05-12.
func (p *parser) isoDate(i int) (piece, bool) {
	if !(p.isPunct(i+1, '-') && p.glued(i+1) && p.isNum(i+2) && p.glued(i+2) && p.toks[i+2].nd == 2 &&
		p.isPunct(i+3, '-') && p.glued(i+3) && p.isNum(i+4) && p.glued(i+4) && p.toks[i+4].nd == 2) {
		return piece{}, false
	}
	y, m, d := p.toks[i].val, p.toks[i+2].val, p.toks[i+4].val
	if !validDay(y, m, d) {
		return piece{}, false
	}
	if nx := i + 5; p.glued(nx) && p.toks[nx].kind == tkPunct && (isDateSep(p.toks[nx].r) || p.toks[nx].r == ':') && p.glued(nx+1) && p.isNum(nx+1) {
		return piece{}, false
	}
	return piece{i: i, j: i + 5, d: dayDate(y, m, d), rule: "iso-date"}, true
}

// yearRange reads 1937-1938, 1932-34, 1937/38, 1914-17 жылдары,
// 1925-1927-жылдары, 1923-1924 гг., 1924-25гг, 1920-1930-е годы.
func (p *parser) yearRange(i int) (piece, bool) {
	j := i + 1
	// A slash joins only solid: "1937/38", "1937/1938" (a season, a fiscal year).
	slash := p.isPunct(j, '/') && p.glued(j) && p.glued(j+1)
	if !slash && !p.isDashAt(j) || !p.close(j) || !p.close(j+1) || !p.isNum(j+1) {
		return piece{}, false
	}
	y := p.toks[i].val
	k := j + 1
	kt := &p.toks[k]
	var y2 int
	switch kt.nd {
	case 4:
		y2 = kt.val
	case 2:
		y2 = y/100*100 + kt.val
	default:
		return piece{}, false
	}
	if y2 <= y || y2-y > maxSpanYears {
		return piece{}, false
	}
	// Not a phone number or a longer code: "1937-1938-12", "1937-1938.5".
	if nx := k + 1; p.glued(nx) && p.toks[nx].kind == tkPunct && (isDateSep(p.toks[nx].r) || p.toks[nx].r == ':' || p.toks[nx].r == ',') && p.glued(nx+1) && p.isNum(nx+1) {
		return piece{}, false
	}
	if p.isPunct(k+1, '%') {
		return piece{}, false
	}
	start, end := yearDate(y), yearDate(y2)
	sx, hasSuffix := p.yearSuffix(k + 1)
	if hasSuffix && sx.decade {
		if y%10 != 0 || y2%10 != 0 || sx.lang == "en" && kt.nd != 4 {
			return piece{}, false
		}
		start, end = decadeDate(y), decadeDate(y2)
		start.End = &end
		return piece{i: i, j: sx.end, d: start, lang: sx.lang, rule: langRule(sx.lang, ruleDecadeRange)}, true
	}
	if !hasSuffix {
		if p.gluedWordAfter(k) || y < minPlausible || y2 > maxPlausible || p.stopNounAfter(k) {
			return piece{}, false
		}
		start.End = &end
		return piece{i: i, j: k + 1, d: start, rule: "year-range"}, true
	}
	start.End = &end
	pc := piece{i: i, j: sx.end, d: start, lang: sx.lang, rule: langRule(sx.lang, ruleYearRange)}
	if sx.kyWord >= 0 {
		pc.kyCase = kyCase(p.lw(sx.kyWord))
		p.kyHedge(&pc)
	}
	return pc, true
}

// yearSuffixed reads a year with its suffix and, for Kyrgyz, what may follow
// the year word: a day and month (1926-жылы 9-майда), a month (1928-жылы
// август айында), a season (1922-жылдын жазында) and a hedge (1937-жылдын
// башында). A plural year word makes a round year a decade (1930-жылдары)
// and any other year approximate (1937-жылдары, circa).
func (p *parser) yearSuffixed(i int) (piece, bool) {
	y := p.toks[i].val
	sx, ok := p.yearSuffix(i + 1)
	if !ok {
		return piece{}, false
	}
	if !sx.hyph && sx.lang == "ky" && (y < minPlausible || y > maxPlausible) {
		// "1000 жыл" is a thousand years; a year is written "1000-жылы".
		return piece{}, false
	}
	if sx.decade {
		if y%10 != 0 {
			return piece{}, false
		}
		return piece{i: i, j: sx.end, d: decadeDate(y), lang: sx.lang, rule: langRule(sx.lang, ruleDecade)}, true
	}
	pc := piece{i: i, j: sx.end, d: yearDate(y), lang: sx.lang, rule: langRule(sx.lang, ruleYear)}
	if sx.lang != "ky" {
		return pc, true
	}
	if sx.kyWord >= 0 {
		pc.kyCase = kyCase(p.lw(sx.kyWord))
	}
	if sx.plural {
		if y%10 == 0 {
			pc.d = decadeDate(y)
			pc.rule = "ky-decade"
		} else {
			pc.d.Qualifier, pc.pluralCirca = "circa", true
		}
		p.kyHedge(&pc)
		return pc, true
	}
	best := pc
	// Only "жылы", its abbreviation "ж." and genitives (жылдын) lead on to a
	// day or a month; the bare "жыл" ends a day-first date ("12-март
	// 1927-жыл, 3-октябрь …"), and a comma never joins the two.
	if sx.kyWord >= 0 && p.lw(sx.kyWord) != "жылы" && pc.kyCase != 'g' {
		p.kyHedge(&best)
		return best, true
	}
	e := sx.end
	// 1926-жылы 9-майда, 1936-жылдын 14-декабрында
	if p.isNum(e) && p.close(e) && p.toks[e].nd <= 2 && !p.numBlocked(e, false) {
		if dm, ok := p.dayFirst(e, false); ok && dm.d.Year == 0 && dm.d.End == nil && validDay(y, dm.d.Month, dm.d.Day) {
			dm.i, dm.d.Year, dm.lang, dm.rule = i, y, "ky", "ky-year-day-month"
			best = dm
		} else if ok && dm.d.Year == 0 && dm.d.End != nil && dm.d.End.Year == 0 && validDay(y, dm.d.Month, dm.d.Day) && validDay(y, dm.d.End.Month, dm.d.End.Day) {
			// 1938-жылдын 5-6-ноябрында: a range of days in that year
			end := *dm.d.End
			end.Year = y
			dm.i, dm.d.Year, dm.d.End, dm.lang, dm.rule = i, y, &end, "ky", "ky-day-range"
			best = dm
		}
	}
	// 1928-жылы сентябрь айында, 1928-жылы сентябрда
	if k := sx.end; p.isWord(k) && p.close(k) && best.j == pc.j {
		if m, form := p.monthWordAt(k); m != 0 && form != formEn && form != formRuAbbr {
			mp := piece{i: i, j: k + 1, d: monthDate(y, m), lang: "ky", rule: "ky-year-month", kyCase: kyCase(p.lw(k))}
			if p.isWord(k+1) && p.close(k+1) && kyMonthWord(p.lw(k+1)) {
				mp.j, mp.kyCase = k+2, kyCase(p.lw(k+1))
				// "… август айынын 5-күнү"
				if d, e2, ok := p.kyDayOfMonth(k + 2); ok && validDay(y, m, d) {
					mp.j, mp.d, mp.rule, mp.kyCase = e2, dayDate(y, m, d), "ky-year-day-month", 0
				}
			}
			best = mp
		}
		if s := kySeason(p.lw(k)); s != 0 && best.j == pc.j {
			best = piece{i: i, j: k + 1, d: seasonDate(y, s), lang: "ky", rule: "ky-season"}
		}
	}
	p.kyHedge(&best)
	return best, true
}

// kyDayOfMonth reads "5-күнү" (the 5th day) at j.
func (p *parser) kyDayOfMonth(j int) (int, int, bool) {
	if !p.close(j) || !p.isNum(j) || p.toks[j].nd > 2 {
		return 0, 0, false
	}
	k, _ := p.link(j + 1)
	if k < 0 || !p.isWord(k) {
		return 0, 0, false
	}
	lw := p.lw(k)
	if len(lw) >= len("күн") && lw[:len("күн")] == "күн" {
		return p.toks[j].val, k + 1, true
	}
	return 0, 0, false
}

// kyHedge extends a Kyrgyz piece that ends in a genitive (жылдын,
// кылымдын, айынын) with the hedge after it: башында (early), ортосунда
// (mid), аягында (late), чамасында (circa).
func (p *parser) kyHedge(pc *piece) {
	k := pc.j
	if !p.isWord(k) || !p.close(k) {
		return
	}
	if pc.kyCase != 'g' && !(pc.d.Qualifier == "circa" || pc.d.Precision == dossier.PrecisionDecade) {
		return
	}
	q := kyQualifier(p.lw(k))
	if q == "" {
		return
	}
	pc.d.Qualifier = q
	pc.j = k + 1
	pc.kyCase = kyCase(p.lw(k)) // "аягынан … башына чейин" is a range
	// "орто ченинде"
	if q == "mid" && p.isWord(k+1) && p.close(k+1) {
		if lw := p.lw(k + 1); len(lw) > len("чен") && lw[:len("чен")] == "чен" {
			pc.j = k + 2
		}
	}
}

// --- day first: 17 июня 1930 года, 9-майда, 12-март 1927-жыл, 14 October 1923 ---

// dayFirst parses a day number followed by a month name, with an optional
// year when withYear. Dual old/new style days ("12 (25) марта 1917") and day
// ranges ("20-22 апреля 1918") are read here too.
func (p *parser) dayFirst(i int, withYear bool) (piece, bool) {
	t := &p.toks[i]
	d := t.val
	if t.nd > 2 || d < 1 || d > 31 {
		return piece{}, false
	}
	j := i + 1
	ordinal := ""
	switch {
	case p.glued(j) && p.isWord(j):
		switch p.lw(j) {
		case "st", "nd", "rd", "th":
			ordinal, j = "en", j+1
		default:
			return piece{}, false // "4and", "7ти"
		}
	case p.isDashAt(j) && p.glued(j) && p.glued(j+1) && p.isWord(j+1):
		switch p.lw(j + 1) {
		case "го", "е", "ое", "ого":
			ordinal, j = "ru", j+2
		}
	}
	// "12 (25) марта 1917"
	d2 := 0
	if p.isPunct(j, '(') && p.close(j) && p.isNum(j+1) && p.toks[j+1].nd <= 2 && p.isPunct(j+2, ')') {
		d2 = p.toks[j+1].val
		j += 3
	}
	// "20-22 апреля", "20 – 22 April"
	dEnd := 0
	if d2 == 0 && p.isDashAt(j) && p.close(j) && p.close(j+1) && p.isNum(j+1) && p.toks[j+1].nd <= 2 && p.toks[j+1].val > d {
		// only if a month follows the second day
		if k, _ := p.link(j + 2); k >= 0 && p.isWord(k) {
			if m, _ := p.monthWordAt(k); m != 0 {
				dEnd = p.toks[j+1].val
				j += 2
			}
		}
	}
	if ordinal == "en" && p.lw(j) == "of" && p.close(j) {
		j++
	}
	k, dashed := p.link(j)
	if k < 0 || !p.isWord(k) {
		return piece{}, false
	}
	m, form, me, ok := p.monthAt(k)
	if !ok {
		return piece{}, false
	}
	if form == formEn && dashed {
		return piece{}, false
	}
	if !validDay(0, m, d) || dEnd != 0 && !validDay(0, m, dEnd) || d2 != 0 && !validDay(0, m, d2) {
		return piece{}, false
	}
	// "22 апреля (5 мая) 1918 г."
	m2, afterMonth := m, me
	if withYear && d2 == 0 && dEnd == 0 && p.isPunct(me, '(') && p.close(me) && p.isNum(me+1) && p.toks[me+1].nd <= 2 {
		if mm, f2, e2, ok := p.monthAt(me + 2); ok && f2 != formEn && p.isPunct(e2, ')') && validDay(0, mm, p.toks[me+1].val) {
			d2, m2, afterMonth = p.toks[me+1].val, mm, e2+1
		}
	}
	y, e, ylang := 0, me, ""
	if withYear {
		if yy, ye, yl, ok := p.yearWithSuffix(p.skipComma(afterMonth), false); ok && validDay(yy, m, d) {
			y, e, ylang = yy, ye, yl
		}
	}
	lang := p.monthLang(form, ylang, ordinal, true, k)
	pc := piece{i: i, j: e, d: dayDate(y, m, d), lang: lang}
	if form == formEn && y == 0 && p.enStrict(k) {
		return piece{}, false
	}
	if d2 != 0 && y == 0 && afterMonth != me {
		d2 = 0 // "22 апреля (5 мая)" without a year: keep the first date only
	}
	switch {
	case d2 != 0:
		if y == 0 || !validDay(y, m2, d2) {
			return piece{}, false
		}
		dd, ok := dualStyle(dayDate(y, m, d), dayDate(y, m2, d2))
		if !ok {
			return piece{}, false
		}
		pc.d, pc.rule = dd, langRule(lang, ruleDualStyle)
	case dEnd != 0:
		end := dayDate(y, m, dEnd)
		pc.d.End = &end
		pc.rule = langRule(lang, ruleDayRange)
	case y != 0:
		pc.rule = langRule(lang, ruleDayMonthYear)
	default:
		pc.rule = langRule(lang, ruleDayMonth)
		if form == formKy || form == formNeutral {
			pc.kyCase = kyCase(p.lw(k))
		}
	}
	return pc, true
}

// monthAt reads a month word at k and returns the month, the form, and the
// end (past an abbreviation's full stop). Russian abbreviations need their
// full stop. English names count in any case, but the lower-case "may" and
// "march" (verbs) and lower-case abbreviations without a full stop ("jan")
// only in a full date with day and year; see enStrict.
func (p *parser) monthAt(k int) (m int, form monthForm, end int, ok bool) {
	if !p.isWord(k) {
		return 0, formNone, 0, false
	}
	m, form = p.monthWordAt(k)
	if m == 0 {
		return 0, formNone, 0, false
	}
	end = k + 1
	switch form {
	case formEn:
		if p.toks[k].monAbbr && p.isPunct(end, '.') && p.glued(end) {
			end++
		}
	case formRuAbbr:
		if !p.isPunct(end, '.') || !p.glued(end) {
			return 0, formNone, 0, false
		}
		end++
	}
	return m, form, end, true
}

// monthWordAt is monthWord of word k (0 and formNone for other tokens),
// remembered in the token: the words of a date are read from each of the
// positions a date may start at, so most month words are asked for two or
// three times.
func (p *parser) monthWordAt(k int) (int, monthForm) {
	if !p.isWord(k) {
		return 0, formNone
	}
	t := &p.toks[k]
	if t.mon == 0 {
		lw := p.lw(k)
		m, form := monthWord(lw)
		t.mon, t.monForm = -1, form
		if m != 0 {
			t.mon = int8(m)
			t.monAbbr = form == formEn && enMonths[lw].abbr
		}
	}
	if t.mon < 0 {
		return 0, formNone
	}
	return int(t.mon), t.monForm
}

// enStrict reports whether the English month word at k is ambiguous in its
// case ("may", "march", "jan" in lower case) and so makes a date only with
// both a day and a year.
func (p *parser) enStrict(k int) bool {
	lw := p.lw(k)
	if p.toks[k].title != 0 {
		return false
	}
	if lw == "may" || lw == "march" {
		return true
	}
	return enMonths[lw].abbr && !(p.isPunct(k+1, '.') && p.glued(k+1))
}

// monthLang picks the language of a date with a Cyrillic month: the year's
// suffix decides, then the month's ending; a nominative after a day number
// is Kyrgyz (Russian puts the month in the genitive), and otherwise the
// letters around the date decide.
func (p *parser) monthLang(form monthForm, ylang, ordinal string, afterDay bool, k int) string {
	switch {
	case form == formEn:
		return "en"
	case ylang == "ky" || ylang == "ru":
		return ylang
	case ordinal == "ru" || form == formRu || form == formRuAbbr:
		return "ru"
	case form == formKy:
		return "ky"
	case afterDay:
		return "ky"
	case p.kyrgyzAround(k):
		return "ky"
	}
	return "ru"
}

// kyrgyzAround reports whether a word with a letter only Kyrgyz uses (ң, ө,
// ү) is within a few tokens of k.
func (p *parser) kyrgyzAround(k int) bool {
	lo, hi := max(0, k-8), min(len(p.toks), k+9)
	for x := lo; x < hi; x++ {
		if p.toks[x].kind != tkWord {
			continue
		}
		w := p.text[p.toks[x].start:p.toks[x].end]
		if len(w) > 64 {
			w = w[:64] // enough to judge a word; bounds the cost of huge tokens
		}
		for _, r := range w {
			switch r {
			case 'ң', 'ө', 'ү', 'Ң', 'Ө', 'Ү':
				return true
			}
		}
	}
	return false
}

// --- month first: October 14, 1923; August 1934; в марте 1931 г.; November 7 (October 25), 1917 ---

func (p *parser) monthFirst(i int, bare bool) (best piece, ok bool) {
	m, form, me, found := p.monthAt(i)
	if !found {
		return piece{}, false
	}
	try := func(c piece, good bool) {
		if good && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	strict := form == formEn && p.enStrict(i)
	if form == formEn {
		try(p.enMonthDay(i, m, me))
	}
	if strict {
		// Only "may 5, 1937" (a day and a year) is a date.
		if ok && (best.d.Year == 0 || best.d.Precision != dossier.PrecisionDay) {
			return piece{}, false
		}
		return best, ok
	}
	// Month and year: "August 1934", "August, 1934", "May of 1937", "марте 1931 г."
	j := me
	if form == formEn {
		j = p.skipComma(j)
		if p.lw(j) == "of" && p.close(j) {
			j++
		}
	}
	if y, e, ylang, good := p.yearWithSuffix(j, false); good {
		lang := p.monthLang(form, ylang, "", false, i)
		try(piece{i: i, j: e, d: monthDate(y, m), lang: lang, rule: langRule(lang, ruleMonthYear)}, true)
	}
	if !ok && bare {
		lang := p.monthLang(form, "", "", false, i)
		try(piece{i: i, j: me, d: dossier.Date{Month: m, Precision: dossier.PrecisionMonth}, lang: lang, bare: true}, true)
	}
	return best, ok
}

// enMonthDay reads the English order: "October 14, 1923", "October 14th 1923",
// "October 27", "June 3-5, 1925", "November 7 (October 25), 1917".
func (p *parser) enMonthDay(i, m, me int) (piece, bool) {
	j := me
	if !p.close(j) || !p.isNum(j) || p.toks[j].nd > 2 || p.toks[j].gap == gapNone {
		return piece{}, false
	}
	d := p.toks[j].val
	if !validDay(0, m, d) || p.numBlocked(j, false) {
		return piece{}, false
	}
	e := j + 1
	if p.glued(e) && p.isWord(e) {
		switch p.lw(e) {
		case "st", "nd", "rd", "th":
			e++
		default:
			return piece{}, false
		}
	}
	// "June 3-5"
	dEnd := 0
	if p.isDashAt(e) && p.close(e) && p.close(e+1) && p.isNum(e+1) && p.toks[e+1].nd <= 2 && p.toks[e+1].val > d && validDay(0, m, p.toks[e+1].val) && !p.gluedWordAfter(e+1) {
		dEnd = p.toks[e+1].val
		e += 2
	}
	// "November 7 (October 25), 1917"
	var alt *dossier.Date
	if dEnd == 0 && p.isPunct(e, '(') && p.close(e) {
		k := e + 1
		am, ad := m, 0
		if m2, f2, me2, ok := p.monthAt(k); ok && f2 == formEn {
			am, k = m2, me2
		}
		if p.isNum(k) && p.toks[k].nd <= 2 && p.isPunct(k+1, ')') {
			ad = p.toks[k].val
			if validDay(0, am, ad) {
				a := dayDate(0, am, ad)
				alt = &a
				e = k + 2
			}
		}
	}
	y, ye := 0, e
	if yy, yend, _, ok := p.yearWithSuffix(p.skipComma(e), false); ok && validDay(yy, m, d) {
		y, ye = yy, yend
	}
	pc := piece{i: i, j: ye, d: dayDate(y, m, d), lang: "en"}
	switch {
	case alt != nil:
		if y == 0 {
			return piece{}, false
		}
		alt.Year = y
		dd, ok := dualStyle(pc.d, *alt)
		if !ok {
			return piece{}, false
		}
		pc.d, pc.rule = dd, "en-dual-style"
	case dEnd != 0:
		end := dayDate(y, m, dEnd)
		pc.d.End = &end
		pc.rule = "en-day-range"
	case y != 0:
		pc.rule = "en-month-day-year"
	default:
		pc.rule = "en-month-day"
	}
	return pc, true
}

// --- decades and centuries ---

// decade2 reads two-digit decades whose century comes from the context:
// "40-50 жылдарында", "20-жылдары", "20-е годы", "20-30-х годов".
func (p *parser) decade2(i int) (piece, bool) {
	t := &p.toks[i]
	v1 := t.val
	if t.nd != 2 || v1%10 != 0 || v1 == 0 {
		return piece{}, false
	}
	j := i + 1
	v2 := 0
	if p.isDashAt(j) && p.close(j) && p.close(j+1) && p.isNum(j+1) && p.toks[j+1].nd == 2 {
		if w := p.toks[j+1].val; w%10 == 0 && w > v1 {
			v2, j = w, j+2
		}
	}
	k, dashed := p.link(j)
	if k < 0 || !p.isWord(k) {
		return piece{}, false
	}
	lw := p.lw(k)
	lang, e := "", 0
	kw := -1
	if ok, plural := kyYearWord(lw); ok && plural && (dashed || v2 != 0) {
		lang, e, kw = "ky", k+1, k
	} else if dashed && p.glued(k) {
		switch lw {
		case "е", "х", "ые", "ых", "ми":
			if p.close(k+1) && p.isWord(k+1) {
				if ok, pl := ruYearWord(p.lw(k + 1)); ok && pl {
					lang, e = "ru", k+2
				} else if p.lw(k+1) == "гг" {
					lang, e = "ru", k+2
					if p.isPunct(e, '.') && p.glued(e) {
						e++
					}
				}
			}
		}
	}
	if lang == "" {
		return piece{}, false
	}
	base, known := p.centuryBase(i)
	d := decadeDate(base + v1)
	if !known {
		d.Flags = []string{"century-assumed"}
	}
	rule := langRule(lang, ruleDecade)
	if v2 != 0 {
		end := decadeDate(base + v2)
		d.End = &end
		rule = langRule(lang, ruleDecadeRange)
	}
	pc := piece{i: i, j: e, d: d, lang: lang, rule: rule}
	if kw >= 0 {
		pc.kyCase = kyCase(p.lw(kw))
		p.kyHedge(&pc)
	}
	return pc, true
}

// aposDecade reads "'30s" (century from the context).
func (p *parser) aposDecade(i int) (piece, bool) {
	if !p.isNum(i+1) || !p.glued(i+1) || p.toks[i+1].nd != 2 || p.toks[i+1].val%10 != 0 {
		return piece{}, false
	}
	if !p.glued(i+2) || p.lw(i+2) != "s" || p.gluedWordAfter(i+2) {
		return piece{}, false
	}
	base, known := p.centuryBase(i)
	d := decadeDate(base + p.toks[i+1].val)
	if !known {
		d.Flags = []string{"century-assumed"}
	}
	return piece{i: i, j: i + 3, d: d, lang: "en", rule: "en-decade"}, true
}

// centuryBase finds the century a two-digit decade belongs to: a century
// named a few tokens before ("XIX кылымдын 80-жылдары", "прошлого века",
// "өткөн кылымдын"); otherwise the 1900s, reported as not known.
func (p *parser) centuryBase(i int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if p.toks[k].gap == gapPara && k < i-1 {
			break
		}
		lw := p.lw(k)
		if !kyCenturyWord(lw) && !ruCenturyWord(lw) && !enCenturyWord(lw) {
			continue
		}
		prev := k - 1
		if p.isWord(prev) {
			if v := romanValue(p.text[p.toks[prev].start:p.toks[prev].end]); v != 0 {
				return (v - 1) * 100, true
			}
			switch p.lw(prev) {
			case "өткөн", "прошлого", "прошлом", "прошлый", "last", "previous", "past":
				return 1900, true
			}
		}
		if p.isWord(prev) && p.lw(prev) == "th" && p.isNum(prev-1) {
			if v := p.toks[prev-1].val; v >= 1 && v <= 21 {
				return (v - 1) * 100, true
			}
		}
	}
	return 1900, false
}

// centuryWordAt reads the century word at k (after a Roman or ordinal
// number) and returns its language and end.
func (p *parser) centuryWordAt(k int) (lang string, end int, kyWord int, ok bool) {
	if !p.close(k) || !p.isWord(k) {
		return "", 0, -1, false
	}
	lw := p.lw(k)
	switch {
	case kyCenturyWord(lw):
		return "ky", k + 1, k, true
	case ruCenturyWord(lw):
		e := k + 1
		if lw == "вв" {
			if !p.isPunct(e, '.') {
				return "", 0, -1, false
			}
			e++
		}
		return "ru", e, -1, true
	case lw == "в" && p.isPunct(k+1, '.') && p.glued(k+1):
		return "ru", k + 2, -1, true
	case enCenturyWord(lw):
		return "en", k + 1, -1, true
	}
	return "", 0, -1, false
}

// centuryRoman reads "XX века", "XX кылымдын", "XIX–XX вв.", "XX в.".
func (p *parser) centuryRoman(i int) (piece, bool) {
	t := &p.toks[i]
	if t.gap == gapNone && i > 0 && p.toks[i-1].kind == tkWord {
		return piece{}, false
	}
	c := romanValue(p.text[t.start:t.end])
	if c == 0 || c > 21 || p.gluedWordAfter(i) {
		return piece{}, false
	}
	j := i + 1
	c2 := 0
	if p.isDashAt(j) && p.close(j) && p.isWord(j+1) && p.close(j+1) {
		if v := romanValue(p.text[p.toks[j+1].start:p.toks[j+1].end]); v > c && v <= 21 {
			c2, j = v, j+2
		}
	}
	lang, e, kw, ok := p.centuryWordAt(j)
	if !ok {
		return piece{}, false
	}
	d := centuryDate(c)
	rule := langRule(lang, ruleCentury)
	if c2 != 0 {
		end := centuryDate(c2)
		d.End = &end
		rule = langRule(lang, ruleCenturyRange)
	}
	pc := piece{i: i, j: e, d: d, lang: lang, rule: rule}
	if kw >= 0 {
		pc.kyCase = kyCase(p.lw(kw))
		p.kyHedge(&pc)
	}
	return pc, true
}

// centuryNum reads "20th century", "19th-century", "20-кылымда",
// "20-го века". The number must be marked as an ordinal (-th, -го, a
// Kyrgyz hyphen): "20 веков" and "20 centuries" are durations.
func (p *parser) centuryNum(i int) (piece, bool) {
	t := &p.toks[i]
	c := t.val
	if c < 1 || c > 21 {
		return piece{}, false
	}
	j := i + 1
	ordinal := ""
	if p.glued(j) && p.isWord(j) {
		switch p.lw(j) {
		case "st", "nd", "rd", "th":
			ordinal, j = "en", j+1
		default:
			return piece{}, false
		}
	} else if p.isDashAt(j) && p.glued(j) && p.glued(j+1) && p.isWord(j+1) {
		switch p.lw(j + 1) {
		case "го", "й", "м":
			ordinal, j = "ru", j+2
		case "th", "st", "nd", "rd":
			ordinal, j = "en", j+2
		}
	}
	k, dashed := p.link(j)
	lang, e, kw, ok := p.centuryWordAt(k)
	if !ok || lang == "ru" && p.lw(k) == "в" {
		return piece{}, false
	}
	switch lang {
	case "en", "ru":
		ok = ordinal == lang
	case "ky":
		ok = ordinal == "" && dashed
	}
	if !ok {
		return piece{}, false
	}
	pc := piece{i: i, j: e, d: centuryDate(c), lang: lang, rule: langRule(lang, ruleCentury)}
	if kw >= 0 {
		pc.kyCase = kyCase(p.lw(kw))
		p.kyHedge(&pc)
	}
	return pc, true
}

// centurySpelled reads "twentieth century", "twenty-first century".
func (p *parser) centurySpelled(i int) (piece, bool) {
	lw := p.lw(i)
	c, ok := enOrdinalCentury[lw]
	j := i + 1
	if !ok {
		if lw != "twenty" || !p.isDashAt(j) || p.lw(j+1) != "first" {
			return piece{}, false
		}
		c, j = 21, j+2
	}
	k, _ := p.link(j)
	lang, e, _, found := p.centuryWordAt(k)
	if !found || lang != "en" {
		return piece{}, false
	}
	return piece{i: i, j: e, d: centuryDate(c), lang: "en", rule: "en-century"}, true
}

// --- words that open a date: ranges, hedges, seasons ---

// hedged reads a date opened by a hedge or a season word.
func (p *parser) hedged(i int) (piece, bool) {
	lw := p.lw(i)
	k := i + 1
	if !p.close(k) {
		return piece{}, false
	}
	// Hedges: "early 1937", "mid-1920s", "early March 2019", "the end of
	// 1937", "в начале 1930-х", "около 1900 г.", "c. 1900".
	q, lang := enQualifier(lw), "en"
	switch lw {
	case "beginning", "end", "middle":
		if p.lw(k) != "of" {
			break
		}
		k++
		if p.lw(k) == "the" {
			k++
		}
		switch lw {
		case "beginning":
			q = "early"
		case "end":
			q = "late"
		default:
			q = "mid"
		}
	case "c", "ca":
		if p.isPunct(k, '.') && p.glued(k) {
			q, k = "circa", k+1
		}
	case "ок":
		if p.isPunct(k, '.') && p.glued(k) {
			q, lang, k = "circa", "ru", k+1
		}
	}
	if q == "" {
		if q = ruQualifier(lw); q != "" {
			lang = "ru"
		}
	}
	if q != "" {
		if q == "mid" && p.isDashAt(k) && p.close(k+1) {
			k++
		}
		if lang == "en" && p.lw(k) == "the" && p.close(k) {
			k++
		}
		s, ok := p.single(k, false)
		if !ok || s.bare || s.d.Precision == dossier.PrecisionDay || s.d.Year == 0 {
			return piece{}, false
		}
		if s.weak && (s.d.Year < minPlausible || s.d.Year > maxPlausible) {
			return piece{}, false
		}
		s.i = i
		s.d.Qualifier = q
		if s.lang == "" || s.weak {
			s.lang = lang
		}
		if s.weak {
			s.rule, s.weak = langRule(s.lang, ruleYear), false
		}
		return s, true
	}
	// Seasons: "spring of 1927", "весной 1932 года".
	season, slang := enSeason(lw), "en"
	if season == 0 {
		season, slang = ruSeason(lw), "ru"
	}
	if season != 0 {
		if slang == "en" && p.lw(k) == "of" {
			k++
		} else if lw == "fall" {
			return piece{}, false
		}
		y, e, ylang, ok := p.yearWithSuffix(k, false)
		if !ok || ylang != "" && ylang != slang {
			return piece{}, false
		}
		return piece{i: i, j: e, d: seasonDate(y, season), lang: slang, rule: langRule(slang, ruleSeason)}, true
	}
	return piece{}, false
}

// rangeFrom reads a range opened by a word: "from 1920 to 1928", "between
// 1936 and 1938", "from June 25 to July 4, 1924", "С 1930 г. по 1934 г.",
// "с мая по июль 1937 г.", "от … до …", "между … и …".
func (p *parser) rangeFrom(i int, opener string) (piece, bool) {
	// "С. 101" is a page.
	if p.isPunct(i+1, '.') && p.glued(i+1) {
		return piece{}, false
	}
	k := i + 1
	if p.lw(k) == "the" {
		k++
	}
	s1, ok := p.single(k, true)
	if !ok || !p.close(k) {
		return piece{}, false
	}
	c := s1.j
	if !p.close(c) {
		return piece{}, false
	}
	cw := p.lw(c)
	var conn bool
	switch opener {
	case "from":
		conn = cw == "to" || cw == "until" || cw == "till" || cw == "through" || p.isDashAt(c)
	case "between":
		conn = cw == "and" || p.isPunct(c, '&') || p.isDashAt(c)
	case "с", "со":
		conn = cw == "по" || cw == "до" || p.isDashAt(c)
	case "от":
		conn = cw == "до" || p.isDashAt(c)
	case "между":
		conn = cw == "и" || p.isDashAt(c)
	}
	if !conn || !p.close(c+1) {
		return piece{}, false
	}
	if p.lw(c+1) == "the" {
		c++
	}
	s2, ok := p.single(c+1, true)
	if !ok {
		return piece{}, false
	}
	r, ok := combine(s1, s2)
	if !ok {
		return piece{}, false
	}
	lang := "ru"
	if opener == "from" || opener == "between" {
		lang = "en"
	}
	r.i, r.lang, r.rule = i, lang, langRule(lang, ruleRange)
	return r, true
}

// rangeAfter extends a date with a second one after a dash ("June 25 –
// July 4, 1924", "1937 г. – 1938 г."), "to" (when the first is not a bare
// number), or, in Kyrgyz, an ablative followed by a dative ("1933-жылдан
// 1937-жылга чейин").
func (p *parser) rangeAfter(s *piece) (piece, bool) {
	c := s.j
	if !p.close(c) || !p.close(c+1) {
		return piece{}, false
	}
	// "the 1920s–30s"
	if p.isDashAt(c) && s.d.Precision == dossier.PrecisionDecade && s.d.End == nil && s.d.Year >= 1000 &&
		p.isNum(c+1) && p.toks[c+1].nd == 2 && p.glued(c+2) && p.lw(c+2) == "s" && !p.gluedWordAfter(c+2) {
		if y2 := s.d.Year/100*100 + p.toks[c+1].val; y2%10 == 0 && y2 > s.d.Year {
			end := decadeDate(y2)
			r := *s
			r.d.End, r.j = &end, c+3
			r.rule = langRule(r.lang, ruleDecadeRange)
			return r, true
		}
	}
	next := -1
	switch {
	case p.isDashAt(c):
		next = c + 1
	case s.weak || s.bare:
		return piece{}, false
	case p.lw(c) == "to" || p.lw(c) == "until" || p.lw(c) == "till":
		next = c + 1
	case s.kyCase == 'a' && s.lang == "ky":
		next = c
	default:
		return piece{}, false
	}
	s2, ok := p.single(next, true)
	if !ok {
		return piece{}, false
	}
	if next == c {
		// Kyrgyz "… -дан … -га (чейин)"
		if s2.kyCase != 'd' {
			return piece{}, false
		}
	}
	r, ok := combine(*s, s2)
	if !ok {
		return piece{}, false
	}
	if next == c && p.close(r.j) && p.isWord(r.j) {
		switch p.lw(r.j) {
		case "чейин", "чейинки", "дейре", "дейин", "дей":
			r.j++
		}
	}
	if r.lang == "" {
		r.rule = "date-range"
	} else {
		r.rule = langRule(r.lang, ruleRange)
	}
	return r, true
}

// combine joins two dates into a range, lending the second's year and month
// to a first that lacks them ("from June 25 to July 4, 1924", "14 – 16
// апреля"). The first must come before the second.
func combine(s1, s2 piece) (piece, bool) {
	a, b := s1.d, s2.d
	if a.End != nil || b.End != nil || s1.bare && s2.bare && (a.Month == 0 || b.Month == 0) {
		return piece{}, false
	}
	if s1.weak && s2.weak && (a.Year < minPlausible || b.Year > maxPlausible) {
		return piece{}, false
	}
	if a.Precision == dossier.PrecisionDay && a.Month == 0 {
		if b.Precision != dossier.PrecisionDay || b.Month == 0 {
			return piece{}, false
		}
		a.Month = b.Month
	}
	if a.Year == 0 && b.Year != 0 {
		a.Year = b.Year
		if a.Month > b.Month || a.Month == b.Month && a.Day > b.Day {
			a.Year--
		}
	}
	if b.Year == 0 && a.Year != 0 {
		if b.Month == 0 {
			return piece{}, false
		}
		b.Year = a.Year
		if b.Month < a.Month || b.Month == a.Month && b.Day < a.Day {
			b.Year++
		}
	}
	if !validDay(a.Year, max(a.Month, 1), max(a.Day, 1)) || !validDay(b.Year, max(b.Month, 1), max(b.Day, 1)) {
		return piece{}, false
	}
	if a.Year != 0 {
		if !a.Before(b) || b.Year-a.Year > maxSpanYears {
			return piece{}, false
		}
	}
	b.End = nil
	a.End = &b
	lang := s1.lang
	if lang == "" {
		lang = s2.lang
	}
	return piece{i: s1.i, j: s2.j, d: a, lang: lang, kyCase: s2.kyCase}, true
}

// --- parentheses: lifespans ---

// paren reads a parenthesised range after a name, "Тыныстанов (1901-
// 1938)", or one with places inside, "(1889-жылы, Ош – 1938-жылы,
// Фрунзе)", as a lifespan. The span covers the parentheses. A bare
// "(1926-27)" after anything else is left to the plain year range.
func (p *parser) paren(i int) (piece, bool) {
	s1, ok := p.single(i+1, true)
	if ok && s1.rule == "year-range" {
		// "(1901-1938)" is one piece for yearRange; a lifespan needs a name
		// before it and two full years ("(1926-27)" is a term of office).
		if !p.isPunct(s1.j, ')') || !p.nameBefore(i) || s1.j-s1.i != 3 || p.toks[s1.i+2].nd != 4 || s1.d.End.Year-s1.d.Year > 120 {
			return piece{}, false
		}
		s1.i, s1.j, s1.rule = i, s1.j+1, "lifespan-paren"
		return s1, true
	}
	if !ok || s1.bare || s1.d.Year == 0 || s1.d.End != nil {
		return piece{}, false
	}
	inner := 0
	for k := s1.j; k < len(p.toks) && k < s1.j+maxParenInner; k++ {
		t := &p.toks[k]
		if t.gap == gapPara || t.kind == tkPunct && (t.r == '(' || t.r == ')') {
			return piece{}, false
		}
		if !p.isDashAt(k) {
			inner++
			continue
		}
		s2, ok := p.single(k+1, true)
		if !ok || s2.bare || s2.d.Year == 0 {
			inner++
			continue
		}
		// The closing parenthesis after the second date and its places.
		for e := s2.j; e < len(p.toks) && e < s2.j+maxParenInner; e++ {
			te := &p.toks[e]
			if te.gap == gapPara || te.kind == tkPunct && te.r == '(' {
				return piece{}, false
			}
			if te.kind != tkPunct || te.r != ')' {
				inner++
				continue
			}
			if inner == 0 && !p.nameBefore(i) {
				return piece{}, false
			}
			r, ok := combine(s1, s2)
			if !ok || r.d.End.Year-r.d.Year > 120 {
				return piece{}, false
			}
			r.i, r.j, r.rule = i, e+1, "lifespan-paren"
			return r, true
		}
		return piece{}, false
	}
	return piece{}, false
}

// nameBefore reports whether a name ends right before token i: a
// capitalised word ("Сталин", "Rysqulov") or an initial ("Сыдыков А.").
func (p *parser) nameBefore(i int) bool {
	k := i - 1
	if k < 0 || p.toks[i].gap > gapSpace {
		return false
	}
	if p.isPunct(k, '.') && p.isWord(k-1) && p.glued(k) {
		w := p.text[p.toks[k-1].start:p.toks[k-1].end]
		r, n := utf8.DecodeRuneInString(w)
		return n == len(w) && unicode.IsUpper(r)
	}
	return p.isWord(k) && p.capitalised(k) && p.toks[k].title == 1 && utf8.RuneCountInString(p.text[p.toks[k].start:p.toks[k].end]) > 1
}

// --- old and new style ---

// dualStyle reads a date given in both calendars, "12 (25) марта 1917" or
// "November 7 (October 25), 1917": the one that is the other converted from the Julian
// calendar is the new style. The result is the new-style date with an
// empty Calendar and the flag "old-style:YYYY-MM-DD" naming the Julian
// reading; pairs that are not 10 to 13 days apart are not dual dates.
func dualStyle(a, b dossier.Date) (dossier.Date, bool) {
	ja := julianToJDN(a.Year, a.Month, a.Day)
	jb := julianToJDN(b.Year, b.Month, b.Day)
	ga := gregorianToJDN(a.Year, a.Month, a.Day)
	gb := gregorianToJDN(b.Year, b.Month, b.Day)
	switch {
	case ja == gb: // a is the old style, b the new
		b.Flags = []string{"old-style:" + a.ISO()}
		return b, true
	case jb == ga:
		a.Flags = []string{"old-style:" + b.ISO()}
		return a, true
	}
	return dossier.Date{}, false
}

// styleMarker extends a day or month date with an explicit calendar note
// after it: "(ст. ст.)", "по старому стилю", "(O.S.)" make it Julian;
// "(н. ст.)", "по новому стилю", "(N.S.)" mark it new style with the flag
// "new-style" so that Reconcile leaves it Gregorian.
func (p *parser) styleMarker(pc *piece) {
	if pc.d.Precision < dossier.PrecisionMonth {
		return
	}
	k := pc.j
	if !p.close(k) {
		return
	}
	paren := p.isPunct(k, '(')
	if paren {
		k++
	}
	old, e, ok := p.styleWords(k)
	if !ok {
		return
	}
	if paren {
		if !p.isPunct(e, ')') {
			return
		}
		e++
	}
	if old {
		pc.d.Calendar = "julian"
	} else {
		pc.d.Flags = append(pc.d.Flags[:len(pc.d.Flags):len(pc.d.Flags)], "new-style")
	}
	pc.j = e
}

// styleWords reads the words of a calendar note at k.
func (p *parser) styleWords(k int) (old bool, end int, ok bool) {
	dotted := func(k int, w string) (int, bool) {
		if p.lw(k) != w {
			return 0, false
		}
		if p.isPunct(k+1, '.') && p.glued(k+1) {
			return k + 2, true
		}
		return k + 1, true
	}
	switch p.lw(k) {
	case "ст", "н", "нов", "o", "n":
		first := p.lw(k)
		e, _ := dotted(k, first)
		second := "ст"
		if first == "o" || first == "n" {
			second = "s"
		}
		if e2, ok := dotted(e, second); ok && p.close(e) {
			return first == "ст" || first == "o", e2, true
		}
	case "по":
		switch p.lw(k + 1) {
		case "старому", "новому":
			if p.lw(k+2) == "стилю" {
				return p.lw(k+1) == "старому", k + 3, true
			}
		}
	case "old", "new":
		if p.lw(k+1) == "style" {
			return p.lw(k) == "old", k + 2, true
		}
	}
	return false, 0, false
}
