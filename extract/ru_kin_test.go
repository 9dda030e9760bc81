package extract

import (
	"strings"
	"testing"
)

// TestRuKinSubject: a Russian petition names the relative once after a
// kinship noun ("дело моего отца Осмонова Бакыта Сагыновича") and then
// only by the noun ("отец был расстрелян", "мой отец состоял членом
// ВКП(б)"): the facts are that relative's. A kinship noun the text never
// names gives no fact. The people are made up.
func TestRuKinSubject(t *testing.T) {
	runFactCases(t, []factCase{
		{name: "ru-kin-father.txt", text: `Прошу пересмотреть дело моего отца Осмонова Бакыта Сагыновича, 1899 года рождения.

С 1930 года мой отец состоял членом ВКП(б). В 1938 году отец был расстрелян.
`, want: []string{"Bakyt Osmonov memberOf Russian Communist Party (Bolsheviks)", "Bakyt Osmonov executedOn 1938"}},
		{name: "ru-kin-husband.txt", text: `Мой муж Бекназаров Асан Турдуевич был арестован в 1937 году.

В 1938 году муж был расстрелян.
`, want: []string{"Asan Beknazarov executedOn 1938"}},
		{name: "ru-kin-unnamed.txt", text: `Юсуп Абдрахманов был арестован в 1937 году. Его брат был расстрелян в 1938 году.
`, not: []string{"executedOn"}},
	})
}

// TestRuKinGivenName: a petition names the relative surname first after
// the kinship noun, with a given name the lexicon does not know ("дело
// моего отца Асылбекова Мамбеталы"): both words are the relative's name,
// apart from the applicant of the same surname, who neither was born in
// 1897 nor was shot. The people are made up.
func TestRuKinGivenName(t *testing.T) {
	text := `Прокурору Киргизской ССР
от гр. Асылбекова Нурлана Мамбеталиевича

ЗАЯВЛЕНИЕ

Прошу пересмотреть дело моего отца Асылбекова Мамбеталы, 1897 года рождения. В 1938 году отец был расстрелян.

Н. Асылбеков
3 мая 1956 г.
`
	got := factLines(t, "ru-kin-given.txt", text)
	for _, want := range []string{"bornOn 1897", "executedOn 1938"} {
		ok := false
		for _, g := range got {
			if strings.HasPrefix(g, "Mambetal") && strings.Contains(g, " Asylbekov "+want) {
				ok = true
			}
			if strings.HasPrefix(g, "Nurlan") && strings.Contains(g, want) {
				t.Errorf("the applicant wrongly: %q", g)
			}
		}
		if !ok {
			t.Errorf("missing the father's %q; got %q", want, got)
		}
	}
}
