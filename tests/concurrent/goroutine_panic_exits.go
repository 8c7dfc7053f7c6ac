package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		panic("boom in goroutine")
	}()
	<-done
	fmt.Println("unreachable")
}
