package main

import "fmt"

// A goroutine whose deferred call panics again: Go reports both panics, the first marked.
func main() {
	block := make(chan int)
	go func() {
		defer func() {
			panic("second")
		}()
		panic("first")
	}()
	fmt.Println("main blocks")
	<-block
}
