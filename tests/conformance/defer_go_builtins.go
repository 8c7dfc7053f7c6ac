// defer and go with builtins: close, copy, clear, delete, recover.
// expected output written from the Go 1.22 spec (clear is Go 1.21; the rest checked with Go 1.19)
package main

import "fmt"

func closer(ch chan int) {
	defer close(ch)
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func copier() (dst []byte) {
	dst = make([]byte, 5)
	src := "hello, world"
	defer copy(dst, src)
	src = "changed" // the argument was evaluated at the defer statement
	return dst
}

func slices() []int {
	a := []int{1, 2, 3}
	b := []int{9, 8}
	defer copy(a, b)
	return a
}

func clearer(m map[string]int, s []int) {
	defer clear(m)
	defer clear(s)
	m["z"] = 26
}

func noRecover() (r string) {
	defer func() { r = fmt.Sprint("outer recovered: ", recover()) }()
	defer recover() // not called by a deferred function: stops nothing
	panic("boom")
}

func main() {
	ch := make(chan int)
	go closer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println(string(copier()))
	fmt.Println(slices())
	m := map[string]int{"a": 1}
	s := []int{4, 5, 6}
	clearer(m, s)
	fmt.Println(len(m), s)
	fmt.Println(noRecover())

	done := make(chan bool)
	go close(done)
	<-done
	fmt.Println("closed by a goroutine")
	dm := map[int]int{1: 1}
	func() { defer delete(dm, 1) }()
	fmt.Println(len(dm))
}
