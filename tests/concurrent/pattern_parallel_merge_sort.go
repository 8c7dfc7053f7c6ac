package main

import (
	"fmt"
	"sort"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// Sorts halves in parallel goroutines down to a cutoff, merging on the way back.
func psort(xs []int) []int {
	if len(xs) <= 64 {
		c := append([]int(nil), xs...)
		sort.Ints(c)
		return c
	}
	mid := len(xs) / 2
	left := make(chan []int)
	go func() { left <- psort(xs[:mid]) }()
	right := psort(xs[mid:])
	return merge(<-left, right)
}

func main() {
	xs := make([]int, 20000)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed >> 8 % 100000)
	}
	sorted := psort(xs)
	fmt.Println(len(sorted), sort.IntsAreSorted(sorted), sorted[0], sorted[len(sorted)/2], sorted[len(sorted)-1])
	sum1, sum2 := 0, 0
	for i := range xs {
		sum1 += xs[i]
		sum2 += sorted[i]
	}
	fmt.Println(sum1 == sum2)
}
