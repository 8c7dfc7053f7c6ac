package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// f runs in its own goroutine, after at least d.
	start := time.Now()
	in, out := make(chan int), make(chan int)
	t := time.AfterFunc(20*time.Millisecond, func() {
		// It can block: it runs in a goroutine of its own, which main talks to.
		out <- 2 * <-in
	})
	in <- 21
	fmt.Println(<-out, time.Since(start) >= 20*time.Millisecond, t.C == nil)
	fmt.Println("Stop after run:", t.Stop())

	// Stop before it runs: true, and f never runs.
	ran := false
	t = time.AfterFunc(time.Hour, func() { ran = true })
	fmt.Println("Stop pending:", t.Stop(), ran)

	// Reset of a stopped AfterFunc timer schedules f again.
	fmt.Println("Reset stopped:", t.Reset(time.Millisecond))
	var wg sync.WaitGroup
	wg.Add(3)
	count := 0
	var mu sync.Mutex
	t = time.AfterFunc(time.Millisecond, func() {
		mu.Lock()
		count++
		mu.Unlock()
		wg.Done()
	})
	time.AfterFunc(2*time.Millisecond, func() {
		// Running again after it ran: Reset is false.
		for {
			mu.Lock()
			c := count
			mu.Unlock()
			if c == 1 {
				break
			}
			time.Sleep(time.Millisecond)
		}
		fmt.Println("Reset after run:", t.Reset(time.Millisecond))
		wg.Done()
	})
	wg.Wait()
	fmt.Println("count:", count)

	// f may block: it does not hold up other timers.
	block := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { <-block })
	<-time.After(10 * time.Millisecond)
	close(block)
	fmt.Println("a blocked AfterFunc does not stop timers")

	// A panic in f ends the program like any goroutine's panic.
	time.AfterFunc(time.Millisecond, func() { panic("boom in AfterFunc") })
	select {}
}
