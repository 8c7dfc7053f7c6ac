package main

import "fmt"

type waiter struct{ c chan string }

func (w waiter) String() string { return <-w.c }

// A String method that waits forever, called by fmt in main: Go's deadlock report.
func main() {
	fmt.Println("printing")
	fmt.Println(waiter{make(chan string)})
}
