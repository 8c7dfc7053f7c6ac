package main

import (
	"fmt"
	"sync"
)

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

// A hundred goroutines, each recursing 100,000 calls deep: every stack grows on its own.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 100)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = down(100000 + i)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(results[0], results[99], sum)
}
