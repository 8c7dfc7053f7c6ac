package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// A worker ticks until told to stop; the ticker is stopped on the way out.
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		tk := time.NewTicker(2 * time.Millisecond)
		defer tk.Stop()
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			case <-tk.C:
				n++
			}
		}
	}()
	time.Sleep(40 * time.Millisecond)
	done <- true
	fmt.Println("worker ticked:", <-ticks > 0)

	// Timeouts in a loop: each iteration's own time.After.
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	got := 0
	for got < 3 {
		select {
		case <-results:
			got++
		case <-time.After(5 * time.Second):
			fmt.Println("timed out")
			return
		}
	}
	fmt.Println("all results before their timeouts:", got)
	timeouts := 0
	for i := 0; i < 3; i++ {
		select {
		case <-results:
			fmt.Println("impossible")
		case <-time.After(time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("timeouts:", timeouts)

	// The Stop-drain-Reset idiom.
	t := time.NewTimer(time.Millisecond)
	for len(t.C) == 0 {
		time.Sleep(time.Millisecond)
	}
	if !t.Stop() {
		<-t.C
	}
	t.Reset(5 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("fresh value after Reset:", time.Since(start) >= 5*time.Millisecond)

	// Many timers of different lengths, all fire; a WaitGroup gathers them.
	var wg sync.WaitGroup
	var mu sync.Mutex
	fired := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		time.AfterFunc(time.Duration(i%7)*time.Millisecond, func() {
			mu.Lock()
			fired++
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println("fired:", fired)

	// Timers far apart fire in order.
	order := make(chan int, 2)
	time.AfterFunc(150*time.Millisecond, func() { order <- 2 })
	time.AfterFunc(10*time.Millisecond, func() { order <- 1 })
	fmt.Println(<-order, <-order)
}
