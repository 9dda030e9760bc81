package extract

import "testing"

// TestOfficesInAddressesAndRoles: an English address naming the
// addressee's office before the name ("To the Chairman of X, comrade Y")
// writes to the person, not the body; a copy line adds its addressees; a
// minister or a people's commissar heads a ministry, never the country
// named after the role. Each text is written for this test.
func TestOfficesInAddressesAndRoles(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-office-address.txt", "To the Chairman of the Revolutionary Military Council, comrade L. D. Trotsky\nCopy: comrade Stalin\n\nThe front line near Bukhara is quiet for now.\n\nCommander of the Turkestan Front\nM. Frunze\nTashkent, 2 October 1920\n",
			[]string{"Mikhail Frunze wroteTo Leon Trotsky", "Mikhail Frunze wroteTo Joseph Stalin", "Mikhail Frunze reportedFrom Tashkent"},
			[]string{"wroteTo Revolutionary"}},
		{"en-minister.txt", "The war minister of Turkey, Enver Pasha, came to Bukhara in 1921.\n",
			nil, []string{"headOf Turkey"}},
		{"en-president.txt", "Mustafa Kemal was the president of Turkey.\n",
			[]string{"Mustafa Kemal Atatürk headOf Turkey"}, nil},
		{"ru-narkom.txt", "Касым Тыныстанов был народным комиссаром просвещения Киргизской АССР.\n",
			nil, []string{"headOf Kyrgyz ASSR"}},
	})
}
