package main

import (
	"fmt"
	"sync"
)

// Many goroutines hold the read lock at the same time: all of them get in before any leaves.
func main() {
	var rw sync.RWMutex
	const n = 20
	var inside sync.WaitGroup
	inside.Add(n)
	leave := make(chan struct{})
	var done sync.WaitGroup
	for i := 0; i < n; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			rw.RLock()
			inside.Done()
			<-leave
			rw.RUnlock()
		}()
	}
	inside.Wait()
	fmt.Println("all", n, "readers inside together")
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	close(leave)
	done.Wait()
	rw.Lock()
	fmt.Println("writer in after the readers left")
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("TryLock while RLocker holds:", rw.TryLock())
	l.Unlock()
	fmt.Println("TryLock when free:", rw.TryLock())
}
