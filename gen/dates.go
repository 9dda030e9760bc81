package gen

import (
	"fmt"
	"strconv"
)

var (
	kyMonths    = []string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	kyMonthsLoc = []string{"январында", "февралында", "мартында", "апрелинде", "майында", "июнунда", "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"}
	ruMonths    = []string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	ruMonthsGen = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	ruMonthsPre = []string{"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"}
	enMonths    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func numeric(d date) string { return fmt.Sprintf("%02d.%02d.%d", d.d, d.m, d.y) }

// kyField: a date in a card field: 12.08.1937, 1937-ж. август, 1937-ж.
func kyField(d date) string {
	switch {
	case d.d > 0:
		return numeric(d)
	case d.m > 0:
		return strconv.Itoa(d.y) + "-ж. " + kyMonths[d.m-1]
	}
	return strconv.Itoa(d.y) + "-ж."
}

// kyOn: a date in a sentence, "on": 1937-жылдын 12-августунда.
func kyOn(d date) string {
	switch {
	case d.d > 0:
		return strconv.Itoa(d.y) + "-жылдын " + strconv.Itoa(d.d) + "-" + kyMonthsLoc[d.m-1]
	case d.m > 0:
		return strconv.Itoa(d.y) + "-жылдын " + kyMonthsLoc[d.m-1]
	}
	return strconv.Itoa(d.y) + "-жылы"
}

// ruField: 12.08.1937, август 1937 г., 1937 г.
func ruField(d date) string {
	switch {
	case d.d > 0:
		return numeric(d)
	case d.m > 0:
		return ruMonths[d.m-1] + " " + strconv.Itoa(d.y) + " г."
	}
	return strconv.Itoa(d.y) + " г."
}

// ruOn: a date in a sentence: 12 августа 1937 г., в августе 1937 г., в 1937 г.
func ruOn(d date) string {
	switch {
	case d.d > 0:
		return strconv.Itoa(d.d) + " " + ruMonthsGen[d.m-1] + " " + strconv.Itoa(d.y) + " г."
	case d.m > 0:
		return "в " + ruMonthsPre[d.m-1] + " " + strconv.Itoa(d.y) + " г."
	}
	return "в " + strconv.Itoa(d.y) + " г."
}

// enDate: 12 August 1937, August 1937, 1937.
func enDate(d date) string {
	switch {
	case d.d > 0:
		return strconv.Itoa(d.d) + " " + enMonths[d.m-1] + " " + strconv.Itoa(d.y)
	case d.m > 0:
		return enMonths[d.m-1] + " " + strconv.Itoa(d.y)
	}
	return strconv.Itoa(d.y)
}
