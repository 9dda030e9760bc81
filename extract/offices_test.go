package extract

import "testing"

// TestOfficesInAddressesAndRoles: an English address naming the
// addressee's office before the name ("To the Chairman of X, comrade Y")
// writes to the person, not the body; a copy line adds its addressees; a
// minister or a people's commissar heads a ministry, never the country
// named after the role; an English office title after the addressee's
// name ("…, People's Commissar for Foreign Affairs, Moscow"); a signature
// whose lines ran together with its dateline. Each text is written for
// this test.
func TestOfficesInAddressesAndRoles(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-office-address.txt", "To the Chairman of the Revolutionary Military Council, comrade L. D. Trotsky\nCopy: comrade Stalin\n\nThe front line near Bukhara is quiet for now.\n\nCommander of the Turkestan Front\nM. Frunze\nTashkent, 2 October 1920\n",
			[]string{"Mikhail Frunze wroteTo Leon Trotsky", "Mikhail Frunze wroteTo Joseph Stalin", "Mikhail Frunze reportedFrom Tashkent"},
			[]string{"wroteTo Revolutionary"}},
		{"en-office-title.txt", "Tashkent, 18 July 1921\n\nTo comrade G. V. Chicherin, People's Commissar for Foreign Affairs, Moscow\n\nThe emir's agents continue to cross the border.\n\nPlenipotentiary of the RSFSR in Bukhara\nK. Yurenev\n",
			[]string{"Yurenev wroteTo Georgy Chicherin", "Yurenev reportedFrom Tashkent"}, nil},
		{"ru-signature-run-together.txt", "ДОКЛАД\n\nПредседателю ЦИК СССР М. И. Калинину\n\nДоклад составлен по поручению облисполкома.\n\nПредседатель Кара-Киргизского облисполкома\nА. Орозбеков\nг. Пишпек, 10 марта 1925 г.\n",
			[]string{"Abdykadyr Orozbekov wroteTo Mikhail Kalinin", "Abdykadyr Orozbekov reportedFrom Bishkek"}, nil},
		{"en-minister.txt", "The war minister of Turkey, Enver Pasha, came to Bukhara in 1921.\n",
			nil, []string{"headOf Turkey"}},
		{"en-president.txt", "Mustafa Kemal was the president of Turkey.\n",
			[]string{"Mustafa Kemal Atatürk headOf Turkey"}, nil},
		{"ru-narkom.txt", "Касым Тыныстанов был народным комиссаром просвещения Киргизской АССР.\n",
			nil, []string{"headOf Kyrgyz ASSR"}},
	})
}
