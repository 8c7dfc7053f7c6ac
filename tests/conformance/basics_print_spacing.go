package main

import "fmt"

func main() {
	// Print adds spaces between operands when neither is a string.
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1.5, true, false, "\n")
	fmt.Print('a', 'b', "\n")
	s := fmt.Sprint("n=", 5, 6, " done")
	fmt.Println(s, len(s))
	s2 := fmt.Sprintln("hello", 42)
	fmt.Printf("%q\n", s2)
}
