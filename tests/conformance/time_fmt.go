package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
	Dur  time.Duration
	Loc  *time.Location
	Mon  time.Month
	Day  time.Weekday
}

func main() {
	t := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	e := event{"launch", t, 90 * time.Second, time.FixedZone("X", 3600), time.March, time.Friday}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%v %s %d %x %T %T %T\n", e.Dur, e.Dur, e.Dur, e.Dur, e.Dur, t, e.Loc)
	fmt.Printf("%v %d %s %q %v %d\n", e.Mon, e.Mon, e.Day, e.Mon, time.Month(13), time.Saturday)
	fmt.Println([]time.Time{t, t.Add(time.Hour)}, map[string]time.Duration{"a": time.Millisecond, "b": 0})
	fmt.Println(&t, []*time.Location{time.UTC})
	var p *time.Time
	fmt.Println(p)
	m := map[time.Time]int{t: 1, t.Add(0): 2}
	fmt.Println(len(m), m[t])
	fmt.Printf("%10s|%-8v|%08d\n", time.Second, time.Minute, time.Microsecond)
	var err error = &time.ParseError{Layout: "x", Value: "y", LayoutElem: "x", ValueElem: "y"}
	fmt.Println(err)
}
