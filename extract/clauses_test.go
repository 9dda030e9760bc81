package extract

import (
	"context"
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestDatesAndPlacesOfTheirOwnClause: a date or a place belongs to the
// event whose clause holds it. Each text is written for this test.
func TestDatesAndPlacesOfTheirOwnClause(t *testing.T) {
	runDatedCases(t, []factCase{
		// a relative clause's date is not the main verb's
		{"en-relative-date.txt", "The Supreme Court of Kyrgyzstan has rehabilitated Bolot Mamytov, a teacher from Talas who was repressed in 1937.\n",
			[]string{"Bolot Mamytov rehabilitatedBy Supreme Court of Kyrgyzstan -"}, []string{"rehabilitatedOn 1937", "rehabilitatedBy Supreme Court of Kyrgyzstan 1937"}},
		// a date right after another event's verb is that event's
		{"ru-two-events.txt", "АЙТАКОВ Недирбай (1894–1938), председатель ЦИК Туркменской ССР. Арестован в 1937 г. в Ашхабаде по обвинению в национализме. Расстрелян 28 окт. 1938 г. Реабилити-\nрован 12 дек. 1956 г.\n",
			[]string{"Nedirbay Aytakov executedOn 1938-10-28 -", "Nedirbay Aytakov rehabilitatedOn 1956-12-12 -"}, []string{"rehabilitatedOn 1938"}},
		// the year of "that year" and the day of the same rehabilitation:
		// one fact, the precise one
		{"en-that-year.txt", "In 1956 the Supreme Court reviewed the cases of the Turkmen leaders. Among those cleared that year was Nedirbai Aitakov, who was rehabilitated on December 12, 1956.\n",
			[]string{"Nedirbay Aytakov rehabilitatedOn 1956-12-12 -"}, []string{"Nedirbay Aytakov rehabilitatedOn 1956 -$"}},
		// "near X, at Y": Y is where; X is a place, not the man Frunze
		{"en-near-at.txt", "Imanaly Aidarbekov was arrested in 1937 and shot near Frunze, at Chong-Tash, in November 1938.\n",
			[]string{"Imanaly Aidarbekov executedIn Chong-Tash -"}, []string{"executedIn Bishkek", "Mikhail Frunze"}},
		// a Kyrgyz locative names the place
		{"ky-locative-frunze.txt", "Токтосун Садыков 1938-жылы 4-ноябрда Фрунзеде атылган.\n",
			[]string{"Toktosun Sadykov executedIn Bishkek -"}, []string{"Mikhail Frunze"}},
		// an apposition between a name and "who" keeps the name the subject
		{"en-apposition-who.txt", "Another was Kerimbek Usenov, chairman of a collective farm, who died in a labour camp in Karaganda in 1942.\n",
			[]string{"Kerimbek Usenov diedIn Karaganda -", "Kerimbek Usenov diedOn 1942 -"}, nil},
	})
}

// TestCardSentenceCarriedOut: "Дата исполнения" (the sentence carried
// out) is an execution when the card's sentence is death (ВМН), and
// nothing when it is a camp term. A record's surname in capitals and a
// short given name are not a heading in capitals.
func TestCardSentenceCarriedOut(t *testing.T) {
	death := "Ф.И.О.: Кудайбергенов Жумаш Асанович\nГод и место рождения: 1895, с. Кара-Кужур\nМера наказания: ВМН\nДата исполнения: 06.11.1938, г. Фрунзе\n"
	camp := "Ф.И.О.: Кудайбергенов Жумаш Асанович\nГод и место рождения: 1895, с. Кара-Кужур\nМера наказания: 10 лет ИТЛ\nДата исполнения: 06.11.1938, г. Фрунзе\n"
	checkFacts(t, "ru-card-vmn.txt", factDates(t, "ru-card-vmn.txt", death),
		[]string{"Zhumash Kudaybergenov executedOn 1938-11-06 -", "Zhumash Kudaybergenov executedIn Bishkek -"}, nil)
	checkFacts(t, "ru-card-camp.txt", factDates(t, "ru-card-camp.txt", camp), nil, []string{"executed"})
	checkFacts(t, "ky-caps-head-short.txt", factDates(t, "ky-caps-head-short.txt", "22. БЕКМУРАТОВА Айша. 1903-жылы Талас шаарында туулган.\n"),
		[]string{"Aysha Bekmuratova bornIn Talas -"}, nil)
}

// TestYearAbbreviationIsNoCity: "1938 г." is a year; the word after it is
// no city, as after "г. Фрунзе".
func TestYearAbbreviationIsNoCity(t *testing.T) {
	text := "Недирбай Айтаков был председателем ЦИК Туркменской ССР. Расстрелян 28 окт. 1938 г. Реабилити-\nрован 12 дек. 1956 г. Похоронен в г. Ашхабаде.\n"
	ex, err := testExtractor(t).Extract(context.Background(), dossier.NewDocument("test/ru-year-g.txt", "ru-year-g.txt", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	places := map[string]bool{}
	for _, e := range ex.Entities {
		if e.Type == dossier.Place {
			places[e.Name] = true
		}
	}
	if places["Reabiliti"] || !places["Ashgabat"] {
		t.Errorf("places %v: want Ashgabat, and no place made of the word after \"1938 г.\"", places)
	}
}

// TestSubjectsOfLaterPhrases: the subject of an opening participle and of
// a verb phrase joined after a date, a lifespan after an "also known as"
// name, and the office on the address line above the addressee. Each
// text is written for this test.
func TestSubjectsOfLaterPhrases(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-participle-date.txt", "Abdulla Rakhimbaev was a statesman. Born in Khujand, he joined the Russian Communist Party (Bolsheviks) in 1919.\n",
			[]string{"Abdulla Rakhimbaev bornIn Khujand -", "Abdulla Rakhimbaev memberOf Russian Communist Party (Bolsheviks) 1919"}, []string{"bornOn 1919"}},
		{"en-participle-commas.txt", "Abdulla Rakhimbaev was a statesman. Born in Talas, Turkestan, on 5 May 1890, he became a teacher.\n",
			[]string{"Abdulla Rakhimbaev bornOn 1890-05-05 -", "Abdulla Rakhimbaev bornIn Talas -"}, nil},
		{"en-aka-lifespan.txt", "Abdulla Rakhimbaev (also known as Abdullah Rahimbayev; 1896–1938) was an Uzbek Soviet statesman.\n",
			[]string{"Abdulla Rakhimbaev bornOn 1896 -", "Abdulla Rakhimbaev diedOn 1938 -"}, nil},
		{"en-and-in-year-became.txt", "Abdulla Rakhimbaev was a statesman. He joined the party in 1919 and in 1925 became chairman of the Council of People's Commissars of the Tajik ASSR.\n",
			[]string{"Abdulla Rakhimbaev headOf Council of People's Commissars of the Tajik SSR 1925"}, nil},
		{"ru-and-in-year-became.txt", "Абдулла Рахимбаев был деятелем. Он вступил в партию в 1919 г. и в 1925 г. стал председателем СНК Таджикской АССР.\n",
			[]string{"Abdulla Rakhimbaev headOf Council of People's Commissars of the Tajik SSR 1925"}, nil},
		{"ru-address-office.txt", "Секретарю ЦК ВКП(б)\nтоварищу Кагановичу Л.М.\n\nДокладная записка\n\nСообщаю, что положение остается тяжелым.\n\nМ. Камалов\n",
			[]string{"Lazar Kaganovich memberOf Central Committee of the RCP(b) -", "Kamalov wroteTo Lazar Kaganovich -"}, []string{"wroteTo Central Committee"}},
	})
}

