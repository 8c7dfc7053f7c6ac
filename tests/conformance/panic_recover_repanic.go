package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}
	}()
	panic("original")
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

func deferPanics() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("from defer")
	}()
	panic("first")
}

func main() {
	outer()
	fmt.Println(deferPanics())
	fmt.Println("main continues")
}
