package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			cond.Broadcast()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 5 {
		cond.Wait()
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)

	var m sync.Map
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%3, i%3*10)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(2)
	_, loaded := m.LoadOrStore(7, "seven")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(v, ok, loaded, n)

	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("old")
	fmt.Println(p.Get(), p.Get())
}
