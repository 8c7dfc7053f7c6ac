package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	idx := 5
	fmt.Println("before")
	fmt.Println(s[idx])
	fmt.Println("after")
}
