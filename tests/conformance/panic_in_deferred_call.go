package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred runs, then panics again")
		panic("second")
	}()
	panic("first")
}
