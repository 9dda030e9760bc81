package charset

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Texts written for these tests.
const (
	ruLong = "Письма в Кремль приходили из Ташкента и Фрунзе почти каждую неделю. " +
		"Секретарь обкома жаловался на нехватку хлеба, а председатель исполкома просил прислать учителей. " +
		"Ответы, если они вообще приходили, были короткими и сухими."
	ruShort = "Съезд в Москве"
	ruMixed = "Letter No. 7 from the archive: «Товарищ Сталин, положение в уезде тяжёлое» — wrote the secretary in 1925."
	enLatin = "The café on the corner served crème brûlée to the delegates of the naïve committee."
)

func encode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	put := func(u uint16) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if bom {
		put(0xfeff)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return out
}

func TestDetectAndDecode(t *testing.T) {
	cases := []struct {
		name     string
		raw      []byte
		want     string
		detected bool
		text     string
	}{
		{"utf-8", []byte(ruLong), UTF8, false, ruLong},
		{"utf-8 with BOM", append([]byte{0xef, 0xbb, 0xbf}, ruShort...), UTF8, false, ruShort},
		{"ascii", []byte("Plain ASCII text."), UTF8, false, "Plain ASCII text."},
		{"utf-16le BOM", utf16Bytes(ruMixed, false, true), UTF16LE, false, ruMixed},
		{"utf-16be BOM", utf16Bytes(ruMixed, true, true), UTF16BE, false, ruMixed},
		{"utf-16le unmarked", utf16Bytes(enLatin, false, false), UTF16LE, true, enLatin},
		{"utf-16be unmarked", utf16Bytes(ruLong, true, false), UTF16BE, true, ruLong},
		{"windows-1251", encode(t, charmap.Windows1251, ruLong), Windows1251, true, ruLong},
		{"koi8-r", encode(t, charmap.KOI8R, ruLong), KOI8R, true, ruLong},
		{"ibm866", encode(t, charmap.CodePage866, ruLong), IBM866, true, ruLong},
		{"windows-1251 short", encode(t, charmap.Windows1251, ruShort), Windows1251, true, ruShort},
		{"koi8-r short", encode(t, charmap.KOI8R, ruShort), KOI8R, true, ruShort},
		{"windows-1251 mixed", encode(t, charmap.Windows1251, ruMixed), Windows1251, true, ruMixed},
		{"koi8-r mixed", encode(t, charmap.KOI8R, strings.NewReplacer("«", "\"", "»", "\"", "—", "-").Replace(ruMixed)), KOI8R, true, ""},
		{"windows-1252", encode(t, charmap.Windows1252, enLatin), Windows1252, true, enLatin},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Detect(c.raw)
			if err != nil {
				t.Fatalf("Detect: %v", err)
			}
			if res.Name != c.want || res.Detected != c.detected {
				t.Fatalf("Detect = %+v, want %s (detected %v)", res, c.want, c.detected)
			}
			got, err := Decode(c.raw, res.Name)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if c.text != "" && got != c.text {
				t.Fatalf("Decode = %q, want %q", got, c.text)
			}
		})
	}
}

func TestDetectRefusesBinary(t *testing.T) {
	cases := []struct {
		name   string
		raw    []byte
		offset int
	}{
		{"NUL bytes", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00"), 7},
		{"control bytes", []byte("abc\x01\x02\x03def"), 3},
		{"bad utf-8 after BOM", []byte{0xef, 0xbb, 0xbf, 'a', 0xff}, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Detect(c.raw)
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrNotText) {
				t.Fatalf("Detect = %v, want an *Error wrapping ErrNotText", err)
			}
			if e.Offset != c.offset {
				t.Fatalf("offset %d, want %d (%v)", e.Offset, c.offset, err)
			}
		})
	}
}

func TestDecodeUTF16Errors(t *testing.T) {
	for _, raw := range [][]byte{
		{0xff, 0xfe, 'a'},                // odd length
		{0xff, 0xfe, 0x00, 0xdc},         // low surrogate alone
		{0xff, 0xfe, 0x00, 0xd8},         // high surrogate at the end
		{0xff, 0xfe, 'a', 0, 0, 0},       // NUL character
		{0xff, 0xfe, 0x3d, 0xd8, 'a', 0}, // high surrogate, then a letter
	} {
		if _, err := Decode(raw, UTF16LE); !errors.Is(err, ErrNotText) {
			t.Errorf("Decode(% x) = %v, want ErrNotText", raw, err)
		}
	}
}

func TestLabel(t *testing.T) {
	for label, want := range map[string]string{
		"CP1251": Windows1251, " koi8-r ": KOI8R, "\"utf-8\"": UTF8, "latin1": Windows1252, "cp866": IBM866,
	} {
		if got, ok := Label(label); !ok || got != want {
			t.Errorf("Label(%q) = %q, %v; want %q", label, got, ok, want)
		}
	}
	if _, ok := Label("shift_jis"); ok {
		t.Error("Label(shift_jis) accepted")
	}
}

func FuzzDetectDecode(f *testing.F) {
	f.Add([]byte(ruLong))
	f.Add([]byte{0xff, 0xfe, 'a', 0})
	f.Add(utf16Bytes(ruShort, true, false))
	f.Add([]byte{0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2})
	f.Add([]byte("\x00\x01binary"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := Detect(raw)
		if err != nil {
			if !errors.Is(err, ErrNotText) || err.Error() == "" {
				t.Fatalf("Detect error %v is not a clear ErrNotText", err)
			}
			return
		}
		s, err := Decode(raw, res.Name)
		if err != nil {
			if !errors.Is(err, ErrNotText) {
				t.Fatalf("Decode error %v is not an ErrNotText", err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%s) gave invalid UTF-8", res.Name)
		}
	})
}
