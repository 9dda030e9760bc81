package segment

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/internal/textcase"
)

func sentences(text string) ([]string, []string) {
	t := textnorm.Normalize(text)
	var out, langs []string
	for _, s := range Split(t) {
		out = append(out, s.Text(t.Clean))
		langs = append(langs, s.Lang)
	}
	return out, langs
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"initials and a title", "Тов. И.В. Сталин прочел письмо. Ответа не было.",
			[]string{"Тов. И.В. Сталин прочел письмо.", "Ответа не было."}},
		{"year abbreviation, then a verb", "Арестован в 1937 г. Реабилитирован в 1958 г.",
			[]string{"Арестован в 1937 г.", "Реабилитирован в 1958 г."}},
		{"year abbreviation inside a sentence", "В 1925 г. Абдрахманов написал Сталину.",
			[]string{"В 1925 г. Абдрахманов написал Сталину."}},
		{"dictionary abbreviations", "С 1920 пред. Туркест. ЦИК, затем чл. Турккомиссии.",
			[]string{"С 1920 пред. Туркест. ЦИК, затем чл. Турккомиссии."}},
		{"truncated word between acronyms", "Председатель СНК Кирг. АССР Б. Исакеев подписал.",
			[]string{"Председатель СНК Кирг. АССР Б. Исакеев подписал."}},
		{"question mark in brackets", "Late August 1920 (?) - Frunze to Kuibyshev.",
			[]string{"Late August 1920 (?) - Frunze to Kuibyshev."}},
		{"English abbreviations", "See ibid. p. 45. Com. Peters wrote to Lenin.",
			[]string{"See ibid. p. 45.", "Com. Peters wrote to Lenin."}},
		{"Kyrgyz date line then text", "Москва. 5 май 1925ж. Өзүнүн катында ал суранат.",
			[]string{"Москва.", "5 май 1925ж.", "Өзүнүн катында ал суранат."}},
		{"paragraphs end sentences", "Биринчи абзац\n\nЭкинчи абзац.",
			[]string{"Биринчи абзац", "Экинчи абзац."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := sentences(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Жусуп Абдрахманов 1925-жылы Сталинге кат жазган.", "ky"},
		{"Абдрахманов написал письмо Сталину в мае 1925 года.", "ru"},
		{"Abdrakhmanov wrote to Stalin in May 1925.", "en"},
		// one Kazakh name does not make a Russian sentence Kazakh
		{"Тюрякулов (каз. Төреқұлов) был назначен полпредом в Саудовскую Аравию.", "ru"},
		{"Ол 1937 жылы ұсталып, 1938 жылы атылды және оның отбасы жер аударылды.", "kk"},
		// a Russian record's participles, with no function word at all
		{"Исакеев арестован 14 июля 1937 г.", "ru"},
		{"Реабилитирован 12 дек. 1956 г.", "ru"},
		// a Kyrgyz word with "ээ", and an initial that is no preposition
		{"Арыз ээси: С. Жапарова", "ky"},
		// a Kyrgyz patronymic in a Russian line stays a name
		{"КАДЫРОВ Толон Джээнбекович, 1900 г. р., уроженец г. Токмак.", "ru"},
	}
	for _, tt := range tests {
		_, langs := sentences(tt.text)
		if len(langs) != 1 || langs[0] != tt.want {
			t.Errorf("language of %q = %v, want %s", tt.text, langs, tt.want)
		}
	}
}

func TestTokenCase(t *testing.T) {
	toks := Tokenize("ВКП(б)нын Сталин's ӨЗГӨН жыл", spanOf("ВКП(б)нын Сталин's ӨЗГӨН жыл"))
	type got struct {
		Text, Lower   string
		Upper, AllCap bool
	}
	var g []got
	for _, tk := range toks {
		g = append(g, got{tk.Text, tk.Lower, tk.Upper(), tk.AllCaps()})
	}
	want := []got{
		{"ВКП", "вкп", true, true}, {"(", "(", false, false}, {"б", "б", false, false}, {")", ")", false, false},
		{"нын", "нын", false, false}, {"Сталин's", "сталин's", true, false}, {"ӨЗГӨН", "өзгөн", true, true}, {"жыл", "жыл", false, false},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("tokens\n got %+v\nwant %+v", g, want)
	}
}

func spanOf(s string) (sp dossier.Span) { return dossier.Span{Start: 0, End: len(s)} }

// TestTokenizeAgreesWithNewToken checks the tokenizer's one-pass case
// flags and lower-case slices against NewToken, word by word, including
// text where lowering changes a rune's length (İ, the Kelvin sign).
func TestTokenizeAgreesWithNewToken(t *testing.T) {
	for _, text := range []string{
		"Абдрахманов ЖҮСҮП wrote to STALIN from Frunze.",
		"İstanbul and \u212AELVIN Ömer, Ӊ, ҢАРЫН жана O'Connor's.",
		"ТОКТОГУЛ Сатылганов (1864–1933) — акын.",
		"й\u0306 Й\u0306ОЛ", // combining breve inside words
		// capitalised words of every kind of first letter
		"Ёлка Ѐлка Өзгөн Үркүн Ӏа Ѣлка McDonald MacDONALD Zhusup Я Q Ђорђе Ҳаким",
	} {
		for _, tok := range Tokenize(text, dossier.Span{Start: 0, End: len(text)}) {
			want := NewToken(tok.Text, tok.Span, tok.Kind, tok.Space, tok.Script)
			if tok != want {
				t.Errorf("%q: token %+v, NewToken gives %+v", text, tok, want)
			}
		}
	}
}

// TestSimpleRunesLowerInPlace: tokenize lowers a word of ASCII and
// Cyrillic-block runes on its own, which gives what the lower case of its
// paragraph holds there when no such rune changes case without being a
// capital, nor changes length.
func TestSimpleRunesLowerInPlace(t *testing.T) {
	for r := rune(0); r <= 0x4FF; r++ {
		if r >= 0x80 && r < 0x400 {
			continue
		}
		l := textcase.ToLower(r)
		if l != r && (!textcase.IsUpper(r) || utf8.RuneLen(l) != utf8.RuneLen(r)) {
			t.Errorf("the lower case of %U is %U", r, l)
		}
	}
}

// TestAlphabets: alphabets finds by their bytes the letters it would find
// by decoding the runes.
func TestAlphabets(t *testing.T) {
	for _, w := range []string{"", "өзү", "жана", "қазақ", "щука", "ёлка", "эх", "і", "\xd2\xafx", "\xe2\xd2\xaf", "\xd0\xd3\xa9", "ab\xd1", "тарабынан", "әр", "\xf0\x9f\x98\x80ң"} {
		var ky, kk, ru bool
		for _, r := range w {
			switch r {
			case 'ө', 'ү', 'ң':
				ky = true
			case 'ә', 'ғ', 'қ', 'ұ', 'һ', 'і':
				kk = true
			case 'щ', 'ё', 'э':
				ru = true
			}
		}
		if gky, gkk, gru := alphabets(w); gky != ky || gkk != kk || gru != ru {
			t.Errorf("alphabets(%q) = %v %v %v, want %v %v %v", w, gky, gkk, gru, ky, kk, ru)
		}
	}
}

// TestRuParticiple: the quick test of the last letters turns away no
// word with a participle's ending.
func TestRuParticiple(t *testing.T) {
	endings := []string{"ован", "ована", "ованы", "жден", "ждена", "ждены", "лян", "ляна", "ляны"}
	for _, stem := range []string{"", "н", "арест", "осу", "расстре", "реабилитир", "ы", "а"} {
		for _, tail := range append(endings, "", "н", "на", "ны", "ан", "ная", "ыа", "нан", "ова", "я") {
			w := stem + tail
			want := false
			for _, e := range endings {
				want = want || strings.HasSuffix(w, e)
			}
			if got := ruParticiple(w); got != want {
				t.Errorf("ruParticiple(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestAlphaOf: a letter's alphabet bit is what alphabets finds in its
// lower case, for every rune.
func TestAlphaOf(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if 0xD800 <= r && r <= 0xDFFF {
			continue
		}
		ky, kk, ru := alphabets(string(textcase.ToLower(r)))
		var want uint8
		if ky {
			want |= alphaKy
		}
		if kk {
			want |= alphaKk
		}
		if ru {
			want |= alphaRu
		}
		if got := alphaOf(r); got != want {
			t.Fatalf("alphaOf(%U) = %b, want %b", r, got, want)
		}
	}
}

// TestTokenAlpha: the tokenizer's alphabet bits of a word are alphabets
// of its lower case, in the words of the sample collection and of a few
// made to reach every path.
func TestTokenAlpha(t *testing.T) {
	texts := []string{
		"Щука ЩУКА щука Эх ЭХ эх Ёлка ЁЛКА ёлка Өзү ӨЗҮ өзү ҢҢ Ққ Әр ӘР Іі ҺҺ ҰҰ Ғғ ЪЬ ъь Ѐѐ Ѝѝ Ћћ",
		"Ящщ Яэ Яё яЁ фЩ ЭЩЁ Жё Шө Ңa Ӂӂ Ӱӱ ӢӣЩ Ԁԁщ ᲀщ Ӫщ щ\u0301э й\u0306щ Ⅻщ",
	}
	for _, p := range testenv.BenchFiles(t) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	for _, text := range texts {
		for _, tk := range Tokenize(text, dossier.Span{End: len(text)}) {
			if tk.Kind != Word {
				continue
			}
			ky, kk, ru := alphabets(tk.Lower)
			if got := [3]bool{tk.alpha&alphaKy != 0, tk.alpha&alphaKk != 0, tk.alpha&alphaRu != 0}; got != [3]bool{ky, kk, ru} {
				t.Errorf("%q: alphabet bits %v, alphabets of %q says %v", tk.Text, got, tk.Lower, [3]bool{ky, kk, ru})
			}
		}
	}
}

// TestTokenizeOverUsedSlab: tokens written in place over a slab's old
// tokens keep nothing of them (every field is set).
func TestTokenizeOverUsedSlab(t *testing.T) {
	text := "Жусуп Абдрахманов 1925-жылы «Москвадан» Сталинге кат жазган. On April 3, 1922, Jekabs Peters wrote."
	span := dossier.Span{End: len(text)}
	want := Tokenize(text, span)
	junk := Token{Span: dossier.Span{Start: 7, End: 9}, Text: "junk", Lower: "junk", Kind: Punct, Space: true, Script: Mixed, cap: capFirst | capAll, alpha: alphaKy | alphaKk | alphaRu}
	slab := make([]Token, len(want)+3)
	for i := range slab {
		slab[i] = junk
	}
	got := tokenize(text, span, slab[:0], &lowerArena{})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("over a used slab: %+v\nfresh: %+v", got, want)
	}
}
