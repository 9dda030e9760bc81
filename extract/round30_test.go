package extract

import "testing"

// TestHeadNounReadings: a Kyrgyz head noun the lexicon knows decides
// between the readings of its word, for the place's name and its case.
// The people and villages are made up.
func TestHeadNounReadings(t *testing.T) {
	runDatedCases(t, []factCase{
		// "району" is район + possessive, not "райо" + accusative;
		// "кыштагы" is кыштак + possessive, not an attributive locative
		// that would put the district inside the village
		{"ky-card-district.txt", "Аты-жөнү: Каримбеков Бахтияр\nТуулган жылы: 1901\nТуулган жери: Эскиарык кыштагы, Ахангаран району, Ташкент облусу\n",
			[]string{"Eskiaryk locatedIn Akhangaran District -", "Akhangaran District locatedIn Tashkent Oblast -", "Bakhtiyar Karimbekov bornIn Eskiaryk -"},
			[]string{"rayo -", "rayo$", "Akhangaran District locatedIn Eskiaryk"}},
	})
}

// TestSubjectPronounIsTheTopic: a sentence whose subject is "he" is about
// the pronoun's referent, not the first name after it, and a name after
// "with" is no sentence's subject; the next sentence's "he" is the same
// man.
func TestSubjectPronounIsTheTopic(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-pronoun-topic.txt", "Kasymaly Orozbekov was elected chairman of the district executive committee in 1929.\n\n" +
			"Together with Bolot Sydykov, secretary of the district party committee, he ran the district for six years. " +
			"He was arrested in 1937 and tried at the same session as Sydykov and Mamytov. " +
			"The troika sentenced him to death, and he was shot on 6 November 1937 in Frunze.\n",
			[]string{"Kasymaly Orozbekov executedOn 1937-11-06 -", "Kasymaly Orozbekov executedIn Bishkek -"},
			[]string{"Bolot Sydykov executed", "Mamytov executed"}},
	})
}

// TestSharedEvents: people shot "together with" the subject share the
// execution, and "all three" are the three people the sentence before
// named, "he" among them. The people are made up.
func TestSharedEvents(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-together-with.txt", "Kubat Esenaliev was arrested in 1937. He was shot on 6 November 1937 in Frunze together with the teacher Bolot Mamytov and the poet Asan Sadykov, whom the NKVD had accused of nationalism. All three were rehabilitated in 1958.\n",
			[]string{"Bolot Mamytov executedOn 1937-11-06 -", "Asan Sadykov executedIn Bishkek -", "Kubat Esenaliev rehabilitatedOn 1958 -", "Bolot Mamytov rehabilitatedOn 1958 -", "Asan Sadykov rehabilitatedOn 1958 -"},
			[]string{"NKVD executed"}},
		{"ru-vmeste-s.txt", "Кубат Эсеналиев был расстрелян 6 ноября 1937 г. во Фрунзе вместе с Болотом Мамытовым.\n",
			[]string{"Kubat Esenaliev executedOn 1937-11-06 -", "Bolot Mamytov executedOn 1937-11-06 -"}, nil},
	})
}

// TestKnownBodiesByTheirKind: a convocation of a known body is the body;
// a party's name inside quotes after the role is the role's body; the
// party "Алаш" is not the government Alash Orda, which the same document
// names.
func TestKnownBodiesByTheirKind(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-bio-alash.txt", "Жакып Бекмурзаев (1870–1937) — публицист, один из основателей партии «Алаш».\n\nВ 1906 г. избран депутатом Первой Государственной думы. В 1917 г. избран членом Народного совета Алаш-Орды.\n",
			[]string{"Zhakyp Bekmurzaev headOf Alash party -", "Zhakyp Bekmurzaev appointedTo State Duma 1906", "Zhakyp Bekmurzaev memberOf Alash Orda 1917"},
			[]string{"Pervaya", "headOf Alash Orda", "Narodnyy"}},
	})
}

// TestLetterClosingAndPlace: a closing formula run into the office's line
// still gives the office of the name below it, and "г. Ош, 12 марта 1927
// г." under the signature is where the letter came from. The writer is
// made up.
func TestLetterClosingAndPlace(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-letter-closing.txt", "Председателю СНК Киргизской АССР\nтов. Абдрахманову Ю.\n\nСообщаю Вам, что посевная в округе идет по плану.\n\nС коммунистическим приветом\nсекретарь Ошского окружкома ВКП(б)\nК. Тойчубеков\n\nг. Ош, 12 марта 1927 г.\n",
			[]string{"Toychubekov wroteTo Zhusup Abdrakhmanov 1927-03-12", "Toychubekov reportedFrom Osh 1927-03-12", "Toychubekov memberOf Oshskiy okruzhkom VKP(b) -"}, nil},
	})
}

// TestBodiesByReference: "its Council of People's Commissars" is the
// council of the republic just named; "one of the leaders of the
// movement" heads the movement just named; "the same day" is the day
// just named. The people are made up.
func TestBodiesByReference(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-its-council.txt", "The Uzbek SSR was formed in 1924. In 1925 Karim Tashbaev was elected chairman of its Council of People's Commissars.\n",
			[]string{"Karim Tashbaev headOf Council of People's Commissars of the Uzbek SSR 1925"}, []string{"Council of People's Commissars 1925$"}},
		{"en-leaders-movement.txt", "Karim Tashbaev joined the Young Bukharans in 1917 and soon became one of the leaders of the movement.\n",
			[]string{"Karim Tashbaev headOf Young Bukharans -"}, nil},
		{"en-same-day.txt", "Karim Tashbaev was shot on 15 March 1938 in Moscow. Ulug Nazarov was shot the same day.\n",
			[]string{"Ulug Nazarov executedOn 1938-03-15 -"}, nil},
		{"ru-same-day.txt", "Карим Ташбаев расстрелян 15 марта 1938 г. в Москве. В тот же день расстрелян Улуг Назаров.\n",
			[]string{"Ulug Nazarov executedOn 1938-03-15 -"}, nil},
	})
}
