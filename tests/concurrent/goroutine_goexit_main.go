package main

import (
	"fmt"
	"runtime"
	"sync"
)

// main calling runtime.Goexit: the other goroutines finish, then Go reports that no goroutine
// is left.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	deferred := make(chan struct{})
	go func() {
		<-deferred
		wg.Wait()
		fmt.Println(results)
	}()
	defer close(deferred)
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
