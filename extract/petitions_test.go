package extract

import (
	"context"
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestPetitions: applications for a relative's rehabilitation, in Kyrgyz
// and Russian: the applicant signs under a label ("Арыз ээси:",
// "Заявитель:") or alone on a line, a woman's Russian-style surname stays
// hers and is not read as her husband's in the genitive, and the letter's
// date is the one under the signature. The people and villages are made up.
func TestPetitions(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ky-petition.txt", text: `Кыргыз ССРинин Жогорку Сотуна
Талас районундагы колхоздун мүчөсү
Бекназарова Айшадан

А Р Ы З

Менин атам Бекназаров Асан 1901-жылы туулган. 1937-жылы камакка алынган.

Арыз ээси: А. Бекназарова
1957-жылдын 3-марты
`, want: []string{
			"Aysha Beknazarova wroteTo Supreme Court of Kyrgyzstan 1957-03-03",
			"Asan Beknazarov bornOn 1901 -",
		}, not: []string{"Asan Beknazarov wroteTo", "1901 1901"}},
		{name: "ru-petition.txt", text: `Прокурору Киргизской ССР от гр. Бекназаровой Айши

ЗАЯВЛЕНИЕ

Мой муж Бекназаров Асан Турдуевич, 1901 года рождения, был арестован в 1937 году.

А. Бекназарова
12 марта 1956 г.
`, want: []string{"Asan Beknazarov bornOn 1901 -"}},
	})
	// the applicant is one woman, apart from her husband
	for _, c := range []struct{ name, text string }{
		{"ru-signature.txt", "Мой муж Бекназаров Асан Турдуевич был арестован в 1937 году.\n\nА. Бекназарова\n"},
		{"ru-oblique.txt", "Заявление гр. Бекназаровой Айши поступило в прокуратуру 3 мая 1956 г.\n"},
		{"ky-initial.txt", "Менин атам Бекназаров Асан 1937-жылы камакка алынган.\n\nАрыз ээси: А. Бекназарова\n"},
	} {
		people := personNames(t, c.name, c.text)
		woman, man := false, false
		for _, n := range people {
			woman = woman || n == "Aysha Beknazarova" || n == "A. Beknazarova" || n == "Beknazarova"
			man = man || n == "Asan Beknazarov"
		}
		if !woman || (c.name != "ru-oblique.txt" && !man) {
			t.Errorf("%s: want the woman Beknazarova apart from Asan Beknazarov, got people %q", c.name, people)
		}
	}
}

// TestLedByEvent: the leader of an event, named after "led by", took part
// in it, as the active "led the revolt" already says.
func TestLedByEvent(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "en-passive.txt", text: "The Andijan uprising of 1898 was led by Madali Eshon.\n",
			want: []string{"Dukchi Ishan participatedIn Andijan uprising of 1898"}},
		{name: "en-participle.txt", text: "In 1916 the Central Asian revolt, led by Kanat Abukin in the Chui valley, spread north.\n",
			want: []string{"Kanat Abukin participatedIn Central Asian revolt of 1916"}},
		{name: "en-body.txt", text: "The Basmachi movement was led by Ibrahim Bek.\n",
			want: []string{"Ibrahim Bek headOf Basmachi"}, not: []string{"participatedIn"}},
	})
}

// personNames extracts text and returns the preferred names of its people.
func personNames(t *testing.T, name, text string) []string {
	t.Helper()
	return namesOf(t, name, text, dossier.Person)
}

// namesOf extracts text and returns the preferred names of its entities
// of type typ, or of every entity as "Type Name" when typ is "".
func namesOf(t *testing.T, name, text string, typ dossier.EntityType) []string {
	t.Helper()
	ex, err := testExtractor(t).Extract(context.Background(), dossier.NewDocument("test/"+name, name, []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ex.Entities {
		switch typ {
		case "":
			out = append(out, string(e.Type)+" "+e.Name)
		case e.Type:
			out = append(out, e.Name)
		}
	}
	return out
}

// TestSignerNames: the signer's name keeps its own form — a settlement's
// abbreviation after it opens the place ("Б. Исакеев г. Фрунзе" is still
// the known Bayaly Isakeev), and a Kyrgyz given name that does not decline
// ("Баялы") is not read as a Russian genitive.
func TestSignerNames(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"ru-town-after.txt", "Председатель СНК Киргизской АССР\nБ. Исакеев г. Фрунзе, 12 мая 1936 г.\n", "Bayaly Isakeev"},
		{"ru-given-indeclinable.txt", "Письмо написал Баялы Тентимишев.\n", "Bayaly Tentimishev"},
		{"ru-given-town.txt", "Баялы Тентимишев г. Фрунзе, 12 мая 1936 г.\n", "Bayaly Tentimishev"},
	} {
		people := personNames(t, c.name, c.text)
		if len(people) != 1 || people[0] != c.want {
			t.Errorf("%s: people %q, want [%q]", c.name, people, c.want)
		}
	}
}

// TestAttributiveYear: "the 1938 executions" names the executions; it does
// not date the rehabilitation the sentence reports (the dateline does).
func TestAttributiveYear(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "en-news.txt", text: `BISHKEK, 14 June 2023 — The Supreme Court of Kyrgyzstan has rehabilitated the victims of the 1938 Chong-Tash executions.

Among them was Abdykadyr Orozbekov.
`, want: []string{"Abdykadyr Orozbekov rehabilitatedOn 2023-06-14 -"}, not: []string{"rehabilitatedOn 1938"}},
	})
}

// TestEnglishCorrespondence: a telegram sent "to Moscow from Tashkent"
// names no addressee the graph holds, but where its writer was; a title
// with offices before the names ("Letter of the First Secretary … M.
// Belotsky to the Chairman … V. M. Molotov") is a letter, and "TO MOSCOW"
// under it is where it went, not where it was written; "fought alongside"
// allies two men.
func TestEnglishCorrespondence(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "en-telegram.txt", text: "In April 1922 Jēkabs Peters sent a telegram to Moscow from Tashkent.\n",
			want: []string{"Jēkabs Peters reportedFrom Tashkent"}, not: []string{"wroteTo"}},
		{name: "en-sent-nothing.txt", text: "In April 1922 Jēkabs Peters sent his family from Tashkent to Moscow.\n",
			not: []string{"reportedFrom"}},
		{name: "en-title-offices.txt", text: "Letter of the First Secretary of the Kirghiz Obkom M. Belotsky to the Chairman of the Council of People's Commissars V. M. Molotov\n\n14 September 1935\n\nTO MOSCOW\nFOR COMRADE MOLOTOV\n\nThe grain plan has not been met in Talas.\n",
			want: []string{"Moisei Belotsky wroteTo Vyacheslav Molotov"}, not: []string{"reportedFrom Moscow", "wroteTo Kirghiz"}},
		{name: "en-alongside.txt", text: "In 1921 Enver Pasha fought alongside Ibrahim Bek in eastern Bukhara.\n",
			want: []string{"Enver Pasha alliedWith Ibrahim Bek"}},
	})
}

// TestNewsOfOpenedFiles: news of opened case files tell of the victim in
// the genitive ("дело Юсупа Абдрахманова, …, расстрелянного …"), of his
// letters with the writer after the noun ("письма Абдрахманова Сталину"),
// and, in Kyrgyz, of the court that rehabilitated him ("аны … актаган").
func TestNewsOfOpenedFiles(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-participle.txt", text: "Историк Айбек Осмонов изучил дело Юсупа Абдрахманова, бывшего председателя Совнаркома Киргизской АССР, расстрелянного 5 ноября 1938 года.\n",
			want: []string{"Zhusup Abdrakhmanov executedOn 1938-11-05"}, not: []string{"Aybek Osmonov executedOn"}},
		{name: "ru-participle-other-case.txt", text: "Историк Айбек Осмонов, расстрелянный позже, изучил дело Юсупа Абдрахманова.\n",
			not: []string{"Zhusup Abdrakhmanov executedOn"}},
		{name: "ru-letters-of.txt", text: "Историк Айбек Осмонов нашёл в деле письма Абдрахманова Сталину, написанные в 1933 году.\n",
			want: []string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin"}, not: []string{"Aybek Osmonov wroteTo"}},
		{name: "ky-court-rehabilitated.txt", text: "Жусуп Абдрахманов 1938-жылы атылган. СССР Жогорку сотунун Аскер коллегиясы аны 1958-жылы актаган.\n",
			want: []string{"Zhusup Abdrakhmanov rehabilitatedOn 1958", "Zhusup Abdrakhmanov rehabilitatedBy Military Collegium of the Supreme Court of the USSR"}},
	})
}

// TestPenNameBeforeSurname: a writer known by one name that is also a
// common given name (Oybek, "Айбек") is not the man "Айбек Осмонов".
func TestPenNameBeforeSurname(t *testing.T) {
	people := personNames(t, "ru.txt", "Историк Айбек Осмонов изучил дело.\n")
	if len(people) != 1 || people[0] != "Aybek Osmonov" {
		t.Errorf("people %q, want [\"Aybek Osmonov\"]", people)
	}
}

// TestPronounAfterSemicolon: "he" after a semicolon is the man who opens
// the sentence, not the topic of the sentence before.
func TestPronounAfterSemicolon(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "en.txt", text: "Akhmet Baitursynov was exiled to Arkhangelsk in 1931.\n\nMirzhakyp Dulatov was not executed; he died in the Sosnovets camp in 1935.\n",
			want: []string{"Mirzhakyp Dulatov diedOn 1935"}, not: []string{"Akhmet Baitursynov diedOn", "executedOn"}},
	})
}

// TestRelativeWrites: "his widow wrote to Kalinin" is the widow's letter,
// whom the text does not name; it is not her husband's.
func TestRelativeWrites(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "en.txt", text: "Kasym Tynystanov was shot at Chong-Tash in 1938. His widow wrote to Kalinin in 1939 asking about his fate.\n",
			want: []string{"Kasym Tynystanov executedIn Chong-Tash"}, not: []string{"wroteTo"}},
		{name: "ru.txt", text: "Баялы Исакеев был расстрелян в 1938 году. Его вдова писала Калинину в 1939 году.\n",
			want: []string{"Bayaly Isakeev executedOn 1938"}, not: []string{"wroteTo"}},
		{name: "en-own.txt", text: "Kasym Tynystanov wrote to Kalinin in 1936.\n",
			want: []string{"Kasym Tynystanov wroteTo Mikhail Kalinin"}},
	})
}

// TestWomanHeadingInCapitals: a memorial-book record headed by a woman's
// surname in capitals names her in the nominative.
func TestWomanHeadingInCapitals(t *testing.T) {
	people := personNames(t, "ru-book.txt", "1128. МАМАТОВА Зулайка, 1910 г. р., уроженка г. Ош, узбечка, домохозяйка. Арестована 20 января 1938 г.\n")
	if len(people) != 1 || people[0] != "Zulayka Mamatova" {
		t.Errorf("people %q, want [\"Zulayka Mamatova\"]", people)
	}
}

// TestOwnPetitionInLetter: inside a Kyrgyz letter, a letter the writers
// call their own ("жазган арызыбызга", our petition) is the letter's
// writer's, not its addressee's. The people are made up.
func TestOwnPetitionInLetter(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ky-letter-own.txt", text: `Кыргыз АССР Эл Комиссарлар Кеңешинин төрагасы Жусуп Абдрахмановго

Урматтуу Жусуп Абдрахманов! Биздин айылда суу жетишпейт. Кантондук жер бөлүмүнө жазган арызыбызга жооп болгон жок.

Кара-Буура болуштук аткаруу комитетинин төрагасы Садык Эсенгулов

Кара-Буура, 1932-жылдын 8-июну
`, want: []string{"Sadyk Esengulov wroteTo Zhusup Abdrakhmanov"},
			not: []string{"Zhusup Abdrakhmanov wroteTo"}},
	})
}

// TestKyFirstPerson: the Kyrgyz first person in possessives and present
// verbs, not the adjective's -дык.
func TestKyFirstPerson(t *testing.T) {
	for w, want := range map[string]bool{
		"арызыбызга": true, "катыбызды": true, "сурайбыз": true, "жазамын": true, "өтүнөмүн": true,
		"кантондук": false, "арызына": false, "биз": false, "комитетине": false,
	} {
		if got := kyFirstPerson(w); got != want {
			t.Errorf("kyFirstPerson(%q) = %v, want %v", w, got, want)
		}
	}
}
