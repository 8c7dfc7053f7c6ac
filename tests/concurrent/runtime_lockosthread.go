package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Goroutines locked to their threads keep communicating with unlocked ones; locks nest.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	ping := make(chan int)
	pong := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			if w%2 == 0 {
				runtime.LockOSThread() // nested: needs two unlocks
				defer runtime.UnlockOSThread()
			}
			total := 0
			for i := 0; i < 100; i++ {
				ping <- w*1000 + i
				total += <-pong
				if i%10 == 0 {
					runtime.Gosched()
				}
			}
			results[w] = total
		}(w)
	}
	go func() {
		for v := range ping {
			pong <- v % 1000
		}
	}()
	wg.Wait()
	fmt.Println(results)
	runtime.UnlockOSThread() // without a lock: does nothing
	runtime.LockOSThread()
	ch := make(chan string)
	go func() { ch <- "main is locked and still receives" }()
	fmt.Println(<-ch)
	runtime.UnlockOSThread()
}
