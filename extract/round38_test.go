package extract

import "testing"

// TestNamesakesThereAndDashCards: a surname alone is the document's own
// namesake of a known person; "there" after a verb of death is the place
// named just before (not a camp, a body); "Label — value" cards; an office
// signed with its body's head noun alone; Russian bodies in the
// instrumental named in the nominative. The people are made up.
func TestNamesakesThereAndDashCards(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-namesake.txt", "Тизмеде Нарын районунан чыккан мугалим Бакыт Жээнбеков бар. Жээнбеков 1938-жылдын 5-ноябрында атылган.\n",
			[]string{"Bakyt Zheenbekov executedOn 1938-11-05 -"}, []string{"Sooronbay"}},
		{"ky-farm-board.txt", "Ош облусунун колхоз башкармасынын төрагасы Бакыт Алиев 1937-жылы камакка алынган.\n",
			nil, []string{"headOf Osh Oblast"}},
		{"ky-deputy.txt", "1925-жылы Асан Бекиев Кара-Кыргыз облустук аткаруу комитетинин төрагасынын орун басары болуп шайланган.\n",
			[]string{"Asan Bekiev memberOf Kyrgyz Oblast Executive Committee 1925"}, nil},
		{"en-died-there.txt", "Asan Bekov was deported to Arkhangelsk in 1931. He died there in 1933.\n",
			[]string{"Asan Bekov exiledTo Arkhangelsk 1931", "Asan Bekov diedIn Arkhangelsk -"}, nil},
		{"en-camp-there.txt", "Asan Bekov was born in Osh. He served the term in Karlag and died there in 1941.\n",
			[]string{"Asan Bekov diedOn 1941 -"}, []string{"diedIn"}},
		{"ru-there.txt", "В 1931 г. Асан Беков выслан в Архангельск. Там он и умер в 1933 г.\n",
			[]string{"Asan Bekov diedIn Arkhangelsk -"}, nil},
		{"ru-dash-card.txt", "Фамилия — Сатыбалдиев\nИмя — Токтогул\nГод рождения — 1901\nРасстрелян — 05.11.1938, г. Фрунзе\n",
			[]string{"Toktogul Satybaldiev executedOn 1938-11-05 -", "Toktogul Satybaldiev bornOn 1901 -"}, []string{"Satylganov"}},
		{"ru-telegram-body-word.txt", "ТЕЛЕГРАММА\n\nТашкент, Средазбюро ЦК ВКП(б), тов. Зеленскому\n\nПросим выслать отряд.\n\nПредседатель окрисполкома Тойчиев.\n\nОш, 5 апреля 1926 г.\n",
			[]string{"Toychiev reportedFrom Osh 1926-04-05"}, nil},
		{"ru-instrumental-body.txt", "С 1927 г. Асан Беков заведовал Ошским окружным отделом здравоохранения и был назначен заведующим Таласским окружным отделом.\n",
			nil, []string{"Oshskim", "Talasskim"}},
	})
}

// TestLetterClauseAndPlaceBodies: "In a letter to X of DATE, Y complained"
// and "In a letter of DATE to X he complained" name the writer after the
// addressee; "the Pishpek district executive committee" is a body, not the
// district. The people are made up.
func TestLetterClauseAndPlaceBodies(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-letter-writer-after.txt", "Asan Bekov taught in Osh.\n\nIn a letter to the Central Committee of 2 March 1926, Bekov asked for schoolbooks.\n",
			[]string{"Asan Bekov wroteTo Central Committee of the RCP(b) 1926-03-02"}, nil},
		{"en-letter-pronoun.txt", "Asan Bekov taught in Osh.\n\nIn a letter of 2 March 1926 to the Central Committee he asked for schoolbooks.\n",
			[]string{"Asan Bekov wroteTo Central Committee of the RCP(b) 1926-03-02"}, nil},
		{"en-place-executive.txt", "In 1924 Asan Bekov was elected chairman of the Osh district executive committee.\n",
			[]string{"Asan Bekov headOf Osh district executive committee 1924"}, []string{"headOf Osh Oblast", "headOf Osh 1924$"}},
	})
}

