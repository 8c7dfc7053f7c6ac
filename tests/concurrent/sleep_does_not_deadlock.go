package main

import (
	"fmt"
	"time"
)

// While a goroutine sleeps, a program whose other goroutines are all blocked is not
// deadlocked: the sleeper's timer will wake it. (The order comes from the channel.)
func main() {
	c := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		c <- "woke up"
	}()
	fmt.Println(<-c)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * time.Millisecond)
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("all slept")
}
