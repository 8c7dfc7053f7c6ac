package main
// expected output written from the Go 1.22 spec

import (
	"fmt"
	"sort"
	"sync"
)

// Goroutines race with LoadOrStore on the same keys: for each key exactly one stores,
// and everyone gets that value back.
func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := map[int]int{}
	agree := true
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				actual, loaded := m.LoadOrStore(k, g)
				mu.Lock()
				if !loaded {
					winners[k]++
				}
				if v, _ := m.Load(k); v != actual {
					agree = false
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(winners), agree)
	for k := 0; k < 10; k++ {
		if winners[k] != 1 {
			fmt.Println("key", k, "stored", winners[k], "times")
		}
	}
	m.Store("x", 1)
	prev, loaded := m.Swap("x", 2)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("x", 1, 3), m.CompareAndSwap("x", 2, 3))
	v, ok := m.LoadAndDelete("x")
	fmt.Println(v, ok)
	_, ok = m.Load("x")
	fmt.Println(ok)
	m.Store("y", 5)
	fmt.Println(m.CompareAndDelete("y", 4), m.CompareAndDelete("y", 5))
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
}
