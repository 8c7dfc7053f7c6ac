package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "T" }

func show(s Stringer) { fmt.Println(s.String()) }

func main() {
	show(T{})
}
