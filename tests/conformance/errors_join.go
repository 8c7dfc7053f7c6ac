// Go 1.20: errors.Join and fmt.Errorf with multiple %w verbs.
// expected output written from the Go 1.22 spec
package main

import (
	"errors"
	"fmt"
)

var (
	ErrDisk    = errors.New("disk full")
	ErrNetwork = errors.New("network down")
	ErrAuth    = errors.New("unauthorized")
)

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

func main() {
	j := errors.Join(ErrDisk, nil, ErrNetwork)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrDisk), errors.Is(j, ErrNetwork), errors.Is(j, ErrAuth))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}

	w := fmt.Errorf("sync failed: %w; also %w", ErrNetwork, CodeErr{503})
	fmt.Println(w)
	var ce CodeErr
	fmt.Println(errors.Is(w, ErrNetwork), errors.As(w, &ce), ce.Code)
	fmt.Println(errors.Unwrap(w) == nil)

	wrapped := fmt.Errorf("outer: %w", errors.Join(ErrAuth, CodeErr{401}))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrAuth), errors.As(wrapped, &ce), ce.Code)
}
