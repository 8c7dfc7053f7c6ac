package main

import "fmt"

func collatz(n int) int {
	steps := 0
start:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto start
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	i := 0
loop:
	if i < 5 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
