package main

import "fmt"

func main() {
	var v interface{} = "hello"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}
