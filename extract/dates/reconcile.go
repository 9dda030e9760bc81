package dates

import (
	"slices"
	"strconv"

	"github.com/dossier-kg/dossier"
)

// gregorianSwitch is the first new-style day in Soviet Russia: 31 January
// 1918 was followed by 14 February 1918.
var gregorianSwitch = dossier.Date{Year: 1918, Month: 2, Day: 14, Precision: dossier.PrecisionDay}

// Reconcile checks the dates of one whole document (all its matches, in
// order) and returns them adjusted. The input is not modified; the result
// has the same length and order.
//
// Misprinted years. A year outside 1700..2035 in a date of year, month or day
// precision or in a decade (a misprinted "1329" in a 1920s letter) is kept as
// written and flagged "implausible-year", unless the same document supports a
// correction: another date whose plausible year (start or range end) differs
// from it in exactly one digit. Candidates with the same month and day are
// preferred; otherwise the candidate year must be unique. The year is then
// replaced and the flag "corrected-year:1329" records what the text said.
// Centuries are never judged ("XV век" is a real century). A range end is
// judged the same way; its flags go on the end date.
//
// Calendar. A date with Lang "ru", a known year and month or day precision
// that starts before 14 February 1918 gets Calendar "julian": Russian texts
// of that time wrote the old style. Year, decade and century dates are left
// alone, since a calendar shifts them by at most 13 days. Dates that already
// say their calendar are left alone too: a dual date ("12 (25) марта 1917",
// which Find reads as the new style with the flag "old-style:…"), an explicit
// "(н. ст.)" (flag "new-style") or "(ст. ст.)" (already Julian).
func Reconcile(ms []Match) []Match {
	out := make([]Match, len(ms))
	for i, m := range ms {
		out[i] = m
		out[i].Date = cloneDate(m.Date)
	}
	reconcile(out)
	return out
}

// reconcile does Reconcile's work on ms in place. A match it changes gets
// a deep copy of its date first, so that the change reaches no slice or
// date that another match or the caller may share.
func reconcile(ms []Match) {
	// Plausible years of the document, with the month and day they came
	// with; gathered only if some date needs them.
	type known struct{ year, month, day int }
	var years []known
	gathered := false
	fix := func(d *dossier.Date) {
		var same, any []int
		for _, k := range years {
			if !oneDigitApart(d.Year, k.year) {
				continue
			}
			any = appendUnique(any, k.year)
			if d.Month != 0 && k.month == d.Month && k.day == d.Day {
				same = appendUnique(same, k.year)
			}
		}
		switch {
		case len(same) == 1:
			d.Flags = append(d.Flags, "corrected-year:"+strconv.Itoa(d.Year))
			d.Year = same[0]
		case len(same) == 0 && len(any) == 1:
			d.Flags = append(d.Flags, "corrected-year:"+strconv.Itoa(d.Year))
			d.Year = any[0]
		default:
			d.Flags = append(d.Flags, "implausible-year")
		}
	}
	for i := range ms {
		if !needsFix(&ms[i].Date) {
			continue
		}
		if !gathered {
			gathered = true
			for _, m := range ms {
				for d := &m.Date; d != nil; d = d.End {
					if d.Year != 0 && plausible(d.Year) {
						years = append(years, known{d.Year, d.Month, d.Day})
					}
				}
			}
		}
		ms[i].Date = cloneDate(ms[i].Date)
		for d := &ms[i].Date; d != nil; d = d.End {
			if implausible(d) {
				fix(d)
			}
		}
	}
	for i := range ms {
		if ms[i].Lang != "ru" {
			continue
		}
		julian := false
		for d := &ms[i].Date; d != nil; d = d.End {
			julian = julian || oldStyle(*d)
		}
		if !julian {
			continue
		}
		ms[i].Date = cloneDate(ms[i].Date)
		for d := &ms[i].Date; d != nil; d = d.End {
			if oldStyle(*d) {
				d.Calendar = "julian"
			}
		}
	}
}

// implausible reports a year that Reconcile corrects or flags.
func implausible(d *dossier.Date) bool {
	return d.Year != 0 && !plausible(d.Year) && d.Precision >= dossier.PrecisionDecade &&
		!d.HasFlag("implausible-year") && !d.HasFlag("corrected-year")
}

// needsFix reports whether d or a date after it is implausible.
func needsFix(d *dossier.Date) bool {
	for ; d != nil; d = d.End {
		if implausible(d) {
			return true
		}
	}
	return false
}

// oldStyle reports whether a Russian date is one Reconcile marks Julian.
func oldStyle(d dossier.Date) bool {
	if d.Year == 0 || d.Calendar != "" || d.Precision < dossier.PrecisionMonth ||
		d.HasFlag("old-style") || d.HasFlag("new-style") {
		return false
	}
	if d.Precision == dossier.PrecisionMonth {
		// February 1918 had days of both styles; January and before are old.
		return d.Year < 1918 || d.Year == 1918 && d.Month < 2
	}
	return d.Before(gregorianSwitch)
}

func plausible(y int) bool { return y >= minPlausible && y <= maxPlausible }

// oneDigitApart reports whether a and b are both four-digit numbers that
// differ in exactly one digit.
func oneDigitApart(a, b int) bool {
	if a < 1000 || a > 9999 || b < 1000 || b > 9999 {
		return false
	}
	diff := 0
	for range 4 {
		if a%10 != b%10 {
			diff++
		}
		a, b = a/10, b/10
	}
	return diff == 1
}

func appendUnique(s []int, v int) []int {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// cloneDate copies a date deeply, so that adjusting it leaves the caller's
// Flags and End untouched.
func cloneDate(d dossier.Date) dossier.Date {
	d.Flags = slices.Clone(d.Flags)
	if d.End != nil {
		e := cloneDate(*d.End)
		d.End = &e
	}
	return d
}

// julianToJDN and gregorianToJDN return the Julian day number of a date in
// each calendar (the usual integer algorithms, valid for positive years).
func julianToJDN(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - 32083
}

func gregorianToJDN(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}
