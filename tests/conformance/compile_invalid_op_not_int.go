package main

import "fmt"

func main() {
	n := 1
	fmt.Println(!n)
}
