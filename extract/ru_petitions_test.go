package extract

import "testing"

// TestRuPetitionAddress: a Russian application's head names its addressee
// by office ("Генеральному прокурору СССР", "Прокурору Киргизской ССР") or
// as a body after "в", and its applicant after "от"; the applicant wrote
// to the body, on the date under the signature and from the village on
// the line after that date. A prosecutor named beside his office takes
// the letter himself. The people and villages are made up.
func TestRuPetitionAddress(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-procuracy-ussr.txt", text: `Генеральному прокурору СССР
от гр. Осмонова Бакыта Тынчтыковича,
проживающего в г. Пржевальске

ЗАЯВЛЕНИЕ

Мой брат Осмонов Жолдош был арестован в 1938 году. Прошу пересмотреть его дело.

4 апреля 1955 г.
г. Пржевальск
`, want: []string{"Bakyt Osmonov wroteTo Procuracy of the USSR 1955-04-04", "Bakyt Osmonov reportedFrom Karakol 1955-04-04"}},
		{name: "ru-procuracy-republic.txt", text: `Прокурору Киргизской ССР
от гражданки Садыковой Зууры

ЗАЯВЛЕНИЕ

Мой отец Садыков Чоро был осужден в 1937 году тройкой НКВД. Прошу его реабилитировать.

З. Садыкова
9 мая 1957 г.
`, want: []string{"Zuura Sadykova wroteTo Prosecutor General's Office of Kyrgyzstan 1957-05-09"}},
		{name: "ru-supreme-court.txt", text: `В Верховный суд Киргизской ССР
от Алымкуловой Гульнары

ЗАЯВЛЕНИЕ

Прошу пересмотреть дело моего мужа Алымкулова Токона, осужденного в 1938 году.

2 февраля 1958 г.
`, want: []string{"Gulnara Alymkulova wroteTo Supreme Court of Kyrgyzstan 1958-02-02"}},
		{name: "ru-prosecutor-named.txt", text: `Прокурору Киргизской ССР тов. Ахматову
от гр. Садыковой Зууры

ЗАЯВЛЕНИЕ

Прошу пересмотреть дело моего отца.

З. Садыкова
9 мая 1957 г.
`, not: []string{"wroteTo Prosecutor General's Office of Kyrgyzstan"}},
	})
}

// TestRuGivenNameSlot: a Russian given name between a surname and a
// patronymic is the person's, even when a body's acronym reads like it
// ("Токтогулова Сагына Джумалиевича" is not the SAKU university).
func TestRuGivenNameSlot(t *testing.T) {
	ents := entityTypes(t, "ru-fio.txt", "Прошу пересмотреть дело моего брата Осмонова Сагына Бакировича.\n")
	for name, typ := range ents {
		if typ == "Organization" {
			t.Errorf("want no body, got %s %q", typ, name)
		}
	}
}

// TestRuBirthYearApposition: "X, 1901 года рождения" after a name in the
// genitive dates the birth of that person, with or without "уроженца"
// after it. The person is made up.
func TestRuBirthYearApposition(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-birth-year.txt", text: "Прошу пересмотреть дело моего мужа Бообекова Ташбая, 1901 года рождения.\n",
			want: []string{"Tashbay Boobekov bornOn 1901"}},
	})
}

// TestRuAppealToBody: a complaint or a petition sent to a body ("обратилась
// в Прокуратуру СССР с жалобой", "направил ходатайство в Верховный суд")
// is a letter to it. The people are made up.
func TestRuAppealToBody(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-complaint.txt", text: "В 1955 году Айша Бекназарова обратилась в Прокуратуру СССР с жалобой на приговор мужа.\n",
			want: []string{"Aysha Beknazarova wroteTo Procuracy of the USSR 1955"}},
		{name: "ru-petition-verb.txt", text: "В 1957 году Бакыт Осмонов направил в Верховный суд СССР ходатайство о пересмотре дела отца.\n",
			want: []string{"Bakyt Osmonov wroteTo Supreme Court of the USSR 1957"}},
	})
}
