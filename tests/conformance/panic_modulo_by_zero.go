package main

import "fmt"

func main() {
	var d int8 = 0
	var n int8 = 7
	fmt.Println(n % d)
}
