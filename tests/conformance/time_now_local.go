package main

import (
	"fmt"
	"strings"
	"time"
)

// hasMonotonicSuffix reports whether s ends in " m=+<seconds>.<9 digits>".
func hasMonotonicSuffix(s string) bool {
	i := strings.LastIndex(s, " m=+")
	if i < 0 {
		return false
	}
	secs, frac, ok := strings.Cut(s[i+4:], ".")
	return ok && len(secs) > 0 && len(frac) == 9 && strings.Trim(secs+frac, "0123456789") == ""
}

func main() {
	// Assertions that hold in every time zone the machine may be set to.
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("Since >= Sleep:", time.Since(start) >= 15*time.Millisecond)
	fmt.Println("Until < 0:", time.Until(start) < 0)
	now := time.Now()
	fmt.Println("monotonic suffix:", hasMonotonicSuffix(now.String()), hasMonotonicSuffix(now.Round(0).String()))
	fmt.Println("After/Before/Equal:", now.After(start), start.Before(now), now.Equal(now))
	fmt.Println("Location is Local:", now.Location() == time.Local, now.Local().Location() == time.Local)
	fmt.Println("UTC equal:", now.UTC().Equal(now), now.Round(0).Equal(now), now.In(time.UTC).Location() == time.UTC)
	u := time.Unix(1234567890, 5)
	fmt.Println("Unix round trip:", u.Unix(), u.Nanosecond(), u.UnixNano(), u.Location() == time.Local)
	fmt.Println(u.UTC())
	_, off := u.Zone()
	fmt.Println("offset consistent:", u.UTC().Add(time.Duration(off)*time.Second).Format("15:04") == u.Format("15:04"))
	d := time.Date(2020, 6, 1, 12, 0, 0, 0, time.Local)
	fmt.Println("Local date:", d.Year(), d.Month(), d.Day(), d.Hour(), d.Location() == time.Local)
	fmt.Println("Now is recent:", now.Year() >= 2023, now.Sub(start) > 0)
	a, b := time.Now(), time.Now()
	fmt.Println("monotonic order:", !b.Before(a), b.Sub(a) >= 0)
	fmt.Println("stripped:", now.Round(0) == now, now.Truncate(0).String() == now.Round(0).String())
}
