package extract

import "testing"

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