// TestRussianObjectsLeadersAndCounts: the person named in the accusative
// before a subjectless plural verb ("Бекова арестовали и выслали") is the
// one exiled; "которую возглавляет X" in the present; "вошёл в
// руководство партии"; "был народным комиссаром"; "Среди них" after a
// counted noun is among those counted, not a body's members. The people
// are made up.
func TestRussianObjectsLeadersAndCounts(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-impersonal-exile.txt", "Асан Беков родился в Оше. В 1930 году Бекова арестовали и в 1931 году выслали в Архангельск.\n",
			[]string{"Asan Bekov exiledTo Arkhangelsk 1931"}, nil},
		{"ru-heads-present.txt", "Государственная комиссия по полной реабилитации жертв политических репрессий, которую возглавляет Асан Беков, опубликовала ещё 2 тысячи имён. Среди них — учитель Мамат Осмонов.\n",
			[]string{"Asan Bekov headOf State Commission for the Full Rehabilitation of Victims of Political Repression -"}, []string{"Mamat Osmonov memberOf"}},
		{"ru-leadership.txt", "В 1917 году Асан Беков вошёл в руководство партии «Алаш», а в 1920 году был народным комиссаром просвещения Казахской АССР.\n",
			[]string{"Asan Bekov headOf Alash party 1917", "Asan Bekov headOf People's Commissariat of Education of the Kazakh ASSR 1920"}, nil},
	})
}

// TestOfficeBelowTheSignature: an English signature block writes the
// office below the name ("Ya. Peters" / "Plenipotentiary of the VChK in
// Turkestan"); a plenipotentiary of a state is no member of it. The people
// are made up.
func TestOfficeBelowTheSignature(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-office-below.txt", "Tashkent, 2 May 1922\n\nTo Comrade I. V. Stalin, Moscow\n\nThe roads are closed.\n\nA. Bekov\nPlenipotentiary of the VChK in Turkestan\n",
			[]string{"Bekov wroteTo Joseph Stalin 1922-05-02", "Bekov memberOf Cheka -"}, nil},
		{"en-office-of-state.txt", "Tashkent, 2 May 1922\n\nTo Comrade I. V. Stalin, Moscow\n\nThe roads are closed.\n\nPlenipotentiary of the RSFSR in Bukhara\nA. Bekov\n",
			[]string{"Bekov wroteTo Joseph Stalin 1922-05-02"}, []string{"memberOf"}},
	})
}

// TestSharedSubjectsOfChains: "He was sentenced to death by … and shot on
// …" (an irregular participle after "and"); Kyrgyz "Ал … алынып, …
// атылган жана … акталган" (the opening pronoun is every verb's subject,
// the shot one not the last). The people are made up.
func TestSharedSubjectsOfChains(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-and-shot.txt", "Asan Bekov taught in Osh.\n\nHe was sentenced to death by the Military Collegium of the Supreme Court of the USSR and shot on 10 February 1938.\n",
			[]string{"Asan Bekov executedOn 1938-02-10 -"}, nil},
		{"ky-pronoun-chain.txt", "Асан Беков Нарында мугалим болгон. Ал 1937-жылы камакка алынып, 1938-жылы Чоң-Таш деген жерде атылган жана 1958-жылы акталган.\n",
			[]string{"Asan Bekov executedOn 1938 -", "Asan Bekov executedIn Chong-Tash -", "Asan Bekov rehabilitatedOn 1958 -"}, nil},
	})
}

// TestDepartmentFields: a department's field is part of its name
// ("заведующий Ошским окружным отделом народного образования"). The
// person is made up.
func TestDepartmentFields(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-department-field.txt", "Фамилия — Беков\nИмя — Асан\nМесто работы — заведующий Ошским окружным отделом народного образования\n",
			[]string{"Asan Bekov headOf Oshskiy okruzhnyy otdel narodnogo obrazovaniya -"}, nil},
	})
}

// TestGappingAndKyrgyzAddressOffice: a clause that leaves out the verb
// ("X was rehabilitated in 1956, Y in 1959"; "… расстрелян в 1937 г., Y —
// в 1938 г."); a Kyrgyz address naming the addressee's office between
// the body and the name writes to the person only. The people are made up.
func TestGappingAndKyrgyzAddressOffice(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-gapped-rehab.txt", "Both men were shot in 1938. Asan Bekov was rehabilitated in 1956, Mamat Osmonov in 1959.\n",
			[]string{"Asan Bekov rehabilitatedOn 1956 -", "Mamat Osmonov rehabilitatedOn 1959 -"}, nil},
		{"ru-gapped-shot.txt", "Асан Беков расстрелян в 1937 г., Мамат Осмонов — в 1938 г.\n",
			[]string{"Asan Bekov executedOn 1937 -", "Mamat Osmonov executedOn 1938 -"}, nil},
		{"ky-address-office.txt", "Кыргыз АССРинин Эл Комиссарлар Советинин төрагасы Ю. Абдрахмановго\n\nУрматтуу Жусуп!\n\nАбалды билдирем.\n\nУрмат менен, Т. Жолдошев\n\nАт-Башы, 1931-жылдын 12-марты\n",
			[]string{"Zholdoshev wroteTo Zhusup Abdrakhmanov 1931-03-12", "Zhusup Abdrakhmanov headOf Council of People's Commissars of the Kyrgyz ASSR -"}, []string{"wroteTo Council"}},
	})
}

