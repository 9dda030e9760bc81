package names

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/data"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/internal/textcase"
)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	sub, err := fs.Sub(data.Files, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Load(sub)
	if err != nil {
		t.Fatal(err)
	}
	return &Recognizer{Lex: lx}
}

// found renders the candidates as "Type:text" (the name's own words).
func found(text string, toks []segment.Token, cs []Candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, string(c.Type)+":"+text[toks[c.NameStart].Span.Start:toks[c.NameEnd-1].Span.End])
	}
	return out
}

func TestFind(t *testing.T) {
	r := recognizer(t)
	tests := []struct {
		lang, text string
		want       []string // candidates that must be found
		not        []string // and ones that must not
	}{
		// people
		{"ru", "Письмо написал Т. Р. Рыскулов.", []string{"Person:Т. Р. Рыскулов"}, nil},
		{"ru", "Подписал Исакеев Б. Д. в Москве.", []string{"Person:Исакеев Б. Д."}, nil},
		{"ru", "Тов. Бектенов прибыл .", []string{"Person:Бектенов"}, nil},
		{"ru", "12. АЙДАРОВ Касым Нурдинович, 1899 г. р.", []string{"Person:АЙДАРОВ Касым Нурдинович"}, nil},
		{"en", "44. TEMIROV Asan Kudaibergenovich. Born 1901.", []string{"Person:TEMIROV Asan Kudaibergenovich"}, nil},
		{"ru", "Сыдыков Садык Сыдыкович, 1890 г. р.", []string{"Person:Сыдыков Садык Сыдыкович"}, nil},
		{"ky", "Эшенаалы Арабай уулу мугалим болгон .", []string{"Person:Эшенаалы Арабай уулу"}, nil},
		{"en", "He met Com. Sokolov in Tashkent .", []string{"Person:Sokolov"}, nil},
		{"ru", "ЗЕЛЕНСКОМУ .", []string{"Person:ЗЕЛЕНСКОМУ"}, nil},
		{"ru", "СБОРНИК ПРОТОКОЛОВ ПО ИСТОРИИ КИРГИЗИИ .", nil, []string{"Person:ПРОТОКОЛОВ"}},
		// a hyphenated honorific, in any case
		{"en", "The band of Aliyar-bek crossed the river .", []string{"Person:Aliyar-bek"}, nil},
		{"ru", "Отряд Алияр-бека перешел реку .", []string{"Person:Алияр-бека"}, nil},
		{"en", "Junaid-khan ruled Khiva .", []string{"Person:Junaid-khan"}, nil},
		// bodies
		{"en", "He sat on the Revolutionary Military Council of the Fergana Group of Forces .",
			[]string{"Organization:Revolutionary Military Council of the Fergana Group of Forces"}, nil},
		{"ru", "Он работал в партийном комитете Нарынского уезда .", []string{"Organization:партийном комитете Нарынского уезда"}, nil},
		{"ky", "Ал Кыргыз АССРинин Борбордук Аткаруу комитетинин төрагасы болгон .",
			[]string{"Organization:Кыргыз АССРинин Борбордук Аткаруу комитетинин"}, nil},
		{"ky", "Ал \"Туран\" партиясынын мүчөсү деп айыпталган.", []string{"Organization:Туран"}, nil},
		// places
		{"ru", "Родился в кишлаке Кызыл-Булак .", []string{"Place:Кызыл-Булак"}, nil},
		{"ru", "Уроженец кишлака Поршинев , Шугнан .", []string{"Place:Поршинев"}, []string{"Person:Поршинев"}},
		{"ky", "Ал Охна кыштагында туулган .", []string{"Place:Охна"}, nil},
		{"en", "He was born in the village of Chyrpykty .", []string{"Place:Chyrpykty"}, nil},
		{"en", "Born 1890, Sary-Bulak aul, Talas district.", []string{"Place:Sary-Bulak"}, nil},
		{"en", "He lived in the Old Town of Bukhara.", nil, []string{"Place:Old"}},
		{"ru", "Учился в Акмол. обл. и работал в Теджен. у.", []string{"Place:Акмол. обл", "Place:Теджен. у"}, nil},
		{"ru", "Место рождения: с. Ак-Тал, Чаткальский р-н, Джалал-Абадская обл.",
			[]string{"Place:Чаткальский р-н", "Place:Джалал-Абадская обл"}, []string{"Place:Абадская обл"}},
		{"ru", "Жил в Алайском р-не Южно-Казахстанской обл.", []string{"Place:Алайском р-не"}, nil},
		// works
		{"ru", "Он издал сборник \"Маса\" в Оренбурге.", []string{"Document:Маса"}, nil},
		{"en", "He translated Shakespeare's \"Hamlet\" into Uzbek.", []string{"Document:Hamlet"}, nil},
		// not names
		{"ru", "Принятые сокращения следуют ниже .", nil, []string{"Person:Принятые"}},
		{"en", "The Communist Party of Turkestan met .", nil, []string{"Person:The"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := segment.Tokenize(tt.text, dossier.Span{End: len(tt.text)})
			got := found(tt.text, toks, r.Find(toks, tt.lang, nil))
			has := map[string]bool{}
			for _, g := range got {
				has[g] = true
			}
			for _, w := range tt.want {
				if !has[w] {
					t.Errorf("%s %q: want %s among %q", tt.lang, tt.text, w, got)
				}
			}
			for _, w := range tt.not {
				if has[w] {
					t.Errorf("%s %q: %s found, should not be (%q)", tt.lang, tt.text, w, got)
				}
			}
		})
	}
}

