package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Second, 90 * time.Minute,
		-3*time.Hour - 2*time.Nanosecond, math.MaxInt64, math.MinInt64, 26*time.Hour + 3*time.Second + 500*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		fmt.Println("  ", d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Truncate(0), d.Abs())
	}
	inputs := []string{"0", "5s", "-5s", "+5s", "1.5h", "1h30m", "300ms", "2us", "2µs", "2μs", "7ns",
		"1h2m3s4ms5us6ns", ".5s", "5.s", "1.0000000000000000001h", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h",
		"", "3", "1x", "-", "1.2.3s", "s", "1d", "1h-5m", "0.0000000001s", "\xff"}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		fmt.Printf("%q -> %v %v\n", in, int64(d), err)
	}
	fmt.Printf("%v %s %d %T\n", 3*time.Millisecond, time.Minute, time.Second, time.Hour)
}
