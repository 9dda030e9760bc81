package dates

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

const (
	pC   = dossier.PrecisionCentury
	pDec = dossier.PrecisionDecade
	pY   = dossier.PrecisionYear
	pM   = dossier.PrecisionMonth
	pD   = dossier.PrecisionDay
)

// want is one expected match: the text under its span, Date.String(), the
// precision, the language, the rule, the qualifier and the flags.
type want struct {
	span, str string
	prec      dossier.Precision
	lang      string
	rule      string
	qual      string
	flags     []string
}

func w(span, str string, prec dossier.Precision, lang, rule string) want {
	return want{span: span, str: str, prec: prec, lang: lang, rule: rule}
}

func (x want) q(q string) want { x.qual = q; return x }

func (x want) f(flags ...string) want { x.flags = flags; return x }

func (x want) String() string {
	return fmt.Sprintf("%q %s %s lang=%q rule=%s q=%q flags=%v", x.span, x.str, x.prec, x.lang, x.rule, x.qual, x.flags)
}

func got(text string, m Match) want {
	return want{
		span: text[m.Span.Start:m.Span.End], str: m.Date.String(), prec: m.Date.Precision,
		lang: m.Lang, rule: m.Rule, qual: m.Date.Qualifier, flags: m.Date.Flags,
	}
}

func equalWant(a, b want) bool {
	return a.span == b.span && a.str == b.str && a.prec == b.prec && a.lang == b.lang &&
		a.rule == b.rule && a.qual == b.qual && slices.Equal(a.flags, b.flags)
}

type findCase struct {
	in   string
	want []want
}

// The sentences are written for these tests; none is quoted from a source.
var kyCases = []findCase{
	{"Комиссия 1931-жылы 7-июнда түзүлгөн.", []want{w("1931-жылы 7-июнда", "1931-06-07", pD, "ky", "ky-year-day-month")}},
	{"Ал 1936-жылдын 14-декабрында камакка алынган.", []want{w("1936-жылдын 14-декабрында", "1936-12-14", pD, "ky", "ky-year-day-month")}},
	{"1938-жылдын 5-6-ноябрында атылган.", []want{w("1938-жылдын 5-6-ноябрында", "1938-11-05/1938-11-06", pD, "ky", "ky-day-range")}},
	{"Документ 12-март 1927-жыл деп белгиленген.", []want{w("12-март 1927-жыл", "1927-03-12", pD, "ky", "ky-day-month-year")}},
	{"Кат 3-октябрь 1929-ж. жөнөтүлгөн.", []want{w("3-октябрь 1929-ж.", "1929-10-03", pD, "ky", "ky-day-month-year")}},
	{"Жыйын 9 январь 1926ж. болгон.", []want{w("9 январь 1926ж.", "1926-01-09", pD, "ky", "ky-day-month-year")}},
	{"1928-жылы сентябрь айында кеңешме өттү.", []want{w("1928-жылы сентябрь айында", "1928-09", pM, "ky", "ky-year-month")}},
	{"Ал 1929-жылы февралда келген.", []want{w("1929-жылы февралда", "1929-02", pM, "ky", "ky-year-month")}},
	{"1934-жылы ал Фрунзеге көчкөн.", []want{w("1934-жылы", "1934", pY, "ky", "ky-year")}},
	{"1935-жылдан баштап мектепте иштеген.", []want{w("1935-жылдан", "1935", pY, "ky", "ky-year")}},
	{"1932-жылдагы ачарчылык тууралуу.", []want{w("1932-жылдагы", "1932", pY, "ky", "ky-year")}},
	{"1914-17 жылдары окуган.", []want{w("1914-17 жылдары", "1914/1917", pY, "ky", "ky-year-range")}},
	{"1925-1927-жылдары эмгектенген.", []want{w("1925-1927-жылдары", "1925/1927", pY, "ky", "ky-year-range")}},
	{"1905-10 жылдары медреседе окуган.", []want{w("1905-10 жылдары", "1905/1910", pY, "ky", "ky-year-range")}},
	{"Өткөн кылымдын 40-50 жылдарында курулган.", []want{w("40-50 жылдарында", "194/195", pDec, "ky", "ky-decade-range")}},
	{"Бул 60-70 жылдарында болгон.", []want{w("60-70 жылдарында", "196/197", pDec, "ky", "ky-decade-range").f("century-assumed")}},
	{"XIX кылымдын аягында көчүп келишкен.", []want{w("XIX кылымдын аягында", "18", pC, "ky", "ky-century").q("late")}},
	{"XIX кылымдын 80-жылдары", []want{
		w("XIX кылымдын", "18", pC, "ky", "ky-century"),
		w("80-жылдары", "188", pDec, "ky", "ky-decade"),
	}},
	{"30- Апрель 1930 -жылы кол коюлган.", []want{w("30- Апрель 1930 -жылы", "1930-04-30", pD, "ky", "ky-day-month-year")}},
	{"Ал 1931-\nжылдан тартып жазган.", []want{w("1931-\nжылдан", "1931", pY, "ky", "ky-year")}},
	{"Китеп 1931-\n\nжылы басылган.", []want{w("1931-\n\nжылы", "1931", pY, "ky", "ky-year")}},
	{"Отчёт за 1931-\n\nНовый раздел", nil},
	{"1937-жылдын башында камалган.", []want{w("1937-жылдын башында", "1937", pY, "ky", "ky-year").q("early")}},
	{"1930-жылдары колхоз түзүлгөн.", []want{w("1930-жылдары", "193", pDec, "ky", "ky-decade")}},
	{"1936-жылдары ал Ташкентте болгон.", []want{w("1936-жылдары", "1936", pY, "ky", "ky-year").q("circa")}},
	{"1930-жылдардын ортосунда", []want{w("1930-жылдардын ортосунда", "193", pDec, "ky", "ky-decade").q("mid")}},
	{"1922-жылдын жазында көтөрүлүш башталган.", []want{w("1922-жылдын жазында", "1922-03/1922-05", pM, "ky", "ky-season")}},
	{"1933-жылдан 1936-жылга чейин төрага болгон.", []want{w("1933-жылдан 1936-жылга чейин", "1933/1936", pY, "ky", "ky-range")}},
	{"Алар 5-майда жолукмак.", []want{w("5-майда", "--05-05", pD, "ky", "ky-day-month")}},
	{"1937-жылы август айынын 12-күнү соттолгон.", []want{w("1937-жылы август айынын 12-күнү", "1937-08-12", pD, "ky", "ky-year-day-month")}},
	{"Ал (14.03.1892-ж. туулган) деп жазылат.", []want{w("14.03.1892-ж.", "1892-03-14", pD, "ky", "dmy-numeric")}},
	{"Бул окуя 20-кылымда болгон.", []want{w("20-кылымда", "19", pC, "ky", "ky-century")}},
	{"XVIII кылымдын башында", []want{w("XVIII кылымдын башында", "17", pC, "ky", "ky-century").q("early")}},
	{"1937, 1938 жана 1939-жылдары", []want{
		w("1937", "1937", pY, "ky", "year-list"),
		w("1938", "1938", pY, "ky", "year-list"),
		w("1939-жылдары", "1939", pY, "ky", "ky-year"),
	}},
	{"Токтогулов (1889-жылы, Ош шаары – 1938-жылы, Фрунзе) жазуучу.", []want{
		w("(1889-жылы, Ош шаары – 1938-жылы, Фрунзе)", "1889/1938", pY, "ky", "lifespan-paren"),
	}},
	{"1923-ЖЫЛЫ 2-МАЙДА", []want{w("1923-ЖЫЛЫ 2-МАЙДА", "1923-05-02", pD, "ky", "ky-year-day-month")}},
	{"Кат 1925 жылы жазылган.", []want{w("1925 жылы", "1925", pY, "ky", "ky-year")}},
	{"1937-чи жылы", []want{w("1937-чи жылы", "1937", pY, "ky", "ky-year")}},
	{"1938-жылы, 1939-жылы", []want{
		w("1938-жылы", "1938", pY, "ky", "ky-year"),
		w("1939-жылы", "1939", pY, "ky", "ky-year"),
	}},
	{"Ал 1937-ж. 5-ноябрда камалган.", []want{w("1937-ж. 5-ноябрда", "1937-11-05", pD, "ky", "ky-year-day-month")}},
	{"11-июль 1932-ж., 2-август 1933-ж.", []want{
		w("11-июль 1932-ж.", "1932-07-11", pD, "ky", "ky-day-month-year"),
		w("2-август 1933-ж.", "1933-08-02", pD, "ky", "ky-day-month-year"),
	}},
	{"1937-жылдын 5-ноябрынан 1938-жылдын 1-мартына чейин", []want{w("1937-жылдын 5-ноябрынан 1938-жылдын 1-мартына чейин", "1937-11-05/1938-03-01", pD, "ky", "ky-range")}},
	{"АССРдин 1927-жылдагы бюджети 12 млн сом болгон.", []want{w("1927-жылдагы", "1927", pY, "ky", "ky-year")}},
	{"1926-жылдын 3-апрелинде", []want{w("1926-жылдын 3-апрелинде", "1926-04-03", pD, "ky", "ky-year-day-month")}},
	{"1941-жылдын күзүндө", []want{w("1941-жылдын күзүндө", "1941-09/1941-11", pM, "ky", "ky-season")}},
	{"1920-жылдардын аягынан 1930-жылдардын башына чейин", []want{w("1920-жылдардын аягынан 1930-жылдардын башына чейин", "192/193", pDec, "ky", "ky-range").q("late")}},
	// Guards.
	{"Ал 17 жылдан кийин гана акталды.", nil},
	{"7-ти, 15-ти жана 4 жолу", nil},
	{"20-30 киши чогулду.", nil},
	{"1000 жыл мурун", nil},
	{"майор 1937 мартен", nil},
	{"Кат 1329 бетте", nil},
	{"Ж. 1937 Абдрахманов", nil},
}

