package main

import (
	"fmt"
	"time"
)

func main() {
	// Date normalises out-of-range fields.
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, -1, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(-1, 2, 3))
	fmt.Println(time.Date(2000, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -13, 400))

	t := time.Date(2021, 7, 14, 13, 47, 31, 987654321, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, time.Microsecond, time.Second, 7 * time.Second,
		time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, -time.Second} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	half := time.Date(2021, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(half.Round(time.Second), half.Add(-time.Nanosecond).Round(time.Second))

	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2021, 3, 1, 12, 30, 0, 0, time.FixedZone("X", 3600))
	fmt.Println(b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(b), b.Equal(b.UTC()), b == b.UTC())
	fmt.Println(a.Add(90*time.Minute), a.Add(-time.Nanosecond))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))

	y, m, d := b.Date()
	h, mi, s := b.Clock()
	fmt.Println(y, m, d, h, mi, s, b.Year(), b.Month(), b.Day(), b.Hour(), b.Minute(), b.Second(), b.Nanosecond(), b.YearDay(), b.Weekday())
	fmt.Println(b.ISOWeek())
	fmt.Println(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).ISOWeek())
	fmt.Println(b.Unix(), b.UnixMilli(), b.UnixMicro(), b.UnixNano())
	fmt.Println(time.Unix(1e9, 5).UTC(), time.Unix(-1, -1).UTC(), time.UnixMilli(1600000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(b.UTC(), b.In(time.FixedZone("Y", -7200)), b.Location(), a.Location())
	name, off := b.Zone()
	fmt.Println(name, off)
	start, end := b.ZoneBounds()
	fmt.Println(start.IsZero(), end.IsZero())
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Sunday; w <= time.Saturday+1; w++ {
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Println(time.Month(0), time.Weekday(-1))
	fmt.Println(time.UTC, time.FixedZone("", 0), time.FixedZone("", 3600).String() == "")
	z := time.FixedZone("", 5400)
	fmt.Println(time.Date(2020, 1, 1, 0, 0, 0, 0, z))
}
