package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (p ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Msg }

type TimeoutError struct{}

func (TimeoutError) Error() string   { return "timeout" }
func (TimeoutError) Timeout() bool   { return true }
func (TimeoutError) Is(t error) bool { return t == ErrTransient }

var ErrTransient = errors.New("transient")

func parse(lines []string) error {
	for i, l := range lines {
		if _, err := strconv.Atoi(l); err != nil {
			return fmt.Errorf("parse: %w", ParseError{i + 1, err.Error()})
		}
	}
	return nil
}

func main() {
	err := parse([]string{"1", "2", "x3"})
	fmt.Println(err)
	var pe ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr))
	_, err2 := strconv.Atoi("12a")
	if errors.As(err2, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, errors.Is(err2, strconv.ErrSyntax))
	}
	te := fmt.Errorf("op failed: %w", TimeoutError{})
	fmt.Println(te, errors.Is(te, ErrTransient))
	var to interface{ Timeout() bool }
	fmt.Println(errors.As(te, &to), to.Timeout())
}
