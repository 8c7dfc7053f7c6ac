package main

import (
	"fmt"
	"sync"
)

// Range may delete from the map it ranges over; goroutines deleting concurrently with
// each other leave exactly the keys nobody deleted.
func main() {
	var m sync.Map
	for i := 0; i < 100; i++ {
		m.Store(i, i*i)
	}
	m.Range(func(k, v any) bool {
		if k.(int)%2 == 1 {
			m.Delete(k)
		}
		return true
	})
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g * 2; i < 100; i += 8 {
				m.Delete(i)
			}
		}(g)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println(n, sum)
	stopped := 0
	m.Range(func(k, v any) bool {
		stopped++
		return stopped < 3
	})
	fmt.Println(stopped)
}
