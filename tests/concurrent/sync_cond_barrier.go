package main

import (
	"fmt"
	"sync"
)

// A reusable barrier built on sync.Cond: nobody starts phase k+1 before everyone has
// finished phase k.
type barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	n, waiting int
	generation int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func main() {
	const workers, phases = 6, 5
	b := newBarrier(workers)
	var mu sync.Mutex
	done := make([]int, phases) // how many finished each phase
	violations := 0
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				mu.Lock()
				if p > 0 && done[p-1] != workers {
					violations++
				}
				done[p]++
				mu.Unlock()
				b.await()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(done, violations, b.generation)
}
