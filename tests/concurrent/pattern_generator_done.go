package main

import (
	"fmt"
	"runtime"
)

// A generator goroutine produces an endless sequence until the consumer closes done; the
// generator then exits (checked with NumGoroutine, waiting for it to end).
func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan int, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var got []int
	for v := range take(done, naturals(done), 10) {
		got = append(got, v)
	}
	fmt.Println(got)
	close(done)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("generators stopped:", runtime.NumGoroutine())
}
