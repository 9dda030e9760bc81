package extract

import "testing"

// TestDictionaryHeadAndDates: a Kyrgyz dictionary entry's head, surname
// first before its bracket, is the person, and the town closing the
// lifespan's bracket is a place, not the man Frunze; a date right before
// "and rehabilitated" is the first event's. The people are made up.
func TestDictionaryHeadAndDates(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-dict-head.txt", "Кыдыралиев Сулайман (1895, Түп району – 1938, Фрунзе) – агартуучу, мугалим.\n\n1938-жылдын 5-ноябрында Чоң-Таш жеринде атылган. 1957-жылы акталган.\n",
			[]string{"Sulayman Kydyraliev diedIn Bishkek -", "Sulayman Kydyraliev executedOn 1938-11-05 -", "Sulayman Kydyraliev rehabilitatedOn 1957 -"},
			[]string{"Mikhail Frunze"}},
		{"en-date-before-and.txt", "Asan Toktogulov was a Kyrgyz teacher. He was shot in Frunze on 6 November 1937 and rehabilitated in 1958.\n",
			[]string{"Asan Toktogulov executedOn 1937-11-06 -", "Asan Toktogulov rehabilitatedOn 1958 -"}, nil},
	})
}
