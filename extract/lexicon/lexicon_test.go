package lexicon

import (
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/data"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

func load(t testing.TB) *Lexicon {
	t.Helper()
	sub, err := fs.Sub(data.Files, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	lx, err := Load(sub)
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// bruteMatch is MatchAny without the index: every phrase of the family.
func bruteMatch(l *Lang, family string, words []string, i int) int {
	best := 0
	for _, p := range l.Relations[family] {
		if n := p.Match(words, i); n > best {
			best = n
		}
	}
	return best
}

func TestMatchAnyAgreesWithEveryPhrase(t *testing.T) {
	lx := load(t)
	texts := map[string]string{
		"ru": "председатель снк кирг . асср тов . исакеев был назначен первым секретарем и расстрелян в 1938 г . реабилитирован посмертно чл . партии с 1904 род . в г . омске",
		"ky": "ал кыргыз асср борбордук аткаруу комитетинин төрагасы болуп иштеген 1938-жылы атылган жана 1958-жылы акталган сталинге кат жазган",
		"en": "he was appointed chairman of the council and wrote to stalin from bukhara ; he was shot in 1938 and rehabilitated in 1957 , a member of the party",
	}
	for lang, text := range texts {
		l := lx.For(lang)
		words := strings.Fields(text)
		for fam := range l.Relations {
			for i := range words {
				if got, want := l.MatchAny(fam, words, i), bruteMatch(l, fam, words, i); got != want {
					t.Errorf("%s %s at %q: MatchAny = %d, every phrase = %d", lang, fam, words[i], got, want)
				}
			}
		}
	}
}

func TestMatchAllAgreesWithMatchAny(t *testing.T) {
	lx := load(t)
	for _, lang := range []string{"ru", "ky", "en"} {
		l := lx.For(lang)
		words := strings.Fields("председатель снк кирг . асср был назначен первым секретарем и расстрелян в 1938 г . реабилитирован ал кыргыз төрагасы болуп атылган жана акталган сталинге кат жазган he was appointed chairman and wrote to stalin ; shot in 1938 , rehabilitated")
		want := map[Hit]bool{}
		for fam := range l.Relations {
			for i := range words {
				if n := l.MatchAny(fam, words, i); n > 0 {
					want[Hit{Family: fam, At: i, N: n}] = true
				}
			}
		}
		got := map[Hit]bool{}
		for _, h := range l.MatchAll(words) {
			if got[h] {
				t.Errorf("%s: %v twice", lang, h)
			}
			got[h] = true
		}
		for h := range want {
			if !got[h] {
				t.Errorf("%s: MatchAll misses %v", lang, h)
			}
		}
		for h := range got {
			if !want[h] {
				t.Errorf("%s: MatchAll has %v, MatchAny does not", lang, h)
			}
		}
	}
}

func TestMatchAny(t *testing.T) {
	lx := load(t)
	tests := []struct {
		lang, family, text string
		at, want           int
	}{
		{"ru", "head_roles", "первым секретарем обкома", 0, 2},
		{"ru", "head_roles", "председателем совнаркома", 0, 1},
		{"ru", "member_roles", "чл . партии", 0, 2},
		{"ru", "born", "род . в омске", 0, 2},
		{"ru", "executed", "расстрелян в 1938", 0, 1},
		{"ru", "appoint_verbs", "утверждён председателем", 0, 1},
		{"ru", "appoint_verbs", "утвержден председателем", 0, 1},
		{"ky", "executed", "атып өлтүрүлгөн .", 0, 2},
		{"en", "letter_verbs", "wrote to stalin", 0, 1},
		{"en", "letter_verbs", "stalin wrote", 0, 0},
		{"en", "no_such_family", "wrote", 0, 0},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		if got := lx.For(tt.lang).MatchAny(tt.family, words, tt.at); got != tt.want {
			t.Errorf("%s %s %q at %d = %d, want %d", tt.lang, tt.family, tt.text, tt.at, got, tt.want)
		}
	}
}

func TestLowerAndHas(t *testing.T) {
	s := Set{"москва": true, "stalin": true}
	for _, w := range []string{"Москва", "МОСКВА", "москва", "Stalin", "STALIN"} {
		if !s.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	if s.Has("Ташкент") {
		t.Error("Has(Ташкент) = true")
	}
	for _, w := range []string{"москва", "stalin", "ташкент", ""} {
		if s.HasLower(w) != s.Has(w) {
			t.Errorf("HasLower(%q) = %v, Has says %v", w, s.HasLower(w), s.Has(w))
		}
	}
	if Lower("абв") != "абв" || Lower("АбВ") != "абв" {
		t.Error("Lower is wrong")
	}
}

// TestStartsKeepsEveryKey: the filter of first runes lets through every
// key of every index, and every word a prefix key begins.
func TestStartsKeepsEveryKey(t *testing.T) {
	lx := load(t)
	for _, l := range lx.order {
		check := func(s *starts, exact, prefix map[string][]int) {
			for k := range exact {
				if !s.may(k) {
					t.Errorf("%s: exact key %q filtered out", l.Lang, k)
				}
			}
			for k := range prefix {
				for _, w := range []string{k, k + "ов", k + "\xd1"} {
					if !s.may(w) || prefixKey(w) != k {
						t.Errorf("%s: %q, of prefix key %q, filtered out", l.Lang, w, k)
					}
				}
			}
		}
		check(&l.all.starts, l.all.exact, l.all.prefix)
		for _, fi := range l.index {
			check(&fi.starts, fi.exact, fi.prefix)
		}
	}
}

// TestMatchAnyAgreesWithEveryPhraseOnTheCorpus: MatchAny and MatchAll,
// index and filter, find what trying every phrase finds, on every word of
// the sample collection.
func TestMatchAnyAgreesWithEveryPhraseOnTheCorpus(t *testing.T) {
	lx := load(t)
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			l := lx.For(s.Lang)
			words := make([]string, len(s.Tokens))
			for i, tok := range s.Tokens {
				words[i] = tok.Lower
			}
			var want []Hit
			for i := range words {
				var at []Hit
				for fam := range l.Relations {
					n := bruteMatch(l, fam, words, i)
					if got := l.MatchAny(fam, words, i); got != n {
						t.Fatalf("%s %s at %q: MatchAny %d, every phrase %d", s.Lang, fam, words[i], got, n)
					}
					if n > 0 {
						at = append(at, Hit{Family: fam, At: i, N: n})
					}
				}
				sort.Slice(at, func(a, b int) bool { return at[a].Family < at[b].Family })
				want = append(want, at...)
			}
			if got := l.MatchAll(words); !slices.Equal(got, want) {
				t.Fatalf("%s %q: MatchAll %v, every phrase %v", s.Lang, words, got, want)
			}
		}
	}
}

// TestMatchAllOnSpellingsOfEveryKey: MatchAll, whose filter reads a word's
// first three runes, finds what trying every phrase finds on each first
// word of a phrase, spelt with ё for е, cut short, lengthened, upper-case
// or followed by a broken byte.
func TestMatchAllOnSpellingsOfEveryKey(t *testing.T) {
	lx := load(t)
	for _, l := range lx.order {
		var words []string
		for _, ps := range l.Relations {
			for _, p := range ps {
				w := strings.TrimSuffix(p[0], "*")
				words = append(words, w, w+"ов", w+"\xd1", w+"\x91", "\xd1"+w, strings.ReplaceAll(w, "е", "ё"),
					strings.Replace(w, "е", "ё", 1), strings.ToUpper(w))
				if r := []rune(w); len(r) > 1 {
					words = append(words, string(r[:len(r)-1]), string(r[:1]))
				}
			}
		}
		for i := range words {
			one := words[i : i+1]
			var want []Hit
			for fam := range l.Relations {
				if n := bruteMatch(l, fam, one, 0); n > 0 {
					want = append(want, Hit{Family: fam, N: n})
				}
			}
			sort.Slice(want, func(a, b int) bool { return want[a].Family < want[b].Family })
			if got := l.AppendMatchAll(nil, one); !slices.Equal(got, want) {
				t.Errorf("%s %q: MatchAll %v, every phrase %v", l.Lang, words[i], got, want)
			}
		}
	}
}

// TestAnyLowerIsAny: for a word in lower case AnyLower answers as Any.
func TestAnyLowerIsAny(t *testing.T) {
	lx := load(t)
	titles := func(l *Lang) Set { return l.Titles }
	for _, w := range []string{"товарищ", "Товарищ", "тов", "comrade", "mr", "жолдош", "фрунзе", ""} {
		if got, want := lx.AnyLower(Lower(w), titles), lx.Any(w, titles); got != want {
			t.Errorf("AnyLower(%q) = %v, Any says %v", Lower(w), got, want)
		}
	}
	if !lx.Any("Товарищ", titles) && !lx.Any("тов", titles) {
		t.Error("no title found: the test reads the wrong list")
	}
}

// TestQuestionsAboutAll: AnyLower, whose filter reads a hash of the word,
// FieldAny, For and its fallback answer as asking every language in turn
// does, for every word of every list and every field label, and for every
// word of the sample collection.
func TestQuestionsAboutAll(t *testing.T) {
	lx := load(t)
	lists := map[string]func(*Lang) Set{
		"stopwords": func(l *Lang) Set { return l.Stopwords }, "titles": func(l *Lang) Set { return l.Titles },
		"roles": func(l *Lang) Set { return l.Roles }, "first_names": func(l *Lang) Set { return l.FirstNames },
		"org_heads": func(l *Lang) Set { return l.OrgHeads }, "place_heads": func(l *Lang) Set { return l.PlaceHeads },
		"place_cues": func(l *Lang) Set { return l.PlaceCues }, "event_heads": func(l *Lang) Set { return l.EventHeads },
		"work_cues": func(l *Lang) Set { return l.WorkCues }, "hedges": func(l *Lang) Set { return l.Hedges },
		"negations": func(l *Lang) Set { return l.Negations }, "allegations": func(l *Lang) Set { return l.Allegations },
		"demonyms": func(l *Lang) Set { return l.Demonyms },
	}
	var words []string
	for _, l := range lx.order {
		for _, pick := range lists {
			for w := range pick(l) {
				words = append(words, w, w+"s", "x"+w)
			}
		}
		for label := range l.fields {
			words = append(words, label)
		}
	}
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			for _, tok := range s.Tokens {
				words = append(words, tok.Lower)
			}
		}
	}
	found := 0
	for _, w := range words {
		for name, pick := range lists {
			want := false
			for _, l := range lx.order {
				want = want || pick(l)[w]
			}
			if got := lx.AnyLower(w, pick); got != want {
				t.Fatalf("AnyLower(%q, %s) = %v, want %v", w, name, got, want)
			}
			if want {
				found++
			}
		}
		want := ""
		for _, l := range lx.order {
			if k := l.Field(w); k != "" && want == "" {
				want = k
			}
		}
		if got := lx.FieldAny(w); got != want {
			t.Fatalf("FieldAny(%q) = %q, want %q", w, got, want)
		}
	}
	if found == 0 {
		t.Fatal("no word found in any list")
	}
	for _, code := range []string{"en", "ru", "ky", "kk", "de", ""} {
		want := lx.empty
		if l, ok := lx.langs[code]; ok {
			want = l
		} else if l, ok := lx.langs["ky"]; ok && code == "kk" {
			want = l
		}
		if got := lx.For(code); got != want {
			t.Errorf("For(%q) = %v, want %v", code, got.Lang, want.Lang)
		}
	}
}

