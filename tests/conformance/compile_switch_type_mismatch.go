package main

import "fmt"

func main() {
	x := 5
	switch x {
	case "five":
		fmt.Println("5")
	}
}
