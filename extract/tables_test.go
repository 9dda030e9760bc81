package extract

import "testing"

// TestTablesOfRecords: a table written with bars is a list of records, each
// row a card whose fields are its cells under the header's labels, unknown
// places of a place column included; its rows are not page furniture; a
// fate column says which event befell the person. A menu of links joined by
// bars is still dropped. Each text is written for this test.
func TestTablesOfRecords(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-table.txt", "Victims of 1937, Naryn district\n\nSurname | Given name | Born | Place of birth | Fate | Rehabilitated\nAsanov | Bekmurat | 1899 | Ak-Tal | shot 20.10.1937, Frunze | 1958\nUsenova | Zuura | 1905 | Kochkor | died in exile, 1942 | 1957\n",
			[]string{"Bekmurat Asanov bornOn 1899", "Bekmurat Asanov bornIn Ak-Tal", "Bekmurat Asanov executedOn 1937-10-20", "Bekmurat Asanov executedIn Bishkek", "Bekmurat Asanov rehabilitatedOn 1958",
				"Zuura Usenova bornOn 1905", "Zuura Usenova diedOn 1942", "Zuura Usenova rehabilitatedOn 1957"},
			[]string{"Mikhail Frunze", "Zuura Usenova bornOn 1899", "Bekmurat Asanov rehabilitatedOn 1957"}},
		{"ru-table.txt", "Список расстрелянных\n\n| Фамилия | Имя | Год рождения | Место рождения | Дата расстрела |\n| Бейшеев | Токтосун | 1893 | Тюп | 06.11.1937 |\n| Мамытов | Сатыбалды | 1901 | Ат-Башы | 05.11.1938 |\n",
			[]string{"Toktosun Beysheev bornOn 1893", "Toktosun Beysheev executedOn 1937-11-06", "Satybaldy Mamytov bornOn 1901", "Satybaldy Mamytov bornIn At-Bashy", "Satybaldy Mamytov executedOn 1938-11-05"}, nil},
		{"en-menu.txt", "Home | News | Archive | Contact\n\nKasym Tynystanov was born in 1901.\n",
			[]string{"Kasym Tynystanov bornOn 1901"}, nil},
	})
}
