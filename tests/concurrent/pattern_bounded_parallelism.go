package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A buffered channel as a counting semaphore: at most 3 tasks run at once, however many
// goroutines are started.
func main() {
	sem := make(chan struct{}, 3)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 40)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			runtime.Gosched() // let others try to get in meanwhile
			results[i] = i * 2
			running.Add(-1)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum, peak.Load() <= 3, peak.Load() >= 1, len(sem))
}
