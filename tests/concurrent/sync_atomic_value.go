package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config))
	old := v.Swap(config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"c", 3}))
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap int", func() { v.Swap(2) })
	try("cas nil", func() { v.CompareAndSwap(nil, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, "x") })
	try("cas int", func() { v.CompareAndSwap(1, 2) })
	var e atomic.Value
	fmt.Println(e.CompareAndSwap(1, 2), e.Load())
	fmt.Println(e.CompareAndSwap(nil, 5), e.Load())
	fmt.Println(e.Swap(6), e.Load())
	var s atomic.Value
	s.Store([]int{1})
	try("cas uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })

	// A configuration published by one writer, read by many goroutines.
	var cfg atomic.Value
	cfg.Store(&config{"v0", 0})
	var wg sync.WaitGroup
	seen := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			last := -1
			for j := 0; j < 1000; j++ {
				c := cfg.Load().(*config)
				if c.version < last {
					panic("went backwards")
				}
				last = c.version
			}
			seen[i] = 1
		}(i)
	}
	for k := 1; k <= 100; k++ {
		cfg.Store(&config{fmt.Sprint("v", k), k})
	}
	wg.Wait()
	fmt.Println(seen, cfg.Load().(*config).name)

	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	a := &config{"pa", 1}
	b := &config{"pb", 2}
	fmt.Println(p.CompareAndSwap(a, b), p.Load() == nil)
	fmt.Println(p.CompareAndSwap(nil, a), p.Load().name)
	fmt.Println(p.Swap(b).name, p.Load().name)
	fmt.Println(p.CompareAndSwap(a, a), p.CompareAndSwap(b, nil), p.Load() == nil)
	p.Store(a)
	fmt.Println(p.Load() == a)

	var counter atomic.Pointer[int]
	zero := 0
	counter.Store(&zero)
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 250; j++ {
				for {
					cur := counter.Load()
					n := *cur + 1
					if counter.CompareAndSwap(cur, &n) {
						break
					}
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println(*counter.Load())
}
