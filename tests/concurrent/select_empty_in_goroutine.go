package main

import "fmt"

// Goroutines blocked forever (select {}, a nil channel) do not stop main from returning.
func main() {
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			select {}
		}()
	}
	go func() {
		var c chan int
		started <- true
		<-c
	}()
	for i := 0; i < 4; i++ {
		<-started
	}
	fmt.Println("main returns")
}
