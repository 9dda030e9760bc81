package extract

import (
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestLettersAndClauses: letters known by their greeting and signature or
// by a title "Letter of X to Y"; a dateline whose place stands on a line of
// its own; English verb phrases sharing the sentence's subject; an active
// rehabilitation of "him"; the unknown place of a life event. Each text is
// written for this test.
func TestLettersAndClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"en-greeting.txt", "London, 2 May 1921\n\nDear Comrade Chicherin, the talks go slowly and the delegation waits for your answer.\n\nL. Krasin\n",
			[]string{"Krasin wroteTo Georgy Chicherin", "Krasin reportedFrom London"}, nil},
		{"en-title.txt", "Letter of Turar Ryskulov to Joseph Stalin\n\nMoscow, 9 March 1933\n\nThe herders leave the steppe.\n",
			[]string{"Turar Ryskulov wroteTo Joseph Stalin", "Turar Ryskulov reportedFrom Moscow"}, nil},
		{"ru-greeting.txt", "Ташкент, 4 июня 1924 г.\n\nУважаемый товарищ Сталин!\n\nПишу Вам о положении в Фергане.\n\nС коммунистическим приветом\nФ. Ходжаев\n",
			[]string{"Faizulla Khodzhaev wroteTo Joseph Stalin"}, nil},
		{"ky-dateline.txt", "Урматтуу Сталин жолдош!\n\nЖер маселеси азыр да чечиле элек.\n\nУрмат менен, Ж. Абдрахманов.\nФрунзе.\n2 март 1927ж.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin", "Zhusup Abdrakhmanov reportedFrom Bishkek"},
			[]string{"Mikhail Frunze wroteTo Joseph Stalin"}},
		{"en-clauses.txt", "Yusup Abdrakhmanov led the government of the republic.\n\nHe was arrested on 9 September 1937 and was shot on 5 November 1938 in Frunze. The Supreme Court of the USSR rehabilitated him in 1958.\n",
			[]string{"Zhusup Abdrakhmanov executedOn 1938-11-05", "Zhusup Abdrakhmanov executedIn Bishkek", "Zhusup Abdrakhmanov rehabilitatedOn 1958", "Zhusup Abdrakhmanov rehabilitatedBy Supreme Court of the USSR"}, nil},
		{"en-life-place.txt", "Kasym Tynystanov was born in 1901 in Chyrpykty near Lake Issyk-Kul.\n",
			[]string{"Kasym Tynystanov bornIn Chyrpykty"}, []string{"Kasym Tynystanov bornIn Issyk-Kul"}},
		{"ru-clauses.txt", "Асан Токтогулов работал учителем в Оше.\n\nОн был арестован в 1937 году в Оше и расстрелян 2 ноября 1937 года.\n",
			[]string{"Asan Toktogulov executedOn 1937-11-02"}, nil},
		{"ru-from-place.txt", "В архиве хранится письмо Исакеева Сталину от 12 апреля 1933 года, отправленное из Фрунзе.\n",
			[]string{"Bayaly Isakeev wroteTo Joseph Stalin"}, []string{"Mikhail Frunze wroteTo Joseph Stalin"}},
		{"ky-site.txt", "Асанбек Турдубаев мугалим болгон. Ал 1937-жылы камакка алынып, 1938-жылы 6-ноябрда Чоң-Таш жеринде атылган.\n",
			[]string{"Asanbek Turdubaev executedIn Chong-Tash", "Asanbek Turdubaev executedOn 1938-11-06"}, nil},
		{"ky-head.txt", "Абдыкадыр Орозбеков Кыргыз АССРинин Борбордук Аткаруу Комитетинин төрагасы болгон.\n",
			[]string{"Abdykadyr Orozbekov headOf Central Executive Committee of the Kyrgyz ASSR"}, nil},
		{"en-ally-pronoun.txt", "In 1921 Enver Pasha reached the hills of Eastern Bukhara. Ibrahim Bek at first distrusted him but later joined forces with him.\n",
			[]string{"Ibrahim Bek alliedWith Enver Pasha"}, nil},
		{"en-ally-possessive.txt", "Ibrahim Bek wrote to Enver Pasha. Camp: Khodzhent, together with her infant son.\n",
			nil, []string{"Ibrahim Bek alliedWith Enver Pasha"}},
		{"ru-record-head.txt", "Книга памяти.\n\nБейшеев Токтосун, 1893 г. р., уроженец с. Тюп, киргиз, чабан. Арестован 14 октября 1937 г. Расстрелян 6 ноября 1937 г. в г. Фрунзе. Жена осуждена как член семьи изменника Родины.\n",
			[]string{"Toktosun Beysheev bornOn 1893", "Toktosun Beysheev bornIn Tyup", "Toktosun Beysheev executedOn 1937-11-06", "Toktosun Beysheev executedIn Bishkek"}, nil},
		{"en-card-place.txt", "CARD INDEX\n\nSurname: Usenov\nName: Kadyr\nYear of birth: 1897\nExecuted: 5 November 1937, Frunze\n",
			[]string{"Kadyr Usenov executedIn Bishkek"}, []string{"Mikhail Frunze"}},
		{"en-fullname.txt", "CARD\n\nFull name: Usenov, Kadyr\nBorn: 1897\n", []string{"Kadyr Usenov bornOn 1897"}, nil},
		{"en-fullname-given-first.txt", "CARD\n\nFull name: Kadyr Usenov\nBorn: 1897\n", []string{"Kadyr Usenov bornOn 1897"}, nil},
		{"ru-fio.txt", "КАРТОЧКА\n\nФИО: Бейшеев Токтосун Бейшеевич\nГод рождения: 1893\n", []string{"Toktosun Beysheev bornOn 1893"}, nil},
		{"en-belonged.txt", "Nazir Tyuryakulov belonged to the Turkic Commission. He headed the Central Publishing House of the Peoples of the East in Moscow.\n",
			[]string{"Nazir Tyuryakulov memberOf Turkic Commission", "Nazir Tyuryakulov headOf Central Publishing House of the Peoples of the East"}, nil},
		{"ru-office-address.txt", "Секретарю ЦК ВКП(б) тов. Сталину\n\nПишу Вам о положении дел в республике.\n\nЖ. Абдрахманов\nФрунзе, 14 марта 1928 г.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin"}, []string{"wroteTo Central Committee"}},
		{"ru-two-addressees.txt", "ЦК ВКП(б), тов. Сталину\n\nПишу Вам о положении дел в республике.\n\nЖ. Абдрахманов\nФрунзе, 14 марта 1928 г.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin", "Zhusup Abdrakhmanov wroteTo Central Committee of the RCP(b)"}, nil},
		{"ru-name-patronymic.txt", "Председателю СНК СССР тов. Молотову\n\nУважаемый Вячеслав Михайлович!\n\nПрошу Вас рассмотреть вопрос о зерне.\n\nЛ. Мирзоян\nАлма-Ата, 12 января 1934 г.\n",
			[]string{"Levon Mirzoyan wroteTo Vyacheslav Molotov"}, []string{"Levon Mirzoyan wroteTo Vyacheslav$", "wroteTo Council"}},
		{"ru-dict-dates.txt", "АЙТАКОВ Недирбай (1894–1938) — советский государственный деятель. Арестован в 1937 г., расстрелян в 1938 г.\n",
			[]string{"Nedirbay Aytakov executedOn 1938"}, []string{"executedOn 1937"}},
		{"ky-plural.txt", "Бүгүн саясий куугунтуктун курмандыктары эскерилди. Алардын арасында Жусуп Абдрахманов, Баялы Исакеев жана Касым Тыныстанов бар. Алар 1958-жылы акталган.\n",
			[]string{"Zhusup Abdrakhmanov rehabilitatedOn 1958", "Bayaly Isakeev rehabilitatedOn 1958", "Kasym Tynystanov rehabilitatedOn 1958"}, nil},
		{"en-plural.txt", "The list names Turar Ryskulov and Nazir Tyuryakulov. They were shot in 1938.\n",
			[]string{"Turar Ryskulov executedOn 1938", "Nazir Tyuryakulov executedOn 1938"}, nil},
		{"en-apposition-date.txt", "Ilyas Zhansugurov, born in 1894 in the Aksu district, was executed the same year as the others.\n",
			[]string{"Ilyas Zhansugurov bornOn 1894"}, []string{"executedOn 1894"}},
	}
	for _, tc := range tests {
		checkFacts(t, tc.name, factLines(t, tc.name, tc.text), tc.want, tc.not)
	}
}

