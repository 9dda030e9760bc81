package extract

import "testing"

// TestEventLists: people listed after a plural event share it, with its
// date and place ("… были расстреляны 137 человек. Среди них — X, Y и Z");
// a list after a membership stays a membership, and a list unrelated to an
// earlier event gets nothing; "оба" (both) stands for the two people named
// before; a Russian verb's date past its place ("расстрелянный в
// Джалал-Абаде в январе 1938 года") is its own, not the clause's before.
// Each text is written for this test.
func TestEventLists(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-among-them.txt", "По приговорам тройки в ноябре 1938 года были расстреляны более ста человек. Среди них — бывший нарком Баялы Исакеев и поэт Касым Тыныстанов.\n",
			[]string{"Bayaly Isakeev executedOn 1938-11", "Kasym Tynystanov executedOn 1938-11"}, []string{"memberOf"}},
		{"ky-participle.txt", "1938-жылы 5-ноябрда Чоң-Таш жеринде көп адам атылган. Атылгандардын арасында Баялы Исакеев жана Касым Тыныстанов бар.\n",
			[]string{"Bayaly Isakeev executedOn 1938-11-05", "Kasym Tynystanov executedOn 1938-11-05", "Kasym Tynystanov executedIn Chong-Tash"}, nil},
		{"en-among-those.txt", "Among those shot in Frunze on 6 November 1938 were Kasym Tynystanov and Bayaly Isakeev.\n",
			[]string{"Kasym Tynystanov executedOn 1938-11-06", "Bayaly Isakeev executedOn 1938-11-06", "Bayaly Isakeev executedIn Bishkek"}, nil},
		{"en-including.txt", "In 1958 dozens of teachers were rehabilitated, including Kasym Tynystanov.\n",
			[]string{"Kasym Tynystanov rehabilitatedOn 1958"}, nil},
		{"en-restored.txt", "In June 2023 the state commission restored the good names of 300 people. Among them is Joldoshbek Isakov, a teacher from Talas.\n",
			[]string{"Joldoshbek Isakov rehabilitatedOn 2023-06"}, nil},
		{"ky-court-list.txt", "Кыргыз Республикасынын Жогорку соту 2021-жылы 12 адамды актады. Алардын арасында акын Калык Акиев жана мугалим Ыбрай Абдырахманов бар.\n",
			[]string{"Kalyk Akiev rehabilitatedOn 2021", "Kalyk Akiev rehabilitatedBy Supreme Court of Kyrgyzstan", "Ybray Abdyrakhmanov rehabilitatedBy Supreme Court of Kyrgyzstan"}, nil},
		{"ru-both.txt", "На доске имена двух учителей: Абдулла Таиров, арестованный в 1937 году и расстрелянный в Джалал-Абаде в январе 1938 года, и Мирзабек Назаров. Оба были реабилитированы Верховным судом Киргизской ССР в 1957 году.\n",
			[]string{"Abdulla Tairov executedOn 1938-01", "Abdulla Tairov executedIn Jalal-Abad", "Abdulla Tairov rehabilitatedOn 1957", "Mirzabek Nazarov rehabilitatedOn 1957", "Mirzabek Nazarov rehabilitatedBy Supreme Court of Kyrgyzstan"},
			[]string{"Abdulla Tairov executedOn 1937"}},
		{"en-both-two.txt", "The secretary, Bolat Zhakupov, said the files included those of the poets Saken Seifullin and Ilyas Zhansugurov, both shot in Alma-Ata in 1938.\n",
			[]string{"Saken Seifullin executedOn 1938", "Ilyas Zhansugurov executedOn 1938"}, []string{"Zhakupov executed"}},
		{"en-unrelated.txt", "Kasym Tynystanov was shot in 1938. He had worked with many writers, including Aaly Tokombaev.\n",
			[]string{"Kasym Tynystanov executedOn 1938"}, []string{"Aaly Tokombaev executed"}},
		{"ru-members.txt", "В 1920 году была создана Турккомиссия. Среди них — Турар Рыскулов и Файзулла Ходжаев.\n",
			nil, []string{"executed"}},
	})
}
