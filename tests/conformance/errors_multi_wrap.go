package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

func main() {
	chain := fmt.Errorf("top: %w", fmt.Errorf("mid: %w", ErrA))
	fmt.Println(chain)
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" -", e)
	}
	fmt.Println(errors.Is(chain, ErrA), errors.Is(chain, ErrB))
	var errs []error
	for i, e := range []error{ErrA, nil, ErrC} {
		if e != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, e))
		}
	}
	fmt.Println(len(errs), errs)
}
