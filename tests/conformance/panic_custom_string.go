package main

import "fmt"

func main() {
	fmt.Println("starting")
	panic("boom")
}
