package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(n int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for j := 0; j <= i*100; j++ {
				s += j
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return total
}

// GOMAXPROCS(n) returns the previous setting; 0 only reads it. Work gives the same result
// whatever the number of P's, changed while goroutines run or not.
func main() {
	orig := runtime.GOMAXPROCS(0)
	fmt.Println(orig >= 1)
	fmt.Println(runtime.GOMAXPROCS(1) == orig, runtime.GOMAXPROCS(0))
	a := work(50)
	fmt.Println(runtime.GOMAXPROCS(4), runtime.GOMAXPROCS(0))
	b := work(50)
	stop := make(chan bool)
	go func() {
		for n := 1; ; n = n%3 + 1 {
			select {
			case <-stop:
				return
			default:
				runtime.GOMAXPROCS(n)
				runtime.Gosched()
			}
		}
	}()
	c := work(50)
	stop <- true
	fmt.Println(a == b, b == c, a)
	runtime.GOMAXPROCS(2)
	fmt.Println(runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() >= 1)
}
