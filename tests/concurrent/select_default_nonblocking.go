package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 3)
	for i := 0; i < 5; i++ {
		fmt.Print(trySend(c, i), " ")
	}
	fmt.Println(len(c))
	for i := 0; i < 5; i++ {
		v, ok := tryRecv(c)
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	v, ok := tryRecv(u)
	fmt.Println(v, ok)
	var n chan int
	fmt.Println(trySend(n, 1))
	close(c)
	v, ok = tryRecv(c)
	fmt.Println(v, ok)
	// A receiver parked on an unbuffered channel makes a non-blocking send succeed.
	got := make(chan int)
	go func() { got <- <-u }()
	for !trySend(u, 42) {
	}
	fmt.Println(<-got)
	select {
	default:
		fmt.Println("only default")
	}
}
