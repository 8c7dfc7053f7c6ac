package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var hits atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&n, 2)
				hits.Add(1)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), hits.Load(), flag.Load())
	var u uint32 = 5
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
	swapped := atomic.CompareAndSwapUint32(&u, 4, 9)
	fmt.Println(swapped, u)
	old := atomic.SwapUint32(&u, 1)
	fmt.Println(old, u)
}
