package extract

import "testing"

// TestNamesInTheirContext: a given name the gazetteer knows alone
// (Токтогул, the poet) with another surname after it is another man; an
// encyclopedia heading "SURNAME, Given (years)" gives the lifespan; "GKNB
// chairman X" heads the body before the role; a collective letter is each
// signer's. The people, but Stalin and the heading's, are made up.
func TestNamesInTheirContext(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-other-surname.txt", "Райкомдун катчысы Токтогул Бекболотов бизге жардам берем деп убада кылды.\n",
			nil, []string{"Satylganov"}},
		{"en-heading-comma.txt", "ABDRAKHMANOV, Yusup (1901–1938), Kyrgyz Soviet statesman.\n",
			[]string{"Zhusup Abdrakhmanov bornOn 1901 -", "Zhusup Abdrakhmanov diedOn 1938 -"}, nil},
		{"en-org-role-name.txt", "GKNB chairman Bakyt Orozbekov said that the files would be opened.\n",
			[]string{"Bakyt Orozbekov headOf State Committee for National Security of Kyrgyzstan -"}, nil},
		{"ru-cosigners.txt", "Секретарю ЦК ВКП(б)\nтов. Сталину И.В.\n\nСообщаем Вам о тяжелом положении с хлебом.\n\nС коммунистическим приветом\nА. Бекмуратов\nТ. Жунушев\n\nФрунзе, 8 января 1933 г.\n",
			[]string{"Bekmuratov wroteTo Joseph Stalin 1933-01-08", "Zhunushev wroteTo Joseph Stalin 1933-01-08", "Zhunushev reportedFrom Bishkek 1933-01-08"}, nil},
	})
}
