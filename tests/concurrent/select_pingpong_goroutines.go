package main

import "fmt"

// Two goroutines play ping-pong through select, each also watching a stop channel.
func player(name string, in <-chan int, out chan<- int, stop <-chan struct{}, log chan<- string) {
	for {
		select {
		case v := <-in:
			if v == 10 {
				log <- name + " wins"
				return
			}
			select {
			case out <- v + 1:
			case <-stop:
				return
			}
		case <-stop:
			return
		}
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	stop := make(chan struct{})
	log := make(chan string)
	go player("ping", a, b, stop, log)
	go player("pong", b, a, stop, log)
	a <- 0
	fmt.Println(<-log)
	close(stop)
}
