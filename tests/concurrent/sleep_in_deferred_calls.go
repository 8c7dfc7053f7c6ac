package main

import (
	"fmt"
	"time"
)

func worker(c chan<- string) {
	defer func() { c <- "after the deferred sleep" }()
	defer time.Sleep(2 * time.Millisecond)
	c <- "body"
}

func panicky() (r any) {
	defer func() { r = recover() }()
	defer time.Sleep(time.Millisecond) // runs (and sleeps) while the panic unwinds
	panic("unwound through a sleep")
}

// time.Sleep deferred, or started as a goroutine: a native that parks, outside a normal call.
func main() {
	c := make(chan string, 2)
	worker(c)
	fmt.Println(<-c, "/", <-c)
	fmt.Println(panicky())
	go time.Sleep(time.Millisecond)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer time.Sleep(time.Millisecond)
	}()
	<-done
	defer fmt.Println("main's last deferred call")
	defer time.Sleep(time.Millisecond)
}
