package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Node struct {
	Val  int
	Next *Node
}

type WithChan struct {
	Name string
	C    chan int
}

type WithFunc struct {
	F func() `json:"f,omitempty"`
}

type Loop struct {
	Items []any
	M     map[string]any
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		var ute *json.UnsupportedTypeError
		var uve *json.UnsupportedValueError
		switch {
		case errors.As(err, &ute):
			fmt.Println("UnsupportedTypeError:", err)
		case errors.As(err, &uve):
			fmt.Println("UnsupportedValueError:", err, "|", uve.Str)
		default:
			fmt.Printf("%T: %v\n", err, err)
		}
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(make(chan int))
	show(func() {})
	show(complex(1, 2))
	show(complex64(1))
	show(WithChan{Name: "x"})
	show(WithFunc{})
	show(WithFunc{F: func() {}})
	show([]chan<- string{})
	show(map[string]func(){})
	show(map[complex128]int{})
	show(map[*int]int{})
	show(map[string]any{"ok": 1, "bad": make(chan bool)})
	show(math.NaN())
	show(float32(math.Inf(1)))
	show(map[string]float64{"x": math.Inf(-1)})

	// Cycles are detected once nesting passes 1000 pointers, as Go does.
	n := &Node{Val: 1}
	n.Next = n
	show(n)
	l := &Loop{M: map[string]any{}}
	l.M["self"] = l.M
	show(l)
	s := []any{nil}
	s[0] = s
	show(s)

	// Deep but finite chains are fine.
	var head *Node
	for i := 0; i < 1500; i++ {
		head = &Node{Val: i, Next: head}
	}
	b, err := json.Marshal(head)
	fmt.Println(len(b), err)
}
