// Go 1.22: the integer range expression is evaluated exactly once.
// expected output written from the Go 1.22 spec
package main

import "fmt"

var calls int

func count() int {
	calls++
	return 3
}

func main() {
	for i := range count() {
		fmt.Print(i, " ")
	}
	fmt.Println("calls:", calls)
	s := []string{"a", "b", "c"}
	for i := range len(s) {
		s = append(s, s[i]+"!")
	}
	fmt.Println(s)
	n := 4
	for i := range n {
		if i == 1 {
			n = 100
		}
	}
	fmt.Println(n)
	var fns [3]func() int
	for i := range len(fns) {
		fns[i] = func() int { return i * 10 }
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
}
