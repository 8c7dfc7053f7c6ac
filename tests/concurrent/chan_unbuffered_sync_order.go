package main

import "fmt"

func main() {
	c := make(chan int)
	log := make(chan string, 10)
	go func() {
		for i := 0; i < 3; i++ {
			log <- fmt.Sprint("send ", i)
			c <- i
		}
		close(c)
	}()
	for v := range c {
		log <- fmt.Sprint("recv ", v)
	}
	close(log)
	n := 0
	for range log {
		n++
	}
	fmt.Println(n)
}
