package main

import (
	"fmt"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

type guarded struct {
	mu *sync.Mutex
	n  int
}

func main() {
	var c counter
	var g guarded
	g.mu = new(sync.Mutex)
	var l sync.Locker = &sync.Mutex{}
	var wg sync.WaitGroup
	total := 0
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				c.Lock() // promoted through embedding
				c.n++
				c.Unlock()

				g.mu.Lock()
				g.n += 2
				g.mu.Unlock()

				l.Lock() // through an interface
				total++
				l.Unlock()

				lock, unlock := c.Lock, c.Unlock // method values
				lock()
				c.n++
				unlock()

				func() {
					g.mu.Lock()
					defer g.mu.Unlock()
					g.n++
				}()
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n, g.n, total, c.TryLock(), c.TryLock())
	c.Unlock()
	var nilmu *sync.Mutex
	defer func() { fmt.Println("recovered:", recover()) }()
	nilmu.Lock()
}
