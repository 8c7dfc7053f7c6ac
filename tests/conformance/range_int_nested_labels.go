// Go 1.22: nested range-over-int loops with labeled break and continue.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	for i := range 4 {
		for j := range 4 {
			fmt.Printf("%3d", (i+1)*(j+1))
		}
		fmt.Println()
	}
outer:
	for i := range 5 {
		for j := range 5 {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	primes := []int{}
	for n := range 30 {
		if n < 2 {
			continue
		}
		isPrime := true
		for d := range n {
			if d >= 2 && n%d == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
}
