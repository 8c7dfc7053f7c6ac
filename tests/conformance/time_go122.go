// Go 1.20: DateTime/DateOnly/TimeOnly, Time.Compare, and Parse's changed error element and fraction digits.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 9, 17, 5, 3, 40, time.UTC)
	fmt.Println(t.Format(time.DateTime), "|", t.Format(time.DateOnly), "|", t.Format(time.TimeOnly))
	for _, c := range []struct{ layout, value string }{
		{time.DateTime, "2024-03-09 17:05:03"},
		{time.DateOnly, "2024-03-09"},
		{time.TimeOnly, "17:05:03"},
		{time.DateTime, "2024-03-09"},
		// Go 1.20: a failed element is reported from where it began.
		{time.DateOnly, "22-10-25"},
		{"06-01-02", "7x-01-02"},
		// Go 1.20: digits past nanoseconds are ignored.
		{time.RFC3339Nano, "2019-10-12T07:20:50.123456789123Z"},
		{time.RFC3339, "2019-10-12T07:20:50.999999999999Z"},
	} {
		p, err := time.Parse(c.layout, c.value)
		fmt.Println(p, err)
	}
	a := time.Date(2024, 1, 1, 0, 0, 0, 1, time.UTC)
	b := time.Date(2024, 1, 1, 1, 0, 0, 1, time.FixedZone("X", 3600))
	fmt.Println(a.Compare(b), a.Compare(a.Add(1)), a.Add(1).Compare(a), a.Compare(a.Add(-time.Hour)))
	now := time.Now()
	fmt.Println(now.Compare(now.Add(time.Nanosecond)), now.Compare(now.Round(0)))
}
