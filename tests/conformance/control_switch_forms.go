package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range "hi you" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	switch x := 5 * 3; {
	case x > 10:
		fmt.Println("big", x)
	default:
		fmt.Println("small", x)
	}
	switch y := 4; y {
	case 1, 2, 3:
		fmt.Println("low")
	case 4:
		fmt.Println("four")
		if y > 3 {
			break
		}
		fmt.Println("unreachable")
	}
	calls := 0
	f := func() int { calls++; return calls }
	switch 2 {
	case f(), f(), f():
		fmt.Println("matched at call", calls)
	}
	switch {
	}
	fmt.Println("done")
}
