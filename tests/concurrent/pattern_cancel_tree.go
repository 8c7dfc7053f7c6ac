package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A tree of goroutines that all watch one done channel: closing it stops every level.
func node(depth int, done <-chan struct{}, wg *sync.WaitGroup, started, stopped *atomic.Int32) {
	defer wg.Done()
	started.Add(1)
	if depth > 0 {
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go node(depth-1, done, wg, started, stopped)
		}
	}
	<-done
	stopped.Add(1)
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var started, stopped atomic.Int32
	wg.Add(1)
	go node(4, done, &wg, &started, &stopped)
	// 1 + 3 + 9 + 27 + 81 nodes; wait until all have started.
	for started.Load() < 121 {
		runtime.Gosched()
	}
	fmt.Println("started", started.Load(), "stopped", stopped.Load())
	close(done)
	wg.Wait()
	fmt.Println("stopped", stopped.Load())
}
