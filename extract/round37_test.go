package extract

import "testing"

// TestKyrgyzGroupsAndDatelines: "Экөө тең" (both of them) reaches over a
// chain of converbs to the two people named before; the rehabilitated of
// a list take the body of the sentence before's rehabilitation; a Kyrgyz
// dateline writes its settlement word after the town. The people are made
// up.
func TestKyrgyzGroupsAndDatelines(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-both-converbs.txt", "Жогорку соту 24 адамды актоо жөнүндө чечим чыгарды. Акталгандардын арасында мугалим Абдыжапар Токторов жана анын иниси Мамасали Токторов бар. Экөө тең 1937-жылы камакка алынып, 1938-жылдын 5-ноябрында Ош шаарында атылган.\n",
			[]string{"Mamasali Toktorov executedOn 1938-11-05 -", "Abdyzhapar Toktorov executedIn Osh -", "Mamasali Toktorov rehabilitatedBy Supreme Court of Kyrgyzstan -"}, nil},
		{"ky-dateline-shaary.txt", "Сталин жолдошко\n\nКымбаттуу Сталин жолдош!\n\nСизге облустун абалы жөнүндө кабарлайм.\n\nУрмат менен, Асан Токтогулов\n\nПишпек шаары, 1925-жылдын 3-майы\n",
			[]string{"Asan Toktogulov wroteTo Joseph Stalin 1925-05-03", "Asan Toktogulov reportedFrom Bishkek 1925-05-03"}, nil},
	})
}
