package main

import "fmt"

// One channel in several cases of a select: each receive takes one value, through either case.
func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 1000; i++ {
			c <- i
		}
		close(c)
	}()
	sum, n, first, second := 0, 0, 0, 0
	for {
		var v int
		var ok bool
		select {
		case v, ok = <-c:
			first++
		case v, ok = <-c:
			second++
		}
		if !ok {
			break
		}
		sum += v
		n++
	}
	fmt.Println(n, sum, first+second, first > 0, second > 0)

	d := make(chan int, 100)
	sent := 0
	for i := 0; i < 100; i++ {
		select {
		case d <- 1:
			sent++
		case d <- 2:
			sent += 2
		}
	}
	total := 0
	for len(d) > 0 {
		total += <-d
	}
	fmt.Println(sent == total, len(d))
}
