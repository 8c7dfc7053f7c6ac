package main

import "fmt"

type P struct{ X int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", P{1})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", "str")
	fmt.Printf("%d %s\n", true, false)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-*d|\n", 5, 3)
	fmt.Printf("%*d|\n", "x", 3)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	s := fmt.Sprintf("%d%%", 50)
	fmt.Println(s)
}
