package layout

import (
	"reflect"
	"strings"
	"testing"
)

func lines(breaks string, texts ...string) []Line {
	out := make([]Line, len(texts))
	for i, t := range texts {
		out[i] = Line{Text: t, Break: i < len(breaks) && breaks[i] == 'b'}
	}
	return out
}

func TestJoin(t *testing.T) {
	cases := []struct {
		name  string
		lines []Line
		want  string
	}{
		{"wrap", lines("", "The delegates left", "Tashkent in May."), "The delegates left Tashkent in May."},
		{"paragraphs", lines("..b", "First paragraph", "goes on.", "Second one."), "First paragraph goes on.\n\nSecond one."},
		{"typesetting hyphen", lines("", "the rehabili-", "tation of victims"), "the rehabilitation of victims"},
		{"cyrillic typesetting hyphen", lines("", "кызмат-", "керлердин ичинен"), "кызматкерлердин ичинен"},
		{"soft hyphen", lines("", "Абдрах\u00ad", "манов"), "Абдрахманов"},
		{"digit keeps hyphen", lines("", "1933-", "жылдан баштап"), "1933-жылдан баштап"},
		{"capital keeps hyphen", lines("", "Кара-", "Кыргыз областы"), "Кара-Кыргыз областы"},
		{"particle keeps hyphen", lines("", "кто-", "то пришёл"), "кто-то пришёл"},
		{"known compound keeps hyphen", lines("", "түздөн-", "түз жазган, түздөн-түз окуган"), "түздөн-түз жазган, түздөн-түз окуган"},
		{"dash is not a hyphen", lines("", "in 1937 -", "the worst year"), "in 1937 - the worst year"},
		{"spaces collapse", lines("", "  a   b  ", "", "\tc "), "a b c"},
		{"NFC", lines("", "Арестован в Бишкеке и\u0306"), "Арестован в Бишкеке й"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Join(c.lines); got != c.want {
				t.Fatalf("Join = %q, want %q", got, c.want)
			}
		})
	}
}

func TestRunning(t *testing.T) {
	page := func(n string, body ...string) []string {
		return append(append([]string{"Вестник архива, 1998, № 3", "- " + n + " -"}, body...), "Journal of Archives "+n)
	}
	pages := [][]string{
		page("1", "Зачем писать письма", "в Кремль?"),
		page("2", "Потому что больше", "некуда было писать."),
		page("3", "Конец."),
	}
	got := Running(pages)
	want := [][]bool{
		{true, true, false, false, true},
		{true, true, false, false, true},
		{true, true, false, true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Running = %v, want %v", got, want)
	}
}

func TestRunningKeepsYearsAndSinglePages(t *testing.T) {
	// Archive cards: every page ends with a year, which is not a page number.
	cards := [][]string{
		{"Card", "Ivanov I. I.", "1938"},
		{"Card", "Petrov P. P.", "1938"},
		{"Card", "Sidorov S. S.", "1937"},
		{"Card", "Orlov O. O.", "1941"},
	}
	got := Running(cards)
	for i := range got {
		if got[i][2] {
			t.Errorf("page %d: the year line was taken for a page number", i+1)
		}
		if !got[i][0] {
			t.Errorf("page %d: the repeated title line was kept", i+1)
		}
	}
	single := Running([][]string{{"7", "Only page", "7"}})
	if !reflect.DeepEqual(single, [][]bool{{false, false, false}}) {
		t.Errorf("a single page lost lines: %v", single)
	}
}

func TestPageNumber(t *testing.T) {
	for s, want := range map[string]int{"12": 12, "- 12 -": 12, "Page 3": 3, "3 of 10": 3, "Стр. 45": 45, "Бет 7": 7, "xiv": 14, "[9]": 9} {
		if n, ok := number(s); !ok || n != want {
			t.Errorf("number(%q) = %d, %v; want %d", s, n, ok, want)
		}
	}
	for _, s := range []string{"civil", "Page", "-", "", "1938 year", "Chapter 3"} {
		if n, ok := number(s); ok {
			t.Errorf("number(%q) = %d, want no page number", s, n)
		}
	}
}

func FuzzJoin(f *testing.F) {
	f.Add("the rehabili-", "tation", true)
	f.Add("1933-", "жылдан", false)
	f.Add("\u00ad", "-", false)
	f.Fuzz(func(t *testing.T, a, b string, brk bool) {
		out := Join([]Line{{Text: a}, {Text: b, Break: brk}})
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("Join(%q, %q) = %q: more than one blank line", a, b, out)
		}
		_ = Running([][]string{{a, b}, {b, a}, {a}})
	})
}
