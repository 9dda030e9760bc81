package extract

import "testing"

// TestParticiplesGenderAndSignatures: an English sentence opening with a
// participle ("Born in …, he …") is about the person after its comma, and
// its date is not the main verb's; a man's surname alone is not a woman
// who bears its feminine form (while a Russian genitive still reads as the
// man's); a woman's surname beside her given name is hers, in the
// nominative (Мария Родина, Анна Ильина, Айгуль Сыдыкова), even when the
// surname is a common word or a known man's; an office alone on the line
// above a signature is not the addressee's. Each text is written for this test.
func TestParticiplesGenderAndSignatures(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-born-participle.txt", "Abdykadyr Orozbekov was a statesman. Born in the village of Uch-Korgon in 1889, he joined the Communist Party in 1920.\n",
			[]string{"Abdykadyr Orozbekov bornIn Uch-Korgon", "Abdykadyr Orozbekov bornOn 1889", "Abdykadyr Orozbekov memberOf Russian Communist Party (Bolsheviks)"},
			[]string{"Russian Communist Party (Bolsheviks) 1889"}},
		{"en-gender.txt", "\"My grandfather, Tashtanbek Bekmuratov, was a teacher,\" said Aida Bekmuratova. Bekmuratov was rehabilitated in 1958.\n",
			[]string{"Tashtanbek Bekmuratov rehabilitatedOn 1958"}, []string{"Aida"}},
		{"ru-genitive-male.txt", "Жусуп Абдрахманов возглавлял Совнарком. Сохранилось письмо Абдрахманова Сталину от 5 мая 1925 года.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin"}, nil},
		{"ru-women.txt", "Мария Родина, учительница из Фрунзе, была арестована в 1937 году и расстреляна в 1938 году. Анна Ильина была сослана в Нарым в 1931 году. Айгуль Сыдыкова была арестована в 1937 году и расстреляна в 1938 году.\n",
			[]string{"Mariya Rodina executedOn 1938", "Anna Ilina exiledTo Narym", "Aygul Sydykova executedOn 1938"}, []string{"Abdykerim", "Rodin executed", "Ann Ilin"}},
		{"ru-signature-office.txt", "Фрунзе, Киробком ВКП(б)\nтов. Каменскому\n\nПрошу ускорить рассмотрение дел.\n\nСекретарь Средазбюро ЦК ВКП(б)\nИ. Зеленский\nТашкент, 3 мая 1927 г.\n",
			[]string{"Isaak Zelensky wroteTo Mikhail Kamensky"}, []string{"Mikhail Kamensky memberOf"}},
	})
}
