package extract

import "testing"

// TestHeadsCataloguesAndAccounts: a dictionary entry whose head writes the
// surname in capitals and the given name after it; accounts that differ
// ("по одним сведениям …, по другим …") are hedged; "(nee X)" is the same
// woman; the writer of a letter a speaker mentions is the person before its
// verb, not the speaker; a catalogue's "Telegram of X to Y, DATE, PLACE".
// Each text is written for this test.
func TestHeadsCataloguesAndAccounts(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-caps-head.txt", "ОМУРОВ Бектур (1897, с. Ак-Суу — 1938, урочище Чон-Таш), учитель. Чл. ВКП(б) с 1924. Реабилитирован в 1958.\n",
			[]string{"Bektur Omurov bornOn 1897", "Bektur Omurov bornIn Ak-Suu", "Bektur Omurov diedIn Chong-Tash", "Bektur Omurov rehabilitatedOn 1958"}, nil},
		{"ru-accounts.txt", "ОМУРОВ Бектур (1897 — ?), учитель. Арестован в 1937, по одним сведениям, расстрелян в 1938, по другим — умер в лагере.\n",
			[]string{"Bektur Omurov executedOn 1938 (hedged)"}, []string{"Bektur Omurov executedOn 1938$"}},
		{"en-nee.txt", "Aisha Omurova (nee Bekova) was born in 1903 in Talas.\n",
			[]string{"Aisha Omurova bornOn 1903", "Aisha Omurova bornIn Talas"}, []string{"Bekova"}},
		{"ru-speaker-letter.txt", "Историк Сара Кэмерон напомнила, что в 1933 году Турар Рыскулов направил Сталину письмо о голоде.\n",
			[]string{"Turar Ryskulov wroteTo Joseph Stalin"}, []string{"Cameron wroteTo", "Kemeron wroteTo"}},
		{"en-catalogue.txt", "F. 62, op. 2, d. 117. Telegram of Faizulla Khodzhaev to the Central Asian Bureau, 2 May 1925, Tashkent. 1 f. Copy.\n",
			[]string{"Faizulla Khodzhaev wroteTo Central Asian Bureau of the Central Committee", "Faizulla Khodzhaev reportedFrom Tashkent"}, nil},
		{"ru-sentenced.txt", "Файзулла Ходжаев в 1937 году арестован и на процессе приговорен к расстрелу.\n",
			nil, []string{"executedOn"}},
		{"ru-sentenced-and-shot.txt", "Асан Токтогулов был приговорен к ВМН и расстрелян 5 ноября 1937 г.\n",
			[]string{"Asan Toktogulov executedOn 1937-11-05"}, nil},
		{"en-files-included.txt", "The commission opened the archives of the NKVD. The files included those of the poets Saken Seifullin and Ilyas Zhansugurov.\n",
			nil, []string{"memberOf"}},
	})
}
