package main

import (
	"errors"
	"fmt"
)

var (
	ErrFull  = errors.New("ring buffer full")
	ErrEmpty = errors.New("ring buffer empty")
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Put(v T) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Get() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Snapshot() []T {
	out := make([]T, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d"} {
		if err := r.Put(s); err != nil {
			fmt.Println("put", s, "->", err)
		}
	}
	fmt.Println(r.Snapshot(), r.buf)
	v, _ := r.Get()
	fmt.Println("got", v)
	r.Put("e")
	fmt.Printf("%q %q head=%d\n", r.Snapshot(), r.buf, r.head)
	for {
		v, err := r.Get()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
	nums := NewRing[int](4)
	total := 0
	for i := 1; i <= 10; i++ {
		if nums.Put(i) == ErrFull {
			old, _ := nums.Get()
			total += old
			nums.Put(i)
		}
	}
	fmt.Println(total, nums.Snapshot())
}