var ruCases = []findCase{
	{"Постановление от 17 июня 1930 года отменено.", []want{w("17 июня 1930 года", "1930-06-17", pD, "ru", "ru-day-month-year")}},
	{"Письмо от 3-го февраля 1925 г. получено.", []want{w("3-го февраля 1925 г.", "1925-02-03", pD, "ru", "ru-day-month-year")}},
	{"Доклад к 1 мая готов.", []want{w("1 мая", "--05-01", pD, "ru", "ru-day-month")}},
	{"Его арестовали в марте 1931 г. в Оше.", []want{w("марте 1931 г.", "1931-03", pM, "ru", "ru-month-year")}},
	{"Весной 1932 года начался голод.", []want{w("Весной 1932 года", "1932-03/1932-05", pM, "ru", "ru-season")}},
	{"осенью 1929 г. уехал", []want{w("осенью 1929 г.", "1929-09/1929-11", pM, "ru", "ru-season")}},
	{"зимой 1933 года", []want{w("зимой 1933 года", "1933", pY, "ru", "ru-season").q("circa")}},
	{"Родился в 1926 г. в Нарыне.", []want{w("1926 г.", "1926", pY, "ru", "ru-year")}},
	{"в 1927 году", []want{w("1927 году", "1927", pY, "ru", "ru-year")}},
	{"В 1923-1924 гг. учился.", []want{w("1923-1924 гг.", "1923/1924", pY, "ru", "ru-year-range")}},
	{"инструктор (1924-25гг), затем", []want{w("1924-25гг", "1924/1925", pY, "ru", "ru-year-range")}},
	{"С 1930 г. по 1934 г. – нарком.", []want{w("С 1930 г. по 1934 г.", "1930/1934", pY, "ru", "ru-range")}},
	{"с 1930 по 1934 гг. работал", []want{w("с 1930 по 1934 гг.", "1930/1934", pY, "ru", "ru-range")}},
	{"в 1930-е годы", []want{w("1930-е годы", "193", pDec, "ru", "ru-decade")}},
	{"с конца 20-х годов", []want{w("конца 20-х годов", "192", pDec, "ru", "ru-decade").q("late").f("century-assumed")}},
	{"историки XIX века", []want{w("XIX века", "18", pC, "ru", "ru-century")}},
	{"в конце XIX века", []want{w("конце XIX века", "18", pC, "ru", "ru-century").q("late")}},
	{"в начале 1920-х", []want{w("начале 1920-х", "192", pDec, "ru", "ru-decade").q("early")}},
	{"около 1905 г.", []want{w("около 1905 г.", "1905", pY, "ru", "ru-year").q("circa")}},
	{"Получено 14/III-24г. №12", []want{w("14/III-24г.", "1924-03-14", pD, "ru", "dmy-roman").f("century-assumed")}},
	{"Отправлено 6.X.1931", []want{w("6.X.1931", "1931-10-06", pD, "", "dmy-roman")}},
	{"Отметка: 9.IV", []want{w("9.IV", "--04-09", pD, "", "dmy-roman")}},
	{"Протокол 12.04.1922 утверждён", []want{w("12.04.1922", "1922-04-12", pD, "", "dmy-numeric")}},
	{"в 1937-м году", []want{w("1937-м году", "1937", pY, "ru", "ru-year")}},
	{"событий 1916-го года", []want{w("1916-го года", "1916", pY, "ru", "ru-year")}},
	{"Телеграмма от 12 (25) марта 1917 г.", []want{w("12 (25) марта 1917 г.", "1917-03-25", pD, "ru", "ru-dual-style").f("old-style:1917-03-12")}},
	{"28 февраля (13 марта) 1917 г.", []want{w("28 февраля (13 марта) 1917 г.", "1917-03-13", pD, "ru", "ru-dual-style").f("old-style:1917-02-28")}},
	{"собрание 10 мая 1917 г. (ст. ст.) открылось", []want{w("10 мая 1917 г. (ст. ст.)", "1917-05-10", pD, "ru", "ru-day-month-year")}},
	{"14-16 июня 1925 г. заседал пленум", []want{w("14-16 июня 1925 г.", "1925-06-14/1925-06-16", pD, "ru", "ru-day-range")}},
	{"с 5 по 10 мая 1937 г.", []want{w("с 5 по 10 мая 1937 г.", "1937-05-05/1937-05-10", pD, "ru", "ru-range")}},
	{"с мая по июль 1937 г.", []want{w("с мая по июль 1937 г.", "1937-05/1937-07", pM, "ru", "ru-range")}},
	{"летом, в июне-июле 1937 г.", []want{w("июне-июле 1937 г.", "1937-06/1937-07", pM, "ru", "ru-range")}},
	{"1930-е – 1940-е годы", []want{w("1930-е – 1940-е годы", "193/194", pDec, "ru", "ru-range")}},
	{"в 1920-30-е годы", []want{w("1920-30-е годы", "192/193", pDec, "ru", "ru-decade-range")}},
	{"1 МАЯ 1925 Г.", []want{w("1 МАЯ 1925 Г.", "1925-05-01", pD, "ru", "ru-day-month-year")}},
	{"Постановлением от 1.XII.1934 г. утверждено", []want{w("1.XII.1934 г.", "1934-12-01", pD, "ru", "dmy-roman")}},
	{"Дело № 1937/45, л. 12-13 об.", nil},
	{"5 авг. 1936 г.", []want{w("5 авг. 1936 г.", "1936-08-05", pD, "ru", "ru-day-month-year")}},
	{"XIX–XX вв.", []want{w("XIX–XX вв.", "18/19", pC, "ru", "ru-century-range")}},
	{"в ХХ веке", []want{w("ХХ веке", "19", pC, "ru", "ru-century")}},
	{"Декабрь 1936", []want{w("Декабрь 1936", "1936-12", pM, "ru", "ru-month-year")}},
	{"в 1921 г.г.", []want{w("1921 г.г.", "1921", pY, "ru", "ru-year")}},
	{"между 1925 и 1928 гг.", []want{w("между 1925 и 1928 гг.", "1925/1928", pY, "ru", "ru-range")}},
	// Guards.
	{"Ф. 94. Оп. 6. Д. 1931. Л. 27", nil},
	{"л.57 и Л. 33 об.", nil},
	{"увеличилось в 1000 раз", nil},
	{"прошли в 1800 км от города", nil},
	{"см.: С. 1933–1935.", nil},
	{"явка 58 %, выполнено на 91 %", nil},
	{"выделить 2,5 тыс. пудов", nil},
	{"заседание в 11.15 и в 16:40", nil},
	{"приказ № 1937 от", nil},
	{"по ст. 58-10 УК", nil},
	{"XX съезд партии", nil},
	{"УДК 930.2 (575.3)", nil},
	{"7-ти, 15-ти до 40-ти", nil},
	{"майор НКВД 1937", nil},
	{"маяк 5", nil},
}

