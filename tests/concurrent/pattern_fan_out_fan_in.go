package main

import (
	"fmt"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

// merge fans in: one goroutine per input copies into the output, closed when all are done.
func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(1000)
	// Fan out: five workers read the same input channel.
	workers := make([]<-chan int, 5)
	for i := range workers {
		workers[i] = square(in)
	}
	sum, count := 0, 0
	for v := range merge(workers...) {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
