// Go 1.22: range over an integer.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	count := 0
	for range n {
		count++
	}
	fmt.Println("count:", count)
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -4
	for i := range neg {
		fmt.Println("never", i)
	}
	// The range expression is evaluated once; changing m in the body does not matter.
	m := 3
	for i := range m {
		m = 10
		fmt.Print(i, ",")
	}
	fmt.Println(" m =", m)
	// Assigning to the iteration variable does not affect the iteration count.
	for i := range 4 {
		fmt.Print(i)
		i += 10
		fmt.Print("->", i, " ")
	}
	fmt.Println()
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println("sum:", sum)
	var j int
	for j = range 3 {
	}
	fmt.Println("j after loop:", j)
}
