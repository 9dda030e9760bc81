package names

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// headType classifies the head noun at token k: organisation, place
// (administrative unit), event or work; ok is false for other words.
func (f *finder) headType(k int, fm form) (dossier.EntityType, bool) { return f.headKind(k, fm) }

var connectors = map[string]bool{"of": true, "the": true, "for": true, "and": true, "on": true, "de": true, "al": true}

// orgs finds organisation, event and place names built around a head noun.
func (f *finder) orgs() {
	switch f.lang {
	case "en":
		f.englishChunks()
	case "ru":
		f.russianChunks()
	default:
		f.kyrgyzChunks()
	}
	f.quotedNames()
	if f.lang == "ru" {
		f.namedAfter()
	}
	f.compoundOrgs()
	if f.lang == "en" {
		f.afterRole()
	}
}

// afterRole: capitalised words after "ROLE of (the)" name a body even when
// no head noun says so ("the Chairman of the Sovnazirs").
func (f *finder) afterRole() {
	if !f.commas {
		return
	}
	n := len(f.toks)
	var words []string
	if f.scratch != nil {
		f.scratch.words = appendLower(f.scratch.words[:0], f.toks)
		words = f.scratch.words
	} else {
		words = appendLower(nil, f.toks)
	}
	for i := 0; i+2 < n; i++ {
		// an apposition: a comma (or "the" after a comma) right before the role
		p := i - 1
		if p >= 0 && words[p] == "the" {
			p--
		}
		if p < 0 || words[p] != "," {
			continue
		}
		if f.lx.MatchAny("head_roles", words, i)+f.lx.MatchAny("member_roles", words, i) == 0 {
			continue
		}
		j := i + 1
		for j < n && f.word(j) && !f.toks[j].Upper() && (f.toks[j].Text == "of" || f.toks[j].Text == "the") {
			j++
		}
		if j == i+1 || j >= n || !f.toks[j].Upper() || f.toks[j].Kind != segment.Word {
			continue
		}
		b := j
		for b < n && f.toks[b].Kind == segment.Word && f.toks[b].Upper() {
			b++
		}
		if b-j > 4 || !f.free(j, b) || f.has(j, shapeStopword) && b-j == 1 {
			continue
		}
		if b < n && f.toks[b].Text != "," && f.toks[b].Text != "." && f.toks[b].Text != ";" && f.toks[b].Text != ")" {
			continue
		}
		f.add(Candidate{Start: j, End: b, Type: dossier.Organization, Rule: "en-after-role", Conf: 0.6})
	}
}

// appendLower appends the tokens' lower case to out.
func appendLower(out []string, toks []segment.Token) []string {
	for _, t := range toks {
		out = append(out, t.Lower)
	}
	return out
}

// englishChunks: maximal title-case chunks with connectors (Central
// Executive Committee of the Kyrgyz ASSR; Uzbek Supreme Court;
// Kazakh Prosecutor-General's Office), typed by their head; and a demonym
// before a lower-case head (Kyrgyz parliament, Russian government).
func (f *finder) englishChunks() {
	n := len(f.toks)
	next := 0 // where the last name found ends
	for _, u := range f.uppers {
		i := int(u)
		if i < next {
			continue
		}
		t := &f.toks[i]
		glued := i+1 < n && f.toks[i+1].Text == "-" && !f.toks[i+1].Space
		if f.has(i, shapeConnector) || f.has(i, shapeChunkSkip) && !glued {
			continue
		}
		// "Moscow's Central Gulag Museum", "Stalin's Great Purge": the
		// possessor is not part of the name
		if hasPossessiveSuffix(t.Text) && !strings.EqualFold(t.Text, "people's") && !t.AllCaps() && f.taken != nil && f.taken[i] {
			continue
		}
		j := i + 1
		for j < n {
			u := &f.toks[j]
			switch {
			case u.Kind == segment.Word && u.Upper() && f.has(j, shapeTitle):
				// "… of Turkestan Cde. Epshtein": a title ends the name
			case f.persons != nil && f.persons[j] && j > i+1 && !f.persons[j-1]:
				// "the Chairman of the Council of People's Commissars
				// Lenin": a known person after the body's name ends it
			case u.Kind == segment.Word && u.Upper() && (!f.inCaps() || !f.has(j, shapeConnector) || j+1 < n && f.toks[j+1].Upper()) && !(f.inCaps() && f.has(j, shapeChunkSkip)):
				j++
				continue
			case u.Kind == segment.Word && strings.EqualFold(u.Text, "and") && f.fieldsAnd(i, j):
				// "Institute of History and Ethnology", "Ministry of Culture
				// and Information": "and" joins the fields of one body
				j++
				continue
			case u.Kind == segment.Word && strings.EqualFold(u.Text, "and") && f.hasHead(i, j):
				// two bodies joined by "and"
			case f.has(j, shapeConnector) && j+1 < n && (f.toks[j+1].Upper() || (f.has(j+1, shapeConnector) && j+2 < n && f.toks[j+2].Upper())):
				j++
				continue
			case (u.Text == "-" || u.Text == "/") && !u.Space && j+1 < n && !f.toks[j+1].Space && f.toks[j+1].Kind == segment.Word:
				j += 2
				continue
			case u.Text == "(" && j+2 < n && len([]rune(f.toks[j+1].Text)) == 1 && f.toks[j+2].Text == ")":
				j += 3 // RCP (b)
				continue
			}
			break
		}
		// a lower-case administrative head after a name: "Akmola uyezd",
		// "Osh oblast"
		if j < n && !f.toks[j].Upper() && f.has(j, shapePlaceHead) && (!f.demonym(i, lowered) || f.knownPlaceWord(i, j)) {
			if ty, ok := f.headType(j, lowered); ok && ty == dossier.Place {
				f.add(Candidate{Start: i, End: j + 1, Type: dossier.Place, Rule: "en-head-chunk", Conf: 0.7})
				next = j + 1
				continue
			}
		}
		if j-i < 2 {
			// demonym + lower-case head: Kyrgyz parliament, Russian revolution
			if j < n && f.toks[j].Kind == segment.Word && !f.toks[j].Upper() && f.demonym(i, lowered) && !(i > 0 && (strings.EqualFold(f.toks[i-1].Text, "an") || strings.EqualFold(f.toks[i-1].Text, "a"))) {
				if ty, ok := f.headType(j, lowered); ok && ty != dossier.Place && stateBodies[f.toks[j].Lower] {
					f.add(Candidate{Start: i, End: j + 1, Type: ty, Rule: "en-demonym-head", Conf: 0.65})
					next = j + 1
				}
			}
			continue
		}
		// head: the last word before the first "of", "for" or "on", else
		// the last word ("Commission for Turkestan Affairs", "Commission on
		// Rehabilitation")
		head := j - 1
		for k := i + 1; k < j; k++ {
			if strings.EqualFold(f.toks[k].Text, "of") || strings.EqualFold(f.toks[k].Text, "for") || f.toks[k].Text == "on" {
				head = k - 1
				break
			}
		}
		for head > i && f.toks[head].Kind != segment.Word {
			head--
		}
		ty, ok := f.headType(head, lowered)
		if !ok {
			continue
		}
		if head == i && ty == dossier.Place {
			continue // "Oblast of …" does not start a place name
		}
		// "top Soviet Party bodies": a chunk before a common noun modifies it
		if j-i == 2 && j < n && f.word(j) && !f.toks[j].Upper() && f.toks[j].Space && !f.has(j, shapeConnector) && !f.has(j, shapeChunkSkip) && f.lowerNoun(j) {
			continue
		}
		// "Communist Party" alone is generic; require a modifier or complement
		f.add(Candidate{Start: i, End: j, Type: ty, Rule: "en-head-chunk", Conf: 0.75})
		next = j
	}
}

