package extract

import "testing"

// TestRuVolostChain: a Russian entry's birthplace chain of genitives
// names each unit inside the next, a volost inside its uezd and the uezd
// inside its oblast ("аул Акжар Каракольской волости Ишимского уезда
// Акмолинской области"), with the units' names written or abbreviated.
// The aul and volost are made up.
func TestRuVolostChain(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-volost-uezd.txt", text: "Бакыт Осмонов родился в 1898 г. в ауле Акжар Каракольской волости Ишимского уезда Акмолинской области.\n",
			want: []string{"Karakolskaya volost locatedIn Ishimskiy uezd", "Ishimskiy uezd locatedIn Akmolinsk Oblast"}},
		{name: "ru-volost-abbrev.txt", text: "Бакыт Осмонов родился в 1898 г. в ауле Акжар Каракольской вол. Ишимского у.\n",
			not: []string{"Ishimskiy uezd locatedIn Karakolskaya"}},
	})
}

// TestRuLocatedVerb: a Russian verb of location between a place or a body
// and a larger place ("находится в", "расположен в") locates the one in
// the other.
func TestRuLocatedVerb(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-located-site.txt", text: "Урочище Чон-Таш находится в Аламединском районе.\n",
			want: []string{"Chong-Tash locatedIn Alamedin District"}},
		{name: "ru-located-body.txt", text: "Центральный государственный архив Кыргызской Республики расположен в Бишкеке.\n",
			want: []string{"Central State Archive of the Kyrgyz Republic locatedIn Bishkek"}},
		{name: "ru-located-larger.txt", text: "Чуйская область находится в Киргизии.\n",
			want: []string{"Chuy Oblast locatedIn Kyrgyzstan"}},
	})
}
