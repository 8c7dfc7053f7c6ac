package main

import "fmt"

func main() {
	println("to stderr", 42, true)
	print("no newline ", 1, "\n")
	fmt.Println("stdout only")
}
