package main

import (
	"fmt"
	"sync"
)

// Many senders, one closer: a goroutine closes the channel once a WaitGroup says every
// sender has finished, and the receiver's range ends.
func main() {
	c := make(chan int, 4)
	var senders sync.WaitGroup
	for s := 0; s < 10; s++ {
		senders.Add(1)
		go func(s int) {
			defer senders.Done()
			for i := 0; i < 100; i++ {
				c <- s
			}
		}(s)
	}
	go func() {
		senders.Wait()
		close(c)
	}()
	counts := make([]int, 10)
	for v := range c {
		counts[v]++
	}
	fmt.Println(counts)
}
