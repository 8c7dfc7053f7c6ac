package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
		fmt.Println("a")
	case 1:
		fmt.Println("b")
	}
}
