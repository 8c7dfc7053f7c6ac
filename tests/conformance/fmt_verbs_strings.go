package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% x\n", s, s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.2s][%.3q]\n", "go", "go", "golang", "golang")
	fmt.Printf("%q %+q %#q %#q\n", "tab\there", "é", "raw", "has`tick")
	b := []byte("hi")
	fmt.Printf("%s %v %x %q\n", b, b, b, b)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%5.1s|%-5c|\n", "xyz", 'a')
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%x\n", "")
	fmt.Printf("%-8s|%8s|\n", "ab", "ab")
}
