package main

import (
	"fmt"
	"time"
)

func main() {
	// Ticks come every period: five ticks take at least five periods.
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	fmt.Println("cap", cap(tk.C))
	var last time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if !v.After(last) {
			increasing = false
		}
		last = v
	}
	fmt.Println("5 ticks >= 50ms:", time.Since(start) >= 50*time.Millisecond, "increasing:", increasing)

	// A slow receiver gets one buffered tick: the others are dropped.
	for len(tk.C) == 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("buffered after 5 periods:", len(tk.C))

	// Stop: no more ticks. A tick being sent as Stop runs may still arrive (as in Go 1.22):
	// drain after a while, then the channel stays empty.
	tk.Stop()
	time.Sleep(50 * time.Millisecond)
	select {
	case <-tk.C:
	default:
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("after Stop:", len(tk.C))

	// Reset restarts a stopped ticker with a new period.
	start = time.Now()
	tk.Reset(15 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("2 ticks after Reset >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	tk.Stop()

	// Tick: a ticker channel without a way to stop it; nil for a non-positive period.
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("Tick ticks; Tick(0) is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)

	for _, f := range []func(){
		func() { time.NewTicker(0) },
		func() { time.NewTicker(time.Second).Reset(-1) },
		func() { new(time.Ticker).Reset(time.Second) },
		func() { new(time.Ticker).Stop(); fmt.Println("Stop of a zero Ticker is fine") },
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			f()
		}()
	}
}
