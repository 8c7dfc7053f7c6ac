package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	e1 := find("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", find(""))
	fmt.Println(e2)
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("as QueryError:", qe.Query)
	}
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Is(e2, fs.ErrNotExist))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Unwrap(e3))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Unwrap(nil))
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, errors.Is(a, b), a.Error() == b.Error())
}
