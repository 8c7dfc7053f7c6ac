package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	max := 10
	t := s[0:2:max]
	fmt.Println(t)
}
