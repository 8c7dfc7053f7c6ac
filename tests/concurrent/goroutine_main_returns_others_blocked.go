package main

import (
	"fmt"
	"sync"
)

// When main returns the program ends, whatever the other goroutines are doing.
func main() {
	var mu sync.Mutex
	mu.Lock()
	recv, send := make(chan int), make(chan int)
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(3)
		go func() { started.Done(); <-recv; fmt.Println("not printed") }()
		go func() { started.Done(); mu.Lock(); fmt.Println("not printed") }()
		go func() { started.Done(); send <- 1; fmt.Println("not printed") }()
	}
	started.Wait()
	fmt.Println("main done")
}
