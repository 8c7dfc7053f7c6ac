package main

import (
	"fmt"
	"sync"
)

// One WaitGroup reused for several rounds, and several goroutines waiting on it at once.
func main() {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 5; round++ {
		wg.Add(round)
		for i := 0; i < round; i++ {
			go func(v int) {
				defer wg.Done()
				mu.Lock()
				total += v
				mu.Unlock()
			}(round)
		}
		wg.Wait()
	}
	fmt.Println(total)

	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	woke := make(chan int, 5)
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			gate.Wait()
			woke <- i
		}(i)
	}
	gate.Done()
	waiters.Wait()
	close(woke)
	sum := 0
	for i := range woke {
		sum += i
	}
	fmt.Println(sum)
	var zero sync.WaitGroup
	zero.Wait()
	fmt.Println("Wait on a zero WaitGroup returns at once")
}
