package extract

import (
	"slices"
	"testing"
)

// TestKyrgyzSurnameFirstAndMensSurnames: Kyrgyz writes a name surname
// first and declines its last word only, so an unknown given name after a
// surname survives its case ("Бекназарова Бурулчадан"); a man's known
// given name before a surname in -ева (a Russian genitive copied into
// Kyrgyz) makes it the man's surname, one person with the nominative form.
// The people are made up.
func TestKyrgyzSurnameFirstAndMensSurnames(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"ky-given-abl.txt", "Бул маалымат Бекназарова Бурулчадан алынган.\n", []string{"Burulcha Beknazarova"}, []string{"Beknazarova"}},
		{"ky-given-nom.txt", "Анын жубайы Бекназарова Бурулча 1905-жылы туулган.\n", []string{"Burulcha Beknazarova"}, []string{"Beknazarova"}},
		{"ky-mans-surname.txt", "1937-жылы Баялы Тентимишева камакка алынган. Баялы Тентимишев 1938-жылы атылган.\n", []string{"Bayaly Tentimishev"}, []string{"Bayaly Tentimisheva"}},
		{"ky-womans-surname.txt", "Айгүл Осмонова Бишкекте туулган.\n", []string{"Aygül Osmonova"}, []string{"Aygül Osmonov"}},
	}
	for _, c := range cases {
		got := personNames(t, c.name, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %q; got %q", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: wrongly %q", c.name, w)
			}
		}
	}
}
