package segment

import (
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// Sentence is a sentence of the clean text with its tokens.
type Sentence struct {
	Span   dossier.Span
	Tokens []Token
	Lang   string // "ky", "ru", "en", "kk"
	Para   int    // index of the paragraph in textnorm.Text.Paras
}

// Text returns the sentence's text within clean.
func (s *Sentence) Text(clean string) string { return clean[s.Span.Start:s.Span.End] }

// abbreviations never end a sentence (lower-cased, without the dot).
var abbreviations = map[string]bool{
	// Russian
	"г": true, "гг": true, "в": true, "вв": true, "т": true, "е": true, "тов": true, "ст": true,
	"ф": true, "оп": true, "д": true, "л": true, "тт": true, "им": true, "стр": true, "см": true,
	"напр": true, "проф": true, "акад": true, "обл": true, "р": true, "ул": true, "пос": true,
	"дер": true, "с": true, "чл": true, "ред": true, "изд": true, "нач": true, "зам": true, "пред": true,
	"арх": true, "сов": true, "кор": true, "др": true, "пр": true, "гр": true, "ср": true, "аз": true,
	// dictionary entries: "Каркар. у. Семипалат. обл.", "род.", "расстр."
	"у": true, "губ": true, "окр": true, "вол": true, "род": true, "ум": true, "секр": true, "расстр": true,
	"реабилит": true, "зав": true, "сотр": true, "инстр": true, "уполн": true, "отв": true, "канд": true,
	"засл": true, "нар": true, "худ": true, "полит": true, "парт": true, "рев": true, "воен": true,
	"янв": true, "фев": true, "февр": true, "мар": true, "апр": true, "авг": true, "сент": true,
	"сен": true, "окт": true, "нояб": true, "ноя": true, "дек": true, "гос": true, "центр": true, "мусульм": true,
	"п-ов": true, "пром-сти": true, "изд-ва": true, "док": true,
	// Kyrgyz
	"жж": true, "б": true, "ж.б": true, "мис": true, "ш": true, "к": true,
	// English
	"com": true, "comp": true, "st": true, "f": true, "op": true, "d": true, "l": true, "ibid": true,
	"no": true, "nos": true, "vol": true, "pp": true, "p": true, "dr": true, "mr": true, "mrs": true,
	"ms": true, "prof": true, "gen": true, "col": true, "lt": true, "capt": true, "sgt": true,
	"cf": true, "vs": true, "jr": true, "sr": true, "inc": true, "ltd": true, "corp": true, "gov": true,
	"univ": true, "dept": true, "ed": true, "eds": true, "trans": true, "cde": true, "fig": true,
	"art": true, "ch": true, "sec": true, "approx": true, "est": true, "e.g": true, "i.e": true,
	"u.s": true, "u.s.s.r": true, "c": true, "ca": true, "al": true, "b": true,
}

// latinDigraphInitials are initials of romanised Russian names written
// with two letters.
var latinDigraphInitials = map[string]bool{
	"Sh": true, "Zh": true, "Kh": true, "Ch": true, "Ts": true, "Ya": true, "Yu": true, "Ja": true, "Ju": true, "Ye": true, "Yo": true, "Shch": true,
}

// Split splits the prose paragraphs of t into sentences (boilerplate and
// repeated paragraphs are left out) and labels their language.
func Split(t *textnorm.Text) []Sentence {
	// a token is five bytes or more of clean text, mostly (5.6 on average
	// in the archive cards): room for all, grown once at the most
	out, _ := SplitInto(t, make([]Token, 0, len(t.Clean)/5+1))
	return out
}

// SplitInto is Split with the sentences' tokens written into slab (from
// its length on), which it returns, grown as needed: a caller that
// extracts document after document can give each the slab of the one
// before, once nothing refers to that document's sentences any more.
func SplitInto(t *textnorm.Text, slab []Token) ([]Sentence, []Token) {
	// room for a sentence a paragraph and one more every hundred bytes
	// (a record's field is a paragraph of one sentence; prose has a
	// sentence in about 150 bytes): mostly made once, not grown
	n := len(t.Clean) / 100
	for _, p := range t.Paras {
		if p.Kind == textnorm.Prose {
			n++
		}
	}
	out := make([]Sentence, 0, n)
	var arena lowerArena
	arena.copyText(t.Clean)
	arena.marking = true
	var lb labels
	for pi, p := range t.Paras {
		if p.Kind != textnorm.Prose {
			continue
		}
		from := len(slab)
		slab = tokenize(t.Clean, p.Span, slab, &arena)
		// the paragraph's tokens, capped so that no append to one
		// sentence's tokens writes over the next paragraph's
		toks := slab[from:len(slab):len(slab)]
		start := 0
		depth := 0
		// only the marks tokenize noted may end a sentence; the words of
		// each script it counted up to each tell a sentence's language
		// and whether it may be cut in two
		var before [Mixed + 1]int32 // the words before the sentence
		for _, m := range arena.marks {
			i := int(m.tok) - from
			switch toks[i].Text[0] { // (one byte, or "…")
			case '(', '[', '{':
				depth++
				continue
			case ')', ']', '}':
				if depth > 0 {
					depth--
				}
				continue
			}
			if !endsSentence(toks, i, depth) {
				continue
			}
			// take closing quotes and brackets with the sentence
			j := i + 1
			for j < len(toks) && toks[j].Kind == Punct && !toks[j].Space && strings.ContainsAny(toks[j].Text, `"')]`) {
				j++
			}
			out = appendSentence(out, toks[start:j], pi, wordsBetween(before, m.words), &lb)
			before = m.words // (no word among the quotes and brackets taken)
			start = j
			depth = 0
		}
		if start < len(toks) {
			out = appendSentence(out, toks[start:], pi, wordsBetween(before, arena.words), &lb)
		}
	}
	lb.fill(out)
	return out, slab
}

// wordsBetween returns the words of each script between two counts.
func wordsBetween(from, to [Mixed + 1]int32) [Mixed + 1]int32 {
	for k := range to {
		to[k] -= from[k]
	}
	return to
}

// appendSentence appends the sentence of toks (in paragraph para) to out,
// labelled with its language (kept in lb); words are its words of each
// script. A sentence is cut in two where a run of Cyrillic words meets a
// run of Latin words, four or more each ("Письмо секретаря … Secret
// letter No. 2 from …": a title and its catalogue translation), so each
// part is read in its own language.
func appendSentence(out []Sentence, toks []Token, para int, words [Mixed + 1]int32, lb *labels) []Sentence {
	lat, cyr := int(words[Latin]), int(words[Cyrillic]+words[Mixed])
	scripts := 0
	for _, n := range words[Latin:] {
		if n >= 4 {
			scripts++
		}
	}
	if scripts >= 2 { // (scriptBoundary's own test)
		if cut := scriptBoundary(toks); cut > 0 {
			out = append(out, newSentence(toks[:cut], para), newSentence(toks[cut:], para))
			a, b := toks[:cut], toks[cut:]
			lb.label(out, len(out)-2, langOf(a), hasCyrillic(a), hasLatin(a))
			lb.label(out, len(out)-1, langOf(b), hasCyrillic(b), hasLatin(b))
			return out
		}
	}
	out = append(out, newSentence(toks, para))
	lb.label(out, len(out)-1, langOfCounted(toks, lat, cyr), words[Cyrillic] > 0, words[Latin] > 0)
	return out
}

func scriptBoundary(toks []Token) int {
	// a cut needs four words or more of two scripts each (Other aside):
	// most sentences have one script, and are turned away in one look at
	// their words
	var words [Mixed + 1]int
	for i := range toks {
		if toks[i].Kind == Word {
			words[toks[i].Script]++
		}
	}
	scripts := 0
	for _, n := range words[Latin:] {
		if n >= 4 {
			scripts++
		}
	}
	if scripts < 2 {
		return 0
	}
	run := func(from, step int, want Script) int {
		n := 0
		for k := from; k >= 0 && k < len(toks); k += step {
			if toks[k].Kind != Word {
				continue
			}
			if toks[k].Script != want {
				break
			}
			n++
		}
		return n
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].Kind != Word {
			continue
		}
		prev := i - 1
		for prev >= 0 && toks[prev].Kind != Word {
			prev--
		}
		if prev < 0 || toks[prev].Script == toks[i].Script || toks[i].Script == Other || toks[prev].Script == Other {
			continue
		}
		if run(prev, -1, toks[prev].Script) >= 4 && run(i, 1, toks[i].Script) >= 4 {
			// cut before any punctuation that opens the second part
			return prev + 1 + countLeadingPunct(toks[prev+1:i])
		}
	}
	return 0
}

