package main
// expected output written from the Go 1.22 spec

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

// A lock-free stack (Treiber's) on atomic.Pointer: pushes from many goroutines, then pops.
type stack struct{ head atomic.Pointer[node] }

func (s *stack) push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func (s *stack) pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.val, true
		}
	}
}

func main() {
	var s stack
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.push(g*100 + i)
			}
		}(g)
	}
	wg.Wait()
	sum, n := 0, 0
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		sum += v
		n++
	}
	fmt.Println(n, sum)
	var p atomic.Pointer[string]
	a, b := "a", "b"
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, &a), *p.Load())
	fmt.Println(p.CompareAndSwap(&b, &b), *p.Swap(&b), *p.Load())
	p.Store(nil)
	fmt.Println(p.Load() == nil)
}
