package main

import "fmt"

func main() {
	fmt.Println(compute(3))
}
