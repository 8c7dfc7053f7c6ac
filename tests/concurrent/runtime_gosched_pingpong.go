package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
)

// Two goroutines take turns through a shared atomic, each yielding with runtime.Gosched
// while it is not its turn. With one P this only goes fast if Gosched really hands the P
// over (else each turn waits for a 10 ms preemption).
func player(me, rounds int32, turn *atomic.Int32, log *strings.Builder, name string, done chan<- bool) {
	for i := int32(0); i < rounds; i++ {
		for turn.Load() != me {
			runtime.Gosched()
		}
		if i < 5 {
			log.WriteString(name)
		}
		turn.Store(1 - me)
	}
	done <- true
}

func main() {
	runtime.GOMAXPROCS(1)
	var turn atomic.Int32
	var log strings.Builder
	done := make(chan bool)
	go player(0, 2000, &turn, &log, "ping ", done)
	go player(1, 2000, &turn, &log, "pong ", done)
	<-done
	<-done
	fmt.Println(log.String())
}
