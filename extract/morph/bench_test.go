package morph

import "testing"

// benchWords is a mix of the word forms the extractor meets: Kyrgyz
// inflected names and nouns, Russian case forms, English tokens with and
// without possessives, and plain base forms.
var benchWords = []string{
	"Сталинге", "Москвада", "кыргыздардын", "АССРнин", "облусунун", "Кремлдеги", "Ташкенттен",
	"Абдрахмановдун", "Жусупка", "Бухарадан", "Азиясындагы", "комитетинин", "Кара-Кыргызстандан",
	"СССРдин", "ВКП(б)нын", "жылы", "менен", "болуп", "катары", "жана", "деп", "Сталин", "Москва",
	"Абдрахманова", "Сталину", "Каменского", "Москвы", "Ташкенте", "Средней", "Азии", "Кремля",
	"письмо", "председатель", "Кыргызской", "Туркестана", "Ивановой", "был", "в", "и", "года",
	"Stalin’s", "Moscow", "letter", "the", "Soviets'", "Bukhara", "wrote", "of", "Frunze's", "to",
}

func BenchmarkAnalyze(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, w := range benchWords {
			n += len(Analyze(w))
		}
	}
	b.ReportMetric(float64(b.N*len(benchWords))/b.Elapsed().Seconds(), "words/s")
	_ = n
}

func BenchmarkStems(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, w := range benchWords {
			n += len(Stems(w))
		}
	}
	b.ReportMetric(float64(b.N*len(benchWords))/b.Elapsed().Seconds(), "words/s")
	_ = n
}
