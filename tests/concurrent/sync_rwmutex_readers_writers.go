package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Readers share the lock, writers exclude everyone: a reader never sees a half-done update
// (the two fields always agree), and at most one writer is ever inside.
type store struct {
	mu   sync.RWMutex
	a, b int
}

func main() {
	var s store
	var wg sync.WaitGroup
	var bad, writersIn, maxWriters atomic.Int32
	var reads atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s.mu.Lock()
				if n := writersIn.Add(1); n > maxWriters.Load() {
					maxWriters.Store(n)
				}
				s.a++
				s.b = -s.a
				writersIn.Add(-1)
				s.mu.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				s.mu.RLock()
				if s.a != -s.b || writersIn.Load() != 0 {
					bad.Add(1)
				}
				reads.Add(1)
				s.mu.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.a, s.b, bad.Load(), maxWriters.Load(), reads.Load())
}