// TestFindEndsWhenNameIsTaken: a surname before a given name and a
// patronymic that something else has taken used to send the patronymic rule
// back and forth over the same word forever.
func TestFindEndsWhenNameIsTaken(t *testing.T) {
	r := recognizer(t)
	text := "Петров Иван Ильич приехал ."
	toks := segment.Tokenize(text, dossier.Span{End: len(text)})
	taken := make([]bool, len(toks))
	taken[1], taken[2] = true, true
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.FindAround(toks, "ru", taken, nil)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("FindAround did not end")
	}
}

// TestCapitalLettersAgreesWithUnicode checks capitalLetters' fast paths
// against package unicode, rune by rune and on broken UTF-8.
func TestCapitalLettersAgreesWithUnicode(t *testing.T) {
	count := func(w string) (letters, upper int) {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		return
	}
	var ws []string
	for r := rune(0); r < 0x600; r++ {
		ws = append(ws, string(r), "Аб"+string(r)+"Z")
	}
	ws = append(ws, "ОСМОНОВ", "Ӧзгөн", "\xd0", "А\xd1", "\xd0\xc0Я", "Ǆǅǆ", "大Ａ𝐀")
	for _, w := range ws {
		gl, gu := capitalLetters(w)
		if wl, wu := count(w); gl != wl || gu != wu {
			t.Errorf("capitalLetters(%q) = %d, %d; unicode says %d, %d", w, gl, gu, wl, wu)
		}
	}
}

func TestPatronymicInflected(t *testing.T) {
	for w, want := range map[string]bool{
		"Сыдыковича": true, "Ахмедовной": true, "Петровичем": true, "Ильиничны": true, "Сергеевну": true,
		"Сыдыкович": true, "Сыдыков": false, "Абдрахманова": false, "Иванович-ского": false, "овна": false,
	} {
		if got := PatronymicInflected(w); got != want {
			t.Errorf("PatronymicInflected(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTokensCarryLowerCase: the recognisers look words up by a token's
// Lower as it is (lexicon.Set.HasLower), which needs it in lower case.
func TestTokensCarryLowerCase(t *testing.T) {
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			for _, tok := range s.Tokens {
				if textcase.Lower(tok.Lower) != tok.Lower {
					t.Fatalf("token %q: Lower %q is not in lower case", tok.Text, tok.Lower)
				}
			}
		}
	}
}

// TestAppendAround: AppendAround appends what FindAround returns, after
// what dst holds, reusing dst's memory.
func TestAppendAround(t *testing.T) {
	r := recognizer(t)
	first := Candidate{Rule: "before"}
	buf := make([]Candidate, 0, 64)
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			want := r.FindAround(s.Tokens, s.Lang, nil, nil)
			got := r.AppendAround(append(buf[:0], first), s.Tokens, s.Lang, nil, nil)
			if len(got) != 1+len(want) || got[0].Rule != "before" || !reflect.DeepEqual(got[1:], want) && len(want) > 0 {
				t.Fatalf("sentence at %v: %v, want %v after the first", s.Span, got, want)
			}
			buf = got
		}
	}
}

