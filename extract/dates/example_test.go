package dates_test

import (
	"fmt"

	"github.com/dossier-kg/dossier/extract/dates"
)

func ExampleFinder_Find() {
	text := "Кат 1925-жылы 5-майда жазылган; ответ пришёл в апреле 1926 г. The case was closed in the mid-1950s."
	for _, m := range dates.NewFinder().Find(text) {
		fmt.Printf("%q %s %s %s %s\n", text[m.Span.Start:m.Span.End], m.Date, m.Date.Precision, m.Lang, m.Rule)
	}
	// Output:
	// "1925-жылы 5-майда" 1925-05-05 day ky ky-year-day-month
	// "апреле 1926 г." 1926-04 month ru ru-month-year
	// "mid-1950s" 195 decade en en-decade
}

func ExampleReconcile() {
	// The first letter's year is misprinted; the signature line gives it.
	text := "Экинчи кат 1329-жылы 24-ноябрда жазылган. Кол коюлган: 24-ноябрь 1929-жыл. " +
		"Телеграмма от 5 мая 1917 г."
	for _, m := range dates.Reconcile(dates.NewFinder().Find(text)) {
		fmt.Printf("%s flags=%v calendar=%q\n", m.Date, m.Date.Flags, m.Date.Calendar)
	}
	// Output:
	// 1929-11-24 flags=[corrected-year:1329] calendar=""
	// 1929-11-24 flags=[] calendar=""
	// 1917-05-05 flags=[] calendar="julian"
}
