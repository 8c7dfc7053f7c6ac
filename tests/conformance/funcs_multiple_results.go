package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func minMax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func pair() (string, int) { return "p", 2 }

func takePair(s string, n int) string { return fmt.Sprint(s, n) }

func main() {
	q, err := divide(10, 3)
	fmt.Println(q, err)
	_, err = divide(1, 0)
	fmt.Println(err)
	lo, hi := minMax(5, -2, 9, 3)
	fmt.Println(lo, hi)
	fmt.Println(takePair(pair()))
	fmt.Println(pair())
	_, n := pair()
	fmt.Println(n)
}
