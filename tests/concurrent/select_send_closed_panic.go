package main

import "fmt"

func main() {
	c := make(chan int, 1)
	d := make(chan int)
	close(c)
	fmt.Println("select with a closed channel's send case")
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-d:
		fmt.Println("received")
	}
}
