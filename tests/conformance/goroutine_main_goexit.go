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
	defer fmt.Println("main deferred")
	defer close(done)
	runtime.Goexit()
}