func countLeadingPunct(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == Punct && (t.Text == "." || t.Text == "/" || t.Text == "," || t.Text == ":" || t.Text == ";") {
			n++
			continue
		}
		break
	}
	return n
}

func newSentence(toks []Token, para int) Sentence {
	return Sentence{
		Span:   dossier.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End},
		Tokens: toks,
		Para:   para,
	}
}

// endsSentence decides whether token i ends a sentence.
func endsSentence(toks []Token, i, depth int) bool {
	tk := &toks[i] // a token is read where it is, not copied
	if tk.Kind != Punct || i+1 >= len(toks) {
		return false
	}
	switch tk.Text {
	case ".", "!", "?", "…":
	default:
		return false
	}
	// "..." inside a sentence: only the last dot may end it.
	if tk.Text == "." && toks[i+1].Kind == Punct && toks[i+1].Text == "." {
		return false
	}
	k := i + 1
	for k < len(toks) && toks[k].Kind == Punct && strings.ContainsAny(toks[k].Text, `"')]`) && !toks[k].Space {
		k++
	}
	if k >= len(toks) {
		return false
	}
	next := &toks[k]
	if !next.Space {
		return false
	}
	if depth > 0 && (tk.Text == "." || tk.Text == "?" || tk.Text == "!") {
		return false // "(?)", "(sic!)", "(d. 1938.)"
	}
	if !(next.Upper() || next.Kind == Number || (next.Kind == Punct && strings.ContainsAny(next.Text, `"'(«-—`))) {
		return false
	}
	if tk.Text != "." || i == 0 {
		return true
	}
	prev := &toks[i-1]
	if prev.Kind == Word && !toks[i].Space {
		w := prev.Lower
		// an initial: one capital letter (И.В. Сталин, J. X. Peters), or a
		// romanised digraph (Sh. Eliava, Ya. Kh. Peters)
		if len([]rune(prev.Text)) == 1 && prev.Upper() || latinDigraphInitials[prev.Text] {
			return false
		}
		if abbreviations[w] {
			// a Kyrgyz year abbreviation after a number ends a date line:
			// "Москва. 5 май 1925ж. Өзүнүн …"
			if (w == "ж" || w == "жж") && i >= 2 && toks[i-2].Kind == Number && !prev.Space {
				return true
			}
			// "… в 1938 г. Реабилитирован в 1956 г.": a year abbreviation ends
			// a sentence when a verb or a function word starts the next
			if (w == "г" || w == "гг") && i >= 2 && toks[i-2].Kind == Number && startsRussianSentence(next.Text) {
				return true
			}
			return false
		}
		// a truncated word right after an abbreviation is one too: "пред.
		// Туркест. ЦИК", "чл. Кирг. обкома"
		if prev.Upper() && !prev.AllCaps() && i >= 3 && toks[i-2].Text == "." && abbreviations[toks[i-3].Lower] && len([]rune(toks[i-3].Text)) > 1 {
			return false
		}
		// a truncated word between acronyms: "СНК Кирг. АССР"
		if prev.Upper() && !prev.AllCaps() && i >= 2 && toks[i-2].Kind == Word && toks[i-2].AllCaps() && len([]rune(toks[i-2].Text)) >= 2 &&
			next.Kind == Word && next.AllCaps() && len([]rune(next.Text)) >= 2 && endsInConsonant(prev.Text) {
			return false
		}
		// dotted abbreviations like U.S.S.R.
		if i >= 2 && toks[i-2].Text == "." && !prev.Space && len([]rune(prev.Text)) <= 2 {
			return false
		}
	}
	return true
}

