package main

import "fmt"

type I interface{ M() }

type T struct{}

func (t *T) M() {}

func main() {
	var i I = &T{}
	switch i.(type) {
	case T:
		fmt.Println("T")
	}
}