// TestDateOfItsOwnConjunct: a date that opens the next verb phrase ("and
// in 1922 became …") does not date the one before it.
func TestDateOfItsOwnConjunct(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"en-conjunct-date.txt", "Turar Ryskulov was a member of the Turkestan Central Executive Committee and in 1922 became chairman of the Turkestan Sovnarkom.\n",
			[]string{"Turar Ryskulov memberOf Central Executive Committee of the Turkestan ASSR -", "Turar Ryskulov headOf Council of People's Commissars of the Turkestan ASSR 1922"},
			[]string{"Turar Ryskulov memberOf Central Executive Committee of the Turkestan ASSR 1922"}},
		{"ru-own-date.txt", "Турар Рыскулов был арестован в 1937 году и расстрелян 10 февраля 1938 года.\n",
			[]string{"Turar Ryskulov executedOn 1938-02-10 -"}, []string{"executedOn 1937"}},
		{"ru-shared-date.txt", "В 1937 году Турар Рыскулов был арестован и расстрелян.\n",
			[]string{"Turar Ryskulov executedOn 1937 -"}, nil},
	}
	for _, tc := range tests {
		checkFacts(t, tc.name, factDates(t, tc.name, tc.text), tc.want, tc.not)
	}
}

// TestKnownNameNotCutShort: a guessed chunk that opens a known name of the
// same kind ("Военной коллегией Верховного суда" inside "… СССР") is not an
// entity of its own.
func TestKnownNameNotCutShort(t *testing.T) {
	x := testExtractor(t)
	ex, err := x.Extract(t.Context(), dossier.NewDocument("test/cut.txt", "cut.txt", []byte("Реабилитирован Военной коллегией Верховного суда СССР в 1956 году.\n")))
	if err != nil {
		t.Fatal(err)
	}
	var orgs []string
	for _, e := range ex.Entities {
		if e.Type == dossier.Organization {
			orgs = append(orgs, e.Name)
		}
	}
	if len(orgs) != 1 || orgs[0] != "Military Collegium of the Supreme Court of the USSR" {
		t.Errorf("organisations = %q, want the Military Collegium only", orgs)
	}
}