var enCases = []findCase{
	{"The letter is dated October 14, 1923.", []want{w("October 14, 1923", "1923-10-14", pD, "en", "en-month-day-year")}},
	{"signed 14 October 1923 in Khiva", []want{w("14 October 1923", "1923-10-14", pD, "en", "en-day-month-year")}},
	{"She wrote on August 11, 1926 from Osh.", []want{w("August 11, 1926", "1926-08-11", pD, "en", "en-month-day-year")}},
	{"the 2nd of June, 1924", []want{w("2nd of June, 1924", "1924-06-02", pD, "en", "en-day-month-year")}},
	{"Sept. 5, 1937", []want{w("Sept. 5, 1937", "1937-09-05", pD, "en", "en-month-day-year")}},
	{"on 5 Dec. 1936", []want{w("5 Dec. 1936", "1936-12-05", pD, "en", "en-day-month-year")}},
	{"arrested in August 1934.", []want{w("August 1934", "1934-08", pM, "en", "en-month-year")}},
	{"reopened in March 2019, and", []want{w("March 2019", "2019-03", pM, "en", "en-month-year")}},
	{"In early March 2019, the board", []want{w("early March 2019", "2019-03", pM, "en", "en-month-year").q("early")}},
	{"until late May 1937", []want{w("late May 1937", "1937-05", pM, "en", "en-month-year").q("late")}},
	{"On October 27, the ministry said", []want{w("October 27", "--10-27", pD, "en", "en-month-day")}},
	{"In 1937 he was arrested.", []want{w("1937", "1937", pY, "en", "en-year")}},
	{"since 1991 the archive", []want{w("1991", "1991", pY, "en", "en-year")}},
	{"Jandosov (* 1899 in Almaty; † 1938 in Almaty)", []want{
		w("1899", "1899", pY, "", "marked-year"),
		w("1938", "1938", pY, "", "marked-year"),
	}},
	{"born 1901, died 1938", []want{w("1901", "1901", pY, "en", "en-year"), w("1938", "1938", pY, "en", "en-year")}},
	{"after the 1916 uprising", []want{w("1916", "1916", pY, "en", "en-year")}},
	{"the 1800 villages and the 2000 households", nil},
	{"the 1937/38 season", []want{w("1937/38", "1937/1938", pY, "en", "year-range")}},
	{"сезон 1937/38", []want{w("1937/38", "1937/1938", pY, "", "year-range")}},
	{"Stalin's Order No. 00447 of July 30, 1937", []want{w("July 30, 1937", "1937-07-30", pD, "en", "en-month-day-year")}},
	{"The purge of 1937-1938 was", []want{w("1937-1938", "1937/1938", pY, "en", "year-range")}},
	{"The purge 1937-1938 was", []want{w("1937-1938", "1937/1938", pY, "", "year-range")}},
	{"in 1932-34 when many", []want{w("1932-34", "1932/1934", pY, "en", "year-range")}},
	{"From 1920 to 1928, he taught", []want{w("From 1920 to 1928", "1920/1928", pY, "en", "en-range")}},
	{"arrested between 1936 and 1938.", []want{w("between 1936 and 1938", "1936/1938", pY, "en", "en-range")}},
	{"held from June 25 to July 4, 1924.", []want{w("from June 25 to July 4, 1924", "1924-06-25/1924-07-04", pD, "en", "en-range")}},
	{"met June 3-5, 1925 in", []want{w("June 3-5, 1925", "1925-06-03/1925-06-05", pD, "en", "en-day-range")}},
	{"moved in the mid-1940s", []want{w("mid-1940s", "194", pDec, "en", "en-decade").q("mid")}},
	{"during the 1930s", []want{w("1930s", "193", pDec, "en", "en-decade")}},
	{"in the 1920s–30s", []want{w("1920s–30s", "192/193", pDec, "en", "en-decade-range")}},
	{"Jan. 5, 1937", []want{w("Jan. 5, 1937", "1937-01-05", pD, "en", "en-month-day-year")}},
	{"He served 1937 days. In 1950 villages burned. In 2000 people voted.", nil},
	{"in the '30s", []want{w("'30s", "193", pDec, "en", "en-decade").f("century-assumed")}},
	{"the 1930’s famine", []want{w("1930’s", "193", pDec, "en", "en-decade")}},
	{"maps of the 20th century", []want{w("20th century", "19", pC, "en", "en-century")}},
	{"in the twentieth century", []want{w("twentieth century", "19", pC, "en", "en-century")}},
	{"the early 19th century", []want{w("early 19th century", "18", pC, "en", "en-century").q("early")}},
	{"a 19th-century map", []want{w("19th-century", "18", pC, "en", "en-century")}},
	{"the twenty-first century", []want{w("twenty-first century", "20", pC, "en", "en-century")}},
	{"in the spring of 1927 before", []want{w("spring of 1927", "1927-03/1927-05", pM, "en", "en-season")}},
	{"the winter of 1941", []want{w("winter of 1941", "1941", pY, "en", "en-season").q("circa")}},
	{"Printed November 7 (October 25), 1917 in", []want{w("November 7 (October 25), 1917", "1917-11-07", pD, "en", "en-dual-style").f("old-style:1917-10-25")}},
	{"built c. 1900", []want{w("c. 1900", "1900", pY, "en", "en-year").q("circa")}},
	{"From the end of 1931 to the middle of 1932, grain", []want{w("From the end of 1931 to the middle of 1932", "1931/1932", pY, "en", "en-range").q("late")}},
	{"lived between the mid-1930s and 1961", []want{w("between the mid-1930s and 1961", "193/1961", pDec, "en", "en-range").q("mid")}},
	{"in 1937, 1938 and 1939", []want{
		w("1937", "1937", pY, "en", "en-year"),
		w("1938", "1938", pY, "en", "year-list"),
		w("1939", "1939", pY, "en", "year-list"),
	}},
	{"Rysqulov (1894-1938) was", []want{w("(1894-1938)", "1894/1938", pY, "", "lifespan-paren")}},
	{"the first edition (1937) was", []want{w("1937", "1937", pY, "", "paren-year")}},
	{"as my note of June 9, 2 explains", []want{w("June 9", "--06-09", pD, "en", "en-month-day")}},
	{"MARCH 8, 1925", []want{w("MARCH 8, 1925", "1925-03-08", pD, "en", "en-month-day-year")}},
	{"by the end of 2024.", []want{w("end of 2024", "2024", pY, "en", "en-year").q("late")}},
	{"on May 9th, 1945", []want{w("May 9th, 1945", "1945-05-09", pD, "en", "en-month-day-year")}},
	{"from 5 to 10 May 1937", []want{w("from 5 to 10 May 1937", "1937-05-05/1937-05-10", pD, "en", "en-range")}},
	{"in May–June 1937", []want{w("May–June 1937", "1937-05/1937-06", pM, "en", "en-range")}},
	{"April 1937 – May 1938", []want{w("April 1937 – May 1938", "1937-04/1938-05", pM, "en", "en-range")}},
	{"December 20 to January 5, 1938", []want{w("December 20 to January 5, 1938", "1937-12-20/1938-01-05", pD, "en", "en-range")}},
	// Guards.
	{"F. 62. On. 3. D. 1930. L. 14.", nil},
	{"RGASPI. F. 62. Op. 3. D. 1930. L. 47", nil},
	{"see <<l.64>> and [4.210-215], [5.37], [6.1935]", nil},
	{"about 1.7 million files and 250,000 persons", nil},
	{"9 million, 140 armed rebels, 40 years, 20,000", nil},
	{"the garrison 4and the emir 3 was", nil},
	{"pp. 212-219, page 731, No. 46, №7, No. 4", nil},
	{"at 14:45, call +996 555 31-77-08", nil},
	{"they may 5 times", nil},
	{"it may 1937 not", nil},
	{"dated may 5, 1937 and 5 march 1938", []want{
		w("may 5, 1937", "1937-05-05", pD, "en", "en-month-day-year"),
		w("5 march 1938", "1938-03-05", pD, "en", "en-day-month-year"),
	}},
	{"on oct. 7, 1936 and in sept. 1937", []want{
		w("oct. 7, 1936", "1936-10-07", pD, "en", "en-month-day-year"),
		w("sept. 1937", "1937-09", pM, "en", "en-month-year"),
	}},
	{"JANUARY 1930", []want{w("JANUARY 1930", "1930-01", pM, "en", "en-month-year")}},
	{"in 1800 km and in 2000 people", nil},
	{"Вестник № 2-3, 2023", nil},
	{"the long march 1934", nil},
	{"pages 1937-1940 and No. 1937", nil},
	{"code 1937and more", nil},
	{"the year had 365 days", nil},
	{"over 20 centuries, за 20 веков, 20 кылым бою", nil},
	{"the 20-th century and 20-го века", []want{
		w("20-th century", "19", pC, "en", "en-century"),
		w("20-го века", "19", pC, "ru", "ru-century"),
	}},
	{"12.05.37 build", nil},
	{"31.02.1930", nil},
}

