package extract

import "testing"

// TestJoiningASide: "joined" a person, Kyrgyz "…га кошулган", and Russian
// "переход … на сторону" ally everyone the subject lists; "joined" a body
// is membership, and "joined forces with him" stays an alliance. The
// commanders of the English and Russian texts are made up; a name with a
// hyphenated honorific ("Aliyar-bek", "Алияр-бека") is a person.
func TestJoiningASide(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-joined.txt", "In 1922 the bands of Aliyar-bek and Tursun-bek joined Enver Pasha. In 1919 Aliyar-bek joined the Red Army.\n",
			[]string{"Aliyar-bek alliedWith Enver Pasha 1922", "Tursun-bek alliedWith Enver Pasha 1922"}, []string{"alliedWith Red Army"}},
		{"en-joined-forces.txt", "Ibrahim Bek fought the Soviets for years. In 1922 Enver Pasha joined forces with him.\n",
			[]string{"Enver Pasha alliedWith Ibrahim Bek 1922"}, nil},
		{"ky-koshulgan.txt", "1922-жылы Курширматтын жана Мадаминбектин отряддары Энвер Пашага кошулган.\n",
			[]string{"Kurshirmat alliedWith Enver Pasha 1922", "Madamin Bek alliedWith Enver Pasha 1922"}, nil},
		{"ru-perehod.txt", "В 1922 г. произошел переход отрядов Алияр-бека и Турсун-бека на сторону Энвер-паши.\n",
			[]string{"Aliyar-bek alliedWith Enver Pasha 1922", "Tursun-bek alliedWith Enver Pasha 1922"}, nil},
	})
}

// TestWriterAndListedPeople: the Kyrgyz genitive right before a letter's
// addressee is its writer, whoever reads the letter out; a relative named
// in a list's apposition ("the father of the writer X") shares none of
// the list's events. The historian is made up.
func TestWriterAndListedPeople(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-genitive-writer.txt", "Кечеде тарыхчы Жылдыз Осмонова Исакеевдин Сталинге жазган каттарын окуп берди.\n",
			[]string{"Bayaly Isakeev wroteTo Joseph Stalin -"}, []string{"Osmonova wroteTo"}},
		{"en-kin-in-list.txt", "In November 1938, 137 people were executed at Chong-Tash, among them Torekul Aitmatov, the father of the writer Chingiz Aitmatov.\n",
			[]string{"Torekul Aitmatov executedOn 1938-11 -"}, []string{"Chingiz Aitmatov executed"}},
	})
}