// knownPlaceWord reports a single word at i, before a district's head at
// j, that the gazetteer knows as a name even though it also serves as an
// adjective: "the Turkestan district" names a unit, unlike "the Kazakh
// steppe" ("the Bukhara territory" is Bukhara itself).
func (f *finder) knownPlaceWord(i, j int) bool {
	if j != i+1 || f.taken == nil || !f.taken[i] || f.persons != nil && f.persons[i] {
		return false
	}
	switch f.toks[j].Lower {
	case "district", "uezd", "uyezd", "volost", "raion", "canton", "okrug":
		return true // a unit below the place it is named after
	}
	return false
}

// stateBodies are the heads after which a demonym names a state's one body
// ("Russian government", "Kyrgyz parliament"); "Uzbek court", "Islamic
// movement" name no one body.
var stateBodies = map[string]bool{
	"government": true, "parliament": true, "cabinet": true, "sovnarkom": true, "kenesh": true, "duma": true,
	"kurultai": true, "presidium": true, "politburo": true, "revolution": true, "revolt": true, "uprising": true,
}

// adjective-like Russian endings (any case, any gender).
var ruAdjEndings = []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", "ском", "цком", "ном"}

// ruAdjective reports a word with one of ruAdjEndings, of five letters or
// more; l is the word in lower case (its token's Lower).
func ruAdjective(l string) bool {
	if utf8.RuneCountInString(l) < 5 {
		return false
	}
	for _, e := range ruAdjEndings {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// russianChunks: [adjectives] HEAD [genitive complement], kept when the
// phrase holds a capitalised word or an abbreviation: партийного комитета
// Нарынского уезда; Каракольского горкома КП (б) Туркестанской АССР;
// СНК Кыргызской ССР; Областной Партийный Комитет.
func (f *finder) russianChunks() {
	if f.all&(shapeHead|shapeRuAbbrev) == 0 {
		return // no head, nor an abbreviated one
	}
	n := len(f.toks)
	for h := 0; h < n; h++ {
		if !f.has(h, shapeHead) && !f.has(h, shapeRuAbbrev) {
			continue // neither headType nor ruAbbrevPlaceHead
		}
		ty, ok := f.headType(h, lowered)
		abbrHead := f.ruAbbrevPlaceHead(h)
		if abbrHead {
			ty, ok = dossier.Place, true
		}
		if !ok {
			continue
		}
		a := h
		for a-1 >= 0 {
			u := f.toks[a-1]
			switch {
			case f.has(a-1, shapeRuAdjective) && !f.has(a-1, shapeStopword) && !f.isRole(a-1):
				a = f.hyphenedBefore(a - 1)
				continue
			case u.Text == "." && a-2 >= 0 && f.word(a-2) && f.toks[a-2].Upper() && utf8.RuneCountInString(f.toks[a-2].Text) <= 3 && !f.roleAbbrev(a-2):
				a -= 2 // "Ср. Аз. Бюро": abbreviated adjectives
				continue
			case u.Text == "." && a == h && (ty == dossier.Place || f.toks[h].AllCaps()) && a-2 >= 0 && f.word(a-2) && f.toks[a-2].Upper() && !f.toks[a-2].AllCaps() && utf8.RuneCountInString(f.toks[a-2].Text) <= 10:
				a -= 2 // dictionary style: "Акмол. обл.", "Теджен. у."
				continue
			}
			break
		}
		if abbrHead && a == h {
			continue // "у." alone is the preposition "у"
		}
		b := h + 1
		if r := Raion(f.toks, h); r > 0 {
			b = h + r
		}
		lastCapAdj := false
		for b < n && b-h <= 6 {
			u := f.toks[b]
			if f.used != nil && f.used[b] || f.firstName(b) || f.persons != nil && f.persons[b] {
				break // a person's name after the body ("судья Верховного суда Алла Назарова")
			}
			// a place's genitive complement that is itself an administrative
			// unit ("уезд Семипалатинской обл.") is a place of its own
			if e := f.hyphenedAfter(b); ty == dossier.Place && u.Kind == segment.Word && f.has(e, shapeRuAdjective) && e+1 < n {
				if t2, ok := f.headType(e+1, lowered); ok && t2 == dossier.Place {
					break
				}
			}
			switch {
			case u.Kind == segment.Word && (u.AllCaps() || (u.Upper() && !f.has(b, shapeStopword))):
				lastCapAdj = f.has(b, shapeRuAdjective)
				b++
				// a hyphenated name goes on: "Кара-Киргизской"
				for b+1 < n && f.toks[b].Text == "-" && !f.toks[b].Space && !f.toks[b+1].Space && f.toks[b+1].Kind == segment.Word {
					lastCapAdj = f.has(b+1, shapeRuAdjective)
					b += 2
				}
				continue
			case f.has(b, shapeRuAdjective) && b+1 < n && f.toks[b+1].Upper():
				b++
				continue
			case u.Kind == segment.Word && lastCapAdj:
				// Нарынского уезда: a lower-case noun after a capitalised adjective
				lastCapAdj = false
				b++
			case ty == dossier.Organization && u.Kind == segment.Word && !u.Upper() && f.lowerComplement(b) > 0:
				// "комиссариат здравоохранения Туркестанской АССР", "комиссариат
				// по делам национальностей РСФСР": lower-case words of the
				// body's name before a capitalised complement
				b += f.lowerComplement(b)
				continue
			case ty == dossier.Organization && b == h+1 && (strings.HasPrefix(f.toks[h].Lower, "отдел") || strings.HasPrefix(f.toks[h].Lower, "управлени")) && fieldComplement(f.toks, b) > 0:
				// "окружным отделом народного образования": the field a
				// department serves is part of its name
				b += fieldComplement(f.toks, b)
				continue
			case u.Text == "(" && b+2 < n && utf8.RuneCountInString(f.toks[b+1].Text) == 1 && f.toks[b+2].Text == ")":
				b += 3
				continue
			}
			break
		}
		hasCap := false
		for k := a; k < b; k++ {
			if f.toks[k].Kind == segment.Word && (f.toks[k].Upper() || f.toks[k].AllCaps()) && !(k == 0 && k == a && !f.toks[k].AllCaps() && b-a == 1) {
				hasCap = true
			}
		}
		if !hasCap || b-a < 2 {
			continue
		}
		conf := 0.7
		if ty == dossier.Place {
			conf = 0.65
		}
		f.add(Candidate{Start: a, End: b, Type: ty, Rule: "ru-head-chunk", Conf: conf})
		h = b - 1
	}
}

// ruBodyFields are the fields, in the genitive, that name a Soviet
// department or commissariat ("отдел народного образования", "управление
// здравоохранения").
var ruBodyFields = [][]string{
	{"народного", "образования"}, {"просвещения"}, {"здравоохранения"}, {"земледелия"},
	{"юстиции"}, {"финансов"}, {"торговли"}, {"внутренних", "дел"}, {"социального", "обеспечения"},
}

// fieldComplement returns the number of tokens of a body's field at b, or 0.
func fieldComplement(toks []segment.Token, b int) int {
	for _, fw := range ruBodyFields {
		if b+len(fw) > len(toks) {
			continue
		}
		ok := true
		for j, w := range fw {
			if toks[b+j].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return len(fw)
		}
	}
	return 0
}

// lowerComplement returns how many lower-case words from b lead to a
// capitalised word or an acronym (at most three, no verb, no punctuation),
// or 0.
func (f *finder) lowerComplement(b int) int {
	for k := b; k < len(f.toks) && k < b+4; k++ {
		t := f.toks[k]
		if t.Kind != segment.Word {
			return 0
		}
		if t.Upper() || t.AllCaps() {
			if k == b || !f.stateNameAt(k) {
				return 0
			}
			return k - b
		}
		if f.has(k, shapeStopword) && t.Lower != "по" && t.Lower != "делам" {
			return 0
		}
		// only nouns: no adjective (another body's name begins) and no verb
		if f.has(k, shapeRuAdjective) || hasAnySuffix(t.Lower, "ал", "ил", "ла", "ли", "ся", "ет", "ит", "ют", "ят", "ть") {
			return 0
		}
	}
	return 0
}

// stateNameAt reports a republic's or a province's name starting at k
// ("Туркестанской АССР", "РСФСР", "Киргизской республики"): the state a
// body of a commissariat or a committee belongs to.
func (f *finder) stateNameAt(k int) bool {
	for j := k; j < len(f.toks) && j <= k+1; j++ {
		switch f.toks[j].Lower {
		case "асср", "сср", "рсфср", "ссср", "республики", "области", "края", "уезда", "губернии", "ао":
			return true
		}
	}
	return false
}

// roleAbbrev reports an abbreviated role at k ("Чл.", "Пред."): not part
// of the body's name that follows.
func (f *finder) roleAbbrev(k int) bool {
	words := []string{f.toks[k].Lower, "."}
	return f.lx.MatchAny("member_roles", words, 0) > 0 || f.lx.MatchAny("head_roles", words, 0) > 0
}

// ruAbbrevPlaceHead reports a dictionary abbreviation of an administrative
// unit at h: "у." (уезд), "губ.", "окр.", "вол.", "р-н".
func (f *finder) ruAbbrevPlaceHead(h int) bool {
	switch f.toks[h].Lower {
	case "у", "губ", "окр", "вол":
		return h+1 < len(f.toks) && f.toks[h+1].Text == "."
	}
	return Raion(f.toks, h) > 0
}

// Raion returns 3 when the tokens at k spell the abbreviation "р-н" of
// район in some case ("р-н", "р-на", "р-не", "р-ну", "р-ном"), written
// without spaces: the tokenizer splits it into р, -, н. Otherwise 0.
func Raion(toks []segment.Token, k int) int {
	if k+2 >= len(toks) || toks[k].Lower != "р" || toks[k+1].Text != "-" || toks[k+1].Space || toks[k+2].Space {
		return 0
	}
	switch toks[k+2].Lower {
	case "н", "на", "не", "ну", "ном":
		return 3
	}
	return 0
}

// hyphenedAfter returns the last part of a hyphenated word starting at b
// ("Южно-Казахстанской"), or b.
func (f *finder) hyphenedAfter(b int) int {
	for b+2 < len(f.toks) && f.toks[b+1].Text == "-" && !f.toks[b+1].Space && !f.toks[b+2].Space && f.word(b+2) {
		b += 2
	}
	return b
}

// hyphenedBefore returns the start of a hyphenated word ending at a
// ("Джалал-Абадская", "Южно-Казахстанская", "Кара-Бууринский"): the
// word parts joined by hyphens without spaces, or a when there are none.
func (f *finder) hyphenedBefore(a int) int {
	for a-2 >= 0 && f.toks[a-1].Text == "-" && !f.toks[a-1].Space && !f.toks[a].Space && f.word(a-2) {
		a -= 2
	}
	return a
}

// kyrgyzChunks: words up to a head noun with its possessive and case,
// starting at a capitalised word or an abbreviation: Кыргыз АССРинин
// Борбордук Аткаруу комитетинин; Россиялык айыл чарба банкынын;
// Кыргызстандын обком партиясынын; Фергана облусунун.
func (f *finder) kyrgyzChunks() {
	if f.all&shapeHead == 0 {
		return // no head
	}
	n := len(f.toks)
	lastCap := -1 // the last capitalised word before h
	for h := 0; h < n; h++ {
		if h > 0 && f.word(h-1) && (f.toks[h-1].Upper() || f.toks[h-1].AllCaps()) {
			lastCap = h - 1
		}
		// a name starts at a capitalised word at most six tokens before
		// its head (see below): without one there is none to find
		if !f.word(h) || lastCap < 0 || lastCap < h-6 || !f.has(h, shapeHead) {
			continue
		}
		ty, ok := f.headType(h, lowered)
		if !ok {
			continue
		}
		// the last of adjacent heads heads the phrase ("обком партиясынын")
		if h+1 < n && f.word(h+1) {
			if _, ok := f.headType(h+1, lowered); ok {
				continue
			}
		}
		// collect up to 6 tokens to the left: words, (б) groups, hyphens;
		// never across a given name, a verb-like word, or a word in the
		// locative, ablative or dative (those are other constituents)
		a := h
		for a-1 >= 0 && h-(a-1) <= 6 {
			u := f.toks[a-1]
			// a person's name ends at the patronymic ("Бакиров Мырзабек
			// Бакир уулу Ош облусунун", "Ковалев Илья Игнатович Ош облусунун")
			if u.Kind == segment.Word && (f.has(a-1, shapeKyPatronymic) || f.tokenIs(factPatronymicForm, a-1, written, patronymicForm)) {
				break
			}
			if u.Kind == segment.Word && !f.has(a-1, shapeStopword) && !f.has(a-1, shapeHedge) && !f.kyBoundary(a-1) && !f.isRole(a-1) {
				// an administrative unit before another is a place of its own
				// ("Фергана облусунун Маргалан уездинин")
				if t2, ok := f.headType(a-1, lowered); ok && t2 == dossier.Place && ty == dossier.Place {
					break
				}
				// so is a settlement with its word ("Кок-Сай айылы | Нарын
				// облусунун")
				if ty == dossier.Place && f.kyPlaceCue(a-1) {
					break
				}
				a--
				continue
			}
			// "(б)" of a party's name, written "РКП(б)" or "РКП (б)"; a glued hyphen
			if u.Text == ")" || u.Text == "(" && (!u.Space || a+1 < n && utf8.RuneCountInString(f.toks[a].Text) == 1) || u.Text == "-" && !u.Space {
				a--
				continue
			}
			break
		}
		// trim from the left to the first capitalised word or abbreviation
		for a < h && !(f.toks[a].Kind == segment.Word && (f.toks[a].Upper() || f.toks[a].AllCaps())) {
			a++
		}
		if a == h {
			continue // nothing but lower-case words: generic ("уюштуруу бөлүмү")
		}
		if ty == dossier.Place && f.allGeneric(a, h) {
			continue // "Союздук Республикага": a kind of place, not a place
		}
		f.add(Candidate{Start: a, End: h + 1, Type: ty, Rule: "ky-head-chunk", Conf: 0.7})
	}
}

// workVerb reports whether w (lower case) is a verb of writing, translating
// or publishing in any language.
func (f *finder) workVerb(w string) bool {
	for _, l := range []string{"en", "ru", "ky"} {
		if f.r.Lex.For(l).MatchAny("writing_verbs", []string{w}, 0) > 0 {
			return true
		}
	}
	return false
}

// titledWords say that the quoted words before them are a title or name.
var titledWords = map[string]bool{
	"аталыштагы": true, "аталышындагы": true, "деп": false, "аттуу": true, "деген": true, "titled": true, "entitled": true,
	"названием": true, "озаглавленн": true,
}

// quotedNames: a quoted capitalised name followed (within three words) by a
// head noun takes the head's type; the name is what is inside the quotes:
// “Туран” улуттук партиясынын → Туран (Organization); газеты «Кызыл
// Кыргызстан» → Document.
func (f *finder) quotedNames() {
	if !f.quotes {
		return
	}
	n := len(f.toks)
	for i := 0; i < n; i++ {
		if f.toks[i].Text != `"` {
			continue
		}
		j := i + 1
		for j < n && f.toks[j].Text != `"` && j-i <= 8 {
			j++
		}
		if j >= n || f.toks[j].Text != `"` || j == i+1 || !f.toks[i+1].Upper() {
			continue
		}
		nameA, nameB := i+1, j
		start := nameA // the candidate's start: at a head before the quotes
		var ty dossier.EntityType
		found := false
		end := j + 1 // the candidate's end: past the head when one follows
		// a Russian farm's head right before the quotes: колхоза «Кызыл-Туу»
		// Московского района (the name is in its base form, the head
		// declines; a place after the quotes is the farm's)
		if f.lang == "ru" && i > 0 && f.word(i-1) && RuFarmHead(f.toks[i-1].Lower) {
			ty, found, start = dossier.Organization, true, i-1
		}
		// head after the quotes
		for k := j + 1; !found && k < n && k <= j+3 && f.word(k); k++ {
			if t, ok := f.headType(k, lowered); ok {
				ty, found = t, true
				end = k + 1
				break
			}
			if f.inSet(f.toks[k].Lower, f.lx.WorkCues) || f.r.Lex.Any(f.toks[k].Lower, func(l *lexicon.Lang) lexicon.Set { return l.WorkCues }) {
				ty, found = dossier.DocumentType, true
				break
			}
		}
		// "titled", "named" after the quotes: the head may follow it
		// (“Алиппе” аталыштагы китеп, «Туран» аттуу партия)
		if !found && j+1 < n && f.word(j+1) && titledWords[f.toks[j+1].Lower] {
			ty, found = dossier.DocumentType, true
			for k := j + 2; k < n && k <= j+4 && f.word(k); k++ {
				if t, ok := f.headType(k, lowered); ok {
					ty = t
					break
				}
			}
		}
		// a cue before the quotes, next to them or with one word between
		// (газеты «…», the novel "…", книга стихов «…»), or a verb of
		// writing (translated "Hamlet", перевел «…»)
		for k := i - 1; !found && k >= 0 && k >= i-2 && f.word(k); k-- {
			w := f.toks[k].Lower
			if f.inSet(f.toks[k].Lower, f.lx.WorkCues) || (k == i-1 || f.toks[k+1].Text == "the") && f.workVerb(w) {
				ty, found = dossier.DocumentType, true
			}
		}
		if !found && i > 0 && (f.toks[i-1].Text == "'s" || hasPossessiveSuffix(f.toks[i-1].Text)) {
			// Shakespeare's "Hamlet"
			for k := i - 2; k >= 0 && k >= i-4 && f.word(k); k-- {
				if f.workVerb(f.toks[k].Lower) {
					ty, found = dossier.DocumentType, true
				}
			}
		}
		// a head inside the quotes (“Медресе Галия”)
		if !found {
			if t, ok := f.headType(nameA, lowered); ok && t == dossier.Organization {
				ty, found = t, true
			}
		}
		if !found {
			continue
		}
		f.add(Candidate{Start: start, End: max(end, nameB), NameStart: nameA, NameEnd: nameB, Type: ty, Rule: "quoted-name", Conf: 0.75})
		i = j
	}
}

// kyPlaceCueStems are the Kyrgyz words of a settlement or an area whose
// inflected forms follow a place's name ("Тынай болуштугунда", "Ак-Суу
// айылынын", "Ош шаарынан"), as the morphology gives their stems.
var kyPlaceCueStems = map[string]bool{
	"шаар": true, "айыл": true, "кыштак": true, "облус": true, "район": true, "уезд": true,
	"болуштук": true, "кантон": true, "аймак": true, "өрөөн": true, "ашуу": true,
}

// KyPlaceWord reports a stem (as the morphology gives it) of a Kyrgyz word
// for a settlement or an area: "кыштак", "район", "айыл".
func KyPlaceWord(stem string) bool { return kyPlaceCueStems[stem] }

// KySettlementWord is KyPlaceWord without the administrative units
// (облус, район, уезд, болуштук, кантон): "кыштак", "айыл", "шаар".
func KySettlementWord(stem string) bool { return kyPlaceCueStems[stem] && !isAdminHead(stem) }

// places finds unknown places by cue: Kyrgyz "Охна кыштагында", "Андижан
// шаарындагы"; Russian "в кишлаке Кызыл-Булак", "г. Кызыл-Кия"; English
// "city of X", "village of X".
func (f *finder) places() {
	n := len(f.toks)
	ky := f.lang == "ky" || f.lang == "kk"
	// whether a word is a cue is known from the word table (classify), and
	// most words are none: a word that is no cue, nor after one, is passed
	cues := shapeLifePrep | shapeSettlement | shapePlaceCue | shapeDottedCue
	if ky {
		cues = shapeKyPlaceCue
	}
	if f.all&cues == 0 {
		return
	}
	for i := 0; i < n; i++ {
		if !f.word(i) || f.states[i].shape&cues == 0 && (ky || !f.has(i-1, shapePlaceCue)) {
			continue
		}
		w := f.toks[i].Lower
		switch {
		case ky:
			a, b := f.nameBefore(i)
			if a == b && f.kyQualifiedKnown(i) {
				// "Төмөнкү Кочкор айылында": the qualifier makes another
				// village of the known name
				f.add(Candidate{Start: i - 2, End: i, Type: dossier.Place, Rule: "ky-place-cue", Conf: 0.8})
				continue
			}
			if a == b || f.tokenIs(factPlaceHead, i, lowered, f.placeHead) && isAdminHead(w) {
				continue
			}
			if b-a == 1 && f.demonym(a, written) {
				continue // "Кыргыз облусу": the people's name, not a place's
			}
			if a < b && f.free(a, b) {
				f.add(Candidate{Start: a, End: b, Type: dossier.Place, Rule: "ky-place-cue", Conf: 0.75})
			}
		default:
			if f.lang == "en" && f.has(i, shapeLifePrep) && i+1 < n && f.toks[i+1].Upper() && f.afterLifeVerb(i) {
				// "born in 1901 in Chyrpykty", "was shot at Chong-Tash": where
				// a life event took place is a place, known or not
				if a, b := f.nameAfter(i + 1); a < b && f.free(a, b) {
					f.add(Candidate{Start: a, End: b, Type: dossier.Place, Rule: "en-place-life", Conf: 0.7})
					i = b - 1
					continue
				}
			}
			if f.lang == "en" && f.has(i, shapeSettlement) && !f.toks[i].Upper() && (i+1 >= n || f.toks[i+1].Lower != "of") {
				// the settlement word after the name, as cards write it:
				// "Tekesu aul", "Koratepa kishlak", "Vorontsovka village"
				if a, b := f.nameBefore(i); a < b && f.free(a, b) {
					f.add(Candidate{Start: a, End: b, Type: dossier.Place, Rule: "en-place-cue", Conf: 0.75})
					continue
				}
			}
			cue := f.has(i, shapePlaceCue) || (w == "of" && f.has(i-1, shapePlaceCue))
			// "с. Аламедин", "д. Елимбетово": an abbreviation, with its dot
			if f.lang == "ru" && !cue && f.has(i, shapeDottedCue) && i+1 < n && f.toks[i+1].Text == "." {
				cue = true
			}
			if f.lang == "ru" && (w == "г" || w == "гг") && i > 0 && f.toks[i-1].Kind == segment.Number {
				cue = false // "1938 г." is the year's "г.", not a city's
			}
			if !cue {
				continue
			}
			j := i + 1
			if j < n && f.toks[j].Text == "." {
				j++
			}
			f.yieldSurnames(j, j+1) // "кишлак Поршинев": a place, not a surname
			a, b := f.nameAfter(j)
			if a < b && f.free(a, b) {
				f.add(Candidate{Start: a, End: b, Type: dossier.Place, Rule: f.lang + "-place-cue", Conf: 0.75})
				i = b - 1
			}
		}
	}
}

// kyPlaceCue reports a Kyrgyz word for a settlement or an area at token i
// ("кыштагында", "шаарындагы").
func (f *finder) kyPlaceCue(i int) bool {
	return f.tokenIs(factKyPlaceCue, i, lowered, func(w string) bool {
		return f.lx.PlaceCues.Has(w) || f.anyStem(w, func(s string) bool { return kyPlaceCueStems[s] })
	})
}

// enLifeVerbs are the English verbs of a life event whose place follows
// "in", "at" or "near".
var enLifeVerbs = map[string]bool{"born": true, "died": true, "shot": true, "executed": true, "exiled": true, "deported": true, "arrested": true, "buried": true, "imprisoned": true}

// afterLifeVerb reports an English life-event verb before token i, with only
// a date ("on 6 November 1938", "in 1901") and commas between.
func (f *finder) afterLifeVerb(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := f.toks[k]
		switch {
		case enLifeVerbs[t.Lower]:
			return true
		case t.Kind == segment.Number, t.Text == ",", t.Lower == "on", t.Lower == "in", t.Lower == "of", t.Lower == "early", t.Lower == "late":
		case t.Kind == segment.Word && t.Upper() && k < i-1:
			// a month: "on 6 November 1938"
		default:
			return false
		}
	}
	return false
}

// yieldSurnames withdraws the lone-surname guesses (the weakest person
// rule) over tokens [a, b), so that stronger evidence can take them.
func (f *finder) yieldSurnames(a, b int) {
	keep := f.out[:0]
	for _, c := range f.out {
		if c.Rule == "person-surname" && c.Start < b && a < c.End {
			for k := c.Start; k < c.End; k++ {
				f.used[k] = false
				f.busy[k] = f.taken != nil && f.taken[k]
			}
			continue
		}
		keep = append(keep, c)
	}
	f.out = keep
}

// enSettlementAfter are the English words for a settlement that follow its
// name in card style ("Tekesu aul"); district and oblast are heads of
// names of their own.
var enSettlementAfter = map[string]bool{"village": true, "aul": true, "ail": true, "kishlak": true, "settlement": true, "town": true}

// SettlementAfter reports an English word for a settlement that follows
// its name in card style ("Tekesu aul").
func SettlementAfter(w string) bool { return enSettlementAfter[w] }

// dottedPlaceCues are Russian abbreviations of settlement kinds, cues only
// with their dot ("с." is "село", "с" alone is "with").
var dottedPlaceCues = map[string]bool{"с": true, "д": true, "пос": true, "дер": true, "ст": true, "кишл": true}

func isAdminHead(w string) bool {
	for _, p := range []string{"облус", "област", "уезд", "район", "болушт", "кантон"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// nameBefore returns the capitalised words (hyphenated allowed) right before i.
func (f *finder) nameBefore(i int) (int, int) {
	a := i
	for a-1 >= 0 && i-a < 4 {
		u := f.toks[a-1]
		if f.taken != nil && f.taken[a-1] {
			break // "Германиянын Нюрнберг шаарында": the country is named already
		}
		if f.capWord(a-1) || (u.Text == "-" && !u.Space) || f.hyphenPart(a-1) {
			a--
			continue
		}
		break
	}
	for a < i && f.toks[a].Text == "-" {
		a++
	}
	return a, i
}

// hyphenPart reports a capitalised word joined by a hyphen, without
// spaces, to the word before or after it: a part of a compound name,
// whatever the word alone would be ("Үч-Коргон": "үч" is three, "Ак-Суу").
func (f *finder) hyphenPart(k int) bool {
	if !f.word(k) || !f.toks[k].Upper() {
		return false
	}
	after := k+2 < len(f.toks) && f.toks[k+1].Text == "-" && !f.toks[k+1].Space && !f.toks[k+2].Space && f.word(k+2)
	before := k >= 2 && f.toks[k-1].Text == "-" && !f.toks[k-1].Space && !f.toks[k].Space && f.word(k-2)
	return after || before
}

// nameAfter returns the capitalised words (hyphenated allowed) from j on.
func (f *finder) nameAfter(j int) (int, int) {
	b := j
	for b < len(f.toks) && b-j < 4 {
		u := f.toks[b]
		if f.used != nil && f.used[b] || f.taken != nil && f.taken[b] {
			break // "в ауле Нильды Акмолинского уезда": the uezd is a name of its own
		}
		if f.capWord(b) || (u.Text == "-" && !u.Space && b > j) || (b > j && f.hyphenPart(b)) {
			b++
			continue
		}
		break
	}
	for b > j && f.toks[b-1].Text == "-" {
		b--
	}
	return j, b
}

// works finds titles after a work cue in English: "the newspaper Shchit
// Naroda", "his book, The Great Terror,".
func (f *finder) works() {
	if f.lang != "en" || f.all&shapeWorkCue == 0 {
		return
	}
	n := len(f.toks)
	for i := 0; i+1 < n; i++ {
		if !f.has(i, shapeWorkCue) {
			continue
		}
		j := i + 1
		if f.toks[j].Text == "," {
			j++
		}
		b := j
		for b < n && (f.toks[b].Upper() && f.toks[b].Kind == segment.Word && !(b > j && f.has(b, shapeStopword)) || (f.has(b, shapeConnector) && b > j)) {
			b++
		}
		if b-j >= 1 && f.free(j, b) && !(b-j == 1 && f.has(j, shapeStopword)) {
			f.add(Candidate{Start: j, End: b, Type: dossier.DocumentType, Rule: "en-work-cue", Conf: 0.7})
			i = b - 1
		}
	}
}

// kyBoundary reports a Kyrgyz word that cannot be inside an organisation's
// name: a known given name, or a word whose best reading is in the
// locative, ablative or dative case.
func (f *finder) kyBoundary(k int) bool {
	return f.tokenIs(factKyBoundary, k, written, func(w string) bool {
		if f.firstName(k) {
			return true
		}
		an := morph.Kyrgyz(w)
		if len(an) > 1 {
			switch an[1].Case {
			case morph.Loc, morph.Abl, morph.Dat, morph.AttrLoc, morph.Acc:
				return true
			}
		}
		return false
	})
}

// isHead reports a head noun of any kind at token k.
func (f *finder) isHead(k int, fm form) bool {
	_, ok := f.headType(k, fm)
	return ok
}

// isRole reports an office or membership noun (член, секретарь,
// председатель) at token k.
func (f *finder) isRole(k int) bool {
	return f.tokenIs(factRole, k, lowered, func(w string) bool {
		l := []string{textcase.Lower(w)}
		return f.lx.MatchAny("head_roles", l, 0)+f.lx.MatchAny("member_roles", l, 0) > 0
	})
}

// orgSuffixes end Soviet compound names of bodies: Туркменобком,
// Кирревком, Средазбюро, Турккомиссия.
var orgSuffixes = []string{"обком", "горком", "райком", "крайком", "губком", "ревком", "исполком", "совнарком", "наркомат", "бюро", "комиссия", "фронт"}

// compoundOrgs finds a capitalised word made of a place stem and a body's
// abbreviation ("секретаря Туркменобкома").
func (f *finder) compoundOrgs() {
	for _, u := range f.uppers {
		i := int(u)
		if f.toks[i].AllCaps() || !f.free(i, i+1) {
			continue
		}
		org, known := f.states[i].fact(factCompoundOrg, written)
		if !known {
			org = f.tokenIs(factCompoundOrg, i, written, f.compoundOrgWord)
		}
		if org {
			f.add(Candidate{Start: i, End: i + 1, Type: dossier.Organization, Rule: "compound-org", Conf: 0.7})
		}
	}
}

// compoundOrgWord reports a word one of whose stems ends in a compound
// organisation's suffix, after three letters at least.
func (f *finder) compoundOrgWord(w string) bool {
	for _, st := range f.stemsOf(w) {
		l := textcase.Lower(st)
		for _, suf := range orgSuffixes {
			if strings.HasSuffix(l, suf) && utf8.RuneCountInString(l) >= utf8.RuneCountInString(suf)+3 {
				return true
			}
		}
	}
	return false
}

// chunkSkip are function words that never begin a name, even capitalised.
var chunkSkip = setOf("to for in on at by with from this that these those it its he she they we i his her our their a an as after before during since until when while if but and or however also not no all some many most each every both between within among despite although though")

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func hasPossessiveSuffix(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// hasHead reports a head noun among tokens [a, b).
// fieldsAnd reports an "and" at token j inside the complement of a body's
// name begun at i ("… of History and Ethnology"): an "of" before it in the
// name, and after it one capitalised word that is no head of its own
// ("… of Education and Commissariat of …" joins two bodies).
func (f *finder) fieldsAnd(i, j int) bool {
	if j+1 >= len(f.toks) || f.toks[j+1].Kind != segment.Word || !f.toks[j+1].Upper() || f.isHead(j+1, written) || !f.hasHead(i, j) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if strings.EqualFold(f.toks[k].Text, "of") {
			return true
		}
	}
	return false
}

func (f *finder) hasHead(a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && f.isHead(k, written) {
			return true
		}
	}
	return false
}

// lowerNoun guesses that a lower-case English word is a common noun (a
// plural or a word that is not a verb form or function word).
func (f *finder) lowerNoun(k int) bool {
	w := f.toks[k].Lower
	if f.lx.Stopwords.Has(w) {
		return false
	}
	for _, s := range []string{"ed", "ing", "ly"} {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	switch w {
	case "is", "was", "were", "are", "has", "had", "have", "be", "been", "will", "would", "can", "could", "said", "says", "took", "made", "sent", "became", "led", "won":
		return false
	}
	return true
}

// genericModifiers describe a kind of body or place without naming one.
var genericModifiers = setOf("союздук автономдуу автономиялуу автономиялык советтик социалисттик коммунисттик борбордук эл жогорку биринчи жаңы союзный союзная автономный автономная советский советская социалистический социалистическая народный народная union autonomous soviet socialist people's new")

func (f *finder) allGeneric(a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && !genericModifiers[f.toks[k].Lower] {
			return false
		}
	}
	return true
}

// kyPlaceQualifiers are the Kyrgyz words that, capitalised, open a
// settlement's name before another place's name: Төмөнкү (Lower) Кочкор,
// Жогорку (Upper) Ала-Арча, Жаңы (New) …, Эски (Old) ….
var kyPlaceQualifiers = map[string]bool{"төмөнкү": true, "жогорку": true, "орто": true, "жаңы": true, "эски": true, "кичи": true, "кичине": true}

// kyQualifiedKnown reports a known one-word place name (taken by the
// gazetteer) right before the settlement word at i, with a capitalised
// qualifier before it: "Төмөнкү Кочкор айылында".
func (f *finder) kyQualifiedKnown(i int) bool {
	return i >= 2 && f.taken != nil && f.taken[i-1] && !f.taken[i-2] && f.word(i-1) && f.toks[i-1].Upper() && f.word(i-2) &&
		f.toks[i-2].Upper() && kyPlaceQualifiers[f.toks[i-2].Lower] && (i < 3 || !f.taken[i-3] || f.toks[i-3].Kind != segment.Word) && f.toks[i-1].Space
}

// namedAfter: a Russian body named after a person, "колхоз им. Сталина",
// "школы имени Токтогула", "завода им. В. И. Ленина": the head, "им." or
// "имени", and the capitalised words (initials too) after it are one body,
// whose name holds the person's.
func (f *finder) namedAfter() {
	n := len(f.toks)
	for i := 1; i+1 < n; i++ {
		if !f.word(i) || (f.toks[i].Lower != "им" || f.toks[i+1].Text != ".") && f.toks[i].Lower != "имени" {
			continue
		}
		head := i - 1
		if !f.word(head) || f.toks[head].Upper() || !(RuFarmHead(f.toks[head].Lower) || namedAfterHeads[f.toks[head].Lower] || f.inSet(f.toks[head].Lower, f.lx.OrgHeads)) {
			continue
		}
		j := i + 1
		if f.toks[i].Lower == "им" {
			j++
		}
		end := j
		for end < n && end-j < 6 {
			switch {
			case f.word(end) && f.toks[end].Upper():
				end++
				continue
			case f.toks[end].Text == "." && end > j && f.toks[end-1].IsInitial():
				end++
				continue
			}
			break
		}
		if end == j || !f.toks[end-1].Upper() {
			continue
		}
		f.add(Candidate{Start: head, End: end, Type: dossier.Organization, Rule: "ru-named-after", Conf: 0.75})
		i = end - 1
	}
}

// namedAfterHeads are the nouns of bodies, in their cases, that the Soviet
// usage names after a person (see namedAfter) beyond the lexicon's heads.
var namedAfterHeads = map[string]bool{
	"школа": true, "школы": true, "школе": true, "школу": true, "школой": true,
	"завод": true, "завода": true, "заводе": true, "заводом": true,
	"фабрика": true, "фабрики": true, "фабрике": true, "фабрикой": true,
	"театр": true, "театра": true, "театре": true,
}

// RuFarmHead reports a Russian noun of a collective or state farm or an
// artel in any case ("колхоза", "совхозом", "артели"), which makes the
// quoted name after it a body.
func RuFarmHead(w string) bool {
	return strings.HasPrefix(w, "колхоз") || strings.HasPrefix(w, "совхоз") || strings.HasPrefix(w, "артел")
}
