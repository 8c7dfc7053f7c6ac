package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	name    string
}

// A configuration swapped atomically while readers load it: every reader sees a complete
// config (the version and name always agree), and versions never go backwards per reader.
func main() {
	var current atomic.Value
	fmt.Println(current.Load())
	current.Store(&config{0, "v0"})
	var wg sync.WaitGroup
	var bad atomic.Int32
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for i := 0; i < 500; i++ {
				c := current.Load().(*config)
				if c.name != fmt.Sprint("v", c.version) || c.version < last {
					bad.Add(1)
				}
				last = c.version
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := 1; v <= 100; v++ {
			current.Store(&config{v, fmt.Sprint("v", v)})
		}
	}()
	wg.Wait()
	fmt.Println(current.Load().(*config).version, bad.Load())

	var v atomic.Value
	fmt.Println(v.Swap(1), v.Swap(2), v.Load())
	fmt.Println(v.CompareAndSwap(1, 3), v.CompareAndSwap(2, 3), v.Load())
	var empty atomic.Value
	fmt.Println(empty.CompareAndSwap(nil, "first"), empty.Load())
	for _, f := range []func(){
		func() { v.Store("a string") },
		func() { v.Store(nil) },
		func() { v.Swap(nil) },
		func() { v.Swap(int64(1)) },
		func() { v.CompareAndSwap(3, nil) },
		func() { v.CompareAndSwap(3, "x") },
		func() { v.CompareAndSwap("x", "y") },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
