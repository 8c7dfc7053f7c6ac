package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, ErrStack
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func eval(expr string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", expr, r)
		}
	}()
	var st Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, ErrStack)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					panic("division by zero")
				}
				st.Push(a / b)
			case "^":
				r := 1.0
				for i := 0; i < int(b); i++ {
					r *= a
				}
				st.Push(r)
			}
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			st.Push(v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, have %d", len(st))
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 10 ^",
		"1 2 3",
		"+",
		"4 0 /",
		"1.5 x *",
		"7 2 /",
	}
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s = %g\n", e, v)
	}
}
