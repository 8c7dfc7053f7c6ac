package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Many goroutines race to flip a flag from false to true: exactly one CompareAndSwap wins.
func main() {
	for round := 0; round < 20; round++ {
		var flag atomic.Bool
		var winners atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := 0; g < 10; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				if flag.CompareAndSwap(false, true) {
					winners.Add(1)
				}
			}()
		}
		close(start)
		wg.Wait()
		if winners.Load() != 1 {
			fmt.Println("round", round, "winners", winners.Load())
		}
	}
	fmt.Println("one winner per round")
}
