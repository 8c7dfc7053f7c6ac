package main

import (
	"fmt"
	"sync"
)

type number interface{ ~int | ~int64 | ~float64 }

func sumInto[T number](xs []T, out chan<- T) {
	var s T
	for _, x := range xs {
		s += x
	}
	out <- s
}

type box[T any] struct {
	mu sync.Mutex
	v  []T
}

func (b *box[T]) put(x T, wg *sync.WaitGroup) {
	defer wg.Done()
	b.mu.Lock()
	b.v = append(b.v, x)
	b.mu.Unlock()
}

func parallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

func main() {
	ci := make(chan int)
	cf := make(chan float64)
	go sumInto([]int{1, 2, 3, 4}, ci)
	go sumInto[float64]([]float64{0.5, 0.25}, cf)
	fmt.Println(<-ci, <-cf)

	var b box[string]
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go b.put("x", &wg)
	}
	wg.Wait()
	fmt.Println(len(b.v))
	fmt.Println(parallelMap([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
}
