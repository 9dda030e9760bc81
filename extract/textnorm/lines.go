package textnorm

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/swar"
	"github.com/dossier-kg/dossier/internal/textcase"
)

type line struct {
	start, end int // trimmed content
	runes      int
	blankAfter bool // a blank line follows before the next content line
	// doubleSpace: two spaces in a row, which copyCollapsed collapses
	doubleSpace bool
}

// linePass joins hard-wrapped lines into paragraphs, re-joins words
// hyphenated across line breaks, collapses runs of spaces, and separates
// paragraphs with exactly "\n\n".
func linePass(in string, known func(string) bool) (string, *offmap) {
	lines := contentLines(in)
	var b builder
	if len(lines) == 0 {
		b.replace("", 0, len(in))
		return b.finish(len(in))
	}
	// a line break becomes at most two bytes ("\n\n" for "\n"), and
	// nothing else grows: the output fits without growing
	b.grow(len(in) + len(lines))
	b.segs = make([]seg, 0, 2*len(lines)+1) // a run and a separator a line, mostly
	wrapped, width := wrapWidth(lines)
	// in a text with a blank line after nearly every line the blank lines
	// say nothing; elsewhere a blank line ends a paragraph
	blanks := 0
	for _, l := range lines {
		if l.blankAfter {
			blanks++
		}
	}
	spaced := blanks*10 >= len(lines)*7
	var words map[string]bool // lazily: words of the document, for hyphen decisions
	b.replace("", 0, lines[0].start)
	for i, l := range lines {
		end := l.end
		var sep string
		if i+1 < len(lines) {
			next := lines[i+1]
			hy, keep := hyphenJoin(in, l, next, &words, known)
			switch {
			case hy && keep:
				sep = ""
			case hy:
				end-- // drop the hyphen
				sep = ""
			case l.blankAfter && !spaced && !hangingLine(in, l):
				sep = "\n\n"
			case softBreak(in, l, next, wrapped, width):
				sep = " "
			default:
				sep = "\n\n"
			}
		}
		if l.doubleSpace {
			copyCollapsed(&b, in, l.start, end)
		} else {
			b.copy(in, l.start, end)
		}
		if i+1 < len(lines) {
			b.replace(sep, end, lines[i+1].start)
		} else {
			b.replace("", end, len(in))
		}
	}
	return b.finish(len(in))
}

