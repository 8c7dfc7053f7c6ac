package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() { a <- 1 }()
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v := <-b:
			fmt.Println("b", v)
		}
	}
}
