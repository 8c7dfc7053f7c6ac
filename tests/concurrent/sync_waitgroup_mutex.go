package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc([]string{"a", "b", "c"}[(i+j)%3])
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n, c.n["a"]+c.n["b"]+c.n["c"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() { defer wg2.Done(); rw.Lock(); shared++; rw.Unlock() }()
		go func() { defer wg2.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
	}
	wg2.Wait()
	fmt.Println(shared, c.mu.TryLock(), c.mu.TryLock())
}
