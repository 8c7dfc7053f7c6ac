package main

import "fmt"

// Each goroutine spawns two children until depth 0 and returns the leaf count through a channel.
func tree(depth int, out chan<- int) {
	if depth == 0 {
		out <- 1
		return
	}
	c := make(chan int)
	go tree(depth-1, c)
	go tree(depth-1, c)
	out <- <-c + <-c
}

func main() {
	out := make(chan int)
	go tree(14, out)
	fmt.Println(<-out)
}
