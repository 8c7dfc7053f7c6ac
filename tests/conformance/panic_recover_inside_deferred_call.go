package main

import "fmt"

// A panic raised and recovered inside a deferred call leaves the panic that was running it
// going on; one recovered below that deferred call aborts it.
func inner() (s string) {
	defer func() { s = fmt.Sprint("outer recovered ", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner recovered", recover()) }()
		panic("B")
	}()
	panic("A")
}

func aborted() (s string) {
	defer func() { s = fmt.Sprint("recovered ", recover(), ", then ", recover()) }()
	defer func() { panic("D") }()
	panic("C")
}

func chain() {
	defer func() { fmt.Println("chain:", recover()) }()
	defer func() {
		defer func() {
			defer func() { fmt.Println("level 3:", recover()) }()
			panic("F")
		}()
		panic("E2")
	}()
	panic("E1")
}

func main() {
	fmt.Println(inner())
	fmt.Println(aborted())
	chain()
}
