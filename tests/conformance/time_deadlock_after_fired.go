package main

import (
	"fmt"
	"time"
)

func main() {
	// While a timer is pending, a goroutine waiting for it is not deadlocked; once it has
	// fired, nothing can wake the program. (A stopped timer may leave an M of real Go
	// sleeping in the poller until it was due, which hides the deadlock until then: see the
	// runtime's TimerTests for minigo's behaviour.)
	<-time.After(10 * time.Millisecond)
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	fmt.Println("AfterFunc woke main:", <-done)
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired:", t.Stop())
	<-t.C
}
