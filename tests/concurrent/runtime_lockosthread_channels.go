package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Goroutines locked to their threads still exchange values with unlocked ones over channels
// and mutexes, park and wake, at any GOMAXPROCS.
func main() {
	var wg sync.WaitGroup
	ping := make(chan int)
	pong := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for i := 0; i < 200; i++ {
			ping <- i
			<-pong
		}
		close(ping)
	}()
	sum := 0
	go func() {
		defer wg.Done()
		for v := range ping {
			sum += v
			pong <- v
		}
	}()
	wg.Wait()
	var mu sync.Mutex
	count := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			if g%2 == 0 {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
			}
			for i := 0; i < 100; i++ {
				mu.Lock()
				count++
				mu.Unlock()
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	runtime.LockOSThread()
	c := make(chan string)
	go func() { c <- "main is locked and still receives" }()
	fmt.Println(sum, count, <-c)
	runtime.UnlockOSThread()
}
