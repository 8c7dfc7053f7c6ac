package main

import (
	"fmt"
	"runtime"
	"sync"
)

func check(ok bool) {
	if !ok {
		runtime.Goexit() // ends the calling goroutine from inside a helper
	}
}

// Workers that give up with runtime.Goexit still run their deferred wg.Done, so Wait returns.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			check(i%3 != 0)
			mu.Lock()
			finished++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("finished:", finished)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
