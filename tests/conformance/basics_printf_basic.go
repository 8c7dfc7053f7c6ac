package main

import "fmt"

func main() {
	name := "Gopher"
	age := 13
	fmt.Printf("Hello, %s! You are %d years old.\n", name, age)
	fmt.Printf("%v %v %v\n", 3.25, "str", []int{1})
	fmt.Printf("%5d|%-5d|%05d\n", 42, 42, 42)
	fmt.Printf("%.2f|%8.3f|%-8.1f|\n", 3.14159, 2.71828, 1.0)
	msg := fmt.Sprintf("%s-%d-%t", "a", 1, true)
	fmt.Println(msg)
	fmt.Printf("100%%\n")
	n, _ := fmt.Printf("%d items\n", 7)
	fmt.Println(n)
}