var neutralCases = []findCase{
	{"17.08.1904", []want{w("17.08.1904", "1904-08-17", pD, "", "dmy-numeric")}},
	{"born 1904-08-17 in Osh", []want{w("1904-08-17", "1904-08-17", pD, "", "iso-date")}},
	{"Тыныстанов (1901- 1938)- агартуучу", []want{w("(1901- 1938)", "1901/1938", pY, "", "lifespan-paren")}},
	{"Сыдыков А. (1895-1942)", []want{w("(1895-1942)", "1895/1942", pY, "", "lifespan-paren")}},
	{"секретарь ЦК (1925-1930), затем", []want{w("1925-1930", "1925/1930", pY, "", "year-range")}},
	{"АССР (1924-25). Затем", []want{w("1924-25", "1924/1925", pY, "", "year-range")}},
	{"12-05-1937", []want{w("12-05-1937", "1937-05-12", pD, "", "dmy-numeric")}},
	{"5 XI 1937", []want{w("5 XI 1937", "1937-11-05", pD, "", "dmy-roman")}},
	{"Сталин (5 мая 1890 – 10 октября 1938)", []want{w("(5 мая 1890 – 10 октября 1938)", "1890-05-05/1938-10-10", pD, "ru", "lifespan-paren")}},
	{"1.2.1937.5", nil},
	{"12-34-56", nil},
	{"Chapter 5. I think so.", nil},
	{"see 2. II and 3.IV.", []want{w("3.IV", "--04-03", pD, "", "dmy-roman")}},
}

