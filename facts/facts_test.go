package facts

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

// viaJSON is what encoding/json writes for l, the format's reference.
func viaJSON(t testing.TB, l Line) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func written(t testing.TB, l Line) string {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b)
	if err := w.Write(l); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriterMatchesEncodingJSON(t *testing.T) {
	for _, l := range []Line{
		{Kind: "entity"},
		{Kind: "entity", ID: "person/abdrakhmanov", Type: "Person", Name: "Жусуп Абдрахманов", Names: []string{"Абдрахмановдун", "Zhusup Abdrakhmanov"}, Docs: []string{"a.txt"}, Wikidata: "Q4069516"},
		{Kind: "relation", SubjectID: "s", Subject: `"Кошчу" союзу`, Predicate: "memberOf", ObjectID: "o", Object: "<ВКП(б)> & co", Date: "1925-05-05",
			Place: "Бишкек", PlaceID: "p", Stance: "hedged", Source: "x.txt", DocID: "d", Span: []int{0, 12345}, Evidence: "line\nbreak\ttab\r\x00\x1f\b\f \\ end", Confidence: 0.95, Rule: "letter-signature"},
		{Kind: "relation", Evidence: "bad \xff\xfe utf-8 \u2028 and \u2029, é", Confidence: 1},
		{Kind: "relation", Confidence: 1e-7, Span: []int{}},
		{Kind: "relation", Confidence: 123456789e20},
		{Kind: "relation", Confidence: 0.1 + 0.2},
		{Kind: "relation", Confidence: -2.5e-9, Names: []string{""}},
	} {
		if got, want := written(t, l), viaJSON(t, l); got != want {
			t.Errorf("Writer wrote\n%s\nencoding/json writes\n%s", got, want)
		}
	}
	var b bytes.Buffer
	if err := NewWriter(&b).Write(Line{Kind: "relation", Confidence: math.NaN()}); err == nil {
		t.Error("NaN confidence written without an error")
	}
}

// FuzzWriterMatchesEncodingJSON: any text in any field is written as
// encoding/json writes it, and reads back the same.
func FuzzWriterMatchesEncodingJSON(f *testing.F) {
	f.Add("Сталинге", "line\nnext \"q\" \\", 0.9, 3)
	f.Add("\xff\x00<&>", "\u2028\u2029\x7f", 1e-9, -1)
	f.Fuzz(func(t *testing.T, a, b string, conf float64, n int) {
		if math.IsNaN(conf) || math.IsInf(conf, 0) {
			return
		}
		l := Line{Kind: a, Name: b, Names: []string{a, b}, Evidence: a + b, Confidence: conf, Span: []int{n, -n}}
		got, want := written(t, l), viaJSON(t, l)
		if got != want {
			t.Fatalf("Writer wrote\n%q\nencoding/json writes\n%q", got, want)
		}
		var back Line
		if err := json.Unmarshal([]byte(strings.TrimSpace(got)), &back); err != nil {
			t.Fatalf("written line does not read back: %v", err)
		}
	})
}

// TestEveryByteEverywhere puts each byte value, alone and before a
// Cyrillic letter, at each place of runs longer than the eight bytes
// appendString reads at a time.
func TestEveryByteEverywhere(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			for _, tail := range []string{"", "ж", "\u2028"} {
				// in runs of ASCII and of Cyrillic letters (read
				// eight bytes at a time), and of both
				for _, run := range [][2]string{{"a", "b"}, {"ж", "ы"}, {"ө", "ң"}, {"жa", "ы "}} {
					s := strings.Repeat(run[0], at) + string([]byte{byte(c)}) + tail + strings.Repeat(run[1], 20-at)
					l := Line{Kind: "relation", Evidence: s}
					if got, want := written(t, l), viaJSON(t, l); got != want {
						t.Fatalf("byte %#x at %d: Writer wrote\n%q\nencoding/json writes\n%q", c, at, got, want)
					}
				}
			}
		}
	}
}

