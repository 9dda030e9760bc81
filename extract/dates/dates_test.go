package dates

import (
	"fmt"
	"slices"
	"strings"
	"testing"

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
	{"Бул 20-30 жылдарында болгон.", []want{w("20-30 жылдарында", "192/193", pDec, "ky", "ky-decade-range").f("century-assumed")}},
	{"XIX кылымдын аягында көчүп келишкен.", []want{w("XIX кылымдын аягында", "18", pC, "ky", "ky-century").q("late")}},
	{"XIX кылымдын 80-жылдары", []want{
		w("XIX кылымдын", "18", pC, "ky", "ky-century"),
		w("80-жылдары", "188", pDec, "ky", "ky-decade"),
	}},
	{"30- Апрель 1930 -жылы кол коюлган.", []want{w("30- Апрель 1930 -жылы", "1930-04-30", pD, "ky", "ky-day-month-year")}},
	{"Ал 1933-\nжылдан тартып жазган.", []want{w("1933-\nжылдан", "1933", pY, "ky", "ky-year")}},
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
	{"Ал (21.12.1879-ж. туулган) деп жазылат.", []want{w("21.12.1879-ж.", "1879-12-21", pD, "ky", "dmy-numeric")}},
	{"Бул окуя 20-кылымда болгон.", []want{w("20-кылымда", "19", pC, "ky", "ky-century")}},
	{"XX кылымдын башында", []want{w("XX кылымдын башында", "19", pC, "ky", "ky-century").q("early")}},
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
	{"24-ноябрь 1929-ж., 15-апрель 1930-ж.", []want{
		w("24-ноябрь 1929-ж.", "1929-11-24", pD, "ky", "ky-day-month-year"),
		w("15-апрель 1930-ж.", "1930-04-15", pD, "ky", "ky-day-month-year"),
	}},
	{"1937-жылдын 5-ноябрынан 1938-жылдын 1-мартына чейин", []want{w("1937-жылдын 5-ноябрынан 1938-жылдын 1-мартына чейин", "1937-11-05/1938-03-01", pD, "ky", "ky-range")}},
	{"АССРдин 1927-жылдагы бюджети 12 млн сом болгон.", []want{w("1927-жылдагы", "1927", pY, "ky", "ky-year")}},
	{"1926-жылдын 3-апрелинде", []want{w("1926-жылдын 3-апрелинде", "1926-04-03", pD, "ky", "ky-year-day-month")}},
	{"1941-жылдын күзүндө", []want{w("1941-жылдын күзүндө", "1941-09/1941-11", pM, "ky", "ky-season")}},
	{"1920-жылдардын аягынан 1930-жылдардын башына чейин", []want{w("1920-жылдардын аягынан 1930-жылдардын башына чейин", "192/193", pDec, "ky", "ky-range").q("late")}},
	// Guards.
	{"Ал 18 жылдан кийин акталган.", nil},
	{"5-ти, 12-ти жана 3 жолу", nil},
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
	{"Вх. от 14/III-24г. №12", []want{w("14/III-24г.", "1924-03-14", pD, "ru", "dmy-roman").f("century-assumed")}},
	{"Разослано 6.X.1931", []want{w("6.X.1931", "1931-10-06", pD, "", "dmy-roman")}},
	{"Отметка: 9.IV", []want{w("9.IV", "--04-09", pD, "", "dmy-roman")}},
	{"Протокол 12.04.1922 утверждён", []want{w("12.04.1922", "1922-04-12", pD, "", "dmy-numeric")}},
	{"в 1937-м году", []want{w("1937-м году", "1937", pY, "ru", "ru-year")}},
	{"событий 1916-го года", []want{w("1916-го года", "1916", pY, "ru", "ru-year")}},
	{"Телеграмма от 5 (18) мая 1917 г.", []want{w("5 (18) мая 1917 г.", "1917-05-18", pD, "ru", "ru-dual-style").f("old-style:1917-05-05")}},
	{"22 апреля (5 мая) 1918 г.", []want{w("22 апреля (5 мая) 1918 г.", "1918-05-05", pD, "ru", "ru-dual-style").f("old-style:1918-04-22")}},
	{"собрание 10 мая 1917 г. (ст. ст.) открылось", []want{w("10 мая 1917 г. (ст. ст.)", "1917-05-10", pD, "ru", "ru-day-month-year")}},
	{"20-22 апреля 1918 г. заседал съезд", []want{w("20-22 апреля 1918 г.", "1918-04-20/1918-04-22", pD, "ru", "ru-day-range")}},
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
	{"Ф. 17. Оп. 3. Д. 45. Л. 12", nil},
	{"л.81 и Л. 12 об.", nil},
	{"увеличилось в 1000 раз", nil},
	{"прошли в 1800 км от города", nil},
	{"см.: С. 1933–1935.", nil},
	{"явка 44 %, выполнено на 70 %", nil},
	{"выделить 2,5 тыс. пудов", nil},
	{"заседание в 10.30 и в 12:45", nil},
	{"приказ № 1937 от", nil},
	{"по ст. 58-10 УК", nil},
	{"XX съезд партии", nil},
	{"УДК .94. (575.2", nil},
	{"5-ти, 12-ти до 50-ти", nil},
	{"майор НКВД 1937", nil},
	{"маяк 5", nil},
}

