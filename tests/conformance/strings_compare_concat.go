package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, a == "apple", a != b)
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
	s := a + " & " + b
	fmt.Println(s, len(s))
	s += "!"
	fmt.Println(s)
	words := []string{"go", "is", "fun"}
	out := ""
	for i, w := range words {
		if i > 0 {
			out += " "
		}
		out += w
	}
	fmt.Println(out)
	x := "héllo"
	y := "hé" + "llo"
	fmt.Println(x == y)
	t := s
	t = "changed"
	fmt.Println(s != t)
}
