package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("sending on nil")
	c <- 1
}
