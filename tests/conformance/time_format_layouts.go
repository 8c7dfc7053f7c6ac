package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 17))
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2024, time.February, 29, 0, 0, 0, 0, est),
		time.Date(1999, time.December, 31, 12, 59, 59, 500000000, ist),
		time.Date(2006, time.January, 2, 15, 4, 5, 0, odd),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-44, time.March, 15, 9, 7, 0, 10, time.UTC),
		time.Date(12345, time.July, 4, 7, 8, 9, 1000, time.UTC),
	}
	layouts := []struct{ name, layout string }{
		{"Layout", time.Layout},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
		{"DateTime", "2006-01-02 15:04:05"},
		{"DateOnly", "2006-01-02"},
		{"TimeOnly", "15:04:05"},
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			fmt.Printf("%-12s %s\n", l.name, t.Format(l.layout))
		}
	}
}
