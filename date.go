package dossier

import (
	"fmt"
	"strconv"
	"strings"
)

// Precision says how much of a Date the text gave.
type Precision uint8

// Precisions, coarsest first.
const (
	PrecisionNone Precision = iota
	PrecisionCentury
	PrecisionDecade
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

var precisionNames = [...]string{"none", "century", "decade", "year", "month", "day"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// Date is a date as a text states it: possibly without a day or month, possibly
// without a year ("on May 5"), possibly a range ("1937-1938", "from 1919 to
// 1931"). Zero fields are unknown. A Date never claims more precision than its
// text gave.
type Date struct {
	Year, Month, Day int
	Precision        Precision
	// End is set for ranges; it has its own precision.
	End *Date `json:",omitempty"`
	// Qualifier is "early", "mid", "late" or "circa" when the text hedged the date.
	Qualifier string `json:",omitempty"`
	// Calendar is "julian" for Russian dates before 14 February 1918 that the
	// text gives in the old style; empty means Gregorian or not known.
	Calendar string `json:",omitempty"`
	// Flags record doubts: "implausible-year" (kept as written, not corrected),
	// "corrected-year:1329" (the text's year was a misprint the same document
	// corrects), "year-from-context" (the year was supplied by the document's
	// date line).
	Flags []string `json:",omitempty"`
}

// HasYear reports whether the year is known.
func (d Date) HasYear() bool { return d.Year != 0 }

// ISO renders the start of the date at its precision: "1925-05-05", "1925-05",
// "1925", "192" for a decade ("1920s"), "19" for a century; a date without a
// year renders as "--05-05" (the XML Schema gMonthDay form) or "--05".
func (d Date) ISO() string {
	var buf [24]byte
	return string(d.appendISO(buf[:0]))
}

// appendISO appends ISO's rendering of d to b.
func (d Date) appendISO(b []byte) []byte {
	switch d.Precision {
	case PrecisionCentury:
		return appendPadded(b, d.Year/100, 2)
	case PrecisionDecade:
		return appendPadded(b, d.Year/10, 3)
	case PrecisionYear:
		return appendPadded(b, d.Year, 4)
	case PrecisionMonth, PrecisionDay:
		if d.Year == 0 {
			b = append(b, '-')
		} else {
			b = appendPadded(b, d.Year, 4)
		}
		b = appendPadded(append(b, '-'), d.Month, 2)
		if d.Precision == PrecisionDay {
			b = appendPadded(append(b, '-'), d.Day, 2)
		}
	}
	return b
}

// String renders the date with its range end, if any ("1937/1938").
func (d Date) String() string {
	var buf [48]byte
	return string(d.appendString(buf[:0]))
}

// appendString appends String's rendering of d to b.
func (d Date) appendString(b []byte) []byte {
	b = d.appendISO(b)
	if d.End != nil {
		b = d.End.appendISO(append(b, '/'))
	}
	return b
}

// appendPadded appends n in decimal, zero-padded to width characters with
// the sign counted in the width, as fmt's %0*d does.
func appendPadded(b []byte, n, width int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		width--
		u = -u
	}
	digits := 1
	for v := u; v >= 10; v /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendUint(b, u, 10)
}

// Bounds gives the first and last day the date can mean, as ISO dates. Dates
// without a year have no bounds.
func (d Date) Bounds() (notBefore, notAfter string) {
	if d.Year == 0 {
		return "", ""
	}
	lo := d.lowerBound()
	hiDate := d
	if d.End != nil && d.End.Year != 0 {
		hiDate = *d.End
	}
	hi := hiDate.upperBound()
	return lo, hi
}

func (d Date) lowerBound() string {
	switch d.Precision {
	case PrecisionCentury:
		return fmt.Sprintf("%04d-01-01", d.Year/100*100)
	case PrecisionDecade:
		return fmt.Sprintf("%04d-01-01", d.Year/10*10)
	case PrecisionYear:
		return fmt.Sprintf("%04d-01-01", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d-01", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

func (d Date) upperBound() string {
	switch d.Precision {
	case PrecisionCentury:
		return fmt.Sprintf("%04d-12-31", d.Year/100*100+99)
	case PrecisionDecade:
		return fmt.Sprintf("%04d-12-31", d.Year/10*10+9)
	case PrecisionYear:
		return fmt.Sprintf("%04d-12-31", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, DaysIn(d.Year, d.Month))
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// HasFlag reports whether the date carries flag f (prefix match before ':').
func (d Date) HasFlag(f string) bool {
	for _, g := range d.Flags {
		if g == f || strings.HasPrefix(g, f+":") {
			return true
		}
	}
	return false
}

// Before reports whether d starts before o (unknown parts count as their lowest value).
func (d Date) Before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// DaysIn returns the number of days in month m of year y (Gregorian).
func DaysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// ParseISODate reads the forms ISO renders: "YYYY", "YYYY-MM", "YYYY-MM-DD".
func ParseISODate(s string) (Date, error) {
	var d Date
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return d, fmt.Errorf("parse date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	vals := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, fmt.Errorf("parse date %q: %w", s, err)
		}
		vals[i] = v
	}
	d.Year, d.Precision = vals[0], PrecisionYear
	if len(vals) > 1 {
		d.Month, d.Precision = vals[1], PrecisionMonth
		if d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("parse date %q: month out of range", s)
		}
	}
	if len(vals) > 2 {
		d.Day, d.Precision = vals[2], PrecisionDay
		if d.Day < 1 || d.Day > DaysIn(d.Year, d.Month) {
			return Date{}, fmt.Errorf("parse date %q: day out of range", s)
		}
	}
	return d, nil
}
