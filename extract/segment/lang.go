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
// of n bytes ends with the byte b, and functionWordSeconds when its
// second byte is b: langOf looks up only the words whose bits are both
// set (a few in a hundred of the others; of those the second bit turns
// away half in the archive cards).
var functionWordEnds, functionWordSeconds = func() (ends, seconds [32]uint64) {
	for w := range functionWords {
		ends[len(w)] |= 1 << (w[len(w)-1] & 63)
		seconds[len(w)] |= 1 << (w[1] & 63) // (every one is Cyrillic: two bytes or more)
	}
	return ends, seconds
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
	}
	return langOfCounted(toks, lat, cyr)
}

// langOfCounted is langOf of a sentence with lat Latin words and cyr
// Cyrillic or mixed ones: the words themselves are read only when the
// Cyrillic ones are as many as the Latin ones or more.
func langOfCounted(toks []Token, lat, cyr int) int {
	if lat == 0 && cyr == 0 {
		return noLang
	}
	if lat > cyr {
		return langEn
	}
	ky, ru, kk := 0, 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word {
			continue
		}
		w := t.Lower
		if t.Script == Cyrillic {
			// an initial ("С. Жапарова") is no preposition
			initial := len(t.Text) == 2 && t.Text != w && i+1 < len(toks) && toks[i+1].Text == "."
			if !initial && len(w) < len(functionWordEnds) && functionWordEnds[len(w)]&(1<<(w[len(w)-1]&63)) != 0 && functionWordSeconds[len(w)]&(1<<(w[1]&63)) != 0 {
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

// labelSentence sets the language of s to k (none for noLang) and counts
// its tokens in count.
func labelSentence(s *Sentence, k int, count *[len(langNames)]int) {
	s.Lang = ""
	if k != noLang {
		s.Lang = langNames[k]
		count[k] += len(s.Tokens)
	}
}

// labels is what SplitInto keeps of the languages of its sentences as it
// labels them one by one.
type labels struct {
	count  [len(langNames)]int // tokens of the sentences of each language
	untold []untold            // the sentences whose language was not told
}

// untold is a sentence whose language langOf could not tell: its index,
// and whether it has a Cyrillic word and a Latin one (Script Cyrillic,
// Latin).
type untold struct {
	at       int32
	cyr, lat bool
}

// label sets the language of sentence at of ss to k (see labelSentence);
// cyr and lat say whether it has a Cyrillic word and a Latin one.
func (lb *labels) label(ss []Sentence, at, k int, cyr, lat bool) {
	labelSentence(&ss[at], k, &lb.count)
	if k == noLang {
		lb.untold = append(lb.untold, untold{at: int32(at), cyr: cyr, lat: lat})
	}
}

// fill sets the language of the sentences label could not tell, from the
// count of tokens of the others in each language: the majority language
// of the text, mostly.
func (lb *labels) fill(ss []Sentence) {
	major, best := majority(&lb.count)
	for _, u := range lb.untold {
		s := &ss[u.at]
		// nearest labelled neighbour in the same script, else the majority
		s.Lang = major
		if best == 0 && u.cyr && !kyLetters(s.Tokens) {
			// no sentence told its language: Cyrillic without ө, ү or
			// ң is Russian rather than Kyrgyz
			s.Lang = "ru"
		}
		if u.cyr && major == "en" {
			s.Lang = "ru"
		}
		if !u.cyr && s.Lang != "en" && u.lat {
			s.Lang = "en"
		}
	}
}

// majority returns the language with the most tokens in count (the first
// in langNames' order on a tie) and its tokens.
func majority(count *[len(langNames)]int) (string, int) {
	major, best := "en", -1
	for k, l := range langNames {
		if count[k] > best {
			major, best = l, count[k]
		}
	}
	return major, best
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