var enCases = []findCase{
	{"The letter is dated April 3, 1922.", []want{w("April 3, 1922", "1922-04-03", pD, "en", "en-month-day-year")}},
	{"signed 3 April 1922 in Bukhara", []want{w("3 April 1922", "1922-04-03", pD, "en", "en-day-month-year")}},
	{"He reported on March 19, 1922 from Kabul.", []want{w("March 19, 1922", "1922-03-19", pD, "en", "en-month-day-year")}},
	{"the 3rd of April, 1922", []want{w("3rd of April, 1922", "1922-04-03", pD, "en", "en-day-month-year")}},
	{"Sept. 5, 1937", []want{w("Sept. 5, 1937", "1937-09-05", pD, "en", "en-month-day-year")}},
	{"on 5 Dec. 1936", []want{w("5 Dec. 1936", "1936-12-05", pD, "en", "en-day-month-year")}},
	{"executed in June 1931.", []want{w("June 1931", "1931-06", pM, "en", "en-month-year")}},
	{"exonerated in January 2022, and", []want{w("January 2022", "2022-01", pM, "en", "en-month-year")}},
	{"In early January 2022, the court", []want{w("early January 2022", "2022-01", pM, "en", "en-month-year").q("early")}},
	{"until late May 1937", []want{w("late May 1937", "1937-05", pM, "en", "en-month-year").q("late")}},
	{"On September 18, the office said", []want{w("September 18", "--09-18", pD, "en", "en-month-day")}},
	{"In 1937 he was arrested.", []want{w("1937", "1937", pY, "en", "en-year")}},
	{"since 1991 the archive", []want{w("1991", "1991", pY, "en", "en-year")}},
	{"Ikramov (* 1898 in Tashkent; † 1938 in Moscow)", []want{
		w("1898", "1898", pY, "", "marked-year"),
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
	{"in 1936-38 who were", []want{w("1936-38", "1936/1938", pY, "en", "year-range")}},
	{"From 1919 to 1931, he led", []want{w("From 1919 to 1931", "1919/1931", pY, "en", "en-range")}},
	{"killed between 1937 and 1939.", []want{w("between 1937 and 1939", "1937/1939", pY, "en", "en-range")}},
	{"held from April 20 to May 1, 1918.", []want{w("from April 20 to May 1, 1918", "1918-04-20/1918-05-01", pD, "en", "en-range")}},
	{"met April 20-22, 1918 in", []want{w("April 20-22, 1918", "1918-04-20/1918-04-22", pD, "en", "en-day-range")}},
	{"died in the mid-1920s", []want{w("mid-1920s", "192", pDec, "en", "en-decade").q("mid")}},
	{"during the 1930s", []want{w("1930s", "193", pDec, "en", "en-decade")}},
	{"in the 1920s–30s", []want{w("1920s–30s", "192/193", pDec, "en", "en-decade-range")}},
	{"Jan. 5, 1937", []want{w("Jan. 5, 1937", "1937-01-05", pD, "en", "en-month-day-year")}},
	{"He served 1937 days. In 1950 villages burned. In 2000 people voted.", nil},
	{"in the '30s", []want{w("'30s", "193", pDec, "en", "en-decade").f("century-assumed")}},
	{"the 1930’s famine", []want{w("1930’s", "193", pDec, "en", "en-decade")}},
	{"studies of the 20th century", []want{w("20th century", "19", pC, "en", "en-century")}},
	{"in the twentieth century", []want{w("twentieth century", "19", pC, "en", "en-century")}},
	{"the early 20th century", []want{w("early 20th century", "19", pC, "en", "en-century").q("early")}},
	{"a 19th-century map", []want{w("19th-century", "18", pC, "en", "en-century")}},
	{"the twenty-first century", []want{w("twenty-first century", "20", pC, "en", "en-century")}},
	{"in the spring of 1922 after", []want{w("spring of 1922", "1922-03/1922-05", pM, "en", "en-season")}},
	{"the winter of 1941", []want{w("winter of 1941", "1941", pY, "en", "en-season").q("circa")}},
	{"Published May 5 (April 22), 1918 in", []want{w("May 5 (April 22), 1918", "1918-05-05", pD, "en", "en-dual-style").f("old-style:1918-04-22")}},
	{"built c. 1900", []want{w("c. 1900", "1900", pY, "en", "en-year").q("circa")}},
	{"From the end of 1920 to the middle of 1921, gold", []want{w("From the end of 1920 to the middle of 1921", "1920/1921", pY, "en", "en-range").q("late")}},
	{"died between the mid-1920s and 1956", []want{w("between the mid-1920s and 1956", "192/1956", pDec, "en", "en-range").q("mid")}},
	{"in 1937, 1938 and 1939", []want{
		w("1937", "1937", pY, "en", "en-year"),
		w("1938", "1938", pY, "en", "year-list"),
		w("1939", "1939", pY, "en", "year-list"),
	}},
	{"Ikramov (1898-1938) was", []want{w("(1898-1938)", "1898/1938", pY, "", "lifespan-paren")}},
	{"the first edition (1937) was", []want{w("1937", "1937", pY, "", "paren-year")}},
	{"my memorandum of March 21, 1 I report", []want{w("March 21", "--03-21", pD, "en", "en-month-day")}},
	{"MARCH 4, 1921", []want{w("MARCH 4, 1921", "1921-03-04", pD, "en", "en-month-day-year")}},
	{"by the end of 2024.", []want{w("end of 2024", "2024", pY, "en", "en-year").q("late")}},
	{"on May 9th, 1945", []want{w("May 9th, 1945", "1945-05-09", pD, "en", "en-month-day-year")}},
	{"from 5 to 10 May 1937", []want{w("from 5 to 10 May 1937", "1937-05-05/1937-05-10", pD, "en", "en-range")}},
	{"in May–June 1937", []want{w("May–June 1937", "1937-05/1937-06", pM, "en", "en-range")}},
	{"April 1937 – May 1938", []want{w("April 1937 – May 1938", "1937-04/1938-05", pM, "en", "en-range")}},
	{"December 20 to January 5, 1938", []want{w("December 20 to January 5, 1938", "1937-12-20/1938-01-05", pD, "en", "en-range")}},
	// Guards.
	{"F. 558. On. 1. D. 2275. L. 1.", nil},
	{"RTSKHIDNI. F. 5. Op. 2. D. 315. L. 83", nil},
	{"see <<l.81>> and [1.101-106], [2.111], [3.112]", nil},
	{"some 2.4 million cards and 300,000 people", nil},
	{"12 million, 120 anti-Soviet insurgents, 35 years, 10,000", nil},
	{"the front 3and Enver Pasha 2 were", nil},
	{"pp. 101-106, page 486, No. 85, №9, No. 2", nil},
	{"at 10:30, call +996 312 62-12-34", nil},
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
	{"Journal № 3-1, 2024", nil},
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
	{"21.12.1879", []want{w("21.12.1879", "1879-12-21", pD, "", "dmy-numeric")}},
	{"born 1879-12-21 in Gori", []want{w("1879-12-21", "1879-12-21", pD, "", "iso-date")}},
	{"Абдрахманов (1897- 1938)- мамлекеттик ишмер", []want{w("(1897- 1938)", "1897/1938", pY, "", "lifespan-paren")}},
	{"Кулатов Т. (1908-1984)", []want{w("(1908-1984)", "1908/1984", pY, "", "lifespan-paren")}},
	{"секретарь ЦК (1927-1937), затем", []want{w("1927-1937", "1927/1937", pY, "", "year-range")}},
	{"АССР (1926-27). Затем", []want{w("1926-27", "1926/1927", pY, "", "year-range")}},
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
	text := "Кириш сөз.\n\nБиринчи кат 1925-жылы 5-майда жазылган. The reply came on June 2, 1925; " +
		"ответ зарегистрирован 10 июня 1925 г.\n"
	ms := NewFinder().Find(text)
	wantSpans := []string{"1925-жылы 5-майда", "June 2, 1925", "10 июня 1925 г."}
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
	text := "Экинчи кат 1329-жылы 24-ноябрда жазылган. Каттын аягында: 24-ноябрь 1929-жыл."
	ms := findDoc(t, text)
	if len(ms) != 2 {
		t.Fatalf("got %d matches: %+v", len(ms), ms)
	}
	d := ms[0].Date
	if d.ISO() != "1929-11-24" || !slices.Equal(d.Flags, []string{"corrected-year:1329"}) {
		t.Errorf("first date %s flags %v, want 1929-11-24 [corrected-year:1329]", d.ISO(), d.Flags)
	}
	if ms[1].Date.ISO() != "1929-11-24" || len(ms[1].Date.Flags) != 0 {
		t.Errorf("second date %s %v changed", ms[1].Date.ISO(), ms[1].Date.Flags)
	}
}

func TestReconcileFlagsWithoutSupport(t *testing.T) {
	ms := findDoc(t, "Кат 1329-жылы 24-ноябрда жазылган, жообу келген эмес.")
	if len(ms) != 1 {
		t.Fatalf("got %+v", ms)
	}
	d := ms[0].Date
	if d.Year != 1329 || !slices.Equal(d.Flags, []string{"implausible-year"}) {
		t.Errorf("got %s %v, want 1329 kept and flagged", d.ISO(), d.Flags)
	}
}

func TestReconcileAmbiguousCorrection(t *testing.T) {
	// 1829 and 1929 are both one digit from 1329 and neither shares its day.
	ms := findDoc(t, "1329-жылы 5-майда; 1829-жылы; 1929-жылы")
	if d := ms[0].Date; d.Year != 1329 || !d.HasFlag("implausible-year") {
		t.Errorf("got %s %v, want 1329 flagged", d.ISO(), d.Flags)
	}
	// The same month and day single one out.
	ms = findDoc(t, "1329-жылы 5-майда; 1829-жылы; 1929-жылы 5-майда")
	if d := ms[0].Date; d.Year != 1929 || !d.HasFlag("corrected-year") {
		t.Errorf("got %s %v, want 1929 corrected", d.ISO(), d.Flags)
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
	in := NewFinder().Find("1329-жылы 24-ноябрда; 24-ноябрь 1929-жыл; 5 мая 1917 г.")
	before := fmt.Sprintf("%+v", in)
	out := Reconcile(in)
	if after := fmt.Sprintf("%+v", in); after != before {
		t.Errorf("input changed:\n%s\n%s", before, after)
	}
	if len(out) != len(in) || out[0].Date.Year != 1929 {
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
	}{{1329, 1929, true}, {1329, 1339, true}, {1329, 1329, false}, {1329, 1938, false}, {329, 1329, false}} {
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