func contentLines(in string) []line {
	out := make([]line, 0, strings.Count(in, "\n")+1)
	pos := 0
	for pos <= len(in) {
		nl := strings.IndexByte(in[pos:], '\n')
		end := len(in)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := pos, end
		for s < e && in[s] == ' ' {
			s++
		}
		for e > s && in[e-1] == ' ' {
			e--
		}
		if e > s {
			runes, double := lineStats(in[s:e])
			out = append(out, line{start: s, end: e, runes: runes, doubleSpace: double})
		} else if len(out) > 0 {
			out[len(out)-1].blankAfter = true
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

// lineStats returns utf8.RuneCountInString of valid UTF-8, as the text
// is from runePass on (it replaces invalid bytes), and whether s has two
// spaces in a row: the bytes that do not continue a rune are counted, and
// the spaces found, eight bytes at a time.
func lineStats(s string) (runes int, doubleSpace bool) {
	const (
		highs  = 0x8080808080808080
		lows   = 0x7F7F7F7F7F7F7F7F
		spaces = 0x2020202020202020
	)
	cont := 0              // continuation bytes, 10xxxxxx
	var pairs, prev uint64 // spaces after spaces; the high bit of the last byte a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		e := s[i : i+8] // one bounds check, and the loads become one
		w := uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24 |
			uint64(e[4])<<32 | uint64(e[5])<<40 | uint64(e[6])<<48 | uint64(e[7])<<56
		cont += bits.OnesCount64(w &^ (w << 1) & highs)
		// the high bit of each byte that is a space, exactly (no borrow
		// crosses a byte)
		t := w ^ spaces
		sp := ^((t&lows + lows) | t) & highs
		pairs |= sp & (sp<<8 | prev>>56)
		prev = sp
	}
	double := pairs != 0
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
		if s[i] == ' ' && i > 0 && s[i-1] == ' ' {
			double = true
		}
	}
	return len(s) - cont, double
}

// runeCount is utf8.RuneCountInString of valid UTF-8, as the clean text
// is: lineStats' count.
func runeCount(s string) int {
	n, _ := lineStats(s)
	return n
}

// wrapWidth decides whether the text is hard-wrapped (most lines close to one
// width) and returns that width.
func wrapWidth(lines []line) (bool, int) {
	if len(lines) < 6 {
		return false, 0
	}
	// lengths counted by value, those above the widest width together:
	// the 90th percentile is read from the counts when it is a width
	const widest = 140
	var count [widest + 2]int
	for _, l := range lines {
		count[min(l.runes, widest+1)]++
	}
	k := (len(lines) - 1) * 9 / 10 // the index of the percentile, sorted
	p90 := 0
	for seen := count[0]; seen <= k; seen += count[p90] {
		p90++
	}
	if p90 < 40 || p90 > widest {
		return false, 0
	}
	// most lines near the width, and hardly any far beyond it: a line of
	// a paragraph unwrapped, several times the width, says the others are
	// short for what they are (headings, an address, a signature)
	near, over := 0, 0
	for n := range count {
		if n*4 >= p90*3 {
			near += count[n]
		}
		if n*2 > p90*3 {
			over += count[n]
		}
	}
	return near*100 >= len(lines)*45 && over*10 <= len(lines), p90
}

// hyphenJoin decides whether a line ending in a hyphen continues on the next
// line as one word, and whether the hyphen is kept: after a digit (1933-
// жылдан) or before a capital (Кара-Кыргыз) it is; a lower-case continuation
// drops it when the joined word occurs elsewhere in the document, or known
// (when not nil) knows it, or the text is Latin (typesetting hyphens), and
// keeps it otherwise (compounds like тарыхый-маданий).
func hyphenJoin(in string, l, next line, words *map[string]bool, known func(string) bool) (join, keep bool) {
	s := in[l.start:l.end]
	if len(s) < 2 || s[len(s)-1] != '-' || s[len(s)-2] == '-' || s[len(s)-2] == ' ' {
		return false, false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	after, _ := utf8.DecodeRuneInString(in[next.start:])
	if !(unicode.IsLetter(before) || unicode.IsDigit(before)) || !(unicode.IsLetter(after) || unicode.IsDigit(after)) {
		return false, false
	}
	if unicode.IsDigit(before) || unicode.IsUpper(after) || unicode.IsDigit(after) {
		return true, true
	}
	first := lastWord(s[:len(s)-1])
	second := firstWord(in[next.start:next.end])
	if *words == nil {
		*words = wordSet(in)
	}
	if joined := textcase.Lower(first + second); (*words)[joined] || known != nil && known(joined) {
		return true, false
	}
	if (*words)[textcase.Lower(first+"-"+second)] {
		return true, true
	}
	if unicode.Is(unicode.Latin, before) && !latinPrefixes[textcase.Lower(first)] {
		return true, false
	}
	return true, true
}

var latinPrefixes = map[string]bool{
	"anti": true, "pro": true, "non": true, "co": true, "ex": true, "self": true, "well": true,
	"so": true, "pan": true, "semi": true, "post": true, "pre": true, "mid": true, "neo": true,
	"quasi": true, "counter": true, "re": true, "inter": true, "trans": true, "ultra": true,
}

// lastWord returns s after the start of its last rune that is neither a
// letter nor a hyphen, plus one byte (strings.LastIndexFunc's index + 1,
// inside that rune when it is longer than a byte).
func lastWord(s string) string {
	for j := len(s); j > 0; {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-') {
				return s[j:]
			}
			j--
			continue
		}
		if j >= 2 && (s[j-2] == 0xD0 || s[j-2] == 0xD1 && s[j-1] <= 0x9F) && s[j-1]&0xC0 == 0x80 {
			j -= 2 // U+0400-U+045F, letters all
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !textcase.IsLetter(r) && r != '-' {
			return s[j-n+1:]
		}
		j -= n
	}
	return s
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

func wordSet(in string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(in, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		m[textcase.Lower(strings.Trim(w, "-"))] = true
	}
	return m
}

// softBreak decides whether the break between two lines is a mere wrap
// (joined with a space) or a real boundary (a new paragraph).
func softBreak(in string, l, next line, wrapped bool, width int) bool {
	prev := in[l.start:l.end]
	nxt := in[next.start:next.end]
	// a bracket left open, a trailing comma or a trailing connector word
	// ("… Средней Азии и" / "Казахстана") mean the line goes on
	if strings.IndexByte(prev, '(') >= 0 && strings.Count(prev, "(") > strings.Count(prev, ")") || strings.HasSuffix(prev, ",") || isConnector(lastWord(connectorTail(prev))) {
		return true
	}
	// a record's next field ("Arrested: 1937") or numbered item ("2. ZHANSUGUROV
	// Ilyas") starts a line of its own
	if fieldLine(nxt) || numberedLine(nxt) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(nxt)
	lowerNext := unicode.IsLower(first)
	terminal := endsSentence(prev)
	// a running sentence cut before a number: "… расстрелян 10 февраля" /
	// "1938 года. …" (a place alone on its line, "Moscow" / "12 March
	// 1933", stays a dateline of its own)
	if unicode.IsDigit(first) && !terminal && fieldCount(prev, 4) >= 4 {
		if r, _ := utf8.DecodeRuneInString(lastWord(prev)); unicode.IsLower(r) {
			return true
		}
	}
	singleWord := !strings.Contains(prev, " ") && !terminal && unicode.IsLetter(lastRune(prev))
	if wrapped {
		if l.runes*10 >= width*7 {
			return !looksLikeHeading(nxt)
		}
		if singleWord && next.runes*10 >= width*7 {
			return true
		}
		return lowerNext && !terminal
	}
	if lowerNext && !terminal {
		return true
	}
	return !l.blankAfter && singleWord && next.runes >= 40
}

// hangingLine reports a line that cannot end a paragraph: a bracket left
// open, a trailing comma or hyphen.
func hangingLine(in string, l line) bool {
	prev := in[l.start:l.end]
	return strings.Count(prev, "(") > strings.Count(prev, ")") || strings.HasSuffix(prev, ",")
}

// fieldLine reports a line that opens with a label and a colon: one to
// four capitalised-first words within 32 runes ("Born: 1894", "Place of
// birth: …", "Туулган жылы: …").
func fieldLine(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon+1 < len(s) && s[colon+1] != ' ' {
		return false
	}
	label := s[:colon]
	if len(label) > 32 && runeCount(label) > 32 {
		return false
	}
	first, _ := textcase.DecodeRune(label)
	if !textcase.IsUpper(first) {
		return false
	}
	// letters and these marks: only the spaces separate words, the
	// first opens one, and every space before a byte not a space
	words := 1
	for i := 0; i < len(label); {
		c := label[i]
		switch {
		case c < utf8.RuneSelf:
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == ' ' || c == '-' || c == ',' || c == '\'') {
				return false
			}
			if c == ' ' && i+1 < len(label) && label[i+1] != ' ' {
				if words++; words > 4 {
					return false
				}
			}
			i++
		case c == 0xD0 || c == 0xD1:
			i += 2 // U+0400-U+047F, letters all (the text is valid UTF-8)
		case c == 0xD3 || c == 0xD2 && i+1 < len(label) && label[i+1] >= 0x8A:
			i += 2 // U+048A-U+04FF (ң, ү, ө), letters all
		default:
			r, n := textcase.DecodeRune(label[i:])
			if !textcase.IsLetter(r) {
				return false
			}
			i += n
		}
	}
	return true
}

// numberedLine reports a line that opens with an item number ("2. …",
// "12) …") followed by a capitalised word.
func numberedLine(s string) bool {
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+2 >= len(s) || (s[i] != '.' && s[i] != ')') || s[i+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+2:])
	return unicode.IsUpper(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func endsSentence(s string) bool {
	switch lastRune(s) {
	case '.', '!', '?', ':', ';', '"', ')', '»', '…':
		return true
	}
	return false
}

// looksLikeHeading reports a short line in capitals ("LETTER TO STALIN").
func looksLikeHeading(s string) bool {
	if len(s) > 60 && textcase.RuneCount(s) > 60 {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		if textcase.IsLetter(r) {
			letters++
			if textcase.IsUpper(r) {
				upper++
			} else if (letters-upper)*9 > len(s) {
				// more capitals than the line has bytes would be
				// needed to make nine letters in ten
				return false
			}
		}
	}
	return letters >= 4 && upper*10 >= letters*9
}

// copyCollapsed copies in[start:end] collapsing runs of spaces to one.
func copyCollapsed(b *builder, in string, start, end int) {
	pos := start
	for {
		k := strings.Index(in[pos:end], "  ")
		if k < 0 {
			break
		}
		i := pos + k
		j := i
		for j < end && in[j] == ' ' {
			j++
		}
		b.copy(in, pos, i)
		b.replace(" ", i, j)
		pos = j
	}
	b.copy(in, pos, end)
}

// paragraphs splits the clean text at "\n\n" and classifies each part.
// The rows of a table written with bars are kept, whether its lines stand
// in one part or one per part (see tableRows).
func paragraphs(clean string) []Para {
	// every "\n\n" ends a part: at most half the line breaks, plus one
	out := make([]Para, 0, strings.Count(clean, "\n")/2+1)
	for pos := 0; pos < len(clean); {
		end := strings.Index(clean[pos:], "\n\n")
		if end < 0 {
			end = len(clean)
		} else {
			end += pos
		}
		out = append(out, Para{Span: dossier.Span{Start: pos, End: end}})
		pos = end + 2
	}
	table := tableRows(clean, out)
	var scratch []byte // isBoiler's lower-case copy, reused part after part
	// furniture is the answer of isTable and isBoiler, which read the
	// part alone, for each short part seen: records and cards repeat
	// their lines ("Party: non-party") from record to record
	var furniture map[string]bool
	prev := ""
	for i, p := range out {
		text := clean[p.Span.Start:p.Span.End]
		switch {
		case text == prev:
			out[i].Kind = Repeat
		case table != nil && table[i]:
		case len(text) <= furnitureKeyMax:
			boiler, seen := furniture[text]
			if !seen {
				if furniture == nil {
					furniture = make(map[string]bool, len(out)/2)
				}
				boiler = !isTable(text) && isBoiler(text, table != nil, &scratch)
				furniture[text] = boiler
			}
			if boiler {
				out[i].Kind = Boiler
			}
		case !isTable(text) && isBoiler(text, table != nil, &scratch):
			out[i].Kind = Boiler
		}
		prev = text
	}
	return out
}

// furnitureKeyMax bounds the parts whose answers paragraphs keeps: a
// long part is seldom repeated, and costs more to hash.
const furnitureKeyMax = 160

// tableRows marks the parts that are rows of a table written with bars:
// a run of two parts or more, each one line with the same number of cells
// (three or more), with a number in one of them (a year, a date). A menu
// of links joined by bars is one line, without numbers. Without a bar in
// the text it returns nil: no part is a row.
func tableRows(clean string, parts []Para) []bool {
	if strings.IndexByte(clean, '|') < 0 {
		return nil
	}
	text := func(i int) string { return clean[parts[i].Span.Start:parts[i].Span.End] }
	out := make([]bool, len(parts))
	// bars is the number of inner bars of a one-line part; what it says
	// of a part without bars (-1 or 0) only matters as being below 2
	bars := func(s string) int {
		if strings.IndexByte(s, '|') < 0 {
			return 0
		}
		if strings.Contains(s, "\n") {
			return -1
		}
		return strings.Count(strings.Trim(strings.TrimSpace(s), "|"), "|")
	}
	for i := 0; i < len(parts); {
		n := bars(text(i))
		j := i + 1
		for j < len(parts) && n >= 2 && bars(text(j)) == n {
			j++
		}
		if j-i >= 2 {
			digits := false
			for k := i; k < j; k++ {
				digits = digits || strings.ContainsAny(text(k), "0123456789")
			}
			for k := i; k < j && digits; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// boilerMaxLen bounds the length in bytes of the lines of boilerLines.
const boilerMaxLen = 64

var boilerLines = map[string]bool{
	"accessibility links": true, "breaking news": true, "share": true, "print": true, "comments": true,
	"related": true, "related articles": true, "skip to content": true, "skip to main content": true,
	"menu": true, "home": true, "home page": true, "search": true, "subscribe": true, "follow us": true,
	"read more": true, "see also": true, "share this": true, "share on facebook": true, "tweet": true,
	"image": true, "advertisement": true, "most popular": true, "latest": true, "top stories": true,
	"поделиться": true, "читать далее": true, "главная": true, "меню": true, "поиск": true, "реклама": true,
	"бөлүшүү": true, "башкы бет": true, "издөө": true, "кененирээк": true, "transcription": true,
	"web links": true, "individual evidence": true, "to find out more, click here.": true,
}

// isBoiler recognises page furniture: navigation menus with "|" separators,
// known menu words, bullet lines of one or two words, image placeholders.
// It reads the part as if in lower case, but lowers only the pieces a test
// compares with lower-case words (the menu words, "image", "share"), in
// scratch, whose memory is reused from call to call: lower case maps rune
// to rune (the clean text is valid UTF-8) and changes no bar, bullet,
// space, digit or other ASCII mark, nor makes one, so these and the count
// of runes are the same in the part and in its lower case.
//
// bars says whether the text has a bar anywhere (tableRows' answer): if
// not, the searches for bars are left out.
func isBoiler(p string, bars bool, scratch *[]byte) bool {
	// boilerplate is short, or a line of links joined by bars
	if len(p) > 400 && (!bars || !strings.Contains(p, " | ")) {
		return false
	}
	t := trimSpace(p)
	k := trimMenu(t)
	if len(t) >= 100 && (!bars || !strings.Contains(t, "|")) && !strings.HasPrefix(t, "•") &&
		len(k) > 3*boilerMaxLen && runeCount(t) >= 100 {
		// too long for a menu word (lower case is at least a third of
		// the bytes), a share bar or a bullet, and no bars: prose
		return false
	}
	lower := func(s string) string {
		*scratch = textcase.AppendLower((*scratch)[:0], s)
		return string(*scratch)
	}
	if menuWordLike(k) && boilerLines[lower(k)] {
		return true
	}
	if bars && (strings.Count(t, " | ") >= 2 || strings.HasSuffix(t, "|") && len(lower(t)) < 60) {
		return true
	}
	if strings.HasPrefix(t, "•") && runeCount(t) < 30 {
		return true
	}
	if (strings.HasSuffix(t, "e") || strings.HasSuffix(t, "E")) && runeCount(t) < 20 && strings.HasSuffix(lower(t), " image") {
		return true
	}
	if len(t) >= 100 && runeCount(t) >= 100 {
		return false
	}
	// a share bar: "Share: Facebook Twitter Telegram", "Поделиться: ВК ОК"
	social := socialNames(t, bars)
	if social >= 2 && fieldCount(t, 9) <= 8 {
		return true
	}
	// the lower case of the first rune begins a word of shareWords (a
	// rune in lower case is its own lower case)
	first, _ := textcase.DecodeRune(t)
	switch textcase.ToLower(first) {
	case 's', 'п', 'б', 'т':
	default:
		return false
	}
	// the lower case of the first 11 runes: the longest word and the
	// rune after it
	head := 0
	for n := 0; n < 11 && head < len(t); n++ {
		_, size := utf8.DecodeRuneInString(t[head:])
		head += size
	}
	var buf [64]byte
	s := textcase.AppendLower(buf[:0], t[:head])
	for _, p := range []string{"share", "поделиться", "бөлүшүү", "тарат"} {
		if len(s) > len(p) && string(s[:len(p)]) == p && (s[len(p)] == ':' || s[len(p)] == ' ' && social >= 1) {
			return true
		}
	}
	return false
}

// trimSpace is strings.TrimSpace, which decodes the runes at both ends
// when the text starts with a letter that is not ASCII: here a part whose
// first and last runes lead with bytes no space leads with is kept as it
// is without decoding (the bytes of the spaces not ASCII: C2 for U+0085
// and U+00A0, E1 for U+1680, E2 for U+2000-U+205F, E3 for U+3000).
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	last := len(s) - 1 // the start of the last rune, if the text ends well
	for last > 0 && len(s)-last < utf8.UTFMax && s[last]&0xC0 == 0x80 {
		last--
	}
	if spaceLead(s[0]) || spaceLead(s[last]) {
		return strings.TrimSpace(s)
	}
	return s
}

// spaceLead reports a byte that is white space or may start a rune of it.
func spaceLead(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3:
		return true
	}
	return false
}

// trimMenu is strings.Trim(s, " •·*-"): the marks around a menu word.
func trimMenu(s string) string {
	if s == "" || !menuMarkFirst(s) && !menuMarkLast(s) {
		return s // no mark at either end
	}
	for {
		switch {
		case strings.HasPrefix(s, " ") || strings.HasPrefix(s, "*") || strings.HasPrefix(s, "-"):
			s = s[1:]
		case strings.HasPrefix(s, "·"):
			s = s[len("·"):]
		case strings.HasPrefix(s, "•"):
			s = s[len("•"):]
		default:
			for {
				switch {
				case strings.HasSuffix(s, " ") || strings.HasSuffix(s, "*") || strings.HasSuffix(s, "-"):
					s = s[:len(s)-1]
				case strings.HasSuffix(s, "·"):
					s = s[:len(s)-len("·")]
				case strings.HasSuffix(s, "•"):
					s = s[:len(s)-len("•")]
				default:
					return s
				}
			}
		}
	}
}

// menuMarkFirst reports whether s begins with one of trimMenu's marks.
func menuMarkFirst(s string) bool {
	switch s[0] {
	case ' ', '*', '-':
		return true
	case 0xC2, 0xE2: // the leads of "·" and "•"
		return strings.HasPrefix(s, "·") || strings.HasPrefix(s, "•")
	}
	return false
}

// menuMarkLast reports whether s ends with one of trimMenu's marks.
func menuMarkLast(s string) bool {
	switch s[len(s)-1] {
	case ' ', '*', '-':
		return true
	case 0xB7, 0xA2: // the last bytes of "·" and "•"
		return strings.HasSuffix(s, "·") || strings.HasSuffix(s, "•")
	}
	return false
}

// menuWordLike is a quick test of a trimmed part that may be one of
// boilerLines in some case: short, and no ASCII but letters, spaces,
// commas and full stops (lower case keeps other ASCII as it is).
func menuWordLike(k string) bool {
	if len(k) > 4*boilerMaxLen {
		return false // more runes than a menu word has bytes
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == ' ' || c == ',' || c == '.') {
			return false
		}
	}
	return true
}

// isTable recognises a table written with bars, which a menu is not: two
// lines or more with the same number of cells (three or more), and a
// number somewhere (a year, a date) — "Surname | Born | Shot" /
// "Usenov | 1897 | 5.11.1937".
func isTable(p string) bool {
	if strings.IndexByte(p, '|') < 0 {
		return false // every line needs bars
	}
	lines := strings.Split(strings.TrimSpace(p), "\n")
	if len(lines) < 2 || !strings.ContainsAny(p, "0123456789") {
		return false
	}
	cells := -1
	for _, l := range lines {
		n := strings.Count(strings.Trim(strings.TrimSpace(l), "|"), "|")
		if n < 2 || (cells >= 0 && n != cells) {
			return false
		}
		cells = n
	}
	return true
}

// socialNames counts the social networks a line names, in any case: its
// words between spaces, bars, commas and slashes, without full stops,
// colons and semicolons around them. The bytes that may be separators
// (those below '0', and bars when bars says the text has one) are found
// eight bytes at a time in one pass over the line, and a word is looked
// at no further than its first byte or two unless they may begin a name.
func socialNames(s string, bars bool) int {
	n, start := 0, 0
	for i := 0; i < len(s); i += 8 {
		var w uint64
		if i+8 <= len(s) {
			w = swar.Load8(s[i:])
		} else {
			w = loadTail(s, i)
		}
		// bytes below 0x30, and bars
		hit := ^(w&lowBits + oneBytes*(0x80-'0') | w) & highBits
		if bars {
			hit |= zeroBytes(w ^ oneBytes*'|')
		}
		for ; hit != 0; hit &= hit - 1 {
			k := i + bits.TrailingZeros64(hit)/8
			if k >= len(s) {
				break // the zeros past the end
			}
			if c := s[k]; c != ' ' && c != ',' && c != '/' && c != '|' {
				continue
			}
			if k > start && socialStart(s, start) {
				n += socialName(s[start:k])
			}
			start = k + 1
		}
	}
	if start < len(s) && socialStart(s, start) {
		n += socialName(s[start:])
	}
	return n
}

// socialStart reports whether the word of socialNames at s[i:] may name
// a network by its first byte or two: a full stop, colon or semicolon
// (trimmed off), a letter whose lower case begins a name, or a rune not
// ASCII but of U+0400-U+047F whose lower case is not в or о (read whole).
func socialStart(s string, i int) bool {
	// the bytes below 0x40, and from 0x40 to 0x7F: '.', ':', ';' and the
	// letters f, t, x, w, v, o, i, y, l, e in both cases
	const (
		marks   = 1<<'.' | 1<<':' | 1<<';'
		letters = 1<<('f'-'a') | 1<<('t'-'a') | 1<<('x'-'a') | 1<<('w'-'a') | 1<<('v'-'a') |
			1<<('o'-'a') | 1<<('i'-'a') | 1<<('y'-'a') | 1<<('l'-'a') | 1<<('e'-'a')
		upper = letters << ('A' - 0x40)
		lower = letters << ('a' - 0x40)
	)
	switch c := s[i]; {
	case c < 0x40:
		return marks>>c&1 != 0
	case c < utf8.RuneSelf:
		return (upper|lower)>>(c-0x40)&1 != 0
	}
	return socialStartRune(s, i)
}

// socialStartRune is socialStart of a word that begins with a byte not
// ASCII.
func socialStartRune(s string, i int) bool {
	if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		switch s[i] {
		case 0xD1:
			return false // U+0440-U+047F, whose lower cases are there too
		case 0xD0:
			switch s[i+1] {
			case 0x92, 0x9E, 0xB2, 0xBE: // В, О, в, о
				return true
			}
			return false
		}
	}
	return true
}

// socialName reports 1 if the word w, between separators, names a social
// network, and 0 if not.
func socialName(w string) int {
	for len(w) > 0 && (w[0] == '.' || w[0] == ':' || w[0] == ';') {
		w = w[1:]
	}
	if w == "" {
		return 0
	}
	// the lower case of the first rune begins a name (a rune in lower
	// case is its own lower case)
	first := rune(w[0] | 0x20) // an ASCII letter's lower case
	if w[0] >= utf8.RuneSelf {
		first, _ = textcase.DecodeRune(w)
		first = textcase.ToLower(first)
	}
	switch first {
	case 'f', 't', 'x', 'w', 'v', 'o', 'i', 'y', 'l', 'e', 'в', 'о':
	default:
		return 0
	}
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == ':' || w[len(w)-1] == ';') {
		w = w[:len(w)-1]
	}
	if len(w) > 4*13 || !socialLength(first, w) {
		return 0 // more runes than "одноклассники", or no name's length
	}
	var buf [80]byte // 52 bytes lowered: 78 at the most
	switch string(textcase.AppendLower(buf[:0], w)) {
	case "facebook", "twitter", "x", "telegram", "whatsapp", "vk", "вк", "вконтакте", "ok", "ок", "одноклассники", "instagram", "youtube", "linkedin", "email", "e-mail":
		return 1
	}
	return 0
}

