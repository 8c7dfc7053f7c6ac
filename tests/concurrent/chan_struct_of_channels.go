package main

import "fmt"

// A struct of channels copied by value still refers to the same channels.
type conn struct {
	in, out chan string
	quit    chan struct{}
}

func serve(c conn) {
	for {
		select {
		case s := <-c.in:
			c.out <- "echo " + s
		case <-c.quit:
			close(c.out)
			return
		}
	}
}

func main() {
	c := conn{make(chan string), make(chan string), make(chan struct{})}
	go serve(c)
	copy := c
	copy.in <- "hi"
	fmt.Println(<-c.out)
	c.in <- "there"
	fmt.Println(<-copy.out)
	close(copy.quit)
	_, ok := <-c.out
	fmt.Println(ok, c == copy)
	conns := map[string]conn{"a": {make(chan string, 1), nil, nil}}
	conns["a"].in <- "via map"
	fmt.Println(<-conns["a"].in)
}
