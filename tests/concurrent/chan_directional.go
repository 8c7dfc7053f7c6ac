package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	c := make(chan int)
	var send chan<- int = c
	var recv <-chan int = c
	go double(produce(5), send)
	for v := range recv {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Printf("%T %T %T\n", c, send, recv)
	b := make(chan string, 2)
	func(w chan<- string) { w <- "x"; w <- "y" }(b)
	func(r <-chan string) { fmt.Println(<-r, <-r, len(r), cap(r)) }(b)
	type pipe struct {
		in  chan<- int
		out <-chan int
	}
	ch := make(chan int, 1)
	p := pipe{ch, ch}
	p.in <- 9
	fmt.Println(<-p.out)
}
