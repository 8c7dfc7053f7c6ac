package main
// expected output written from the Go 1.22 spec

import "fmt"

// panic(nil) in a goroutine: since Go 1.21 a *runtime.PanicNilError.
func main() {
	done := make(chan bool)
	r := make(chan any)
	go func() {
		defer func() { r <- recover() }()
		panic(nil)
	}()
	v := <-r
	fmt.Printf("%T %v\n", v, v)
	go func() {
		panic(nil)
	}()
	<-done
}
