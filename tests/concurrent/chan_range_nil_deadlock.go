package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("ranging over a nil channel")
	for v := range c {
		fmt.Println(v)
	}
}
