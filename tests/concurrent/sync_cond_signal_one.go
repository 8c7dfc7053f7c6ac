package main

import (
	"fmt"
	"sync"
)

// Signal wakes one waiter, Broadcast all: count the wake-ups each releases.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	waiting, woken, tokens := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for tokens == 0 {
				cond.Wait()
			}
			tokens--
			woken++
			mu.Unlock()
		}()
	}
	// Wait until all five wait (each Wait releases the lock).
	for {
		mu.Lock()
		if waiting == 5 {
			break
		}
		mu.Unlock()
	}
	tokens = 2
	cond.Signal()
	cond.Signal()
	mu.Unlock()
	for {
		mu.Lock()
		w := woken
		mu.Unlock()
		if w == 2 {
			break
		}
	}
	mu.Lock()
	fmt.Println("after two signals:", woken)
	tokens = 3
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("after broadcast:", woken, tokens)
}
