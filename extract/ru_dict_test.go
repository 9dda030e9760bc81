package extract

import "testing"

// TestRuDashDatedRoles: a Russian dictionary entry dates each office with
// a dash between the date and the office ("В 1925–1927 гг. — председатель
// ЦИК …, в 1930 г. — член ЦИК СССР"): each office takes the date of its
// own clause, not the next clause's. The person is made up.
func TestRuDashDatedRoles(t *testing.T) {
	runDatedCases(t, []factCase{
		{name: "ru-dash-roles.txt", text: "Бакыт Осмонов — советский деятель. В 1925–1927 гг. — председатель ЦИК Киргизской АССР, в 1930 г. — член ЦИК СССР.\n",
			want: []string{"Bakyt Osmonov headOf Central Executive Committee of the Kyrgyz ASSR 1925"}},
		{name: "ru-dash-one.txt", text: "Бакыт Осмонов — советский деятель. В 1931 г. — председатель Совнаркома Киргизской АССР. Арестован в 1937 г.\n",
			want: []string{"Bakyt Osmonov headOf Council of People's Commissars of the Kyrgyz ASSR 1931"}},
	})
}