func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	f := NewFinder()
	for _, c := range cases {
		ms := f.Find(c.in)
		var gs []want
		for _, m := range ms {
			gs = append(gs, got(c.in, m))
		}
		ok := len(gs) == len(c.want)
		for k := 0; ok && k < len(gs); k++ {
			ok = equalWant(gs[k], c.want[k])
		}
		if !ok {
			t.Errorf("Find(%q):\n got  %v\n want %v", c.in, gs, c.want)
		}
	}
}

func TestFindKyrgyz(t *testing.T)  { runFindCases(t, kyCases) }
func TestFindRussian(t *testing.T) { runFindCases(t, ruCases) }
func TestFindEnglish(t *testing.T) { runFindCases(t, enCases) }
func TestFindNeutral(t *testing.T) { runFindCases(t, neutralCases) }

// TestFindCaseCount keeps the table from shrinking unnoticed.
func TestFindCaseCount(t *testing.T) {
	n := len(kyCases) + len(ruCases) + len(enCases) + len(neutralCases)
	if n < 120 {
		t.Fatalf("%d table cases, want at least 120", n)
	}
}

func TestFindCalendarMarkers(t *testing.T) {
	f := NewFinder()
	for _, c := range []struct {
		in, cal string
		flags   []string
	}{
		{"10 мая 1917 г. (ст. ст.)", "julian", nil},
		{"23 мая 1917 г. (н. ст.)", "", []string{"new-style"}},
		{"10 мая 1917 г. по старому стилю", "julian", nil},
		{"May 23, 1917 (N.S.)", "", []string{"new-style"}},
	} {
		ms := f.Find(c.in)
		if len(ms) != 1 || ms[0].Span.End != len(c.in) {
			t.Errorf("Find(%q) = %+v, want one match over the whole text", c.in, ms)
			continue
		}
		if d := ms[0].Date; d.Calendar != c.cal || !slices.Equal(d.Flags, c.flags) {
			t.Errorf("Find(%q): calendar %q flags %v, want %q %v", c.in, d.Calendar, d.Flags, c.cal, c.flags)
		}
	}
}

