package main

import (
	"fmt"
	"time"
)

// fired waits until the timer has sent its value, without receiving it.
func fired(t *time.Timer) {
	for len(t.C) == 0 {
		time.Sleep(time.Millisecond)
	}
}

func main() {
	// A Timer fires once, after at least its duration, and its channel has a buffer of one.
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("cap", cap(t.C), "len", len(t.C))
	v := <-t.C
	fmt.Println("fired after >= 20ms:", time.Since(start) >= 20*time.Millisecond, !v.Before(start))
	fmt.Println("Stop after firing:", t.Stop())

	// Stop before firing: true, and nothing is ever sent.
	t = time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", t.Stop(), "again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("unexpected value")
	default:
		fmt.Println("no value after Stop")
	}

	// Reset of a stopped timer re-arms it: false (it was not pending).
	fmt.Println("Reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after Reset")

	// Reset of a pending timer: true.
	t = time.NewTimer(time.Hour)
	fmt.Println("Reset pending:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after Reset of pending timer")

	// A timer that fired without its value being received: Stop is false, the value stays
	// in the channel (Stop does not drain), and Reset leaves the old value there.
	t = time.NewTimer(time.Millisecond)
	fired(t)
	fmt.Println("len before Stop:", len(t.C), "Stop:", t.Stop(), "len after:", len(t.C))
	first := <-t.C
	fmt.Println("Reset fired+drained:", t.Reset(time.Millisecond))
	second := <-t.C
	fmt.Println("second value later:", second.After(first))

	t = time.NewTimer(time.Millisecond)
	fired(t)
	old := time.Now()
	fmt.Println("Reset fired+undrained:", t.Reset(time.Millisecond))
	time.Sleep(30 * time.Millisecond)
	fmt.Println("len:", len(t.C))
	got := <-t.C
	fmt.Println("the old value stayed:", got.Before(old))

	// Zero and negative durations fire at once.
	<-time.NewTimer(0).C
	<-time.NewTimer(-time.Second).C
	<-time.After(-1)
	fmt.Println("non-positive durations fired")

	// After: a select with a timeout whose other case never becomes ready.
	never := make(chan int)
	start = time.Now()
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(25 * time.Millisecond):
		fmt.Println("timeout after >= 25ms:", time.Since(start) >= 25*time.Millisecond)
	}

	// An uninitialised Timer panics in Stop and Reset.
	for _, f := range []func(){func() { new(time.Timer).Stop() }, func() { new(time.Timer).Reset(1) }} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
