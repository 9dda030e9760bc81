package extract

import "testing"

// TestRuRehabilitatedPronoun: a Russian body's active verb of
// rehabilitation with an object pronoun ("Верховный суд реабилитировал
// его") rehabilitates the last person of the pronoun's gender named
// before, even one named only in the genitive ("дело Абдрахманова"); the
// body before the verb did it. "его" before a noun is a possessive.
func TestRuRehabilitatedPronoun(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-genitive-only.txt", text: "Протоколы допросов Юсупа Абдрахманова хранились в архиве. В 1958 году Военная коллегия Верховного суда СССР реабилитировала его.\n",
			want: []string{"Zhusup Abdrakhmanov rehabilitatedOn 1958 -", "Zhusup Abdrakhmanov rehabilitatedBy Military Collegium of the Supreme Court of the USSR 1958"}},
		{name: "ru-pronoun-before.txt", text: "Дело Касыма Тыныстанова пересмотрели в 1957 году. Верховный суд СССР его реабилитировал.\n",
			want: []string{"Kasym Tynystanov rehabilitatedBy Supreme Court of the USSR -"}},
		{name: "ru-possessive.txt", text: "Дело Касыма Тыныстанова пересмотрели в 1957 году. Верховный суд СССР реабилитировал его брата.\n",
			not: []string{"Kasym Tynystanov rehabilitated"}},
	})
}

// TestRuRehabilitatedObject: a Russian body's active verb of
// rehabilitation with the person named as its object after it ("Военная
// коллегия отменила приговор и реабилитировала Тыныстанова посмертно").
func TestRuRehabilitatedObject(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-object-named.txt", text: "В 1957 году Военная коллегия Верховного суда СССР отменила приговор и реабилитировала Касыма Тыныстанова посмертно.\n",
			want: []string{"Kasym Tynystanov rehabilitatedOn 1957 -", "Kasym Tynystanov rehabilitatedBy Military Collegium of the Supreme Court of the USSR 1957"}},
	})
}
