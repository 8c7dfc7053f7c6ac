package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("  err:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println("  ok:", t.Format("2006-01-02 15:04:05.999999999 -07:00:00"), name, off, t.Unix(), t.Nanosecond())
}

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05.123-02:30"},
		{time.RFC3339Nano, "2019-10-12T07:20:50.52Z"},
		{time.RFC3339, "2019-10-12T07:20:50.1234567891234Z"},
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02 15:04:05Z"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02T24:04:05Z"},
		{time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:61Z"},
		{time.RFC3339, "2006-01-02T15:04:05+25:00"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Thu Feb 29 01:02:03 2024"},
		{time.UnixDate, "Mon Jan  2 15:04:05 PST 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 UTC 2006"},
		{time.RubyDate, "Mon Jan 02 15:04:05 -0700 2006"},
		{time.RFC822, "02 Jan 06 15:04 MST"},
		{time.RFC822Z, "02 Jan 06 15:04 -0700"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +0100"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.Kitchen, "13:04PM"},
		{time.Stamp, "Jan  2 15:04:05"},
		{time.StampMilli, "Jan  2 15:04:05.123"},
		{time.StampMilli, "Jan  2 15:04:05.12"},
		{time.StampMicro, "Jan  2 15:04:05.123456"},
		{time.StampNano, "Jan  2 15:04:05.123456789"},
		{"2006-01-02", "x"},
		{"2006-01-02", "2022-1-25"},
		{"06-01-02", "7x-01-02"},
		{"06-01-02", "68-01-02"},
		{"06-01-02", "69-01-02"},
		{"2006-01-02 15:04:05", "2022-05-06 07:08:09"},
		{"2006-01-02", "2022-05-06"},
		{"15:04:05", "07:08:09"},
		{"15:04:05", "07:08:09.25"},
		{"15:04:05", "07:08:09,25"},
		{"2006 002", "2024 060"},
		{"2006 __2", "2024  60"},
		{"2006 002", "2023 366"},
		{"2006-01-02 002", "2024-03-01 061"},
		{"2006-01-02 002", "2024-03-02 061"},
		{"Jan _2 2006", "jan  5 2021"},
		{"January 2, 2006", "FEBRUARY 3, 2021"},
		{"Monday Jan 2 2006", "Tuesday Jan 2 2006"},
		{"Monday Jan 2 2006", "Tusday Jan 2 2006"},
		{"2006-01-02 MST", "2021-06-01 CEST"},
		{"2006-01-02 MST", "2021-06-01 ChST"},
		{"2006-01-02 MST", "2021-06-01 +03"},
		{"2006-01-02 MST", "2021-06-01 ab"},
		{"2006-01-02 -07", "2021-06-01 -03"},
		{"2006-01-02 -070000", "2021-06-01 +012345"},
		{"2006-01-02 Z07:00:00", "2021-06-01 -01:23:45"},
		{"2006-01-02 Z07", "2021-06-01 Z"},
		{"3:04:05 pm", "11:59:59 am"},
		{"2006-01-02T15:04:05.000", "2006-01-02T15:04:05.1234"},
		{"2006-01-02T15:04:05.000000", "2006-01-02T15:04:05.123"},
		{"2006-01-02 __2", "2006-01-02 300"},
		{"", ""},
		{"", "x"},
		{"2006", "-123"},
		{"2006-01-02", "2021-00-10"},
		{"2006-01-02", "2021-04-31"},
		{"Jan", "Foo"},
	}
	for _, c := range cases {
		fmt.Printf("Parse(%q, %q)\n", c.layout, c.value)
		show(time.Parse(c.layout, c.value))
	}
	loc := time.FixedZone("ABC", 3600)
	fmt.Println("ParseInLocation")
	show(time.ParseInLocation("2006-01-02 15:04", "2021-06-01 10:00", loc))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2021-06-01 10:00 ABC", loc))
	show(time.ParseInLocation("2006-01-02 15:04 -0700", "2021-06-01 10:00 +0100", loc))
	show(time.ParseInLocation("2006-01-02 15:04 -0700", "2021-06-01 10:00 +0200", loc))
	_, err := time.Parse(time.RFC3339, "bad")
	if pe, ok := err.(*time.ParseError); ok {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	_, err = time.Parse("2006", "\x00\xff\u00e9\"\\")
	fmt.Println(err)
}
