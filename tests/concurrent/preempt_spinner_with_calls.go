package main

import (
	"fmt"
	"runtime"
)

func step(x int) int { return x*31 + 7 }

// A spinner that calls functions in its loop, and a spinner in deep recursion: neither
// keeps the only P from main.
func deep(n int) int {
	if n == 0 {
		for {
		}
	}
	return deep(n-1) + 1
}

func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	go func() {
		x := 1
		started <- true
		for {
			x = step(x)
		}
	}()
	<-started
	go func() {
		started <- true
		deep(1000)
	}()
	<-started
	c := make(chan string)
	go func() { c <- "still scheduled" }()
	fmt.Println(<-c)
}