// TestClaimsAppositionsAndFromPlaces: a claim reported is hedged; a role
// in an apposition takes no date of the main clause; a place before a
// body's name qualifies it; a Russian letter "из" a place was sent from
// there. Each text is written for this test.
func TestClaimsAppositionsAndFromPlaces(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-claim.txt", "Ibrahim Bek fought in eastern Bukhara. Some authors claim that he was allied with Enver Pasha as early as 1922.\n",
			[]string{"Ibrahim Bek alliedWith Enver Pasha (hedged) -"}, []string{"Ibrahim Bek alliedWith Enver Pasha -$"}},
		{"en-apposition-role.txt", "Ibrahim Bek, the leader of the Lokai Basmachi, was captured in June 1931.\n",
			[]string{"Ibrahim Bek headOf Basmachi -"}, []string{"headOf Basmachi 1931", "Lokai"}},
		{"ru-letter-from.txt", "Баялы Исакеев 12 августа 1936 г. писал Сталину из Фрунзе о нехватке хлеба.\n",
			[]string{"Bayaly Isakeev wroteTo Joseph Stalin 1936-08-12", "Bayaly Isakeev reportedFrom Bishkek 1936-08-12"}, nil},
	})
}

// TestBodiesReferredBack: a Russian body referred back to by "её" (the
// feminine body, not the СНК named after it), holders listed after a
// plural role, a known body named with its parent in the genitive, and
// the longer form of an event the gazetteer names in lower case. Each
// text is written for this test.
func TestBodiesReferredBack(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-its-chairman.txt", "Осенью 1919 г. в Ташкент прибыла Туркестанская комиссия ВЦИК и СНК РСФСР. Её председателем был назначен Ш. З. Элиава, а членами стали В. В. Куйбышев, Ф. И. Голощекин и Я. Э. Рудзутак.\n",
			[]string{"Shalva Eliava headOf Turkestan Commission -", "Valerian Kuibyshev memberOf Turkestan Commission -", "Filipp Goloshchyokin memberOf Turkestan Commission -", "Jānis Rudzutaks memberOf Turkestan Commission -"},
			[]string{"Council of People's Commissars", "Turkestanskiy"}},
		{"en-lowercase-event.txt", "Abdykerim Sydykov was a Kyrgyz communist. In 1924 he took part in the national delimitation of Central Asia.\n",
			[]string{"Abdykerim Sydykov participatedIn National delimitation of Central Asia 1924"}, nil},
	})
}

