package segment

import "strings"

// functionWords holds frequent function words, each with the languages
// it is one of (бул is Kyrgyz, and мен Kyrgyz and Kazakh).
var functionWords = func() map[string]langSet {
	m := map[string]langSet{}
	for _, l := range []struct {
		lang  langSet
		words string
	}{
		{kyLang, "жана менен болгон деп бул ал үчүн да эле анын катары жылы жылдары мен биз сиз алар эмес болуп турган кийин чейин тарабынан аркылуу жөнүндө боюнча өз өзү бир эки үч жыл кат"},
		{ruLang, "и в на что с по не от для к из был была было были это его ее их как так но он она они также при о об после года году год который которая которые этот этой"},
		{kkLang, "және мен бұл ол үшін деп болған жылы оның олар"},
	} {
		for _, w := range strings.Fields(l.words) {
			m[w] |= l.lang
		}
	}
	return m
}()

// functionWordEnds has bit b&63 of its entry n set when a function word
// of n bytes ends with the byte b: langOf looks up only the words whose
// bit is set (a few in a hundred of the others).
var functionWordEnds = func() (ends [32]uint64) {
	for w := range functionWords {
		ends[len(w)] |= 1 << (w[len(w)-1] & 63)
	}
	return ends
}()

// langSet is a set of the languages langOf tells by their words.
type langSet uint8

const (
	kyLang langSet = 1 << iota
	ruLang
	kkLang
)

// The languages langOf tells, as indexes of langNames, in labelLanguages'
// order of preference on a tie; noLang when it cannot tell.
const (
	langKy = iota
	langRu
	langEn
	langKk
	noLang = -1
)

var langNames = [...]string{langKy: "ky", langRu: "ru", langEn: "en", langKk: "kk"}

// langOf guesses the language of one sentence (an index of langNames);
// noLang when it cannot tell (a line of bare names).
func langOf(toks []Token) int {
	lat, cyr := 0, 0
	ky, ru, kk := 0, 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word {
			continue
		}
		switch t.Script {
		case Latin:
			lat++
		case Cyrillic, Mixed:
			cyr++
		}
		w := t.Lower
		if t.Script == Cyrillic {
			// an initial ("С. Жапарова") is no preposition
			initial := len(t.Text) == 2 && t.Text != w && i+1 < len(toks) && toks[i+1].Text == "."
			if !initial && len(w) < len(functionWordEnds) && functionWordEnds[len(w)]&(1<<(w[len(w)-1]&63)) != 0 {
				in := functionWords[w]
				if in&kyLang != 0 {
					ky += 2
				}
				if in&ruLang != 0 {
					ru += 2
				}
				if in&kkLang != 0 {
					kk += 2
				}
			}
			// letters of one alphabet count once per word: a Kazakh
			// name in a Russian sentence ("каз. Төреқұлов") is one word
			hasKy, hasKk, hasRu := t.alpha&alphaKy != 0, t.alpha&alphaKk != 0, t.alpha&alphaRu != 0 // alphabets(w)
			if hasKk {
				kk += 2
			} else if hasKy {
				ky++
			}
			if hasRu {
				ru++
				// "э" is Kyrgyz too, and its long "ээ" only Kyrgyz
				// ("ээси", "ээлеген"): such a word is no Russian sign
				// (names aside: "Джээнбекович" is a Russian form)
				if t.Text == w && strings.Contains(w, "ээ") {
					ky += 2
				}
			}
			// endings, tested when the word ends with their last letter
			// (all of two bytes)
			var last string
			if len(w) >= 2 {
				last = w[len(w)-2:]
			}
			switch last {
			case "о", "у", "й", "я", "х":
				if strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "ому") || strings.HasSuffix(w, "ий") || strings.HasSuffix(w, "ая") || strings.HasSuffix(w, "ых") || strings.HasSuffix(w, "ся") {
					ru++
				}
			case "н", "р", "ы":
				if strings.HasSuffix(w, "дын") || strings.HasSuffix(w, "нын") || strings.HasSuffix(w, "ган") || strings.HasSuffix(w, "ген") || strings.HasSuffix(w, "лар") || strings.HasSuffix(w, "дагы") {
					ky++
				}
				if ruParticiple(w) {
					ru++
				}
			case "а":
				if ruParticiple(w) {
					ru++
				}
			}
		}
	}
	if lat == 0 && cyr == 0 {
		return noLang
	}
	if lat > cyr {
		return langEn
	}
	switch {
	case kk > ky && kk > ru:
		return langKk
	case ky > ru:
		return langKy
	case ru > ky:
		return langRu
	}
	return noLang
}

