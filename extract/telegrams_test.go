package extract

import "testing"

// TestTelegramsSpeakersAndAlternatives: a telegram's address of bodies
// written as acronyms and of people whose dative reads like a
// prepositional; an alliance "concluded"; a command "taken"; a speaker is
// not the subject of the event he reports about many unnamed people; an
// unknown given name before a known surname is another person; a list
// "among the dead" after a plural participle; an alternative account in
// brackets is hedged; the month of May is no "may". Each text is written
// for this test.
func TestTelegramsSpeakersAndAlternatives(t *testing.T) {
	runFactCases(t, []factCase{
		{"ru-telegram.txt", "ТЕЛЕГРАММА\n\nТашкент, Турккомиссия, Элиаве.\nКопия: ЦК РКП(б), Ленину.\n\nОтряды Мадамин-бека заключили союз с армией Монстрова.\n\nКомандующий Туркфронтом Фрунзе.\nСкобелев, 10 сентября 1919 г.\n",
			[]string{"Mikhail Frunze wroteTo Shalva Eliava", "Mikhail Frunze wroteTo Vladimir Lenin", "Madamin Bek alliedWith Monstrov"}, nil},
		{"en-command.txt", "In February 1920 Mikhail Frunze took command of the Turkestan Front.\n",
			[]string{"Mikhail Frunze headOf Turkestan Front"}, nil},
		{"ru-speaker.txt", "Как сообщил историк Ерлан Жумабаев, многие узники лагеря погибли в 1942 году. Среди погибших — учитель Оразбек Сейдахметов и поэт Касым Аманжолов (по другим данным, он умер в 1955 году в Алма-Ате).\n",
			[]string{"Orazbek Seydakhmetov diedOn 1942", "Kasym Amanzholov diedOn 1955 (hedged)"},
			[]string{"Zhumabaev diedOn", "Magzhan", "Kasym Amanzholov diedOn 1955$"}},
		{"en-may.txt", "Asylbek Toktorbaev was shot in 1937. He was rehabilitated on 12 May 1958 by the Supreme Court of the Kirghiz SSR.\n",
			[]string{"Asylbek Toktorbaev rehabilitatedOn 1958-05-12"}, nil},
	})
}
