package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the words the grammar knows. Every table is built by the
// compiler and never written to.

// monthForm says what the shape of a month word tells about its language.
type monthForm uint8

const (
	formNone    monthForm = iota
	formNeutral           // a nominative shared by Kyrgyz and Russian: май, апрель, март
	formRu                // a Russian case ending: мая, апреле, августа
	formKy                // a Kyrgyz suffix: майда, апрелде, августунда
	formRuAbbr            // a Russian abbreviation: авг., сент.
	formEn                // an English name or abbreviation
)

// cyrStems are the month stems Kyrgyz and Russian share. The class says
// which endings the stem takes: 'h' a hard stem (март, август), 's' a stem
// written with a soft sign in the nominative (апрель), 'm' the stem of май.
// harmony is the vowel group of the Kyrgyz suffixes: 'b' back, 'x' either
// (writers of loanwords with a soft sign use both).
var cyrStems = [...]struct {
	stem    string
	month   int
	class   byte
	harmony byte
}{
	{"январ", 1, 's', 'x'}, {"феврал", 2, 's', 'x'}, {"март", 3, 'h', 'b'},
	{"апрел", 4, 's', 'x'}, {"ма", 5, 'm', 'b'}, {"июн", 6, 's', 'x'},
	{"июл", 7, 's', 'x'}, {"август", 8, 'h', 'b'}, {"сентябр", 9, 's', 'x'},
	{"октябр", 10, 's', 'x'}, {"ноябр", 11, 's', 'x'}, {"декабр", 12, 's', 'x'},
}

