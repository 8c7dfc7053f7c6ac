package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	block := make(chan int)
	fmt.Println("start")
	go func() {
		c <- 1
	}()
	<-block
	fmt.Println("unreachable")
}
