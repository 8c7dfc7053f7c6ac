package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		b <- "done"
		close(quit)
	}()
	sum := 0
	msgs := []string{}
loop:
	for {
		select {
		case v := <-a:
			sum += v
		case s, ok := <-b:
			msgs = append(msgs, fmt.Sprint(s, ok))
		case <-quit:
			break loop
		}
	}
	fmt.Println(sum, msgs)

	c := make(chan int, 1)
	select {
	case c <- 42:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 43:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
}
