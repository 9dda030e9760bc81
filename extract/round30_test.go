package extract

import "testing"

// TestHeadNounReadings: a Kyrgyz head noun the lexicon knows decides
// between the readings of its word, for the place's name and its case.
// The people and villages are made up.
func TestHeadNounReadings(t *testing.T) {
	runDatedCases(t, []factCase{
		// "району" is район + possessive, not "райо" + accusative;
		// "кыштагы" is кыштак + possessive, not an attributive locative
		// that would put the district inside the village
		{"ky-card-district.txt", "Аты-жөнү: Каримбеков Бахтияр\nТуулган жылы: 1901\nТуулган жери: Эскиарык кыштагы, Ахангаран району, Ташкент облусу\n",
			[]string{"Eskiaryk locatedIn Akhangaran rayon -", "Akhangaran rayon locatedIn Tashkent Oblast -", "Bakhtiyar Karimbekov bornIn Eskiaryk -"},
			[]string{"rayo -", "rayo$", "Akhangaran rayon locatedIn Eskiaryk"}},
	})
}

// TestSubjectPronounIsTheTopic: a sentence whose subject is "he" is about
// the pronoun's referent, not the first name after it, and a name after
// "with" is no sentence's subject; the next sentence's "he" is the same
// man.
func TestSubjectPronounIsTheTopic(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-pronoun-topic.txt", "Kasymaly Orozbekov was elected chairman of the district executive committee in 1929.\n\n" +
			"Together with Bolot Sydykov, secretary of the district party committee, he ran the district for six years. " +
			"He was arrested in 1937 and tried at the same session as Sydykov and Mamytov. " +
			"The troika sentenced him to death, and he was shot on 6 November 1937 in Frunze.\n",
			[]string{"Kasymaly Orozbekov executedOn 1937-11-06 -", "Kasymaly Orozbekov executedIn Bishkek -"},
			[]string{"Bolot Sydykov executed", "Mamytov executed"}},
	})
}
