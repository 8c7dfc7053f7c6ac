package main

import "fmt"

func main() {
	var x interface{} = 1
	s := x + 1
	fmt.Println(s)
}
