package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

// factLines extracts text and returns its facts as "subject predicate
// object" lines, names by their preferred form, dates in ISO form.
func factLines(t *testing.T, name, text string) []string {
	return factStrings(t, name, text, false)
}

// factDates is factLines with each fact's date (or "-") at the end.
func factDates(t *testing.T, name, text string) []string {
	return factStrings(t, name, text, true)
}

func factStrings(t *testing.T, name, text string, dated bool) []string {
	t.Helper()
	x := testExtractor(t)
	ex, err := x.Extract(context.Background(), dossier.NewDocument("test/"+name, name, []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	nameOf := func(id string) string {
		if e := ex.Entity(id); e != nil {
			return e.Name
		}
		return id
	}
	var out []string
	for _, f := range ex.Facts {
		obj := nameOf(f.Object)
		if f.ObjectDate != nil {
			obj = f.ObjectDate.ISO()
		}
		line := nameOf(f.Subject) + " " + string(f.Predicate) + " " + obj
		if f.Stance != dossier.Asserted && f.Stance != "" {
			line += " (" + string(f.Stance) + ")"
		}
		if dated {
			date := "-"
			if f.Date != nil {
				date = f.Date.ISO()
			}
			line += " " + date
		}
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

// factCase is one text of a table test of facts: the fact lines it must
// give and the substrings no line may hold (see checkFacts).
type factCase struct {
	name, text string
	want, not  []string
}

// runFactCases extracts each case's text and checks its facts.
func runFactCases(t *testing.T, cases []factCase) {
	t.Helper()
	for _, c := range cases {
		checkFacts(t, c.name, factLines(t, c.name, c.text), c.want, c.not)
	}
}

// runDatedCases is runFactCases with each fact's date at the end of its
// line (see factDates).
func runDatedCases(t *testing.T, cases []factCase) {
	t.Helper()
	for _, c := range cases {
		checkFacts(t, c.name, factDates(t, c.name, c.text), c.want, c.not)
	}
}

// checkFacts reports the facts of want missing from got, and those got
// holds that contain a string of not (that equal it, if it ends in "$").
func checkFacts(t *testing.T, name string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: missing %q; got %q", name, w, got)
		}
	}
	for _, w := range not {
		match := func(g string) bool { return strings.Contains(g, w) }
		if exact, ok := strings.CutSuffix(w, "$"); ok {
			match = func(g string) bool { return g == exact }
		}
		if slices.ContainsFunc(got, match) {
			t.Errorf("%s: wrongly %q", name, w)
		}
	}
}

// TestRecords: the records of card indexes and memorial books, in the
// forms they take (labelled fields, a capitalised surname heading with
// subjectless lines, a paragraph per person), give their facts to the
// record's person. The people and villages are made up.
func TestRecords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en-book.txt", `MEMORY BOOK

17. TOKTORBAEV Asylbek Musaevich. Born 1894, Kara-Suu village, Talas district, Talas oblast; Kyrgyz; teacher.
Arrested on 3 August 1937. Shot on 4 November 1937 in Frunze. Rehabilitated on 12 May 1958 by the Supreme Court of the Kirghiz SSR.

18. BELOUSOV Pyotr Ilyich. Born 1901, Tokmak; Russian; clerk. Exiled in 1931 to Narym Krai.
`, []string{
			"Asylbek Toktorbaev bornIn Kara-Suu",
			"Asylbek Toktorbaev bornOn 1894",
			"Asylbek Toktorbaev executedIn Bishkek",
			"Asylbek Toktorbaev executedOn 1937-11-04",
			"Asylbek Toktorbaev rehabilitatedOn 1958-05-12",
			"Kara-Suu locatedIn Talas District",
			"Pyotr Belousov bornIn Tokmok",
			"Pyotr Belousov bornOn 1901",
		}},
		{"ru-cards.txt", `Сыдыкбеков Орозбек Айдарович. Место рождения: с. Кара-Суу, Таласский р-н, Джалал-Абадская обл.
Расстрелян 4 ноября 1937 г.
`, []string{
			"Orozbek Sydykbekov executedOn 1937-11-04",
			"Talas District locatedIn Jalal-Abad Oblast",
		}},
		{"ru-book.txt", `КНИГА ПАМЯТИ

214. БЕЛОНОГОВ Пётр Ильич, 1899 г. р., уроженец с. Сосновка Тонского р-на, русский, б/п, кузнец. Арестован 2 октября 1937 г. Реабилитирован 3 мая 1957 г. Верховным судом Киргизской ССР.
`, []string{
			"Pyotr Belonogov bornIn Sosnovka",
			"Pyotr Belonogov rehabilitatedBy Supreme Court of Kyrgyzstan",
			"Pyotr Belonogov rehabilitatedOn 1957-05-03",
		}},
		{"ru-book-woman.txt", `СЕЙИТОВА Айгуль Мукашовна, 1903 г. р., киргизка. Реабилитирована в 1959 г.
`, []string{
			"Aygul Seyitova bornOn 1903",
			"Aygul Seyitova rehabilitatedOn 1959",
		}},
		{"ky-book.txt", `Төлөбаев Мамыр Асан уулу 1889-жылы Ысык-Көл облусундагы Ак-Суу айылында туулган, улуту кыргыз.
1937-жылдын 10-августунда камакка алынган. 1937-жылдын ноябрында Каракол шаарында атылган. 1958-жылы акталган.
`, []string{
			"Mamyr Tölöbaev bornOn 1889",
			"Mamyr Tölöbaev executedOn 1937-11",
			"Mamyr Tölöbaev rehabilitatedOn 1958",
		}},
		{"ky-book-no-year.txt", `Бакиров Мырзабек Бакир уулу Ош облусунун Ноокат районундагы Кара-Таш айылында туулган.
`, []string{
			"Myrzabek Bakirov bornIn Kara-Tash",
		}},
		{"ky-book-father.txt", `Осмонов Бакыт Жолдош уулу 1901-жылы Токтогул районундагы Кара-Көл айылында туулган.
`, []string{
			"Bakyt Osmonov bornOn 1901",
			"Bakyt Osmonov bornIn Kara-Kul",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factLines(t, tt.name, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q among:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// TestNamesakesApart: the people of two cards with one name and different
// years of birth are two entities; with the same year, one.
func TestNamesakesApart(t *testing.T) {
	x := testExtractor(t)
	personID := func(name, text string) string {
		t.Helper()
		ex, err := x.Extract(context.Background(), dossier.NewDocument("test/"+name, name, []byte(text)))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ex.Entities {
			if e.Type == dossier.Person {
				return e.ID
			}
		}
		t.Fatalf("%s: no person among %+v", name, ex.Entities)
		return ""
	}
	a := personID("a.txt", "ИВАНОВ Пётр Семёнович, 1899 г. р., уроженец с. Сосновка. Расстрелян в 1938 г.\n")
	b := personID("b.txt", "ИВАНОВ Пётр Семёнович, 1905 г. р., уроженец г. Токмак. Реабилитирован в 1958 г.\n")
	c := personID("c.txt", "Иванов Пётр Семёнович, 1899 г. р. Реабилитирован в 1957 г.\n")
	if a == b {
		t.Errorf("namesakes born 1899 and 1905 are one entity %s", a)
	}
	if a != c {
		t.Errorf("one name and one year of birth are two entities: %s, %s", a, c)
	}
	if !strings.HasSuffix(a, "-1899") {
		t.Errorf("IRI %s does not carry the year of birth", a)
	}
}

// TestPlaceStopsAtPatronymic: a Kyrgyz place named right after a person
// ("… Бакир уулу Ош облусунун") does not take the person's name in.
func TestPlaceStopsAtPatronymic(t *testing.T) {
	x := testExtractor(t)
	text := "Бакиров Мырзабек Бакир уулу Ош облусунун Ноокат районундагы Кара-Таш айылында туулган.\n"
	ex, err := x.Extract(context.Background(), dossier.NewDocument("test/ky.txt", "ky.txt", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Entities {
		for _, n := range e.Names {
			if e.Type != dossier.Person && strings.Contains(n.Text, "уулу") {
				t.Errorf("%s %q has the name %q", e.Type, e.Name, n.Text)
			}
		}
	}
}

// TestCardNamesakeOfKnownPerson: a card whose surname the gazetteer knows
// (Абдрахманов) but whose given name is another is a namesake, not the
// known person.
func TestCardNamesakeOfKnownPerson(t *testing.T) {
	got := factLines(t, "ru-card.txt", "Фамилия: Абдрахманов\nИмя: Асан\nОтчество: Бакирович\nГод рождения: 1899\n")
	if !slices.Contains(got, "Asan Abdrakhmanov bornOn 1899") {
		t.Errorf("want Asan Abdrakhmanov born 1899 among:\n%s", strings.Join(got, "\n"))
	}
	for _, f := range got {
		if strings.HasPrefix(f, "Zhusup") {
			t.Errorf("the namesake became the known person: %s", f)
		}
	}
}

// TestRehabilitationDateIsItsOwn: the date of an execution told in a
// relative clause is not the date of the rehabilitation.
func TestRehabilitationDateIsItsOwn(t *testing.T) {
	got := factLines(t, "en-news.txt", "The Supreme Court of Kyrgyzstan rehabilitated Sagyn Omurzakov, a clerk who was shot in Frunze on 9 December 1937.\n")
	for _, f := range got {
		if strings.Contains(f, "rehabilitatedOn 1937") {
			t.Errorf("the execution's date became the rehabilitation's: %s", f)
		}
	}
	if !slices.Contains(got, "Sagyn Omurzakov executedOn 1937-12-09") {
		t.Errorf("want the execution's date among:\n%s", strings.Join(got, "\n"))
	}
}

// TestHeadingBirthYear: a bare year in brackets right after the name that
// heads a card or memorial record is the year of birth; after a name in
// running prose it is not read so. The people are made up.
func TestHeadingBirthYear(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-card.txt", text: "ЖАПАРОВ Темир (1902). Уроженец с. Кочкор. Колхозник. Арестован 3.10.1937. Расстрелян 9.11.1937.\n",
			want: []string{"Temir Zhaparov bornOn 1902", "Temir Zhaparov executedOn 1937-11-09"}},
		{name: "ru-card-g.txt", text: "ЖАПАРОВ Темир (1902 г.). Расстрелян 9.11.1937.\n",
			want: []string{"Temir Zhaparov bornOn 1902"}},
		{name: "en-book.txt", text: "ALIEV Kasym (1895). Arrested in 1937. Shot on 2 December 1937 in Frunze.\n",
			want: []string{"Kasym Aliev bornOn 1895", "Kasym Aliev executedOn 1937-12-02"}},
		{name: "ky-card.txt", text: "ЖАПАРОВ Темир (1902-ж.). 1937-жылы атылган.\n",
			want: []string{"Temir Zhaparov bornOn 1902"}},
		{name: "en-prose.txt", text: "The commission met in Tashkent. In a later speech Kasym Aliev (1925) praised the new order.\n",
			not: []string{"bornOn"}},
		{name: "ru-two-years.txt", text: "ЖАПАРОВ Темир (1902, 1937). Расстрелян 9.11.1937.\n",
			not: []string{"bornOn"}},
	})
}

// TestGivenNameBeforeKnownSurname: a given name the gazetteer's person
// does not bear, next to that person's surname, names another man.
func TestGivenNameBeforeKnownSurname(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "en.txt", text: "Temir Japarov was shot in 1937 in Frunze.\n",
			want: []string{"Temir Japarov executedOn 1937"}, not: []string{"Sadyr"}},
		{name: "ky.txt", text: "Темир Жапаров 1937-жылы Фрунзеде атылган.\n",
			want: []string{"Temir Zhaparov executedOn 1937"}, not: []string{"Sadyr"}},
	})
}

// TestMemorialAbbreviations: a memorial book's shortest forms. "урож. с. X"
// is a birthplace like "уроженец с. X"; a village named after a work
// ("с. Манас", the epic) is a village after its abbreviation; a district
// adjective before a body's acronym ("Сарыкамышским РО НКВД") is no
// person's surname. The people are made up.
func TestMemorialAbbreviations(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-book-abbrev.txt", `ТЕМИРОВ Ашым Калыевич (1897), урож. с. Кызыл-Булак Нарынского р-на, пастух. Расстрелян 12.11.1937.
`, []string{"Ashym Temirov bornIn Kyzyl-Bulak"}, nil},
		{"ru-book-manas.txt", `САДЫРОВА Бактыгуль, род. в 1906 г. в с. Манас, колхозница. Реабилитирована в 1991 г.
`, []string{"Baktygul Sadyrova bornIn Manas"}, nil},
	})
	x := testExtractor(t)
	ex, err := x.Extract(context.Background(), dossier.NewDocument("test/ru-book-ro.txt", "ru-book-ro.txt",
		[]byte("ОСМОНОВ Жапар, 1899 г. р. Арестован 02.09.1937 Сарыкамышским РО НКВД. Расстрелян 20.11.1937.\n")))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Entities {
		if e.Type == dossier.Person && strings.Contains(e.Name, "Sarykamysh") {
			t.Errorf("a district's adjective became the person %q", e.Name)
		}
	}
}

// TestVillageOfName: "the village of X" names a place even when the
// gazetteer knows X as a person's name (Cholpon, the Uzbek poet's pen
// name, is also a Kyrgyz village). The teacher is made up.
func TestVillageOfName(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-village-of.txt", "Kurmanbek Tashiev (1899–1937), a teacher, was born in the village of Cholpon in the Kochkor district.\n",
			[]string{"Kurmanbek Tashiev bornIn Cholpon"}, []string{"bornIn Kochkor"}},
	})
}

// TestCapsHeadUnknownGivenName: a record's head in capitals keeps a given
// name the lexicons do not know, even one shaped like a surname
// ("КАРАБЕКОВ Сагын (1889)"), when the year follows. Made-up people.
func TestCapsHeadUnknownGivenName(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-book-caps.txt", `ДООЛОТБЕКОВ Сагын (1890), урож. с. Ак-Суу, киргиз. Расстрелян 10.11.1937.

АСЫЛБЕКОВА Сайкал, 1903 г. р., урож. с. Тамчы. Реабилитирована в 1990 г.
`, []string{"Sagyn Doolotbekov bornOn 1890", "Sagyn Doolotbekov executedOn 1937-11-10", "Saykal Asylbekova bornOn 1903"},
			[]string{"Sagyn bornOn", "Sagyn executedOn"}},
	})
}

// TestNamedAfter: a Russian body named after a person ("колхоза им.
// Сталина", "школы имени Токтогула") is one body; its chairman heads it,
// and the person inside its name is nobody's subject. Made-up people.
func TestNamedAfter(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-named-after.txt", `САРЫГУЛОВ Токон Асанович, род. в 1900 г. в с. Беловодское, председатель колхоза им. Калинина. Расстрелян 02.11.1937.

Его сын учился в школе имени Токтогула, а потом стал директором завода им. В. И. Ленина.
`, []string{"Tokon Sarygulov headOf kolkhoz im. Kalinina"}, []string{"Mikhail Kalinin", "Toktogul Satylganov headOf", "Vladimir Lenin headOf"}},
	})
}
