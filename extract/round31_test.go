package extract

import "testing"

// TestNameFieldHoldsTheFullName: a card whose only name field is "Name:"
// with two words or more gives the full name there, and each such field
// opens a card of its own. The people are made up.
func TestNameFieldHoldsTheFullName(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-name-cards.txt", "Name: Kasenov Dauletkhan\nYear of birth: 1897\nExecuted: 2 November 1937, Semipalatinsk\n\nName: Nurpeisova Gulsim\nYear of birth: 1910\nRehabilitated: 22 September 1958\n",
			[]string{"Dauletkhan Kasenov bornOn 1897 -", "Dauletkhan Kasenov executedOn 1937-11-02 -", "Gulsim Nurpeisova bornOn 1910 -", "Gulsim Nurpeisova rehabilitatedOn 1958-09-22 -"},
			[]string{"Kasenov Nurpeisova", "Dauletkhan Kasenov rehabilitatedOn", "Gulsim Nurpeisova executedOn"}},
		// a surname field keeps "Name:" the given name
		{"en-surname-name.txt", "Surname: Kasenov\nName: Dauletkhan Amanovich\nYear of birth: 1897\n",
			[]string{"Dauletkhan Kasenov bornOn 1897 -"}, nil},
	})
}

// TestRolesAndBodiesInContext: a Kyrgyz deputy's title after the head's
// role is membership; a generic "Совнарком" addressed in Moscow is the
// RSFSR's, whatever region the text is about; a Russian body's head noun
// in lower case after a role is the body just named; a footnote's number
// after a date does not cut the verb phrase after it; "the Bolsheviks" is
// the party; a body after a preposition is no subject. The people are
// made up.
func TestRolesAndBodiesInContext(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ky-deputy.txt", "1925-жылы Асан Токтогулов Кара-Кыргыз облустук аткаруу комитетинин төрагасынын орун басары болуп шайланган.\n",
			[]string{"Asan Toktogulov memberOf Kyrgyz Oblast Executive Committee 1925"}, []string{"headOf"}},
		{"ru-moscow-sovnarkom.txt", "Москва, Кремль, Председателю Совнаркома Ленину\n\nИз Ташкента 3 февраля 1920 г.\n\nПоложение в Туркестане улучшилось.\n\nЧлен Турккомиссии Асанов\n",
			[]string{"Vladimir Lenin headOf Council of People's Commissars of the RSFSR -"}, []string{"Turkestan ASSR"}},
		{"ru-commission-anaphor.txt", "Государственная комиссия по полной реабилитации жертв политических репрессий подвела итоги работы. Как сообщил председатель комиссии Болат Жумабаев, реабилитированы тысячи человек.\n",
			[]string{"Bolat Zhumabaev headOf State Commission for the Full Rehabilitation of Victims of Political Repression -"}, nil},
		// the body after "sided with" is no subject of the next clause
		{"en-sided-with.txt", "During the Civil War the Turan society sided with the Whites, and in 1919 most of its leaders went over to the Bolsheviks.\n",
			nil, []string{"White movement alliedWith"}},
		{"en-footnote-date.txt", "Asan Toktogulov joined the Bolsheviks in 1918. He was shot on 3 November 1937 4 and rehabilitated in 1958.\n",
			[]string{"Asan Toktogulov rehabilitatedOn 1958 -", "Asan Toktogulov memberOf Russian Communist Party (Bolsheviks) 1918"}, nil},
	})
}
