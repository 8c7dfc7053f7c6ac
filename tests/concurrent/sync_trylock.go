package main

import (
	"fmt"
	"sync"
)

// TryLock never blocks: of many goroutines trying while the lock is free, then held by the
// winner until all have tried, at most one gets it.
func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	var wg sync.WaitGroup
	var count sync.Mutex
	won := 0
	hold := make(chan struct{})
	start := make(chan struct{})
	tried := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if mu.TryLock() {
				count.Lock()
				won++
				count.Unlock()
				tried <- struct{}{}
				<-hold // the winner holds the lock until every goroutine has tried
				mu.Unlock()
				return
			}
			tried <- struct{}{}
		}()
	}
	mu.Lock() // held while the others get ready
	close(start)
	mu.Unlock()
	for i := 0; i < 10; i++ {
		<-tried
	}
	close(hold)
	wg.Wait()
	fmt.Println(won <= 1)
}
