package main

import (
	"fmt"
	"sync"
)

// Closures started as goroutines share the variables they capture (declared outside the
// loop): a mutex orders their updates.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total, calls := 0, 0
	record := func(n int) {
		mu.Lock()
		defer mu.Unlock()
		total += n
		calls++
	}
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		n := i
		go func() {
			defer wg.Done()
			record(n)
		}()
	}
	wg.Wait()
	fmt.Println(total, calls)
	counter := func() func() int {
		c := 0
		var m sync.Mutex
		return func() int {
			m.Lock()
			defer m.Unlock()
			c++
			return c
		}
	}()
	results := make(chan int, 50)
	for i := 0; i < 50; i++ {
		go func() { results <- counter() }()
	}
	seen := make([]bool, 51)
	for i := 0; i < 50; i++ {
		seen[<-results] = true
	}
	missing := 0
	for i := 1; i <= 50; i++ {
		if !seen[i] {
			missing++
		}
	}
	fmt.Println(missing, counter())
}
