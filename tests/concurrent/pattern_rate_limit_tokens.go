package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A token bucket of 4 in a buffered channel: a request proceeds only with a token, and the
// refiller adds one token per finished request. The number in flight never exceeds 4.
func main() {
	tokens := make(chan struct{}, 4)
	for i := 0; i < cap(tokens); i++ {
		tokens <- struct{}{}
	}
	finished := make(chan int)
	var inFlight, peak atomic.Int32
	var wg sync.WaitGroup
	for r := 0; r < 30; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			<-tokens
			n := inFlight.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			inFlight.Add(-1)
			finished <- r
		}(r)
	}
	sum := 0
	for i := 0; i < 30; i++ {
		sum += <-finished
		tokens <- struct{}{} // refill
	}
	wg.Wait()
	fmt.Println(sum, peak.Load() <= 4, len(tokens))
}
