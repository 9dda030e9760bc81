package segment

import "strings"

var (
	kyWords = words("жана менен болгон деп бул ал үчүн да эле анын катары жылы жылдары мен биз сиз алар эмес болуп турган кийин чейин тарабынан аркылуу жөнүндө боюнча өз өзү бир эки үч жыл кат")
	ruWords = words("и в на что с по не от для к из был была было были это его ее их как так но он она они также при о об после года году год который которая которые этот этой")
	kkWords = words("және мен бұл ол үшін деп болған жылы оның олар")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// langOf guesses the language of one sentence; "" when it cannot tell
// (a line of bare names).
func langOf(toks []Token) string {
	lat, cyr := 0, 0
	ky, ru, kk := 0, 0, 0
	for _, t := range toks {
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
			if kyWords[w] {
				ky += 2
			}
			if ruWords[w] {
				ru += 2
			}
			if kkWords[w] {
				kk += 2
			}
			// letters of one alphabet count once per word: a Kazakh
			// name in a Russian sentence ("каз. Төреқұлов") is one word
			var hasKy, hasKk, hasRu bool
			for _, r := range w {
				switch r {
				case 'ө', 'ү', 'ң':
					hasKy = true
				case 'ә', 'ғ', 'қ', 'ұ', 'һ', 'і':
					hasKk = true
				case 'щ', 'ё', 'э':
					hasRu = true
				}
			}
			if hasKk {
				kk += 2
			} else if hasKy {
				ky++
			}
			if hasRu {
				ru++
			}
			if strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "ому") || strings.HasSuffix(w, "ий") || strings.HasSuffix(w, "ая") || strings.HasSuffix(w, "ых") || strings.HasSuffix(w, "ся") {
				ru++
			}
			if strings.HasSuffix(w, "дын") || strings.HasSuffix(w, "нын") || strings.HasSuffix(w, "ган") || strings.HasSuffix(w, "ген") || strings.HasSuffix(w, "лар") || strings.HasSuffix(w, "дагы") {
				ky++
			}
		}
	}
	if lat == 0 && cyr == 0 {
		return ""
	}
	if lat > cyr {
		return "en"
	}
	switch {
	case kk > ky && kk > ru:
		return "kk"
	case ky > ru:
		return "ky"
	case ru > ky:
		return "ru"
	}
	return ""
}

// labelLanguages sets every sentence's language, falling back to the
// majority language of the text for sentences it cannot tell.
func labelLanguages(ss []Sentence) {
	count := map[string]int{}
	for i := range ss {
		ss[i].Lang = langOf(ss[i].Tokens)
		if ss[i].Lang != "" {
			count[ss[i].Lang] += len(ss[i].Tokens)
		}
	}
	major, best := "en", -1
	for _, l := range []string{"ky", "ru", "en", "kk"} {
		if count[l] > best {
			major, best = l, count[l]
		}
	}
	for i := range ss {
		if ss[i].Lang == "" {
			// nearest labelled neighbour in the same script, else the majority
			ss[i].Lang = major
			if hasCyrillic(ss[i].Tokens) && (major == "en") {
				ss[i].Lang = "ru"
			}
			if !hasCyrillic(ss[i].Tokens) && ss[i].Lang != "en" && hasLatin(ss[i].Tokens) {
				ss[i].Lang = "en"
			}
		}
	}
}

func hasCyrillic(toks []Token) bool {
	for _, t := range toks {
		if t.Script == Cyrillic {
			return true
		}
	}
	return false
}

func hasLatin(toks []Token) bool {
	for _, t := range toks {
		if t.Script == Latin {
			return true
		}
	}
	return false
}