// TestKyrgyzCommissarsAndWays: a Kyrgyz commissar's title after the
// republic and the field ("Кыргыз АССРинин эл агартуу комиссары"); "из
// Москвы в Киргизию" is a way, not a location. The people are made up.
func TestKyrgyzCommissarsAndWays(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-commissar.txt", "1927-жылы Асан Беков Кыргыз АССРинин эл агартуу комиссары болгон.\n",
			[]string{"Asan Bekov headOf People's Commissariat of Education of the Kyrgyz ASSR 1927"}, nil},
		{"ru-from-to.txt", "В 1937 году семья Асана Бекова была выслана из Москвы в Киргизию.\n",
			nil, []string{"Moscow locatedIn"}},
	})
}

// TestClausesAsAndWhere: a Kyrgyz finite verb before a comma ends its
// clause, with its date ("1916-жылдын күзүндө Кытайга качып кеткен, ошол
// жакта каза болгон": the autumn is the flight's, not the death's); a
// list after "shot in 1937 and 1938" dates no one; "with X as its
// chairman"; ", where he died". The people are made up.
func TestClausesAsAndWhere(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-finite-comma.txt", "Асан Беков 1916-жылдын күзүндө Кытайга качып кеткен, ошол жакта каза болгон.\n",
			[]string{"Asan Bekov diedIn China -"}, []string{"diedOn"}},
		{"en-joined-years.txt", "The court rehabilitated residents of Osh who were shot in 1937 and 1938. Among them are Asan Bekov and Mamat Osmonov.\n",
			nil, []string{"executedOn 1937", "executedOn 1938"}},
		{"en-as-its-chairman.txt", "In 1920 the congress elected a council, the Kara-Kirgiz Revolutionary Committee, with Asan Bekov as its chairman.\n",
			[]string{"Asan Bekov headOf Kara-Kirgiz Revolutionary Committee 1920"}, nil},
		{"en-where-died.txt", "Asan Bekov was exiled to Arkhangelsk in 1931, where he died in 1933.\n",
			[]string{"Asan Bekov diedIn Arkhangelsk -", "Asan Bekov diedOn 1933 -"}, nil},
	})
}

// TestLedAnEvent: a head verb whose object is an event ("led the revolt",
// "көтөрүлүштү … жетектеген") makes its subject a participant, as a role
// of an event does. The people are made up.
func TestLedAnEvent(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-led-revolt.txt", "In 1916 Asan Bekov led the Central Asian revolt in the Chui valley.\n",
			[]string{"Asan Bekov participatedIn Central Asian revolt of 1916 1916"}, nil},
		{"ky-led-revolt.txt", "1916-жылкы көтөрүлүш\n\n1916-жылы Чүй өрөөнүндө көтөрүлүштү Асан Беков жетектеген.\n",
			[]string{"Asan Bekov participatedIn Central Asian revolt of 1916 1916"}, nil},
	})
}

// TestKyrgyzDeathSentence: "… үчтүгү тарабынан … өлүм жазасына тартылган"
// (sentenced to death by the troika) is the sentence, not the shooting
// ("атылган"), whose date is another. The person is made up.
func TestKyrgyzDeathSentence(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-death-sentence.txt", "БЕКОВ Асан 1896-жылы туулган. Кыргыз ССРинин ИИЭКсынын үчтүгү тарабынан 1938-жылдын 3-октябрында өлүм жазасына тартылган. 1938-жылдын 6-ноябрында Фрунзе шаарында атылган.\n",
			[]string{"Asan Bekov executedOn 1938-11-06 -"}, []string{"executedOn 1938-10-03"}},
	})
}

// TestSignerJoinedToDateline: a signer's name and the dateline the
// splitter joined into one sentence date the letter, not the archival
// note after it, and its place is the dateline's. The people are made up.
func TestSignerJoinedToDateline(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-signer-dateline.txt", "Секретарю Ошского окружкома ВКП(б) тов. Беконову\n\nСообщаю, что хлопок из кишлаков вывезен не полностью.\n\nЗав. окружным земельным отделом\nА. Турдуев\nг. Ош, 3 октября 1928 года.\n\nАрхивдик маалымат: Турдуев Асан 1900-жылы туулган. 1937-жылы 5-августта камакка алынган.\n",
			[]string{"Asan Turduev wroteTo Bekonov 1928-10-03", "Asan Turduev reportedFrom Osh 1928-10-03"}, []string{"wroteTo Bekonov 1937"}},
	})
}