func TestFindOffsetsInLongerText(t *testing.T) {
	text := "Кириш сөз.\n\nБиринчи кат 1926-жылы 9-майда жазылган. The reply came on June 2, 1925; " +
		"ответ зарегистрирован 10 июня 1925 г.\n"
	ms := NewFinder().Find(text)
	wantSpans := []string{"1926-жылы 9-майда", "June 2, 1925", "10 июня 1925 г."}
	if len(ms) != len(wantSpans) {
		t.Fatalf("got %d matches, want %d: %+v", len(ms), len(wantSpans), ms)
	}
	for k, m := range ms {
		if s := text[m.Span.Start:m.Span.End]; s != wantSpans[k] {
			t.Errorf("match %d: span %q, want %q", k, s, wantSpans[k])
		}
		if !strings.Contains(text, wantSpans[k]) || strings.Index(text, wantSpans[k]) != m.Span.Start {
			t.Errorf("match %d: start %d, want %d", k, m.Span.Start, strings.Index(text, wantSpans[k]))
		}
	}
}

// TestFindFarApart checks dates separated by long stretches without digits,
// where windows do not merge.
func TestFindFarApart(t *testing.T) {
	filler := strings.Repeat("Бул сөздөрдө эч кандай сан жок, ошондуктан алар окулбайт. ", 20)
	text := "1925-жылы " + filler + "в 1926 г. " + filler + "in June 1927"
	ms := NewFinder().Find(text)
	var gotISO []string
	for _, m := range ms {
		gotISO = append(gotISO, m.Date.ISO())
	}
	if !slices.Equal(gotISO, []string{"1925", "1926", "1927-06"}) {
		t.Fatalf("got %v", gotISO)
	}
}

func TestFindDeterministic(t *testing.T) {
	text := benchText(64 << 10)
	f := NewFinder()
	a, b := f.Find(text), f.Find(text)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("got %d and %d matches", len(a), len(b))
	}
	for k := range a {
		if a[k].Span != b[k].Span || a[k].Date.String() != b[k].Date.String() || a[k].Rule != b[k].Rule {
			t.Fatalf("match %d differs: %+v vs %+v", k, a[k], b[k])
		}
	}
}

// TestAppendFind checks that AppendFind leaves what dst holds and appends
// what Find returns.
func TestAppendFind(t *testing.T) {
	f := NewFinder()
	head := f.Find("5 мая 1925 г.")
	for _, p := range benchParagraphs {
		want := f.Find(p)
		got := f.AppendFind(slices.Clip(head), p)
		if len(got) != len(head)+len(want) {
			t.Fatalf("AppendFind(%q): %d matches, want %d", p, len(got), len(head)+len(want))
		}
		for k, m := range got {
			w := head
			if k >= len(head) {
				w, k = want, k-len(head)
			}
			if m.Span != w[k].Span || m.Date.String() != w[k].Date.String() || m.Rule != w[k].Rule || m.Lang != w[k].Lang {
				t.Fatalf("AppendFind(%q) match %d is %+v, want %+v", p, k, m, w[k])
			}
		}
	}
}

// TestBatch checks that a Batch gives what AppendFind over the same texts,
// with the spans moved on, and Reconcile give: misprinted years and
// old-style dates included, and the caller's changes before Reconcile
// seen by it.
func TestBatch(t *testing.T) {
	texts := slices.Clone(benchParagraphs)
	for _, cs := range [][]findCase{kyCases, ruCases, enCases, neutralCases} {
		for _, c := range cs {
			texts = append(texts, c.in)
		}
	}
	texts = append(texts, "1327-жылы 12-мартта; 12-март 1927-жыл.", "5 мая 1917 г.", "1917-05-05", "с 5 по 10 мая 1917 г.")
	f := NewFinder()
	var all []Match
	b := f.Batch()
	off := 0
	for k, s := range texts {
		n := len(all)
		all = f.AppendFind(all, s)
		got := b.Find(s, off)
		if len(got) != len(all)-n {
			t.Fatalf("Batch.Find(%q): %d matches, want %d", s, len(got), len(all)-n)
		}
		for j := n; j < len(all); j++ {
			all[j].Span.Start += off
			all[j].Span.End += off
			if k%2 == 0 && all[j].Lang == "" {
				all[j].Lang, got[j-n].Lang = "ru", "ru"
			}
		}
		off += len(s) + 1
	}
	want := describeMatches(Reconcile(all))
	if got := describeMatches(b.Reconcile()); got != want {
		t.Errorf("Batch gives\n%s\nwant\n%s", got, want)
	}
	b.Release()
	if !strings.Contains(want, "corrected-year:1327") || !strings.Contains(want, "julian") {
		t.Errorf("the texts no longer test Reconcile's corrections: %s", want)
	}
}

