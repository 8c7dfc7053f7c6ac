package main

import "fmt"

func main() {
	c := make(chan int, 4)
	fmt.Println(len(c), cap(c))
	step, ack := make(chan bool), make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			c <- i
			step <- true
			<-ack
		}
		close(step)
	}()
	for range step {
		fmt.Println("after a send: len", len(c), "cap", cap(c))
		ack <- true
	}
	for len(c) > 0 {
		v := <-c
		fmt.Println("took", v, "len", len(c))
	}
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	c <- 7
	close(c)
	fmt.Println(len(c), cap(c))
	var n chan string
	fmt.Println(len(n), cap(n))
}
