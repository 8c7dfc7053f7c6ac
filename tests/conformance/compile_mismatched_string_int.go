package main

import "fmt"

func main() {
	n := 3
	s := "n=" + n
	fmt.Println(s)
}
