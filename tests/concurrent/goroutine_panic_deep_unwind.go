package main

import (
	"fmt"
	"sort"
)

func descend(n int, unwound *int) {
	defer func() { *unwound++ }()
	if n == 0 {
		panic(fmt.Sprint("bottom reached"))
	}
	descend(n-1, unwound)
}

// Goroutines panic 10,000 calls deep; each frame's deferred call runs on the way up, and
// the top of each goroutine recovers.
func main() {
	out := make(chan string)
	for g := 0; g < 10; g++ {
		go func(g int) {
			unwound := 0
			defer func() {
				out <- fmt.Sprint(recover(), " after ", unwound, " deferred calls")
			}()
			descend(10000+g, &unwound)
		}(g)
	}
	var all []string
	for g := 0; g < 10; g++ {
		all = append(all, <-out)
	}
	sort.Strings(all)
	fmt.Println(all[0])
	fmt.Println(all[9])
}
