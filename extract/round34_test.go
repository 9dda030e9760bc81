package extract

import "testing"

// TestCommissarsAndBrokenWords: a people's commissar's field and republic
// name the commissariat the gazetteer knows; a word the lexicons know,
// hyphenated across a line break, is one word again ("ию-" / "ля"); an
// office's line ending in a name the recognisers miss is nobody else's.
// The people are made up, but the commissar.
func TestCommissarsAndBrokenWords(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-commissar.txt", "In 1927 Kasym Tynystanov became people's commissar of education of the Kirghiz ASSR.\n",
			[]string{"Kasym Tynystanov headOf People's Commissariat of Education of the Kyrgyz ASSR 1927"}, nil},
		{"ru-narkom.txt", "В 1927 г. Тыныстанов стал наркомом просвещения Киргизской АССР.\n",
			[]string{"Kasym Tynystanov headOf People's Commissariat of Education of the Kyrgyz ASSR 1927"}, nil},
		{"ru-hyphen-month.txt", "Болот Мамытов был арестован в 1937 г. и расстрелян 6 но-\nября 1938 г. в г. Фрунзе.\n",
			[]string{"Bolot Mamytov executedOn 1938-11-06 -"}, nil},
		{"ru-office-unknown-name.txt", "Слушали: доклад т. Исакеева о положении в Нарынском кантоне.\n\nСекретарь Киробкома ВКП(б) Шахрай\n",
			nil, []string{"Bayaly Isakeev memberOf"}},
	})
}
