package main

import "fmt"

func main() {
	done := make(chan struct{})
	go close(done)
	<-done
	fmt.Println("closed by a goroutine running the builtin")
	c := make(chan int, 1)
	c <- 1
	go close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	for range c {
	}
	_, ok = <-c
	fmt.Println(ok)
}
