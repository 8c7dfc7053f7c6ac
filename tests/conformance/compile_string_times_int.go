package main

import "fmt"

func main() {
	line := "-" * 10
	fmt.Println(line)
}
