package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d: %q %U %d\n", i, r, r, len(string(r)))
	}
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(s))
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}
