package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	total := 0
	for i := 0; i < 1000; i++ {
		ping <- i
		total += <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(total, ok)
}
