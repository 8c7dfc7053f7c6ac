package main

import (
	"fmt"
	"sync"
)

// Workers loop on select over a work channel and a done channel; closing done stops them all.
func main() {
	work := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				select {
				case v := <-work:
					counts[w] += v
				case <-done:
					return
				}
			}
		}(w)
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(done)
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println(total)
}
