package main

import "fmt"

func main() {
	var b int8 = 300
	fmt.Println(b)
}
