package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

var ErrNegative = errors.New("negative value")

func validate(age int) {
	if age < 0 {
		panic(ErrNegative)
	}
	if age > 150 {
		panic(&ValidationError{"age", age})
	}
}

func safeValidate(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	validate(age)
	return nil
}

func main() {
	for _, a := range []int{30, -1, 200} {
		err := safeValidate(a)
		var ve *ValidationError
		fmt.Println(a, err, errors.Is(err, ErrNegative), errors.As(err, &ve))
		if ve != nil {
			fmt.Println("  field:", ve.Field)
		}
	}
}
