package extract

import "testing"

// TestTelegramsSpeakersAndAlternatives: a telegram's address of bodies
// written as acronyms and of people whose dative reads like a
// prepositional; an alliance "concluded"; a command "taken"; a speaker is
// not the subject of the event he reports about many unnamed people; an
// unknown given name before a known surname is another person; a list
// "among the dead" after a plural participle; an alternative account in
// brackets is hedged; the month of May is no "may"; a question asserts
// nothing; "его … расстреляли" (they shot him) is about him, and the place
// of the clause before the comma is not the execution's; "In a letter of
// 1929 he complained to Stalin". Each text is written
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
		{"ru-question.txt", "Возглавлял ли Турар Рыскулов Туркестанскую комиссию в 1920 году? Документы этого не подтверждают.\n",
			nil, []string{"headOf Turkestan Commission$", "headOf Turkestan Commission 1920$"}},
		{"ru-they-shot-him.txt", "Турар Рыскулов работал в Москве. В мае 1937 года его арестовали в Кисловодске, а 10 февраля 1938 года расстреляли.\n",
			[]string{"Turar Ryskulov executedOn 1938-02-10"}, []string{"executedIn"}},
		{"en-in-a-letter.txt", "Yusup Abdrakhmanov chaired the government of the republic. In a letter of 1929 he complained to Stalin about the grain procurements.\n",
			[]string{"Zhusup Abdrakhmanov wroteTo Joseph Stalin"}, nil},
		{"en-may.txt", "Asylbek Toktorbaev was shot in 1937. He was rehabilitated on 12 May 1958 by the Supreme Court of the Kirghiz SSR.\n",
			[]string{"Asylbek Toktorbaev rehabilitatedOn 1958-05-12"}, nil},
	})
}
