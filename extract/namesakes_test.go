package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestMemorialBookFields: a memorial-book entry's fields, written by us in
// the books' manner. The place of birth follows the year and a settlement
// word ("Родился в 1890 г., с. Беловодское"); the year is the birth's
// alone, not the party membership's in a later field.
func TestMemorialBookFields(t *testing.T) {
	runDatedCases(t, []factCase{
		{"ru-book-born-village.txt", "7. ОСМОНОВ Бакыт Садыкович. Родился в 1899 г., с. Беловодское Пишпекского уезда; киргиз; член ВКП(б); учитель. Арестован 2 сентября 1937 г. Расстрелян 6 ноября 1937 г. в г. Фрунзе.\n",
			[]string{"Bakyt Osmonov bornOn 1899 -", "Bakyt Osmonov bornIn Belovodskoye -", "Bakyt Osmonov memberOf Russian Communist Party (Bolsheviks) -", "Bakyt Osmonov executedOn 1937-11-06 -"},
			[]string{"memberOf Russian Communist Party (Bolsheviks) 1899"}},
		{"ru-book-born-aul.txt", "8. ЖАКЫПОВ Темир. Родился в 1905 г., аил Кочкор; киргиз; беспартийный; пастух.\n",
			[]string{"Temir Zhakypov bornIn Kochkor -"}, nil},
		{"en-book-born-village.txt", "9. ASANOV Kubat. Born in 1896, village of Kochkor; Kyrgyz; member of the VKP(b); teacher.\n",
			[]string{"Kubat Asanov bornIn Kochkor -", "Kubat Asanov memberOf Russian Communist Party (Bolsheviks) -"},
			[]string{"Russian Communist Party (Bolsheviks) 1896"}},
	})
}

// TestNamesakesInOneList: two entries of one list with the same name are
// two people (other patronymics, other years of birth), each with the
// facts of their own entry and an IRI with their year; without the rule
// they were one person, born twice and shot twice.
func TestNamesakesInOneList(t *testing.T) {
	text := "КНИГА ПАМЯТИ\n\n" +
		"14. ИВАНОВ Иван Петрович. Родился в 1890 г., с. Беловодское; русский; крестьянин. Расстрелян 5 ноября 1937 г. в г. Фрунзе.\n\n" +
		"15. ТОКТОГУЛОВ Асан. Родился в 1902 г., аил Кочкор; киргиз; учитель. Реабилитирован в 1956 г.\n\n" +
		"16. ИВАНОВ Иван Сергеевич. Родился в 1901 г., г. Каракол; русский; бухгалтер. Расстрелян 2 июня 1938 г. в Чон-Таше.\n\n" +
		"17. ТОКТОГУЛОВ Асан. Родился в 1911 г., аил Сары-Булак; киргиз; пастух. Расстрелян 6 ноября 1937 г. в г. Фрунзе.\n"
	x := testExtractor(t)
	ex, err := x.Extract(context.Background(), dossier.NewDocument("test/ru-book-namesakes.txt", "ru-book-namesakes.txt", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range ex.Entities {
		if e.Type == dossier.Person {
			ids = append(ids, e.ID[strings.LastIndex(e.ID, "/")+1:])
		}
	}
	slices.Sort(ids)
	if want := []string{"asan-toktogulov-1902", "asan-toktogulov-1911", "ivan-ivanov-1890", "ivan-ivanov-1901"}; !slices.Equal(ids, want) {
		t.Fatalf("people %q, want %q", ids, want)
	}
	executed := map[string]string{}
	for _, f := range ex.Facts {
		if f.Predicate == dossier.ExecutedOn {
			id := f.Subject[strings.LastIndex(f.Subject, "/")+1:]
			if old, ok := executed[id]; ok {
				t.Errorf("%s shot twice: %s and %s", id, old, f.ObjectDate.ISO())
			}
			executed[id] = f.ObjectDate.ISO()
		}
	}
	for id, want := range map[string]string{"ivan-ivanov-1890": "1937-11-05", "ivan-ivanov-1901": "1938-06-02", "asan-toktogulov-1911": "1937-11-06"} {
		if executed[id] != want {
			t.Errorf("%s executedOn %q, want %s", id, executed[id], want)
		}
	}
	if d, ok := executed["asan-toktogulov-1902"]; ok {
		t.Errorf("asan-toktogulov-1902 took his namesake's execution, %s", d)
	}
}
