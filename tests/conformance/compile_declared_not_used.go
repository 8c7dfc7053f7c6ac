package main

import "fmt"

func main() {
	x := 5
	y := 6
	fmt.Println(y)
}
