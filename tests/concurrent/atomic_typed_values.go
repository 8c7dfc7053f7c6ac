package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var uptr atomic.Uintptr
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i32.Add(-1)
				i64.Add(3)
				u32.Add(1)
				u64.Add(1 << 33)
				uptr.Add(2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), uptr.Load())
	fmt.Println(uptr.Swap(1), uptr.CompareAndSwap(1, 5), uptr.Load())
	fmt.Println(i32.Swap(5), i32.Load())
	fmt.Println(i64.CompareAndSwap(1, 2), i64.CompareAndSwap(30000, 7), i64.Load())
	u32.Store(0)
	u32.Add(^uint32(0))
	fmt.Println(u32.Load())
	u64.Store(1<<64 - 1)
	fmt.Println(u64.Add(2))
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	type stats struct {
		hits, misses atomic.Int64
	}
	var s stats
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 250; k++ {
				if (g+k)%3 == 0 {
					s.misses.Add(1)
				} else {
					s.hits.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.hits.Load()+s.misses.Load(), s.misses.Load())
}