// TestMisspeltKnownPeopleAndRelativeLetters: a known person misspelt in
// prose or a dictionary entry is that person; a card's or a list's
// namesake a letter away from a famous name is not; a letter's verb in a
// relative clause after the letter noun. Each text is written for this
// test.
func TestMisspeltKnownPeopleAndRelativeLetters(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-dict-typo.txt", "Абдраманов Жусуп (1901–1938) – председатель Совнаркома Киргизской АССР. Реабилитирован в 1958 г.\n",
			[]string{"Zhusup Abdrakhmanov rehabilitatedOn 1958 -"}, []string{"Abdramanov"}},
		{"ru-list-namesake.txt", "14. СОКОЛОВ Григорий Николаевич. Родился в 1911 г., г. Каракол; русский; бухгалтер. Расстрелян 2 июня 1938 г.\n",
			[]string{"Grigoriy Sokolov bornOn 1911 -"}, []string{"Sokolnikov"}},
		{"en-relative-letter.txt", "The historian quotes a letter that Turar Ryskulov sent from Moscow to Stalin on 23 January 1933.\n",
			[]string{"Turar Ryskulov wroteTo Joseph Stalin 1933-01-23", "Turar Ryskulov reportedFrom Moscow 1933-01-23"}, nil},
		{"en-relative-army.txt", "The army that Frunze sent to Bukhara in 1920 took the city.\n", nil, []string{"wroteTo"}},
	})
}