// ruAbbrMonths are Russian month abbreviations; they count only when
// followed by a full stop.
var ruAbbrMonths = map[string]int{
	"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9,
	"сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}

// enMonths maps English month names and abbreviations to months; abbr marks
// the abbreviations, which, like "may" and "march", need more context when
// written in lower case (see parser.enStrict).
var enMonths = map[string]struct {
	month int
	abbr  bool
}{
	"january": {1, false}, "february": {2, false}, "march": {3, false},
	"april": {4, false}, "may": {5, false}, "june": {6, false},
	"july": {7, false}, "august": {8, false}, "september": {9, false},
	"october": {10, false}, "november": {11, false}, "december": {12, false},
	"jan": {1, true}, "feb": {2, true}, "febr": {2, true}, "mar": {3, true},
	"apr": {4, true}, "jun": {6, true}, "jul": {7, true}, "aug": {8, true},
	"sep": {9, true}, "sept": {9, true}, "oct": {10, true}, "nov": {11, true},
	"dec": {12, true},
}

// MonthOf returns the month (1..12) that word names, or 0. It knows the
// Kyrgyz and Russian month names in any case and inflection (май, мая, майда,
// майында, АПРЕЛЕ, ноябрда, августунда), Russian abbreviations (авг, сент;
// without their full stop) and English names and abbreviations (September,
// Sept, oct). A word is judged alone: MonthOf("may") is 5, although the
// Finder takes a lower-case "may" for a month only in a full date
// ("may 5, 1937").
func MonthOf(word string) int {
	m, _ := monthWord(lowerWord(word))
	return m
}

// monthWord classifies a lower-cased word.
func monthWord(lw string) (int, monthForm) {
	if lw == "" {
		return 0, formNone
	}
	if lw[0] < utf8.RuneSelf {
		if e, ok := enMonths[lw]; ok {
			return e.month, formEn
		}
		return 0, formNone
	}
	if m, f := cyrMonth(lw); m != 0 {
		return m, f
	}
	if m, ok := ruAbbrMonths[lw]; ok {
		return m, formRuAbbr
	}
	return 0, formNone
}

// cyrMonth reads a Kyrgyz or Russian month word: a shared stem followed by a
// Russian case ending or a Kyrgyz suffix chain. The ending must be one a month
// takes, which keeps майор, маяк, мартен and Августин out.
func cyrMonth(lw string) (int, monthForm) {
	// Every stem starts with a two-byte letter; compare that first.
	if len(lw) < 4 {
		return 0, formNone
	}
	for _, s := range cyrStems {
		if s.stem[0] != lw[0] || s.stem[1] != lw[1] {
			continue
		}
		if !strings.HasPrefix(lw, s.stem) {
			continue
		}
		rest := lw[len(s.stem):]
		switch s.class {
		case 'm':
			switch rest {
			case "й":
				return s.month, formNeutral
			case "я", "е", "ю", "ем":
				return s.month, formRu
			}
			if r, ok := strings.CutPrefix(rest, "й"); ok && kySuffix(r, s.harmony) {
				return s.month, formKy
			}
		case 'h':
			switch rest {
			case "":
				return s.month, formNeutral
			case "а", "е", "у", "ом":
				return s.month, formRu
			}
			if kySuffix(rest, s.harmony) {
				return s.month, formKy
			}
		case 's':
			switch rest {
			case "ь":
				return s.month, formNeutral
			case "я", "е", "ю", "ем":
				return s.month, formRu
			}
			if kySuffix(strings.TrimPrefix(rest, "ь"), s.harmony) {
				return s.month, formKy
			}
		}
	}
	return 0, formNone
}

// kySuffix reports whether s can be a chain of Kyrgyz case and possessive
// suffixes after a month or year stem (-да, -ында, -дын, -га, -дан, -дагы,
// -ы): at most nine letters drawn from the vowels and the consonants those
// suffixes use, with vowels of one harmony group. h is 'b' (back vowels
// only), 'f' (front only) or 'x' (either, but not mixed).
func kySuffix(s string, h byte) bool {
	if s == "" {
		return false
	}
	n := 0
	var back, front bool
	for _, r := range s {
		n++
		switch r {
		case 'а', 'ы', 'о', 'у':
			back = true
		case 'е', 'и', 'ө', 'ү':
			front = true
		case 'д', 'т', 'н', 'г', 'к':
		default:
			return false
		}
	}
	if n > 9 || back && front {
		return false
	}
	switch h {
	case 'b':
		return !front
	case 'f':
		return !back
	}
	return true
}

// kyYearWord reports whether lw is an inflection of the Kyrgyz "жыл" (year):
// жыл, жылы, жылдын, жылдан, жылдагы, жылга, жылкы, and plural жылдары,
// жылдарында, which plural reports.
func kyYearWord(lw string) (ok, plural bool) {
	rest, found := strings.CutPrefix(lw, "жыл")
	if !found {
		return false, false
	}
	if r, ok := strings.CutPrefix(rest, "дар"); ok {
		plural, rest = true, r
	}
	return rest == "" || kySuffix(rest, 'b'), plural
}

// kyCenturyWord reports whether lw is an inflection of "кылым" (century).
func kyCenturyWord(lw string) bool {
	rest, found := strings.CutPrefix(lw, "кылым")
	if !found {
		return false
	}
	rest = strings.TrimPrefix(rest, "дар")
	return rest == "" || kySuffix(rest, 'b')
}

// kyMonthWord reports whether lw is "ай" (month) as it follows a month name:
// ай, айы, айында, айынын, айда.
func kyMonthWord(lw string) bool {
	rest, found := strings.CutPrefix(lw, "ай")
	return found && (rest == "" || kySuffix(rest, 'b'))
}

// kyCase is the case of a Kyrgyz word judged by its last suffix: 'a'
// ablative (-дан, from), 'd' dative (-га, to), 'g' genitive (-дын), or 0.
func kyCase(lw string) byte {
	r, n := utf8.DecodeLastRuneInString(lw)
	if n == 0 {
		return 0
	}
	body := lw[:len(lw)-n]
	v, m := utf8.DecodeLastRuneInString(body)
	c, _ := utf8.DecodeLastRuneInString(body[:len(body)-m])
	switch r {
	case 'н':
		switch v {
		case 'а', 'е', 'о', 'ө':
			if c == 'д' || c == 'т' || c == 'н' {
				return 'a'
			}
		case 'ы', 'и', 'у', 'ү':
			if c == 'д' || c == 'т' || c == 'н' {
				return 'g'
			}
		}
	case 'а', 'е', 'о', 'ө':
		switch v {
		case 'г', 'к', 'н':
			return 'd'
		}
	}
	return 0
}

// kyQualifier maps the Kyrgyz words that hedge a genitive date (жылдын
// башында, кылымдын аягында) to a Date qualifier.
func kyQualifier(lw string) string {
	switch {
	case lw == "баш" || strings.HasPrefix(lw, "башы") || strings.HasPrefix(lw, "башталыш"):
		return "early"
	case strings.HasPrefix(lw, "аягы") || strings.HasPrefix(lw, "аягын") || strings.HasPrefix(lw, "акыры"):
		return "late"
	case strings.HasPrefix(lw, "ортосу") || lw == "орто":
		return "mid"
	case strings.HasPrefix(lw, "чамас"):
		return "circa"
	}
	return ""
}

// Seasons are the three-month spans of spring, summer and autumn. Winter
// straddles two years, so it is given as its year with the qualifier
// "circa" instead (see seasonDate).
const (
	seasonSpring = 3
	seasonSummer = 6
	seasonAutumn = 9
	seasonWinter = 12
)

// kySeason maps the Kyrgyz season words that follow "Y-жылдын" or
// "Y-жылы" to the first month of the season, or 0. The list is explicit
// because the stems (жаз, жай, күз, кыш) start many other words (жазылган,
// жайгашкан).
func kySeason(lw string) int {
	switch lw {
	case "жазында", "жазы", "жазда", "жазынан", "жазына", "жазындагы":
		return seasonSpring
	case "жайында", "жайы", "жайда", "жайынан", "жайындагы":
		return seasonSummer
	case "күзүндө", "күзү", "күздө", "күзүнөн", "күзүндөгү":
		return seasonAutumn
	case "кышында", "кышы", "кышта", "кышынан", "кышындагы":
		return seasonWinter
	}
	return 0
}

// ruSeason maps Russian season words (весной, летом, осенью, зимой and
// their noun forms) to the first month of the season, or 0.
func ruSeason(lw string) int {
	switch lw {
	case "весной", "весною", "весна", "весны", "весну", "весне":
		return seasonSpring
	case "летом", "лето", "лету", "лете":
		return seasonSummer
	case "осенью", "осень", "осени":
		return seasonAutumn
	case "зимой", "зимою", "зима", "зимы", "зиму", "зиме":
		return seasonWinter
	}
	return 0
}

// enSeason maps English season words to the first month of the season.
func enSeason(lw string) int {
	switch lw {
	case "spring":
		return seasonSpring
	case "summer":
		return seasonSummer
	case "autumn", "fall":
		return seasonAutumn
	case "winter":
		return seasonWinter
	}
	return 0
}

// ruYearWord reports whether lw is a form of "год" (year) and whether it is
// plural (годы, годов, годах).
func ruYearWord(lw string) (ok, plural bool) {
	switch lw {
	case "год", "года", "году", "годом", "годе":
		return true, false
	case "годы", "годов", "годах", "годам", "годами":
		return true, true
	}
	return false, false
}

// ruCenturyWord reports whether lw is a form of "век" (century).
func ruCenturyWord(lw string) bool {
	switch lw {
	case "век", "века", "веке", "веку", "веком", "веков", "векам", "веках", "вв":
		return true
	}
	return false
}

// enCenturyWord reports whether lw is "century" or "centuries".
func enCenturyWord(lw string) bool { return lw == "century" || lw == "centuries" }

// enOrdinalCentury maps spelled-out English ordinals to numbers for "the
// twentieth century"; "twenty-first" is read as two words by the grammar.
var enOrdinalCentury = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20,
}

