package main

import "fmt"

// One buffered channel in a send case and a receive case of the same select: either may run
// whenever both are ready; the channel's contents stay consistent.
func main() {
	c := make(chan int, 3)
	sends, recvs, sum := 0, 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case c <- i:
			sends++
		case v := <-c:
			recvs++
			sum -= v
		}
	}
	for len(c) > 0 {
		sum -= <-c
		recvs++
	}
	fmt.Println(sends == recvs, sends > 0, recvs > 0, sends+recvs <= 2000)
	u := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			select {
			case u <- i:
			case v := <-u:
				_ = v
			}
		}
	}()
	n := 0
	for i := 0; i < 10; i++ {
		select {
		case <-u:
			n++
		case u <- -1:
			n++
		}
	}
	fmt.Println(n)
}
