// Go 1.20: converting a slice to a longer array panics.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println("converting")
	a := [3]int(s)
	fmt.Println(a)
}
