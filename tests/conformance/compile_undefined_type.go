package main

import "fmt"

func main() {
	var p Person
	fmt.Println(p)
}
