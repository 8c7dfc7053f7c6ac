package main

import (
	"fmt"
	"time"
)

// Once the sleeper has woken and exited, nothing can wake main: a deadlock.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("slept")
	}()
	<-c
}