// enQualifier maps English hedges written before a date to a qualifier.
func enQualifier(lw string) string {
	switch lw {
	case "early":
		return "early"
	case "mid", "middle":
		return "mid"
	case "late":
		return "late"
	case "circa", "around", "approximately":
		return "circa"
	}
	return ""
}

// ruQualifier maps Russian hedges written before a date to a qualifier.
func ruQualifier(lw string) string {
	switch lw {
	case "начале", "начала", "начало", "началу":
		return "early"
	case "середине", "середины", "середина":
		return "mid"
	case "конце", "конца", "конец", "концу":
		return "late"
	case "около", "примерно", "приблизительно":
		return "circa"
	}
	return ""
}

// weakCues are the words that make a following bare four-digit number a
// year ("in 1937", "в 1922"), with the language they mark.
var weakCues = map[string]string{
	"in": "en", "since": "en", "until": "en", "till": "en", "by": "en",
	"from": "en", "of": "en", "during": "en", "before": "en", "after": "en",
	"around": "en", "circa": "en", "year": "en", "through": "en", "to": "en",
	"the":  "en", // "the 1916 uprising"; counted nouns after it are stopped
	"born": "en", "died": "en",
	"в": "ru", "во": "ru", "с": "ru", "со": "ru", "до": "ru", "после": "ru",
	"к": "ru", "ко": "ru", "по": "ru", "около": "ru", "между": "ru",
	"начиная": "ru", "от": "ru",
}

