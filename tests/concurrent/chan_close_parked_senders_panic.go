package main

import (
	"fmt"
	"sync"
)

// Senders parked on an unbuffered channel panic when it is closed under them
// (a send that starts after the close panics the same way).
func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	panics := map[string]int{}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				r := recover()
				mu.Lock()
				panics[fmt.Sprint(r)]++
				mu.Unlock()
			}()
			c <- i
		}(i)
	}
	close(c)
	wg.Wait()
	fmt.Println(panics)
	v, ok := <-c
	fmt.Println(v, ok)
}