// TestNoCapitalNoName: the rules find nothing in a sentence without a
// capitalised word (FindAround skips such sentences): each sentence of the
// sample collection, in lower case, goes through the rules.
func TestNoCapitalNoName(t *testing.T) {
	r := recognizer(t)
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(textcase.Lower(doc))) {
			if anyCapital(s.Tokens) {
				continue
			}
			sc := new(scratch)
			f := finder{r: r, toks: s.Tokens, lang: s.Lang, lx: r.Lex.For(s.Lang), capsUnknown: true,
				states: make([]tokenState, len(s.Tokens)), used: make([]bool, len(s.Tokens)), busy: make([]bool, len(s.Tokens)), scratch: sc, words: sc.table(r, s.Lang, len(s.Tokens)).words}
			f.classify()
			f.people()
			f.orgs()
			f.places()
			f.works()
			if len(f.out) > 0 {
				t.Fatalf("sentence at %v: %v", s.Span, f.out)
			}
		}
	}
}

// TestFindAroundOwn: what FindAround returns is the caller's own: appending
// to one sentence's candidates changes no other's.
func TestFindAroundOwn(t *testing.T) {
	r := recognizer(t)
	var sents []segment.Sentence
	for _, doc := range testenv.BenchDocs(t) {
		sents = append(sents, segment.Split(textnorm.Normalize(doc))...)
	}
	got := make([][]Candidate, len(sents))
	for i, s := range sents {
		got[i] = r.FindAround(s.Tokens, s.Lang, nil, nil)
		if len(got[i]) > 0 {
			_ = append(got[i], Candidate{Rule: "appended"})
		}
	}
	for i, s := range sents {
		if want := r.FindAround(s.Tokens, s.Lang, nil, nil); !reflect.DeepEqual(got[i], want) {
			t.Fatalf("sentence at %v: %v, then %v", s.Span, got[i], want)
		}
	}
}

// TestAnyCapital: anyCapital, which asks a word with no capital only
// whether it is in capitals, answers what asking every token both
// questions does, on the sample collection as written, in lower case and
// in upper case.
func TestAnyCapital(t *testing.T) {
	for _, doc := range testenv.BenchDocs(t) {
		for _, text := range []string{doc, textcase.Lower(doc), strings.ToUpper(doc)} {
			for _, s := range segment.Split(textnorm.Normalize(text)) {
				want := false
				for _, tk := range s.Tokens {
					want = want || tk.Upper() || tk.AllCaps()
					if sameString(tk.Lower, tk.Text) && tk.Upper() {
						t.Fatalf("%q: no lower case of its own, yet capitalised", tk.Text)
					}
				}
				if anyCapital(s.Tokens) != want {
					t.Fatalf("sentence at %v: anyCapital %v", s.Span, !want)
				}
			}
		}
	}
}

// TestHasCyr: hasCyr's ranges answer what unicode.Cyrillic does, rune by
// rune.
func TestHasCyr(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if utf8.ValidRune(r) && hasCyr(string(r)) != unicode.Is(unicode.Cyrillic, r) {
			t.Fatalf("%U: hasCyr %v", r, !unicode.Is(unicode.Cyrillic, r))
		}
	}
}
