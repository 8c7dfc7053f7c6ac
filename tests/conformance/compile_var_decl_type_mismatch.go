package main

import "fmt"

func main() {
	var f float64 = "3.5"
	fmt.Println(f)
}
