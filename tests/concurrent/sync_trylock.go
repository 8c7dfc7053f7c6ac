package main

import (
	"fmt"
	"sync"
)

// TryLock never blocks: exactly one of many goroutines trying at once while the lock is free
// and held by the winner gets it.
func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	var wg sync.WaitGroup
	var count sync.Mutex
	won := 0
	hold := make(chan struct{})
	start := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if mu.TryLock() {
				count.Lock()
				won++
				count.Unlock()
				<-hold
				mu.Unlock()
			}
		}()
	}
	mu.Lock() // held while the others try
	close(start)
	mu.Unlock()
	// Now they may try while it is free; the winner holds it until released.
	for {
		count.Lock()
		w := won
		count.Unlock()
		if w > 0 {
			break
		}
		if mu.TryLock() {
			// Everyone tried while we held it: nobody can win any more.
			break
		}
	}
	close(hold)
	wg.Wait()
	fmt.Println(won <= 1)
}
