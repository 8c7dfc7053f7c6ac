package main

import "fmt"

type state struct {
	last  int
	ok    bool
	items []string
	m     map[string]int
}

// select assigns received values to any addressable operands: fields, slice and map elements.
func main() {
	var s state
	s.items = make([]string, 2)
	s.m = map[string]int{}
	ints := make(chan int, 1)
	strs := make(chan string, 1)
	ints <- 7
	select {
	case s.last, s.ok = <-ints:
	}
	strs <- "hello"
	select {
	case s.items[1] = <-strs:
	}
	ints <- 9
	select {
	case s.m["nine"] = <-ints:
	}
	close(ints)
	select {
	case s.last, s.ok = <-ints:
	}
	fmt.Println(s.last, s.ok, s.items, s.m)
}
