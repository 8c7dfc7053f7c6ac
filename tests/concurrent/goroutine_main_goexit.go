package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("worker saw main exit")
	}()
	defer close(done) // runs last: the worker prints after main's deferred print
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
