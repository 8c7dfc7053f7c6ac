package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("waiting on nil channels")
	select {
	case <-a:
	case b <- "x":
	}
}
