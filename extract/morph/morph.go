package morph

import (
	"strconv"
	"strings"
)

// Case is a grammatical case (or the attributive-locative -дагы form) that a
// reading claims for the word form.
type Case uint8

// The cases. Nom is also the claim of the identity reading and of readings
// that strip only a plural or a possessive. Unknown marks a Russian ending
// shared by several cases of its class (Москве: dative or prepositional).
const (
	Nom     Case = iota
	Gen          // genitive: Сталиндин, Сталина
	Dat          // dative: Сталинге, Сталину
	Acc          // accusative: Сталинди, Москву
	Loc          // Kyrgyz locative: Москвада
	Abl          // Kyrgyz ablative: Москвадан
	Ins          // Russian instrumental: Сталиным
	Prep         // Russian prepositional: Ташкенте
	AttrLoc      // Kyrgyz attributive locative -дагы, with or without a case after it
	Unknown
)

var caseNames = [...]string{"Nom", "Gen", "Dat", "Acc", "Loc", "Abl", "Ins", "Prep", "AttrLoc", "Unknown"}

// String returns the short English name of the case ("Gen", "AttrLoc").
func (c Case) String() string {
	if int(c) < len(caseNames) {
		return caseNames[c]
	}
	return "Case(" + strconv.Itoa(int(c)) + ")"
}

// Language codes used in Analysis.Lang.
const (
	LangKyrgyz  = "ky"
	LangRussian = "ru"
	LangEnglish = "en"
)

// MaxReadings is the most readings Analyze returns for one word, the identity
// reading included.
const MaxReadings = 8

// Analysis is one reading of a word form: a candidate base form and what was
// stripped to reach it.
type Analysis struct {
	// Stem is the candidate base form, in the letter case of the input
	// (Сталинге → Сталин, СТАЛИНГЕ → СТАЛИН). Never empty.
	Stem string
	// Suffix is the stripped ending as written in the input ("ге", "дун",
	// "нын", "у", "ого", "’s"); "" for the identity reading. For Russian
	// readings the ending is replaced, not only removed: Москвы has Suffix
	// "ы" and Stem Москва.
	Suffix string
	// Case is the case the reading claims (see Case).
	Case Case
	// Plural reports that a Kyrgyz plural suffix was stripped.
	Plural bool
	// Poss reports that a Kyrgyz 3rd-person possessive was stripped.
	Poss bool
	// Lang is the morphology that produced the reading: LangKyrgyz,
	// LangRussian or LangEnglish; "" for the identity reading.
	Lang string
}

// Analyze returns the readings of a single word: the identity reading first,
// then the others from most to least plausible, at most MaxReadings in all.
// Kyrgyz and Russian morphology are both tried on Cyrillic words, English on
// Latin ones. It returns nil for the empty string and never a reading with
// an empty Stem. It is deterministic and safe for concurrent use.
func Analyze(word string) []Analysis { return analyze(word, useKY|useRU|useEN) }

// Kyrgyz is Analyze restricted to Kyrgyz morphology, for callers that know
// the language of the text.
func Kyrgyz(word string) []Analysis { return analyze(word, useKY) }

// Russian is Analyze restricted to Russian morphology.
func Russian(word string) []Analysis { return analyze(word, useRU) }

// English is Analyze restricted to English possessives.
func English(word string) []Analysis { return analyze(word, useEN) }

// Stems returns the distinct candidate stems of Analyze(word) in its order,
// the word itself first. It returns nil for the empty string.
func Stems(word string) []string {
	var a analyzer
	if !a.run(word, useKY|useRU|useEN) {
		return nil
	}
	return a.stems()
}

type langSet uint8

const (
	useKY langSet = 1 << iota
	useRU
	useEN
)

const (
	langNone uint8 = iota
	langKY
	langRU
	langEN
)

var langCodes = [...]string{"", LangKyrgyz, LangRussian, LangEnglish}

// maxCands bounds the readings generated before ranking; generation stops
// adding when it is full (in practice a word yields well under 16).
const maxCands = 20

// cand is a reading before it is materialised. Its stem is the word up to
// rune keep of the part plus the text of add, and its suffix the word from
// rune sufAt; readings that only strip (the common case) cost no
// allocation, and a small cand keeps the per-call state small.
type cand struct {
	keep   uint8 // rune index in the part: the stem keeps runes [0, keep)
	sufAt  uint8 // rune index in the part where the stripped suffix starts
	add    affix
	upper  bool // add is spelt in upper case
	score  int16
	cas    Case
	plural bool
	poss   bool
	lang   uint8
}

// analyzer holds the state of one call; it lives on the caller's stack.
type analyzer struct {
	word string // the whole input, valid UTF-8
	p    part   // the analysed part: after the last hyphen or space
	nc   int
	c    [maxCands]cand
}

