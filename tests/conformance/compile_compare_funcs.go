package main

import "fmt"

func a() {}
func b() {}

func main() {
	f, g := a, b
	fmt.Println(f == g)
}
