package main

import (
	"fmt"
	"sort"
	"time"
)

// Sleeping goroutines all wake, each after at least its duration. (Their order is not
// checked: 10 ms apart is not a promise on a loaded machine.)
func main() {
	type result struct {
		d     int
		slept time.Duration
	}
	out := make(chan result, 3)
	for _, d := range []int{30, 10, 20} {
		go func(d int) {
			start := time.Now()
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- result{d, time.Since(start)}
		}(d)
	}
	var rs []result
	for i := 0; i < 3; i++ {
		rs = append(rs, <-out)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].d < rs[j].d })
	for _, r := range rs {
		fmt.Println(r.d, "slept long enough:", r.slept >= time.Duration(r.d)*time.Millisecond)
	}
}
