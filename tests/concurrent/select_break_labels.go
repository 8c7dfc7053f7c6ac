package main

import "fmt"

func main() {
	c := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			c <- i
		}
		quit <- true
	}()
	evens := 0
outer:
	for {
		select {
		case v := <-c:
			if v%2 == 1 {
				continue outer
			}
			if v == 100 {
				break // leaves only the select
			}
			evens += v
		case <-quit:
			break outer
		}
	}
	fmt.Println("evens", evens)

	d := make(chan int, 5)
	for i := 0; i < 5; i++ {
		d <- i
	}
	close(d)
	n := 0
loop:
	for {
		select {
		case v, ok := <-d:
			if !ok {
				break loop
			}
			n += v
		}
	}
	fmt.Println("sum", n)
}