// socialLength is socialNames' quick test of a word whose first rune in
// lower case is first: false when its lower case has the length of no
// name that begins with first. The length is known only when every rune
// keeps its length in lower case (ASCII and U+0400–U+047F, whose lower
// case is U+0400–U+047F too); for any other word it says true.
func socialLength(first rune, w string) bool {
	for i := 0; i < len(w); {
		switch c := w[i]; {
		case c < utf8.RuneSelf:
			i++
		case (c == 0xD0 || c == 0xD1) && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			i += 2
		default:
			return true
		}
	}
	n := len(w)
	switch first {
	case 'x':
		return n == len("x")
	case 'v', 'o':
		return n == len("vk") // and "ok"
	case 'e':
		return n == len("email") || n == len("e-mail")
	case 't', 'y':
		return n == len("twitter") || n == len("telegram") // "youtube" of 7 bytes too
	case 'f', 'w', 'l':
		return n == len("facebook") // "whatsapp", "linkedin" of 8 bytes too
	case 'i':
		return n == len("instagram")
	case 'в':
		return n == len("вк") || n == len("вконтакте")
	case 'о':
		return n == len("ок") || n == len("одноклассники")
	}
	return true
}

// fieldCount is len(strings.Fields(s)), counted no further than max.
func fieldCount(s string, max int) int {
	n, inField := 0, false
	for i := 0; i < len(s) && n < max; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = textcase.DecodeRune(s[i:])
		}
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
		i += size
	}
	return n
}

// connectorTail returns the end of s that isConnector(lastWord(s)) needs:
// eleven bytes or more, from the start of a rune. A last word longer than
// ten bytes is no connector, and lastWord of the tail is then the whole
// tail, longer than ten bytes too; a shorter one, and the rune before it,
// lie in the tail whole, so lastWord finds the same word in it.
func connectorTail(s string) string {
	i := len(s) - 11
	if i <= 0 {
		return s
	}
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[i:]
}

// isConnector reports a word that ends a line only when the sentence goes
// on, in any case.
func isConnector(w string) bool {
	if w == "" || len(w) > 10 {
		return false // none is longer than "менен", lowered or not
	}
	var buf [32]byte
	switch string(textcase.AppendLower(buf[:0], w)) {
	case "и", "в", "во", "на", "с", "со", "к", "по", "о",
		"от", "из", "для", "при", "а", "но", "или", "что",
		"and", "or", "of", "the", "to", "in", "at", "by",
		"for", "with", "from", "a", "an", "жана", "менен", "же":
		return true
	}
	return false
}
