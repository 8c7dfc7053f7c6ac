package main

import (
	"fmt"
	"runtime"
	"sync"
)

// As many spinners as P's (two): the rest of the program still runs to completion.
func main() {
	runtime.GOMAXPROCS(2)
	var started sync.WaitGroup
	for i := 0; i < 2; i++ {
		started.Add(1)
		go func() {
			started.Done()
			for {
			}
		}()
	}
	started.Wait()
	out := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 1000; i++ {
			s += i
		}
		out <- s
	}()
	fmt.Println(<-out)
}
