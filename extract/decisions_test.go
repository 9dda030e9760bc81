package extract

import "testing"

// TestDecisionsAddressesAndSettlements: the body whose decision
// rehabilitated someone (in Kyrgyz, Russian and English); an office on the
// line above its holder's name is the person's office, not a second
// addressee; a letter's title takes the date of its signature block; a
// settlement named with its word ("с. Тюп") is where someone was born
// rather than the province before it; an inflected Kyrgyz place word after
// an unknown name. Each text is written for this test.
func TestDecisionsAddressesAndSettlements(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-decision.txt", "Касым Тыныстанов 1938-жылы атылган. 1958-жылы Кыргыз ССРинин Жогорку сотунун чечими менен акталган.\n",
			[]string{"Kasym Tynystanov rehabilitatedBy Supreme Court of Kyrgyzstan"}, nil},
		{"ru-decision.txt", "Касым Тыныстанов расстрелян в 1938 г. Реабилитирован в 1958 г. по решению Верховного суда Киргизской ССР.\n",
			[]string{"Kasym Tynystanov rehabilitatedBy Supreme Court of Kyrgyzstan"}, nil},
		{"en-decision.txt", "Kasym Tynystanov was shot in 1938. He was rehabilitated in 1958 following a decision of the Supreme Court of the Kirghiz SSR.\n",
			[]string{"Kasym Tynystanov rehabilitatedBy Supreme Court of Kyrgyzstan"}, nil},
		{"ru-office-line.txt", "Председателю СНК СССР\nтоварищу Молотову В. М.\n\nПрошу рассмотреть вопрос о зерне для Киргизии.\n\nБ. Исакеев\nФрунзе, 2 февраля 1934 г.\n",
			[]string{"Bayaly Isakeev wroteTo Vyacheslav Molotov"}, []string{"wroteTo Council"}},
		{"ru-card-village.txt", "Фамилия: Асанов\nИмя: Бекташ\nМесто рождения: Иссык-Кульская обл., с. Тюп\n",
			[]string{"Bektash Asanov bornIn Tyup"}, []string{"bornIn Issyk-Kul"}},
		{"ky-area-cue.txt", "Бекташ Асанов 1899-жылы Кең-Суу аймагында туулган. Кыргыз облусунда мугалим болгон.\n",
			[]string{"Bektash Asanov bornIn Keng-Suu"}, []string{"Kyrgyz"}},
	})
}
