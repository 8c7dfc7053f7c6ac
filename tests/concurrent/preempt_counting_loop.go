package main

import (
	"fmt"
	"runtime"
)

var sink int

// `for { x++ }` with no calls: the loop's back-edge is a preemption point.
func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	go func() {
		x := 0
		started <- true
		for {
			x++
			sink = x
		}
	}()
	<-started
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
	}()
	total := 0
	for i := 0; i < 10; i++ {
		ping <- i
		total += <-pong
	}
	fmt.Println("total", total)
}
