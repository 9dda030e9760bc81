package dates

import (
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// benchParagraphs is invented prose in the three languages of the corpus,
// with the density of dates, archive references and quantities that the
// documents have. None of it is quoted from a source.
var benchParagraphs = []string{
	// Kyrgyz
	"Макаланын автору архивдик материалдардын негизинде республиканын алгачкы жетекчилеринин тагдырын изилдейт. " +
		"Алар 1924-жылы түзүлгөн автономиялуу облустун ишине активдүү катышып, кийин 1937-1938-жылдары репрессияга кабылган. " +
		"Бул жазуулар көпчүлүккө белгисиз бойдон калган, себеби архивдер узак убакыт жабык болчу.",
	"Комиссиянын биринчи жыйыны 1926-жылдын 12-мартында Пишпек шаарында өттү. Ага облустун ар кайсы болуштуктарынан " +
		"келген өкүлдөр катышып, жер-суу маселеси боюнча узун талкуу жүрдү. Экинчи жыйын ошол эле жылдын күзүндө " +
		"чакырылып, анын жыйынтыгы 1927-жылы март айында басылып чыкты.",
	"Өткөн кылымдын 40-50 жылдарында мамлекеттик курулуштун негиздери түптөлгөн. Ошол мезгилде билимдүү адамдар " +
		"аз болгондуктан, бир эле кызматкер бир нече жооптуу кызматты аркалаган. Алардын көбү 1930-жылдардын аягында " +
		"камакка алынып, 17 жылдан кийин гана акталган.",
	"Катта мындай деп жазылган: «Биз бул ишти 5-июнда баштап, айдын аягына чейин бүтүрөбүз». Кат 24-июль 1928-жыл " +
		"деп белгиленген жана ага эки киши кол койгон. Архивдик көрсөткүч: Ф. 10. Оп. 1. Д. 57. Л. 3-4.",
	"Тарыхчылар анын туулган жылын ар башка көрсөтүшөт: айрымдары 1895-жыл дешсе, башкалары 1897-жылды айтышат. " +
		"Ал 3 жолу камакка алынып, акыры 1938-жылдын 6-ноябрында атылган. Анын иштери XX кылымдын башындагы " +
		"агартуу кыймылынын бир бөлүгү катары каралат.",
	// Russian
	"В докладной записке от 14 октября 1927 г. председатель комиссии сообщал, что работа по учёту земель " +
		"затянулась из-за нехватки людей. К записке приложены 12 таблиц и список из 340 хозяйств; подлинник хранится " +
		"в фонде: Ф. 21. Оп. 2. Д. 118. Л. 45 об.",
	"Весной 1929 года в округе начались выселения, а к концу года их число выросло почти вдвое. В 1930-1931 гг. " +
		"по решению бюро обкома были созданы особые тройки. Сведения за 1932 г. неполны: часть документов утрачена, " +
		"о чём сказано в акте проверки 1956 года.",
	"Родился в 1899 г. в семье батрака. С 1918 г. по 1921 г. служил в Красной армии, затем учился в Ташкенте (1922-24). " +
		"В начале 1930-х годов работал наркомом, а в середине 1937 года был арестован. Реабилитирован посмертно " +
		"решением суда от 5 мая 1958 г.",
	"Телеграмма, датированная 3 (16) марта 1917 г., извещала губернатора о событиях в столице. На копии стоит " +
		"пометка «вх. № 215», а на обороте приписка карандашом: 18.IX, 11 ч. 30 м. Всего в деле 52 листа, из них 65 % " +
		"составляют черновики.",
	"Из протокола заседания от 21.12.1936: слушали вопрос о снабжении района. Постановили выделить 2,5 тыс. пудов " +
		"зерна и 300 голов скота. Следующее заседание назначено на январь 1937 г., однако оно не состоялось.",
	// English
	"The collection covers the years 1917-1941 and contains some 2,400 items. Most of the letters were written " +
		"between 1924 and 1929, when the new republics were being drawn on the map. A smaller group dates from the " +
		"late 1930s, when many of the writers were arrested.",
	"On June 14, 1928, the commission met again and heard a report on the irrigation works. Its chairman, who had " +
		"returned from Moscow in early May 1928, argued that 40 years of neglect could not be undone in one season. " +
		"The report is filed as RGASPI. F. 17. Op. 67. D. 420. L. 12-19.",
	"In the spring of 1933 the famine reached the eastern districts. Officials counted 120 villages without grain, " +
		"and more than 12,000 families left for the mountains. Historians still argue about the numbers; see [4, pp. 233-240] " +
		"and the table on page 512.",
	"He was born in 1901 (some sources give 1902) and died in a labour camp in the mid-1940s. His rehabilitation came " +
		"on 12 April 1957, four years after Stalin's death. A short biography appeared in No. 3, 1989 of a regional journal.",
	"The archive opened its reading room on September 2 and announced that about 1.5 million cards would be scanned " +
		"by the end of 2024. Researchers from the 20th century studies group asked for access to files from 1918 to 1930.",
	"Notes from the meeting: attendance 63 %, agenda items 5and 6 postponed, next session at 9:15 on Monday. " +
		"Contact the office at 62-14-80 for details. Nothing here is a date except the heading, dated Oct. 7, 1936.",
	// Prose without any digit or month-bearing window, as most of a long document is.
	"Автор өз эскерүүлөрүндө айыл турмушун, эгин талаасын жана тоо арасындагы жайлоолорду кеңири сүрөттөйт. " +
		"Ал жерде балдар эрте турушуп, малды жайытка айдап чыгышкан, кечинде бардыгы очоктун айланасына чогулушкан.",
	"Письма того времени написаны неровным почерком на обрывках бумаги; многие из них трудно прочесть. " +
		"Их авторы просили о помощи, жаловались на местных начальников и почти всегда надеялись на справедливость.",
	"The letters are written in a mixture of Russian and Kyrgyz, sometimes within a single sentence, and the spelling " +
		"varies from page to page. Translators have kept the original word order wherever the meaning allowed it.",
}

// benchText repeats the paragraphs, varied by rotation, to about n bytes.
func benchText(n int) string {
	var b strings.Builder
	for r := 0; b.Len() < n; r++ {
		for k := range benchParagraphs {
			b.WriteString(benchParagraphs[(k+r)%len(benchParagraphs)])
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText(400 << 10)
	f := NewFinder()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f.Find(text)
	}
}

func BenchmarkFindReconcile(b *testing.B) {
	text := benchText(400 << 10)
	f := NewFinder()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Reconcile(f.Find(text))
	}
}

// benchSentences returns the sentences of the sample collection (or of
// DOSSIER_BENCH_DIR) and its size in bytes.
func benchSentences(b *testing.B) ([]string, int) {
	var sents []string
	size := 0
	for _, doc := range testenv.BenchDocs(b) {
		size += len(doc)
		tx := textnorm.Normalize(doc)
		for _, s := range segment.Split(tx) {
			sents = append(sents, s.Text(tx.Clean))
		}
	}
	return sents, size
}

// BenchmarkAppendFindSentences is BenchmarkFindSentences with the matches
// of a document gathered in one reused buffer, as the extractor does.
func BenchmarkAppendFindSentences(b *testing.B) {
	sents, size := benchSentences(b)
	f := NewFinder()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf []Match
	for b.Loop() {
		buf = buf[:0]
		for _, s := range sents {
			buf = f.AppendFind(buf, s)
		}
	}
}

// BenchmarkFindSentences finds the dates of every sentence of the sample
// collection (or of DOSSIER_BENCH_DIR), one call per sentence as the
// extractor makes them.
func BenchmarkFindSentences(b *testing.B) {
	sents, size := benchSentences(b)
	f := NewFinder()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			f.Find(s)
		}
	}
}
