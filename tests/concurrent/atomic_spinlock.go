package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A spinlock on CompareAndSwap that yields while it spins: correct at any GOMAXPROCS.
type spinlock struct{ state int32 }

func (l *spinlock) lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		runtime.Gosched()
	}
}

func (l *spinlock) unlock() { atomic.StoreInt32(&l.state, 0) }

func main() {
	var l spinlock
	var wg sync.WaitGroup
	shared := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.lock()
				shared++
				l.unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(shared)
}
