package textnorm

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier/internal/textcase"
)

// TestKeptCyrillic: the runes runePass skips unread are exactly the
// two-byte runes of the Cyrillic block that runeMap does not replace.
func TestKeptCyrillic(t *testing.T) {
	for c := 0; c < 0x100; c++ {
		for d := 0; d < 0x100; d++ {
			s := string([]byte{byte(c), byte(d)})
			r, n := utf8.DecodeRuneInString(s)
			_, mapped := runeMap[r]
			want := n == 2 && 0x400 <= r && r <= 0x4FF && !mapped
			if got := keptCyrillic(byte(c), byte(d)); got != want {
				t.Errorf("keptCyrillic(%#x, %#x) = %v, want %v", c, d, got, want)
			}
		}
	}
}

// plainScripts is runePlain's report alone.
func plainScripts(s string) bool {
	_, _, plain := runePlain(s)
	return plain
}

// nfcPass is the NFC pass as a pass of its own, as NormalizeKnown ran it
// before it read the text once for the rune pass and the NFC check.
func nfcPass(in string) (string, *offmap) {
	if plainScriptsByRune(in) || norm.NFC.IsNormalString(in) {
		return identity(in)
	}
	return nfcCompose(in)
}

// TestNormalizeOnePassPerPass: NormalizeKnown, which reads the text
// once for the rune pass and the NFC check, gives what the passes give
// one after the other, texts not in NFC among them.
func TestNormalizeOnePassPerPass(t *testing.T) {
	texts := mixedTexts(5000)
	for _, s := range texts[:1000] {
		texts = append(texts, norm.NFD.String(s), "Жусуп\u0301 и\u0306 "+s)
	}
	for _, s := range texts {
		got := NormalizeKnown(s, nil)
		want := &Text{Orig: s}
		cur := s
		lines := func(in string) (string, *offmap) { return linePass(in, nil) }
		for _, pass := range []func(string) (string, *offmap){nfcPass, runePass, wordPass, lines} {
			var m *offmap
			cur, m = pass(cur)
			want.maps = append(want.maps, m)
		}
		want.Clean = cur
		want.Paras = paragraphs(cur)
		if got.Clean != want.Clean || !reflect.DeepEqual(got.Paras, want.Paras) || !reflect.DeepEqual(got.maps, want.maps) {
			t.Fatalf("NormalizeKnown(%q) = %q, %+v; the passes give %q, %+v", s, got.Clean, got.maps, want.Clean, want.maps)
		}
	}
}

// runePassByRune is runePass reading every rune but ASCII: what the
// skipping of whole runs must give.
func runePassByRune(in string) (string, *offmap) {
	var b builder
	start := 0
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRuneInString(in[i:])
		repl, ok := runeMap[r]
		if r == utf8.RuneError && n == 1 {
			repl, ok = "\ufffd", true
		}
		if !ok {
			i += n
			continue
		}
		if start == 0 && len(b.segs) == 0 {
			b.grow(len(in))
		}
		b.copy(in, start, i)
		b.replace(repl, i, i+n)
		i += n
		start = i
	}
	if len(b.segs) == 0 {
		return identity(in)
	}
	b.copy(in, start, len(in))
	return b.finish(len(in))
}

// plainScriptsByRune is plainScripts reading every rune.
func plainScriptsByRune(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x300:
		case 0x400 <= r && r <= 0x4FF && !(0x483 <= r && r <= 0x489):
		case 0x2010 <= r && r <= 0x205F, r == 0x2116:
		default:
			return false
		}
	}
	return true
}

// mixedTexts makes texts of words in Latin and Cyrillic letters (the whole
// block, legacy and combining ones included), spaces, the ASCII runePass
// stops at, punctuation it replaces, and broken UTF-8 at every place.
func mixedTexts(n int) []string {
	pieces := []string{
		" ", "  ", "\n", "\t", "\r\n", "`", "word", "Word, ", "x", "1937",
		"\xd0", "\xd1", "\xd2", "\xd3", "\x80", "\xbf", "\xe2\x80", "\xff",
		"«", "»", "—", "–", "…", "№", "\u00a0", "\u0301", "é", "ß", "\u0483", "\u20ac", "😀",
	}
	for r := rune(0x400); r <= 0x4FF; r++ {
		pieces = append(pieces, string(r))
	}
	rng := rand.New(rand.NewSource(1937))
	texts := make([]string, n)
	for i := range texts {
		var sb strings.Builder
		for k := rng.Intn(40); k > 0; k-- {
			if rng.Intn(3) == 0 {
				// a Cyrillic word: the run runePass and plainScripts skip
				for w := 1 + rng.Intn(8); w > 0; w-- {
					sb.WriteString(string(rune(0x410 + rng.Intn(0x40))))
				}
				continue
			}
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts[i] = sb.String()
	}
	return texts
}

func TestRunePassMatchesByRune(t *testing.T) {
	for _, s := range mixedTexts(20000) {
		got, gm := runePass(s)
		want, wm := runePassByRune(s)
		if got != want || !reflect.DeepEqual(gm, wm) {
			t.Fatalf("runePass(%q) = %q, %+v; by rune %q, %+v", s, got, gm, want, wm)
		}
	}
}

func TestPlainScriptsMatchesByRune(t *testing.T) {
	for _, s := range mixedTexts(20000) {
		if got, want := plainScripts(s), plainScriptsByRune(s); got != want {
			t.Fatalf("plainScripts(%q) = %v, by rune %v", s, got, want)
		}
	}
}

// socialNamesByWord is socialNames splitting every word off and reading
// it whole: what the quick separators and the first-rune test must give.
func socialNamesByWord(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '|' || r == ',' || r == '/' }) {
		w = strings.Trim(w, ".:;")
		if w == "" || len(w) > 4*13 {
			continue
		}
		switch string(textcase.AppendLower(nil, w)) {
		case "facebook", "twitter", "x", "telegram", "whatsapp", "vk", "вк", "вконтакте", "ok", "ок", "одноклассники", "instagram", "youtube", "linkedin", "email", "e-mail":
			n++
		}
	}
	return n
}

// TestSocialNames: socialNames counts what reading every word whole
// counts, in lines of names in every case (the Kelvin sign and the dotted
// İ lower to ASCII letters), marks, separators at every place of the
// eight-byte reads, and broken UTF-8.
func TestSocialNames(t *testing.T) {
	pieces := []string{
		" ", "|", ",", "/", ".", ":", ";", " | ", ", ", "Share", "Поделиться", "Facebook", "FACEBOO\u212A", "twitter",
		"X", "x", "Telegram", "WhatsApp", "VK", "вк", "ВКонтакте", "OK", "ok", "ОК", "Одноклассники", "İnstagram",
		"YouTube", "LinkedIn", "Email", "E-mail", "e-MAIL", "Oblast", "village", "1937", "Фрунзе", "\u212Aelvin",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "Ж", "\xff", "\xd0", "ſ", "tweet", "Vk.", ":ok;", "...",
		"\x00", "\x7f", "!", "<", "\\", "l", "\u2028",
	}
	rng := rand.New(rand.NewSource(1938))
	for i := 0; i < 100000; i++ {
		var sb strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		if got, want := socialNames(s, strings.Contains(s, "|")), socialNamesByWord(s); got != want {
			t.Fatalf("socialNames(%q) = %d, word by word %d", s, got, want)
		}
	}
}
