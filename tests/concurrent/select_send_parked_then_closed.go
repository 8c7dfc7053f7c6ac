package main

import "fmt"

// A goroutine parked in a select with a send case on c: closing c wakes it, and the send
// panics, even though the select also had a receive case.
func main() {
	c := make(chan int)
	other := make(chan int)
	result := make(chan any)
	go func() {
		defer func() { result <- recover() }()
		select {
		case c <- 1:
			result <- "sent"
		case <-other:
			result <- "received"
		}
	}()
	close(c)
	fmt.Println(<-result)
}
