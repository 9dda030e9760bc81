package extract

import "testing"

// TestGroupsAndTopics: "эки жетекчи тең" (both leaders) are the two people
// the paragraph named, over several sentences; a Russian body's name goes
// on over its subject after "по", in its case as written; "В состав
// комиссии вошли … в том числе X" lists the members of the commission just
// named. The people and the bodies are made up.
func TestGroupsAndTopics(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-both-leaders.txt", "Биринчи топту Асан Токтогулов жетектеген. Ал 1927-жылы мугалим болгон.\n\nЭкинчи топтун башында Болот Мамытов турган. Эки жетекчи тең 1938-жылы Чоң-Ташта атылган.\n",
			[]string{"Asan Toktogulov executedOn 1938 -", "Bolot Mamytov executedOn 1938 -", "Asan Toktogulov executedIn Chong-Tash -"}, nil},
		{"ru-commission-po.txt", "В 1925 г. во Фрунзе была создана Областная комиссия по борьбе с неграмотностью. Ее председателем был назначен Асан Токтогулов. В состав комиссии вошли также учителя, в том числе Болот Мамытов.\n",
			[]string{"Asan Toktogulov headOf Oblastnaya komissiya po borbe s negramotnostyu -", "Bolot Mamytov memberOf Oblastnaya komissiya po borbe s negramotnostyu -"}, nil},
	})
}

// TestShortRussianNote: a Russian note of two lines with no function word
// is read as Russian (it had been read as Kyrgyz, whose lexicon has no
// "реабилитирован"). The person is made up.
func TestShortRussianNote(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-short-note.txt", "Токтосун Бекбоев арестован 14 июля 1937 г.\nРеабилитирован 12 дек. 1956 г.\n",
			[]string{"Toktosun Bekboev rehabilitatedOn 1956-12-12 -"}, nil},
	})
}