// ruOpeners are words that begin Russian sentences; capitalised after "г."
// they mean the sentence ended.
var ruOpeners = map[string]bool{
	"в": true, "во": true, "с": true, "со": true, "на": true, "по": true, "после": true, "затем": true,
	"также": true, "был": true, "была": true, "были": true, "он": true, "она": true, "они": true,
	"его": true, "ее": true, "её": true, "кроме": true, "однако": true, "но": true, "и": true, "а": true,
	"при": true, "до": true, "от": true, "из": true, "за": true, "к": true, "это": true, "там": true,
}

// startsRussianSentence reports a capitalised word that opens a sentence
// after a year: a function word, or a verb or short participle by its
// ending (Реабилитирован, Расстрелян, Родился, Окончил, Умер).
func startsRussianSentence(w string) bool {
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	l := textcase.Lower(w)
	if ruOpeners[l] {
		return true
	}
	for _, e := range []string{"ован", "ована", "ованы", "ирован", "ен", "ена", "ены", "ян", "яна", "ился", "илась", "ался", "алась", "ил", "ила", "или", "ал", "ала", "али", "ял", "яла", "ер", "ерла"} {
		if strings.HasSuffix(l, e) && len(r) > 4 {
			return true
		}
	}
	return false
}

// endsInConsonant reports a word whose last letter is a consonant, as the
// truncations of dictionary abbreviations do ("Кирг.", "Туркест.").
func endsInConsonant(w string) bool {
	r := []rune(textcase.Lower(w))
	return len(r) > 0 && unicode.IsLetter(r[len(r)-1]) && !strings.ContainsRune("aeiouyаеёиоуыэюяөүйь", r[len(r)-1])
}
