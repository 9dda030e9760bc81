package extract

import "testing"

// TestBodiesNamedBefore: an office or a membership whose body is named in
// a sentence before ("Its chairman was X", "X and Y were among its
// members", "X was the chairman of the commission"); a Kyrgyz active verb
// with "аны" (him) as its object; "the following year", "ошол эле жылы"
// date by the year before; a body that reports or allies, and an ally named
// after "the army of"; a calendar's dateline on the line after its
// heading, and the place a letter was sent from in the ablative
// ("Москвадан … жөнөткөн"); a letter's author named by "his", and
// every addressee joined to the first ("to Stalin and Trotsky",
// "Сталину и Троцкому", "Сталинге жана Калининге"). Each text is written
// for this test.
func TestBodiesNamedBefore(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-its-chairman.txt", "In 1917 a congress in Orenburg set up the Alash Orda government.\nIts chairman was Alikhan Bokeikhanov. Akhmet Baitursynov and Mirzhakyp Dulatov were among its members.\n",
			[]string{"Alikhan Bokeikhanov headOf Alash Orda", "Akhmet Baitursynov memberOf Alash Orda", "Mirzhakyp Dulatov memberOf Alash Orda"}, nil},
		{"en-the-commission.txt", "In 1919 Moscow sent the Turkestan Commission to Tashkent. Shalva Eliava was the chairman of the commission.\n",
			[]string{"Shalva Eliava headOf Turkestan Commission"}, nil},
		{"ky-object-pronoun.txt", "Касым Тыныстанов тилчи болгон. Аны 1937-жылы камакка алышып, 1938-жылы атып салышкан.\n",
			[]string{"Kasym Tynystanov executedOn 1938"}, nil},
		{"en-following-year.txt", "Kasym Tynystanov was arrested in 1937. He was shot the following year at Chong-Tash.\n",
			[]string{"Kasym Tynystanov executedOn 1938", "Kasym Tynystanov executedIn Chong-Tash"}, nil},
		{"ky-same-year.txt", "Касым Тыныстанов 1938-жылы камакка алынган. Ошол эле жылы ал атылган.\n",
			[]string{"Kasym Tynystanov executedOn 1938"}, nil},
		{"en-body-reports.txt", "In 1919 Moscow sent the Turkestan Commission to Tashkent.\nThe commission reported to Lenin on 12 November 1919 that the Fergana Basmachi had allied with the peasant army of K. Monstrov.\n",
			[]string{"Turkestan Commission reportedTo Vladimir Lenin", "Basmachi alliedWith Monstrov"}, nil},
		{"ky-calendar.txt", "КАТТАРДЫН КАЛЕНДАРЫ\n\n1. Абдыкадыр Орозбековдун Калининге жазган каты.\n1928-жылдын 3-марты, Фрунзе.\n\n2. Жусуп Абдрахмановдун Москвадан Сталинге жөнөткөн телеграммасы, 1930-жылдын 15-апрели.\n",
			[]string{"Abdykadyr Orozbekov wroteTo Mikhail Kalinin", "Abdykadyr Orozbekov reportedFrom Bishkek", "Zhusup Abdrakhmanov reportedFrom Moscow"},
			[]string{"Mikhail Frunze"}},
		{"en-his-note.txt", "Lenin answered on 12 March 1920. His note, addressed to Eliava and Frunze, asked for an account of the situation in Bukhara.\n",
			[]string{"Vladimir Lenin wroteTo Shalva Eliava", "Vladimir Lenin wroteTo Mikhail Frunze"}, nil},
		{"en-two-addressees.txt", "On 3 April 1922 Peters wrote to Stalin and Trotsky from Bukhara.\n",
			[]string{"Jēkabs Peters wroteTo Joseph Stalin", "Jēkabs Peters wroteTo Leon Trotsky"}, nil},
		{"ru-two-addressees.txt", "В 1922 году Петерс написал Сталину и Троцкому о положении в Бухаре.\n",
			[]string{"Jēkabs Peters wroteTo Joseph Stalin", "Jēkabs Peters wroteTo Leon Trotsky"}, nil},
		{"ky-two-addressees.txt", "Ж. Абдрахманов 1925-жылы Сталинге жана Калининге кат жазган.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin", "Zhusup Abdrakhmanov wroteTo Mikhail Kalinin"}, nil},
	})
}
