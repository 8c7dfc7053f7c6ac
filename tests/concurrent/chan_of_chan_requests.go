package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

// A server answers each request on the reply channel the request carries.
func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	go server(reqs)
	replies := make([]chan int, 10)
	for i := range replies {
		replies[i] = make(chan int, 1)
		reqs <- request{i, replies[i]}
	}
	for i, r := range replies {
		fmt.Print(i, ":", <-r, " ")
	}
	fmt.Println()
	close(reqs)

	// A channel of channels: each value received is itself a channel to drain.
	cc := make(chan chan string, 3)
	for i := 0; i < 3; i++ {
		c := make(chan string, 2)
		c <- fmt.Sprint("a", i)
		c <- fmt.Sprint("b", i)
		close(c)
		cc <- c
	}
	close(cc)
	for c := range cc {
		for s := range c {
			fmt.Print(s, " ")
		}
	}
	fmt.Println()
}
