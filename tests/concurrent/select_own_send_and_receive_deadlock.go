package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("a select cannot pair its own send and receive")
	select {
	case c <- 1:
	case <-c:
	}
}
