package main

import (
	"fmt"
	"sync"
	"time"
)

// A writer waiting for the lock blocks new readers (so writers cannot starve): a reader that
// arrives after the writer gets in only after it. The waits are detected by polling with
// TryRLock, and the sleeps only give the goroutines time to block; they do not decide the order.
func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	var order []string
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}
	rw.RLock()
	writerDone := make(chan bool)
	go func() {
		rw.Lock()
		note("writer")
		rw.Unlock()
		writerDone <- true
	}()
	// Wait until the writer is pending: then TryRLock fails although only a reader holds the lock.
	for rw.TryRLock() {
		rw.RUnlock()
		time.Sleep(time.Millisecond)
	}
	readerDone := make(chan bool)
	go func() {
		rw.RLock()
		note("late reader")
		rw.RUnlock()
		readerDone <- true
	}()
	time.Sleep(5 * time.Millisecond)
	note("first reader leaves")
	rw.RUnlock()
	<-writerDone
	<-readerDone
	fmt.Println(order)
}
