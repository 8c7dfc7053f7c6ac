package main

import "fmt"

// or: a channel closed as soon as any of its inputs is closed (recursive fan-in of signals).
func or(chans ...<-chan struct{}) <-chan struct{} {
	switch len(chans) {
	case 0:
		return nil
	case 1:
		return chans[0]
	}
	orDone := make(chan struct{})
	go func() {
		defer close(orDone)
		switch len(chans) {
		case 2:
			select {
			case <-chans[0]:
			case <-chans[1]:
			}
		default:
			select {
			case <-chans[0]:
			case <-chans[1]:
			case <-chans[2]:
			case <-or(append(chans[3:], orDone)...):
			}
		}
	}()
	return orDone
}

func main() {
	signals := make([]chan struct{}, 10)
	ins := make([]<-chan struct{}, 10)
	for i := range signals {
		signals[i] = make(chan struct{})
		ins[i] = signals[i]
	}
	any := or(ins...)
	select {
	case <-any:
		fmt.Println("too early")
	default:
		fmt.Println("nothing closed yet")
	}
	close(signals[7])
	<-any
	fmt.Println("closed after signal 7")
}
