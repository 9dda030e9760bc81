package facts

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
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
