package main

import "fmt"

func main() {
	s := "hello"
	end := 10
	fmt.Println(s[1:end])
}
