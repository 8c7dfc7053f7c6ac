package main

import "fmt"

type T struct{ name string }

func main() {
	t := T{"x"}
	fmt.Println(t.foo)
}
