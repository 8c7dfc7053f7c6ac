package main

import (
	"fmt"
	"sync"
)

// Closing a chan struct{} releases every goroutine waiting on it at once.
func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	var mu sync.Mutex
	order := 0
	seen := make([]int, 10)
	for i := 0; i < 10; i++ {
		ready.Add(1)
		finished.Add(1)
		go func(i int) {
			defer finished.Done()
			ready.Done()
			<-start
			mu.Lock()
			order++
			seen[i] = 1
			mu.Unlock()
		}(i)
	}
	ready.Wait()
	mu.Lock()
	fmt.Println("before close", order)
	mu.Unlock()
	close(start)
	finished.Wait()
	fmt.Println("after close", order, seen)
	_, ok := <-start
	fmt.Println(ok, len(start), cap(start))
	var sig struct{}
	done := make(chan struct{}, 1)
	done <- sig
	fmt.Println(<-done == struct{}{})
}
