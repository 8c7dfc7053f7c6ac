package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counters struct {
	a int32
	b int64
	c uint32
	d uint64
	e uintptr
}

// The sync/atomic functions on struct fields, slice elements and globals, from many goroutines.
var global int64

func main() {
	var c counters
	arr := make([]int64, 4)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				atomic.AddInt32(&c.a, 1)
				atomic.AddInt64(&c.b, -2)
				atomic.AddUint32(&c.c, 3)
				atomic.AddUint64(&c.d, 4)
				atomic.AddUintptr(&c.e, 5)
				atomic.AddInt64(&arr[g%4], 1)
				atomic.AddInt64(&global, int64(g))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&c.a), atomic.LoadInt64(&c.b), atomic.LoadUint32(&c.c), atomic.LoadUint64(&c.d), atomic.LoadUintptr(&c.e))
	fmt.Println(arr, atomic.LoadInt64(&global))
	atomic.StoreInt32(&c.a, -7)
	fmt.Println(atomic.SwapInt32(&c.a, 8), c.a)
	fmt.Println(atomic.CompareAndSwapUint64(&c.d, 8000, 1), atomic.CompareAndSwapUint64(&c.d, 1, 2), c.d)
	atomic.StoreUintptr(&c.e, 9)
	fmt.Println(atomic.SwapUintptr(&c.e, 10), atomic.LoadUintptr(&c.e))
}
