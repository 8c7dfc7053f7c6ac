package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal condition")

func run(steps []string) error {
	for i, s := range steps {
		if s == "bad" {
			return fmt.Errorf("step %d: %w", i, ErrFatal)
		}
		fmt.Println("ok", s)
	}
	return nil
}

func main() {
	if err := run([]string{"a", "b", "bad", "c"}); err != nil {
		panic(err)
	}
}
