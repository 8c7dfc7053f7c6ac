package main

import (
	"fmt"
	"runtime"
	"sync"
)

func spin(started *sync.WaitGroup) {
	started.Done()
	n := 0
	for {
		n++
		if n < 0 {
			break
		}
	}
}

// Four spinning goroutines and one P: main still gets its turns, and so do the workers.
func main() {
	runtime.GOMAXPROCS(1)
	var started sync.WaitGroup
	for i := 0; i < 4; i++ {
		started.Add(1)
		go spin(&started)
	}
	started.Wait()
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum", sum)
}
