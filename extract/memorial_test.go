package extract

import "testing"

// TestMemorialEntries: a record's head written surname first keeps its
// given name even when a town or a famous namesake bears it; an entry whose
// first sentence is the full name alone holds the sentences after it, for
// a book that lists several people; a numbered list of heads with the
// surname in capitals, "b. 1894, Kochkor" and lines that open with an
// event ("Shot 8 November 1937.", "Rehabilitated 1958.", a bare year);
// a hyphenated place keeps a first part
// that is a common word alone (Үч-Терек: "үч" is three). Each text is
// written for this test.
func TestMemorialEntries(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-head-town-name.txt", "Книга памяти.\n\nСултанов Токтогул, 1895 г. р., с. Чаек, киргиз. Расстрелян 8.11.1937 г. в г. Фрунзе.\n\nОморова Бурул, 1903 г. р., г. Талас. Реабилитирована в 1958 г.\n",
			[]string{"Toktogul Sultanov bornOn 1895", "Toktogul Sultanov executedOn 1937-11-08", "Burul Omorova rehabilitatedOn 1958"},
			[]string{"Toktogul Satylganov", "Burul Omorova executed"}},
		{"ru-name-alone.txt", "Книга памяти.\n\nКадыров Асан Бекович.\nРодился в 1899 г. в с. Тюп. Член ВКП(б) с 1927 г. Расстрелян 5.11.1937 г. Реабилитирован 20.06.1957 г.\n\nОморова Бурул, 1903 г. р., г. Талас. Реабилитирована в 1958 г.\n\nУсенов Мамбет, 1890 г. р. Расстрелян 6.11.1938 г.\n",
			[]string{"Asan Kadyrov bornOn 1899", "Asan Kadyrov executedOn 1937-11-05", "Asan Kadyrov rehabilitatedOn 1957-06-20", "Mambet Usenov executedOn 1938-11-06"},
			[]string{"Burul Omorova executedOn 1937-11-05"}},
		{"en-numbered-list.txt", "LIST OF PERSONS SENTENCED BY THE TROIKA, 4 NOVEMBER 1937\n\n1. ASANBEKOV Tursun, b. 1894, Kochkor; farmer. Shot 8 November 1937. Rehabilitated 1958.\n2. MOLDOKULOVA Zeinep, b. 1902, Naryn; teacher. Rehabilitated 1957.\n",
			[]string{"Tursun Asanbekov bornOn 1894", "Tursun Asanbekov bornIn Kochkor", "Tursun Asanbekov executedOn 1937-11-08", "Tursun Asanbekov rehabilitatedOn 1958",
				"Zeinep Moldokulova bornOn 1902", "Zeinep Moldokulova bornIn Naryn", "Zeinep Moldokulova rehabilitatedOn 1957"},
			[]string{"rehabilitatedOn 1937", "Zeinep Moldokulova executed"}},
		{"ru-ail.txt", "Анкета арестованного\n\n1. Фамилия, имя, отчество: Жантаев Омор Шабданович\n2. Год и место рождения: 1899, Кеминский район, аил Шабдан\n",
			[]string{"Omor Zhantaev bornIn Shabdan", "Omor Zhantaev bornOn 1899"}, []string{"bornIn Kemin"}},
		{"ky-hyphen-place.txt", "Абдыкадыр Орозбеков 1889-жылы Үч-Терек айылында туулган.\n",
			[]string{"Abdykadyr Orozbekov bornIn Üch-Terek"}, []string{"bornIn Terek$"}},
	})
}