// ruParticiple reports a Russian short passive participle, the verb of
// records and notes ("арестован", "реабилитирована", "осужден",
// "расстреляны"): endings Kyrgyz words do not have. The endings are
// "ован", "жден" and "лян", alone or with "а" or "ы" after them.
func ruParticiple(w string) bool {
	if strings.HasSuffix(w, "а") || strings.HasSuffix(w, "ы") {
		w = w[:len(w)-len("а")] // both of two bytes
	}
	return strings.HasSuffix(w, "ован") || strings.HasSuffix(w, "жден") || strings.HasSuffix(w, "лян")
}

// alphabets reports whether w has a letter only the Kyrgyz (ө, ү, ң), the
// Kazakh (ә, ғ, қ, ұ, һ, і) or the Russian alphabet (щ, ё, э) has. All are
// two bytes in UTF-8, led by D1, D2 or D3, which no other byte of a rune
// is.
func alphabets(w string) (ky, kk, ru bool) {
	for i := 0; i+1 < len(w); i++ {
		c, d := w[i], w[i+1]
		switch c {
		case 0xD1:
			switch d {
			case 0x96: // і
				kk = true
			case 0x89, 0x91, 0x8D: // щ ё э
				ru = true
			}
		case 0xD2:
			switch d {
			case 0xAF, 0xA3: // ү ң
				ky = true
			case 0x93, 0x9B, 0xB1, 0xBB: // ғ қ ұ һ
				kk = true
			}
		case 0xD3:
			switch d {
			case 0xA9: // ө
				ky = true
			case 0x99: // ә
				kk = true
			}
		}
		if c >= 0xC0 && d&0xC0 == 0x80 {
			i++ // d follows a lead: it is no lead itself
		}
	}
	return ky, kk, ru
}

// labelLanguages sets every sentence's language, falling back to the
// majority language of the text for sentences it cannot tell.
func labelLanguages(ss []Sentence) {
	var count [len(langNames)]int
	for i := range ss {
		ss[i].Lang = ""
		if k := langOf(ss[i].Tokens); k != noLang {
			ss[i].Lang = langNames[k]
			count[k] += len(ss[i].Tokens)
		}
	}
	major, best := "en", -1
	for k, l := range langNames {
		if count[k] > best {
			major, best = l, count[k]
		}
	}
	for i := range ss {
		if ss[i].Lang == "" {
			// nearest labelled neighbour in the same script, else the majority
			ss[i].Lang = major
			cyr := hasCyrillic(ss[i].Tokens)
			if best == 0 && cyr && !kyLetters(ss[i].Tokens) {
				// no sentence told its language: Cyrillic without ө, ү or
				// ң is Russian rather than Kyrgyz
				ss[i].Lang = "ru"
			}
			if cyr && major == "en" {
				ss[i].Lang = "ru"
			}
			if !cyr && ss[i].Lang != "en" && hasLatin(ss[i].Tokens) {
				ss[i].Lang = "en"
			}
		}
	}
}

// kyLetters reports a word with a letter of the Kyrgyz alphabet only.
func kyLetters(toks []Token) bool {
	for i := range toks {
		t := &toks[i] // not copied
		if ky, _, _ := alphabets(t.Lower); ky {
			return true
		}
	}
	return false
}

func hasCyrillic(toks []Token) bool {
	for i := range toks {
		t := &toks[i] // not copied
		if t.Script == Cyrillic {
			return true
		}
	}
	return false
}

func hasLatin(toks []Token) bool {
	for i := range toks {
		t := &toks[i] // not copied
		if t.Script == Latin {
			return true
		}
	}
	return false
}