// TestHeadReadsOnlyTheHead: head's fast paths (three ASCII bytes, three
// two-byte runes, read as one number) cut the same head as reading rune by
// rune, note the same ё, and hash nothing but the head, so that a key and
// every word it begins share the filter's bit and the table's slot.
func TestHeadReadsOnlyTheHead(t *testing.T) {
	lx := load(t)
	words := []string{"", "a", "ab", "abc", "abcdefgh", "абв", "абвгд", "ёлка", "поёт", "ещё", "ёёёёё",
		"\xd1", "\xd1\x91", "а\xd1бвгд", "\xc1\x81бвгдеж", "\xc0\x80\xc0\x80\xc0\x80\xc0\x80", "日本語です", "a日本語",
		"ab\xd0", "əbcdefg", "çalışmak", "1937-жылы", "«советской»"}
	for _, l := range lx.order {
		for _, ps := range l.Relations {
			for _, p := range ps {
				words = append(words, p[0], p[0]+"ами", "Ё"+p[0], strings.ReplaceAll(p[0], "е", "ё"))
			}
		}
	}
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			for _, tok := range s.Tokens {
				words = append(words, tok.Lower, tok.Text)
			}
		}
	}
	for _, w := range words {
		h, x, yo := head(w)
		i, n := 0, 0
		for i < len(w) && n < 3 {
			_, size := utf8.DecodeRuneInString(w[i:])
			i, n = i+size, n+1
		}
		if h != w[:i] {
			t.Fatalf("head(%q) = %q, want %q", w, h, w[:i])
		}
		if yo != strings.Contains(h, "ё") {
			t.Fatalf("head(%q): ё %v", w, yo)
		}
		if _, hx, _ := head(h); hx != x {
			t.Fatalf("head(%q) hashes %x, its head %q alone %x", w, x, h, hx)
		}
	}
}

