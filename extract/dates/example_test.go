package dates_test

import (
	"fmt"

	"github.com/dossier-kg/dossier/extract/dates"
)

func ExampleFinder_Find() {
	text := "Кат 1926-жылы 9-майда жазылган; ответ пришёл в апреле 1927 г. The case was closed in the mid-1950s."
	for _, m := range dates.NewFinder().Find(text) {
		fmt.Printf("%q %s %s %s %s\n", text[m.Span.Start:m.Span.End], m.Date, m.Date.Precision, m.Lang, m.Rule)
	}
	// Output:
	// "1926-жылы 9-майда" 1926-05-09 day ky ky-year-day-month
	// "апреле 1927 г." 1927-04 month ru ru-month-year
	// "mid-1950s" 195 decade en en-decade
}

func ExampleReconcile() {
	// The first letter's year is misprinted; the signature line gives it.
	text := "Экинчи кат 1327-жылы 12-мартта жазылган. Кол коюлган: 12-март 1927-жыл. " +
		"Телеграмма от 5 мая 1917 г."
	for _, m := range dates.Reconcile(dates.NewFinder().Find(text)) {
		fmt.Printf("%s flags=%v calendar=%q\n", m.Date, m.Date.Flags, m.Date.Calendar)
	}
	// Output:
	// 1927-03-12 flags=[corrected-year:1327] calendar=""
	// 1927-03-12 flags=[] calendar=""
	// 1917-05-05 flags=[] calendar="julian"
}