// run analyses word with the given morphologies and reports whether there is
// anything to return (false only for the empty word).
func (a *analyzer) run(word string, langs langSet) bool {
	if word == "" {
		return false
	}
	st := a.p.load(word)
	if st == loadInvalid {
		word = strings.ToValidUTF8(word, "\uFFFD")
		a.p = part{}
		st = a.p.load(word)
	}
	a.word = word
	if st != loadOK {
		return true // too long to be a name: identity only
	}
	// A lower-case last part after a capitalised or numeric first part is a
	// Kyrgyz element (Мамбетимин-уулу, 1925-жылы): Russian spells every
	// part of a hyphenated name capitalised.
	if a.p.hyphen && a.p.marked && a.p.isLower(0) {
		langs &= useKY
	}
	if langs&useKY != 0 {
		a.kyrgyz()
	}
	if langs&useRU != 0 {
		a.russian()
	}
	if langs&useEN != 0 {
		a.english()
	}
	a.rank()
	return true
}

// push records a reading. keep and sufAt are rune indexes into the part.
func (a *analyzer) push(keep, sufAt int, add affix, score int, cas Case, plural, poss bool, lang uint8) {
	if a.nc == maxCands || keep < 0 {
		return
	}
	a.c[a.nc] = cand{
		keep: uint8(keep), sufAt: uint8(sufAt), add: add, upper: a.p.allUpper(),
		score: int16(score), cas: cas, plural: plural, poss: poss, lang: lang,
	}
	a.nc++
}

// rank sorts the readings by score (stable), removes duplicates and
// readings that repeat the word itself, and cuts the list to fit
// MaxReadings with the identity reading.
func (a *analyzer) rank() {
	c := a.c[:a.nc]
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].score > c[j-1].score; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	n := 0
next:
	for i := range c {
		if int(c[i].keep) == a.p.n && c[i].add == noAffix {
			continue
		}
		for j := 0; j < n; j++ {
			if c[j].keep == c[i].keep && c[j].add == c[i].add && c[j].lang == c[i].lang && c[j].cas == c[i].cas {
				continue next
			}
		}
		c[n] = c[i]
		n++
		if n == MaxReadings-1 {
			break
		}
	}
	a.nc = n
}

// addText returns the text reading c adds to its stem.
func (c *cand) addText() string {
	if c.upper {
		return affixText[c.add][1]
	}
	return affixText[c.add][0]
}

// built returns the text of all reconstructed stems (those with an add),
// concatenated in reading order; a reading's stem is sliced out of it.
func (a *analyzer) built() string {
	total := 0
	for i := 0; i < a.nc; i++ {
		if c := &a.c[i]; c.add != noAffix {
			total += int(a.p.off[c.keep]) + len(c.addText())
		}
	}
	if total == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(total)
	for i := 0; i < a.nc; i++ {
		if c := &a.c[i]; c.add != noAffix {
			b.WriteString(a.word[:a.p.off[c.keep]])
			b.WriteString(c.addText())
		}
	}
	return b.String()
}

// stemAt returns the stem of reading i; pos is the running offset into
// built, advanced past reconstructed stems.
func (a *analyzer) stemAt(i int, built string, pos *int) string {
	c := &a.c[i]
	if c.add == noAffix {
		return a.word[:a.p.off[c.keep]]
	}
	l := int(a.p.off[c.keep]) + len(c.addText())
	s := built[*pos : *pos+l]
	*pos += l
	return s
}

func (a *analyzer) readings() []Analysis {
	out := make([]Analysis, 1+a.nc)
	out[0].Stem = a.word
	built, pos := a.built(), 0
	// Field by field: cheaper than copying whole structs into the heap.
	for i := 0; i < a.nc; i++ {
		c, o := &a.c[i], &out[1+i]
		o.Stem = a.stemAt(i, built, &pos)
		o.Suffix = a.word[a.p.off[c.sufAt]:]
		o.Case, o.Plural, o.Poss = c.cas, c.plural, c.poss
		o.Lang = langCodes[c.lang]
	}
	return out
}

func (a *analyzer) stems() []string {
	out := make([]string, 1, 1+a.nc)
	out[0] = a.word
	built, pos := a.built(), 0
outer:
	for i := 0; i < a.nc; i++ {
		s := a.stemAt(i, built, &pos)
		for _, t := range out {
			if t == s {
				continue outer
			}
		}
		out = append(out, s)
	}
	return out
}

func analyze(word string, langs langSet) []Analysis {
	var a analyzer
	if !a.run(word, langs) {
		return nil
	}
	return a.readings()
}