// TestWriteExtraction: an extraction written at once is its lines written
// one by one.
func TestWriteExtraction(t *testing.T) {
	day := dossier.Date{Year: 1937, Month: 11, Day: 5, Precision: dossier.PrecisionDay}
	year := dossier.Date{Year: 1956, Precision: dossier.PrecisionYear}
	x := &dossier.Extraction{
		Doc: &dossier.Document{ID: "cards/a.txt", Name: "a.txt"},
		Entities: []dossier.Entity{
			{ID: "p1", Type: dossier.Person, Name: "Жусуп Абдрахманов", Names: []dossier.Name{{Text: "Абдрахманов"}, {Text: "Жусуп", Lang: "ky"}, {Text: "Абдрахманов", Lang: "ru"}}},
			{ID: "pl", Type: dossier.Place, Name: "Фрунзе", Wikidata: "Q9361"},
		},
		Facts: []dossier.Fact{
			{Subject: "p1", Predicate: "bornIn", Object: "pl", Place: "pl", Date: &year, Evidence: []dossier.Evidence{{Span: dossier.Span{Start: 1, End: 9}, Quote: "q \"1\"", Confidence: 0.9, Rule: "r"}, {Span: dossier.Span{Start: 20, End: 30}, Quote: "q2", Confidence: 0.5}}},
			{Subject: "p1", Predicate: "diedOn", ObjectDate: &day, Stance: dossier.Hedged, Evidence: []dossier.Evidence{{Span: dossier.Span{Start: 40, End: 50}, Quote: "q3", Confidence: 1}}},
			{Subject: "p1", Predicate: "arrestedOn", ObjectDate: &day, Stance: dossier.Asserted, Evidence: []dossier.Evidence{{Quote: "q4", Confidence: 0.7}}},
		},
	}
	for _, asserted := range []bool{false, true} {
		var one, each bytes.Buffer
		w := NewWriter(&one)
		if err := w.WriteExtraction(x, asserted); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		w = NewWriter(&each)
		lines := FromExtraction(x, asserted)
		for _, l := range lines {
			if err := w.Write(l); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if one.String() != each.String() {
			t.Errorf("asserted only %v: WriteExtraction wrote\n%s\nthe lines one by one are\n%s", asserted, one.String(), each.String())
		}
		// the lines FromExtraction returns own their slices
		if lines[0].Names[0] != "Абдрахманов" || len(lines[0].Names) != 2 || lines[1].Names != nil || lines[2].Span[0] != 1 || lines[3].Span[0] != 20 {
			t.Errorf("asserted only %v: lines share memory: %+v", asserted, lines)
		}
	}
}

// BenchmarkWriter writes relation lines like the archive cards' (IRIs,
// names, a Russian or English quote for evidence).
func BenchmarkWriter(b *testing.B) {
	lines := []Line{
		{Kind: "relation", SubjectID: "https://w3id.org/dossier/id/person/ismail-alybaev-1896", Subject: "Исмаил Алыбаев", Predicate: "arrestedOn", Object: "1937-09-21",
			Source: "ru-card-000161.txt", DocID: "000/ru-card-000161.txt", Span: []int{412, 455}, Evidence: "Дата ареста: 21.09.1937 Обвинение: ст. 58-7 УК РСФСР", Confidence: 0.9, Rule: "card-arrest"},
		{Kind: "relation", SubjectID: "https://w3id.org/dossier/id/person/gafur-sultanov", Subject: "Gafur Sultanov", Predicate: "bornIn", ObjectID: "https://w3id.org/dossier/id/place/okbulok", Object: "Okbulok",
			Source: "en-book-000002.txt", DocID: "000/en-book-000002.txt", Span: []int{50, 300}, Evidence: "SULTANOV Gafur Rustamovich. Born in Okbulok kishlak, Pskent district, Tashkent oblast; Uzbek; non-party; veterinary assistant.", Confidence: 0.85, Rule: "book-birth"},
	}
	w := NewWriter(io.Discard)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			if err := w.Write(l); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestAppendFloatHundredths: the quick digits of a confidence in
// hundredths are encoding/json's, and so are those of the doubles next to
// each, which the quick way leaves to strconv.
func TestAppendFloatHundredths(t *testing.T) {
	for k := -2; k <= 102; k++ {
		f := float64(k) / 100
		for _, v := range []float64{f, math.Nextafter(f, 2), math.Nextafter(f, -2), f * 10, f / 10} {
			want, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendFloat(nil, v); string(got) != string(want) {
				t.Errorf("appendFloat(%v) = %s, encoding/json writes %s", v, got, want)
			}
		}
	}
}
