package main

import (
	"fmt"
	"sort"
	"sync"
)

// Receivers of a closed buffered channel get the buffered values first, then zero values.
func main() {
	c := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		c <- i * 10
	}
	close(c)
	var wg sync.WaitGroup
	got := make(chan string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-c
			got <- fmt.Sprint(v, ok)
		}()
	}
	wg.Wait()
	close(got)
	var all []string
	for s := range got {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(all)
	fmt.Println(len(c), cap(c))
}
