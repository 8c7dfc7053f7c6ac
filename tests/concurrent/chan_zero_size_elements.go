package main

import "fmt"

// Channels of zero-size values (struct{}, [0]int) still count and order their elements.
func main() {
	c := make(chan struct{}, 1000)
	done := make(chan [0]int)
	go func() {
		for i := 0; i < 1000; i++ {
			c <- struct{}{}
		}
		close(c)
		done <- [0]int{}
	}()
	<-done
	fmt.Println(len(c), cap(c))
	n := 0
	for range c {
		n++
	}
	fmt.Println(n)
	z := make(chan [0]int, 2)
	z <- [0]int{}
	v, ok := <-z
	fmt.Println(v, ok, len(z))
}
