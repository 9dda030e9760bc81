package extract

import "testing"

// TestSameDayOpener pins the precheck of sameDay: every phrase begins with
// a word it lets through.
func TestSameDayOpener(t *testing.T) {
	for _, p := range sameDayPhrases {
		if !sameDayOpener(p[0]) {
			t.Errorf("sameDayOpener(%q) = false; the phrase %q would never be tried", p[0], p)
		}
	}
}

// TestSameDayReach: "the same day" takes the last date to the day of its
// sentence or the two before it, and none from farther back (sameDay
// skips the sentences out of reach of every such date). The people are
// made up.
func TestSameDayReach(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-same-day-two.txt", "Karim Tashbaev was shot on 15 March 1938 in Moscow. The sentence was read at night. Ulug Nazarov was shot the same day.\n",
			[]string{"Ulug Nazarov executedOn 1938-03-15 -"}, nil},
		{"en-same-day-three.txt", "Karim Tashbaev was shot on 15 March 1938 in Moscow. The sentence was read at night. The guards changed. Ulug Nazarov was shot the same day.\n",
			nil, []string{"Ulug Nazarov executedOn 1938-03-15"}},
		{"en-same-day-year.txt", "Karim Tashbaev was shot in 1938 in Moscow. Ulug Nazarov was shot the same day.\n",
			nil, []string{"Ulug Nazarov executedOn 1938"}},
	})
}
