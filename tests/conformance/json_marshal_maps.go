package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Color int

func (c Color) MarshalText() ([]byte, error) {
	if c < 0 {
		return nil, errors.New("negative color")
	}
	return []byte(fmt.Sprintf("color-%d", int(c))), nil
}

type Key struct{ A, B string }

func (k Key) MarshalText() ([]byte, error) { return []byte(k.A + "/" + k.B), nil }

type Name string

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type PtrKey struct{ s string }

func (p *PtrKey) MarshalText() ([]byte, error) {
	if p == nil {
		return []byte("nil"), nil
	}
	return []byte(p.s), nil
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(map[string]int{"b": 2, "a": 1, "c": 3, "B": 0, "": -1, "aa": 5})
	show(map[int]string{10: "ten", 9: "nine", -1: "neg", 100: "hundred"})
	show(map[uint8]bool{255: true, 0: false, 16: true})
	show(map[int64]int{-9223372036854775808: 1, 9223372036854775807: 2})
	show(map[Color]string{3: "c", 1: "a", 20: "t"})
	show(map[Key]int{{"x", "y"}: 1, {"a", "b"}: 2})
	show(map[Name]int{"zed": 1, "amy": 2})
	show(map[Upper]int{"b": 1, "a": 2})
	show(map[*PtrKey]int{{"p"}: 1})
	show(map[Color]int{-1: 1})
	show(map[float64]int{1.5: 1})
	show(map[bool]int{true: 1})
	show(map[[2]int]int{{1, 2}: 3})
	show(map[string]map[string][]int{"outer": {"inner": {1, 2}}, "e": nil})
	show(map[string]*int(nil))
	show(map[string]any{"nested": map[int]any{2: "two", 1: []any{map[string]int{"x": 1}}}})
	show(map[string]struct{ X int }{"s": {1}})
}
