package extract

import (
	"context"
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestRuQuotedFarm: a collective farm, state farm or artel named in
// quotes after its head noun ("председатель колхоза «Кызыл-Туу»") is a
// body, even where a village has the same name, and its chairman heads
// it. The people and farms are made up.
func TestRuQuotedFarm(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-farm-known-village.txt", text: "Бакыт Осмонов в 1934 году был избран председателем колхоза «Кызыл-Туу» Таласского района.\n",
			want: []string{"Bakyt Osmonov headOf Kyzyl-Tuu 1934", "Bakyt Osmonov appointedTo Kyzyl-Tuu 1934"}},
		{name: "ru-state-farm.txt", text: "В 1935 году Бакыт Осмонов был назначен директором совхоза «Ак-Жар».\n",
			want: []string{"Bakyt Osmonov headOf Ak-Zhar 1935"}},
	})
	runFactCases(t, []factCase{
		{name: "ru-farm-apposition.txt", text: "Председатель колхоза «Жаны-Жол» Бакыт Осмонов был арестован в 1937 году.\n",
			want: []string{"Bakyt Osmonov headOf Zhany-Zhol"}},
	})
	// the farm is a body, the village of the same name is not named
	for _, c := range []struct{ name, text string }{
		{"ru-farm-type.txt", "Бакыт Осмонов работал председателем колхоза «Кызыл-Туу».\n"},
	} {
		ents := entityTypes(t, c.name, c.text)
		if ents["Kyzyl-Tuu"] != "Organization" {
			t.Errorf("%s: want Kyzyl-Tuu an Organization, got %q", c.name, ents)
		}
	}
}

// entityTypes extracts text and returns the type of each entity by its
// preferred name.
func entityTypes(t *testing.T, name, text string) map[string]string {
	t.Helper()
	ex, err := testExtractor(t).Extract(context.Background(), dossier.NewDocument("test/"+name, name, []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range ex.Entities {
		out[e.Name] = string(e.Type)
	}
	return out
}

// TestRuGenericParty: a Soviet biography's "the party" in lower case
// ("вступил в партию", "член партии с 1919 г.") is the one party the
// document names, before or after; with two parties named, or with the
// party's own name after the word, it is not guessed. The person is made
// up.
func TestRuGenericParty(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-party-after.txt", text: "Бакыт Осмонов вступил в партию в 1919 году. В 1937 году его исключили из ВКП(б).\n",
			want: []string{"Bakyt Osmonov memberOf Russian Communist Party (Bolsheviks) 1919"}},
		{name: "ru-party-member.txt", text: "Член ВКП(б) Бакыт Осмонов был арестован в 1937 г. Бакыт Осмонов — член партии с 1919 г.\n",
			want: []string{"Bakyt Osmonov memberOf Russian Communist Party (Bolsheviks) 1919"}},
		{name: "ru-party-two.txt", text: "Бакыт Осмонов вступил в партию в 1919 году. Прежде он состоял в партии «Алаш», позже в ВКП(б).\n",
			not: []string{"1919"}},
	})
}

// TestRuHeadVerbObjectFirst: Russian puts the body first as the head
// verb's object and the head after it ("Комиссию возглавляет советник X",
// "Правительство Алаш-Орды возглавлял X"): the person after the verb heads
// the body, named in full or by its head noun after its full name.
func TestRuHeadVerbObjectFirst(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-object-anaphoric.txt", text: "В 2020 году была создана Государственная комиссия по полной реабилитации жертв политических репрессий. Комиссию возглавляет государственный советник Ерлан Карин.\n",
			want: []string{"Erlan Karin headOf State Commission for the Full Rehabilitation of Victims of Political Repression"}},
		{name: "ru-object-named.txt", text: "Правительство Алаш-Орды возглавлял Алихан Букейханов.\n",
			want: []string{"Alikhan Bokeikhanov headOf Alash Orda"}},
		{name: "ru-subject-first.txt", text: "Ерлан Карин в 2021 году возглавлял Государственную комиссию по полной реабилитации жертв политических репрессий. Комиссию возглавляет теперь Бакыт Осмонов.\n",
			want: []string{"Erlan Karin headOf State Commission for the Full Rehabilitation of Victims of Political Repression"}},
	})
}

// TestRuPlaceCommittee: a lower-case executive committee of a place
// ("председателем исполкома Ошской области") is a body of its own, which
// the office is of, not the place. The person is made up.
func TestRuPlaceCommittee(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-oblast-committee.txt", text: "В 1926 г. Бакыт Осмонов избран председателем исполкома Кара-Киргизской автономной области.\n",
			want: []string{"Bakyt Osmonov headOf ispolkom Kara-Kirgizskoy avtonomnoy oblasti"}, not: []string{"headOf Kara-Kyrgyz Autonomous Oblast"}},
		{name: "ru-revcom.txt", text: "В 1920 г. Бакыт Осмонов был председателем ревкома Ферганской области.\n",
			want: []string{"Bakyt Osmonov headOf revkom Ferganskoy oblasti"}, not: []string{"headOf Fergana"}},
	})
}

// TestRuCommitteeOwner: a Russian committee's name goes on with the
// organisation it belongs to in the genitive ("Ошского окружкома
// партии", "Ошского окружкома комсомола"): the party's and the Komsomol's
// committees are two bodies. The person is made up.
func TestRuCommitteeOwner(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-two-committees.txt", text: "Бакыт Осмонов был секретарем Ошского окружкома комсомола. В 1930 г. Бакыт Осмонов стал секретарем Ошского окружкома партии.\n",
			want: []string{"Bakyt Osmonov memberOf Oshskiy okruzhkom komsomola", "Bakyt Osmonov memberOf Oshskiy okruzhkom partii"}},
	})
}
