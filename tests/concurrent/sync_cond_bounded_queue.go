package main

import (
	"fmt"
	"sync"
)

// A bounded queue with two conditions on one mutex: producers wait while it is full,
// consumers while it is empty.
type queue struct {
	mu               sync.Mutex
	notFull, notEmpt *sync.Cond
	items            []int
	cap              int
	maxLen           int
}

func newQueue(n int) *queue {
	q := &queue{cap: n}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpt = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxLen {
		q.maxLen = len(q.items)
	}
	q.notEmpt.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpt.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(3)
	var prod, cons sync.WaitGroup
	sums := make([]int, 4)
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 1; i <= 100; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	for c := 0; c < 4; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for i := 0; i < 75; i++ {
				sums[c] += q.get()
			}
		}(c)
	}
	prod.Wait()
	cons.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println(total, len(q.items), q.maxLen <= 3)
}
