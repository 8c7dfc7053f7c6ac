package main

import (
	"fmt"
	"runtime"
)

// A goroutine spinning in `for {}` must not starve the others, even with one P: the runtime
// preempts it. main does its channel work with other goroutines, then returns.
func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(i int) { results <- i * i }(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
