package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Lock-free updates with compare-and-swap retry loops: a running maximum and a counter that
// only counts up to a limit.
func storeMax(addr *int64, v int64) {
	for {
		old := atomic.LoadInt64(addr)
		if v <= old || atomic.CompareAndSwapInt64(addr, old, v) {
			return
		}
	}
}

func incrementBelow(addr *int32, limit int32) bool {
	for {
		old := atomic.LoadInt32(addr)
		if old >= limit {
			return false
		}
		if atomic.CompareAndSwapInt32(addr, old, old+1) {
			return true
		}
	}
}

func main() {
	var max int64
	var count int32
	var granted atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				storeMax(&max, int64((g*7919+i*104729)%100003))
				if incrementBelow(&count, 1000) {
					granted.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(max, count, granted.Load())
}