// may is the test of AppendMatchAll's filter for word w.
func (f *firstBytes) may(w string) bool {
	v, n := window(w, f.n)
	return f.bits.has(headHash(v, n) >> 16)
}

// TestFirstBytesKeepsEveryKey: the filter of first bytes lets through
// every exact key and every word a prefix key begins, in every spelling
// with ё for е, and window reads the bytes a plain loop reads.
func TestFirstBytesKeepsEveryKey(t *testing.T) {
	lx := load(t)
	yos := func(w string) []string {
		return []string{w, strings.ReplaceAll(w, "е", "ё"), strings.Replace(w, "е", "ё", 1)}
	}
	for _, l := range lx.order {
		f := &l.all.first
		for k := range l.all.exact {
			for _, w := range yos(k) {
				if !f.may(w) {
					t.Errorf("%s: exact key %q filtered out as %q", l.Lang, k, w)
				}
			}
		}
		for k := range l.all.prefix {
			for _, w := range []string{k, k + "е", k + "ё", k + "ов", k + "ённый", k + "\xd1", k + "abcdefgh"} {
				for _, s := range yos(w) {
					if !f.may(s) {
						t.Errorf("%s: %q, of prefix key %q, filtered out", l.Lang, s, k)
					}
				}
			}
		}
	}
	for _, w := range []string{"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "ёж", "пример", "ж"} {
		for c := 1; c <= 8; c++ {
			var want uint64
			n := min(c, len(w))
			for i := range n {
				want |= uint64(w[i]) << (8 * i)
			}
			if v, m := window(w, c); v != want || m != n {
				t.Errorf("window(%q, %d) = %x %d, want %x %d", w, c, v, m, want, n)
			}
		}
	}
}
