package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Second, time.Minute, time.Hour, time.Millisecond, time.Microsecond, time.Nanosecond)
	fmt.Println(1500*time.Millisecond, 2*time.Minute, 90*time.Minute, 3*time.Hour+25*time.Second)
	d := 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours() > 2, d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(time.Duration(0), time.Duration(1), time.Duration(1500), -5*time.Second)
	fmt.Println(int64(time.Second), time.Duration(2500)*time.Microsecond)
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour))
	fmt.Printf("%v %d %s\n", 250*time.Millisecond, time.Millisecond, time.Duration(90)*time.Second)
	var timeout time.Duration = 30 * time.Second
	fmt.Println(timeout/4, timeout > time.Minute)
}