// TestInvertedSubjectsAndDayRanges: a Russian passive verb with its
// subject after it, and a Kyrgyz range of days after the year's genitive.
// Each text is written for this test.
func TestInvertedSubjectsAndDayRanges(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-subject-after.txt", "5-6 ноября 1938 г. в урочище Чон-Таш был расстрелян Касым Тыныстанов.\n",
			[]string{"Kasym Tynystanov executedIn Chong-Tash -", "Kasym Tynystanov executedOn 1938-11-05 -"}, nil},
		{"ru-comma-before.txt", "В 1938 г. был расстрелян, как сообщает Иван Петров, поэт Касым Тыныстанов.\n",
			nil, []string{"Ivan Petrov executed"}},
		{"ky-day-range.txt", "1938-жылдын 5-6-ноябрында Чоң-Таш жеринде Касым Тыныстанов атылган.\n",
			[]string{"Kasym Tynystanov executedOn 1938-11-05 -"}, nil},
	})
}

// TestGenitiveFullNamesAndKyrgyzAddresses: a full name in the genitive,
// surname first, whose given name the gazetteer knows alone (Токтогул),
// with a birth apposition in the same case; a Kyrgyz address with the
// dative on the title after the name. Each text is written for this test.
func TestGenitiveFullNamesAndKyrgyzAddresses(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-genitive-fio.txt", "Дело по обвинению Бейшеналиева Токтогула Сыдыковича, 1899 года рождения, уроженца с. Чолпон-Ата, пересмотрено.\n",
			[]string{"Toktogul Beyshenaliev bornOn 1899 -", "Toktogul Beyshenaliev bornIn Cholpon-Ata -"}, []string{"Satylganov", "Sydykovich"}},
		{"ky-address-title.txt", "Калинин жолдошко\n\nКочкор болушундагы дыйкандардын абалы жөнүндө кабарлайм.\n\nАбдыкадыр Орозбеков\nПишпек, 1926-жылдын 18-марты\n",
			[]string{"Abdykadyr Orozbekov wroteTo Mikhail Kalinin 1926-03-18", "Abdykadyr Orozbekov reportedFrom Bishkek 1926-03-18"}, nil},
	})
}

// TestBracketedNameForms: the same person's name in another form right
// inside a bracket after it, with a lifespan after a comma. Each text is
// written for this test.
func TestBracketedNameForms(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-bracket-name.txt", "Сыдык Карачев (Сыдык Карач уулу, 1885–1937) – кыргыз коомдук ишмери.\n",
			[]string{"Sydyk Karachev bornOn 1885 -", "Sydyk Karachev diedOn 1937 -"}, []string{"Sydyk Karach "}},
		{"en-bracket-other.txt", "Jusup Abdrakhmanov (Joseph Stalin, his rival) wrote letters.\n",
			nil, []string{"bornOn"}},
	})
	ex, err := testExtractor(t).Extract(context.Background(), dossier.NewDocument("test/ky-bracket-name.txt", "ky-bracket-name.txt", []byte("Сыдык Карачев (Сыдык Карач уулу, 1885–1937) – кыргыз коомдук ишмери.\n")))
	if err != nil {
		t.Fatal(err)
	}
	people := 0
	for _, e := range ex.Entities {
		if e.Type == dossier.Person {
			people++
		}
	}
	if people != 1 {
		t.Errorf("%d people, want one with two forms of his name", people)
	}
}

