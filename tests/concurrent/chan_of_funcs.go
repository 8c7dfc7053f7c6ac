package main

import (
	"fmt"
	"sync"
)

// A worker runs the closures sent to it; each closure reports into its own slot.
func main() {
	work := make(chan func())
	var wg sync.WaitGroup
	go func() {
		for f := range work {
			f()
			wg.Done()
		}
	}()
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		i := i
		wg.Add(1)
		work <- func() { results[i] = i * 100 }
	}
	wg.Wait()
	close(work)
	fmt.Println(results)

	ops := make(chan func(int) int, 3)
	ops <- func(x int) int { return x + 1 }
	ops <- func(x int) int { return x * 2 }
	ops <- func(x int) int { return x - 3 }
	close(ops)
	x := 10
	for op := range ops {
		x = op(x)
	}
	fmt.Println(x)
}