// stopNouns are counted things: a bare number before one of them is a
// quantity even after a cue ("in 1800 km", "в 1900 случаях").
var stopNouns = map[string]bool{
	"people": true, "persons": true, "men": true, "women": true, "children": true,
	"cases": true, "copies": true, "soldiers": true, "troops": true,
	"households": true, "families": true, "rubles": true, "roubles": true,
	"dollars": true, "km": true, "kilometers": true, "kilometres": true,
	"miles": true, "tons": true, "times": true, "pages": true, "victims": true,
	"prisoners": true, "names": true, "cards": true, "files": true,
	"documents": true, "years": true, "meters": true, "metres": true,
	"villages": true, "members": true, "workers": true, "peasants": true,
	"letters": true, "items": true, "head": true, "hectares": true,
	"человек": true, "людей": true, "раз": true, "км": true, "кг": true,
	"руб": true, "рублей": true, "тонн": true, "га": true, "метров": true,
	"штук": true, "экземпляров": true, "экземплярах": true, "случаях": true,
	"случаев": true, "голов": true, "пудов": true, "десятин": true, "гектаров": true,
	"семей": true, "дворов": true, "хозяйств": true, "лет": true,
	"адам": true, "киши": true, "сом": true, "жолу": true,
}

// refDot are abbreviations that, followed by a full stop, make the next
// number a reference (fond, opis', delo, list, page, volume, issue, article)
// rather than a date: "F. 62", "Оп. 6", "л. 57", "pp. 212", "No. 46".
var refDot = map[string]bool{
	"f": true, "ф": true, "op": true, "оп": true, "on": true, "d": true,
	"д": true, "l": true, "л": true, "ll": true, "лл": true, "p": true,
	"pp": true, "с": true, "стр": true, "ss": true, "t": true, "т": true,
	"vol": true, "no": true, "nos": true, "n": true, "nr": true, "iss": true,
	"art": true, "ст": true, "ч": true, "п": true, "гл": true, "ch": true,
	"fig": true, "табл": true, "рис": true, "кн": true, "вып": true,
	"инв": true, "арх": true, "хр": true, "об": true,
	"vyp": true, "delo": true, "sheet": true,
}

// refBare are words that make the next number a reference even without a
// full stop: "No 46", "page 731", "том 3".
var refBare = map[string]bool{
	"no": true, "nos": true, "pp": true, "page": true, "pages": true,
	"стр": true, "vol": true, "volume": true, "issue": true, "number": true,
	"том": true, "лист": true, "листы": true, "дело": true, "фонд": true,
	"опись": true, "fond": true, "opis": true, "item": true, "file": true,
	"страница": true, "страницы": true, "бет": true, "беттер": true,
}

// listWords join years in a list ("1937, 1938 and 1939").
func listWord(lw string) string {
	switch lw {
	case "and", "or":
		return "en"
	case "и", "или":
		return "ru"
	case "жана", "же":
		return "ky"
	}
	return ""
}

// romanValue reads an upper-case Roman numeral in canonical form (I..XXXIX),
// also written with the Cyrillic look-alikes Х and І, and returns its value
// or 0.
func romanValue(s string) int {
	if s == "" || len(s) > 12 {
		return 0
	}
	var buf [12]byte
	n := 0
	for _, r := range s {
		switch r {
		case 'I', 'І', 'Ӏ':
			r = 'I'
		case 'V':
		case 'X', 'Х':
			r = 'X'
		default:
			return 0
		}
		if n == len(buf) {
			return 0
		}
		buf[n] = byte(r)
		n++
	}
	norm := string(buf[:n])
	v := 0
	for i := 0; i < n; i++ {
		c := romanDigit(buf[i])
		if i+1 < n && c < romanDigit(buf[i+1]) {
			v -= c
		} else {
			v += c
		}
	}
	if v <= 0 || v > 39 || romanString(v) != norm {
		return 0
	}
	return v
}

func romanDigit(b byte) int {
	switch b {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	}
	return 0
}

