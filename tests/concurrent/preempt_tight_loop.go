package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop atomic.Bool
	done := make(chan bool)
	go func() {
		n := 0
		for !stop.Load() {
			n++
		}
		done <- n > 0
	}()
	runtime.Gosched()
	stop.Store(true)
	fmt.Println("main ran while the loop spun:", <-done)
}
