package main

import "fmt"

func main() {
	p := new(int)
	for i := range p {
		fmt.Println(i)
	}
}
