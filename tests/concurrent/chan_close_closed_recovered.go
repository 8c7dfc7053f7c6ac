package main

import (
	"fmt"
	"sync"
)

func tryClose(c chan int) (err any) {
	defer func() { err = recover() }()
	close(c)
	return nil
}

// Many goroutines race to close one channel: exactly one succeeds, the others recover Go's panic.
func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	results := make(chan string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- fmt.Sprint(tryClose(c))
		}()
	}
	wg.Wait()
	close(results)
	counts := map[string]int{}
	for r := range results {
		counts[r]++
	}
	fmt.Println(counts)
}
