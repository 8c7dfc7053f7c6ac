package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe",
		"Pacific/Chatham", "Etc/GMT+5", "UTC", "", "Local", "Nowhere/Special", "../etc/passwd", "/etc/localtime", "America"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%q: error %v\n", name, err)
			continue
		}
		if name == "Local" {
			fmt.Println("Local:", loc == time.Local)
			continue
		}
		fmt.Printf("%q: %v\n", name, loc)
		for _, t := range []time.Time{
			time.Date(2021, 1, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2021, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),
			time.Date(2100, 7, 1, 0, 0, 0, 0, time.UTC),
		} {
			lt := t.In(loc)
			n, off := lt.Zone()
			fmt.Println("  ", lt, n, off, lt.IsDST(), lt.Format(time.RFC1123Z))
		}
	}
	ny, _ := time.LoadLocation("America/New_York")
	// A wall time skipped by the spring-forward transition, and one repeated in the fall.
	fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2021, 11, 7, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2021, 3, 13, 12, 0, 0, 0, ny).AddDate(0, 0, 1))
	fmt.Println(time.Date(2021, 3, 13, 12, 0, 0, 0, ny).Add(24 * time.Hour))
	s, e := time.Date(2021, 6, 1, 0, 0, 0, 0, ny).ZoneBounds()
	fmt.Println(s, e)
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2021-06-01 10:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2021-01-01 10:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation(time.RFC3339, "2021-06-01T10:00:00-04:00", ny)
	fmt.Println(t, err)
	be, _ := time.LoadLocation("Europe/Berlin")
	fmt.Println(time.Date(2021, 10, 31, 2, 30, 0, 0, be).Truncate(time.Hour))
	fmt.Println(time.Date(2021, 6, 1, 0, 0, 0, 0, be).Format("2006-01-02 15:04:05 MST -0700 Z07:00"))
}
