package main

import "fmt"

func main() {
	s := []int{1, 2}
	p := (*[4]int)(s)
	fmt.Println(p)
}
