package main

import "fmt"

func main() {
	for w := 1; w <= 4; w++ {
		fmt.Printf("[%*d]\n", w, 7)
	}
	fmt.Printf("[%-*s]\n", 6, "ab")
	fmt.Printf("[%*s]\n", -6, "ab")
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 8, 3, 3.14159)
	rows := [][2]string{{"name", "value"}, {"alpha", "1"}, {"b", "22222"}}
	for _, r := range rows {
		fmt.Printf("%-8s|%6s|\n", r[0], r[1])
	}
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 10)
	fmt.Printf("%[2]*[1]d|\n", 5, 4)
	fmt.Printf("%3d|%-3d|%03d\n", 12345, 12345, 12345)
}