// TestTelegramInCapitals: a telegram's lines in capitals make no people
// of words that only the capitals make look like names. Written for this
// test.
func TestTelegramInCapitals(t *testing.T) {
	text := "TELEGRAM\n\nTASHKENT, TO FRUNZE, COMMANDER OF THE TURKESTAN FRONT.\n\nBUKHARA TAKEN 2 SEPTEMBER. EMIR FLED EAST.\n\nAWAIT ORDERS.\n\nKUIBYSHEV\n1 SEPTEMBER 1920\n"
	ex, err := testExtractor(t).Extract(context.Background(), dossier.NewDocument("test/en-telegram-caps.txt", "en-telegram-caps.txt", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Entities {
		if e.Type == dossier.Person && e.Name != "Mikhail Frunze" && e.Name != "Valerian Kuibyshev" {
			t.Errorf("a person made of a telegram's words: %q (%v)", e.Name, e.Names)
		}
	}
}

// TestRussianProseRelations: a verb phrase joined by "а", a group's letter
// sent "в" a body by the person "во главе с" whom it acted, and "стал
// председателем", which states the office but no appointment. Each text
// is written for this test.
func TestRussianProseRelations(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-a-conjunct.txt", "Юсуп Абдрахманов был председателем Совнаркома. В 1937 г. он был арестован, а в ноябре 1938 г. расстрелян.\n",
			[]string{"Zhusup Abdrakhmanov executedOn 1938-11 -"}, nil},
		{"ru-group-letter.txt", "Юсуп Абдрахманов был членом обкома. В 1925 г. группа киргизских работников во главе с Юсупом Абдрахмановым направила в ЦК РКП(б) письмо о положении в области.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Central Committee of the RCP(b) 1925"}, nil},
		{"ru-became.txt", "В 1927 г. Юсуп Абдрахманов стал председателем Совнаркома Киргизской АССР.\n",
			[]string{"Zhusup Abdrakhmanov headOf Council of People's Commissars of the Kyrgyz ASSR 1927"}, []string{"appointedTo"}},
	})
}

// TestPrepositionsAreNoAbbreviations: "с" (with) and "к" (to) without a
// dot are prepositions, not "с." (село): the known people after them stay
// people; but "с" with a town's instrumental is the town. Each text is
// written for this test.
func TestPrepositionsAreNoAbbreviations(t *testing.T) {
	ex, err := testExtractor(t).Extract(context.Background(), dossier.NewDocument("test/ru-with.txt", "ru-with.txt",
		[]byte("Рыскулов встречался с Иосифом Сталиным и писал к Ф.И. Голощёкину. Почтовое сообщение с Пржевальском прервано.\n")))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]dossier.EntityType{}
	for _, e := range ex.Entities {
		got[e.Name] = e.Type
	}
	for name, typ := range map[string]dossier.EntityType{"Joseph Stalin": dossier.Person, "Filipp Goloshchyokin": dossier.Person} {
		if got[name] != typ {
			t.Errorf("%s: %q, want %s (entities %v)", name, got[name], typ, got)
		}
	}
	if got["Nikolai Przhevalsky"] != "" {
		t.Errorf("the town Przhevalsk read as the man: %v", got)
	}
}

// TestThenInAnApposition: "then" before an office in an apposition joins
// no verb phrase, so the sentence's date still dates the letter; "then"
// before a verb still does. Written for this test.
func TestThenInAnApposition(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-then-office.txt", "In September 1932 Turar Ryskulov, then deputy chairman of the Sovnarkom of Russia, wrote to Stalin about the famine.\n",
			[]string{"Turar Ryskulov wroteTo Joseph Stalin 1932-09"}, nil},
		{"en-then-verb.txt", "Turar Ryskulov was arrested in 1937, then shot.\n", nil, []string{"executedOn 1937"}},
	})
}

// TestPronounGender: "он" is a man and "she" a woman, even when the
// paragraph's topic is of the other gender. Each text is written for this
// test.
func TestPronounGender(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-he-father.txt", "Моя мать, Айша Токтогулова, рассказывала, что отец, Асанбек Токтогулов, в марте 1937 г. написал письмо Михаилу Калинину. В ноябре 1938 г. он был расстрелян.\n",
			[]string{"Asanbek Toktogulov executedOn 1938-11 -"}, []string{"Aysha Toktogulova executed"}},
		{"en-she-wife.txt", "Kasym Tynystanov was a linguist. His wife, Aysha Toktogulova, was arrested in 1938. She died in Karlag in 1942.\n",
			[]string{"Aysha Toktogulova diedOn 1942 -"}, []string{"Kasym Tynystanov died"}},
	})
}