// describeMatches spells out every field of ms, dates in full.
func describeMatches(ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%v %s %s", m.Span, m.Lang, m.Rule)
		for d := &m.Date; d != nil; d = d.End {
			fmt.Fprintf(&b, " %d-%d-%d/%v %q %q %q", d.Year, d.Month, d.Day, d.Precision, d.Qualifier, d.Calendar, d.Flags)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestFindConcurrent(t *testing.T) {
	text := benchText(32 << 10)
	f := NewFinder()
	ref := f.Find(text)
	done := make(chan []Match)
	for range 4 {
		go func() { done <- f.Find(text) }()
	}
	for range 4 {
		if ms := <-done; len(ms) != len(ref) {
			t.Fatalf("concurrent Find: %d matches, want %d", len(ms), len(ref))
		}
	}
}

func TestMonthOf(t *testing.T) {
	for word, m := range map[string]int{
		"май": 5, "мая": 5, "майда": 5, "майында": 5, "МАЯ": 5, "Май": 5, "апрелде": 4,
		"апрелинде": 4, "августунда": 8, "ноябрда": 11, "ноябрь": 11, "декабре": 12,
		"January": 1, "sept": 9, "Oct": 10, "майор": 0, "маяк": 0, "мартен": 0,
		"Августин": 0, "жылы": 0, "": 0, "авг": 8, "мартта": 3,
	} {
		if got := MonthOf(word); got != m {
			t.Errorf("MonthOf(%q) = %d, want %d", word, got, m)
		}
	}
}

func TestRomanMonth(t *testing.T) {
	for s, m := range map[string]int{
		"I": 1, "IV": 4, "VII": 7, "IX": 9, "XII": 12, "ХI": 11, "XIII": 0, "IIII": 0,
		"VX": 0, "ix": 0, "": 0, "XX": 0,
	} {
		if got := RomanMonth(s); got != m {
			t.Errorf("RomanMonth(%q) = %d, want %d", s, got, m)
		}
	}
}

// --- Reconcile ---

func findDoc(t *testing.T, text string) []Match {
	t.Helper()
	return Reconcile(NewFinder().Find(text))
}

func TestReconcileCorrectsMisprintWithSupport(t *testing.T) {
	text := "Экинчи кат 1327-жылы 12-мартта жазылган. Каттын аягында: 12-март 1927-жыл."
	ms := findDoc(t, text)
	if len(ms) != 2 {
		t.Fatalf("got %d matches: %+v", len(ms), ms)
	}
	d := ms[0].Date
	if d.ISO() != "1927-03-12" || !slices.Equal(d.Flags, []string{"corrected-year:1327"}) {
		t.Errorf("first date %s flags %v, want 1927-03-12 [corrected-year:1327]", d.ISO(), d.Flags)
	}
	if ms[1].Date.ISO() != "1927-03-12" || len(ms[1].Date.Flags) != 0 {
		t.Errorf("second date %s %v changed", ms[1].Date.ISO(), ms[1].Date.Flags)
	}
}

func TestReconcileFlagsWithoutSupport(t *testing.T) {
	ms := findDoc(t, "Кат 1327-жылы 12-мартта жазылган, жообу келген эмес.")
	if len(ms) != 1 {
		t.Fatalf("got %+v", ms)
	}
	d := ms[0].Date
	if d.Year != 1327 || !slices.Equal(d.Flags, []string{"implausible-year"}) {
		t.Errorf("got %s %v, want 1327 kept and flagged", d.ISO(), d.Flags)
	}
}

func TestReconcileAmbiguousCorrection(t *testing.T) {
	// 1826 and 1926 are both one digit from 1326 and neither shares its day.
	ms := findDoc(t, "1326-жылы 9-майда; 1826-жылы; 1926-жылы")
	if d := ms[0].Date; d.Year != 1326 || !d.HasFlag("implausible-year") {
		t.Errorf("got %s %v, want 1326 flagged", d.ISO(), d.Flags)
	}
	// The same month and day single one out.
	ms = findDoc(t, "1326-жылы 9-майда; 1826-жылы; 1926-жылы 9-майда")
	if d := ms[0].Date; d.Year != 1926 || !d.HasFlag("corrected-year") {
		t.Errorf("got %s %v, want 1926 corrected", d.ISO(), d.Flags)
	}
}

func TestReconcileJulian(t *testing.T) {
	text := "5 мая 1917 г.; 5 мая 1925 г.; May 5, 1917; в 1917 г.; 5 (18) мая 1917 г.; " +
		"январь 1918 г.; февраль 1918 г.; 13 февраля 1918 г.; 14 февраля 1918 г.; " +
		"23 мая 1917 г. (н. ст.); 5 мая"
	ms := findDoc(t, text)
	want := []string{"julian", "", "", "", "", "julian", "", "julian", "", "", ""}
	if len(ms) != len(want) {
		t.Fatalf("got %d matches, want %d: %+v", len(ms), len(want), ms)
	}
	for k, m := range ms {
		if m.Date.Calendar != want[k] {
			t.Errorf("%q: calendar %q, want %q", text[m.Span.Start:m.Span.End], m.Date.Calendar, want[k])
		}
	}
}

func TestReconcileRangeEnds(t *testing.T) {
	ms := findDoc(t, "с 5 по 10 мая 1917 г.")
	if len(ms) != 1 || ms[0].Date.Calendar != "julian" || ms[0].Date.End == nil || ms[0].Date.End.Calendar != "julian" {
		t.Fatalf("got %+v", ms)
	}
}

func TestReconcileDoesNotModifyInput(t *testing.T) {
	in := NewFinder().Find("1327-жылы 12-мартта; 12-март 1927-жыл; 5 мая 1917 г.")
	before := fmt.Sprintf("%+v", in)
	out := Reconcile(in)
	if after := fmt.Sprintf("%+v", in); after != before {
		t.Errorf("input changed:\n%s\n%s", before, after)
	}
	if len(out) != len(in) || out[0].Date.Year != 1927 {
		t.Errorf("got %+v", out)
	}
}

func TestReconcileKeepsCenturies(t *testing.T) {
	ms := findDoc(t, "XV веке и XVIII века")
	for _, m := range ms {
		if len(m.Date.Flags) != 0 {
			t.Errorf("%s: flags %v", m.Date.ISO(), m.Date.Flags)
		}
	}
}

func TestOneDigitApart(t *testing.T) {
	for _, c := range []struct {
		a, b int
		want bool
	}{{1327, 1927, true}, {1327, 1337, true}, {1327, 1327, false}, {1327, 1938, false}, {327, 1327, false}} {
		if got := oneDigitApart(c.a, c.b); got != c.want {
			t.Errorf("oneDigitApart(%d, %d) = %v", c.a, c.b, got)
		}
	}
}

func TestCalendarConversion(t *testing.T) {
	// 25 October 1917 (old style) is 7 November 1917 (new style).
	if julianToJDN(1917, 10, 25) != gregorianToJDN(1917, 11, 7) {
		t.Error("1917-10-25 O.S. should be 1917-11-07 N.S.")
	}
	// 31 January 1918 (old style) was followed by 14 February 1918.
	if julianToJDN(1918, 1, 31)+1 != gregorianToJDN(1918, 2, 14) {
		t.Error("the switch of 1918 is off")
	}
}
func TestLexiconLengths(t *testing.T) {
	for w := range refDot {
		if len(w) > maxRefDot {
			t.Errorf("refDot %q longer than maxRefDot", w)
		}
	}
	for w := range refBare {
		if len(w) > maxRefBare {
			t.Errorf("refBare %q longer than maxRefBare", w)
		}
	}
	for w := range stopNouns {
		if len(w) > maxStopNoun {
			t.Errorf("stopNouns %q longer than maxStopNoun", w)
		}
	}
}

// TestFindWindowInvariance checks that windowing does not change results:
// finding the dates of a long text gives the dates of its paragraphs found
// one by one (no rule crosses a blank line).
func TestFindWindowInvariance(t *testing.T) {
	f := NewFinder()
	var b strings.Builder
	var want []string
	for r := range 3 {
		for k := range benchParagraphs {
			para := benchParagraphs[(k+r)%len(benchParagraphs)]
			base := b.Len()
			for _, m := range f.Find(para) {
				want = append(want, fmt.Sprintf("%d:%d %s %s", base+m.Span.Start, base+m.Span.End, m.Date, m.Rule))
			}
			b.WriteString(para)
			b.WriteString("\n\n")
		}
	}
	var gotAll []string
	for _, m := range f.Find(b.String()) {
		gotAll = append(gotAll, fmt.Sprintf("%d:%d %s %s", m.Span.Start, m.Span.End, m.Date, m.Rule))
	}
	if !slices.Equal(gotAll, want) {
		t.Fatalf("whole text and paragraphs differ:\n got  %v\n want %v", gotAll, want)
	}
}

// TestMayStart checks that mayStart lets through every word a date can
// start with, in lower case, capitalised and in capitals, and stops the
// frequent words of cards that it singles out.
func TestMayStart(t *testing.T) {
	words := []string{
		"from", "between", "с", "со", "от", "между", "beginning", "end", "middle", "c", "ca", "ок",
		"early", "mid", "late", "circa", "around", "approximately",
		"начале", "начала", "начало", "началу", "середине", "середины", "середина",
		"конце", "конца", "конец", "концу", "около", "примерно", "приблизительно",
		"spring", "summer", "autumn", "fall", "winter",
		"весной", "весною", "весна", "весны", "весну", "весне", "летом", "лето", "лету", "лете",
		"осенью", "осень", "осени", "зимой", "зимою", "зима", "зимы", "зиму", "зиме", "twenty",
	}
	for w := range enMonths {
		words = append(words, w)
	}
	for w := range ruAbbrMonths {
		words = append(words, w)
	}
	for w := range enOrdinalCentury {
		words = append(words, w)
	}
	for _, st := range cyrStems {
		for _, end := range []string{"", "ь", "й", "я", "е", "ю", "ем", "а", "у", "ом", "да", "ында", "йда", "йында", "ьда"} {
			if m, _ := monthWord(st.stem + end); m != 0 {
				words = append(words, st.stem+end)
			}
		}
	}
	check := func(w string, want bool) {
		t.Helper()
		p := &parser{text: w, toks: []token{{start: 0, end: len(w), kind: tkWord}}}
		if got := p.mayStart(0); got != want {
			t.Errorf("mayStart(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range words {
		check(w, true)
		r, n := utf8.DecodeRuneInString(w)
		check(string(unicode.ToUpper(r))+w[n:], true)
		check(strings.ToUpper(w), true)
	}
	for _, w := range []string{"Arrested", "Sentenced", "Sentence", "Card", "Осужден", "Приговор", "Born", "Shot"} {
		check(w, false)
	}
}

// TestAlreadyLower holds foldWord's byte-wise shortcut to the rune-wise
// fold: every word it passes is one foldRunes leaves as it is, with shape
// 0; and ASCII and Cyrillic lower-case words do pass it.
func TestAlreadyLower(t *testing.T) {
	check := func(w string) {
		t.Helper()
		if !alreadyLower(w) {
			return
		}
		if low, shape := foldRunes(w); low != w || shape != 0 {
			t.Errorf("alreadyLower(%q), but foldRunes gives %q, %d", w, low, shape)
		}
	}
	for r := rune(0); r < 0x800; r++ {
		s := string(r)
		check(s)
		check("a" + s)
		check(s + "б")
		check("ж" + s + "z")
	}
	for _, w := range []string{"", "march", "мая", "жылы", "күнү", "өңүр", "ноябрында", "1937-жылы", "қазақ", "әлем"} {
		if !alreadyLower(w) {
			t.Errorf("alreadyLower(%q) = false", w)
		}
		check(w)
	}
	for _, w := range []string{"March", "Мая", "ёлка", "Ү", "NKVD", "\xd0", "\xd0a"} {
		if alreadyLower(w) {
			t.Errorf("alreadyLower(%q) = true", w)
		}
	}
}

// scanWordByRunes is scanWord a rune at a time: ASCII letters, all of
// U+0400..U+04FF but the sign U+0482, and other letters, marks and format
// characters make a word. The byte-level fast paths must agree with it.
func scanWordByRunes(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r < utf8.RuneSelf:
			if !('a' <= r|0x20 && r|0x20 <= 'z') {
				return i
			}
		case 0x400 <= r && r <= 0x4FF && r != 0x482:
		case !isLetterRune(r) && !unicode.Is(unicode.Cf, r):
			return i
		}
		i += size
	}
	return i
}

// TestScanWordAgreesWithRuneLoop runs scanWord from every place of random
// mixtures of letters and other runes, to every end, against the rune loop.
func TestScanWordAgreesWithRuneLoop(t *testing.T) {
	pieces := []string{"a", "Zq", "ы", "Жё", "ө", "ү", "ң", "\u0482", "\u0483", "é", "\u00ad", " ", ".", "-", "1", "\n", "\xd0", "\xd1\xff", "@", "[", "`", "{", "大", "\U0001F600"}
	rng := rand.New(rand.NewPCG(7, 7))
	var b strings.Builder
	for range 3000 {
		b.Reset()
		for range rng.IntN(14) {
			b.WriteString(strings.Repeat(pieces[rng.IntN(len(pieces))], 1+rng.IntN(3)))
		}
		s := b.String()
		for i := range len(s) {
			for end := i; end <= len(s); end++ {
				if got, want := scanWord(s, i, end), scanWordByRunes(s, i, end); got != want {
					t.Fatalf("scanWord(%q, %d, %d) = %d, the rune loop says %d", s, i, end, got, want)
				}
			}
		}
	}
}
