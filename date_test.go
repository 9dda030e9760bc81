package dossier

import (
	"fmt"
	"math"
	"testing"
)

// isoByFmt is ISO as it was written with fmt, kept to pin the hand-written
// formatting to it.
func isoByFmt(d Date) string {
	switch d.Precision {
	case PrecisionCentury:
		return fmt.Sprintf("%02d", d.Year/100)
	case PrecisionDecade:
		return fmt.Sprintf("%03d", d.Year/10)
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		if d.Year == 0 {
			return fmt.Sprintf("--%02d", d.Month)
		}
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		if d.Year == 0 {
			return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
		}
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// testDates covers every precision (and two past the last), years of every
// width and sign, and months and days in and out of range.
func testDates() []Date {
	years := []int{
		0, 1, -1, 5, -5, 9, 10, -10, 12, 99, -99, 100, -100, 101, 999, -999,
		1000, -1000, 1237, 1899, 1900, 1917, 1918, 1925, 1999, 2000, 2024,
		9999, 10000, -10000, 123456, -123456, math.MaxInt, math.MinInt,
	}
	small := []int{0, 1, -1, 5, 9, 10, 12, 13, 29, 31, 99, 100, -100, 1000}
	var ds []Date
	for p := PrecisionNone; p <= PrecisionDay+2; p++ {
		for _, y := range years {
			for _, m := range small {
				for _, dd := range small {
					ds = append(ds, Date{Year: y, Month: m, Day: dd, Precision: p})
				}
			}
		}
	}
	return ds
}

func TestISOMatchesFmt(t *testing.T) {
	for _, d := range testDates() {
		if got, want := d.ISO(), isoByFmt(d); got != want {
			t.Errorf("%+v: ISO() = %q, fmt gives %q", d, got, want)
		}
	}
}

func TestString(t *testing.T) {
	for _, d := range testDates() {
		want := isoByFmt(d)
		if got := d.String(); got != want {
			t.Errorf("%+v: String() = %q, want %q", d, got, want)
		}
		end := Date{Year: d.Year + 1, Month: d.Day, Day: d.Month, Precision: d.Precision}
		d.End = &end
		want += "/" + isoByFmt(end)
		if got := d.String(); got != want {
			t.Errorf("%+v: String() = %q, want %q", d, got, want)
		}
	}
}

func BenchmarkISO(b *testing.B) {
	ds := []Date{
		{Year: 1925, Month: 5, Day: 5, Precision: PrecisionDay},
		{Year: 1925, Month: 5, Precision: PrecisionMonth},
		{Year: 1925, Precision: PrecisionYear},
		{Month: 5, Day: 5, Precision: PrecisionDay},
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, d := range ds {
			_ = d.ISO()
		}
	}
}
