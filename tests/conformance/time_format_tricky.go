package main

import (
	"fmt"
	"time"
)

func main() {
	loc := time.FixedZone("XYZ", -(7*3600 + 30*60 + 15))
	t := time.Date(2023, time.March, 5, 7, 8, 9, 12345600, loc)
	u := time.Date(2023, time.October, 25, 19, 0, 0, 0, time.UTC)
	layouts := []string{
		"Monday, January 2, 2006",
		"Mon Jan 2 3:4:5 pm 06",
		"_2 __2 002",
		"15h04m05s",
		"2006-01-02T15:04:05.000Z07:00",
		"2006-01-02T15:04:05,999999",
		"05.0 05.00 05.9 05.99 05.000000000 05.999999999",
		"05,000 05,999",
		"Z0700 Z07:00 Z07 Z070000 Z07:00:00",
		"-0700 -07:00 -07 -070000 -07:00:00",
		"MST",
		"Month Mon Monday Jan January",
		"PM pm",
		"01/02/06",
		"1/2/6",
		"2006_01_02 _2006",
		"Janu 3PM",
		"000 .000 .0x",
		"",
		"no std chunks here",
		"2006-01-02T15:04:05.99999999999Z07:00",
	}
	for _, l := range layouts {
		fmt.Printf("%q\n  %q\n  %q\n", l, t.Format(l), u.Format(l))
	}
	b := []byte("at: ")
	b = u.AppendFormat(b, time.RFC1123Z)
	fmt.Println(string(b))
	fmt.Println(t.String())
	fmt.Println(u.GoString())
	fmt.Printf("%v|%s|%#v\n", u, u, t)
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Weekday())
	fmt.Println(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).Format("__2 002"))
	fmt.Println(time.Date(2023, 1, 9, 0, 0, 0, 0, time.UTC).Format("__2 002 _2"))
}
