package main

import "fmt"

// `defer recover()` does not stop a panic: recover is the deferred function, not called by one.
func f() {
	defer fmt.Println("f's defers run")
	defer recover()
	panic("not recovered by defer recover()")
}

func main() {
	c := make(chan int, 1)
	c <- 1
	s := []int{1, 2, 3}
	b := make([]byte, 3)
	m := map[int]int{1: 1, 2: 2}
	func() {
		defer close(c)
		defer copy(s, []int{9, 8})
		defer copy(b, "xyz")
		defer delete(m, 1)
		defer fmt.Println("before the deferred builtins:", s, string(b), len(m))
	}()
	fmt.Println(s, string(b), m)
	v, ok := <-c
	fmt.Println(v, ok)
	_, ok = <-c
	fmt.Println(ok)
	defer func() { fmt.Println("main recovered:", recover()) }()
	f()
}
