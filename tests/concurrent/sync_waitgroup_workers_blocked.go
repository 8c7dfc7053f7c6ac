package main

import (
	"fmt"
	"sync"
)

// main waits for workers that are themselves blocked on a channel nobody sends to.
func main() {
	var wg sync.WaitGroup
	jobs := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				fmt.Println(j)
			}
		}()
	}
	fmt.Println("forgot to close jobs")
	wg.Wait()
}
