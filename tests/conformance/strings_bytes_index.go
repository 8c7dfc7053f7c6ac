package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[7], string(s[0]))
	fmt.Printf("%T %c %x\n", s[0], s[4], s[7])
	fmt.Println(s[:5], s[7:], s[7:10])
	for i := 0; i < 5; i++ {
		fmt.Print(s[i]-'a', " ")
	}
	fmt.Println()
	b := s[0] + 1
	fmt.Println(b, string(rune(b)))
	empty := ""
	fmt.Println(len(empty), empty == "", s[len(s)-3:])
}
