package main

import (
	"fmt"
	"sync"
)

// Ten thousand goroutines park on one channel; closing it wakes them all.
func main() {
	const n = 10000
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	close(gate)
	wg.Wait()
	fmt.Println(total)
}