// romanString renders 1..39 canonically.
func romanString(v int) string {
	units := [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return strings.Repeat("X", v/10) + units[v%10]
}

// RomanMonth returns the month (1..12) an upper-case Roman numeral names in
// Russian archival dates ("14/III-24г.", "6.X.1931"), or 0. The Cyrillic
// look-alikes Х and І are accepted, as typists use them.
func RomanMonth(s string) int {
	if v := romanValue(s); v <= 12 {
		return v
	}
	return 0
}

// lowerWord lower-cases a word, folds ё to е and drops invisible format
// characters (soft hyphens, zero-width joiners). It returns s itself when
// nothing changes, so lower-case words cost no allocation.
func lowerWord(s string) string {
	low, _ := foldWord(s)
	return low
}

// foldWord returns lowerWord(s) and the shape of s: 1 for a capitalised
// word, 2 for a word in capitals, 0 otherwise. ASCII and the Cyrillic block
// (Kyrgyz letters included) take a fast path; other letters go through the
// unicode tables.
func foldWord(s string) (string, int8) {
	if alreadyLower(s) {
		return s, 0
	}
	return foldRunes(s)
}

// foldRunes is foldWord rune by rune.
func foldRunes(s string) (string, int8) {
	var firstUpper, restUpper, restLower, change bool
	n := 0
	for i := 0; i < len(s); {
		r, size := decodeFast(s[i:])
		i += size
		l, letter := lowerRune(r)
		if l != r {
			change = true
		}
		if !letter {
			continue
		}
		upper := l != r && r != 'ё'
		if n == 0 {
			firstUpper = upper
		} else if upper {
			restUpper = true
		} else {
			restLower = true
		}
		n++
	}
	var shape int8
	switch {
	case !firstUpper:
	case restUpper && !restLower:
		shape = 2
	case !restUpper:
		shape = 1
	}
	if !change {
		return s, shape
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if l, _ := lowerRune(r); l >= 0 {
			b = utf8.AppendRune(b, l)
		}
	}
	return string(b), shape
}

// alreadyLower reports, reading bytes, that every rune of s is one lowerRune
// leaves as it is, as most words of a text are: foldWord then returns s
// and shape 0. ASCII and two-byte Cyrillic letters are read here; any
// other rune (ё, a capital, another script) answers false and leaves the
// word to foldWord's loop.
func alreadyLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			continue
		}
		if i+1 == len(s) {
			return false
		}
		c2 := s[i+1]
		switch {
		case c == 0xD0 && 0xB0 <= c2 && c2 <= 0xBF: // а..п
		case c == 0xD1 && 0x80 <= c2 && c2 <= 0x9F && c2 != 0x91: // р..я, ѐ..џ but ё
		case c == 0xD1 && 0xA0 <= c2 && c2 <= 0xBF || c == 0xD2 && 0x80 <= c2 && c2 <= 0xBF:
			// U+0460..U+04BF: the odd code point of each pair is the
			// lower case (ң, ү, қ); U+0482..U+0489 are signs.
			r := rune(c&0x1F)<<6 | rune(c2&0x3F)
			if r&1 == 0 && !(0x482 <= r && r <= 0x489) {
				return false
			}
		case c == 0xD3 && 0x90 <= c2 && c2 <= 0xBF: // U+04D0..U+04FF: ө, ә
			if c2&1 == 0 {
				return false
			}
		default:
			return false
		}
		i++
	}
	return true
}

// lowerRune lower-cases r, folds ё to е, maps format characters to -1, and
// reports whether r is a letter.
func lowerRune(r rune) (rune, bool) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A', true
		}
		return r, 'a' <= r && r <= 'z'
	case 0x430 <= r && r <= 0x45F: // а..я, ѐ..џ
		if r == 'ё' {
			return 'е', true
		}
		return r, true
	case 0x410 <= r && r <= 0x42F: // А..Я
		return r + 0x20, true
	case 0x400 <= r && r <= 0x40F: // Ѐ..Џ
		if r == 'Ё' {
			return 'е', true
		}
		return r + 0x50, true
	case 0x460 <= r && r <= 0x4BF || 0x4D0 <= r && r <= 0x4FF:
		// Upper and lower case alternate here, upper first: Ң ң, Ү ү, Ө ө.
		if 0x482 <= r && r <= 0x489 {
			return r, r != 0x482
		}
		return r | 1, true
	case unicode.Is(unicode.Cf, r):
		return -1, false
	}
	return unicode.ToLower(r), unicode.IsLetter(r)
}
